using SharpFuzz;
using ZoneExtract.Fuzz;

// Instrumented code (all of ZoneExtract.dll) must not run before SharpFuzz has set up AFL's shared
// coverage map, so everything the target needs is built on the first input, inside the callback.
Fuzzer.OutOfProcess.Run(NumeralAndDateTarget.Run);

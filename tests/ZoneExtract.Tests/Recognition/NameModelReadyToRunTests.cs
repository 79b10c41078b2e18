using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using ZoneExtract.Recognition.Model;

namespace ZoneExtract.Tests.Recognition;

/// <summary>
/// ReadyToRun (crossgen2) cannot precompile a method with a vector parameter, nor any method of a class that keeps a
/// vector in a field, nor their callers: the name model's per-character methods and the start-up path
/// (ZoneExtractorResources.Load, RecognizerCatalog.CreateDefault) were then left to the JIT (docs/performance.md, speed13).
/// </summary>
public class NameModelReadyToRunTests
{
    private static readonly Type[] ModelTypes = typeof(NameTagModel).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(NameTagModel).Namespace).ToArray();

    private static bool IsVector(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var d && (d == typeof(Vector256<>) || d == typeof(Vector512<>));

    [Test]
    public void No_class_of_the_name_model_keeps_a_vector_in_a_field()
    {
        const BindingFlags All = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        var vectorFields = ModelTypes.Where(t => t.IsClass)
            .SelectMany(t => t.GetFields(All).Where(f => IsVector(f.FieldType)).Select(f => $"{t.Name}.{f.Name}"));
        Assert.That(vectorFields, Is.Empty);
    }

    [Test]
    public void Only_always_inlined_helpers_of_the_name_model_take_vectors()
    {
        const BindingFlags All = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var vectorParameters = ModelTypes
            .SelectMany(t => t.GetMethods(All).Cast<MethodBase>().Concat(t.GetConstructors(All)))
            .Where(m => !m.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveInlining))
            .Where(m => m.GetParameters().Any(p => IsVector(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");
        Assert.That(vectorParameters, Is.Empty);
    }
}

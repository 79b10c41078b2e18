using System.Diagnostics;

namespace ZoneExtract.Cli.Batch;

/// <summary>
/// One self-rewriting status line on stderr for long batch runs: documents, documents/s, characters/s and,
/// when the input's size is known, an ETA. Redrawn at most four times a second so it costs nothing.
/// </summary>
internal sealed class ProgressDisplay : IDisposable
{
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter _output;
    private readonly Func<double?> _fractionDone;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastDrawn;
    private long _documents;
    private long _characters;

    /// <param name="output">Where to draw (a terminal).</param>
    /// <param name="fractionDone">The share of the input consumed (0..1), or null when the total is unknown.</param>
    public ProgressDisplay(TextWriter output, Func<double?> fractionDone)
    {
        _output = output;
        _fractionDone = fractionDone;
    }

    public void Add(int characters)
    {
        _documents++;
        _characters += characters;
        if (_clock.Elapsed - _lastDrawn >= RedrawInterval) Draw();
    }

    public void Dispose()
    {
        Draw();
        _output.WriteLine();
    }

    private void Draw()
    {
        _lastDrawn = _clock.Elapsed;
        var seconds = Math.Max(_lastDrawn.TotalSeconds, 1e-3);
        var line = $"{_documents:N0} docs  {_documents / seconds:N1} docs/s  {_characters / seconds:N0} chars/s";
        if (_fractionDone() is double fraction and > 0 and < 1)
        {
            line += $"  ETA {TimeSpan.FromSeconds(seconds * (1 - fraction) / fraction):hh\\:mm\\:ss}";
        }
        _output.Write("\r" + line.PadRight(78));
    }
}

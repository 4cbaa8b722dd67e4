using System.Diagnostics;

namespace ContentLint.Cli.Commands;

/// <summary>
/// A one-line progress counter on stderr for long history scans, redrawn at most every 200 ms. Only used when stderr
/// is a terminal, so CI logs never fill with carriage returns.
/// </summary>
internal sealed class ProgressLine(TextWriter error, string label, int total)
{
    // The carriage return and erase-line sequence must reach the terminal as they are; the line holds nothing from content.
    private readonly TextWriter _terminal = error is PrintableErrorWriter printable ? printable.Unescaped : error;

    private static readonly long RedrawTicks = Stopwatch.Frequency / 5;
    private readonly Lock _gate = new();
    private readonly long _start = Stopwatch.GetTimestamp();
    private long _lastDrawn;
    private int _done;

    public void Advance()
    {
        var done = Interlocked.Increment(ref _done);
        var now = Stopwatch.GetTimestamp();
        if (now - Interlocked.Read(ref _lastDrawn) < RedrawTicks || now - _start < RedrawTicks)
        {
            return;
        }

        lock (_gate)
        {
            Interlocked.Exchange(ref _lastDrawn, now);
            _terminal.Write($"\rcontentlint: {label}: {done}/{total} file versions");
        }
    }

    public void Finish()
    {
        lock (_gate)
        {
            if (Interlocked.Read(ref _lastDrawn) != 0)
            {
                _terminal.Write("\r\u001b[K");
            }
        }
    }
}

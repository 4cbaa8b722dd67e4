using System.Text;
using System.Text.Json;

namespace ContentLint.Core.Reporting;

/// <summary>
/// A JSON writer whose output goes to a <see cref="TextWriter"/> in pieces. A page can hold a hundred thousand
/// findings; the whole report held as UTF-8 and again as one string cost the SARIF report over half a gigabyte
/// (docs/limits.md promises 300 MB).
/// </summary>
internal sealed class JsonTextOutput : IDisposable
{
    private const int PieceBytes = 64 * 1024;

    private readonly MemoryStream _pending = new();
    private readonly TextWriter _output;

    public JsonTextOutput(TextWriter output, JsonWriterOptions options)
    {
        _output = output;
        Json = new Utf8JsonWriter(_pending, options);
    }

    /// <summary>The writer to write the document with.</summary>
    public Utf8JsonWriter Json { get; }

    /// <summary>Passes what is written so far on once it is a piece's worth; call it between the array's items.</summary>
    public void PassOnIfLarge()
    {
        if (Json.BytesPending + _pending.Length > PieceBytes)
        {
            PassOn();
        }
    }

    /// <summary>Passes the rest on and ends the document's line.</summary>
    public void Finish()
    {
        PassOn();
        _output.WriteLine();
    }

    public void Dispose()
    {
        Json.Dispose();
        _pending.Dispose();
    }

    // A flush ends after a whole token, so a piece never splits a UTF-8 sequence.
    private void PassOn()
    {
        Json.Flush();
        _output.Write(Encoding.UTF8.GetString(_pending.GetBuffer(), 0, (int)_pending.Length));
        _pending.SetLength(0);
    }
}

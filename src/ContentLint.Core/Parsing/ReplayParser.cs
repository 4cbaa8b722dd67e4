using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContentLint.Core.Parsing;

/// <summary>
/// Hands prepared parsing events to <see cref="YamlDotNet.RepresentationModel.YamlStream.Load(IParser)"/>, so that the
/// node tree is built by YamlDotNet itself from events that <see cref="SimpleFrontMatterParser"/> produced.
/// </summary>
internal sealed class ReplayParser : IParser
{
    private readonly IReadOnlyList<ParsingEvent> _events;
    private int _index = -1;

    public ReplayParser(IReadOnlyList<ParsingEvent> events) => _events = events;

    public ParsingEvent? Current => _index >= 0 && _index < _events.Count ? _events[_index] : null;

    public bool MoveNext()
    {
        if (_index < _events.Count)
        {
            _index++;
        }

        return _index < _events.Count;
    }
}

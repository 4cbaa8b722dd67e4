using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing.Code;

/// <summary>Brackets: objects, arrays, blocks and groups opened and closed, and records made as objects close.</summary>
internal sealed partial class ScriptReader
{
    private bool OpensObject =>
        (_prev == ScriptToken.Operator && !PrevIs(";") && !PrevIs("=>"))
        || (_prev == ScriptToken.Keyword && !PrevIs("do") && !PrevIs("else"));

    private void OpenBrace(int start)
    {
        var top = Top;
        if (_frames.Count >= MaxFrames)
        {
            _overflow++;
            SetPrev(ScriptToken.Operator, start);
            return;
        }

        if (top.Kind == ScriptFrameKind.Object && top.KeyCandidate is not null)
        {
            AddPendingKey(top); // a method's body without parameters is not valid, but keep the key
        }

        var skip = top.Role.Skip || InTypeAlias || _skipNextBrace;
        if (OpensObject && !_skipNextBrace)
        {
            var (name, role) = ValueContext(top, isString: false);
            var inherited = skip || role.Skip ? ValueRole.Skipped : ValueRole.Content;
            _frames.Add(new ScriptFrame(ScriptFrameKind.Object, start, name ?? string.Empty, inherited) { ExpectKey = true });
        }
        else
        {
            _frames.Add(new ScriptFrame(ScriptFrameKind.Block, start, null, skip ? ValueRole.Skipped : ValueRole.Content));
        }

        _skipNextBrace = false;
        SetPrev(ScriptToken.Operator, start);
    }

    private void OpenBracket(int start)
    {
        var top = Top;
        if (_frames.Count >= MaxFrames)
        {
            _overflow++;
        }
        else if (top.Kind == ScriptFrameKind.Object && top.ExpectKey)
        {
            top.ExpectKey = false;
            _frames.Add(new ScriptFrame(ScriptFrameKind.Index, start, null, ValueRole.Skipped) { IsComputedKey = true });
        }
        else if (ExpressionStarts)
        {
            var (name, role) = ValueContext(top, isString: false);
            _frames.Add(new ScriptFrame(ScriptFrameKind.Array, start, name ?? string.Empty, top.Role.Skip || InTypeAlias ? ValueRole.Skipped : role));
        }
        else
        {
            _frames.Add(new ScriptFrame(ScriptFrameKind.Index, start, null, ValueRole.Skipped));
        }

        SetPrev(ScriptToken.Operator, start);
    }

    private void OpenParen(int start)
    {
        var top = Top;
        if (_frames.Count >= MaxFrames)
        {
            _overflow++;
        }
        else
        {
            if (top.Kind == ScriptFrameKind.Object && top.KeyCandidate is not null)
            {
                top.CurrentKey = top.KeyCandidate; // a method: `name() {…}`
                AddPendingKey(top);
            }

            var moduleCall = _prevIsIdentifier && (PrevIs("import") || PrevIs("require"));
            var role = top.Role.Skip || InTypeAlias ? ValueRole.Skipped : ValueRole.Content;
            _frames.Add(new ScriptFrame(ScriptFrameKind.Paren, start, null, role) { IsModuleCall = moduleCall });
        }

        SetPrev(ScriptToken.Operator, start);
    }

    private void Close(char closer)
    {
        var start = _pos - 1;
        if (_overflow > 0)
        {
            _overflow--;
            SetPrev(ScriptToken.Value, start);
            return;
        }

        // One bracket left open inside another (`f({a: 1)`) is closed with it; any other stray closer is dropped.
        if (!Closes(Top.Kind, closer) && _frames.Count > 2 && IsBracket(Top.Kind) && Closes(_frames[^2].Kind, closer))
        {
            PopFrame();
        }

        var top = Top;
        if (!Closes(top.Kind, closer) || (_frames.Count == 1 && !top.EndsReading))
        {
            SetPrev(ScriptToken.Value, start);
            return;
        }

        PopFrame();
        switch (top.Kind)
        {
            case ScriptFrameKind.Block:
                SetPrev(ScriptToken.BlockEnd, start);
                break;
            case ScriptFrameKind.TemplateExpression or ScriptFrameKind.JsxAttributeExpression or ScriptFrameKind.JsxChildExpression:
                _done = top.EndsReading;
                break;
            case ScriptFrameKind.Index when top.IsComputedKey && Top.Kind == ScriptFrameKind.Object:
                Top.KeyCandidate = _text[top.Start.._pos];
                SetPrev(ScriptToken.Value, start);
                break;
            default:
                SetPrev(ScriptToken.Value, start);
                break;
        }
    }

    private static bool IsBracket(ScriptFrameKind kind) =>
        kind is ScriptFrameKind.Object or ScriptFrameKind.Block or ScriptFrameKind.Array or ScriptFrameKind.Index or ScriptFrameKind.Paren;

    private static bool Closes(ScriptFrameKind kind, char closer) => closer switch
    {
        '}' => kind is ScriptFrameKind.Object or ScriptFrameKind.Block or ScriptFrameKind.TemplateExpression
            or ScriptFrameKind.JsxAttributeExpression or ScriptFrameKind.JsxChildExpression,
        ')' => kind is ScriptFrameKind.Paren,
        _ => kind is ScriptFrameKind.Array or ScriptFrameKind.Index,
    };

    /// <summary>Closes the innermost frame; an object or component tag with a string value becomes a record.</summary>
    private void PopFrame()
    {
        var frame = Top;
        _frames.RemoveAt(_frames.Count - 1);
        if (frame.Kind == ScriptFrameKind.Object)
        {
            AddPendingKey(frame);
            if (frame.HasString)
            {
                _records.Add(new DataRecord(frame.Start, _pos, frame.Path ?? string.Empty, frame.Keys ?? [], null));
            }
        }

        EndStatement(_frames.Count + 1);
    }
}

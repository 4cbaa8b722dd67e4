namespace ContentLint.Core.Parsing.Code;

/// <summary>Names and punctuators: what keeps track of object keys, array indexes, assignments and TypeScript types.</summary>
internal sealed partial class ScriptReader
{
    private void OnIdentifier(int start, string? typeKeyword)
    {
        var word = _text.AsSpan(start, _pos - start);
        var top = Top;
        var depth = _frames.Count;
        if (_newlineBefore && _prev == ScriptToken.Value)
        {
            EndStatement(depth); // a new line after a complete value starts a new statement (automatic semicolon)
        }

        if (top.Kind == ScriptFrameKind.Object && (top.ExpectKey || top.KeyCandidate is not null))
        {
            // `get name()`, `async name()`: the last name before the `:` or `(` is the key.
            top.KeyCandidate = word.ToString();
            top.ExpectKey = false;
            SetPrev(ScriptToken.Value, start);
            return;
        }

        if (typeKeyword is not null && _typeScript)
        {
            if (typeKeyword == "type")
            {
                _typeAliasDepth = depth;
            }
            else
            {
                _skipNextBrace = true;
            }
        }

        var afterDot = _prev == ScriptToken.Operator && PrevIs(".");
        if (!afterDot && word is "type" or "interface" or "enum")
        {
            _typeKeyword = word.ToString();
        }

        if (word is "const" or "let" or "var")
        {
            _declarationPending = true;
        }
        else if (_declarationPending)
        {
            _declarationPending = false;
            (_declarationName, _declarationDepth) = (word.ToString(), depth);
        }

        if (word is "default" && _prevIsIdentifier && PrevIs("export"))
        {
            // `export default {…}` is the module's own value: its keys start the paths.
            (_assignName, _assignDepth) = (string.Empty, depth);
        }

        var chainStart = afterDot && _chainStart >= 0 ? _chainStart : start;
        SetPrev(ScriptSyntax.IsExpressionKeyword(word) ? ScriptToken.Keyword : ScriptToken.Value, start);
        _prevIsIdentifier = true;
        _chainStart = chainStart;
    }

    /// <summary>A number: an object key where a key is expected, else a value.</summary>
    private void OnKeyOrValue(int start, int end)
    {
        var top = Top;
        if (top.Kind == ScriptFrameKind.Object && top.ExpectKey)
        {
            top.KeyCandidate = _text[start..end];
            top.ExpectKey = false;
        }

        SetPrev(ScriptToken.Value, start);
    }

    private void OnPunctuator(int start)
    {
        var op = _text.AsSpan(start, _pos - start);
        var top = Top;
        var depth = _frames.Count;
        var wasIdentifier = _prevIsIdentifier;
        switch (op)
        {
            case "{":
                OpenBrace(start);
                return;
            case "[":
                OpenBracket(start);
                return;
            case "(":
                OpenParen(start);
                return;
            case "}" or ")" or "]":
                Close(op[0]);
                return;
            case "," or ";":
                if (top.Kind == ScriptFrameKind.Object)
                {
                    AddPendingKey(top);
                    top.ExpectKey = true;
                    top.CurrentKey = null;
                }
                else if (top.Kind == ScriptFrameKind.Array && op is ",")
                {
                    top.Index++;
                }

                EndStatement(depth);
                break;
            case ":" when top.Kind == ScriptFrameKind.Object && top.KeyCandidate is not null:
                top.CurrentKey = top.KeyCandidate;
                AddPendingKey(top);
                break;
            case "=" when top.Kind == ScriptFrameKind.Object && top.KeyCandidate is not null:
                top.CurrentKey = top.KeyCandidate; // a default in a pattern: `{ name = "…" }`
                AddPendingKey(top);
                break;
            case "=":
                OnAssignment(wasIdentifier, depth);
                break;
            case "..." when top.Kind == ScriptFrameKind.Object && top.ExpectKey:
                top.ExpectKey = false;
                break;
        }

        var chainStart = _chainStart;
        SetPrev(op is "++" or "--" ? ScriptToken.Value : ScriptToken.Operator, start);
        _chainStart = op is "." && wasIdentifier ? chainStart : -1;
    }

    private void OnAssignment(bool afterIdentifier, int depth)
    {
        string? name = null;
        if (_declarationName is not null && _declarationDepth == depth)
        {
            name = _declarationName; // `const reviews: Review[] = …`, `let who: string = …`
        }
        else if (afterIdentifier && _chainStart >= 0)
        {
            name = _text[_chainStart.._prevEnd];
        }

        if (name is not null)
        {
            // CommonJS's module object is the module's own value, like `export default`.
            (_assignName, _assignDepth) = (name is "module.exports" or "exports" ? string.Empty : name, depth);
        }

        _declarationName = null;
        _declarationPending = false;
    }

    /// <summary>A statement at <paramref name="depth"/> ended: its assignment name and type alias end with it.</summary>
    private void EndStatement(int depth)
    {
        if (_assignDepth >= depth)
        {
            (_assignName, _assignDepth) = (null, -1);
        }

        if (_declarationDepth >= depth)
        {
            (_declarationName, _declarationDepth) = (null, -1);
        }

        if (_typeAliasDepth >= depth)
        {
            _typeAliasDepth = -1;
        }
    }

    private static void AddPendingKey(ScriptFrame frame)
    {
        if (frame.KeyCandidate is not null)
        {
            (frame.Keys ??= []).Add(frame.KeyCandidate);
            frame.KeyCandidate = null;
        }
    }
}

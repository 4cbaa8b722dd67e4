using ContentLint.Core.Reporting;

namespace ContentLint.Cli.Tests.Reporting;

public sealed class PrintableTextTests
{
    [Theory]
    [InlineData("a\u0000b", @"a\x00b")]
    [InlineData("\r\n\t\u001b\u007f", @"\x0D\x0A\x09\x1B\x7F")]
    [InlineData("\u0080\u0085\u009f", @"\x80\x85\x9F")]
    [InlineData("line\u2028para\u2029", @"line\u2028para\u2029")]
    public void Control_characters_and_line_separators_are_escaped(string text, string expected) =>
        Assert.Equal(expected, PrintableText.Escape(text));

    [Fact]
    public void Printable_text_is_returned_as_it_is()
    {
        const string text = "content/Café \\ ü 日本.md (1,2): ***-***-****";

        Assert.Same(text, PrintableText.Escape(text));
    }

    [Fact]
    public void The_error_writer_keeps_its_own_line_ends_and_escapes_every_other_one()
    {
        var inner = new StringWriter { NewLine = "\n" };
        var writer = new PrintableErrorWriter(inner) { NewLine = "\n" };

        writer.WriteLine("a\nb");
        writer.Write('\u001b');
        writer.WriteLine("c\rd".ToCharArray());
        writer.WriteLine("{0}\u2028", "e");
        writer.WriteLine();

        Assert.Equal("a\\x0Ab\n\\x1Bc\\x0Dd\ne\\u2028\n\n", inner.ToString());
    }
}

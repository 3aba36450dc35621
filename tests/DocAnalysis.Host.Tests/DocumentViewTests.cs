using DocAnalysis.Host.Views;
using FsCheck;
using FsCheck.Fluent;

namespace DocAnalysis.Host.Tests;

public sealed class DocumentViewTests
{
    [Fact]
    public void Removing_a_credit_line_maps_later_words_back_to_the_original()
    {
        const string original = "Kabul, Friday.\n© AP Photo/ Ahmad Jamshid\nLavrov said.";
        var credit = original.IndexOf('©');
        var view = DocumentView.Original(original).Derive("clean", [TextEdit.Remove(new TextSpan(credit, "© AP Photo/ Ahmad Jamshid\n".Length))]);

        Assert.Equal("Kabul, Friday.\nLavrov said.", view.Text);
        var lavrov = new TextSpan(view.Text.IndexOf("Lavrov", StringComparison.Ordinal), "Lavrov".Length);
        var mapped = view.ToOriginal(lavrov);
        Assert.Equal("Lavrov", original[mapped.Start..mapped.End]);
        Assert.Equal(lavrov, view.FromOriginal(mapped));
    }

    [Fact]
    public void Text_inserted_by_an_edit_maps_to_the_whole_span_it_replaced()
    {
        const string original = "Afghan forcesRussia has pledged";
        var view = DocumentView.Original(original).Derive("clean", [new TextEdit(new TextSpan(0, "Afghan forces".Length), "\n")]);

        Assert.Equal("\nRussia has pledged", view.Text);
        Assert.Equal(new TextSpan(0, "Afghan forces".Length), view.ToOriginal(new TextSpan(0, 1)));
        Assert.Null(view.FromOriginal(new TextSpan(0, 6)));
    }

    [Fact]
    public void Overlapping_edits_are_refused()
    {
        var view = DocumentView.Original("one two three");
        var error = Assert.Throws<ArgumentException>(() => view.Derive("clean", [TextEdit.Remove(new TextSpan(0, 5)), TextEdit.Remove(new TextSpan(3, 4))]));
        Assert.Contains("overlaps", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_view_of_a_view_maps_through_both()
    {
        const string original = "a #b c #d e";
        var first = DocumentView.Original(original).Derive("one", [TextEdit.Remove(new TextSpan(2, 3))]);
        var second = first.Derive("two", [TextEdit.Remove(new TextSpan(first.Text.IndexOf('#'), 3))]);

        Assert.Equal("a c e", second.Text);
        var e = second.ToOriginal(new TextSpan(4, 1));
        Assert.Equal("e", original[e.Start..e.End]);
    }

    /// <summary>
    /// The offset invariant: whatever whole words a view removes, every word an analyser sees in the view maps back to
    /// exactly that word in the original, and back again.
    /// </summary>
    [Fact]
    public void Every_word_of_a_derived_view_maps_to_the_same_word_of_the_original()
    {
        // Each number picks a word (n % 10) and whether the view removes it (n >= 20).
        string[] words = ["Kabul", "said", "©", "AP", "Photo/", "Lavrov", "“quote”", "2017", "über", "😀x"];
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 29)).ToArbitrary(), picks =>
        {
            var document = picks.Select(n => (Word: words[n % 10], Remove: n >= 20)).ToList();
            var original = string.Join(" ", document.Select(w => w.Word));
            var edits = new List<TextEdit>();
            var position = 0;
            foreach (var (word, remove) in document)
            {
                if (remove)
                {
                    edits.Add(TextEdit.Remove(new TextSpan(position, Math.Min(word.Length + 1, original.Length - position))));
                }

                position += word.Length + 1;
            }

            var view = DocumentView.Original(original).Derive("clean", edits);
            var start = 0;
            foreach (var word in view.Text.Split(' '))
            {
                if (word.Length > 0)
                {
                    var span = new TextSpan(start, word.Length);
                    var mapped = view.ToOriginal(span);
                    if (original[mapped.Start..mapped.End] != word || view.FromOriginal(mapped) != span)
                    {
                        return false;
                    }
                }

                start += word.Length + 1;
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }
}

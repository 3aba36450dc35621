using DocAnalysis.Plugins.Numbers;
using DocAnalysis.Tools.UnitLexicon;

namespace DocAnalysis.Plugins.Tests.Numbers;

/// <summary>Every canonical unit of every family, shown by a sentence of its own; the lexicon's forms unambiguous; plurals singularised only when they are plurals.</summary>
public sealed class UnitLexiconTests
{
    public static TheoryData<string, string, string> Units()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var family in UnitLexicon.Families)
        {
            foreach (var unit in family.Units)
            {
                data.Add(family.Name, unit.Canonical, unit.Example);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Units))]
    public void Each_canonical_unit_is_read_from_its_example(string family, string canonical, string example)
    {
        var start = example.IndexOf("[|", StringComparison.Ordinal);
        var end = example.IndexOf("|]", StringComparison.Ordinal) - 2;
        var text = example.Replace("[|", "", StringComparison.Ordinal).Replace("|]", "", StringComparison.Ordinal);
        var found = QuantityExtractor.Extract(TextLayer.Create(text), [], TestContext.Current.CancellationToken);
        var quantity = Assert.Single(found, q => q.Span.Start == start);
        Assert.True(quantity.Span.End >= end, $"{family}: the quantity '{text[quantity.Span.Start..quantity.Span.End]}' stops before the marked figure ends");
        Assert.Equal(canonical, quantity.Unit);
    }

    [Fact]
    public void Every_canonical_unit_has_one_entry()
    {
        var canonical = UnitLexicon.Families.SelectMany(f => f.Units).GroupBy(u => u.Canonical).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(canonical);
    }

    [Fact]
    public void No_written_form_names_two_units()
    {
        var entries = UnitLexicon.Families.SelectMany(f => f.Units).ToList();
        var anyCase = entries.SelectMany(e => e.Written.Select(w => (Form: w.ToLowerInvariant(), e.Canonical))).GroupBy(x => x.Form)
            .Where(g => g.Select(x => x.Canonical).Distinct().Count() > 1).Select(g => g.Key);
        var exactCase = entries.SelectMany(e => (e.ExactCase ?? []).Select(w => (Form: w, e.Canonical))).GroupBy(x => x.Form)
            .Where(g => g.Select(x => x.Canonical).Distinct().Count() > 1).Select(g => g.Key);
        Assert.Empty(anyCase);
        Assert.Empty(exactCase);
    }

    [Fact]
    public void The_embedded_unit_table_is_what_the_generator_makes_of_quantulum3s_lexicon()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Numbers", "quantulum3");
        var generated = UnitTable.Generate(File.ReadAllText(Path.Combine(folder, "units.json")), File.ReadAllText(Path.Combine(folder, "units.en_US.json")));
        using var stream = typeof(UnitLexicon).Assembly.GetManifestResourceStream(Quantulum3.TableFile)!;
        using var reader = new StreamReader(stream);
        Assert.True(generated == reader.ReadToEnd(), $"plugins/NumberReconciler/Lexicon/{UnitTable.FileName} is not what quantulum3's lexicon makes: run dotnet run --project tools/UnitLexicon");
    }

    [Fact]
    public void Every_unit_of_the_lexicon_belongs_to_a_family_or_comes_from_quantulum3()
    {
        var quantulum3 = Assert.Single(UnitLexicon.Families, f => f.Name == "quantulum3");
        Assert.True(quantulum3.Units.Count > 250, $"quantulum3 gives {quantulum3.Units.Count} units");
        Assert.All(UnitLexicon.Families, f => Assert.False(string.IsNullOrWhiteSpace(f.Principle), $"the family {f.Name} states no principle"));
    }

    [Theory]
    [InlineData("companies", "company")]
    [InlineData("boxes", "box")]
    [InlineData("matches", "match")]
    [InlineData("goals", "goal")]
    [InlineData("movies", "movie")]
    [InlineData("fishermen", "fisherman")]
    [InlineData("children", "child")]
    [InlineData("viruses", "virus")]
    [InlineData("Americans", "American")]
    [InlineData("virus", "virus")]
    [InlineData("analysis", "analysis")]
    [InlineData("glass", "glass")]
    [InlineData("series", "series")]
    [InlineData("news", "news")]
    [InlineData("data", "data")]
    [InlineData("celsius", "celsius")]
    [InlineData("specimen", "specimen")]
    [InlineData("gas", "gas")]
    [InlineData("ads", "ad")]
    [InlineData("grandchildren", "grandchild")]
    public void Only_plurals_are_singularised(string word, string singular) => Assert.Equal(singular, Plurals.Singular(word));
}

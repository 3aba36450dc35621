using DocAnalysis.Host;

namespace DocAnalysis.Host.Tests;

/// <summary>
/// The shared text layer (<see cref="TextLayer"/>): the one sentence splitter and tokenizer every analyser reads, and
/// the host computing it once per document and view.
/// </summary>
public sealed class TextLayerTests
{
    [Theory]
    [InlineData("Mr. Smith said so. He left.", "Mr. Smith said so.|He left.")]
    [InlineData("The U.S. envoy arrived on Sept. 17. Talks began.", "The U.S. envoy arrived on Sept. 17.|Talks began.")]
    [InlineData("G.K. Chesterton wrote it. Others read it.", "G.K. Chesterton wrote it.|Others read it.")]
    [InlineData("\"We will win. We always do,\" she said. Then she left.", "\"We will win. We always do,\" she said.|Then she left.")]
    [InlineData("“Enough.” The crowd cheered.", "“Enough.”|The crowd cheered.")]
    [InlineData("Is it over? No! It goes on.", "Is it over?|No!|It goes on.")]
    [InlineData("First line without a stop\nSecond line.", "First line without a stop|Second line.")]
    [InlineData("He said: \"One.\n\n\"Two.\" Done.", "He said: \"One.\n\n\"Two.\"|Done.")] // a quotation over two paragraphs is one
    [InlineData("He said: \"One.\n\nThen it rained.", "He said: \"One.|Then it rained.")] // a quotation not taken up again ends with its paragraph
    [InlineData("prices fell 3.5 percent. costs rose", "prices fell 3.5 percent. costs rose")]
    [InlineData("He wrote “on peace. Egypt helps. Jordan too.", "He wrote “on peace.|Egypt helps.|Jordan too.")] // a quote mark that never closes opens nothing
    [InlineData("Blackwell added, “have focused on paid ads\nin caucuses. They said.” Then he left.", "Blackwell added, “have focused on paid ads\nin caucuses. They said.”|Then he left.")] // it closes later in its paragraph
    [InlineData("''It is a shame,'' said Jo Ames of Ohio. ''They want a free ride.'' Then he left.", "''It is a shame,'' said Jo Ames of Ohio.|''They want a free ride.''|Then he left.")] // wire copy's quote marks
    [InlineData("``We will win. We always do,'' she said. Then she left.", "``We will win. We always do,'' she said.|Then she left.")]
    [InlineData("He said: ''One.\n\n''Two.'' Done.", "He said: ''One.\n\n''Two.''|Done.")]
    [InlineData("It was the players' last game. ''Good,'' he said.", "It was the players' last game.|''Good,'' he said.")]
    public void Sentences_survive_news_text(string text, string expected) =>
        Assert.Equal(expected.Split('|'), TextLayer.Create(text).Sentences.Select(s => text[s.Span.Start..s.Span.End]));

    [Fact]
    public void A_run_without_an_end_is_cut_at_a_clause_break_within_the_bound()
    {
        var text = string.Concat(Enumerable.Repeat("and the talks went on, ", 400));

        var sentences = TextLayer.Create(text).Sentences;

        Assert.True(sentences.Count > 1);
        Assert.All(sentences, s => Assert.InRange(s.Span.Length, 1, TextLayer.MaxSentenceLength));
        Assert.All(sentences.SkipLast(1), s => Assert.Equal(',', text[s.Span.End - 1]));
    }

    [Theory]
    [InlineData("The U.S. didn't say.", "The|U.S.|didn't|say|.")]
    [InlineData("``Yes,'' he said -- twice.", "``|Yes|,|''|he|said|--|twice|.")]
    [InlineData("COVID-19 cost $3.5bn (about 12%).", "COVID-19|cost|$|3|.|5bn|(|about|12|%|)|.")]
    [InlineData("Smile 😀 now", "Smile|😀|now")]
    public void Tokens_are_words_numbers_marks_and_symbols(string text, string expected)
    {
        var layer = TextLayer.Create(text);

        Assert.Equal(expected.Split('|'), layer.Tokens.Select(t => t.Text));
        Assert.All(layer.Tokens, t => Assert.Equal(text[t.Start..t.End], t.Text));
    }

    [Fact]
    public void A_token_knows_its_kind_its_case_and_whether_it_opens_or_closes_a_quotation()
    {
        var tokens = TextLayer.Create("“NATO said,” McDonald told the 12 (\"fine\") $ iPhone").Tokens;

        Assert.Equal(
            [
                (TokenKind.Punctuation, CaseShape.None, TokenFlags.OpensQuote),
                (TokenKind.Word, CaseShape.Upper, TokenFlags.StartsSentence),
                (TokenKind.Word, CaseShape.Lower, TokenFlags.None),
                (TokenKind.Punctuation, CaseShape.None, TokenFlags.None),
                (TokenKind.Punctuation, CaseShape.None, TokenFlags.ClosesQuote),
                (TokenKind.Word, CaseShape.Mixed, TokenFlags.None),
                (TokenKind.Word, CaseShape.Lower, TokenFlags.None),
                (TokenKind.Word, CaseShape.Lower, TokenFlags.None),
                (TokenKind.Number, CaseShape.None, TokenFlags.None),
                (TokenKind.Punctuation, CaseShape.None, TokenFlags.None),
                (TokenKind.Punctuation, CaseShape.None, TokenFlags.OpensQuote),
                (TokenKind.Word, CaseShape.Lower, TokenFlags.None),
                (TokenKind.Punctuation, CaseShape.None, TokenFlags.ClosesQuote),
                (TokenKind.Punctuation, CaseShape.None, TokenFlags.None),
                (TokenKind.Symbol, CaseShape.None, TokenFlags.None),
                (TokenKind.Word, CaseShape.Mixed, TokenFlags.None),
            ],
            tokens.Select(t => (t.Kind, t.Shape, t.Flags)));
        Assert.True(tokens[1].IsCapitalised && tokens[5].IsCapitalised && !tokens[15].IsCapitalised);
    }

    [Theory]
    [InlineData("“The rain stopped.” Then (at last) it snowed.", "The|Then")]
    [InlineData("The U.S. May report fell. 12 more came.", "The|12")]
    [InlineData("► May (16)\n► June (2)", "")]
    [InlineData("-- And then? Nothing.", "And|Nothing")]
    public void The_first_word_of_a_sentence_after_nothing_but_punctuation_starts_it(string text, string expected)
    {
        var layer = TextLayer.Create(text);

        var starts = layer.Tokens.Where(t => t.Flags.HasFlag(TokenFlags.StartsSentence)).ToArray();
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), starts.Select(t => t.Text));
        Assert.All(layer.Tokens, t => Assert.Equal(starts.Contains(t), layer.StartsSentence(t.Start)));
        Assert.All(starts, t => Assert.False(layer.StartsSentence(t.Start + 1)));
    }

    [Fact]
    public void Equal_words_are_one_string_and_their_lower_case_is_shared()
    {
        var tokens = TextLayer.Create("Said said SAID said").Tokens;

        Assert.Same(tokens[1].Text, tokens[3].Text);
        Assert.Same(tokens[0].Lower, tokens[1].Text);
        Assert.Same(tokens[2].Lower, tokens[1].Text);
    }

    [Fact]
    public void Paragraphs_are_lines_and_hold_their_tokens()
    {
        const string text = "  First line. Still first.\n\n\tSecond line\n";

        var layer = TextLayer.Create(text);

        Assert.Equal(["First line. Still first.", "Second line"], layer.Paragraphs.Select(p => text[p.Span.Start..p.Span.End]));
        Assert.Equal(["First", "line", ".", "Still", "first", "."], layer.TokensIn(layer.Paragraphs[0]).ToArray().Select(t => t.Text));
        Assert.Equal(["Second", "line"], layer.TokensIn(layer.Paragraphs[1]).ToArray().Select(t => t.Text));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 1)]
    [InlineData(4, 1)]
    [InlineData(9, 2)]
    [InlineData(100, 3)]
    public void TokenAt_finds_the_token_at_or_after_a_position(int position, int expected) =>
        Assert.Equal(expected, TextLayer.Create("Six  more jobs").TokenAt(position));

    /// <summary>Every character that is not white space lies in exactly one sentence and one token, in order, for any text.</summary>
    [Fact]
    public void Every_character_but_white_space_is_in_one_sentence_and_one_token()
    {
        var random = new Random(28);
        const string alphabet = "aZ9 .,!?\"“”'’`-\n\t\u00A0$%😀Mr.U.S.";
        for (var round = 0; round < 300; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 400)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var layer = TextLayer.Create(text);
            var covered = new int[text.Length];
            foreach (var sentence in layer.Sentences)
            {
                foreach (var token in layer.TokensIn(sentence))
                {
                    Assert.True(sentence.Span.Contains(token.Span), $"'{token.Text}' lies outside its sentence in \"{text}\"");
                    for (var i = token.Start; i < token.End; i++)
                    {
                        covered[i]++;
                    }
                }
            }

            for (var i = 0; i < text.Length; i++)
            {
                Assert.True(char.IsWhiteSpace(text[i]) ? covered[i] == 0 : covered[i] == 1, $"character {i} of \"{text}\" is in {covered[i]} tokens");
            }

            Assert.True(layer.Tokens.Zip(layer.Tokens.Skip(1)).All(p => p.First.End <= p.Second.Start));
        }
    }

    [Fact]
    public async Task The_host_computes_a_views_layer_once_and_every_analyser_reads_that_one()
    {
        var first = new LayerReader("first");
        var second = new LayerReader("second");
        var options = new EngineOptions { DefaultPlugins = false, Analysers = { first, second } };
        await using var engine = await DocAnalysisEngine.LoadAsync(options, TestContext.Current.CancellationToken);

        await engine.AnalyseAsync("One sentence. Another.", cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotNull(first.Seen);
        Assert.Same(first.Seen, second.Seen);
        Assert.Equal(2, first.Seen!.Sentences.Count);
    }

    private sealed class LayerReader(string id) : IAnalyser
    {
        public AnalyserDescriptor Descriptor { get; } = new(id, id, new Version(1, 0)) { Provides = [id] };

        public TextLayer? Seen { get; private set; }

        public void Analyse(IAnalysisContext context) => Seen = context.Layer;
    }
}

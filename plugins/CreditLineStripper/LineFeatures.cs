using System.Globalization;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>
/// What the line model sees of one line: its own shape (length, case profile, closing punctuation, name-like words,
/// lexicon hits), the rule that fired on it, and its neighbourhood (the lines either side, blank lines, long
/// paragraphs, the distance to the nearest credit, the place in the document). Features are short strings; the
/// model weighs each one. Computed from the line and at most a few lines either side: linear in the text.
/// </summary>
internal static class LineFeatures
{
    /// <summary>How far a credit line is looked for either side.</summary>
    private const int CreditReach = 3;

    private static readonly (int Direction, string Name)[] Neighbours = [(-1, "prev"), (+1, "next")];

    private static readonly HashSet<string> CreditLexicon = new(StringComparer.OrdinalIgnoreCase)
    {
        "photo", "photos", "photograph", "photographer", "image", "images", "credit", "credits", "courtesy", "getty", "reuters", "afp",
        "ap", "epa", "shutterstock", "alamy", "istock", "handout", "file", "pool", "staff", "agency", "press", "wire", "video", "copyright",
    };

    private static readonly HashSet<string> CaptionLexicon = new(StringComparer.OrdinalIgnoreCase)
    {
        "pictured", "shows", "seen", "left", "right", "center", "centre", "above", "below", "during", "poses", "stands", "walks", "arrives",
        "speaks", "looks", "holds", "waves", "gestures", "attends", "caption", "view", "scene", "illustration", "concept", "artist",
    };

    private static readonly HashSet<string> BoilerplateLexicon = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "shares", "subscribe", "newsletter", "advertisement", "click", "read", "more", "related", "comments", "comment", "sign",
        "follow", "cookies", "cookie", "privacy", "terms", "rights", "reserved", "login", "menu", "home", "search", "contact", "about",
        "trending", "popular", "latest", "sponsored", "app", "download", "email", "facebook", "twitter", "instagram", "youtube", "linkedin",
        "whatsapp", "pinterest", "reddit", "print", "updated", "published", "posted", "by", "story", "stories", "section", "topics", "tags",
    };

    /// <summary>The features of line <paramref name="index"/>; <paramref name="rules"/> are the rules' findings per line (null where none fired).</summary>
    public static List<string> Of(string text, IReadOnlyList<TextLine> lines, IReadOnlyList<Finding?> rules, int index)
    {
        var features = new List<string>(48) { "bias" };
        var line = lines[index];
        var content = text.AsSpan(line.ContentStart, line.ContentEnd - line.ContentStart);
        var shape = Shape.Of(content);
        Own(features, content, shape);
        features.Add("rule=" + (rules[index]?.Rule ?? "none"));
        features.Add("rule-label=" + (rules[index]?.Label ?? "none"));

        foreach (var (direction, name) in Neighbours)
        {
            var neighbour = NonBlank(lines, index, direction, out var gap);
            features.Add(name + "-gap=" + Math.Min(gap, 2).ToString(CultureInfo.InvariantCulture));
            if (neighbour < 0)
            {
                features.Add(name + "=edge");
                continue;
            }

            var other = lines[neighbour];
            var otherText = text.AsSpan(other.ContentStart, other.ContentEnd - other.ContentStart);
            var otherShape = Shape.Of(otherText);
            features.Add(name + "-len=" + LengthBucket(otherText.Length));
            features.Add(name + "-end=" + EndClass(otherText));
            features.Add(name + "-case=" + CaseBucket(otherShape));
            features.Add(name + "-rule=" + (rules[neighbour]?.Label ?? "none"));
            features.Add(name + "-len|len=" + LengthBucket(otherText.Length) + "|" + LengthBucket(content.Length));
        }

        features.Add("credit-near=" + CreditDistance(lines, rules, index));
        features.Add("between-paragraphs=" + (IsLong(text, lines, NonBlank(lines, index, -1, out _)) && IsLong(text, lines, NonBlank(lines, index, +1, out _))));
        features.Add("short-run=" + Math.Min(ShortRun(text, lines, index), 4).ToString(CultureInfo.InvariantCulture));
        features.Add("place=" + Place(text, line));
        return features;
    }

    private static void Own(List<string> features, ReadOnlySpan<char> content, Shape shape)
    {
        features.Add("len=" + LengthBucket(content.Length));
        features.Add("words=" + WordBucket(shape.Words));
        features.Add("case=" + CaseBucket(shape));
        features.Add("end=" + EndClass(content));
        features.Add("start=" + StartClass(content));
        features.Add("end|case=" + EndClass(content) + "|" + CaseBucket(shape));
        features.Add("len|end=" + LengthBucket(content.Length) + "|" + EndClass(content));
        features.Add("names=" + (shape.Words > 0 && shape.Words <= 5 && shape.Capitalised == shape.Words));
        features.Add("digits=" + (shape.Digits == 0 ? "0" : shape.Digits * 5 >= content.Length ? "many" : "some"));
        features.Add("parens=" + (content.Contains('(') || content.Contains(')')));
        features.Add("slash=" + content.Contains('/'));
        features.Add("pipe=" + content.Contains('|'));
        features.Add("credit-words=" + Math.Min(shape.CreditWords, 2).ToString(CultureInfo.InvariantCulture));
        features.Add("caption-words=" + Math.Min(shape.CaptionWords, 2).ToString(CultureInfo.InvariantCulture));
        features.Add("boilerplate-words=" + Math.Min(shape.BoilerplateWords, 3).ToString(CultureInfo.InvariantCulture));
        features.Add("lowercase-words=" + Math.Min(shape.Lowercase, 6).ToString(CultureInfo.InvariantCulture));
    }

    private static string LengthBucket(int length) => length switch
    {
        0 => "0",
        <= 3 => "3",
        <= 10 => "10",
        <= 25 => "25",
        <= 50 => "50",
        <= 100 => "100",
        <= 150 => "150",
        <= 300 => "300",
        _ => "long",
    };

    private static string WordBucket(int words) => words switch
    {
        <= 1 => "1",
        <= 3 => "3",
        <= 6 => "6",
        <= 12 => "12",
        <= 25 => "25",
        _ => "many",
    };

    private static string CaseBucket(Shape shape) =>
        shape.Words == 0 ? "none"
        : shape.Capitalised == shape.Words ? "all"
        : shape.Capitalised * 10 >= shape.Words * 6 ? "most"
        : shape.Capitalised * 10 >= shape.Words * 3 ? "some"
        : "few";

    private static string EndClass(ReadOnlySpan<char> content) => content.IsEmpty ? "none" : content[^1] switch
    {
        '.' => ".",
        '!' or '?' => "!",
        ':' => ":",
        ',' or ';' => ",",
        ')' or ']' => ")",
        '"' or '”' or '’' or '\'' => "\"",
        var c when char.IsDigit(c) => "digit",
        var c when char.IsLetter(c) => "letter",
        _ => "other",
    };

    private static string StartClass(ReadOnlySpan<char> content) => content.IsEmpty ? "none" : content[0] switch
    {
        '"' or '“' or '‘' or '\'' => "quote",
        '•' or '-' or '*' or '–' or '—' or '·' => "bullet",
        '(' or '[' => "paren",
        '©' => "copyright",
        var c when char.IsDigit(c) => "digit",
        var c when char.IsUpper(c) => "upper",
        var c when char.IsLower(c) => "lower",
        _ => "other",
    };

    /// <summary>The nearest non-blank line in <paramref name="direction"/>, or -1; <paramref name="gap"/> counts the blank lines skipped.</summary>
    public static int NonBlank(IReadOnlyList<TextLine> lines, int index, int direction, out int gap)
    {
        gap = 0;
        for (var i = index + direction; i >= 0 && i < lines.Count; i += direction)
        {
            if (!lines[i].IsBlank)
            {
                return i;
            }

            gap++;
        }

        return -1;
    }

    private static bool IsLong(string text, IReadOnlyList<TextLine> lines, int index) =>
        index >= 0 && lines[index].ContentEnd - lines[index].ContentStart >= LineClassifier.LongParagraph && text[lines[index].ContentEnd - 1] is '.' or '"' or '”' or '?' or '!';

    /// <summary>How many non-blank lines away the nearest whole-line or trailing credit is (1 to 3), or "far".</summary>
    private static string CreditDistance(IReadOnlyList<TextLine> lines, IReadOnlyList<Finding?> rules, int index)
    {
        for (var distance = 1; distance <= CreditReach; distance++)
        {
            if (IsCredit(index - distance) || IsCredit(index + distance))
            {
                return distance.ToString(CultureInfo.InvariantCulture);
            }
        }

        return "far";

        bool IsCredit(int i) => i >= 0 && i < lines.Count && rules[i] is { Label: Labels.Credit };
    }

    /// <summary>How many short lines (under 100 characters) stand in a row around this one, itself included (a list, a menu).</summary>
    private static int ShortRun(string text, IReadOnlyList<TextLine> lines, int index)
    {
        const int Short = 100;
        if (lines[index].ContentEnd - lines[index].ContentStart >= Short)
        {
            return 0;
        }

        var run = 1;
        for (var i = index - 1; i >= 0 && run < 5 && !lines[i].IsBlank && lines[i].ContentEnd - lines[i].ContentStart < Short; i--)
        {
            run++;
        }

        for (var i = index + 1; i < lines.Count && run < 5 && !lines[i].IsBlank && lines[i].ContentEnd - lines[i].ContentStart < Short; i++)
        {
            run++;
        }

        return run;
    }

    private static string Place(string text, TextLine line)
    {
        var at = (double)line.ContentStart / Math.Max(1, text.Length);
        return line.ContentStart == 0 ? "first" : at < 0.1 ? "top" : at > 0.9 ? "bottom" : "middle";
    }

    /// <summary>Counts over a line's words.</summary>
    private readonly record struct Shape(int Words, int Capitalised, int Lowercase, int Digits, int CreditWords, int CaptionWords, int BoilerplateWords)
    {
        public static Shape Of(ReadOnlySpan<char> content)
        {
            int words = 0, capitalised = 0, lowercase = 0, digits = 0, credit = 0, caption = 0, boilerplate = 0;
            var lookup = CreditLexicon.GetAlternateLookup<ReadOnlySpan<char>>();
            var captionLookup = CaptionLexicon.GetAlternateLookup<ReadOnlySpan<char>>();
            var boilerplateLookup = BoilerplateLexicon.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var c in content)
            {
                digits += char.IsDigit(c) ? 1 : 0;
            }

            var i = 0;
            while (i < content.Length)
            {
                while (i < content.Length && !char.IsLetterOrDigit(content[i]))
                {
                    i++;
                }

                var start = i;
                while (i < content.Length && (char.IsLetterOrDigit(content[i]) || content[i] is '\'' or '’' or '-'))
                {
                    i++;
                }

                if (i == start)
                {
                    continue;
                }

                var word = content[start..i];
                words++;
                capitalised += char.IsUpper(word[0]) || char.IsDigit(word[0]) ? 1 : 0;
                lowercase += char.IsLower(word[0]) ? 1 : 0;
                credit += lookup.Contains(word) ? 1 : 0;
                caption += captionLookup.Contains(word) ? 1 : 0;
                boilerplate += boilerplateLookup.Contains(word) ? 1 : 0;
            }

            return new Shape(words, capitalised, lowercase, digits, credit, caption, boilerplate);
        }
    }
}

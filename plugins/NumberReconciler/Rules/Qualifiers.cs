using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Numbers;

// Qualifiers: the word before a figure, or a verb of change in its clause.
//   more than 50 → more-than · at least 60 → at-least · about 135 → approximate · up to 40 → at-most
//   fewer than 20 → less-than · rose 12 percent → up · fell 8 percent → down
//   dropped 7% to $2.3 billion: 7% down, $2.3 billion exact · rose to about 135: a level · gave up 517 yards: a particle
internal static partial class QuantityExtractor
{
    /// <summary>How far back in its clause a direction verb still governs a number ("plunged 4.28 percent to Y=28,030").</summary>
    private const int DirectionReach = 60;

    /// <summary>
    /// The qualifier of a number: a direction verb in its clause before it ("was up 19 cents", "ended down 1% at
    /// 1,463.78", "rose under 4%") wins; otherwise the qualifier written just before it ("more than 50", "up to 40").
    /// </summary>
    private static string Qualify(string text, int start)
    {
        var window = text.AsSpan(Math.Max(0, start - 30), Math.Min(30, start)).ToString();
        var match = QualifierBefore().Match(window);
        var written = match.Success ? string.Join(' ', match.Groups["q"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : "";
        if (written is not ("up to" or "at most" or "no more than" or "more than" or "over" or "at least") && Direction(text, start) is { } direction)
        {
            return direction;
        }

        if (!match.Success)
        {
            return "exact";
        }

        return written switch
        {
            "~" or "averaged" or "averaging" or "barely" => "approximate",
            "average of" => "exact",
            "more than" or "over than" or "over" or "above" or "exceeding" or "in excess of" or "upwards of" => "more-than",
            "at least" or "no fewer than" or "no less than" or "a minimum of" => "at-least",
            "up to" or "at most" or "no more than" or "a maximum of" or "as many as" => "at-most",
            "under" or "fewer than" or "less than" or "below" => "less-than",
            var q when q.StartsWith("rose", StringComparison.Ordinal) || q.StartsWith("grew", StringComparison.Ordinal) || q.StartsWith("increased", StringComparison.Ordinal)
                || q.StartsWith("climbed", StringComparison.Ordinal) || q.StartsWith("jumped", StringComparison.Ordinal) || q == "gained" || q == "up" => "up",
            var q when q.StartsWith("fell", StringComparison.Ordinal) || q.StartsWith("dropped", StringComparison.Ordinal) || q.StartsWith("declined", StringComparison.Ordinal)
                || q.StartsWith("decreased", StringComparison.Ordinal) || q == "lost" || q == "down" => "down",
            _ => "approximate",
        };
    }

    /// <summary>The last direction verb in the clause before a number, within a few words: up or down.</summary>
    private static string? Direction(string text, int start)
    {
        var from = start;
        while (from > 0 && start - from < DirectionReach && text[from - 1] is not (',' or ';' or '.' or '(' or '\n'))
        {
            from--;
        }

        Match? last = null;
        foreach (Match verb in DirectionWord().Matches(text[from..start]))
        {
            last = verb;
        }

        if (last is null)
        {
            return null;
        }

        // "rose to about 135" is the new level; in "dropped 7% to $2.3 billion" only the first figure is the change;
        // "up" and "down" alone are particles unless the figure follows them closely ("up 19 cents", not "gave up ... 517").
        var between = text.AsSpan(from + last.Index + last.Length, start - (from + last.Index + last.Length));
        var isParticle = last.Value.Equals("up", StringComparison.OrdinalIgnoreCase) || last.Value.Equals("down", StringComparison.OrdinalIgnoreCase);
        var beforeVerb = PhrasalVerb().IsMatch(text.AsSpan(Math.Max(0, from + last.Index - 12), Math.Min(12, from + last.Index)));
        var bareBaseForm = BaseForm().IsMatch(last.Value) && !between.Trim().IsEmpty && !between.Trim().Equals("by", StringComparison.OrdinalIgnoreCase);
        if (LevelAfter().IsMatch(between) || between.IndexOfAnyInRange('0', '9') >= 0 || (isParticle && (between.Count(' ') > 3 || beforeVerb)) || bareBaseForm || between is " a " or " an ")
        {
            return null; // "gave up 517 yards" is a particle; "the price increase: ... $33790" a noun; "added a 30 degree homer" an object
        }

        return last.Groups["up"].Success ? "up" : "down";
    }

    [GeneratedRegex(@"^\s(?:to|at|from|towards?)\s(?:[\p{L}]+\s){0,2}\$?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LevelAfter();

    [GeneratedRegex(@"\b(?:gave|give|gives|giving|given|turn|turns|turned|turning|trade|trades|traded|back|set|make|makes|made|break|broke|shut|cut|cuts|pick|picked|sum|summed|end|ended\sup|wind|wound|step|stepped|play|played|slow|slowed)\s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhrasalVerb();

    [GeneratedRegex(@"^(?:rise|fall|drop|climb|gain|jump|grow|increase|decrease|decline|surge|soar|sink|slide|plunge)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BaseForm();

    /// <summary>A verb or adverb of change in the clause before a number: "was up 19 cents", "plunged 4.28 percent to Y=28,030".</summary>
    [GeneratedRegex(
        @"(?<![\-\p{L}])(?:(?<up>up|rose|risen|rise|rises|rising|climbed|climb|climbs|jumped|jump|jumps|gained|gain|gains|advanced|advances|surged|surge|surging|soared|soar|rallied|added|increased|increase|increases|grew|grow|higher)|(?<down>down|fell|fall|falls|fallen|dropped|drop|drops|dropping|slid|slide|slides|slipped|lost|loses|plunged|plunge|plummeted|plummeting|sank|sink|tumbled|declined|decline|decreased|decrease|shed|eased|lower))(?![\-\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DirectionWord();

    /// <summary>A qualifier just before a number, read right to left from it.</summary>
    [GeneratedRegex(
        @"(?<q>~|averaged|averaging|average\s+of|barely|more\s+than|over\s+than|over|above|exceeding|in\s+excess\s+of|upwards\s+of|at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|about|around|some|nearly|almost|roughly|approximately|an\s+estimated|estimated|close\s+to|up\s+to|at\s+most|no\s+more\s+than|a\s+maximum\s+of|under|fewer\s+than|less\s+than|below|rose\s+by|grew\s+by|increased\s+by|climbed\s+by|jumped\s+by|rose|grew|increased|climbed|jumped|gained|fell\s+by|dropped\s+by|declined\s+by|decreased\s+by|fell|dropped|declined|decreased|lost)\s*(?:by\s+)?(?:\$|€|£)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QualifierBefore();
}

using static DocAnalysis.Plugins.Dates.WindowScan;
using static DocAnalysis.Plugins.WordText;

namespace DocAnalysis.Plugins.Dates;

/// <summary>A month and a day: where it lies and its parts (a part not written is null).</summary>
internal readonly record struct MonthDay(TextSpan Span, TextSpan Month, TextSpan Day) : IFound<MonthDay>
{
    /// <summary><c>the week of</c> before it.</summary>
    public TextSpan? WeekOf { get; init; }

    /// <summary><c>last</c>, <c>next</c>, <c>this past</c> or <c>this coming</c> before it.</summary>
    public TextSpan? Relation { get; init; }

    /// <summary>The weekday before it: <c>Tuesday</c> in <c>Tuesday, Sept. 17, 2013</c>.</summary>
    public TextSpan? Weekday { get; init; }

    /// <summary>The year after it: <c>2013</c> in <c>Sept. 17, 2013</c>.</summary>
    public TextSpan? Year { get; init; }

    public MonthDay MovedBy(int offset) => new(Move(Span, offset), Move(Month, offset), Move(Day, offset))
    {
        WeekOf = Move(WeekOf, offset),
        Relation = Move(Relation, offset),
        Weekday = Move(Weekday, offset),
        Year = Move(Year, offset),
    };
}

/// <summary>
/// Reads a month and a day: <c>Tuesday, Sept. 17, 2013</c>, <c>Sept. 17, 2013</c>, <c>17 September 2013</c>,
/// <c>September 17</c>, <c>17 September</c>, <c>last Oct. 23</c>, <c>the week of March 6</c>. At a word's start, the first
/// reading that fits, trying each part's choices in this order:
/// <list type="bullet">
/// <item><c>the week of</c>, or <c>last</c>, <c>next</c>, <c>this past</c>, <c>this coming</c> (any case), and a space; or
/// nothing;</item>
/// <item>a weekday (<c>Monday</c>, capitalised), a comma or not, and a space; or nothing;</item>
/// <item>a month (<see cref="Months.Pattern"/>: <c>January</c> … <c>December</c>, then <c>Jan</c> … <c>Dec</c> with a full stop
/// or without), a space and a day; or a day, a space and a month; a day is two digits (the first 0–3) or one, and
/// <c>st</c>, <c>nd</c>, <c>rd</c>, <c>th</c> or not;</item>
/// <item>a comma or not, a space and a year from 1600 to 2099; or nothing;</item>
/// <item>and no letter or digit after it.</item>
/// </list>
/// The grammar of the pattern the date normaliser read it with until that pattern's matcher cost the JIT more at tier
/// 1 than the plug-in spent matching; the tests hold the reader to that pattern, in windows as the rules run.
/// </summary>
internal static class MonthDays
{
    private static readonly string[] FullMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] ShortMonths = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"];

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] WeekOf = ["the", "week", "of"];

    private static readonly string[][] Relations = [["last"], ["next"], ["this", "past"], ["this", "coming"]];

    /// <summary>The months and days in <paramref name="window"/> of <paramref name="text"/>, leftmost first; the window is all they see.</summary>
    public static IEnumerable<MonthDay> In(string text, TextSpan window) => WindowScan.In<MonthDay>(text, window, At);

    private static MonthDay? At(ReadOnlySpan<char> text, int start)
    {
        if (start >= text.Length || !IsWordChar(text[start]) || (start > 0 && IsWordChar(text[start - 1])))
        {
            return null; // \b, then a letter or a digit
        }

        Span<(int End, TextSpan? WeekOf, TextSpan? Relation)> prefixes = stackalloc (int, TextSpan?, TextSpan?)[2];
        var count = 0;
        if (Words(text, start, WeekOf) is { } weekOfEnd && IsSpace(text, weekOfEnd))
        {
            prefixes[count++] = (weekOfEnd + 1, TextSpan.FromBounds(start, weekOfEnd), null);
        }
        else
        {
            foreach (var relation in Relations)
            {
                if (Words(text, start, relation) is { } end && IsSpace(text, end))
                {
                    prefixes[count++] = (end + 1, null, TextSpan.FromBounds(start, end));
                    break;
                }
            }
        }

        prefixes[count++] = (start, null, null);
        foreach (var (afterPrefix, weekOf, relation) in prefixes[..count])
        {
            if (AfterPrefix(text, start, afterPrefix) is { } found)
            {
                return found with { WeekOf = weekOf, Relation = relation };
            }
        }

        return null;
    }

    private static MonthDay? AfterPrefix(ReadOnlySpan<char> text, int start, int position)
    {
        foreach (var weekday in Weekdays)
        {
            if (text[position..].StartsWith(weekday, StringComparison.Ordinal))
            {
                var end = position + weekday.Length;
                var space = end < text.Length && text[end] == ',' ? end + 1 : end;
                if (IsSpace(text, space) && Date(text, start, space + 1) is { } withWeekday)
                {
                    return withWeekday with { Weekday = TextSpan.FromBounds(position, end) };
                }
            }
        }

        return Date(text, start, position);
    }

    /// <summary>Month, space, day, or day, space, month; then the year or not; then no letter or digit.</summary>
    private static MonthDay? Date(ReadOnlySpan<char> text, int start, int position)
    {
        Span<int> months = stackalloc int[MostEnds];
        Span<int> days = stackalloc int[MostEnds];
        foreach (var month in months[..MonthEnds(text, position, months)])
        {
            if (IsSpace(text, month))
            {
                foreach (var day in days[..DayEnds(text, month + 1, days)])
                {
                    if (YearAndEnd(text, day) is { } end)
                    {
                        return new MonthDay(TextSpan.FromBounds(start, end.End), TextSpan.FromBounds(position, month), DaySpan(text, month + 1, day)) { Year = end.Year };
                    }
                }
            }
        }

        foreach (var day in days[..DayEnds(text, position, days)])
        {
            if (IsSpace(text, day))
            {
                foreach (var month in months[..MonthEnds(text, day + 1, months)])
                {
                    if (YearAndEnd(text, month) is { } end)
                    {
                        return new MonthDay(TextSpan.FromBounds(start, end.End), TextSpan.FromBounds(day + 1, month), DaySpan(text, position, day)) { Year = end.Year };
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The day's digits, without the ordinal's letters.</summary>
    private static TextSpan DaySpan(ReadOnlySpan<char> text, int start, int end) =>
        TextSpan.FromBounds(start, end - start >= 2 && char.IsAsciiLetter(text[end - 1]) ? end - 2 : end);

    /// <summary>The most ends <see cref="MonthEnds"/> or <see cref="DayEnds"/> gives: a full month and an abbreviation with and without its stop; two digits and one, each with an ordinal and without.</summary>
    private const int MostEnds = 4;

    /// <summary>Where each month that starts at <paramref name="position"/> could end, in the pattern's order of trying; how many.</summary>
    private static int MonthEnds(ReadOnlySpan<char> text, int position, Span<int> ends)
    {
        var count = 0;
        var rest = text[position..];
        foreach (var month in FullMonths)
        {
            if (rest.StartsWith(month, StringComparison.Ordinal))
            {
                ends[count++] = position + month.Length;
            }
        }

        foreach (var month in ShortMonths)
        {
            if (rest.StartsWith(month, StringComparison.Ordinal))
            {
                var end = position + month.Length;
                if (end < text.Length && text[end] == '.')
                {
                    ends[count++] = end + 1;
                }

                ends[count++] = end;
            }
        }

        return count;
    }

    /// <summary>Where a day that starts at <paramref name="position"/> could end, in the pattern's order of trying; how many.</summary>
    private static int DayEnds(ReadOnlySpan<char> text, int position, Span<int> ends)
    {
        var count = 0;
        if (position + 1 < text.Length && text[position] is >= '0' and <= '3' && char.IsAsciiDigit(text[position + 1]))
        {
            count = WithOrdinal(text, position + 2, ends, count);
        }

        if (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            count = WithOrdinal(text, position + 1, ends, count);
        }

        return count;
    }

    private static int WithOrdinal(ReadOnlySpan<char> text, int end, Span<int> ends, int count)
    {
        if (end + 1 < text.Length && text.Slice(end, 2) is "st" or "nd" or "rd" or "th")
        {
            ends[count++] = end + 2;
        }

        ends[count++] = end;
        return count;
    }

    /// <summary>A comma or not, a space and a year, or nothing; then no letter or digit: where the date ends and its year.</summary>
    private static (int End, TextSpan? Year)? YearAndEnd(ReadOnlySpan<char> text, int position)
    {
        var space = position < text.Length && text[position] == ',' ? position + 1 : position;
        var year = space + 1;
        if (IsSpace(text, space) && year + 4 <= text.Length && text.Slice(year, 4) is [var a, var b, var c, var d]
            && ((a == '1' && b is >= '6' and <= '9') || (a == '2' && b == '0')) && char.IsAsciiDigit(c) && char.IsAsciiDigit(d)
            && EndsHere(text, year + 4))
        {
            return (year + 4, new TextSpan(year, 4));
        }

        return EndsHere(text, position) ? (position, null) : null;
    }

    /// <summary>No letter or digit at <paramref name="position"/> (<c>(?![\p{L}\d])</c>).</summary>
    private static bool EndsHere(ReadOnlySpan<char> text, int position) =>
        position >= text.Length || !(char.IsLetter(text[position]) || char.IsDigit(text[position]));

    /// <summary>
    /// Where <paramref name="words"/> (lower case), parted by single spaces, end when they start at
    /// <paramref name="position"/>, case ignored (<see cref="WordText.Fold"/>); else null. Unlike
    /// <see cref="WordText.Is"/>, the last word need not end there (the pattern's words before a date need a space after
    /// them, which the caller asks for).
    /// </summary>
    private static int? Words(ReadOnlySpan<char> text, int position, string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0 && !IsSpace(text, position++))
            {
                return null;
            }

            var word = words[i];
            if (position + word.Length > text.Length)
            {
                return null;
            }

            for (var j = 0; j < word.Length; j++)
            {
                if (Fold(text[position + j]) != word[j])
                {
                    return null;
                }
            }

            position += word.Length;
        }

        return position;
    }
}

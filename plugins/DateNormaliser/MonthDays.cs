using static DocAnalysis.Plugins.Dates.WindowScan;
using static DocAnalysis.WordReader;

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

    /// <summary>The words before a date, in the pattern's order of trying: <c>the week of</c>, then the relations.</summary>
    private static readonly string[] Prefixes = ["the week of", "last", "next", "this past", "this coming"];

    /// <summary>The months and days in <paramref name="window"/> of <paramref name="text"/>, leftmost first; the window is all they see.</summary>
    public static IEnumerable<MonthDay> In(string text, TextSpan window) => WindowScan.In<MonthDay>(text, window, At);

    private static MonthDay? At(ReadOnlySpan<char> text, int start)
    {
        if (start >= text.Length || !IsWordCharacter(text[start]) || (start > 0 && IsWordCharacter(text[start - 1])))
        {
            return null; // \b, then a letter or a digit
        }

        foreach (var prefix in Prefixes)
        {
            if (IsPhrase(text, start, prefix, out var end) && IsSpace(text, end))
            {
                // At most one prefix stands at a position; the date after it, or the date without it.
                if (AfterPrefix(text, start, end + 1) is { } found)
                {
                    var words = TextSpan.FromBounds(start, end);
                    return prefix == Prefixes[0] ? found with { WeekOf = words } : found with { Relation = words };
                }

                break;
            }
        }

        return AfterPrefix(text, start, start);
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
    private static MonthDay? Date(ReadOnlySpan<char> text, int start, int position) =>
        Date(text, start, position, monthFirst: true) ?? Date(text, start, position, monthFirst: false);

    private static MonthDay? Date(ReadOnlySpan<char> text, int start, int position, bool monthFirst)
    {
        Span<int> firsts = stackalloc int[MostEnds];
        Span<int> seconds = stackalloc int[MostEnds];
        foreach (var first in firsts[..Ends(text, position, firsts, month: monthFirst)])
        {
            if (!IsSpace(text, first))
            {
                continue;
            }

            foreach (var second in seconds[..Ends(text, first + 1, seconds, month: !monthFirst)])
            {
                if (YearAndEnd(text, second) is { } end)
                {
                    var (month, day) = monthFirst
                        ? (TextSpan.FromBounds(position, first), DaySpan(text, first + 1, second))
                        : (TextSpan.FromBounds(first + 1, second), DaySpan(text, position, first));
                    return new MonthDay(TextSpan.FromBounds(start, end.End), month, day) { Year = end.Year };
                }
            }
        }

        return null;
    }

    private static int Ends(ReadOnlySpan<char> text, int position, Span<int> ends, bool month) =>
        month ? MonthEnds(text, position, ends) : DayEnds(text, position, ends);

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
}

using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Numbers;

// Shared units: a bare figure coordinated with a later one takes its unit.
//   280 million of the 1.5 billion shekels · four-, five- and six-cylinder engines · from about 14-18 mpg to 24
internal static partial class QuantityExtractor
{
    /// <summary>
    /// A bare number coordinated with a later one shares its unit: <c>280 million of the 1.5 billion shekels</c>,
    /// <c>four-, five- and six-cylinder engines</c>, <c>two or three goals</c> that did not join as a range; the end of
    /// a change from a figure with its unit shares that unit: <c>from about 14-18 mpg to 24</c>.
    /// </summary>
    private static List<Quantity> ShareUnits(string text, List<Quantity> found)
    {
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var (quantity, next) = (found[i], found[i + 1]);
            if (quantity.Unit is null && next.Unit is not null && next.Span.Start >= quantity.Span.End
                && SharedUnitJoint().IsMatch(text.AsSpan(quantity.Span.End, next.Span.Start - quantity.Span.End)))
            {
                found[i] = quantity with { Unit = next.Unit, UnitText = next.UnitText };
            }
        }

        for (var i = 1; i < found.Count; i++)
        {
            var (previous, quantity) = (found[i - 1], found[i]);
            if (quantity.Unit is null && previous.Unit is not null && GapAfterUnit(text, previous, quantity) is " to "
                && RangeOpener().IsMatch(text.AsSpan(Math.Max(0, previous.Span.Start - 12), Math.Min(12, previous.Span.Start))))
            {
                found[i] = quantity with { Unit = previous.Unit, UnitText = previous.UnitText }; // "from about 14-18 mpg to 24"
            }
        }

        return found;
    }

    [GeneratedRegex(@"^(?:-,\s|-?\s(?:and|or)\s|\sof\s(?:the\s)?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SharedUnitJoint();
}

namespace DocAnalysis.Plugins.Numbers;

// Conversions: a figure restated in parentheses keeps the figure's qualifier.
//   just under 296 hp (224 kW / 300 PS) → three less-than
internal static partial class QuantityExtractor
{
    /// <summary>
    /// A conversion in parentheses says the same figure again, so it keeps the figure's qualifier:
    /// <c>just under 296 hp (224 kW / 300 PS)</c>, <c>dropped by 1 to 1.5 degrees Celsius (1.8 to 2.7 Fahrenheit)</c>.
    /// </summary>
    private static List<Quantity> InheritIntoConversions(string text, List<Quantity> found)
    {
        var inParentheses = false;
        for (var i = 1; i < found.Count; i++)
        {
            var (before, quantity) = (found[i - 1], found[i]);
            var gap = GapAfterUnit(text, before, quantity).Trim();
            inParentheses = gap is "(" || (inParentheses && gap is "/");
            if (inParentheses && before.Qualifier != "exact" && quantity.Qualifier == "exact")
            {
                found[i] = quantity with { Qualifier = before.Qualifier };
            }
        }

        return found;
    }
}

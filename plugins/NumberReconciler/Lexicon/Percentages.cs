namespace DocAnalysis.Plugins.Numbers;

/// <summary>Shares and ratios: percent in every written form, percentage and basis points, parts per million.</summary>
internal static class Percentages
{
    public static UnitFamily Family { get; } = new("percentages and ratios", "a share of a whole or a difference of shares",
    [
        new("percentage", ["%", "percent", "per cent", "pc", "percentage", "percentages"], "Turnout fell to [|61 per cent|] in the north."),
        new("percentage point", ["percentage point", "percentage points", "pp", "ppt", "ppts"], "The bank raised its rate by [|0.5|] percentage points."),
        new("basis point", ["basis point", "basis points", "bp", "bps"], "Yields rose [|12|] basis points on Friday."),
        new("parts-per-million", ["ppm", "parts per million"], "Carbon dioxide reached [|417|] ppm at Mauna Loa."),
        new("parts-per-billion", ["ppb", "parts per billion"], "The wells held [|70|] ppb of the chemical."),
        new("count", ["times", "fold"], "Sales were [|three|] times higher than forecast."),
    ]);
}

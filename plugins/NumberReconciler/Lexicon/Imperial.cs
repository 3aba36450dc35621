namespace DocAnalysis.Plugins.Numbers;

/// <summary>Imperial and US customary units by name and abbreviation, the rates built on them, torque, power and sound.</summary>
internal static class Imperial
{
    public static UnitFamily Family { get; } = new("imperial and US customary", "lengths, areas, volumes, weights and their rates",
    [
        new("inch", ["inch", "inches", "in", "in.", "″", "\""], "The screen measures [|6.1|] inches across."),
        new("foot", ["foot", "feet", "ft", "′", "'"], "The wave was [|30|] feet high."),
        new("yard", ["yard", "yards", "yd", "yds"], "He ran for [|517|] yards this season."),
        new("mile", ["mile", "miles", "mi"], "The convoy drove [|40|] miles north."),
        new("square foot", ["square foot", "square feet", "sq ft", "sq. ft.", "sqft"], "The flat has [|2,000|] square feet of floor."),
        new("square mile", ["square mile", "square miles", "sq mi"], "The fire covers [|90|] square miles."),
        new("cubic foot", ["cubic foot", "cubic feet", "cu ft"], "The plant moves [|5 billion|] cubic feet of gas."),
        new("acre", ["acre", "acres"], "The farm spans [|300|] acres."),
        new("ounce", ["ounce", "ounces", "oz", "fluid ounce", "fluid ounces", "fl oz"], "The bar weighs [|400|] ounces."),
        new("pound-mass", ["pound", "pounds", "lb", "lbs"], "The fish weighed [|208|] pounds."),
        new("ton", ["ton", "tons", "short ton", "short tons"], "The bridge can bear [|40|] tons."),
        new("stone", ["stone"], "He lost [|three|] stone in a year."),
        new("gallon", ["gallon", "gallons", "gal"], "The tank holds [|15|] gallons."),
        new("pint", ["pint", "pints"], "A glass holds [|one|] pint."),
        new("quart", ["quart", "quarts", "qt"], "Add [|2|] quarts of water."),
        new("cup", ["cup", "cups"], "Stir in [|2|] cups of flour."),
        new("tablespoon", ["tablespoon", "tablespoons", "tbsp"], "Add [|3|] tablespoons of butter."),
        new("teaspoon", ["teaspoon", "teaspoons", "tsp"], "Add [|two|] teaspoons of salt."),
        new("barrel", ["barrel", "barrels", "bbl"], "The field pumps [|2 million|] barrels each week."),
        new("mile per hour", ["mph", "miles per hour", "mile per hour"], "The storm reached [|155|] mph."),
        new("mile per gallon", ["mpg", "miles per gallon", "mile per gallon"], "The car manages [|52|] mpg."),
        new("knot", ["knot", "knots"], "The ship sailed at [|12|] knots."),
        new("horsepower", ["horsepower", "hp"], "The engine makes [|296|] hp.", ["PS"]),
        new("brake horsepower", ["bhp", "brake horsepower"], "The car has [|300|] bhp."),
        new("pound-foot", ["pound-foot", "pound-feet", "lb-ft", "lb ft"], "The motor gives [|275|] pound-feet of torque."),
        new("revolutions per minute", ["rpm", "revolutions per minute"], "Peak torque comes at [|3000|] rpm."),
        new("decibel", ["decibel", "decibels", "db"], "The siren sounds at [|120|] decibels.", ["dB"]),
    ]);
}

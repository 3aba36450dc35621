namespace DocAnalysis.Plugins.Numbers;

/// <summary>Temperatures on the two scales news uses, with the degree sign, the letter or the name, and their common misspellings.</summary>
internal static class Temperature
{
    public static UnitFamily Family { get; } = new("temperature", "a temperature scale, or a bare degree",
    [
        new("celsius", ["celsius", "°c", "c", "degrees celsius", "degree celsius", "degrees c", "degree c", "deg c", "deg celsius", "centigrade", "degrees centigrade", "celcius", "degrees celcius"],
            "Temperatures reached [|41|] degrees Celsius in Seville."),
        new("fahrenheit", ["fahrenheit", "°f", "f", "degrees fahrenheit", "degree fahrenheit", "degrees f", "degree f", "deg f", "deg fahrenheit", "farenheit", "degrees farenheit"],
            "The thermometer read [|98.6|] degrees F at noon."),
        new("degree", ["degree", "degrees", "°", "deg", "deg."], "The slope rises at [|30|] degrees."),
    ]);
}

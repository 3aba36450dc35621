namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// Money: a currency by its sign or code before the figure (<see cref="Marks"/>), by its ISO 4217 code after it (in
/// capitals only), or by its name, with the country's adjective where a bare name is shared (<c>Swedish crowns</c>);
/// the minor units. <c>PS</c> and <c>Y=</c> are how wire copy transcodes £ and ¥. A bare <c>R</c> is the rand only before
/// a figure shaped as money (<c>R1,200</c>, <c>R3.5bn</c>, <c>R50 million</c>), not in names and models (<c>R2</c>, <c>R5</c>).
/// </summary>
internal static class Currencies
{
    /// <summary>Currency marks before a number, longest first, with their currency.</summary>
    public static readonly (string Mark, string Currency)[] Marks =
    [
        ("US $", "dollar"), ("HK $", "hong kong dollar"), ("US$", "dollar"), ("$US", "dollar"), ("USD", "dollar"), ("A$", "australian dollar"), ("$A", "australian dollar"), ("AU$", "australian dollar"),
        ("Mex$", "mexican peso"), ("MX$", "mexican peso"), ("NT$", "new taiwan dollar"), ("R$", "brazilian real"),
        ("C$", "canadian dollar"), ("NZ$", "new zealand dollar"), ("HK$", "hong kong dollar"), ("S$", "singapore dollar"), ("RM", "malaysian ringgit"),
        ("Rs.", "indian rupee"), ("Rs", "indian rupee"), ("EUR", "euro"), ("GBP", "pound sterling"), ("JPY", "japanese yen"), ("CHF", "swiss franc"),
        ("Y=", "japanese yen"), ("PS", "pound sterling"),
        ("R", "south african rand"),
        ("$", "dollar"), ("€", "euro"), ("£", "pound sterling"), ("¥", "japanese yen"), ("₹", "indian rupee"), ("₪", "shekel"), ("₩", "south korean won"), ("₽", "russian ruble"),
    ];

    public static UnitFamily Family { get; } = new("currencies", "money, by sign, ISO code or name",
    [
        new("dollar", ["dollar", "dollars", "US dollar", "US dollars", "U.S. dollar", "U.S. dollars"], "The fund raised [|40 million|] US dollars.", ["USD"]),
        new("australian dollar", ["Australian dollar", "Australian dollars"], "The mine sold for [|2 billion|] Australian dollars.", ["AUD"]),
        new("canadian dollar", ["Canadian dollar", "Canadian dollars"], "Ottawa pledged [|500 million|] Canadian dollars.", ["CAD"]),
        new("hong kong dollar", ["Hong Kong dollar", "Hong Kong dollars"], "The flat fetched [|88 million|] Hong Kong dollars.", ["HKD"]),
        new("new zealand dollar", ["New Zealand dollar", "New Zealand dollars"], "Farmers lost [|300 million|] New Zealand dollars.", ["NZD"]),
        new("singapore dollar", ["Singapore dollar", "Singapore dollars"], "The bank earned [|1.2 billion|] Singapore dollars.", ["SGD"]),
        new("new taiwan dollar", ["New Taiwan dollar", "New Taiwan dollars", "Taiwan dollar", "Taiwan dollars"], "TSMC will spend [|NT$100 billion|] on the plant.", ["TWD"]),
        new("euro", ["euro", "euros"], "The club paid [|80 million|] euros for him.", ["EUR"]),
        new("pound sterling", ["pound sterling", "pounds sterling", "sterling", "British pound", "British pounds"], "The estate was valued at [|3 million|] pounds sterling.", ["GBP"]),
        new("japanese yen", ["yen", "Japanese yen"], "The robot costs [|1.98 million|] yen.", ["JPY"]),
        new("chinese yuan", ["yuan", "renminbi", "Chinese yuan"], "Beijing set aside [|4 trillion|] yuan.", ["CNY", "RMB"]),
        new("indian rupee", ["rupee", "rupees", "Indian rupee", "Indian rupees"], "The ticket costs [|500|] rupees.", ["INR"]),
        new("malaysian ringgit", ["ringgit", "Malaysian ringgit"], "The bridge cost [|1.5 billion|] ringgit.", ["MYR"]),
        new("swiss franc", ["Swiss franc", "Swiss francs"], "The watch sold for [|2.5 million|] Swiss francs.", ["CHF"]),
        new("franc", ["franc", "francs"], "The fine was [|10,000|] francs.", ["XOF", "XAF"]),
        new("danish krone", ["krone", "kroner", "Danish krone", "Danish kroner", "Danish crowns"], "The court fined the firm [|4 million|] Danish crowns.", ["DKK"]),
        new("norwegian krone", ["Norwegian krone", "Norwegian kroner", "Norwegian crowns"], "Oslo added [|60 billion|] Norwegian crowns.", ["NOK"]),
        new("swedish krona", ["krona", "kronor", "Swedish krona", "Swedish kronor", "Swedish crowns"], "The court fined the bank [|2 million|] Swedish crowns.", ["SEK"]),
        new("czech koruna", ["koruna", "Czech koruna", "Czech crowns"], "Prague spent [|7 billion|] Czech crowns.", ["CZK"]),
        new("mexican peso", ["peso", "pesos", "Mexican peso", "Mexican pesos"], "The wall would cost [|50 billion|] pesos.", ["MXN"]),
        new("brazilian real", ["Brazilian real", "Brazilian reais", "reais"], "Petrobras paid [|3 billion|] reais.", ["BRL"]),
        new("south african rand", ["rand", "South African rand"], "Eskom needs [|20 billion|] rand.", ["ZAR"]),
        new("russian ruble", ["ruble", "rubles", "rouble", "roubles", "Russian ruble", "Russian roubles"], "The bridge cost [|228 billion|] roubles.", ["RUB"]),
        new("south korean won", ["South Korean won", "Korean won"], "Samsung earned [|9 trillion|] Korean won.", ["KRW"]),
        new("turkish lira", ["lira", "liras", "Turkish lira", "Turkish liras"], "Bread rose to [|5|] lira.", ["TRY"]),
        new("shekel", ["shekel", "shekels", "new shekels"], "The state will pay [|280 million|] shekels.", ["ILS", "NIS"]),
        new("bitcoin", ["bitcoin", "bitcoins"], "The wallet held [|1,200|] bitcoins.", ["BTC"]),
        new("cent", ["cent", "cents", "¢"], "Shares closed up [|19|] cents."),
        new("penny", ["penny", "pence"], "A stamp now costs [|85|] pence."),
        new("sen", ["sen"], "The stock added [|12|] sen to RM4.10."),
        new("point", ["p"], "Unite Group fell [|68|] p in early trade."), // a London share price in pence, which NewsQuant names point
    ]);
}

namespace DocAnalysis.Plugins.Numbers;

/// <summary>How two mentions were found to state one fact.</summary>
internal enum LinkKind
{
    /// <summary>The second restates the first in another unit, in parentheses.</summary>
    Conversion,

    /// <summary>The same value of the same thing, said again in another sentence.</summary>
    Restatement,

    /// <summary>Two tolls of the same event.</summary>
    Toll,

    /// <summary>The first replaces an earlier figure it names (<c>$42 a share, up from the earlier $20</c>).</summary>
    Revision,

    /// <summary>The second replaces the first, which the text calls initial (<c>initially 10, has risen to 12</c>).</summary>
    Update,
}

internal readonly record struct Link(int First, int Second, LinkKind Kind);

/// <summary>
/// The families of evidence that two mentions state the same fact, in the order they are tried (the first that holds
/// links the pair). A unit alone is never evidence: a 51% stake and a 25% ownership, a price and a loss in yen, the
/// deaths of two attacks are different facts. Each family is a file of this folder with its examples (Conversion.cs,
/// Revision.cs, Update.cs, Toll.cs, Restatement.cs); the table is <see cref="Families"/>.
/// </summary>
internal static partial class Links
{
    /// <summary>The families, in order.</summary>
    public static readonly (string Name, LinkKind Kind, Func<TextLayer, Mention, Mention, double, bool> Holds)[] Families =
    [
        ("conversion", LinkKind.Conversion, Conversion),
        ("revision", LinkKind.Revision, Revision),
        ("update", LinkKind.Update, Update),
        ("toll", LinkKind.Toll, Toll),
        ("restatement", LinkKind.Restatement, Restatement),
    ];
}

namespace DocAnalysis.Plugins.Numbers;

/// <summary>One mention in a group, with who gave it and when, where the text says.</summary>
internal sealed record Member(Quantity Quantity, string? Source, string? Time, bool Updates);

/// <summary>Mentions that count the same thing, and whether they agree.</summary>
internal sealed record QuantityGroup(string Measure, IReadOnlyList<Member> Members, double Low, double High, string Status, string Explanation);

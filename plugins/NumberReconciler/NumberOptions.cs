namespace DocAnalysis.Plugins.Numbers;

/// <summary>Options of the number reconciler.</summary>
public sealed class NumberOptions
{
    /// <summary>How far an approximate figure may be from the true one, as a share of it: <c>about 135</c> is 135 ± 5%.</summary>
    public double ApproximateTolerance { get; set; } = 0.05;
}

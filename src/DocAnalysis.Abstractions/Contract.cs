namespace DocAnalysis;

/// <summary>The version of this contract, and which plugin builds it accepts.</summary>
public static class Contract
{
    /// <summary>The contract version of this assembly. A plugin records the version it was built against as the version of its reference to this assembly.</summary>
    public static Version Version { get; } = typeof(Contract).Assembly.GetName().Version ?? new Version(0, 0);

    /// <summary>A plugin built against <paramref name="builtAgainst"/> runs on a host of <paramref name="host"/> when the major versions agree and the host is not older.</summary>
    public static bool IsCompatible(Version builtAgainst, Version host)
    {
        ArgumentNullException.ThrowIfNull(builtAgainst);
        ArgumentNullException.ThrowIfNull(host);
        return builtAgainst.Major == host.Major && builtAgainst.Minor <= host.Minor;
    }
}

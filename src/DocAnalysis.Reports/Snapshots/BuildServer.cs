namespace DocAnalysis.Reports.Snapshots;

/// <summary>Tells whether the process runs on a build server, where snapshots are never accepted automatically.</summary>
public static class BuildServer
{
    private static readonly string[] Variables = ["CI", "TF_BUILD", "GITHUB_ACTIONS", "GITLAB_CI", "JENKINS_URL", "TEAMCITY_VERSION", "BUILDKITE", "APPVEYOR"];

    /// <summary>True when a well-known build server variable is set (and <c>CI</c> is not <c>false</c>).</summary>
    public static bool IsDetected => Variables.Any(v => Environment.GetEnvironmentVariable(v) is { Length: > 0 } value && !value.Equals("false", StringComparison.OrdinalIgnoreCase));
}

using DocAnalysis.Host.Plugins;

namespace DocAnalysis.Host.Pipeline;

/// <summary>
/// Orders analysers so that every analyser runs after those providing what it requires or uses, and refuses a
/// set that cannot be ordered. Ties are broken by the configured order, then by id, so the order never depends on
/// how plugins happened to be found.
/// </summary>
internal static class PipelinePlanner
{
    /// <summary>Checks and orders the analysers; throws <see cref="PipelineException"/> naming every problem.</summary>
    public static IReadOnlyList<AnalyserRegistration> Plan(IEnumerable<AnalyserRegistration> analysers, IReadOnlyList<string>? orderHints = null)
    {
        var all = analysers.ToList();
        var problems = new List<string>();
        foreach (var duplicate in all.GroupBy(a => a.Descriptor.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"the id '{duplicate.Key}' is used by {duplicate.Count()} analysers ({string.Join(", ", duplicate.Select(Origin))}); ids must be unique");
        }

        if (problems.Count > 0)
        {
            throw new PipelineException(problems);
        }

        var providers = all
            .SelectMany(a => a.Descriptor.Provides.Select(p => (Capability: p, Analyser: a)))
            .ToLookup(x => x.Capability, x => x.Analyser, StringComparer.Ordinal);
        var after = all.ToDictionary(a => a, _ => new HashSet<AnalyserRegistration>());
        foreach (var analyser in all)
        {
            foreach (var requirement in analyser.Descriptor.Requires)
            {
                var found = providers[requirement].Where(p => p != analyser).ToList();
                if (found.Count == 0)
                {
                    problems.Add($"'{analyser.Descriptor.Id}' requires '{requirement}', which no loaded analyser provides; add the plugin that provides it or disable '{analyser.Descriptor.Id}'");
                }

                after[analyser].UnionWith(found);
            }

            foreach (var optional in analyser.Descriptor.Uses)
            {
                after[analyser].UnionWith(providers[optional].Where(p => p != analyser));
            }
        }

        if (problems.Count > 0)
        {
            throw new PipelineException(problems);
        }

        var hints = (orderHints ?? []).Select((id, index) => (id, index)).DistinctBy(h => h.id).ToDictionary(h => h.id, h => h.index, StringComparer.Ordinal);
        var rank = all.ToDictionary(a => a, a => hints.GetValueOrDefault(a.Descriptor.Id, int.MaxValue));
        var ready = new PriorityQueue<AnalyserRegistration, (int, string)>();
        var waiting = after.ToDictionary(kv => kv.Key, kv => kv.Value.Count);
        foreach (var analyser in all.Where(a => waiting[a] == 0))
        {
            ready.Enqueue(analyser, (rank[analyser], analyser.Descriptor.Id));
        }

        var ordered = new List<AnalyserRegistration>(all.Count);
        while (ready.TryDequeue(out var next, out _))
        {
            ordered.Add(next);
            foreach (var dependant in all.Where(a => after[a].Contains(next)))
            {
                if (--waiting[dependant] == 0)
                {
                    ready.Enqueue(dependant, (rank[dependant], dependant.Descriptor.Id));
                }
            }
        }

        if (ordered.Count < all.Count)
        {
            var stuck = all.Where(a => !ordered.Contains(a)).ToList();
            throw new PipelineException([$"the analysers {DescribeCycle(stuck, after)} depend on each other in a cycle; none of them can run first"]);
        }

        return ordered;
    }

    private static string Origin(AnalyserRegistration a) => a.Plugin is { IsInProcess: false } plugin ? $"{plugin.Name} in {plugin.Folder}" : a.Analyser.GetType().FullName ?? "?";

    private static string DescribeCycle(List<AnalyserRegistration> stuck, Dictionary<AnalyserRegistration, HashSet<AnalyserRegistration>> after)
    {
        // Walk back along "runs after" edges from a stuck analyser until one repeats: that loop is the cycle.
        var path = new List<AnalyserRegistration>();
        var current = stuck.OrderBy(a => a.Descriptor.Id, StringComparer.Ordinal).First();
        while (!path.Contains(current))
        {
            path.Add(current);
            current = after[current].Where(stuck.Contains).OrderBy(a => a.Descriptor.Id, StringComparer.Ordinal).First();
        }

        var cycle = path.Skip(path.IndexOf(current)).Append(current).Reverse().Select(a => $"'{a.Descriptor.Id}'");
        return string.Join(" → ", cycle);
    }
}

namespace DocAnalysis.Host.Pipeline;

/// <summary>What a worker process needs to hear from the pipeline: which analyser is running, and which call would not stop.</summary>
internal interface IPipelineObserver
{
    /// <summary>How the diagnostic of a call that would not stop ends, in words a user understands.</summary>
    string AbandonedNote { get; }

    /// <summary>An analyser's call on the document is about to start.</summary>
    void Calling(string analyser);

    /// <summary>A timed-out call did not stop when cancelled; its thread may still be running.</summary>
    void Abandoned(string analyser);
}

namespace DocAnalysis.Plugins.Attributions;

/// <summary>Closed word classes the rules need: pronouns, words that may stand between a source and its cue, role nouns, organisation words.</summary>
internal static class WordClasses
{
    public static readonly HashSet<string> PersonPronouns = new(StringComparer.Ordinal) { "he", "she" };

    public static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "they", "it", "we", "i", "you" };

    /// <summary>Relative pronouns that stand as the source, as PolNeAR marks it: "Tim Kaine, who said ...".</summary>
    public static readonly HashSet<string> RelativePronouns = new(StringComparer.Ordinal) { "who", "which" };

    /// <summary>Auxiliaries and forms of "be" and "have": after a name they make it the subject of a clause.</summary>
    public static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "should", "may", "might", "must", "did", "does", "didn't", "doesn't", "won't", "wouldn't", "isn't", "wasn't",
    };

    /// <summary>Auxiliaries (the tokeniser splits off <c>n't</c>) and adverbs that may stand between a source and its cue: "Lavrov also said", "the ministry later confirmed".</summary>
    public static readonly HashSet<string> Interveners = new(
        Auxiliaries.Where(a => !a.Contains('\'', StringComparison.Ordinal)).Concat(
        [
            "do", "not", "n't", "been", "be", "being",
            "also", "later", "then", "further", "previously", "earlier", "repeatedly", "once", "reportedly", "recently", "again", "even", "never", "already", "publicly", "privately", "often",
            "still", "now", "just", "all", "both", "only", "long", "always", "ever", "first", "initially", "originally", "quickly", "immediately", "swiftly", "since",
        ]),
        StringComparer.Ordinal);

    /// <summary>The verbs of saying whose cue reaches back over auxiliaries and adverbs only: "has also said", not "statement said".</summary>
    public static readonly HashSet<string> SayingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "wrote", "writes", "stated", "states", "announced", "announces", "declared", "explained", "noted", "insisted", "claimed", "argued", "warned",
    };

    /// <summary>Adverbs that open a sentence before a comma: "Meanwhile, a well-informed source told".</summary>
    public static readonly HashSet<string> SentenceAdverbs = new(StringComparer.Ordinal)
    {
        "meanwhile", "however", "still", "moreover", "instead", "also", "now", "then", "separately", "similarly", "earlier", "later", "indeed", "yet",
    };

    /// <summary>Lower-case words that belong in a source: determiners, role nouns, groups.</summary>
    public static readonly HashSet<string> SourceWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "other", "some", "many", "several", "his", "her", "their", "its", "of", "for", "and", "'s", "’s", "former", "senior", "top", "chief", "deputy", "acting",
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "minister", "ministry", "official", "officials", "source", "sources", "statement", "report", "reports", "media",
        "president", "secretary", "director", "head", "leader", "leaders", "aide", "aides", "adviser", "advisers", "advisor", "analyst", "analysts", "experts", "expert", "police",
        "government", "campaign", "agency", "department", "office", "spokesmen", "officer", "officers", "authorities", "residents", "witnesses", "lawmakers", "senator", "governor",
        "candidate", "nominee", "chairman", "chairwoman", "ceo", "founder", "researchers", "study", "survey", "poll", "polls", "data", "documents", "critics", "supporters", "voters",
        "members", "people", "group", "outlet", "news", "newspaper", "website", "well-informed", "military", "army", "command", "embassy", "administration", "company", "firm",
    };

    /// <summary>Words that open a sentence capitalised and are no part of the name after them: <c>But Sanders</c>, <c>The Cincinnatian</c>, <c>For Clinton</c>.</summary>
    public static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "these", "those", "some", "many", "most", "several", "every", "each",
        "when", "since", "after", "before", "while", "if", "as", "but", "and", "or", "so", "yet",
        "for", "plus", "like", "unlike", "with", "without", "despite", "although", "though", "because", "unless", "until",
    };

    /// <summary>The <see cref="SentenceOpeners"/> that stand for people as a subject: <c>Some argue</c>, <c>Many said</c>, <c>Those who</c>.</summary>
    public static readonly HashSet<string> PeopleDeterminers = new(StringComparer.Ordinal)
    {
        "this", "that", "these", "those", "some", "many", "most", "several", "every", "each",
    };

    /// <summary>
    /// Words that name nobody, beside <see cref="Prepositions"/> and <see cref="SentenceAdverbs"/>: the
    /// <see cref="SentenceOpeners"/> but <see cref="PeopleDeterminers"/> (articles, conjunctions, subordinators) and
    /// adverbs; a source of them alone is none.
    /// </summary>
    public static readonly HashSet<string> NamelessWords = new(
        [.. SentenceOpeners.Except(PeopleDeterminers), "nor", "whether", "beyond", "back", "perhaps", "maybe", "even", "just", "only", "not", "there", "here", "thus", "too", "again", "once"],
        StringComparer.Ordinal);

    /// <summary>A word that names nobody alone: a preposition, a sentence adverb or one of the <see cref="NamelessWords"/>.</summary>
    public static bool NamesNobody(string lower) => Prepositions.Contains(lower) || SentenceAdverbs.Contains(lower) || NamelessWords.Contains(lower);

    /// <summary>Prepositions that end a source's noun phrase: <c>the chairman of a local committee in a statement</c>.</summary>
    public static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "on", "for", "with", "during", "after", "before", "to", "by", "from", "about", "as", "since", "until", "into", "over", "under", "via",
    };

    /// <summary>Days and months a source may run on to (not <c>May</c>, a verb as often); <see cref="DayParts"/> after them, <see cref="DatePrepositions"/> before.</summary>
    public static readonly HashSet<string> DateWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    };

    public static readonly HashSet<string> DayParts = new(StringComparer.Ordinal) { "morning", "afternoon", "evening", "night" };

    public static readonly HashSet<string> DatePrepositions = new(StringComparer.Ordinal) { "on", "in", "last", "this", "late", "early" };

    /// <summary>What is issued and then said to speak: <c>the statement said</c> speaks for whoever issued it.</summary>
    public static readonly HashSet<string> Documents = new(StringComparer.Ordinal)
    {
        "statement", "release", "report", "letter", "memo", "filing", "notice", "post", "tweet", "communique", "communiqué",
    };

    /// <summary>Words that make a capitalised run an organisation or a place rather than a person.</summary>
    public static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "Ministry", "Command", "Agency", "Department", "Office", "Committee", "Council", "Party", "Press", "News", "Times", "Post", "Journal", "Service", "Corps", "Army",
        "Force", "Forces", "Bank", "University", "Institute", "Foundation", "Association", "Union", "Organization", "Organisation", "Group", "Inc", "Corp", "Company", "House",
        "Senate", "Congress", "Court", "Commission", "Administration", "Campaign", "Network", "Media", "Reuters", "Sputnik", "Headquarters", "State", "States", "Republic",
        "Kingdom", "Nations", "Center", "Centre", "Police", "Government", "Federation", "Airport", "Street", "City", "County", "Province", "District", "Strategic", "Planning",
    };

    /// <summary>A word with the possessive <c>'s</c> (or <c>’s</c>): <c>Clinton's</c>.</summary>
    public static bool IsPossessive(string word) => word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal));

    /// <summary>Titles before a name, dropped from the speaker's name.</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Gen.", "Col.", "Lt.", "Maj.", "Capt.", "Sgt.", "Adm.", "President", "Minister", "Secretary", "Spokesman",
        "Spokeswoman", "Spokesperson", "Senator", "Governor", "Ambassador", "Director", "Chairman", "Chancellor", "Premier", "Mayor", "Judge", "Justice", "Speaker", "Leader",
    };
}

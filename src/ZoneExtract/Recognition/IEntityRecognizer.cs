namespace ZoneExtract.Recognition;

/// <summary>
/// One stage that finds candidate entities of some labels. Recognisers are stateless after construction
/// and called concurrently; conflicts between their candidates are settled by <see cref="EntityMerger"/>.
/// </summary>
internal interface IEntityRecognizer
{
    /// <summary>The labels this recogniser can produce; it is skipped when none of them is asked for.</summary>
    EntityLabel Labels { get; }

    /// <summary>Rank in the precedence order: when candidates overlap, the higher rank wins.</summary>
    int Precedence { get; }

    /// <summary>Adds the candidates found in <paramref name="document"/> to <paramref name="candidates"/>.</summary>
    void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken);
}

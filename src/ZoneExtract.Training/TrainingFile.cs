using System.Security.Cryptography;

namespace ZoneExtract.Training;

/// <summary>
/// One training data file, read and split once: its first sentences are trained on, the last
/// <paramref name="HeldOut"/> fraction (taken from the end of the file, so the split never changes) is only scored.
/// </summary>
/// <param name="Path">The file as named on the command line.</param>
/// <param name="Sha256">SHA-256 of the file's bytes (lower-case hex), for the model's provenance.</param>
/// <param name="HeldOut">Fraction of the file held out for validation (0: none).</param>
/// <param name="Training">The sentences trained on.</param>
/// <param name="Validation">The held-out sentences.</param>
public sealed record TrainingFile(string Path, string Sha256, double HeldOut, IReadOnlyList<TrainingSentence> Training, IReadOnlyList<TrainingSentence> Validation)
{
    /// <summary>Reads <paramref name="path"/> (CLUENER or gold JSONL) and holds out its last <paramref name="heldOut"/> fraction.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="heldOut"/> is below 0 or not below 1.</exception>
    public static TrainingFile Read(string path, double heldOut)
    {
        if (heldOut is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(heldOut), heldOut, "The held-out fraction must be at least 0 and below 1.");
        var sentences = TrainingData.Read(path);
        var trainCount = sentences.Count - (int)Math.Round(sentences.Count * heldOut);
        string hash;
        using (var stream = File.OpenRead(path)) hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new TrainingFile(path, hash, heldOut, sentences.Take(trainCount).ToList(), sentences.Skip(trainCount).ToList());
    }
}

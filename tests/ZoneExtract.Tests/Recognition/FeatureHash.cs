using ZoneExtract.Recognition.Model;

namespace ZoneExtract.Tests.Recognition;

/// <summary>The feature hash of <see cref="NameFeatures"/>, one template at a time (the library computes eight at once).</summary>
internal static class FeatureHash
{
    public static int Of(int template, int a, int b = 0, int c = 0)
    {
        unchecked
        {
            var h = (uint)(template + 1) * 0x9E3779B1u;
            h = (h ^ (uint)a) * 0x85EBCA6Bu;
            h ^= h >> 15;
            h = (h ^ (uint)b) * 0xC2B2AE35u;
            h ^= h >> 13;
            h = (h ^ (uint)c) * 0x27D4EB2Fu;
            h ^= h >> 16;
            return (int)(h & (NameFeatures.Space - 1));
        }
    }
}

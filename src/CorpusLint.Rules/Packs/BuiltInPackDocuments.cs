namespace CorpusLint.Rules.Packs;

/// <summary>
/// The built-in packs already read: BuiltInPackDocuments.g.cs holds each rules/*.json as the
/// <see cref="RulePackDocument"/> it parses to, written by a test that fails while it is stale. Reading the
/// packs with the JSON serializer was a third of a one-article run (its metadata and generic converters are
/// compiled at start-up, not ahead of time). Found by the pack's name and the checksum of its text, so a pack
/// edited since the file was written is parsed at run time instead: a stale file costs time, never a wrong rule.
/// </summary>
internal static partial class BuiltInPackDocuments
{
    /// <summary>The document a built-in pack's JSON parses to, or null when the generated file does not have it.</summary>
    public static RulePackDocument? Find(string name, string json) => Document(name, Checksum(json));

    /// <summary>FNV-1a over the pack's characters: cheap, and no cryptographic provider to load at start-up.</summary>
    public static ulong Checksum(string json)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in json)
        {
            hash = (hash ^ c) * 1099511628211;
        }

        return hash;
    }
}

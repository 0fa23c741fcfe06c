using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace CorpusLint.Cli.Caching;

/// <summary>
/// What a cached result depends on, hashed: the tool build, the configuration as it applies to the file, the
/// kind of result (check, or fix with its options), the file's path and its exact bytes. Change any of them
/// and the key changes, so a stale entry is never found rather than ever invalidated.
/// </summary>
public readonly record struct CacheKey(byte[] Hash)
{
    /// <summary>
    /// The tool build: its version plus the identity of each of its assemblies (deterministic builds give an
    /// assembly a new id exactly when its code or embedded rule packs change), so a development build with an
    /// edited rule never reads results of the build before it.
    /// </summary>
    public static readonly string ToolFingerprint = string.Join(
        '|',
        typeof(CacheKey).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?",
        typeof(CacheKey).Assembly.ManifestModule.ModuleVersionId,
        typeof(Text.SourceText).Assembly.ManifestModule.ModuleVersionId,
        typeof(Rules.BuiltInRules).Assembly.ManifestModule.ModuleVersionId);

    public string Hex => Convert.ToHexStringLower(Hash);

    public static CacheKey Compute(string settingsFingerprint, string kind, string path, ReadOnlySpan<byte> content)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in (ReadOnlySpan<string>)[ToolFingerprint, settingsFingerprint, kind, path])
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }

        hash.AppendData(content);
        return new CacheKey(hash.GetHashAndReset());
    }
}

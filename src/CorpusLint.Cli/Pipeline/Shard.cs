using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using CorpusLint.Cli.Files;

namespace CorpusLint.Cli.Pipeline;

/// <summary>
/// Shard K of N (1-based, like `--shard 2/8`): the files whose path below the folder argument hashes to K.
/// The hash is SHA-256 of the '/'-separated relative path, so every machine, run and .NET version agrees on
/// the split with no coordination, and the N shards together cover every file exactly once.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    public static bool TryParse(string text, out Shard shard, out string error)
    {
        shard = default;
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out int k) || !int.TryParse(parts[1], out int n))
        {
            error = $"--shard '{text}': expected K/N, e.g. 1/4";
            return false;
        }

        if (n < 1 || k < 1 || k > n)
        {
            error = $"--shard '{text}': K must be between 1 and N, and N at least 1";
            return false;
        }

        shard = new Shard(k, n);
        error = string.Empty;
        return true;
    }

    public bool Contains(InputFile file)
    {
        if (file.IsStandardInput || Count == 1)
        {
            return true;
        }

        var path = file.RelativePath.Replace('\\', '/');
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(path), hash);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)Count) == Index - 1;
    }

    public override string ToString() => $"{Index}/{Count}";
}

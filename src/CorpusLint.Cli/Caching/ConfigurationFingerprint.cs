using System.Security.Cryptography;
using System.Text;

namespace CorpusLint.Cli.Caching;

/// <summary>
/// A hash of everything that configures a run beyond the rules' severities: the bytes of every configuration
/// file and user rule pack it read, and the command-line rule flags. Part of every cache key, so editing a
/// rule option or a user pack's phrases never serves a result computed under the old ones.
/// </summary>
internal static class ConfigurationFingerprint
{
    public static string Of(IEnumerable<string> files, IEnumerable<string> commandLine)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\0"));
            try
            {
                hash.AppendData(File.ReadAllBytes(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                hash.AppendData("(unreadable)"u8);
            }

            hash.AppendData([0]);
        }

        foreach (var argument in commandLine)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(argument + "\0"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

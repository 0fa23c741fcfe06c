using System.Diagnostics;

namespace CorpusLint.Cli.Tests;

/// <summary>
/// Runs the real tool (corpuslint.dll, built beside the tests) as a separate process: to kill it part-way,
/// or to run it as an unprivileged user when the tests run as root (root may read and write anything, so
/// permission errors can only be seen as someone else).
/// </summary>
internal static class ToolProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    // The user "nobody" on Linux.
    private const string UnprivilegedId = "65534";

    public sealed record Result(int ExitCode, string Out, string Error, bool Killed);

    /// <summary>
    /// Runs the tool; when <paramref name="killAfterFixedLines"/> is set, stops it after it reports that many
    /// fixed files: with SIGKILL, or with <paramref name="signal"/> (TERM, INT) sent by kill(1).
    /// </summary>
    public static Result Run(string workingDirectory, string[] args, int? killAfterFixedLines = null, bool unprivileged = false, string? signal = null)
    {
        string[] command = [DotnetHost(), Path.Combine(AppContext.BaseDirectory, "corpuslint.dll"), .. args];
        if (unprivileged)
        {
            command = ["setpriv", $"--reuid={UnprivilegedId}", $"--regid={UnprivilegedId}", "--clear-groups", "env", "HOME=/tmp", "DOTNET_CLI_HOME=/tmp", .. command];
        }

        var start = new ProcessStartInfo(command[0], command[1..])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var lines = new List<string>();
        int fixedLines = 0;
        bool killed = false;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            lines.Add(line);
            fixedLines += line.StartsWith("Fixed ", StringComparison.Ordinal) ? 1 : 0;
            if (fixedLines >= killAfterFixedLines && !killed)
            {
                if (signal is null)
                {
                    process.Kill(entireProcessTree: true);
                }
                else
                {
                    using var kill = Process.Start("kill", ["-s", signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
                    kill.WaitForExit();
                }

                killed = true;
            }
        }

        Assert.True(process.WaitForExit(Timeout), $"corpuslint {string.Join(' ', args)} did not finish in {Timeout}");
        return new Result(killed ? -1 : process.ExitCode, string.Join('\n', lines), error.Result, killed);
    }

    /// <summary>Null when the tool can run as an unprivileged user here; else why not (a skip reason).</summary>
    public static string? WhyCannotRunUnprivileged()
    {
        try
        {
            var probe = Run(Path.GetTempPath(), ["--version"], unprivileged: true);
            return probe.ExitCode == 0 ? null : $"the tool cannot run as user {UnprivilegedId} here: {probe.Error.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"setpriv is not available to run the tool as another user: {e.Message}";
        }
    }

    // `dotnet test` tells child processes which dotnet runs it; else the one the tests run on, else PATH's.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
        : "dotnet";
}

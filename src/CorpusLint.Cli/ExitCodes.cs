namespace CorpusLint.Cli;

/// <summary>The exit codes a CI can trust.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the failing severity was found (check), or all went well (fix).</summary>
    public const int Success = 0;

    /// <summary>check found diagnostics at or above the failing severity; fix --check would change a file.</summary>
    public const int Findings = 1;

    /// <summary>Usage, configuration or I/O error: something could not be read or written.</summary>
    public const int Error = 2;
}

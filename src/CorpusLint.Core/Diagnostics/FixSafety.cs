namespace CorpusLint.Diagnostics;

/// <summary>
/// Ruff's split: a safe fix cannot remove article prose; an unsafe one is a judgement that is applied
/// only when the user asks for unsafe fixes.
/// </summary>
public enum FixSafety
{
    /// <summary>The rule reports but offers no fix.</summary>
    None,
    Safe,
    Unsafe,
}

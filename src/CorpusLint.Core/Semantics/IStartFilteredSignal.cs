namespace CorpusLint.Semantics;

/// <summary>
/// A boilerplate signal that can tell from how a line begins that it claims no such line: the model then does not ask
/// it about lines beginning so (<see cref="BoilerplateSignals"/>). A pack rule whose patterns are all anchored at
/// the start claims no line beginning as none of its matches does, and a short line is asked of some twenty rules,
/// most of which turn it away on its first two characters, each behind a call.
/// </summary>
public interface IStartFilteredSignal
{
    /// <summary>
    /// False only when the signal claims no line whose trimmed text (<see cref="Syntax.ArticleLine.TrimmedText"/>)
    /// begins with <paramref name="start"/>: its first character, ASCII, and its second when it has one. When the
    /// second is outside ASCII, the answer must hold for every line whose second character is outside ASCII.
    /// An answer may change only when <see cref="BoilerplateSignals.StartFiltersChanged"/> is called.
    /// </summary>
    bool MayClaimLineBeginning(ReadOnlySpan<char> start);
}

using CorpusLint.Cli.Linting;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// A report format whose text for a file depends on that file's report alone (text, msbuild, github), not on the
/// files before it. `check` then formats each file on the worker thread that checked it, in parallel, and the
/// report only copies the formatted text in path order: formatting a million diagnostics is most of a warm run.
/// </summary>
public interface IFileFormatter
{
    /// <summary>
    /// Appends one file's part of the report, as <see cref="IReporter.WriteFile"/> would write it, as UTF-8 (the
    /// report's encoding). Safe on several threads at once.
    /// </summary>
    void Format(FileReport report, Utf8Builder output);

    /// <summary>
    /// Writes one file's part straight to the report's writer, as <see cref="Format"/> makes it: what such a
    /// format's <see cref="IReporter.WriteFile"/> does when the file was not formatted ahead.
    /// </summary>
    static void Write(IFileFormatter formatter, FileReport report, TextWriter output)
    {
        var text = new Utf8Builder(output.NewLine);
        formatter.Format(report, text);
        text.WriteTo(output);
    }
}

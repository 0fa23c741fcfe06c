using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace CorpusLint.Cli.Output;

/// <summary>A unified diff (as `diff -u` and `git diff` print it) of two texts, computed with DiffPlex.</summary>
public static class UnifiedDiff
{
    private const int ContextLines = 3;

    public static string Create(string oldText, string newText, string oldName, string newName)
    {
        var diff = new Differ().CreateLineDiffs(oldText, newText, ignoreWhitespace: false, ignoreCase: false);
        if (diff.DiffBlocks.Count == 0)
        {
            return string.Empty;
        }

        var a = diff.PiecesOld;
        var b = diff.PiecesNew;
        var output = new StringBuilder();
        output.Append("--- ").Append(oldName).Append('\n');
        output.Append("+++ ").Append(newName).Append('\n');
        foreach (var hunk in GroupIntoHunks(diff.DiffBlocks, a.Length))
        {
            int startA = Math.Max(0, hunk[0].DeleteStartA - ContextLines);
            int startB = Math.Max(0, hunk[0].InsertStartB - ContextLines);
            var last = hunk[^1];
            int endA = Math.Min(a.Length, last.DeleteStartA + last.DeleteCountA + ContextLines);
            int endB = Math.Min(b.Length, last.InsertStartB + last.InsertCountB + ContextLines);
            output.Append($"@@ -{Range(startA, endA - startA)} +{Range(startB, endB - startB)} @@\n");
            int position = startA;
            foreach (var block in hunk)
            {
                for (; position < block.DeleteStartA; position++)
                {
                    output.Append(' ').Append(a[position]).Append('\n');
                }

                for (int i = 0; i < block.DeleteCountA; i++)
                {
                    output.Append('-').Append(a[block.DeleteStartA + i]).Append('\n');
                }

                for (int i = 0; i < block.InsertCountB; i++)
                {
                    output.Append('+').Append(b[block.InsertStartB + i]).Append('\n');
                }

                position = block.DeleteStartA + block.DeleteCountA;
            }

            for (; position < endA; position++)
            {
                output.Append(' ').Append(a[position]).Append('\n');
            }
        }

        return output.ToString();
    }

    // Blocks closer than twice the context share one hunk, as diff -u does.
    private static List<List<DiffBlock>> GroupIntoHunks(IList<DiffBlock> blocks, int oldCount)
    {
        var hunks = new List<List<DiffBlock>>();
        foreach (var block in blocks)
        {
            if (hunks.Count > 0)
            {
                var previous = hunks[^1][^1];
                if (block.DeleteStartA - (previous.DeleteStartA + previous.DeleteCountA) <= 2 * ContextLines)
                {
                    hunks[^1].Add(block);
                    continue;
                }
            }

            hunks.Add([block]);
        }

        return hunks;
    }

    private static string Range(int start, int count) => count == 0 ? $"{start},0" : $"{start + 1},{count}";
}

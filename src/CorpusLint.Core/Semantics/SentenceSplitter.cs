namespace CorpusLint.Semantics;

/// <summary>
/// Splits a paragraph into sentences at . ! ? (and any closing quotes after them) followed by a space.
/// Good enough to find repeated sentences; it is not a linguistic sentence boundary detector.
/// </summary>
public static class SentenceSplitter
{
    public static List<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        int start = 0;
        for (int i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i] is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            int end = i + 1;
            while (end < paragraph.Length && paragraph[end] is '"' or '\'' or '”' or '’' or '»' or ')')
            {
                end++;
            }

            if (end < paragraph.Length && !char.IsWhiteSpace(paragraph[end]))
            {
                continue;
            }

            AddTrimmed(paragraph[start..end]);
            start = end;
            i = end - 1;
        }

        AddTrimmed(paragraph[start..]);
        return sentences;

        void AddTrimmed(string sentence)
        {
            sentence = sentence.Trim();
            if (sentence.Length > 0)
            {
                sentences.Add(sentence);
            }
        }
    }
}

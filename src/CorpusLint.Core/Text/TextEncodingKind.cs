namespace CorpusLint.Text;

/// <summary>How the bytes of a file were decoded, so writers can tell the user what normalisation changed.</summary>
public enum TextEncodingKind
{
    Utf8,
    Utf8WithBom,
    Utf16LittleEndian,
    Utf16BigEndian,
}

namespace Lark.Resources.Rules.Names;

/// <summary>
/// The parameter names seen so far in one header, compared case-insensitively, to find duplicates.
/// Names live as ranges of the header in a caller-supplied (stack) buffer; only a header with more
/// parameters than the buffer holds moves them into a hash set, so huge headers stay linear.
/// </summary>
internal ref struct ParameterNameSet
{
    private readonly ReadOnlySpan<char> _header;
    private readonly Span<Range> _ranges;
    private int _count;
    private HashSet<string>? _overflow;

    /// <summary>An empty set over <paramref name="header"/> using <paramref name="buffer"/> first.</summary>
    public ParameterNameSet(ReadOnlySpan<char> header, Span<Range> buffer)
    {
        _header = header;
        _ranges = buffer;
        _count = 0;
        _overflow = null;
    }

    /// <summary>Adds the name at <paramref name="name"/>; false when it was already there.</summary>
    public bool Add(Range name)
    {
        var text = _header[name];
        if (_overflow is not null)
            return _overflow.Add(text.ToString());

        foreach (var seen in _ranges[.._count])
        {
            if (_header[seen].Equals(text, StringComparison.OrdinalIgnoreCase))
                return false;
        }

        if (_count < _ranges.Length)
        {
            _ranges[_count++] = name;
            return true;
        }

        _overflow = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var seen in _ranges)
            _overflow.Add(_header[seen].ToString());
        return _overflow.Add(text.ToString());
    }
}

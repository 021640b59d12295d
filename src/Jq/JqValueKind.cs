namespace Lark.Jq;

/// <summary>jq's value kinds, declared in jq's sort order (null &lt; false &lt; true &lt; numbers &lt; strings &lt; arrays &lt; objects).</summary>
internal enum JqValueKind
{
    /// <summary><c>null</c></summary>
    Null,

    /// <summary><c>false</c></summary>
    False,

    /// <summary><c>true</c></summary>
    True,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A string.</summary>
    String,

    /// <summary>An array.</summary>
    Array,

    /// <summary>An object.</summary>
    Object,
}

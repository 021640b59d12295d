using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Properties.Support;

/// <summary>
/// A vocabulary that names every input and term distinctly and visibly (<c>&lt;Output&gt;</c>, <c>[LogIn:scope]</c>),
/// so a test can see which placeholders a rendered text used.
/// </summary>
internal sealed class MarkedVocabulary : Vocabulary
{
    public static MarkedVocabulary Instance { get; } = new();

    public static string Name(InputField field) => $"<{field}>";

    public static string Name(Term term) => term.Argument is null ? $"[{term.Kind}]" : $"[{term.Kind}:{term.Argument}]";

    public override string Input(InputField field) => Name(field);

    public override string Words(Term term) => Name(term);
}

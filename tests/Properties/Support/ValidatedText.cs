using Lark.Resources.Rules;
using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Properties.Support;

/// <summary>A refusal's message in plain words, for tests that read what a rule said.</summary>
internal static class ValidatedText
{
    extension<T>(Validated<T> validated)
    {
        /// <summary>The refusal's message in plain words, or null on success.</summary>
        public string? Error => validated.Failure?.Message.Render(PlainVocabulary.Instance);
    }
}

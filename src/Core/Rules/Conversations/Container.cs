namespace Lark.Resources.Rules.Conversations;

/// <summary>What a message listing reads: a chat or a thread (<c>container_id_type</c>).</summary>
public enum Container
{
    /// <summary>A chat (<c>oc_…</c>).</summary>
    Chat,

    /// <summary>A thread (<c>omt_…</c>).</summary>
    Thread,
}

namespace Lark.Emulator.Conversations;

/// <summary>The <c>container_id_type</c> of a listing.</summary>
internal enum ContainerType
{
    /// <summary><c>chat</c>: a group or direct chat, <c>oc_…</c>.</summary>
    Chat,

    /// <summary><c>thread</c>: one thread, <c>omt_…</c>.</summary>
    Thread,
}

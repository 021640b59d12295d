namespace Lark.Emulator.Conversations;

/// <summary>The <c>user_id_type</c> query value: how user ids are written in an answer.</summary>
internal enum UserIdType
{
    /// <summary><c>open_id</c> (the default): <c>ou_…</c> as the fixture has it.</summary>
    OpenId,

    /// <summary><c>union_id</c>: <c>on_</c> in place of <c>ou_</c>.</summary>
    UnionId,

    /// <summary><c>user_id</c>: the open id without its <c>ou_</c> prefix.</summary>
    UserId,
}

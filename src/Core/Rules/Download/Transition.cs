namespace Lark.Resources.Rules.Download;

/// <summary>The result of one step: the new state and the one command to perform.</summary>
/// <param name="State">The new state.</param>
/// <param name="Command">What to do.</param>
internal readonly record struct Transition(DownloadState State, DownloadCommand Command);

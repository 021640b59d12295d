using System.CommandLine;
using Lark.Cli.Commands;
using Lark.Cli.Hosting;
using Lark.Cli.Output;
using Lark.Resources.Rules.Download;
using Lark.Resources.Shell;

namespace Lark.Cli;

/// <summary>The program: the command tree, one place that turns failures into the JSON envelope and an exit code.</summary>
public static class CliApp
{
    /// <summary>Runs the program with <paramref name="args"/> on <paramref name="host"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliHost host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        var globals = new GlobalOptions();
        var root = BuildRoot(host, globals);
        ConfigureHelp(root, host);
        var parsed = root.Parse(BareInvocation(args));
        if (parsed.Errors.Count > 0 && parsed.Action is null or System.CommandLine.Invocation.ParseErrorAction)
        {
            WriteFailure(host, null, null, ParseFailures.From(parsed, CommandName(parsed)));
            return 2;
        }

        var configuration = new InvocationConfiguration
        {
            Output = host.Out,
            Error = host.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        try
        {
            return await parsed.InvokeAsync(configuration, cancellationToken);
        }
        catch (CliFailureException e)
        {
            WriteFailure(host, e.Identity, null, e.Failure);
            return e.Failure.ExitCode;
        }
        catch (LarkException e)
        {
            var failure = CliFailure.From(e);
            WriteFailure(host, null, null, failure);
            return failure.ExitCode;
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C is not a failure of the contract's: one plain line (what was kept), exit 130 as a shell expects.
            host.Error.WriteLine($"lark-cli: cancelled: {Cancelled(e)}");
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            // The last resort: whatever escaped is still reported as the envelope, never as a stack trace.
            var failure = UnexpectedFailure.From(e);
            WriteFailure(host, null, null, failure);
            return failure.ExitCode;
        }
    }

    /// <summary>Writes a failure envelope to standard error.</summary>
    public static void WriteFailure(CliHost host, string? identity, string? jq, CliFailure failure)
    {
        ArgumentNullException.ThrowIfNull(host);
        _ = jq; // --jq filters the success envelope only, as in the official CLI.
        Envelope.Write(host.Error, Envelope.Failure(identity, failure), null);
    }

    // Bare "lark-cli" is someone finding their way: help, not an error.
    private static string[] BareInvocation(string[] args) => args.Length == 0 ? ["--help"] : args;

    // Help wrapped to the terminal, descriptions reflowed (see WrappingHelpAction); the root's help option serves
    // every command.
    private static void ConfigureHelp(RootCommand root, CliHost host)
    {
        foreach (var help in root.Options.OfType<System.CommandLine.Help.HelpOption>())
            help.Action = new WrappingHelpAction(host);
    }

    // A cancelled download says what it kept; elsewhere nothing needs keeping.
    private static string Cancelled(OperationCanceledException e) => e is DownloadCancelledException download
        ? DownloadFailures.ResumeHint(download.VerifiedBytesKept, download.TotalBytes).Render(CliVocabulary.Instance)
        : "run the same command again to continue.";

    private static RootCommand BuildRoot(CliHost host, GlobalOptions globals)
    {
        var root = new RootCommand($"""
            lark-cli: download images and files from Lark (Feishu) messages, resumably and safely. A drop-in for the
            official CLI's im +messages-resources-download: the same flags, environment, config.json and JSON output.

            {CommandSupport.StoreNote}

            Examples:
              lark-cli im +messages-resources-download --message-id om_xxx --file-key img_v3_xxx --type image
              printf '%s' "$SECRET" | lark-cli config init --app-id cli_a1b2c3 --app-secret-stdin
              lark-cli mcp --download-dir ./lark-downloads
            """);
        var im = new Command("im", """
            Instant messaging: download the images and files of messages.

            Example:
              lark-cli im +messages-resources-download --message-id om_xxx --file-key file_v3_xxx --type file --output ./report.pdf
            """);
        im.Add(Commands.DownloadCommand.Create(host, globals));
        im.Add(Commands.ResourcesListCommand.Create(host, globals));
        im.Add(Commands.Listing.ChatMessagesListCommand.Create(host, globals));
        im.Add(Commands.Listing.ThreadsMessagesListCommand.Create(host, globals));
        im.Add(Commands.Listing.MessagesMgetCommand.Create(host, globals));
        im.Add(Commands.ExportCommand.Create(host, globals));
        root.Add(im);
        root.Add(new Command("config", """
            Configure the app (id, secret, brand) in config.json and the credential store, in the official CLI's formats.

            Examples:
              printf '%s' "$SECRET" | lark-cli config init --app-id cli_a1b2c3 --app-secret-stdin --name work
              lark-cli config show
            """)
        {
            ConfigInitCommand.Create(host, globals),
            ConfigShowCommand.Create(host, globals),
        });
        root.Add(new Command("auth", """
            User logins: the OAuth device flow, stored where the official CLI stores them.

            Examples:
              lark-cli auth login --scope "im:message:readonly"
              lark-cli auth status
            """)
        {
            AuthLoginCommand.Create(host, globals),
            AuthStatusCommand.Create(host, globals),
            AuthLogoutCommand.Create(host, globals),
        });
        root.Add(McpCommand.Create(host, globals));
        return root;
    }

    private static string CommandName(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, result.Command.Name);
        names[0] = "lark-cli";
        return string.Join(' ', names);
    }
}

# bash completion for lark-cli, from the program itself: System.CommandLine's [suggest:POSITION] directive answers
# the commands and options that fit the line so far (no dotnet-suggest needed).
#
# Enable it for your shell:   source /path/to/lark-cli.bash          (e.g. in ~/.bashrc)
# or for every session:       cp lark-cli.bash ~/.local/share/bash-completion/completions/lark-cli
_lark_cli()
{
    local upto="${COMP_LINE:0:$COMP_POINT}" current="${COMP_WORDS[COMP_CWORD]}" item
    COMPREPLY=()
    while IFS= read -r item; do
        # "-?", "/?" and "/h" spell --help too; a "?" would be a glob on the command line. Words are compared
        # literally, never expanded.
        [[ "$item" == /* || "$item" == "-?" || "$item" != "$current"* ]] || COMPREPLY+=("$item")
    done < <("${COMP_WORDS[0]}" "[suggest:${#upto}]" "$upto" 2>/dev/null)
}
# -o default: where lark-cli has nothing to offer (a value such as --output's), complete file names.
complete -o default -F _lark_cli lark-cli

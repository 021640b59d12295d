#compdef lark-cli
# zsh completion for lark-cli, from the program itself: System.CommandLine's [suggest:POSITION] directive answers
# the commands and options that fit the line so far (no dotnet-suggest needed).
#
# Enable it: copy this file as _lark-cli into a directory of $fpath (before compinit runs), e.g.
#   mkdir -p ~/.zsh/completions && cp lark-cli.zsh ~/.zsh/completions/_lark-cli
#   and in ~/.zshrc: fpath=(~/.zsh/completions $fpath); autoload -Uz compinit && compinit
# or, after compinit, source this file.
_lark_cli() {
  local upto="${(j: :)words[1,CURRENT-1]} $PREFIX"
  local -a items
  items=("${(@f)$("${words[1]}" "[suggest:${#upto}]" "$upto" 2>/dev/null)}")
  # "-?", "/?" and "/h" spell --help too; a "?" would be a glob on the command line.
  items=(${items:#/*})
  items=(${items:#-\?})
  if (( ${#items} )); then
    compadd -a items
  else
    _files
  fi
}
if [[ "${zsh_eval_context[-1]}" == loadautofunc ]]; then
  _lark_cli "$@"
else
  compdef _lark_cli lark-cli
fi

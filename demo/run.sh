#!/usr/bin/env bash
# The main job, end to end, with no Lark account: start the bundled Lark emulator with its demo data, then run the
# real lark-cli against it: an image, a multi-chunk file with a Chinese name, a file whose first answers are 503
# (retried with backoff), and one case that is meant to fail (the bot has no access), to show a refusal.
#
# Usage: demo/run.sh [--keep]
#   Everything happens in a temporary folder, removed on exit (also on Ctrl-C or a failure);
#   --keep leaves it, and the downloads in it, and says where it is.
# Needs only the .NET SDK. LARK_DEMO_EMULATOR and LARK_DEMO_CLI (paths to Lark.Emulator.dll and lark-cli.dll)
# skip the build, for the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

keep=false
kept_because="--keep"
case "${1:-}" in
  --keep) keep=true ;;
  "") ;;
  *) echo "usage: demo/run.sh [--keep]" >&2; exit 2 ;;
esac

emulator_dll=${LARK_DEMO_EMULATOR:-}
cli=${LARK_DEMO_CLI:-}
if [ -z "$emulator_dll" ] || [ -z "$cli" ]; then
  echo "Building the emulator and lark-cli (Release)…" >&2
  dotnet build src/Emulator/Emulator.csproj -c Release -v quiet -nologo >&2
  dotnet build src/Cli/Cli.csproj -c Release -v quiet -nologo >&2
  emulator_dll="$(pwd)/src/Emulator/bin/Release/net10.0/Lark.Emulator.dll"
  cli="$(pwd)/src/Cli/bin/Release/net10.0/lark-cli.dll"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/lark-demo.XXXXXX")
emulator=
finish() {
  local status=$?
  if [ -n "$emulator" ]; then
    kill "$emulator" 2>/dev/null || true
    wait "$emulator" 2>/dev/null || true
  fi
  if [ "$keep" = true ]; then
    echo >&2
    echo "Kept $work ($kept_because): the downloads are in $work/downloads, the emulator's log in $work/emulator.log." >&2
    echo "Remove it with: rm -rf '$work'" >&2
  else
    rm -rf "$work"
  fi
  exit "$status"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$work/downloads"
dotnet "$emulator_dll" --port 0 > "$work/emulator.log" 2>&1 &
emulator=$!
for _ in $(seq 1 100); do
  grep -q "listening on" "$work/emulator.log" 2>/dev/null && break
  sleep 0.1
done
url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/emulator.log" | head -1 || true)
[ -n "$url" ] || { cat "$work/emulator.log" >&2; echo "the emulator did not start" >&2; exit 1; }
if [ "$keep" = true ]; then
  echo "Emulator: $url   downloads: $work/downloads (kept after the demo: --keep)" >&2
else
  echo "Emulator: $url   downloads: $work/downloads (a temporary folder, removed when the demo ends; --keep keeps it)" >&2
fi

# The demo app of the emulator's data set; a real setup uses `lark-cli config init` instead.
export LARKSUITE_CLI_APP_ID=cli_demo0000000001
export LARKSUITE_CLI_APP_SECRET=demo-secret-0123456789abcdef
export LARKSUITE_CLI_OPEN_BASE_URL="$url" LARKSUITE_CLI_ACCOUNTS_BASE_URL="$url"
export LARKSUITE_CLI_CONFIG_DIR="$work/config" LARKSUITE_CLI_DATA_DIR="$work/data"
cd "$work/downloads"

unexpected=0
# run EXPECTED_EXIT WHAT ARGS…: one lark-cli run, said first, and checked against the exit it is meant to have.
run() {
  local expected=$1 what=$2 status
  shift 2
  echo
  echo "# $what"
  echo "\$ lark-cli $*"
  set +e
  dotnet "$cli" "$@"
  status=$?
  set -e
  if [ "$status" -ne "$expected" ]; then
    echo "(exit $status, but $expected was expected: this is a real failure)"
    unexpected=$((unexpected + 1))
  elif [ "$expected" -eq 0 ]; then
    echo "(exit 0)"
  else
    echo "(exit $status, as expected: the demo is meant to fail here; nothing is wrong with lark-cli or your setup)"
  fi
}

run 0 "an image: one plain GET" \
  im +messages-resources-download --message-id om_demo_image_0001 --file-key img_v3_demo_gradient --type image
run 0 "a 20 MiB file with a Chinese name: a 128 KiB probe, then 8 MiB ranges, each checked" \
  im +messages-resources-download --message-id om_demo_file_large --file-key file_v3_demo_large --type file
run 0 "a file whose first two answers are HTTP 503: retried with backoff, said on stderr" \
  im +messages-resources-download --message-id om_demo_err_transient --file-key file_v3_demo_transient --type file
run 3 "expected failure: the bot has no access to this chat (Lark error 234002): refused at once, no retries, exit 3" \
  im +messages-resources-download --message-id om_demo_err_noaccess --file-key file_v3_demo_noaccess --type file

run 0 "a whole chat: every message listed (one page of 50), every resource in it downloaded once into ./lark-im-resources/ (three are refused by Lark and reported as warnings; the command still succeeds)" \
  im +chat-messages-list --chat-id oc_demo0000000001 --download-resources --format pretty
run 0 "the same again: nothing is downloaded twice (meta.resources: reused)" \
  im +chat-messages-list --chat-id oc_demo0000000001 --download-resources --no-reactions -q .meta.resources
run 1 "expected partial failure: the chat exported as a transcript with every resource; the three Lark refuses are listed in data.failures (exit 1), everything else is saved" \
  im +messages-export --chat-id oc_demo0000000001 -q .data.resources
echo
echo "# the transcript's first lines (lark-export/oc_demo0000000001/transcript.md)"
head -n 24 "$work/downloads/lark-export/oc_demo0000000001/transcript.md" || true

echo
ls -la "$work/downloads"
if [ "$unexpected" -ne 0 ]; then
  echo "$unexpected run(s) did not end as expected." >&2
  keep=true kept_because="to look into it"
  exit 1
fi
echo
echo "Done: three downloads, a chat's resources, an export, and the expected failures, as planned."
[ "$keep" = true ] || echo "(The temporary folder goes now; demo/run.sh --keep keeps it.)"

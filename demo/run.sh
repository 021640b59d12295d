#!/usr/bin/env bash
# The main job, end to end, with no Lark account: start the bundled Lark emulator with its demo data, then run the
# real lark-cli against it: an image, a multi-chunk file with a Chinese name, a file whose first answers are 503
# (retried with backoff), and one error case.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "Building the emulator and lark-cli (Release)…" >&2
dotnet build src/Emulator/Emulator.csproj -c Release -v quiet -nologo >&2
dotnet build src/Cli/Cli.csproj -c Release -v quiet -nologo >&2

work=$(mktemp -d)
mkdir -p "$work/downloads"
dotnet src/Emulator/bin/Release/net10.0/Lark.Emulator.dll --port 0 > "$work/emulator.log" 2>&1 &
emulator=$!
trap 'kill "$emulator" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  grep -q "listening on" "$work/emulator.log" 2>/dev/null && break
  sleep 0.1
done
url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/emulator.log" | head -1)
[ -n "$url" ] || { cat "$work/emulator.log" >&2; echo "the emulator did not start" >&2; exit 1; }
echo "Emulator: $url   downloads: $work/downloads" >&2

# The demo app of the emulator's data set; a real setup uses `lark-cli config init` instead.
export LARKSUITE_CLI_APP_ID=cli_demo0000000001
export LARKSUITE_CLI_APP_SECRET=demo-secret-0123456789abcdef
export LARKSUITE_CLI_OPEN_BASE_URL="$url" LARKSUITE_CLI_ACCOUNTS_BASE_URL="$url"
export LARKSUITE_CLI_CONFIG_DIR="$work/config" LARKSUITE_CLI_DATA_DIR="$work/data"
cli="$(pwd)/src/Cli/bin/Release/net10.0/lark-cli.dll"
cd "$work/downloads"

run() {
  echo
  echo "\$ lark-cli $*"
  set +e
  dotnet "$cli" "$@"
  echo "(exit $?)"
  set -e
}

run im +messages-resources-download --message-id om_demo_image_0001 --file-key img_v3_demo_gradient --type image
run im +messages-resources-download --message-id om_demo_file_large --file-key file_v3_demo_large --type file
run im +messages-resources-download --message-id om_demo_err_transient --file-key file_v3_demo_transient --type file
run im +messages-resources-download --message-id om_demo_err_noaccess --file-key file_v3_demo_noaccess --type file
echo
ls -la "$work/downloads"

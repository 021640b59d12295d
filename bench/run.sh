#!/usr/bin/env bash
# The benchmark, one command per suite; both publish lark-cli as Native AOT and start the emulator in process.
#   bench/run.sh [downloads] [RUNS]    one resource: lark-cli against curl on the loopback emulator (files on disk),
#                                      70 KB / 10 MB / 100 MB, 7 runs each, plus an emulated-network run for
#                                      --concurrency; writes bench/results/latest.md
#   bench/run.sh conversations [RUNS]  a 2,000-message chat listed with its resources and exported, under 50 ms per
#                                      request, 20 MB/s per connection and Lark's rate limit, against the official way
#                                      and the floor; 3 runs each (about 10 minutes); writes bench/results/conversations.md
# Needs curl, openssl and GNU time (/usr/bin/time): apt-get install -y curl openssl time
set -euo pipefail
cd "$(dirname "$0")/.."
suite=downloads
case "${1:-}" in
    downloads|conversations) suite="$1"; shift ;;
esac
runs=()
[ -n "${1:-}" ] && runs=(--runs "$1")
command -v curl >/dev/null && command -v openssl >/dev/null && [ -x /usr/bin/time ] || { echo "needs curl, openssl and /usr/bin/time (apt-get install -y curl openssl time)" >&2; exit 2; }
out=bench/results
mkdir -p "$out"
report="$out/latest.md"
[ "$suite" = conversations ] && report="$out/conversations.md"
dotnet publish src/Cli/Cli.csproj -c Release -r linux-x64 -p:PublishAot=true -o "$out/aot" -v quiet -nologo >&2
dotnet run -c Release --project bench/Bench -- --cli "$(pwd)/$out/aot/lark-cli" --suite "$suite" "${runs[@]}" --out "$report"

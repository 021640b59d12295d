#!/usr/bin/env bash
# The benchmark, one command: publishes lark-cli as Native AOT, then times it against curl on the same loopback
# emulator (files on disk), 70 KB / 10 MB / 100 MB, 7 runs each, plus an emulated-network run for --concurrency.
# Needs curl, openssl and GNU time (/usr/bin/time): apt-get install -y curl openssl time
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
command -v curl >/dev/null && command -v openssl >/dev/null && [ -x /usr/bin/time ] || { echo "needs curl, openssl and /usr/bin/time (apt-get install -y curl openssl time)" >&2; exit 2; }
out=bench/results
mkdir -p "$out"
dotnet publish src/Cli/Cli.csproj -c Release -r linux-x64 -p:PublishAot=true -o "$out/aot" -v quiet -nologo >&2
dotnet run -c Release --project bench/Bench -- --cli "$(pwd)/$out/aot/lark-cli" --runs "$runs" --out "$out/latest.md"

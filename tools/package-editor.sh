#!/usr/bin/env bash
# Builds what a researcher installs: the self-contained `theory` program (one file, ReadyToRun, no
# .NET needed) for each runtime named, and the VS Code extension (.vsix) with those programs inside.
#
#   tools/package-editor.sh [--no-binary] [RID...]      RIDs: linux-x64 (default), win-x64, osx-arm64
#
# Outputs, in artifacts/: theory-<RID>/theory (theory.exe on Windows) and theory-vscode.vsix. Each
# binary takes about five minutes on two cores (ReadyToRun compiles the whole program ahead of
# time); --no-binary packs the extension alone, which then runs `theory` from the PATH (CI checks
# the extension this way).
set -euo pipefail
cd "$(dirname "$0")/.."

binaries=1
rids=()
for arg in "$@"; do
  case "$arg" in
    --no-binary) binaries=0 ;;
    linux-x64|win-x64|osx-arm64) rids+=("$arg") ;;
    *) echo "package-editor.sh: unknown argument '$arg' (--no-binary, linux-x64, win-x64, osx-arm64)" >&2; exit 2 ;;
  esac
done
[ ${#rids[@]} -gt 0 ] || rids=(linux-x64)

extension=src/Theory.VsCode
rm -rf "$extension/server"
mkdir -p artifacts
if [ "$binaries" = 1 ]; then
  for rid in "${rids[@]}"; do
    # The extension looks for server/<node platform>-<arch>/, as Node names them.
    case "$rid" in
      linux-x64) platform=linux-x64; exe=theory ;;
      win-x64) platform=win32-x64; exe=theory.exe ;;
      osx-arm64) platform=darwin-arm64; exe=theory ;;
    esac
    echo "== theory for $rid"
    dotnet publish src/Theory.Cli -c Release -r "$rid" --self-contained \
      -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:DebugType=none -p:GenerateDocumentationFile=false \
      -o "artifacts/theory-$rid" -m:1 --nologo -v quiet
    mkdir -p "$extension/server/$platform"
    cp "artifacts/theory-$rid/$exe" "$extension/server/$platform/$exe"
  done
fi

echo "== VS Code extension"
(cd "$extension" && npm ci --no-audit --no-fund --loglevel=error && npm run --silent package)
mv "$extension/theory.vsix" artifacts/theory-vscode.vsix
echo "artifacts/theory-vscode.vsix"

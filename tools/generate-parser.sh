#!/usr/bin/env bash
# Regenerates the checked-in ANTLR parser from grammar/*.g4 with the pinned antlr-ng
# (tools/antlr/package.json). Usage: tools/generate-parser.sh [--check]
#   --check  regenerate into a temporary folder and fail if the checked-in files differ.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/src/Theory.Compiler/Syntax/Parsing/Generated"
cd "$root/tools/antlr"
if [ ! -x node_modules/.bin/antlr-ng ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
node_modules/.bin/antlr-ng -Dlanguage=CSharp --package Theory.Syntax.Parsing.Generated \
  --generate-listener false --generate-visitor false -o "$tmp" \
  "$root/grammar/TheoryLexer.g4" "$root/grammar/TheoryParser.g4" >"$tmp/antlr.log" 2>&1 || { cat "$tmp/antlr.log" >&2; exit 1; }
if [ -s "$tmp/antlr.log" ]; then cat "$tmp/antlr.log" >&2; fi
rm -f "$tmp/antlr.log"
# The generated classes are internal: ANTLR stays behind the parser's door.
for f in "$tmp"/*.cs; do
  sed -i -e 's/^public partial class /internal partial class /' "$f"
done
# Each set's intervals from highest to lowest: the C# runtime then reads the lexer's Unicode sets
# in linear time instead of quadratic (see reverse-sets.mjs).
node reverse-sets.mjs "$tmp"/*.cs
if [ "${1:-}" = "--check" ]; then
  if ! diff -r -q "$tmp" "$out" >/dev/null; then
    echo "error: the generated parser is stale; run tools/generate-parser.sh and commit the result." >&2
    diff -r "$tmp" "$out" | head -20 >&2
    exit 1
  fi
  echo "generated parser is current"
else
  rm -rf "$out"; mkdir -p "$out"; cp "$tmp"/* "$out"/
  echo "regenerated $(ls "$out" | wc -l) files in ${out#$root/}"
fi

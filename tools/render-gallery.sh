#!/usr/bin/env bash
# Renders the causal web and the CMOC chains of every example to docs/gallery/ as SVG, through the
# `theory graph` command and Graphviz's dot. Usage: tools/render-gallery.sh [--check]
#   --check  render into a temporary folder and fail if docs/gallery differs (CI runs this).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
gallery="$root/docs/gallery"
command -v dot >/dev/null 2>&1 || { echo "error: Graphviz's dot is needed (apt-get install graphviz)." >&2; exit 1; }

dotnet build "$root/src/Theory.Cli/Theory.Cli.csproj" -nologo -v:q -clp:ErrorsOnly >/dev/null
theory=(dotnet "$root/src/Theory.Cli/bin/Debug/net10.0/theory.dll")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for example in "$root"/examples/*/; do
  name=$(basename "$example")
  compgen -G "$example*.theory" >/dev/null || continue
  views=(web)
  # The chains view draws CMOCs; a theory made only of links (an initial rough theory) has none.
  if grep -q -E '^\s*cmoc ' "$example"*.theory; then views+=(chains); fi
  for view in "${views[@]}"; do
    # Exit code 1 means the theory has errors; the examples must not, so stop on anything but 0.
    "${theory[@]}" graph "$example" --view "$view" --format svg -o "$tmp/$name.$view.svg"
  done
done

# An index page, so the gallery can be browsed on GitHub.
{
  echo "# Gallery"
  echo
  echo "The diagrams of every example, rendered by \`tools/render-gallery.sh\` (CI fails when they are stale)."
  echo "Shapes and colours are explained in [../outputs.md](../outputs.md#the-diagrams)."
  for svg in "$tmp"/*.svg; do
    file=$(basename "$svg")
    echo
    echo "## ${file%.svg}"
    echo
    echo "![${file%.svg}]($file)"
  done
} > "$tmp/README.md"

if [ "${1:-}" = "--check" ]; then
  if ! diff -r -q "$tmp" "$gallery" >/dev/null 2>&1; then
    echo "error: docs/gallery is stale; run tools/render-gallery.sh and commit the result." >&2
    diff -r -q "$tmp" "$gallery" >&2 || true
    exit 1
  fi
  echo "gallery is current"
else
  rm -rf "$gallery"
  mkdir -p "$gallery"
  cp "$tmp"/* "$gallery/"
  echo "rendered $(ls "$gallery"/*.svg | wc -l) diagrams into docs/gallery"
fi

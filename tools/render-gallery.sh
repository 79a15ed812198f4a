#!/usr/bin/env bash
# Renders every example into docs/gallery/, through the `theory` command and Graphviz:
#   NAME.web.svg, NAME.chains.svg     the analyst's maps (whole web; CMOC chains)
#   NAME.summary.svg                  one node per group, edges counted by sign
#   NAME.figure-176mm.png, .pdf       the publication figure at BMC's full text width, 300 dpi
#   NAME.report.png                   a screenshot of `theory report`, opened at the first CMOC
# Usage: tools/render-gallery.sh [--check]
#   --check  render into a temporary folder and fail if docs/gallery differs (CI runs this). The
#            screenshots are not retaken (a browser's pixels are not byte-stable): the report each
#            was taken from is rebuilt and compared with the hash recorded in screenshots.sha256.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
gallery="$root/docs/gallery"
check=false
[ "${1:-}" = "--check" ] && check=true
command -v dot >/dev/null 2>&1 || { echo "error: Graphviz's dot is needed (apt-get install graphviz)." >&2; exit 1; }
chromium=$(command -v chromium || command -v chromium-browser || command -v chromium-headless-shell || true)
if ! $check && [ -z "$chromium" ]; then echo "error: Chromium is needed for the report screenshots (apt-get install chromium)." >&2; exit 1; fi

dotnet build "$root/src/Theory.Cli/Theory.Cli.csproj" -nologo -v:q -clp:ErrorsOnly >/dev/null
theory=(dotnet "$root/src/Theory.Cli/bin/Debug/net10.0/theory.dll")

tmp=$(mktemp -d)
reports=$(mktemp -d)
trap 'rm -rf "$tmp" "$reports"' EXIT
: > "$tmp/screenshots.sha256"
for example in "$root"/examples/*/; do
  name=$(basename "$example")
  compgen -G "$example*.theory" >/dev/null || continue
  views=(web summary)
  # The chains view draws CMOCs; a theory made only of links (an initial rough theory) has none.
  if grep -q -E '^\s*cmoc ' "$example"*.theory; then views+=(chains); fi
  for view in "${views[@]}"; do
    # Exit code 1 means the theory has errors; the examples must not, so stop on anything but 0.
    "${theory[@]}" graph "$example" --view "$view" --format svg -o "$tmp/$name.$view.svg"
  done
  for format in png pdf; do
    "${theory[@]}" graph "$example" --width 176mm --format "$format" -o "$tmp/$name.figure-176mm.$format" 2>/dev/null
  done

  "${theory[@]}" report "$example" -o "$reports/$name.report.html" >/dev/null
  (cd "$reports" && sha256sum "$name.report.html") >> "$tmp/screenshots.sha256"
  if ! $check; then
    first=$(cat "$example"*.theory | sed -n -E 's/^\s*cmoc ([A-Za-z0-9_]+).*/\1/p' | head -1)
    "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,800 --virtual-time-budget=3000 \
      --screenshot="$tmp/$name.report.png" "file://$reports/$name.report.html${first:+#claim=$first}" >/dev/null 2>&1
  fi
done

# An index page, so the gallery can be browsed on GitHub.
{
  echo "# Gallery"
  echo
  echo "Every example, rendered by \`tools/render-gallery.sh\` (CI fails when a picture is stale)."
  echo "Shapes, colours and the figure options are explained in [../outputs.md](../outputs.md#the-diagrams)."
  for example in "$root"/examples/*/; do
    name=$(basename "$example")
    compgen -G "$example*.theory" >/dev/null || continue
    echo
    echo "## $name"
    echo
    echo "The publication figure at 176 mm, 8 pt text ([PDF]($name.figure-176mm.pdf)):"
    echo
    echo "![$name figure at 176 mm]($name.figure-176mm.png)"
    echo
    echo "The report (\`theory report\`), opened at a CMOC:"
    echo
    echo "![$name report]($name.report.png)"
    for view in web summary chains; do
      [ -f "$tmp/$name.$view.svg" ] || continue
      echo
      echo "The $view view:"
      echo
      echo "![$name $view]($name.$view.svg)"
    done
  done
} > "$tmp/README.md"

if $check; then
  stale=$(diff -r -q -x '*.report.png' "$tmp" "$gallery" 2>&1 || true)
  # Every screenshot listed must exist.
  while read -r _ html; do
    [ -f "$gallery/${html%.html}.png" ] || stale+=$'\n'"missing ${html%.html}.png"
  done < "$tmp/screenshots.sha256"
  if [ -n "$stale" ]; then
    echo "error: docs/gallery is stale; run tools/render-gallery.sh and commit the result." >&2
    echo "$stale" >&2
    exit 1
  fi
  echo "gallery is current"
else
  rm -rf "$gallery"
  mkdir -p "$gallery"
  cp "$tmp"/* "$gallery/"
  echo "rendered $(ls "$gallery" | grep -c -v -E '\.(md|sha256)$') pictures into docs/gallery"
fi

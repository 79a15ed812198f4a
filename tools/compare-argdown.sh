#!/usr/bin/env bash
# Theory against Argdown, side by side on the same causal web: the generated corpus of N CMOCs
# (tools/Theory.Benchmarks `corpus`) drawn as DOT by `theory graph --format dot`, and the same
# statements and relations written as Argdown (`argdown` mode) drawn as DOT by `argdown map
# --format dot` (@argdown/cli 1.7.5, installed from npm into a temporary folder). Runs alternate
# (Theory, Argdown, Theory, ...) so a busy machine slows both alike; each is a whole process, timed
# with its peak memory by GNU time. Prints a Markdown table of medians and ratios.
# Usage: tools/compare-argdown.sh [CMOCS...]    (default: 10 5000 50000 100000; RUNS=3 runs each)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 5000 50000 100000)
runs=${RUNS:-3}
[ -x /usr/bin/time ] || { echo "error: GNU time is needed for peak memory (apt-get install time)." >&2; exit 1; }
command -v npm >/dev/null 2>&1 || { echo "error: Node.js and npm are needed for Argdown (apt-get install nodejs npm)." >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "Installing @argdown/cli 1.7.5 into $work ..." >&2
npm install --prefix "$work/npm" --no-audit --no-fund --loglevel=error @argdown/cli@1.7.5 >/dev/null
argdown="$work/npm/node_modules/.bin/argdown"
echo "Building Theory (Release) ..." >&2
dotnet build "$root/src/Theory.Cli" -c Release -nologo -v:q -clp:ErrorsOnly >/dev/null
dotnet build "$root/tools/Theory.Benchmarks" -c Release -nologo -v:q -clp:ErrorsOnly >/dev/null
theory=(dotnet "$root/src/Theory.Cli/bin/Release/net10.0/theory.dll")
bench=(dotnet "$root/tools/Theory.Benchmarks/bin/Release/net10.0/Theory.Benchmarks.dll")

# measure OUT-PREFIX COMMAND...: appends "seconds kilobytes" to OUT-PREFIX.times
measure() {
  local out=$1; shift
  /usr/bin/time -f "%e %M" -o "$out.last" "$@" >/dev/null 2>"$out.err" || { cat "$out.err" >&2; exit 1; }
  cat "$out.last" >> "$out.times"
}
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "| CMOCs | nodes / edges | Theory s | Argdown s | time ratio | Theory MB | Argdown MB | memory ratio |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for size in "${sizes[@]}"; do
  corpus="$work/corpus-$size"
  "${bench[@]}" corpus "$size" "$corpus" >/dev/null
  "${bench[@]}" argdown "$corpus" "$work/$size.argdown" >/dev/null
  for run in $(seq 1 "$runs"); do
    measure "$work/theory-$size" "${theory[@]}" graph "$corpus" --format dot -o "$work/theory-$size.dot"
    measure "$work/argdown-$size" "$argdown" map "$work/$size.argdown" "$work/argdown-$size" --format dot
  done

  # Both must have drawn the same web.
  theory_nodes=$(grep -c 'id="construct:' "$work/theory-$size.dot")
  theory_edges=$(grep -c 'id="edge:' "$work/theory-$size.dot")
  argdown_nodes=$(grep -o -E '(^|[ ;])n[0-9]+ \[label=' "$work/argdown-$size/$size.dot" | wc -l)
  argdown_edges=$(grep -c -E 'n[0-9]+ -> n[0-9]+' "$work/argdown-$size/$size.dot")
  if [ "$theory_nodes" != "$argdown_nodes" ] || [ "$theory_edges" != "$argdown_edges" ]; then
    echo "error: the tools drew different webs at $size CMOCs: Theory $theory_nodes / $theory_edges, Argdown $argdown_nodes / $argdown_edges" >&2
    exit 1
  fi

  ts=$(cut -d' ' -f1 "$work/theory-$size.times" | median); as=$(cut -d' ' -f1 "$work/argdown-$size.times" | median)
  tm=$(cut -d' ' -f2 "$work/theory-$size.times" | median); am=$(cut -d' ' -f2 "$work/argdown-$size.times" | median)
  awk -v n="$size" -v nodes="$theory_nodes" -v edges="$theory_edges" -v ts="$ts" -v as="$as" -v tm="$tm" -v am="$am" 'BEGIN {
    printf "| %d | %d / %d | %.2f | %.2f | %.2f× | %.0f | %.0f | %.2f× |\n", n, nodes, edges, ts, as, ts / as, tm / 1024, am / 1024, tm / am }'
done
echo
echo "Medians of $runs interleaved runs each; ratios are Theory ÷ Argdown (under 1: Theory is faster or leaner)."

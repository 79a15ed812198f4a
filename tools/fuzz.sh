#!/usr/bin/env bash
# Runs a coverage-guided fuzzing campaign (SharpFuzz + AFL++) against one reader of untrusted text.
#
#   tools/fuzz.sh [theory|bibtex|csv|project|references|qdpx|xlsx] [seconds]      (defaults: theory, 3600)
#
# Needs afl-fuzz (Debian: apt-get install afl++) and the .NET SDK; installs the SharpFuzz
# instrumenter into the work folder. Work, seeds and findings go to ${FUZZ_DIR:-/tmp/theory-fuzz}/<target>.
# Triage: see tools/Theory.Fuzzing/README.md.
set -euo pipefail

target="${1:-theory}"
seconds="${2:-3600}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${FUZZ_DIR:-/tmp/theory-fuzz}/$target"
bin="$work/bin"

case "$target" in
  theory) pattern='*.theory' ;;
  bibtex) pattern='*.bib' ;;
  csv) pattern='*.csv' ;;
  project) pattern='theory.json' ;;
  references) pattern='*.ris' ;;      # and the CSL-JSON seeds below
  qdpx) pattern='*.qd[pc]*' ;;
  xlsx) pattern='*.xlsx' ;;
  *) echo "fuzz.sh: unknown target '$target' (theory, bibtex, csv, project, references, qdpx or xlsx)" >&2; exit 2 ;;
esac

command -v afl-fuzz >/dev/null || { echo "fuzz.sh: afl-fuzz not found; install AFL++ (Debian: apt-get install afl++)" >&2; exit 2; }

mkdir -p "$work"
if [ ! -x "$work/tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools" >/dev/null
fi

# A fresh, instrumented build: only our compiler is instrumented, so coverage means our code paths
# (ANTLR's runtime and Roslyn would drown the bitmap in their own branches).
rm -rf "$bin"
dotnet publish "$repo/tools/Theory.Fuzzing" -c Release -o "$bin" -m:1 --nologo -v quiet
"$work/tools/sharpfuzz" "$bin/Theory.Compiler.dll"
# The workbook reader is ours too; MiniExcel, which it calls, is not instrumented.
[ "$target" = xlsx ] && "$work/tools/sharpfuzz" "$bin/Theory.Spreadsheets.dll"

# Seeds: every file of the target's kind in the repository, small ones first (AFL++ prefers them).
# Findings of an earlier campaign are resumed rather than overwritten.
seeds="$work/seeds"
rm -rf "$seeds" && mkdir -p "$seeds"
find "$repo/examples" "$repo/tests" "$repo/tools/Theory.Fuzzing/seeds" -name "$pattern" -size -64k \
  -not -path '*/bin/*' -not -path '*/obj/*' -not -path '*/expected/*' 2>/dev/null |
  sort | while read -r file; do cp "$file" "$seeds/$(echo "${file#"$repo"/}" | tr '/' '_')"; done
[ "$target" = references ] && cp "$repo"/tools/Theory.Fuzzing/seeds/*.csl.json "$seeds/" 2>/dev/null
[ -n "$(ls -A "$seeds")" ] || { echo "fuzz.sh: no $pattern seeds found" >&2; exit 2; }

input=(-i "$seeds")
[ -d "$work/findings/default/queue" ] && input=(-i -)

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
       AFL_AUTORESUME=1 DOTNET_TieredPGO=0
dict=()
[ "$target" = theory ] && dict=(-x "$repo/tools/Theory.Fuzzing/theory.dict")
afl-fuzz "${input[@]}" -o "$work/findings" -t 10000 -m none -V "$seconds" "${dict[@]}" \
  -- dotnet "$bin/Theory.Fuzzing.dll" "$target"

echo "crashes: $(find "$work/findings/default/crashes" -name 'id:*' | wc -l), hangs: $(find "$work/findings/default/hangs" -name 'id:*' | wc -l)"
# The instrumented build only runs under AFL++ (outside it, the coverage hooks write through a null
# pointer); replay findings with an ordinary build.
echo "replay:  dotnet run --project $repo/tools/Theory.Fuzzing -c Release -- $target --replay $work/findings/default/crashes/id:*"

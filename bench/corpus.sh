#!/usr/bin/env bash
# Whole-process benchmark of the corpuslint tool on a synthetic corpus (a harness, not a test).
#
#   bench/corpus.sh [SIZE_MB] [RUNS] [check]  default: 100 MB, 5 runs per measurement; `check` times only
#                                             check (cold cache) and its peak memory, for the scaling test
#   bench/corpus.sh [SIZE_MB] [RUNS] formats  check with a warm cache in each report format, and its peak memory
#
# Publishes the tool (Release; native when clang is present, else ReadyToRun: see below), builds a corpus of
# SIZE_MB by replicating the devset's articles (../shared/devset/input, or $CORPUSLINT_BENCH_SOURCE) into
# numbered folders, then times with hyperfine:
# `cat` over the corpus (the floor: reading the bytes), `check` with a cold and a warm cache,
# `fix --output-dir`, `check` on one article (start-up included) and `fix --jsonl` over the same text as
# JSON Lines. It also reports peak memory (GNU time's maximum resident set size). Needs hyperfine and
# GNU time (`apt-get install -y hyperfine time`) and python3 (to build the JSON Lines file).
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-100}
runs=${2:-5}
only=${3:-all}
source_dir=${CORPUSLINT_BENCH_SOURCE:-../shared/devset/input}
[ -d "$source_dir" ] || source_dir=/work/shared/devset/input
[ -d "$source_dir" ] || source_dir=fixtures/seeds/input   # a clone without the devset still runs
source_dir=$(cd "$source_dir" && pwd)
work=${CORPUSLINT_BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"

# Published for this machine's platform as the tool packages install it: the native build (what `dotnet pack`
# makes on Linux with clang installed) unless CORPUSLINT_BENCH_BUILD=readytorun or clang is missing, and the
# ReadyToRun build (what it makes without clang), whose one-article start-up is timed beside the native one.
rid=$(dotnet --info | sed -nE 's/^ *RID: *//p' | head -n 1)
dotnet publish src/CorpusLint.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/tool-r2r" >/dev/null
build=${CORPUSLINT_BENCH_BUILD:-$(command -v clang >/dev/null && echo native || echo readytorun)}
if [ "$build" = native ]; then
  dotnet publish src/CorpusLint.Cli -c Release -p:NativeAot=true -o "$work/tool-native" >/dev/null
  tool="$work/tool-native/corpuslint"
else
  tool="$work/tool-r2r/corpuslint"
fi
r2r="$work/tool-r2r/corpuslint"

corpus="$work/corpus-$size_mb"
if [ ! -d "$corpus" ]; then
  # Each copy goes to its own folder, so every file has its own path (and its own cache entry).
  target=$((size_mb * 1024 * 1024)); copy=0; bytes=0
  per_copy=$(cat "$source_dir"/*.txt | wc -c)
  while [ "$bytes" -lt "$target" ]; do
    mkdir -p "$corpus/$(printf %04d $copy)"
    cp "$source_dir"/*.txt "$corpus/$(printf %04d $copy)/"
    copy=$((copy + 1)); bytes=$((bytes + per_copy))
  done
fi
jsonl="$work/corpus-$size_mb.jsonl"
if [ ! -f "$jsonl" ]; then
  python3 - "$corpus" "$jsonl" <<'PY'
import json, os, sys
root, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as f:
    for d, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            path = os.path.join(d, name)
            with open(path, encoding="utf-8", errors="replace") as t:
                f.write(json.dumps({"id": os.path.relpath(path, root), "text": t.read()}, ensure_ascii=False) + "\n")
PY
fi
files=$(find "$corpus" -name '*.txt' | wc -l)
mb=$(du -sm --apparent-size "$corpus" | cut -f1)
one=$(find "$corpus" -name "*.txt" | sort | sed -n 1p)
echo "corpus: $corpus ($files files, $mb MB); tool: $tool ($build build)"

cd "$work"
report="$work/results-$size_mb.md"
# Medians, which the targets are stated in (hyperfine's tables show means), and MB/s from them.
medians() {
  python3 - "$1" "$mb" <<'PY'
import json, statistics, sys
results, mb = json.load(open(sys.argv[1]))["results"], float(sys.argv[2])
for r in results:
    median = statistics.median(r["times"])
    print(f"{r['command']:<22} median {median:8.3f} s  {mb / median:8.1f} MB/s  (mean user {r['user']:.2f} s, system {r['system']:.2f} s)")
PY
}
peak() { /usr/bin/time -o "$work/peak.txt" -f '%M' "$@" > /dev/null 2>&1; echo "$(($(tail -n 1 "$work/peak.txt") / 1024)) MB"; }

if [ "$only" = check ]; then
  hyperfine --runs "$runs" --ignore-failure --export-json "$work/results-$size_mb.json" \
    --prepare "rm -rf $work/.corpuslint-cache" -n "check, cold cache" "$tool check $corpus > /dev/null"
  medians "$work/results-$size_mb.json"
  echo "peak memory, check (cold):  $(rm -rf "$work/.corpuslint-cache"; peak "$tool" check "$corpus")"
  exit 0
fi

if [ "$only" = formats ]; then
  "$tool" check "$corpus" > /dev/null || true   # fills the cache; the formats share its entries
  for format in text msbuild json sarif github; do
    hyperfine --runs "$runs" --ignore-failure --export-json "$work/results-$format.json" \
      -n "check --format $format, warm" "$tool check --format $format $corpus > /dev/null"
    medians "$work/results-$format.json"
    echo "peak memory, check --format $format (warm):  $(peak "$tool" check --format "$format" "$corpus")"
  done
  exit 0
fi

# One hyperfine call, so one table; every command gets a --prepare (hyperfine wants one per command or one).
hyperfine --runs "$runs" --warmup 1 --ignore-failure --export-markdown "$report" --export-json "$work/results-$size_mb.json" \
  --prepare "true" -n "cat (floor)" "find $corpus -name '*.txt' -exec cat {} + > /dev/null" \
  --prepare "rm -rf $work/.corpuslint-cache" -n "check, cold cache" "$tool check $corpus > /dev/null" \
  --prepare "true" -n "check, warm cache" "$tool check $corpus > /dev/null" \
  --prepare "true" -n "check --no-cache" "$tool check --no-cache $corpus > /dev/null" \
  --prepare "rm -rf $work/out" -n "fix --output-dir" "$tool fix $corpus --output-dir $work/out --no-cache > /dev/null" \
  --prepare "true" -n "check one article" "$tool check --no-cache $one > /dev/null" \
  --prepare "true" -n "one article, ReadyToRun" "$r2r check --no-cache $one > /dev/null" \
  --prepare "true" -n "fix --jsonl" "$tool fix --jsonl $jsonl > /dev/null 2>&1"
cat "$report"
medians "$work/results-$size_mb.json"

# Peak memory: GNU time's maximum resident set size.
echo "peak memory, check (cold):  $(rm -rf "$work/.corpuslint-cache"; peak "$tool" check "$corpus")"
echo "peak memory, fix --jsonl:   $(peak "$tool" fix --jsonl "$jsonl")"

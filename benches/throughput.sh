#!/usr/bin/env bash
# Whole-process throughput, side by side in one run: newsclean --jsonl with
# one and two threads, and one `grep -c -F -i` pass over the same bytes as
# a floor. The input is the dev corpora's page text repeated to >= 50 MB.
# The machine may be shared and noisy: the three whole-stream commands run
# in turns, ROUNDS times (default 3), and the summary gives each one's best,
# median and worst round, and the -j 2 / -j 1 ratio of every round.
# usage: [ROUNDS=N] benches/throughput.sh [EVAL_DIR] [MIN_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${1:-../shared/eval}
min_mb=${2:-50}
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/newsclean
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 benches/dev_text.py "$eval_dir" "$work/once.jsonl"
: > "$work/in.jsonl"
while [ "$(stat -c %s "$work/in.jsonl")" -lt $((min_mb * 1000000)) ]; do cat "$work/once.jsonl" >> "$work/in.jsonl"; done
pages=$(wc -l < "$work/in.jsonl")
mb=$(awk -v b="$(stat -c %s "$work/in.jsonl")" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "input: $pages pages, $mb MB (dev corpora text, repeated)"
# Each command's output goes to a file, not /dev/null: GNU grep notices
# /dev/null and stops at the first match. Peak RSS from /usr/bin/time.
run() {
  local label=$1; shift
  local start end secs rss=""
  start=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o "$work/rss" "$@" > "$work/out"
    rss="$(awk '{ printf "%6.0f MB peak", $1 / 1024 }' "$work/rss")"
  else
    "$@" > "$work/out"
  fi
  end=$(date +%s.%N)
  secs=$(awk -v s="$start" -v e="$end" 'BEGIN { d = e - s; if (d < 0.001) d = 0.001; printf "%.3f", d }')
  awk -v l="$label" -v s="$secs" -v p="$pages" -v m="$mb" -v r="$rss" \
    'BEGIN { printf "%-28s %7.3f s %9.0f pages/s %7.1f MB/s  %s\n", l, s, p / s, m / s, r }' | tee -a "$work/table"
}
rounds=${ROUNDS:-3}
for round in $(seq "$rounds"); do
  echo "round $round of $rounds:"
  run "newsclean --jsonl -j 1" "$bin" --jsonl -j 1 "$work/in.jsonl"
  run "newsclean --jsonl -j 2" "$bin" --jsonl -j 2 "$work/in.jsonl"
  run "grep -c -F -i cookie" grep -c -F -i cookie "$work/in.jsonl"
done
# One page per process, as `newsclean < page.txt > article.txt` in a shell
# loop: start-up included. The first 200 pages of the input as files, then
# the same files in one process (`newsclean dir/ --out-dir`).
mkdir -p "$work/pages" "$work/cleaned"
python3 - "$work/once.jsonl" "$work/pages" <<'PY'
import json, sys
for i, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    if i == 200:
        break
    with open(f"{sys.argv[2]}/{i:03}.txt", "w", encoding="utf-8") as f:
        f.write(json.loads(line)["text"])
PY
one_by_one() { for f in "$work"/pages/*.txt; do "$bin" < "$f" > "$work/cleaned/one.txt"; done; }
per_process() {
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  awk -v l="$label" -v s="$start" -v e="$end" \
    'BEGIN { d = e - s; printf "%-28s %7.3f s %9.0f pages/s %7.1f ms/page\n", l, d, 200 / d, d * 1000 / 200 }'
}
echo "200 pages as files:"
per_process "newsclean < page (each)" one_by_one
per_process "newsclean pages/ --out-dir" "$bin" -q "$work/pages" --out-dir "$work/cleaned/all"
# Memory grows with a page's lines, not its bytes: every line has its
# features, verdict and report. A page of many tiny lines (a table or a
# list dumped as text) is the worst case per byte.
if [ -x /usr/bin/time ]; then
  echo "one page of 1,000,000 one-letter lines (2 MB):"
  python3 -c "import sys; sys.stdout.write('a\\n' * 1000000)" > "$work/short-lines.txt"
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/rss" "$bin" "$work/short-lines.txt" > "$work/out"
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v k="$(cat "$work/rss")" \
    'BEGIN { printf "%-28s %7.3f s %6.0f MB peak (%.0f bytes a line)\n", "newsclean short-lines.txt", e - s, k / 1024, k * 1024 / 1e6 }'
  # Within --max-bytes but over --max-lines: refused (exit 1), not cleaned
  # in the gigabytes its 33 million lines would take.
  echo "one page of 33,554,422 one-letter lines (64 MB), over --max-lines:"
  python3 -c "import sys; sys.stdout.write('a\\n' * (32 * 1024 * 1024 - 10))" > "$work/short-lines.txt"
  start=$(date +%s.%N)
  code=0
  /usr/bin/time -f "%M" -o "$work/rss" "$bin" -q "$work/short-lines.txt" > "$work/out" || code=$?
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v k="$(tail -1 "$work/rss")" -v c="$code" \
    'BEGIN { printf "%-28s %7.3f s %6.0f MB peak, exit %d\n", "newsclean short-lines.txt", e - s, k / 1024, c }'
  rm -f "$work/short-lines.txt"
fi
echo "trafilatura on the HTML (recorded in $eval_dir/trafilatura-html.json; the corpora hold no HTML to rerun it on):"
python3 - "$eval_dir" "$work/table" <<'PY'
import json, statistics, sys
t = json.load(open(f"{sys.argv[1]}/trafilatura-html.json"))
pages = len(t["news"]) + len(t["segments"])
secs = t["seconds"]["news"] + t["seconds"]["segments"]
traf = pages / secs
print(f"  {pages} pages in {secs:.1f} s: {traf:.1f} pages/s")
rates = {}
for line in open(sys.argv[2]):
    label = line[:28].strip()
    rates.setdefault(label, []).append(float(line[28:].split("pages/s")[0].split()[-1]))
print("over the rounds (pages/s):")
for label, rs in rates.items():
    print(f"  {label:<28} best {max(rs):9.0f}  median {statistics.median(rs):9.0f}  worst {min(rs):9.0f}")
ones, twos = rates["newsclean --jsonl -j 1"], rates["newsclean --jsonl -j 2"]
one, two = max(ones), max(twos)
per_round = ", ".join(f"{b / a:.2f}x" for a, b in zip(ones, twos))
print(f"ratios of the best: -j 1 / trafilatura {one / traf:.0f}x, -j 2 / trafilatura {two / traf:.0f}x, -j 2 / -j 1 {two / one:.2f}x")
print(f"-j 2 / -j 1 in each round: {per_round}")
PY

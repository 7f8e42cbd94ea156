#!/usr/bin/env bash
# A long JSON Lines stream in constant memory: GB gigabytes (default 10)
# of the dev corpora's text, copy after copy, piped through
# `newsclean --jsonl -j THREADS` (default 2) and never stored. Prints the
# records in and out (one out per in), the time and the peak RSS, which
# should be what a 50 MB stream takes (benches/throughput.sh).
# usage: benches/long_stream.sh [EVAL_DIR] [GB] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${1:-../shared/eval}
gb=${2:-10}
threads=${3:-2}
command -v /usr/bin/time > /dev/null || { echo "/usr/bin/time is required (Debian: apt-get install time)" >&2; exit 2; }
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/newsclean
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 benches/dev_text.py "$eval_dir" "$work/once.jsonl"
size=$(stat -c %s "$work/once.jsonl")
copies=$(( (gb * 1000000000 + size - 1) / size ))
pages=$(( copies * $(wc -l < "$work/once.jsonl") ))
echo "input: $copies copies of the dev text, $pages records, $(awk -v b="$size" -v c="$copies" 'BEGIN { printf "%.1f GB", b * c / 1e9 }'), through a pipe"
for _ in $(seq "$copies"); do cat "$work/once.jsonl"; done |
  /usr/bin/time -f "%e %M" -o "$work/time" "$bin" -q --jsonl -j "$threads" | wc -l > "$work/out"
read -r secs kb < "$work/time"
awk -v n="$pages" -v o="$(cat "$work/out")" -v s="$secs" -v k="$kb" -v j="$threads" -v b="$((size * copies))" 'BEGIN {
  printf "newsclean --jsonl -j %d: %d records in, %d out, %.0f s (%.0f pages/s, %.1f MB/s), %.0f MB peak RSS\n", j, n, o, s, n / s, b / s / 1e6, k / 1024
}'

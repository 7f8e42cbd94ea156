#!/usr/bin/env bash
# Instruction counts (callgrind), which do not depend on what else the
# machine is doing: the figures the README's speed history quotes.
#   one pass:  `newsclean --jsonl -j 1` over one copy of the dev text
#   per copy:  (three copies - one copy) / 2, the steady state of a long
#              stream, without what a process pays once (compiling the
#              patterns, filling the lazy DFAs, building the phrase DFA)
#   one page:  `newsclean < page` for the specified page
# Each count is repeatable for the same binary and input. valgrind is
# required; a run takes about a minute.
# usage: benches/instructions.sh [EVAL_DIR] [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${1:-../shared/eval}
bin=${2:-}
if [ -z "$bin" ]; then
  cargo build --release --quiet
  bin=${CARGO_TARGET_DIR:-target}/release/newsclean
fi
command -v valgrind > /dev/null || { echo "valgrind is required" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 benches/dev_text.py "$eval_dir" "$work/once.jsonl"
cat "$work/once.jsonl" "$work/once.jsonl" "$work/once.jsonl" > "$work/thrice.jsonl"
# The total callgrind prints on stderr ("I   refs: 1,234,567").
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 > /dev/null |
    awk '/I *refs:/ { gsub(",", "", $NF); print $NF }'
}
once=$(count "$bin" --jsonl -j 1 "$work/once.jsonl")
thrice=$(count "$bin" --jsonl -j 1 "$work/thrice.jsonl")
page=$(count "$bin" fixtures/trt-us-pakistan-diplomats.txt)
pages=$(wc -l < "$work/once.jsonl")
awk -v o="$once" -v t="$thrice" -v p="$page" -v n="$pages" 'BEGIN {
  c = (t - o) / 2
  printf "one pass over the dev text (%d pages): %.3f G instructions\n", n, o / 1e9
  printf "per further copy (steady state):       %.4f G (%.2f M a page)\n", c / 1e9, c / n / 1e6
  printf "paid once per process:                 %.0f M\n", (o - c) / 1e6
  printf "the specified page, one process:       %.1f M\n", p / 1e6
}'

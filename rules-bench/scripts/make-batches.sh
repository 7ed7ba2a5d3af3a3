#!/usr/bin/env bash
# Writes two JSON-lines files for measuring the command line's batch path (never commit them):
#   DIR/cases-N.jsonl     the bundled examples (examples/*/*.json), one a line, in turn, each line with a caseId of its own
#   DIR/recorded-N.jsonl  the same cases as recorded decisions (`policy record`), for `policy replay`
# Usage: rules-bench/scripts/make-batches.sh [N (default 1000000)] [DIR (default /tmp)]
set -euo pipefail
n="${1:-1000000}"
dir="${2:-/tmp}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A JSON document has no raw line breaks inside its strings, so dropping them makes it one line.
for f in "$root"/examples/*/*.json; do tr -d '\r\n' < "$f"; echo; done > "$work/examples.jsonl"
"$root/policy" record "$work/examples.jsonl" > "$work/recorded.jsonl"

repeat() { # repeat FILE N: N lines, the file's lines in turn, each "caseId" made unique (split once per line, not per copy)
  awk -v n="$2" '{
      if (match($0, /"caseId" *: *"[^"]*"/)) { head[NR] = substr($0, 1, RSTART - 1) "\"caseId\":\"BATCH-"; tail[NR] = "\"" substr($0, RSTART + RLENGTH) }
      else { head[NR] = $0; tail[NR] = ""; plain[NR] = 1 }
    } END {
      for (i = 1; i <= n; i++) { k = (i - 1) % NR + 1; if (plain[k]) print head[k]; else print head[k] i tail[k] }
    }' "$1"
}
repeat "$work/examples.jsonl" "$n" > "$dir/cases-$n.jsonl"
repeat "$work/recorded.jsonl" "$n" > "$dir/recorded-$n.jsonl"
ls -l "$dir/cases-$n.jsonl" "$dir/recorded-$n.jsonl" >&2

#!/usr/bin/env bash
# results-snapshot.sh JAR OUTDIR: judges every case file (rules-*/src/test/resources/cases/**) and every
# example (examples/**) with the given command-line jar and writes the results, JSON and text, under
# OUTDIR; run it before and after a change and `diff -r` the two directories to show that no result moved.
# Recorded decisions ({"case", "policy"?, "expected"}) are judged as `evaluate --policy <their policy>`
# on their "case"; one JVM per (directory, policy), in file order.
set -euo pipefail
jar="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; out="$2"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
rm -rf "$out"; mkdir -p "$out"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
judge() { # name policy-or-empty input...
  local name="$1" pol="$2"; shift 2
  local opt=(); [ -n "$pol" ] && opt=(--policy "$pol")
  for fmt in json text; do
    java -jar "$jar" evaluate --threads 1 --format "$fmt" ${opt[@]+"${opt[@]}"} "$@" \
      > "$out/$name.$fmt" 2> "$out/$name.$fmt.err" || echo "exit $?" >> "$out/$name.$fmt.err"
  done
}
records() { # name file...: recorded decisions grouped by policy, in order
  local name="$1"; shift
  for f in "$@"; do
    jq -c '[(.policy // "in-force"), .case]' "$f"
  done > "$work/all"
  local pols; pols="$(jq -r '.[0]' "$work/all" | awk '!seen[$0]++')"
  while IFS= read -r p; do
    jq -c --arg p "$p" 'select(.[0] == $p) | .[1]' "$work/all" > "$work/$name.$p.jsonl"
    local pol="$p"; [ "$p" = in-force ] && pol=""
    judge "$name.$p" "$pol" "$work/$name.$p.jsonl"
  done <<< "$pols"
  for f in "$@"; do echo "$f"; done > "$out/$name.files"
}
for dir in rules-*/src/test/resources/cases; do
  mapfile -t files < <(find "$dir" -name '*.json' | LC_ALL=C sort)
  records "cases-${dir%%/*}" "${files[@]}"
done
for f in $(find examples -name '*.jsonl' | LC_ALL=C sort); do
  records "example-$(basename "$f" .jsonl)" "$f"
done
for f in $(find examples -path examples/drafts -prune -o -name '*.json' -print | LC_ALL=C sort); do
  judge "example-$(basename "$f" .json)" "" "$f"
done
judge "example-drafts-jonkoping-2025" examples/drafts/jonkoping-2025/jonkoping-2025-utkast.json examples/jonkoping/*.json

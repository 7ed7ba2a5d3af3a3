#!/usr/bin/env bash
# check-reproducible.sh [MODULE ...]: builds the modules (default: rules-core rules-jonkoping-2023) twice, each time
# from a fresh copy of the working tree in its own folder, and compares the jars' SHA-256 checksums. Where two
# jars differ it names the first entry that differs. Exit 0: every jar bit-identical; 1: a jar differs; 2: a build
# failed. Offline (-o): run it after a build that resolved the dependencies (CI runs it after `mvn verify`).
# What makes the jars reproducible: project.build.outputTimestamp in the parent pom and
# -Ddrools.reproducibleExecutableModelGeneration=true in .mvn/maven.config (the generated rule classes'
# names are otherwise random).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=(rules-core rules-jonkoping-2023)
list=$(IFS=,; echo "${modules[*]}")
work="$(mktemp -d "${TMPDIR:-/tmp}/reproducible.XXXXXX")"
trap 'rm -rf "$work"' EXIT

for build in one two; do
  mkdir -p "$work/$build"
  # the working tree as it is (committed or not), without build output
  (cd "$root" && tar --exclude=./.git --exclude='*/target' --exclude=./target -cf - .) | (cd "$work/$build" && tar -xf -)
  echo "check-reproducible: build $build of $list" >&2
  if ! (cd "$work/$build" && mvn -B -o -q -DskipTests -Dmaven.javadoc.skip=true package -pl "$list" -am > "$work/$build.log" 2>&1); then
    echo "check-reproducible: build $build failed:" >&2
    tail -40 "$work/$build.log" >&2
    exit 2
  fi
done

status=0
for m in "${modules[@]}"; do
  for jar in "$work/one/$m"/target/*.jar; do
    name="${jar#"$work/one/"}"
    other="$work/two/$name"
    if [ ! -f "$other" ]; then echo "DIFFERS $name: missing in the second build"; status=1; continue; fi
    a=$(sha256sum < "$jar" | cut -d' ' -f1); b=$(sha256sum < "$other" | cut -d' ' -f1)
    if [ "$a" = "$b" ]; then
      echo "IDENTICAL $name $a"
    else
      status=1
      # the first entry, in the first jar's order, whose content (CRC-32) or presence differs
      first=$(python3 - "$jar" "$other" <<'PY'
import sys, zipfile
a = zipfile.ZipFile(sys.argv[1]).infolist(); b = {i.filename: i for i in zipfile.ZipFile(sys.argv[2]).infolist()}
names = {i.filename for i in a}
for i in a:
    o = b.get(i.filename)
    if o is None: print(i.filename + " (only in the first build)"); break
    if (o.CRC, o.file_size, o.date_time) != (i.CRC, i.file_size, i.date_time): print(i.filename); break
else:
    extra = sorted(set(b) - names)
    print(extra[0] + " (only in the second build)" if extra else "")
PY
)
      echo "DIFFERS $name: first differing entry: ${first:-(entries equal; metadata differs)}"
    fi
  done
done
exit $status

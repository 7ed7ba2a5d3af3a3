#!/usr/bin/env bash
# Moves the core's internals into se.integration.policy.core.internal.* (docs/api.md: the internal tier) and
# updates every reference. Only moves and import/reference updates; re-runnable after merging other branches
# (files already moved are skipped; references are rewritten wherever they are).
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
C=rules-core/src/main/java/se/integration/policy/core
T=rules-core/src/test/java/se/integration/policy/core

mv_dir() { # $1 from-dir, $2 to-dir: every .java file
  [ -d "$1" ] || return 0
  mkdir -p "$2"
  for f in "$1"/*.java; do [ -e "$f" ] && git mv "$f" "$2/"; done
  rmdir "$1" 2>/dev/null || true
}
mv_file() { [ -e "$1" ] && { mkdir -p "$2"; git mv "$1" "$2/"; } || true; }

# 1. the evaluator, rule bases, sessions, messages, result assembly
mv_dir $C/engine $C/internal/engine
mv_dir $T/engine $T/internal/engine
# 2. the reader's internals (InvalidCaseException and Problem stay: they are API)
for f in CaseReader CaseReaderSupport TreeValidator CaseSchema; do mv_file $C/read/$f.java $C/internal/read; done
for f in CaseReaderTest CaseSchemaTest OnlyWhenTest TreeValidatorTest; do mv_file $T/read/$f.java $T/internal/read; done

# 3. package declarations of the moved files
find $C/internal $T/internal -name '*.java' -print0 | xargs -0 perl -pi -e '
  s/^package se\.integration\.policy\.core\.engine;/package se.integration.policy.core.internal.engine;/;
  s/^package se\.integration\.policy\.core\.read;/package se.integration.policy.core.internal.read;/'

# 4. references everywhere (Java sources of every module, DRL, docs of the code)
files=$(git ls-files '*.java' '*.drl' | grep -v '^scripts/')
perl -pi -e '
  s/\bse\.integration\.policy\.core\.engine\b/se.integration.policy.core.internal.engine/g;
  s/\bse\.integration\.policy\.core\.read\.(CaseReader|CaseReaderSupport|TreeValidator|CaseSchema)\b/se.integration.policy.core.internal.read.$1/g;
' $files

# 5. what the moved reader files used from core.read without an import (same package before)
for f in $(ls $C/internal/read/*.java $T/internal/read/*.java 2>/dev/null); do
  for cls in InvalidCaseException Problem; do
    if grep -q "\b$cls\b" "$f" && ! grep -q "^import se.integration.policy.core.read.$cls;" "$f"; then
      perl -0pi -e "s/^(package [^;]+;\n)/\$1\nimport se.integration.policy.core.read.$cls;/m" "$f"
    fi
  done
done
# ... and what the classes left in core.read used from the moved ones without an import
for f in $(ls $C/read/*.java $T/read/*.java 2>/dev/null); do
  for cls in CaseReader CaseReaderSupport TreeValidator CaseSchema; do
    if grep -q "\b$cls\b" "$f" && ! grep -q "import se.integration.policy.core.internal.read.$cls;" "$f"; then
      perl -0pi -e "s/^(package [^;]+;\n)/\$1\nimport se.integration.policy.core.internal.read.$cls;/m" "$f"
    fi
  done
done

# 6. tools and tests reach the evaluator and the result mapper through EngineAccess, not PolicyEngine's API
#    (for code merged from branches written before PolicyEngine.evaluator() and resultMapper() went)
for f in $(grep -rlE '\.(evaluator|resultMapper)\(\)' --include=*.java rules-*/src | grep -v 'internal/engine/' || true); do
  perl -pi -e 's/\b((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:\(\))?)\.evaluator\(\)/se.integration.policy.core.internal.engine.Evaluator.of($1)/g;
               s/\b((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*)\.resultMapper\(\)/se.integration.policy.core.internal.engine.EngineAccess.resultMapper($1)/g' "$f"
done
echo "moved; now: mvn -B -o -q test-compile"

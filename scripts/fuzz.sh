#!/usr/bin/env bash
# Fuzzes each Jazzer target for its maxDuration (10 minutes), one after the other, and prints what Jazzer reports.
#   scripts/fuzz.sh                      every target
#   scripts/fuzz.sh CountParserFuzzTest#find 'ReadersFuzzTest#csv'   the named ones
# A crash stops its target with the input saved under the module's src/test/resources/.../*FuzzTestInputs/, where
# `mvn verify` replays it from then on. Runs offline against what ./run-tests or a first build downloaded.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=(SentenceSplitterFuzzTest#split DateReaderFuzzTest#find CountParserFuzzTest#find
           ReadersFuzzTest#csv ReadersFuzzTest#tsv ReadersFuzzTest#jsonLines ReadersFuzzTest#jsonArray
           ReadersFuzzTest#html ReadersFuzzTest#plainText ReadersFuzzTest#sniffed)
fi
status=0
for target in "${targets[@]}"; do
  module=core
  [[ $target == Readers* ]] && module=app
  log="${TMPDIR:-/tmp}/tally-fuzz-${target//#/-}.log"
  echo "== $target ($module), log $log"
  JAZZER_FUZZ=1 mvn -B -o -pl "$module" -am test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1
  rc=$?
  grep -E "^#[0-9]+ *DONE|Done [0-9]+ runs|runs in [0-9]+ second|== Java Exception|FuzzTestFindingException|Tests run:.*Fail" "$log" | tail -4
  ((rc == 0)) || { echo "   FAILED (exit $rc)"; status=1; }
done
exit $status

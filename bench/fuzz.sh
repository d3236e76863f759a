#!/usr/bin/env bash
# make fuzz: libFuzzer over every reader (text, tab-table, docx, odt, xml, pdf: poppler in process,
# then the PDF reader; pdf-layout: the untagged-PDF reader on words made from the bytes) and the whole import (pipeline), each started from a corpus of the project's own fixtures. Runs outside CI.
# FUZZ_RUNS executions per target (default 1000000), FUZZ_SECONDS at most (default 3600),
# FUZZ_READERS to choose targets, FUZZ_BIN for another build, FUZZ_MAX_LEN to override the input
# length. Findings (crash-*, timeout-*, oom-*) go to fuzz-findings/<reader>/; replay one with:
#   FUZZ_READER=docx .build/debug/handlingsplan-fuzz fuzz-findings/docx/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${FUZZ_BIN:-.build-fuzz/release/handlingsplan-fuzz}
RUNS=${FUZZ_RUNS:-1000000}
SECONDS_EACH=${FUZZ_SECONDS:-3600}
# Inputs up to FUZZ_MAX_LEN bytes; by default 4 KiB for text, 64 KiB for containers (a DOCX must fit whole).
declare -A MAX_LENS=([text]=4096 [tab-table]=4096 [docx]=65536 [odt]=65536 [xml]=65536 [pipeline]=65536 [pdf]=131072 [pdf-layout]=16384)
F=Tests/HandlingsplanTests/Fixtures
# $F/fuzz/ (make-fuzz-seeds.py): the shapes of issue 21 (nested AlternateContent, merged cells,
# combining runs, crowded start tags, invisible characters); ZIP64 records are in $F/hostile/.
declare -A SEEDS=(
  [text]="seeds/*.txt $F/cases/*.txt $F/generalization/*.txt $F/hostile/*.txt $F/fuzz/*.txt"
  [tab-table]="seeds/001_*.txt $F/cases/tab-table.txt $F/generalization/tab-rows.txt"
  [docx]="$F/renditions/*.docx $F/cases/*.docx $F/hostile/*.docx $F/fuzz/*.docx"
  [odt]="$F/renditions/*.odt $F/hostile/*.odt $F/fuzz/*.odt"
  [xml]="$F/renditions/*.xml $F/hostile/*.xml $F/fuzz/*.xml"
  [pdf]="$F/pdf/*.pdf"
  [pdf-layout]="$F/fuzz/*.txt"
  [pipeline]="seeds/*.txt $F/generalization/*.txt $F/renditions/*.docx $F/renditions/*.odt $F/renditions/*.xml $F/hostile/* $F/fuzz/*.docx $F/fuzz/*.odt $F/fuzz/*.xml $F/fuzz/*.txt"
)
for reader in ${FUZZ_READERS:-text tab-table docx odt xml pdf pdf-layout pipeline}; do
  corpus=$(mktemp -d)
  # shellcheck disable=SC2086
  cp ${SEEDS[$reader]} "$corpus/"
  mkdir -p "fuzz-findings/$reader"
  echo "== $reader: up to $RUNS runs or $SECONDS_EACH s"
  # Swift's own crash backtracer takes the signal before libFuzzer: off, so that libFuzzer writes the
  # crashing input (with it on, a trap in the text target left no finding and no message here).
  SWIFT_BACKTRACE=enable=no FUZZ_READER=$reader "$BIN" "$corpus" -runs="$RUNS" -max_total_time="$SECONDS_EACH" -max_len="${FUZZ_MAX_LEN:-${MAX_LENS[$reader]}}" \
    -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix="fuzz-findings/$reader/" 2>&1 \
    | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+== ?ERROR|SUMMARY|artifact_prefix|Done|Fatal error|.*Fatal error:)" || true
  rm -rf "$corpus"
  ls "fuzz-findings/$reader" | sed "s/^/finding: $reader\//" || true
done

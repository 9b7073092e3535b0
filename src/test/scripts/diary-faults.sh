#!/usr/bin/env bash
# The long version of the diary's fault harness (the test suite runs a bounded one: DiaryFaultTest).
#
#   src/test/scripts/diary-faults.sh [CONCURRENT_RUNS WRITERS APPENDS KILL_RUNS SEED]
#
# Defaults: 20 runs of 4 writers appending 20 entries (60 rows, about 62 KB, each) to one diary at once, then
# 300 runs of two writers where one (in a quarter of the runs both) is killed with SIGKILL at a random moment.
# After every run the diary is read back: every acknowledged entry must be there, whole, once; no entry may be
# there in part. Prints the totals and exits 1 if anything was lost or torn.
#
# Then, as root where a small tmpfs can be mounted, a real full disk: writers append until the 1 MiB file system
# is full; the diary must hold exactly the acknowledged entries.
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -B -q test-compile -DskipTests
CP="target/test-classes:target/classes:$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
java -cp "$CP" org.ketoplan.diary.DiaryFaultHarness "${1:-20}" "${2:-4}" "${3:-20}" "${4:-300}" "${5:-1}"

if [ "$(id -u)" = "0" ]; then
  disk=$(mktemp -d)
  if mount -t tmpfs -o size=1m tmpfs "$disk" 2>/dev/null; then
    trap 'umount "$disk"; rmdir "$disk"' EXIT
    set +e
    java -cp "$CP" org.ketoplan.diary.DiaryFaultHarness writer "$disk/diary" 0 100 > "$disk.acks" 2> "$disk.err"
    code=$?
    set -e
    acked=$(grep -c '^ack ' "$disk.acks" || true)
    echo "full disk: writer exit $code after $acked acknowledged entries; $(grep -m1 -o "BadInputException: .*" "$disk.err" | cut -c20-200)"
    java -cp "$CP" org.ketoplan.diary.DiaryFaultCheck "$disk/diary" "$acked"
    rm -f "$disk.acks" "$disk.err"
  else
    echo "full disk: skipped (cannot mount a tmpfs here)"
  fi
else
  echo "full disk: skipped (needs root to mount a small tmpfs; DiaryFaultTest simulates it with ulimit -f)"
fi

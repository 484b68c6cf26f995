#!/usr/bin/env bash
# Wall-clock sampling (JFR only samples threads on a CPU): N jstack snapshots of PID, every S seconds, of the
# threads whose name contains PATTERN; prints where they are, by their first journal/library frame.
# Usage: jstack-sample.sh PID PATTERN [N=20] [S=0.5]
pid=$1; pattern=$2; n=${3:-20}; s=${4:-0.5}
for _ in $(seq 1 "$n"); do jstack "$pid" 2>/dev/null; sleep "$s"; done | awk -v pat="$pattern" '
  /^"/ { inside = index($0, pat) > 0; found = 0; pg = 0; top = ""; next }
  inside && /^\tat / && !found {
    f = $2; sub(/\(.*/, "", f)
    if (top == "") top = f
    if (f ~ /^org\.postgresql/) { pg = 1; next }
    # Waiting on PostgreSQL: name the Axon or journal code that asked (skipping Hibernate, Hikari, Spring).
    if (pg && f !~ /^(dk\.samskabelse|org\.axonframework)/) next
    if (f ~ /^(org\.hibernate|com\.fasterxml|dk\.samskabelse|org\.axonframework)/ && f !~ /JournalBenchmark/) {
      found = 1; print (pg ? "[waits on PostgreSQL] " : "") f "  (top: " top ")"
    }
  }' | sort | uniq -c | sort -rn | head -25

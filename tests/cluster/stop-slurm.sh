#!/usr/bin/env bash
# Stops the cluster tests/cluster/start-slurm.sh started (by its pid files; munged is left running).
# Safe to run when nothing is running.
set -uo pipefail
STATE="${FAIRGROUND_SLURM_DIR:-/tmp/fairground-slurm}"
for daemon in slurmd slurmctld; do
  pidfile="$STATE/$daemon.pid"
  [ -f "$pidfile" ] || continue
  pid="$(cat "$pidfile")"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$pidfile"
done
echo "stop-slurm: stopped"

#!/usr/bin/env bash
# Starts a single-node Slurm cluster on this machine for the sweep's job-array test, or leaves a
# running one alone (idempotent: run it as often as you like). Needs root, Debian's `slurm-wlm`
# and `munge`. Everything Slurm writes lives in $FAIRGROUND_SLURM_DIR (default
# /tmp/fairground-slurm); clients find the cluster with SLURM_CONF=$FAIRGROUND_SLURM_DIR/slurm.conf.
# Stop it with tests/cluster/stop-slurm.sh. Exit 0 when the node is idle and takes jobs; otherwise
# exit 1 with the reason on stderr.
set -euo pipefail
STATE="${FAIRGROUND_SLURM_DIR:-/tmp/fairground-slurm}"
CONF="$STATE/slurm.conf"
export SLURM_CONF="$CONF"
HOST="$(hostname -s)"
CPUS="$(nproc)"
# Memory Slurm may hand out, in MB: most of this machine's (jobs asking for --mem are checked against it).
MEMORY="$(awk '/MemTotal/ { print int($2 / 1024 * 0.9) }' /proc/meminfo)"

fail() { echo "start-slurm: $*" >&2; exit 1; }

for tool in slurmctld slurmd munged sbatch sinfo scontrol munge unmunge; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (apt-get install slurm-wlm munge)"
done
[ "$(id -u)" = 0 ] || fail "slurmd must run as root to start jobs; run this script as root"

# Two test runs starting at once must not both start daemons: one waits for the other.
mkdir -p "$STATE"
exec 9>"$STATE/start.lock"
command -v flock >/dev/null && flock -w 180 9

node_state() { sinfo -h -N -n "$HOST" -o '%t' 2>/dev/null | head -n1 | tr -d '*~#!%$@^-' || true; }

ready() {
  local state
  state="$(node_state)"
  [ "$state" = idle ] || [ "$state" = mix ] || [ "$state" = alloc ]
}

# --- slurm.conf: one node with this machine's CPUs, no cgroups, no accounting.
mkdir -p "$STATE/ctld" "$STATE/spool"
cat >"$CONF.new" <<CONF
# Written by tests/cluster/start-slurm.sh: a single-node cluster for Fairground's sweep test.
ClusterName=fairground
SlurmctldHost=$HOST
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
SlurmctldPort=6817
SlurmdPort=6818
StateSaveLocation=$STATE/ctld
SlurmdSpoolDir=$STATE/spool
SlurmctldPidFile=$STATE/slurmctld.pid
SlurmdPidFile=$STATE/slurmd.pid
SlurmctldLogFile=$STATE/slurmctld.log
SlurmdLogFile=$STATE/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
SlurmdTimeout=60
InactiveLimit=0
KillWait=10
MinJobAge=300
NodeName=$HOST CPUs=$CPUS RealMemory=$MEMORY State=UNKNOWN
PartitionName=debug Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF

# A cluster already running on this very configuration is left alone.
if [ -f "$CONF" ] && cmp -s "$CONF" "$CONF.new" && scontrol ping >/dev/null 2>&1 && ready; then
  rm -f "$CONF.new"
  echo "start-slurm: already running ($HOST $(node_state), SLURM_CONF=$CONF)"
  exit 0
fi
mv "$CONF.new" "$CONF"

# --- munge: the cluster's authentication. Reuse a running munged; else make a key and start one.
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  if [ ! -s /etc/munge/munge.key ]; then
    mkdir -p /etc/munge
    if command -v mungekey >/dev/null; then mungekey --create --keyfile=/etc/munge/munge.key --force; else dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none; fi
  fi
  mkdir -p /run/munge /var/lib/munge /var/log/munge
  if id munge >/dev/null 2>&1; then
    chown munge:munge /etc/munge /etc/munge/munge.key /run/munge /var/lib/munge /var/log/munge
    chmod 0700 /etc/munge; chmod 0400 /etc/munge/munge.key; chmod 0755 /run/munge
    runuser -u munge -- munged 9>&- </dev/null >/dev/null 2>&1 || fail "munged did not start (see /var/log/munge/munged.log)"
  else
    chmod 0400 /etc/munge/munge.key
    munged --force 9>&- </dev/null >/dev/null 2>&1 || fail "munged did not start (see /var/log/munge/munged.log)"
  fi
  for _ in $(seq 1 50); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.1; done
  munge -n | unmunge >/dev/null 2>&1 || fail "munge does not answer after starting munged"
fi

# Stale daemons from an earlier configuration would hold the ports: stop ours first.
"$(dirname "$0")/stop-slurm.sh" >/dev/null 2>&1 || true
# The daemons must not inherit the start lock (fd 9) or this script's output: a daemon holding either
# would make the next start wait for the lock, or a caller reading the output wait for ever.
slurmctld -i 9>&- </dev/null >/dev/null 2>&1 || fail "slurmctld did not start: $(tail -n 5 "$STATE/slurmctld.log" 2>/dev/null)"
slurmd 9>&- </dev/null >/dev/null 2>&1 || fail "slurmd did not start: $(tail -n 5 "$STATE/slurmd.log" 2>/dev/null)"

for _ in $(seq 1 120); do
  ready && { echo "start-slurm: $HOST is $(node_state) with $CPUS CPUs (SLURM_CONF=$CONF)"; exit 0; }
  state="$(node_state)"
  # A node that came back from an earlier run may be down or drained: put it back in service.
  case "$state" in down|drain|drng|fail) scontrol update nodename="$HOST" state=resume >/dev/null 2>&1 || true ;; esac
  sleep 0.5
done
fail "the node did not become idle within 60 s (state: $(node_state)); logs in $STATE: $(tail -n 3 "$STATE/slurmd.log" 2>/dev/null)"

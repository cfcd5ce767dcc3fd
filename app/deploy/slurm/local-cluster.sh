#!/usr/bin/env bash
# Brings up a one-node Slurm cluster on localhost (Debian's slurm-wlm and munge), submits a
# 4-shard StoreTwin experiment plus its merge through submit.sh, waits, runs the same
# experiment unsharded, and compares the files. Run as root from the repository root after
# `mvn -DskipTests package` (it uses app/target/storetwin/bin/storetwin):
#   app/deploy/slurm/local-cluster.sh [WORK_DIR]
# It stops the daemons it started when it ends. Exit 0 when the merged files equal the
# unsharded ones byte for byte.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
work=${1:-$(mktemp -d /tmp/storetwin-slurm.XXXXXX)}
export STORETWIN=${STORETWIN:-$root/app/target/storetwin/bin/storetwin}
shards=4
experiment=(--arms fixed,markdown,oracle --replications 8 --days 7 --baseline fixed --seed 11)

[ "$(id -u)" = 0 ] || { echo "run me as root: I install packages and start slurmctld, slurmd and munged" >&2; exit 1; }
[ -x "$STORETWIN" ] || { echo "no launcher at $STORETWIN: run 'mvn -DskipTests package' first" >&2; exit 1; }
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge
fi

mkdir -p "$work"/{state,spool,log}
host=$(hostname -s)
cpus=$(nproc)
conf=$work/slurm.conf
cat > "$conf" <<CONF
ClusterName=storetwin-local
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MpiDefault=none
MailProg=/bin/true
NodeName=$host CPUs=$cpus State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$conf

started=()
stop() {
  for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap stop EXIT

if [ ! -s /etc/munge/munge.key ]; then
  mkdir -p /etc/munge && dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key 2>/dev/null
fi
chown -R munge:munge /etc/munge 2>/dev/null || true
chmod 400 /etc/munge/munge.key
mkdir -p /run/munge && chown munge:munge /run/munge 2>/dev/null || true
if ! munge -n >/dev/null 2>&1; then
  runuser -u munge -- munged --force
  sleep 1
fi
munge -n | unmunge >/dev/null && echo "munge: ok"

slurmctld -D -f "$conf" > "$work/log/slurmctld.out" 2>&1 & started+=($!)
slurmd -D -f "$conf" > "$work/log/slurmd.out" 2>&1 & started+=($!)
for _ in $(seq 60); do
  if sinfo -h -o '%T' 2>/dev/null | grep -qE '^(idle|mixed)'; then break; fi
  sleep 1
done
sinfo

echo "submitting $shards shards and the merge: storetwin experiment ${experiment[*]}"
read -r array merge < <("$here/submit.sh" "$shards" "$work/out" "${experiment[@]}")
echo "array job $array, merge job $merge"
started_at=$(date +%s)
while squeue -h -j "$array,$merge" 2>/dev/null | grep -q .; do
  sleep 2
done
echo "shards and merge finished in $(( $(date +%s) - started_at )) s"
scontrol show job "$merge" 2>/dev/null | grep -o 'JobState=[A-Z]*' || true
cat "$work"/out/storetwin-merge-*.out

echo "the same experiment unsharded:"
"$STORETWIN" experiment "${experiment[@]}" --quiet --out "$work/unsharded" >/dev/null 2>&1
status=0
for file in results.csv paired.csv daily.csv; do
  if cmp -s "$work/out/merged/$file" "$work/unsharded/$file"; then
    echo "$file: identical ($(wc -l < "$work/unsharded/$file") lines)"
  else
    echo "$file: DIFFERENT" >&2
    status=1
  fi
done
exit $status

#!/usr/bin/env bash
# Submits a sharded StoreTwin experiment to Slurm: an array of N shard tasks and a merge job
# that starts when every shard has succeeded. Prints the two job ids.
#   app/deploy/slurm/submit.sh N OUT_ROOT EXPERIMENT_OPTIONS...
# e.g. submit.sh 4 /scratch/exp --arms fixed,markdown,oracle --replications 40 --days 60
# Set STORETWIN to the storetwin launcher on the compute nodes (default: `storetwin` on PATH)
# and OUT_ROOT to a folder every node can reach.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
count=$1
out_root=$2
shift 2
mkdir -p "$out_root"
array=$(sbatch --parsable --chdir="$out_root" --export=ALL --array="1-$count" \
    "$here/experiment-array.sbatch" "$out_root" "$@")
merge=$(sbatch --parsable --chdir="$out_root" --export=ALL --dependency="afterok:$array" \
    "$here/merge.sbatch" "$out_root" "$count")
echo "$array $merge"

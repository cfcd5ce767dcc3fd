#!/usr/bin/env bash
# The container command of one Indexed Job pod: Kubernetes numbers the pods 0..N-1 in
# JOB_COMPLETION_INDEX; pod k runs shard k+1 of SHARDS into OUT_ROOT/shard-(k+1).
#   shard-entrypoint.sh EXPERIMENT_OPTIONS...    (env: JOB_COMPLETION_INDEX, SHARDS, OUT_ROOT)
set -euo pipefail
STORETWIN=${STORETWIN:-storetwin}
index=$(( ${JOB_COMPLETION_INDEX:?set by an Indexed Job} + 1 ))
count=${SHARDS:?the Job sets SHARDS to its completions}
out_root=${OUT_ROOT:-/data/out}
exec "$STORETWIN" experiment "$@" --quiet --threads "${THREADS:-1}" \
    --shard "$index/$count" --out "$out_root/shard-$index"

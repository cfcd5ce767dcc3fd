#!/usr/bin/env bash
# Checks the manifests here against the Kubernetes API schema, offline, with the npm package
# kubernetes-models (its JSON-schema validators of every API type), installed into a temporary
# folder: no cluster needed. Also runs the image's entry point the way a pod would, against the
# distribution built by `mvn -DskipTests package`. Run from the repository root:
#   app/deploy/k8s/validate.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
tools=$(mktemp -d /tmp/storetwin-k8s.XXXXXX)
trap 'rm -rf "$tools"' EXIT
(cd "$tools" && npm install --silent --no-audit --no-fund kubernetes-models@4 js-yaml@4 >/dev/null)
cat > "$tools/validate.cjs" <<'JS'
const fs = require("fs");
const yaml = require("js-yaml");
const kinds = {
  "batch/v1/Job": require("kubernetes-models/batch/v1/Job").Job,
  "v1/PersistentVolumeClaim": require("kubernetes-models/v1/PersistentVolumeClaim").PersistentVolumeClaim,
};
let failed = 0;
for (const file of process.argv.slice(2)) {
  for (const doc of yaml.loadAll(fs.readFileSync(file, "utf8"))) {
    const type = kinds[`${doc.apiVersion}/${doc.kind}`];
    if (!type) { console.log(`${file}: no schema for ${doc.apiVersion} ${doc.kind}`); failed++; continue; }
    try { new type(doc).validate(); console.log(`${file}: ${doc.kind} ${doc.metadata.name} is valid`); }
    catch (e) { console.log(`${file}: ${doc.kind} ${doc.metadata.name}: ${e.message}`); failed++; }
  }
}
process.exit(failed ? 1 : 0);
JS
NODE_PATH="$tools/node_modules" node "$tools/validate.cjs" "$here"/*.yaml

launcher=$root/app/target/storetwin/bin/storetwin
if [ -x "$launcher" ]; then
  out=$(mktemp -d /tmp/storetwin-k8s-out.XXXXXX)
  for k in 0 1; do
    STORETWIN=$launcher JOB_COMPLETION_INDEX=$k SHARDS=2 OUT_ROOT=$out \
      "$here/shard-entrypoint.sh" --arms fixed,oracle --replications 2 --days 1 --param population.size=300
  done
  "$launcher" experiment --merge "$out/shard-1" "$out/shard-2" --out "$out/merged" | tail -n 1
  rm -rf "$out"
else
  echo "no distribution at $launcher: run 'mvn -DskipTests package' to check the entry point too"
fi

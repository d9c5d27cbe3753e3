#!/usr/bin/env bash
# Build the package into a private folder (/tmp/tifa-build-NAME) so that several people can
# build and measure at once without touching ./dist. Prints the folder; use it as
#   node ../shared/tools/conformance.mjs --project "$(bash scripts/dev-build.sh NAME)"
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:-dev}
out=/tmp/tifa-build-$name
mkdir -p "$out"
cp package.json "$out/"
ln -sfn "$PWD/node_modules" "$out/node_modules"
npx tsup --silent --out-dir "$out/dist" >&2
cp -r bin "$out/"
echo "$out"

#!/usr/bin/env bash
# From an empty git repository to a commit holding a checked incident, as the README says, with the packed
# package: each step's wall time, and the total. The machine's share of "two minutes"; a person's typing is not in it.
# Run from the repository's root after `npm run build`: bash bench/adoption.sh
set -euo pipefail
root="$(pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm pack --silent --pack-destination "$work" >/dev/null
mkdir "$work/repo" && cd "$work/repo"
git init -q -b main && git config user.email bench@example.com && git config user.name bench
step() {
  local start end
  start=$(date +%s%N)
  bash -c "$1" >/dev/null 2>&1
  end=$(date +%s%N)
  printf '%7.2f s  %s\n' "$(echo "($end - $start) / 1000000000" | bc -l)" "$1"
}
total_start=$(date +%s%N)
step "npm i -D $work/incidents-as-code-*.tgz --no-audit --no-fund"
step 'npx incidents init --yes'
step 'npx incidents new --title "Checkout failing for EU customers" --severity SEV2 --started "30m ago" --commander @alice --yes'
step 'npx incidents validate'
step 'git add .gitignore .incidents.yml .github .vscode incidents package.json package-lock.json && git commit -qm "Incident: checkout failing for EU customers"'
printf '%7.2f s  in all; %s package(s) installed\n' "$(echo "($(date +%s%N) - $total_start) / 1000000000" | bc -l)" "$(ls node_modules | wc -l)"
cd "$root"

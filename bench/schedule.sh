#!/usr/bin/env bash
# Schedule crawls on scrapyd nodes: the one script a cron line or systemd timer calls.
#
#   bench/schedule.sh shard  NODE_URL... -- SITE...              each site on one node (round robin)
#   bench/schedule.sh shared REDIS_URL NODE_URL... -- SITE...    every site on every node, one shared
#                                                                frontier per site on REDIS_URL
#
# Environment: PROJECT (default newsscraper); SETTINGS, extra "NAME=VALUE" Scrapy settings separated
# by spaces, given to every job (e.g. "NEWSSCRAPER_SEEN_STORE=redis://10.0.0.5:6379/0"); ARGS, extra
# "name=value" spider arguments (e.g. "incremental=1"); DATA_DIR_OF_NODE, a printf pattern for each
# job's NEWSSCRAPER_DATA_DIR with the node's number (e.g. /srv/newsscraper/node%d; default: the
# node's own default). Prints one line per job: node, site, job id. Exits 1 if a node refused a job.
# See docs/scaling.md.
set -euo pipefail

mode=${1:?usage: schedule.sh shard|shared ...}
shift
redis_url=""
if [ "$mode" = shared ]; then
  redis_url=${1:?shared needs REDIS_URL}
  shift
elif [ "$mode" != shard ]; then
  echo "schedule.sh: mode is shard or shared, not $mode" >&2
  exit 2
fi
nodes=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do nodes+=("$1"); shift; done
[ $# -gt 0 ] && shift
sites=("$@")
if [ ${#nodes[@]} -eq 0 ] || [ ${#sites[@]} -eq 0 ]; then
  echo "usage: schedule.sh shard NODE_URL... -- SITE...  |  schedule.sh shared REDIS_URL NODE_URL... -- SITE..." >&2
  exit 2
fi
project=${PROJECT:-newsscraper}

schedule() {  # node_number node_url site
  local n=$1 node=$2 site=$3 fields answer
  fields=(-d "project=$project" -d "spider=$site")
  for setting in ${SETTINGS:-}; do fields+=(-d "setting=$setting"); done
  for arg in ${ARGS:-}; do fields+=(-d "$arg"); done
  if [ -n "$redis_url" ]; then fields+=(-d "setting=NEWSSCRAPER_REDIS_URL=$redis_url"); fi
  if [ -n "${DATA_DIR_OF_NODE:-}" ]; then
    # shellcheck disable=SC2059
    fields+=(-d "setting=NEWSSCRAPER_DATA_DIR=$(printf "$DATA_DIR_OF_NODE" "$n")")
  fi
  answer=$(curl -sS --max-time 30 "${node%/}/schedule.json" "${fields[@]}")
  case $answer in
    *'"status": "ok"'*|*'"status":"ok"'*)
      echo "$node $site $(printf '%s' "$answer" | sed -n 's/.*"jobid": *"\([^"]*\)".*/\1/p')" ;;
    *) echo "schedule.sh: $node refused $site: $answer" >&2; return 1 ;;
  esac
}

failed=0
i=0
for site in "${sites[@]}"; do
  if [ "$mode" = shard ]; then
    n=$((i % ${#nodes[@]}))
    schedule "$((n + 1))" "${nodes[$n]}" "$site" || failed=1
  else
    for n in "${!nodes[@]}"; do schedule "$((n + 1))" "${nodes[$n]}" "$site" || failed=1; done
  fi
  i=$((i + 1))
done
exit "$failed"

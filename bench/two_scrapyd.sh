#!/usr/bin/env bash
# The worked example of docs/scaling.md: two scrapyd nodes on loopback share one frontier on Redis.
#
#   bench/two_scrapyd.sh [SITE]        (default sample_nastooh; run from anywhere, needs .venv)
#
# Starts a throw-away redis-server (--save '', its own temp dir), the bundled sample site, and two
# scrapyd instances (each its own directory and port, max_proc 1); deploys the project's egg to both
# with scrapyd-deploy; runs bench/schedule.sh once in `shared` mode (one job per node, one frontier);
# waits for both jobs; then prints per node the records exported and the cluster lines of its log,
# whether any article page was fetched twice (the site's request log), and `newsscraper merge` of
# the two nodes' exports. Everything listens on 127.0.0.1 and is stopped at the end.
set -euo pipefail
export NEWSSCRAPER_DEMO_SITES=1  # the sample sites are spiders only on request (scrapyd and its jobs inherit it)

site=${1:-sample_nastooh}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$root/.venv/bin
work=$(mktemp -d -t two-scrapyd-XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -z "${KEEP:-}" ]; then rm -rf "$work"; else echo "kept $work"; fi
}
trap cleanup EXIT

free_port() { "$bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_http() { for _ in $(seq 150); do curl -sf "$1" >/dev/null 2>&1 && return 0; sleep 0.2; done; echo "no answer: $1" >&2; exit 1; }

redis_server=$(command -v redis-server || "$bin/python" -c 'import sys; sys.path.insert(0, "'"$root"'")
from tests.support.redisserver import find_redis_server; print(find_redis_server() or "")')
[ -n "$redis_server" ] || { echo "no redis-server (pip install -e '.[test]', or apt-get install redis-server)" >&2; exit 1; }
redis_port=$(free_port)
mkdir -p "$work/redis"
"$redis_server" --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --dir "$work/redis" \
  --daemonize no >"$work/redis/redis.log" 2>&1 &
pids+=($!)
redis_url="redis://127.0.0.1:$redis_port/0"

"$bin/python" -m newsscraper.demo.server --sites "$site" --log "$work/requests.log" >"$work/site.json" 2>"$work/site.err" &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/site.json" ] && break; sleep 0.1; done
base=$("$bin/python" -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$work/site.json" "$site")

nodes=()
for n in 1 2; do
  home=$work/scrapyd$n
  port=$(free_port)
  mkdir -p "$home"
  printf '[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = %s\neggs_dir = %s/eggs\nlogs_dir = %s/logs\ndbs_dir = %s/dbs\nitems_dir =\npoll_interval = 0.5\nmax_proc = 1\n' \
    "$port" "$home" "$home" "$home" >"$home/scrapyd.conf"
  (cd "$home" && exec env -u SCRAPY_SETTINGS_MODULE -u NEWSSCRAPER_DATA_DIR "$bin/scrapyd" >"$home/scrapyd.log" 2>&1) &
  pids+=($!)
  nodes+=("http://127.0.0.1:$port")
done
for node in "${nodes[@]}"; do wait_http "$node/daemonstatus.json"; done

# Deploy the same egg to both nodes from a copy of the project.
mkdir -p "$work/project"
cp -r "$root/newsscraper" "$root/scrapy.cfg" "$root/pyproject.toml" "$root/README.md" "$work/project/"
find "$work/project" -name __pycache__ -prune -exec rm -rf {} +
for n in 1 2; do printf '\n[deploy:node%s]\nurl = %s/\nproject = newsscraper\n' "$n" "${nodes[$((n - 1))]}" >>"$work/project/scrapy.cfg"; done
for n in 1 2; do (cd "$work/project" && "$bin/scrapyd-deploy" "node$n" --version r1 >/dev/null 2>"$work/deploy$n.log"); done

echo "redis $redis_url; site $base; scrapyd nodes ${nodes[*]}"
# No retries in this demo: an article page requested twice could then only be a frontier fault.
echo "--- bench/schedule.sh shared $redis_url ${nodes[*]} -- $site"
jobs=$(PATH="$bin:$PATH" SETTINGS="NEWSSCRAPER_LOOPBACK=1 DOWNLOAD_DELAY=0.2 CONCURRENT_REQUESTS_PER_DOMAIN=2 RETRY_TIMES=0 LOG_LEVEL=INFO" \
  ARGS="base_url=$base" DATA_DIR_OF_NODE="$work/node%d-data" \
  "$root/bench/schedule.sh" shared "$redis_url" "${nodes[@]}" -- "$site")
echo "$jobs"

t0=$(date +%s)
while read -r node _site jobid; do
  for _ in $(seq 240); do
    curl -s "$node/listjobs.json?project=newsscraper" | "$bin/python" -c 'import json, sys
jobs = json.load(sys.stdin)
sys.exit(0 if any(j["id"] == sys.argv[1] for j in jobs.get("finished", [])) else 1)' "$jobid" && break
    sleep 0.5
  done
done <<<"$jobs"
echo "--- both jobs finished in $(( $(date +%s) - t0 )) s"

n=0
while read -r node _site jobid; do
  n=$((n + 1))
  log=$work/scrapyd$n/logs/newsscraper/$site/$jobid.log
  records=$(cat "$work/node$n-data/exports/$site/"*.jsonl 2>/dev/null | wc -l)
  echo "node$n ($node): $records records; $(grep -o "'finish_reason': '[a-z]*'" "$log")"
  grep -o 'cluster: .*' "$log" | sed 's/^/    /'
done <<<"$jobs"
"$bin/python" -c 'import collections, sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from tests.support.servers import article_requests
fetched = collections.Counter(article_requests(Path(sys.argv[2]), sys.argv[3]))
print(f"article pages requested: {sum(fetched.values())} ({len(fetched)} distinct), fetched twice: "
      f"{sorted(p for p, k in fetched.items() if k > 1) or 0}")' "$root" "$work/requests.log" "$site"
echo "--- newsscraper merge $work/node1-data/exports/$site $work/node2-data/exports/$site"
"$bin/newsscraper" merge "$work/node1-data/exports/$site" "$work/node2-data/exports/$site" --out "$work/merged"
echo "frontier, filter and worker keys left in redis: $("$bin/python" -c 'import redis, sys; print(sorted(redis.Redis.from_url(sys.argv[1], decode_responses=True).keys("newsscraper:'"$site"':*")), "; seen-store keys:", len(redis.Redis.from_url(sys.argv[1]).keys("newsscraper:state:*")))' "$redis_url")"

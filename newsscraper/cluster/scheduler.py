"""Cluster mode: several crawl processes (on one machine or many) share one frontier per site.

Switched on by one setting, `-s NEWSSCRAPER_REDIS_URL=redis://host:6379/0`; the ClusterMode add-on
(newsscraper.addons) then sets SCHEDULER to ClusterScheduler below, DUPEFILTER_CLASS to
scrapy-redis's RFPDupeFilter, REDIS_URL, SCHEDULER_PERSIST and per-site keys:

    newsscraper:<site>:requests     the shared frontier (scrapy-redis PriorityQueue: a sorted set of
                                    pickled requests, scored by -priority)
    newsscraper:<site>:dupefilter   the shared request filter (a set of request fingerprints)
    newsscraper:<site>:workers      the workers of the crawl: id → {host, pid, data_dir, state, beat}
    newsscraper:<site>:inflight     what each worker took off the frontier and is still working on
                                    (newsscraper.cluster.inflight: a dead worker's share goes back)

Every worker runs the same spider and yields the same start requests (feeds, sitemaps, listings);
the shared filter lets the first one through and drops the others' copies, so each URL is fetched
once across the cluster (article URLs are canonicalised before they are requested).

Why a subclass of scrapy-redis 0.9.1's Scheduler rather than the class itself (checked on Scrapy
2.19; scrapy-redis imports and its queue and filter work as they are):

- its per-request `stats.inc_value(..., spider=...)` is deprecated since Scrapy 2.14 (a warning per
  request);
- with SCHEDULER_PERSIST off, the first worker to finish deletes the shared frontier and filter
  while the others still crawl; with it on, the filter outlives the crawl, and the next crawl of the
  site finds its feeds and sitemaps "already seen" and fetches nothing. ClusterScheduler instead
  ends a *generation*: the last worker out deletes the filter once the frontier is drained, and the
  first worker in deletes a filter left without live workers and without queued requests. A crawl
  interrupted with requests still queued is resumed by the next worker (filter kept);
- its keys use the spider name, so every site crawled with the generic `news` spider would share
  one frontier: ours use the site key;
- its scheduler closes a process as soon as the shared queue is momentarily empty (or, with
  RedisSpider, never): see "Finishing" below. RedisSpider itself cannot be used: it feeds the crawl
  from `start_requests`, which Scrapy 2.16 removed.

Finishing. A worker closes when the shared frontier is empty, nothing of its own is in flight, and
no live peer is busy or has requests in flight (a peer may still add requests, or die and leave its
requests to us). While it waits it re-reads the frontier every NEWSSCRAPER_CLUSTER_POLL seconds
(0.5). Each worker writes a heartbeat every NEWSSCRAPER_CLUSTER_HEARTBEAT seconds (1); a peer silent
for NEWSSCRAPER_CLUSTER_PEER_TIMEOUT seconds (10, the heartbeat's time to live) is taken as dead, and
the registry script that finds it so puts the requests it had in flight back into the frontier
(newsscraper.cluster.inflight), where a live worker takes them: nothing a killed worker held is lost.

Exports stay one file per process and run. Two workers on one machine must not share a data
directory: a starting crawl recovers every `.part` file of its site's export folder as left by a
killed run, so it would take over the live file of the other. ClusterScheduler refuses to start
when a live worker of the same site on the same host uses the same data directory.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.utils.asyncio import create_looping_call
from scrapy.utils.misc import load_object
from scrapy_redis import connection
from scrapy_redis.scheduler import Scheduler as RedisScheduler

from newsscraper.cluster.inflight import INFLIGHT_KEY, REQUEUE, InFlight, TrackedPriorityQueue
from newsscraper.paths import data_dir

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

QUEUE_KEY = "newsscraper:%(spider)s:requests"
DUPEFILTER_KEY = "newsscraper:%(spider)s:dupefilter"
WORKERS_KEY = "newsscraper:%(spider)s:workers"

# The registry scripts read the server's clock (TIME), so hosts with skewed clocks agree on ages.
# Every one takes KEYS: workers, frontier, filter, in-flight; ARGV[1] me, ARGV[2] the heartbeat TTL.
# Whichever runs first after a worker's heartbeat expired drops it and puts its in-flight requests
# back into the frontier (inflight.REQUEUE); `keep_me` says whether my own entries stay.
_LIVE = """
local me = ARGV[1]
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local timeout = tonumber(ARGV[2])
local live, busy, peers, alive = 0, 0, {}, {}
if keep_me then alive[me] = true end
local entries = redis.call('HGETALL', KEYS[1])
for i = 1, #entries, 2 do
  local ok, info = pcall(cjson.decode, entries[i + 1])
  if ok and type(info) == 'table' and tonumber(info.beat) and now - tonumber(info.beat) < timeout then
    if entries[i] ~= me then
      live = live + 1
      alive[entries[i]] = true
      if info.state == 'busy' then busy = busy + 1 end
      table.insert(peers, entries[i + 1])
    end
  else
    redis.call('HDEL', KEYS[1], entries[i])
  end
end
""" + REQUEUE

# ARGV[3] my info (JSON), ARGV[4] flush ('1' or '0').
# Returns {generation, live peers, queued?, requeued, peers' info...}; generation: new / resumed / joined.
JOIN = "local keep_me = true" + _LIVE + """
local queued = redis.call('EXISTS', KEYS[2])
local generation = 'joined'
if live == 0 then
  if ARGV[4] == '1' then
    redis.call('DEL', KEYS[2], KEYS[3])
    queued = 0
  end
  if queued == 0 then
    redis.call('DEL', KEYS[3])
    generation = 'new'
  else
    generation = 'resumed'
  end
end
local mine = cjson.decode(ARGV[3])
mine.beat = now
redis.call('HSET', KEYS[1], me, cjson.encode(mine))
local out = {generation, live, queued, requeued}
for _, p in ipairs(peers) do table.insert(out, p) end
return out
"""

# ARGV[3] my info (JSON). Returns {live peers, busy peers, peers' requests in flight, requeued}.
BEAT = "local keep_me = true" + _LIVE + """
local mine = cjson.decode(ARGV[3])
mine.beat = now
redis.call('HSET', KEYS[1], me, cjson.encode(mine))
return {live, busy, others_inflight, requeued}
"""

# ARGV[3] persist ('1' or '0'). My own entries left in flight (none after a clean close) go back.
# Returns: left (peers live), ended (generation over: filter deleted), kept (frontier kept for a
# resume), flushed (no persistence: frontier and filter deleted).
LEAVE = """
local keep_me = false
redis.call('HDEL', KEYS[1], ARGV[1])
""" + _LIVE + """
if live > 0 then return 'left' end
if ARGV[3] == '0' then
  redis.call('DEL', KEYS[2], KEYS[3])
  return 'flushed'
end
if redis.call('EXISTS', KEYS[2]) == 0 then
  redis.call('DEL', KEYS[3])
  return 'ended'
end
return 'kept'
"""


class ClusterConflict(RuntimeError):
    """Another live worker of the same site on this host writes to the same data directory."""


def site_key(spider: Spider) -> str:
    """The key the frontier is per: the site's key (the generic spider's is the host), else the name."""
    site = getattr(spider, "site", None)
    return getattr(site, "key", None) or spider.name


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class ClusterScheduler(RedisScheduler):
    """scrapy-redis's scheduler, with cluster membership, generations and idle handling (see above)."""

    def __init__(self, server: Any, crawler: Crawler, **kwargs: Any) -> None:
        super().__init__(server, **kwargs)
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.workers_key_tpl = settings.get("NEWSSCRAPER_CLUSTER_WORKERS_KEY") or WORKERS_KEY
        self.inflight_key_tpl = settings.get("NEWSSCRAPER_CLUSTER_INFLIGHT_KEY") or INFLIGHT_KEY
        self.peer_timeout = settings.getfloat("NEWSSCRAPER_CLUSTER_PEER_TIMEOUT", 10.0)
        self.heartbeat_every = settings.getfloat("NEWSSCRAPER_CLUSTER_HEARTBEAT", 1.0)
        self.poll_every = settings.getfloat("NEWSSCRAPER_CLUSTER_POLL", 0.5)
        if self.peer_timeout < 2 * self.heartbeat_every:
            raise ValueError("NEWSSCRAPER_CLUSTER_PEER_TIMEOUT must be at least twice NEWSSCRAPER_CLUSTER_HEARTBEAT")
        self.host = socket.gethostname()
        self.worker_id = f"{self.host}:{os.getpid()}:{os.urandom(3).hex()}"
        self.data_dir = str(data_dir(settings.get("NEWSSCRAPER_DATA_DIR")))
        self.exports = settings.getbool("NEWSSCRAPER_EXPORT", True)
        self.state = "busy"
        self.workers_key = ""
        self.inflight: InFlight | None = None
        self._join = server.register_script(JOIN)
        self._beat_script = server.register_script(BEAT)
        self._leave = server.register_script(LEAVE)
        self._beat: Any = None
        self._poll: Any = None
        self._waiting_logged = False
        self._known: set[bytes] = set()  # requests this worker met (see _seen)
        self.known_max = settings.getint("NEWSSCRAPER_CLUSTER_KNOWN_MAX", 2_000_000)  # ~100 MB

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClusterScheduler:
        # scrapy-redis's from_crawler goes through from_settings and builds a dupefilter that is
        # never used; read the same settings here.
        settings = crawler.settings
        kwargs: dict[str, Any] = {
            "persist": settings.getbool("SCHEDULER_PERSIST", True),
            "flush_on_start": settings.getbool("SCHEDULER_FLUSH_ON_START"),
            "idle_before_close": 0,  # never a blocking pop: it would stop the reactor
            "queue_key": settings.get("SCHEDULER_QUEUE_KEY") or QUEUE_KEY,
            "dupefilter_key": settings.get("SCHEDULER_DUPEFILTER_KEY") or DUPEFILTER_KEY,
        }
        for name, setting in (("queue_cls", "SCHEDULER_QUEUE_CLASS"), ("dupefilter_cls", "DUPEFILTER_CLASS"),
                              ("serializer", "SCHEDULER_SERIALIZER")):
            if settings.get(setting):
                kwargs[name] = settings.get(setting)
        if isinstance(kwargs.get("serializer"), str):
            import importlib

            kwargs["serializer"] = importlib.import_module(kwargs["serializer"])
        server = connection.get_redis_from_settings(settings)
        server.ping()
        scheduler = cls(server, crawler, **kwargs)
        crawler.signals.connect(scheduler.spider_idle, signal=signals.spider_idle)
        return scheduler

    # ------------------------------------------------------------------ membership

    def _info(self) -> str:
        return json.dumps({"host": self.host, "pid": os.getpid(), "data_dir": self.data_dir, "state": self.state,
                           "exports": self.exports}, ensure_ascii=False)

    def _forget_dead_local_peers(self) -> None:
        """Entries of this host whose process is gone (a kill): no need to wait for their timeout."""
        for wid, raw in self.server.hgetall(self.workers_key).items():
            wid = wid.decode() if isinstance(wid, bytes) else wid
            try:
                info = json.loads(raw)
            except ValueError:
                continue
            if info.get("host") == self.host and wid != self.worker_id and not _pid_alive(int(info.get("pid", 0))):
                self.server.hdel(self.workers_key, wid)

    def _keys(self) -> list[str]:
        """The KEYS of every registry script."""
        return [self.workers_key, self.queue.key, self.df.key, self.queue.inflight_key]

    def open(self, spider: Spider) -> None:
        self.spider = spider
        fmt = {"spider": site_key(spider)}
        queue_cls = load_object(self.queue_cls)
        if not (isinstance(queue_cls, type) and issubclass(queue_cls, TrackedPriorityQueue)):
            raise ValueError(f"SCHEDULER_QUEUE_CLASS {self.queue_cls} does not record what a worker has in flight: "
                             f"cluster mode needs newsscraper.cluster.TrackedPriorityQueue or a subclass")
        self.queue = queue_cls(server=self.server, spider=spider, key=self.queue_key % fmt,
                               serializer=self.serializer, inflight_key=self.inflight_key_tpl % fmt)
        self.inflight = InFlight(self.queue, self.worker_id, self.crawler.engine)
        # RFPDupeFilter.from_spider would key the filter by spider name; ours is per site.
        self.df = load_object(self.dupefilter_cls)(self.server, key=self.dupefilter_key % fmt,
                                                   debug=spider.settings.getbool("DUPEFILTER_DEBUG"))
        self.workers_key = self.workers_key_tpl % fmt
        self._forget_dead_local_peers()
        flush = "1" if self.flush_on_start else "0"
        generation, live, _queued, requeued, *peers = self._join(
            keys=self._keys(), args=[self.worker_id, self.peer_timeout, self._info(), flush])
        generation = generation.decode() if isinstance(generation, bytes) else generation
        conflicts = [p for p in map(json.loads, peers) if p.get("host") == self.host and p.get("exports")
                     and self.exports and p.get("data_dir") == self.data_dir]
        if conflicts:
            self.server.hdel(self.workers_key, self.worker_id)
            raise ClusterConflict(
                f"worker pid {conflicts[0].get('pid')} of {fmt['spider']} on this host already writes to "
                f"{self.data_dir}: give each worker its own NEWSSCRAPER_DATA_DIR (a crawl recovers every .part "
                f"file of its export folder as a killed run's)")
        if self.flush_on_start and live:
            logger.warning("SCHEDULER_FLUSH_ON_START ignored: %d live workers share the frontier", live)
        self._requeued(int(requeued))
        self.stats.set_value("cluster/generation", generation)
        self.stats.set_value("cluster/peers_at_start", int(live))
        self.stats.set_value("cluster/worker", self.worker_id)
        logger.info("cluster: %s crawl of %s (%d other live workers, %d requests queued) as worker %s",
                    generation, fmt["spider"], live, len(self.queue), self.worker_id)
        self._beat = create_looping_call(self._heartbeat)
        self._beat.start(self.heartbeat_every, now=False)

    def _heartbeat(self) -> tuple[int, int, int]:
        """Beat; returns live peers, busy peers and the peers' requests in flight."""
        try:
            if self.inflight is not None:
                self.inflight.settle()
            live, busy, inflight, requeued = self._beat_script(
                keys=self._keys(), args=[self.worker_id, self.peer_timeout, self._info()])
        except Exception:  # a Redis hiccup must not stop the crawl; the next beat tries again
            logger.warning("cluster: heartbeat failed", exc_info=True)
            return 0, 0, 0
        self._requeued(int(requeued))
        return int(live), int(busy), int(inflight)

    def _requeued(self, count: int) -> None:
        if count:
            self.stats.inc_value("cluster/requeued", count)
            logger.info("cluster: put back %d request(s) in flight at dead worker(s) into the frontier", count)

    def close(self, reason: str) -> None:
        for loop in (self._beat, self._poll):
            if loop is not None and loop.running:
                loop.stop()
        if not self.workers_key:
            return
        if self.inflight is not None:
            # The engine closed its slot only once every request it held was done: all are released.
            self.inflight.settle()
        outcome = self._leave(keys=self._keys(), args=[self.worker_id, self.peer_timeout, "1" if self.persist else "0"])
        outcome = outcome.decode() if isinstance(outcome, bytes) else outcome
        self.stats.set_value("cluster/left", outcome)
        logger.info("cluster: worker %s left (%s): %s", self.worker_id, reason, {
            "left": "other workers go on", "ended": "last worker out, frontier drained: crawl over",
            "kept": f"last worker out, {len(self.queue)} requests kept for the next worker to resume",
            "flushed": "last worker out, frontier and filter deleted (SCHEDULER_PERSIST off)"}.get(outcome, outcome))

    # ------------------------------------------------------------------ queue

    def enqueue_request(self, request: Request) -> bool:
        if not request.dont_filter and self._seen(request):
            self.df.log(request, self.spider)
            self.stats.inc_value("cluster/filtered")
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def _seen(self, request: Request) -> bool:
        """The shared filter's answer, asked once per fingerprint and worker.

        A news page links to dozens of articles, nearly all already seen; asking Redis each time
        made the SADD round trips a third of a worker's time. The shared set only grows while a
        generation lives (it is deleted only when no worker is live), so a fingerprint this worker
        has met is seen for good; only new ones go to Redis.
        """
        # The raw request, not its fingerprint: canonicalising every link for the fingerprint cost
        # as much as the round trip. A 128-bit digest keeps the set small; two spellings of one URL
        # are two entries here, and each gets the shared filter's answer once.
        raw = hashlib.blake2b(request.method.encode() + b" " + request.url.encode() + b" " + (request.body or b""),
                              digest_size=16).digest()
        if raw in self._known:
            self.stats.inc_value("cluster/filtered_locally")
            return True
        if len(self._known) >= self.known_max:
            self._known.clear()
        self._known.add(raw)
        return self.df.server.sadd(self.df.key, self.df.request_fingerprint(request)) == 0

    def next_request(self) -> Request | None:
        assert self.inflight is not None
        self.inflight.settle()  # the engine calls this as each request is done: release those first
        request = self.inflight.take()
        if request is not None:
            self.stats.inc_value("scheduler/dequeued/redis")
            if self.state != "busy":
                self.state = "busy"
                self._stop_polling()
                self._heartbeat()
        return request

    # ------------------------------------------------------------------ idle

    def spider_idle(self, spider: Spider) -> None:
        """Nothing of ours in flight and the frontier looked empty: close, unless peers may add work."""
        self.state = "idle"
        live, busy, inflight = self._heartbeat()
        if len(self.queue) or busy or inflight:
            # A peer's requests in flight may bring new links, or come back here if the peer dies.
            if not self._waiting_logged:
                logger.info("cluster: frontier empty here, waiting for %d busy worker(s) of %d live, "
                            "%d request(s) in flight at peers", busy, live, inflight)
                self._waiting_logged = True
            self.stats.inc_value("cluster/idle_waits")
            self._start_polling()
            raise DontCloseSpider
        self._stop_polling()

    def _start_polling(self) -> None:
        if self._poll is None or not self._poll.running:
            self._poll = create_looping_call(self._wake)
            self._poll.start(self.poll_every, now=False)

    def _stop_polling(self) -> None:
        self._waiting_logged = False
        if self._poll is not None and self._poll.running:
            self._poll.stop()

    def _wake(self) -> None:
        """Make the engine look at the frontier (and so fire spider_idle again when it is still empty).

        Without this the engine only looks every 5 s (its slot heartbeat); Scrapy has no public call
        for "look now", so this uses the engine slot's CallLaterOnce, and falls back to that 5 s
        heartbeat if a Scrapy release renames it.
        """
        slot = getattr(self.crawler.engine, "_slot", None)
        nextcall = getattr(slot, "nextcall", None)
        if nextcall is not None:
            nextcall.schedule()

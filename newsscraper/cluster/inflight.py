"""Cluster mode's in-flight requests: what each worker took off the shared frontier and has not yet
fully processed, kept in Redis so that a live worker can put a dead worker's share back.

    newsscraper:<site>:inflight   a hash: "<worker id>#<n>" → "<frontier score>|<serialised request>"

A worker takes a request off the frontier and enters it here in one Lua script (TAKE), so a kill
between the two cannot lose it. It releases the entry once Scrapy's engine no longer holds the
request: the engine lets a request go only after its response went through the spider and every
item it gave through the pipelines (export line flushed, seen-store entry written), after its
follow-up requests (links, a redirect, a retry) were pushed to the frontier, or after it finally
failed. newsscraper.cluster's registry scripts run REQUEUE: the entries of every worker that is not
live go back into the frontier with their scores, in the same script that finds the worker dead.

At least once, not exactly once: a worker killed after a request's items were exported but before
its entry was released has that page fetched again by a peer, and the shared seen-store drops the
copy (drop/unchanged), so the article is exported once.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from scrapy_redis.queue import PriorityQueue

if TYPE_CHECKING:
    from scrapy import Request

INFLIGHT_KEY = "newsscraper:%(spider)s:inflight"

# KEYS: frontier, in-flight. ARGV: the entry's field. The frontier's first request, moved atomically.
TAKE = """
local got = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #got == 0 then return false end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
redis.call('HSET', KEYS[2], ARGV[1], got[2] .. '|' .. got[1])
return got[1]
"""

# A Lua fragment for the registry scripts: needs `alive` (worker id → true) and `me`; KEYS[2] is the
# frontier, KEYS[4] the in-flight hash. Entries of workers not alive go back; leaves `requeued` and
# `others_inflight` (entries of live workers other than me).
REQUEUE = """
local requeued, others_inflight = 0, 0
for _, field in ipairs(redis.call('HKEYS', KEYS[4])) do
  local owner = string.match(field, '^(.*)#%d+$')
  if owner and alive[owner] then
    if owner ~= me then others_inflight = others_inflight + 1 end
  else
    local entry = redis.call('HGET', KEYS[4], field)
    local bar = string.find(entry, '|', 1, true)
    if bar then redis.call('ZADD', KEYS[2], string.sub(entry, 1, bar - 1), string.sub(entry, bar + 1)) end
    redis.call('HDEL', KEYS[4], field)
    requeued = requeued + 1
  end
end
"""


class TrackedPriorityQueue(PriorityQueue):
    """scrapy-redis's priority queue (a sorted set scored by -priority), whose pops are recorded in
    the in-flight hash. pop() is the plain, untracked one; a cluster worker uses take()."""

    def __init__(self, server: Any, spider: Any, key: str, serializer: Any = None, inflight_key: str = "") -> None:
        super().__init__(server, spider, key, serializer)
        self.inflight_key = inflight_key
        self._take = server.register_script(TAKE)

    def take(self, field: str) -> Request | None:
        data = self._take(keys=[self.key, self.inflight_key], args=[field])
        return self._decode_request(data) if data else None

    def release(self, fields: Iterable[str]) -> None:
        fields = list(fields)
        if fields:
            self.server.hdel(self.inflight_key, *fields)

    def inflight(self) -> int:
        return self.server.hlen(self.inflight_key)


class InFlight:
    """This worker's requests taken off the frontier, until the engine lets them go.

    Scrapy has no signal for "this request is done" (a response's items may still be in the
    pipelines after its callback returned, and a redirect or a failure never reaches a callback),
    but its engine holds each request it got from the scheduler in `_slot.inprogress` until all of
    that is over: checked on Scrapy 2.19, and checked again at every start (EngineUnknown).
    """

    def __init__(self, queue: TrackedPriorityQueue, worker_id: str, engine: Any) -> None:
        self.queue = queue
        self.worker_id = worker_id
        self.slot = getattr(engine, "_slot", None)
        if not isinstance(getattr(self.slot, "inprogress", None), set):
            raise EngineUnknown("cluster mode needs Scrapy's engine to keep the requests it works on in "
                                "engine._slot.inprogress (Scrapy 2.19 does): this Scrapy does not, so a dead "
                                "worker's requests could not be handed over safely")
        self.held: dict[Request, str] = {}  # a request object → its field in the in-flight hash
        self._numbers = itertools.count(1)

    def take(self) -> Request | None:
        """The frontier's next request, recorded as this worker's. Call settle() first, not after:
        the engine adds the request to its set only once this returns."""
        field = f"{self.worker_id}#{next(self._numbers)}"
        request = self.queue.take(field)
        if request is not None:
            self.held[request] = field
        return request

    def settle(self) -> int:
        """Release the requests the engine is done with; returns how many."""
        working = self.slot.inprogress if self.slot is not None else set()
        done = [request for request in self.held if request not in working]
        self.queue.release(self.held.pop(request) for request in done)
        return len(done)


class EngineUnknown(RuntimeError):
    """Scrapy's engine does not expose what cluster mode's in-flight tracking relies on."""

"""The seen-store and the runs table on Redis: the same interface and behaviour as the SQLite
SeenStore (newsscraper.store.sqlite), for crawl processes on several machines.

Chosen by URL: `-s NEWSSCRAPER_SEEN_STORE=redis://host:6379/0` (also rediss:// and unix://; an
optional `?prefix=name:` query sets the key prefix, default `newsscraper:state:`). Cluster mode
(`NEWSSCRAPER_REDIS_URL`) uses it by default. Needs the `redis` client (`pip install
'newsscraper[cluster]'`) and Redis >= 5 (scripts call TIME and are replicated by effects).

Keys (P = the prefix; h(x) = a 96-bit BLAKE2b digest of x in hex, so an index entry costs a few
dozen bytes instead of two long Persian URLs; one hash field or set member per article, so a site
with a million articles is still a handful of keys):

    P seen:<site>               hash   h(url) → JSON entry (url, news_id, canonical_url, body_hash,
                                       run_id, status, first_seen, last_seen, revision, and ix: the
                                       digests of its three keys)
    P idx:<column>:<site>       zset   h(value) + h(url) for each entry's news_id / canonical_url /
                                       body_hash, all scored 0: a lexicographic range finds the URLs
                                       with a value, as SQLite's index does
    P first:<site>              zset   h(url), scored by first_seen (epoch seconds): revisits
    P pending:<run id>          set    JSON [site, h(url)] of the run's pending entries
    P run:<run id>              hash   run_id, site, started, ended, outcome, records, counts (JSON)
    P runs:<site>               zset   run ids, scored by started (epoch seconds)
    P floors                    hash   site → the earliest `since` (ISO UTC) any run was given, "" for none

Every read-modify-write of an entry is one Lua script, so several processes can write at once, as
they can with SQLite's transactions. Runs that started in the same second come back ordered by run
id (SQLite: in no set order). Redis Cluster (sharded) is not supported: the scripts touch keys of
one site at a time but do not hash-tag them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import redis

from newsscraper.runfiles import STAMP, now_utc
from newsscraper.store.base import Run, RunHistory, SeenEntry

DEFAULT_PREFIX = "newsscraper:state:"
COLUMNS = ("news_id", "canonical_url", "body_hash")

# KEYS: seen hash, idx news_id, idx canonical_url, idx body_hash, first zset, pending set of the run
# ARGV: h(url), JSON of the new fields (url, news_id, canonical_url, body_hash, run_id, revision,
#       last_seen, ix), epoch of the stamp, pending-set member
_ADD_PENDING = """
local id = ARGV[1]
local e = cjson.decode(ARGV[2])
local old = redis.call('HGET', KEYS[1], id)
e.status = 'pending'
e.first_seen = e.last_seen
if old then
  local o = cjson.decode(old)
  e.first_seen = o.first_seen
  for i = 1, 3 do
    if o.ix[i] ~= '' and o.ix[i] ~= e.ix[i] then redis.call('ZREM', KEYS[1 + i], o.ix[i] .. id) end
  end
end
redis.call('HSET', KEYS[1], id, cjson.encode(e))
for i = 1, 3 do
  if e.ix[i] ~= '' then redis.call('ZADD', KEYS[1 + i], 0, e.ix[i] .. id) end
end
redis.call('ZADD', KEYS[5], 'NX', ARGV[3], id)
redis.call('SADD', KEYS[6], ARGV[4])
return 1
"""

# KEYS: seen hash, idx news_id, idx canonical_url, idx body_hash, first zset, pending set of the run
# ARGV: h(url), run id, 'done' or 'forget', pending-set member
# Returns 1 (made done), 2 (forgotten) or 0 (no longer this run's pending entry: left alone).
_SETTLE_ONE = """
local id = ARGV[1]
redis.call('SREM', KEYS[6], ARGV[4])
local raw = redis.call('HGET', KEYS[1], id)
if not raw then return 0 end
local e = cjson.decode(raw)
if e.run_id ~= ARGV[2] or e.status ~= 'pending' then return 0 end
if ARGV[3] == 'done' then
  e.status = 'done'
  redis.call('HSET', KEYS[1], id, cjson.encode(e))
  return 1
end
redis.call('HDEL', KEYS[1], id)
for i = 1, 3 do
  if e.ix[i] ~= '' then redis.call('ZREM', KEYS[1 + i], e.ix[i] .. id) end
end
redis.call('ZREM', KEYS[5], id)
return 2
"""

# KEYS: run hash. ARGV: field, value, field, value, ... Updates only a run that was started.
_END_RUN = """
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('HSET', KEYS[1], unpack(ARGV))
  return 1
end
return 0
"""


# KEYS: floors hash. ARGV: site, since ("" for none). Keeps the earliest; "" (no floor) once any run had none.
_NOTE_FLOOR = """
local old = redis.call('HGET', KEYS[1], ARGV[1])
if old == false or (old ~= '' and (ARGV[2] == '' or ARGV[2] < old)) then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
end
return 1
"""


def h(value: str) -> str:
    """The 96-bit digest the keys and indexes use instead of the (long) value itself."""
    return hashlib.blake2b(value.encode("utf-8"), digest_size=12).hexdigest()


def _epoch(stamp: str) -> float:
    """ISO-8601 UTC (`2024-01-01T00:00:00Z`, as the store writes) → epoch seconds."""
    try:
        moment = datetime.strptime(stamp, STAMP).replace(tzinfo=UTC)
    except ValueError:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def split_url(url: str) -> tuple[str, str]:
    """(the URL for redis-py, the key prefix): `?prefix=` is ours, not a connection argument."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    prefix = next((v for k, v in query if k == "prefix"), DEFAULT_PREFIX)
    rest = urlencode([(k, v) for k, v in query if k != "prefix"])
    return urlunsplit(parts._replace(query=rest)), prefix


def redacted(url: str) -> str:
    """The URL without its password, for logs."""
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
        return urlunsplit(parts._replace(netloc=netloc))
    return url


class RedisSeenStore(RunHistory):
    """The seen-store and runs table in one Redis database; one client per process."""

    def __init__(self, url: str, client: redis.Redis | None = None) -> None:
        conn_url, self.prefix = split_url(url)
        self.url = url
        self.location = redacted(url)
        self.r: redis.Redis = client or redis.Redis.from_url(
            conn_url, decode_responses=True, socket_timeout=30, socket_connect_timeout=30, retry_on_timeout=True)
        self.r.ping()
        self._add = self.r.register_script(_ADD_PENDING)
        self._settle = self.r.register_script(_SETTLE_ONE)
        self._end = self.r.register_script(_END_RUN)
        self._floor = self.r.register_script(_NOTE_FLOOR)

    def close(self) -> None:
        self.r.close()

    # ---------------------------------------------------------------- keys

    def _k(self, *parts: str) -> str:
        return self.prefix + ":".join(parts)

    def _entry_keys(self, site: str, run_id: str) -> list[str]:
        return [self._k("seen", site), *(self._k("idx", c, site) for c in COLUMNS), self._k("first", site),
                self._k("pending", run_id)]

    @staticmethod
    def _member(site: str, url_id: str) -> str:
        return json.dumps([site, url_id], ensure_ascii=False)

    # ---------------------------------------------------------------- seen articles

    def seen_urls(self, site: str) -> set[str]:
        """Every article URL of a site already exported (done) or being exported (pending)."""
        return {json.loads(raw)["url"] for _, raw in self.r.hscan_iter(self._k("seen", site), count=1000)}

    def entry(self, site: str, url: str) -> SeenEntry | None:
        raw = self.r.hget(self._k("seen", site), h(url))
        return self._decode(site, raw) if raw else None

    @staticmethod
    def _decode(site: str, raw: str) -> SeenEntry:
        e = json.loads(raw)
        return SeenEntry(site, e["url"], e.get("news_id"), e.get("canonical_url"), e.get("body_hash"), e["run_id"],
                         e["status"], e["first_seen"], int(e.get("revision") or 1))

    def first_seen_since(self, site: str, cutoff: str) -> set[str]:
        """URLs first exported at or after ``cutoff`` (ISO UTC): candidates for a revisit."""
        ids = self.r.zrangebyscore(self._k("first", site), _epoch(cutoff), "+inf")
        urls: set[str] = set()
        for start in range(0, len(ids), 1000):
            chunk = self.r.hmget(self._k("seen", site), ids[start:start + 1000])
            urls.update(json.loads(raw)["url"] for raw in chunk if raw)
        return urls

    def duplicate_of(self, site: str, news_id: str | None, canonical_url: str | None,
                     body_hash: str | None) -> SeenEntry | None:
        """An earlier export of the same story on the same site, by any of the three keys."""
        for column, value in zip(COLUMNS, (news_id, canonical_url, body_hash), strict=True):
            if not value:
                continue
            digest = h(value)
            found = self.r.zrangebylex(self._k("idx", column, site), f"[{digest}", f"({digest}g", start=0, num=1)
            raw = self.r.hget(self._k("seen", site), found[0][len(digest):]) if found else None
            if raw:
                return self._decode(site, raw)
        return None

    def add_pending(self, site: str, run_id: str, url: str, news_id: str | None, canonical_url: str | None,
                    body_hash: str | None, revision: int = 1) -> None:
        stamp = now_utc()
        url_id = h(url)
        fields = {"url": url, "news_id": news_id, "canonical_url": canonical_url, "body_hash": body_hash,
                  "run_id": run_id, "revision": int(revision), "last_seen": stamp,
                  "ix": [h(v) if v else "" for v in (news_id, canonical_url, body_hash)]}
        self._add(keys=self._entry_keys(site, run_id),
                  args=[url_id, json.dumps(fields, ensure_ascii=False), _epoch(stamp), self._member(site, url_id)])

    def settle(self, run_id: str, exported_urls: Iterable[str] | None = None) -> tuple[int, int]:
        """Mark a run's pending entries done; with ``exported_urls`` (recovery), forget the others.

        Returns (done, forgotten).
        """
        keep = None if exported_urls is None else {h(u) for u in exported_urls}
        members = self.r.smembers(self._k("pending", run_id))
        pipe = self.r.pipeline(transaction=False)
        for member in members:
            site, url_id = json.loads(member)
            action = "done" if keep is None or url_id in keep else "forget"
            self._settle(keys=self._entry_keys(site, run_id), args=[url_id, run_id, action, member], client=pipe)
        results = pipe.execute() if members else []
        return sum(1 for r in results if r == 1), sum(1 for r in results if r == 2)

    def forget_site(self, site: str) -> None:
        self.r.delete(self._k("seen", site), *(self._k("idx", c, site) for c in COLUMNS), self._k("first", site),
                      self._k("tried", site))
        self.r.hdel(self._k("floors"), site)

    # ---------------------------------------------------------------- tried, not exported

    def note_tried(self, site: str, url: str, reason: str) -> None:
        """An article URL fetched but not exported: see SeenStore.note_tried."""
        self.r.hset(self._k("tried", site), url, json.dumps({"reason": reason, "last_tried": now_utc()}))

    def tried_urls(self, site: str) -> set[str]:
        return set(self.r.hkeys(self._k("tried", site)))

    # ---------------------------------------------------------------- backfill floor

    def note_floor(self, site: str, since: str | None) -> None:
        """See SeenStore.note_floor."""
        self._floor(keys=[self._k("floors")], args=[site, since or ""])

    def backfill_floor(self, site: str) -> tuple[bool, str | None]:
        """See SeenStore.backfill_floor."""
        value = self.r.hget(self._k("floors"), site)
        return (False, None) if value is None else (True, value or None)

    # ---------------------------------------------------------------- runs

    def start_run(self, run_id: str, site: str, started: str) -> None:
        key = self._k("run", run_id)
        old_site = self.r.hget(key, "site")
        pipe = self.r.pipeline(transaction=True)
        pipe.delete(key)  # INSERT OR REPLACE
        if old_site and old_site != site:
            pipe.zrem(self._k("runs", old_site), run_id)
        pipe.hset(key, mapping={"run_id": run_id, "site": site, "started": started, "records": 0, "counts": "{}"})
        pipe.zadd(self._k("runs", site), {run_id: _epoch(started)})
        pipe.execute()

    def end_run(self, run_id: str, outcome: str, records: int, counts: dict[str, Any],
                ended: str | None = None) -> None:
        fields = ["ended", ended or now_utc(), "outcome", outcome, "records", int(records),
                  "counts", json.dumps(counts, ensure_ascii=False)]
        self._end(keys=[self._k("run", run_id)], args=fields)
        if outcome != "killed":
            self.settle(run_id)

    def runs(self, site: str, limit: int = 20) -> list[Run]:
        ids = self.r.zrevrange(self._k("runs", site), 0, max(limit, 1) - 1)
        pipe = self.r.pipeline(transaction=False)
        for run_id in ids:
            pipe.hgetall(self._k("run", run_id))
        rows = pipe.execute() if ids else []
        return [self._run(row) for row in rows if row and row.get("site") == site]

    @staticmethod
    def _run(row: dict[str, str]) -> Run:
        return Run(row["run_id"], row["site"], row["started"], row.get("ended") or None, row.get("outcome") or None,
                   int(row.get("records") or 0), json.loads(row.get("counts") or "{}"))

    def run(self, run_id: str) -> Run | None:
        row = self.r.hgetall(self._k("run", run_id))
        return self._run(row) if row else None

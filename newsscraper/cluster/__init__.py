"""Cluster mode: several crawl processes share one frontier on Redis (docs/scaling.md).

scheduler.py is the scrapy-redis scheduler subclass (the worker registry, heartbeats, closing only
when every worker is idle); inflight.py records what each worker has in flight, so a live worker can
put a dead one's requests back. The settings name `newsscraper.cluster.ClusterScheduler` and
`newsscraper.cluster.TrackedPriorityQueue`, re-exported here. Needs the `cluster` extra.
"""

from newsscraper.cluster.inflight import TrackedPriorityQueue
from newsscraper.cluster.scheduler import ClusterScheduler

__all__ = ["ClusterScheduler", "TrackedPriorityQueue"]

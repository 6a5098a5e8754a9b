"""Child processes that announce themselves with one JSON line: loopback servers (the sample site,
bench sites, fault servers) started by the demo's tests, the test suite and the benchmarks."""

from __future__ import annotations

import json
import subprocess
from typing import Any

STOP_GRACE = 10  # seconds a child gets to stop on SIGTERM before SIGKILL


def launch_json(cmd: list[str], **popen: Any) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    """Start ``cmd`` and read the JSON line it prints once it listens; stop it if it prints none."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, **popen)
    line = proc.stdout.readline() if proc.stdout else ""
    if not line:
        terminate(proc)
        detail = proc.stderr.read() if proc.stderr else ""
        raise RuntimeError(f"{cmd[1:3]} did not start: {detail[-2000:]}")
    return proc, json.loads(line)


def terminate(proc: subprocess.Popen[Any]) -> None:
    """SIGTERM, then SIGKILL after a grace period; always reaps the child."""
    proc.terminate()
    try:
        proc.wait(STOP_GRACE)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()

"""The report's inputs: finished export files, their manifests, and their records one at a time.

Only finished files are read (`.jsonl`, `.jsonl.gz`): a `.part` belongs to a crawl still going, or
to a killed one that the site's next crawl recovers. Records are streamed line by line, so memory
does not grow with the files; a torn last line or a broken gzip tail ends the file quietly, and a
line that is not a JSON object is counted, never fatal.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsscraper.runfiles import RUN_FILE, parse_run_stamp

MANIFEST_SUFFIX = ".manifest.json"


@dataclass
class ExportFile:
    """One run's export and what its manifest says (an empty manifest when it has none)."""

    path: Path
    manifest: dict[str, Any] = field(default_factory=dict)
    unreadable_lines: int = 0

    @property
    def manifest_path(self) -> Path | None:
        path = self.path.with_name(self.path.name + MANIFEST_SUFFIX)
        return path if self.manifest else None

    @property
    def site(self) -> str:
        return str(self.manifest.get("site") or self.path.parent.name)

    @property
    def run_id(self) -> str:
        m = RUN_FILE.match(self.path.name)
        return str(self.manifest.get("run_id") or (m.group("run") if m else self.path.name))

    @property
    def started(self) -> datetime | None:
        """The run's start (UTC): from the manifest, else from the file name."""
        text = self.manifest.get("started")
        if text:
            return _utc(str(text))
        m = RUN_FILE.match(self.path.name)
        return parse_run_stamp(m.group("stamp")) if m else None

    @property
    def ended(self) -> datetime | None:
        text = self.manifest.get("ended")
        return _utc(str(text)) if text else None


def _utc(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def is_export(path: Path) -> bool:
    return path.name.endswith((".jsonl", ".jsonl.gz"))


def find_exports(paths: Iterable[Path]) -> list[ExportFile]:
    """Every finished export under the paths (files or folders, searched recursively), in run order.

    Raises FileNotFoundError for a path that does not exist.
    """
    found: dict[Path, None] = {}
    for path in paths:
        if path.is_file():
            found[path.resolve()] = None
        elif path.is_dir():
            for child in sorted(path.rglob("*.jsonl*")):
                if child.is_file() and is_export(child):
                    found[child.resolve()] = None
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")
    files = [ExportFile(p, read_manifest(p)) for p in found]
    return sorted(files, key=lambda f: (f.started or datetime.min.replace(tzinfo=UTC), f.site, f.path.name))


def read_manifest(export: Path) -> dict[str, Any]:
    """The manifest beside an export; {} when it is missing or unreadable (the run still counts)."""
    try:
        data = json.loads(export.with_name(export.name + MANIFEST_SUFFIX).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def records(export: ExportFile) -> Iterator[dict[str, Any]]:
    """The records of one export, one at a time; bad lines are counted in export.unreadable_lines."""
    opener = gzip.open if export.path.name.endswith(".gz") else open
    with opener(export.path, "rb") as fh:
        lines = iter(fh)
        while True:
            try:
                line = next(lines)
            except StopIteration:
                return
            except (EOFError, OSError, zlib.error):  # a gzip stream cut short: what came before stands
                export.unreadable_lines += 1
                return
            if not line.endswith(b"\n"):  # a torn tail
                if line.strip():
                    export.unreadable_lines += 1
                return
            record = _record(line)
            if record is None:
                if line.strip():
                    export.unreadable_lines += 1
                continue
            yield record


def _record(line: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(line)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None

"""`newsscraper merge FOLDER [FOLDER ...]`: one deduplicated, date-sorted file per site and day.

Each crawl process writes its own export per run (data/exports/<site>/<start>-<run id>.jsonl), so a
site crawled nightly, or by several workers of a cluster (each with its own data directory), has
many files holding overlapping stories. merge reads every finished export in the folders given
(`.jsonl` and `.jsonl.gz`, including the files recovered from killed runs) and writes

    <out>/<site>/<YYYY-MM-DD>.jsonl            the day's stories (published_date, the site's local
                                               day), sorted by published_at; `undated.jsonl` for
                                               records without a date
    <out>/<site>/<file>.manifest.json          per file: records, duplicates removed, inputs used
    <out>/<site>/merge.manifest.json           inputs (records read, run id, finish reason), counts,
                                               duplicates removed, .part files skipped

<out> defaults to data/merged beside data/exports (`--out` to choose). The site's folder in <out>
is replaced as a whole, atomically, so a merge can be run again after every crawl.

Deduplication is within a site, by a story key: the news_id, else the canonical_url, else the body
hash (the words of the body, as the pipelines hash it), else the URL. Records with the same key are
one story and the one with the highest revision is kept (then the latest crawled_at). A record whose
key is a canonical URL or body hash is folded into a story with a news_id when that story's kept
record has the same canonical URL (or body hash) and no lower revision. No input record is lost:
every input record's key is the key of an output record, or names the same field value in it.

`.part` files are never read: they belong to a crawl still running, or to a killed one that the
site's next crawl recovers (truncated to its last complete line): run a crawl of the site, then
merge again. Reads no Scrapy (the CLI stays fast).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsscraper.runfiles import RUN_FILE, body_hash, json_line, now_utc, read_lines

UNDATED = "undated"


def story_key(record: dict[str, Any]) -> tuple[str, str]:
    """(kind, value): news_id, else canonical_url, else body hash, else url."""
    if record.get("news_id"):
        return ("news_id", str(record["news_id"]))
    if record.get("canonical_url"):
        return ("canonical_url", record["canonical_url"])
    digest = body_hash(record.get("body"))
    if digest:
        return ("body_hash", digest)
    return ("url", record.get("url") or json.dumps(record, sort_keys=True, ensure_ascii=False))


def _field(record: dict[str, Any], kind: str) -> str | None:
    if kind == "body_hash":
        return body_hash(record.get("body"))
    value = record.get(kind)
    return str(value) if value else None


def read_export(path: Path) -> tuple[list[dict[str, Any]], int]:
    """The records of one export file and the number of unreadable lines (a torn tail is not read)."""
    records, bad = [], 0
    for line in read_lines(path):
        try:
            record = json.loads(line)
        except ValueError:
            bad += 1
            continue
        if isinstance(record, dict):
            records.append(record)
        else:
            bad += 1
    return records, bad


@dataclass
class Input:
    path: Path
    records: int = 0
    unreadable_lines: int = 0
    run_id: str | None = None
    finish_reason: str | None = None

    def describe(self) -> dict[str, Any]:
        return {"path": str(self.path), "records": self.records, "unreadable_lines": self.unreadable_lines,
                "run_id": self.run_id, "finish_reason": self.finish_reason}


@dataclass
class Story:
    key: tuple[str, str]
    records: list[tuple[dict[str, Any], int, int]] = field(default_factory=list)  # (record, input no, line no)

    def best(self) -> tuple[dict[str, Any], int, int]:
        """The record kept: one of the story's own key (not a folded one), highest revision, latest crawl."""
        return max(self.records, key=lambda r: (story_key(r[0]) == self.key, int(r[0].get("revision") or 1),
                                                 r[0].get("crawled_at") or "", r[1], r[2]))

    def revision(self, own: bool = False) -> int:
        return max(int(r.get("revision") or 1) for r, _, _ in self.records if not own or story_key(r) == self.key)


def find_inputs(folders: list[Path]) -> tuple[list[Path], list[Path]]:
    """(export files, .part files) of the folders, in name order (run start, then run id)."""
    exports: list[Path] = []
    parts: list[Path] = []
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if not path.is_file():
                continue
            if path.name.endswith(".part"):
                parts.append(path)
            elif path.name.endswith((".jsonl", ".jsonl.gz")):
                exports.append(path)
    return exports, parts


def _manifest_of(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.with_name(path.name + ".manifest.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def dedupe(records: list[tuple[dict[str, Any], int, int]]) -> list[Story]:
    """One site's records → stories (see the module docstring)."""
    stories: dict[tuple[str, str], Story] = {}
    for item in records:
        key = story_key(item[0])
        stories.setdefault(key, Story(key)).records.append(item)
    # Fold stories keyed by a weaker key into a news_id story whose kept record carries that value.
    for weak in ("canonical_url", "body_hash"):
        strong: dict[str, Story] = {}
        for story in stories.values():
            if story.key[0] != "news_id" and (weak != "body_hash" or story.key[0] != "canonical_url"):
                continue
            value = _field(story.best()[0], weak)
            if value:
                strong.setdefault(value, story)
        for key in [k for k in stories if k[0] == weak]:
            target = strong.get(key[1])
            if target is not None and target.revision(own=True) >= stories[key].revision():
                target.records.extend(stories.pop(key).records)
    return list(stories.values())


def _instant(record: dict[str, Any]) -> float | None:
    value = record.get("published_at")
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def day_of(record: dict[str, Any]) -> str:
    value = record.get("published_date")
    return str(value) if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)) else UNDATED


def sort_key(record: dict[str, Any]) -> tuple[Any, ...]:
    instant = _instant(record)
    return (instant is None, instant or 0.0, record.get("news_id") or "", record.get("url") or "")


def default_out(folder: Path) -> Path:
    folder = folder.resolve()
    if folder.parent.name == "exports":
        return folder.parent.parent / "merged"
    return folder.parent / "merged"


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json_line(record) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def merge(folders: list[Path], out: Path | None = None) -> dict[str, Any]:
    """Merge the exports of ``folders``; returns a summary (site → counts, skipped .part files)."""
    exports, parts = find_inputs(folders)
    out = out or default_out(folders[0])
    inputs: list[Input] = []
    by_site: dict[str, list[tuple[dict[str, Any], int, int]]] = defaultdict(list)
    for number, path in enumerate(exports):
        records, bad = read_export(path)
        manifest = _manifest_of(path)
        m = RUN_FILE.match(path.name)
        inputs.append(Input(path, len(records), bad, manifest.get("run_id") or (m.group("run") if m else None),
                            manifest.get("finish_reason")))
        by_site.setdefault(path.parent.name, [])  # a site whose runs found nothing still gets its manifest
        for line_no, record in enumerate(records):
            site = record.get("site") or path.parent.name
            by_site[site].append((record, number, line_no))
    stamp = now_utc()
    summary: dict[str, Any] = {"out": str(out), "sites": {}, "skipped_parts": [str(p) for p in parts]}
    for site, records in sorted(by_site.items()):
        summary["sites"][site] = _write_site(out, site, records, inputs, parts, stamp)
    return summary


def _write_site(out: Path, site: str, records: list[tuple[dict[str, Any], int, int]], inputs: list[Input],
                parts: list[Path], stamp: str) -> dict[str, Any]:
    stories = dedupe(records)
    days: dict[str, list[tuple[dict[str, Any], Story]]] = defaultdict(list)
    for story in stories:
        kept = story.best()[0]
        days[day_of(kept)].append((kept, story))
    out.mkdir(parents=True, exist_ok=True)
    tmp = out / f".{site}.merge-{secrets.token_hex(4)}"
    tmp.mkdir()
    files: dict[str, Any] = {}
    used: Counter[int] = Counter()
    for day, items in sorted(days.items()):
        items.sort(key=(lambda it: (it[0].get("crawled_at") or "", it[0].get("url") or "")) if day == UNDATED
                   else (lambda it: sort_key(it[0])))
        name = f"{day}.jsonl"
        _write_jsonl(tmp / name, [kept for kept, _ in items])
        day_inputs: Counter[int] = Counter(story.best()[1] for _, story in items)
        used.update(day_inputs)
        files[name] = {"records": len(items), "duplicates_removed": sum(len(s.records) - 1 for _, s in items)}
        _write_json(tmp / f"{name}.manifest.json", {
            "site": site, "day": day, "merged_at": stamp, **files[name],
            "inputs": {str(inputs[i].path): n for i, n in sorted(day_inputs.items())},
        })
    site_inputs = sorted({n for _, n, _ in records})
    records_in = len(records)
    manifest = {
        "site": site, "merged_at": stamp, "records_in": records_in, "records_out": len(stories),
        "duplicates_removed": records_in - len(stories), "files": files,
        "inputs": [{**inputs[i].describe(), "records_kept": used.get(i, 0)} for i in site_inputs],
        "skipped_parts": [str(p) for p in parts if p.parent.name == site],
    }
    _write_json(tmp / "merge.manifest.json", manifest)
    final = out / site
    old = out / f".{site}.old-{secrets.token_hex(4)}"
    if final.exists():
        final.rename(old)
    tmp.rename(final)
    shutil.rmtree(old, ignore_errors=True)
    return {"records_in": records_in, "records_out": len(stories), "duplicates_removed": records_in - len(stories),
            "files": len(files), "folder": str(final)}


__all__ = ["dedupe", "merge", "story_key"]

"""`newsscraper merge`: one deduplicated, date-sorted file per site and day, losing no record.

The property test writes random exports (overlapping stories, revisions, gzip, a recovered killed
run, a .part file) and checks that every input record's key is in the output, that each key is
there once with its highest revision, and that the files are sorted and counted right. Merging the
exports of real cluster workers is in test_cluster.py.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsscraper.merge import _field, body_hash, merge, read_export, story_key
from tests.support.servers import ROOT

DAYS = ["2024-03-20", "2024-03-21", "2024-03-25"]


@st.composite
def records(draw):
    day = draw(st.one_of(st.none(), st.sampled_from(DAYS)))
    timed = day is not None and draw(st.booleans())
    hour = draw(st.integers(0, 23))
    return {
        "site": draw(st.sampled_from(["isna", "mehr"])),
        "url": f"https://h/news/{draw(st.integers(0, 8))}",
        "news_id": draw(st.one_of(st.none(), st.sampled_from(["1", "2", "3", "0098"]))),
        "canonical_url": draw(st.one_of(st.none(), st.sampled_from(["https://h/c/1", "https://h/c/2"]))),
        "body": draw(st.one_of(st.none(), st.sampled_from(["متن یک", "متن  یک", "متن دو", "متن سه"]))),
        "published_at": f"{day}T{hour:02d}:30:00+03:30" if timed else None,
        "published_date": day,
        "revision": draw(st.integers(1, 3)),
        "crawled_at": f"2024-04-0{draw(st.integers(1, 9))}T00:00:00Z",
    }


FILES = st.lists(st.tuples(st.lists(records(), max_size=8), st.booleans()), min_size=1, max_size=5)


def write_exports(folder: Path, files) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    everything = []
    for n, (recs, gz) in enumerate(files):
        name = f"2024-04-0{n + 1}T00-00-00Z-{n:08x}.jsonl" + (".gz" if gz else "")
        data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")
        (folder / name).write_bytes(gzip.compress(data) if gz else data)
        (folder / f"{name}.manifest.json").write_text(json.dumps(
            {"run_id": f"{n:08x}", "finish_reason": "killed" if n == 1 else "finished"}), "utf-8")
        everything += recs
    return everything


def represented(record: dict, outputs: list[dict]) -> bool:
    kind, value = story_key(record)
    return any(story_key(o) == (kind, value) or (kind in ("canonical_url", "body_hash") and _field(o, kind) == value)
               for o in outputs)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=FILES)
def test_merge_loses_no_record_and_keeps_the_highest_revision(files, tmp_path_factory):
    root = tmp_path_factory.mktemp("m")
    folder = root / "exports" / "isna"
    inputs = write_exports(folder, files)
    part = folder / "2024-04-09T00-00-00Z-ffffffff.jsonl.part"
    part.write_text(json.dumps({"site": "isna", "url": "https://h/only-in-part", "news_id": "999"}) + "\n", "utf-8")
    summary = merge([folder])
    assert summary["skipped_parts"] == [str(part)]

    out: dict[str, list[dict]] = {}
    for site_dir in (root / "merged").iterdir():
        day_files = sorted(site_dir.glob("*.jsonl"))
        got = []
        for path in day_files:
            recs, bad = read_export(path)
            assert bad == 0
            day = path.name.removesuffix(".jsonl")
            assert all((r["published_date"] or "undated") == day for r in recs)
            if day != "undated":  # sorted by instant; date-only records last
                keys = [(r["published_at"] is None, r["published_at"] or "") for r in recs]
                assert keys == sorted(keys)
            manifest = json.loads(path.with_name(path.name + ".manifest.json").read_text("utf-8"))
            assert manifest["records"] == len(recs)
            got += recs
        out[site_dir.name] = got
        manifest = json.loads((site_dir / "merge.manifest.json").read_text("utf-8"))
        site_inputs = [r for r in inputs if r["site"] == site_dir.name]
        assert manifest["records_in"] == len(site_inputs) and manifest["records_out"] == len(got)
        assert manifest["duplicates_removed"] == len(site_inputs) - len(got)
        assert sum(i["records_kept"] for i in manifest["inputs"]) == len(got)
        assert {i["finish_reason"] for i in manifest["inputs"]} <= {"finished", "killed"}

    assert set(out) == {r["site"] for r in inputs} | {"isna"}
    for record in inputs:
        assert represented(record, out[record["site"]]), record  # nothing lost
    for site, got in out.items():
        keys = [story_key(r) for r in got]
        assert len(keys) == len(set(keys)), "a story twice"
        assert not any(r["url"] == "https://h/only-in-part" for r in got), ".part files are not read"
        for o in got:  # the highest revision of the key's own records
            same = [r for r in inputs if r["site"] == site and story_key(r) == story_key(o)]
            assert o["revision"] == max(r["revision"] for r in same)


def test_duplicates_across_runs_and_revisions(tmp_path):
    folder = tmp_path / "exports" / "isna"
    base = {"site": "isna", "canonical_url": None, "published_at": "2024-03-20T10:00:00+03:30",
            "published_date": "2024-03-20", "crawled_at": "2024-04-01T00:00:00Z"}
    a1 = {**base, "url": "https://h/news/1", "news_id": "1", "body": "یک", "revision": 1}
    a2 = {**a1, "body": "یک و دو", "revision": 2, "crawled_at": "2024-04-02T00:00:00Z"}
    b = {**base, "url": "https://h/news/2", "news_id": "2", "body": "دو", "published_at": "2024-03-20T09:00:00+03:30"}
    c = {**base, "url": "https://h/x", "news_id": None, "canonical_url": None, "body": "سه",
         "published_at": None, "published_date": None}
    c_again = {**c, "body": "  سه "}  # the same words: the same body hash
    write_exports(folder, [([a1, b, c], False), ([a2, c_again, b], True)])
    summary = merge([folder], tmp_path / "out")
    assert summary["sites"]["isna"]["records_in"] == 6 and summary["sites"]["isna"]["records_out"] == 3
    day, _ = read_export(tmp_path / "out" / "isna" / "2024-03-20.jsonl")
    assert [r["news_id"] for r in day] == ["2", "1"]  # 09:00 before 10:00
    assert day[1]["revision"] == 2 and day[1]["body"] == "یک و دو"
    undated = (tmp_path / "out" / "isna" / "undated.jsonl").read_text("utf-8").splitlines()
    assert len(undated) == 1 and body_hash(json.loads(undated[0])["body"]) == body_hash("سه")
    # merging again replaces the site's folder
    merge([folder], tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["isna"]


def test_cli_merges_several_folders_and_points_at_part_files(tmp_path):
    rec = {"site": "isna", "url": "https://h/news/1", "news_id": "1", "canonical_url": None, "body": "یک",
           "published_at": None, "published_date": "2024-03-20", "revision": 1, "crawled_at": "x"}
    w1, w2 = tmp_path / "w1" / "exports" / "isna", tmp_path / "w2" / "exports" / "isna"
    write_exports(w1, [([rec], False)])
    write_exports(w2, [([rec, {**rec, "news_id": "2", "url": "https://h/news/2"}], False)])
    (w2 / "2024-04-09T00-00-00Z-ffffffff.jsonl.part").write_text("", "utf-8")
    code = ("import sys\nfrom newsscraper.cli import main\nrc = main(sys.argv[1:])\n"
            "assert 'scrapy' not in sys.modules, 'merge loaded Scrapy'\nsys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code, "merge", str(w1), str(w2), "--out", str(tmp_path / "m")],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"site": "isna", "records_in": 3, "records_out": 2, "duplicates_removed": 1,
                                       "files": 1, "folder": str(tmp_path / "m" / "isna")}
    assert "skipped 1 .part file" in proc.stderr and "scrapy crawl SITE" in proc.stderr
    manifest = json.loads((tmp_path / "m" / "isna" / "merge.manifest.json").read_text("utf-8"))
    assert manifest["skipped_parts"] and len(manifest["inputs"]) == 2
    assert subprocess.run([sys.executable, "-m", "newsscraper.cli", "merge", str(tmp_path / "nope")],
                          capture_output=True, text=True, cwd=ROOT, timeout=60).returncode == 2


def test_default_output_is_beside_exports(tmp_path):
    folder = tmp_path / "data" / "exports" / "isna"
    write_exports(folder, [([{"site": "isna", "url": "u", "news_id": "1", "published_date": None}], False)])
    summary = merge([folder])
    assert summary["out"] == str((tmp_path / "data" / "merged").resolve())
    assert (tmp_path / "data" / "merged" / "isna" / "undated.jsonl").is_file()



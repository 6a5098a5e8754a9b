"""`newsscraper report`: the aggregates on exports written here as a crawl writes them, and the command.

The browser test (the page as a person sees it) is tests/test_report_browser.py.
"""

from __future__ import annotations

import gzip
import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from newsscraper.cli import main
from newsscraper.report import NothingToReport, aggregate, build
from newsscraper.report.aggregate import Window, collect
from newsscraper.report.inputs import find_exports, records
from newsscraper.sites import site_by_key
from tests.support.exportfiles import article, rates, write_run

TEHRAN, KABUL = ZoneInfo("Asia/Tehran"), ZoneInfo("Asia/Kabul")
NIGHT = datetime(2024, 5, 1, 2, 0, tzinfo=UTC)


def day(n: int) -> date:
    """The n-th day of Ordibehesht 1403 (2024-04-20 is the 1st)."""
    return date(2024, 4, 19) + timedelta(days=n)


def test_stories_per_day_and_a_missing_day(tmp_path):
    write_run(tmp_path, "isna", NIGHT, [article("isna", "1", day(1)), article("isna", "2", day(1)),
                                        article("isna", "3", day(2)), article("isna", "4", day(4))])
    write_run(tmp_path, "sample_dari", NIGHT, [article("sample_dari", "9", day(3))])
    agg = build([tmp_path], Window())
    isna = agg.sites["isna"]
    assert isna.days == {day(1): 2, day(2): 1, day(4): 1}
    assert isna.gaps() == [day(3)], "the day inside the range without a story is a possible gap"
    assert agg.sites["sample_dari"].gaps() == [], "one day: nothing missing"
    assert isna.name == site_by_key("isna").name


def test_a_run_with_failures_drops_and_refusals_by_reason(tmp_path):
    write_run(tmp_path, "isna", NIGHT, [article("isna", "1", day(1))], finish_reason="shutdown",
              drops={"duplicate": 2, "out_of_window": 1}, refused={"no_body": 3},
              failures={"http_status": {"500": 4, "404": 1}, "download_error": {"DownloadTimeoutError": 2},
                        "offsite_redirect": 1, "retry": {"retried": 9, "gave_up": 4, "waited_for_retry_after": 1}})
    write_run(tmp_path, "isna", NIGHT + timedelta(days=1), [article("isna", "2", day(2))])
    agg = build([tmp_path], Window())
    first, second = agg.runs
    assert first.finish_reason == "shutdown" and second.finish_reason == "finished"
    assert first.losses() == {
        "drop/duplicate": 2, "drop/out_of_window": 1, "refused/no_body": 3, "failure/http_status/500": 4,
        "failure/http_status/404": 1, "failure/download_error/DownloadTimeoutError": 2,
        "failure/offsite_redirect": 1}, "retries are effort, not lost pages: they stay out"
    assert second.losses() == {}
    assert agg.latest("isna") is second
    assert second.duration == timedelta(minutes=3)


def test_a_fall_in_a_fill_rate_is_marked_by_nightlys_rule(tmp_path):
    history = [0.9, 0.95, 1.0, 0.9, 0.95]  # median 0.95
    for n, lead in enumerate(history):
        write_run(tmp_path, "isna", NIGHT + timedelta(days=n), [article("isna", str(n), day(1))],
                  pages_parsed=40, fill_rates_parsed=rates(1.0, lead=lead))
    # a short run (under nightly's 10 pages) with a low rate: neither judged nor part of the bar
    write_run(tmp_path, "isna", NIGHT + timedelta(days=5), [article("isna", "5", day(1))],
              pages_parsed=4, fill_rates_parsed=rates(1.0, lead=0.0))
    write_run(tmp_path, "isna", NIGHT + timedelta(days=6), [article("isna", "6", day(1))],
              pages_parsed=40, fill_rates_parsed=rates(1.0, lead=0.70, tags=0.80))
    write_run(tmp_path, "isna", NIGHT + timedelta(days=7), [article("isna", "7", day(1))],
              pages_parsed=40, fill_rates_parsed=rates(1.0, lead=0.40))
    agg = build([tmp_path], Window())
    drifts = [run.drift for run in agg.runs]
    assert drifts[:6] == [[]] * 6
    assert drifts[6] == [("lead", 0.95, 0.70), ("tags", 1.0, 0.80)], "25 and exactly 20 points under the median"
    # nightly's window is the last 5 runs; the short one takes a slot but sets no bar: median of .7 .95 .9 1.0
    assert drifts[7] == [("lead", 0.925, 0.40)]


def test_the_threshold_is_twenty_points_inclusive(tmp_path):
    for n in range(3):
        write_run(tmp_path, "isna", NIGHT + timedelta(days=n), [article("isna", str(n), day(1))],
                  pages_parsed=40, fill_rates_parsed=rates(1.0, tags=0.9))
    write_run(tmp_path, "isna", NIGHT + timedelta(days=3), [article("isna", "3", day(1))],
              pages_parsed=40, fill_rates_parsed=rates(1.0, tags=0.5, lead=0.81))
    last = build([tmp_path], Window()).runs[-1]
    assert [name for name, _, _ in last.drift] == ["tags"], "40 points is a drop; 19 is not"
    assert last.drift[0][1:] == (0.9, 0.5)


def test_hours_on_the_sites_own_clock_with_mixed_offsets(tmp_path):
    summer_2021 = datetime(2021, 6, 1, 10, 15, tzinfo=TEHRAN)   # Iran still kept DST: +04:30
    winter = datetime(2024, 1, 10, 10, 40, tzinfo=TEHRAN)        # +03:30
    after_dst_ended = datetime(2023, 6, 1, 10, 5, tzinfo=TEHRAN)  # no DST since 2022: +03:30 in June
    recs = [article("isna", "1", summer_2021), article("isna", "2", winter), article("isna", "3", after_dst_ended),
            # the same instant as `winter` written in UTC by another tool: still 10 o'clock in Tehran
            article("isna", "4", winter, published_at=winter.astimezone(UTC).isoformat()),
            article("isna", "5", date(2024, 1, 11))]  # a date without a time: no hour
    assert {r["published_at"][-6:] for r in recs[:3]} == {"+04:30", "+03:30"}
    write_run(tmp_path, "isna", NIGHT, recs)
    late = datetime(2024, 1, 10, 23, 50, tzinfo=KABUL)
    write_run(tmp_path, "sample_dari", NIGHT, [article("sample_dari", "7", late)])
    agg = build([tmp_path], Window())
    assert agg.sites["isna"].hours == {10: 4}
    assert agg.sites["sample_dari"].hours == {23: 1}, "Kabul's +04:30 all year"
    assert agg.sites["isna"].days[date(2021, 6, 1)] == 1


def test_gzip_exports_are_read_and_a_cut_stream_keeps_what_came_before(tmp_path):
    write_run(tmp_path, "isna", NIGHT, [article("isna", str(n), day(n)) for n in range(1, 4)], gzipped=True)
    path = write_run(tmp_path, "isna", NIGHT + timedelta(days=1),
                     [article("isna", str(n), day(n)) for n in range(4, 50)], gzipped=True)
    exports = find_exports([tmp_path])
    assert [e.path.name.endswith(".jsonl.gz") for e in exports] == [True, True]
    assert len(list(records(exports[1]))) == 46
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) * 2 // 3])  # a disk filled up mid-copy
    cut = find_exports([path])[0]
    kept = list(records(cut))
    assert 0 < len(kept) < 46 and cut.unreadable_lines == 1
    with gzip.open(exports[0].path, "rt", encoding="utf-8") as fh:
        assert [json.loads(line)["news_id"] for line in fh] == ["1", "2", "3"]
    agg = build([tmp_path], Window())
    assert agg.sites["isna"].stories == 3 + len(kept)


def test_a_story_exported_again_counts_once(tmp_path):
    write_run(tmp_path, "isna", NIGHT, [article("isna", "1", day(1)), article("isna", "2", day(1))])
    write_run(tmp_path, "isna", NIGHT + timedelta(days=1), [article("isna", "2", day(1), revision=2, body="دیگر.")])
    site = build([tmp_path], Window()).sites["isna"]
    assert (site.stories, site.repeats, site.days[day(1)]) == (2, 1, 2)


def test_window_sites_and_undated_stories(tmp_path):
    write_run(tmp_path, "isna", NIGHT, [article("isna", "1", day(1)), article("isna", "2", day(5)),
                                        article("isna", "3", None)])
    write_run(tmp_path, "isna", datetime(2024, 6, 1, 2, tzinfo=UTC), [article("isna", "4", None)])
    write_run(tmp_path, "sample_dari", NIGHT, [article("sample_dari", "5", day(2))])
    # Jalali bounds as on the command line: 1403-02-01 .. 1403-02-02 is 2024-04-20 .. 2024-04-21
    args_window = Window(date(2024, 4, 20), date(2024, 4, 21), frozenset({"isna"}))
    agg = build([tmp_path], args_window)
    assert set(agg.sites) == {"isna"}
    assert agg.sites["isna"].days == {day(1): 1}
    assert agg.sites["isna"].undated == 0, "undated stories of runs started outside the window stay out"
    assert len(agg.runs) == 1, "the run that exported a story of the window is shown"
    everything = build([tmp_path], Window())
    assert everything.sites["isna"].undated == 2 and len(everything.runs) == 3


def test_sections_tags_and_body_lengths(tmp_path):
    recs = [article("isna", str(n), day(1), section="سیاسی" if n % 3 else "ورزشی", tags=["تهران", f"برچسب {n}"],
                    body="و" * (150 * n)) for n in range(1, 7)]
    write_run(tmp_path, "isna", NIGHT, recs)
    site = build([tmp_path], Window()).sites["isna"]
    assert site.sections == {"سیاسی": 4, "ورزشی": 2}
    assert site.tags.most_common(1) == [("تهران", 6)]
    assert sum(site.lengths.values()) == 6 and site.lengths[150 * 6 // 100] == 1


def test_nothing_to_report(tmp_path):
    (tmp_path / "isna").mkdir()
    with pytest.raises(NothingToReport):
        build([tmp_path], Window())
    write_run(tmp_path, "isna", NIGHT, [article("isna", "1", day(1))])
    with pytest.raises(NothingToReport):
        build([tmp_path], Window(sites=frozenset({"mehr"})))


# ------------------------------------------------------------------------------------------ the command


def test_command_writes_one_offline_page_and_prints_its_path(tmp_path, capsys, monkeypatch):
    write_run(tmp_path / "exports", "isna", NIGHT, [article("isna", "1", day(1)), article("isna", "2", day(3))])
    write_run(tmp_path / "exports", "sample_dari", NIGHT, [article("sample_dari", "3", day(2))], gzipped=True)
    monkeypatch.chdir(tmp_path)
    assert main(["report", str(tmp_path / "exports")]) == 0
    out = tmp_path / "report.html"
    assert capsys.readouterr().out.strip() == str(out.resolve())
    html = out.read_text("utf-8")
    assert "<html lang=\"fa\">" in html and "<main dir=\"rtl\">" in html
    for key in ("isna", "sample_dari"):
        assert site_by_key(key).name in html
    assert "<script src" not in html and "<link" not in html, "nothing is fetched: every script and style is inline"
    assert html.count('class="chart"') >= 6


def test_command_options_and_exit_codes(tmp_path, capsys):
    write_run(tmp_path, "isna", NIGHT, [article("isna", "1", day(1))])
    out = tmp_path / "sub" / "r.html"
    assert main(["report", str(tmp_path), "-o", str(out), "--since", "1403-02-01", "--until", "2024-04-30",
                 "--site", "isna"]) == 0
    assert out.is_file()
    capsys.readouterr()
    assert main(["report", str(tmp_path), "-o", str(out), "--site", "mehr"]) == 1
    assert "nothing to report" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "missing"), "-o", str(out)]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert main(["report", str(tmp_path), "--since", "1403-13-01"]) == 2
    assert "--since" in capsys.readouterr().err
    assert main(["report", str(tmp_path), "--since", "2024-05-02", "--until", "2024-05-01"]) == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["report", str(empty), "-o", str(out)]) == 1
    assert "no export files" in capsys.readouterr().err


def test_sites_read_in_worker_processes_give_the_same_aggregates(tmp_path, monkeypatch):
    for n in range(3):
        night = NIGHT + timedelta(days=n)
        write_run(tmp_path, "isna", night, [article("isna", f"{n}{k}", day(n + k), section="سیاسی", tags=["آب"])
                                            for k in range(3)], gzipped=bool(n % 2), pages_parsed=20,
                  fill_rates_parsed=rates(1.0, lead=0.9 if n < 2 else 0.5))
        write_run(tmp_path, "sample_dari", night, [article("sample_dari", f"9{n}", day(2 * n))])
    exports = find_exports([tmp_path])
    alone = collect(exports, Window(), jobs=1)
    monkeypatch.setattr(aggregate, "PARALLEL_BYTES", 0)
    workers = collect(find_exports([tmp_path]), Window(), jobs=2)
    assert list(workers.sites) == list(alone.sites) == ["isna", "sample_dari"]
    for key in alone.sites:
        a, w = alone.sites[key], workers.sites[key]
        assert (w.days, w.hours, w.sections, w.tags, w.lengths, w.stories) == \
               (a.days, a.hours, a.sections, a.tags, a.lengths, a.stories)
    assert [(r.export.path, r.drift, r.records_read) for r in workers.runs] == \
           [(r.export.path, r.drift, r.records_read) for r in alone.runs]
    assert workers.runs[2].drift == [("lead", 0.9, 0.5)]


def test_default_path_is_the_data_directorys_exports(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--data-dir", str(tmp_path / "data")]) == 1
    assert "no exports yet" in capsys.readouterr().err
    write_run(tmp_path / "data" / "exports", "isna", NIGHT, [article("isna", "1", day(1))])
    assert main(["report", "--data-dir", str(tmp_path / "data"), "-o", "r.html"]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "r.html")


def test_without_plotly_the_command_says_which_extra_to_install(tmp_path, capsys, monkeypatch):
    write_run(tmp_path, "isna", NIGHT, [article("isna", "1", day(1))])
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "plotly" else real(name, *a))
    assert main(["report", str(tmp_path), "-o", str(tmp_path / "r.html")]) == 2
    assert "report extra" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()

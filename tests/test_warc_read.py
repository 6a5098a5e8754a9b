"""`newsscraper extract --warc`: a mixed archive built here gives exactly the Persian articles.

The archive holds our fixture pages (some served chunked and gzip/deflate/br-encoded, as wget and
Heritrix store them), English, Arabic, Pashto and Urdu pages, a PDF, a 404, a revisit, a request and,
in one variant, a truncated last record. Expected records are the hand-written fixture JSON files.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from pathlib import Path

import brotli
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsscraper.cli import main
from newsscraper.items import FIELD_NAMES
from tests.test_warc_lang import ARABIC, ENGLISH, PASHTO, PERSIAN, URDU, page

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(p.with_suffix("") for p in FIXTURES.glob("*/*.html"))
DATE = "2024-08-02T10:30:00Z"
COMPARED = [f for f in FIELD_NAMES if f != "crawled_at"]


def meta(case: Path) -> dict:
    return json.loads(case.with_name(case.name + ".meta.json").read_text("utf-8"))


def expected(case: Path) -> dict:
    return json.loads(case.with_suffix(".json").read_text("utf-8"))


ARTICLES = [c for c in CASES if "refused" not in expected(c)]


def chunked(body: bytes) -> bytes:
    pieces = [body[i:i + 1000] for i in range(0, len(body), 1000)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"


ENCODERS = {  # content coding → encoder; cycled over the fixture pages
    "": lambda b: b,
    "gzip": lambda b: gzip.compress(b),
    "deflate": lambda b: zlib.compress(b),
    "br": lambda b: brotli.compress(b),
}


class Archive:
    """A WARC file written record by record, as an archiver would."""

    def __init__(self, gz: bool = True) -> None:
        self.buf = io.BytesIO()
        self.writer = WARCWriter(self.buf, gzip=gz, warc_version="1.1")

    def info(self, **fields: str) -> None:
        self.writer.write_record(self.writer.create_warcinfo_record("test.warc.gz", fields))

    def response(self, url: str, body: bytes, content_type: str | None = "text/html; charset=utf-8",
                 status: str = "200 OK", coding: str = "", chunk: bool = False, date: str = DATE) -> None:
        payload = ENCODERS[coding](body)
        headers = [("Content-Type", content_type)] if content_type else []
        if coding:
            headers.append(("Content-Encoding", coding))
        if chunk:
            payload = chunked(payload)
            headers.append(("Transfer-Encoding", "chunked"))
        else:
            headers.append(("Content-Length", str(len(payload))))
        http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
        rec = self.writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http,
                                             warc_headers_dict={"WARC-Date": date})
        self.writer.write_record(rec)

    def request(self, url: str) -> None:
        http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], protocol="HTTP/1.1",
                                is_http_request=True)
        self.writer.write_record(self.writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                                http_headers=http))

    def revisit(self, url: str) -> None:
        rec = self.writer.create_revisit_record(url, "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", url, DATE)
        self.writer.write_record(rec)

    def save(self, path: Path, cut: int = 0) -> Path:
        data = self.buf.getvalue()
        path.write_bytes(data[:len(data) - cut] if cut else data)
        return path


def mixed_archive(gz: bool = True) -> Archive:
    arc = Archive(gz)
    arc.info(software="test")
    codings = list(ENCODERS)
    for i, case in enumerate(CASES):
        info = meta(case)
        arc.request(info["url"])
        arc.response(info["url"], case.with_suffix(".html").read_bytes(), info.get("content_type"),
                     coding=codings[i % len(codings)], chunk=i % 3 == 0)
    for n, text in enumerate([ENGLISH, ARABIC, PASHTO, URDU]):
        arc.response(f"https://other.example/news/{n}", page(text * 6, None if n % 2 else "en"), chunk=n == 1)
    arc.response("https://other.example/report.pdf", b"%PDF-1.4\n" + PERSIAN.encode() + b"\n%%EOF",
                 "application/pdf")
    arc.response("https://www.isna.ir/news/404", page(PERSIAN, "fa"), status="404 Not Found")
    arc.revisit(meta(ARTICLES[0])["url"])
    return arc


def run(capsys, *args: str) -> tuple[int, list[dict], str]:
    code = main(["extract", *args])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def check_articles(records: list[dict], cases: list[Path]) -> None:
    assert [r["url"] for r in records] == [meta(c)["url"] for c in cases], "archive order, Persian articles only"
    for record, case in zip(records, cases, strict=True):
        want = expected(case)
        assert {f: record[f] for f in COMPARED} == {f: want[f] for f in COMPARED}, case.name
        assert record["crawled_at"] == DATE


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_mixed_archive_gives_exactly_the_persian_articles(tmp_path, capsys, jobs):
    path = mixed_archive().save(tmp_path / "mixed.warc.gz")
    code, records, err = run(capsys, "--warc", str(path), "--lang", "fa", "--jobs", jobs)
    assert code == 0, err
    check_articles(records, ARTICLES)
    summary = err.strip().splitlines()[-1]
    assert summary.startswith(f"extract --warc: {len(ARTICLES)} records, ")
    for kind in ("request", "revisit", "not_html 1", "status_404 1", "not_persian 4"):
        assert kind in summary, summary


def test_plain_warc_and_no_language_filter(tmp_path, capsys):
    path = mixed_archive(gz=False).save(tmp_path / "mixed.warc")
    code, records, err = run(capsys, "--warc", str(path), "--jobs", "1")
    assert code == 0, err
    persian = [r for r in records if not r["url"].startswith("https://other.example/")]
    check_articles(persian, ARTICLES)  # other pages may pass the extractor: --lang fa is what keeps them out


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_archive_prints_what_came_before_and_exits_1(tmp_path, capsys, gz):
    arc = mixed_archive(gz)
    last = ARTICLES[-1]
    arc.response(meta(last)["url"], last.with_suffix(".html").read_bytes())
    path = arc.save(tmp_path / ("cut.warc.gz" if gz else "cut.warc"), cut=200)
    code, records, err = run(capsys, "--warc", str(path), "--lang", "fa", "--jobs", "2")
    assert code == 1
    check_articles(records, ARTICLES)  # the cut copy of the last article is not printed
    assert "damaged" in err


def test_two_archives_in_order_and_the_warcinfo_site(tmp_path, capsys):
    case = FIXTURES / "isna" / "article_01"
    body = case.with_suffix(".html").read_bytes()
    local = "http://127.0.0.1:8000/news/98051600213/"
    first = Archive()
    first.info(site="isna")  # a loopback copy: only the warcinfo says which site it is
    first.response(local, body)
    second = Archive()
    second.response(meta(case)["url"], body)
    a, b = first.save(tmp_path / "a.warc.gz"), second.save(tmp_path / "b.warc.gz")
    code, records, _ = run(capsys, "--warc", str(a), str(b), "--jobs", "1")
    assert code == 0 and [r["url"] for r in records] == [local, meta(case)["url"]]
    assert records[0]["site"] == records[1]["site"] == "isna"
    code, records, _ = run(capsys, "--warc", str(a), "--generic", "--jobs", "1")
    assert code == 0 and records and records[0]["site"] != "isna"


def test_arc_files_are_read(tmp_path, capsys):
    case = ARTICLES[0]
    url = meta(case)["url"]
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + case.with_suffix(".html").read_bytes()
    fields = b"1 0 newsscraper-test\nURL IP-address Archive-date Content-type Archive-length\n"
    head = b"filedesc://test.arc 0.0.0.0 20240802103000 text/plain %d\n%s\n" % (len(fields), fields)
    record = b"%s 127.0.0.1 20240802103000 text/html %d\n%s\n" % (url.encode(), len(http), http)
    path = tmp_path / "test.arc.gz"
    path.write_bytes(gzip.compress(head) + gzip.compress(record))  # one gzip member per record
    code, records, err = run(capsys, "--warc", str(path), "--jobs", "1")
    assert code == 0, err
    check_articles(records, [case])


@pytest.mark.parametrize("args", [["--warc"], ["page.html", "--warc", "x.warc.gz"], ["page.html", "--lang", "fa"],
                                  ["--warc", "missing.warc.gz"], ["--warc", "x.warc.gz", "--url", "https://a/"],
                                  ["--warc", "x.warc.gz", "--jobs", "0"], ["--warc", "x.warc.gz", "--site", "nosuch"]])
def test_usage_errors_exit_2(tmp_path, capsys, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    Archive().save(tmp_path / "x.warc.gz")
    code, records, _ = run(capsys, *args)
    assert code == 2 and records == []


def test_garbage_is_damage_not_a_crash(tmp_path, capsys):
    good = mixed_archive().save(tmp_path / "good.warc.gz")
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(good.read_bytes() + b"this is not a WARC record\r\n" * 20)
    code, records, err = run(capsys, "--warc", str(bad), str(good), "--lang", "fa", "--jobs", "1")
    assert code == 1 and "damaged" in err
    check_articles(records, ARTICLES + ARTICLES)  # the damaged file's records, then the next file's


def _die(batch, generic):
    import os

    os._exit(3)


def test_a_dead_worker_is_reported_not_a_traceback(tmp_path, capsys, monkeypatch):
    import newsscraper.warc.job as job

    monkeypatch.setattr(job, "extract_batch", _die)  # the forked workers inherit the patch
    path = mixed_archive().save(tmp_path / "mixed.warc.gz")
    code, records, err = run(capsys, "--warc", str(path), "--jobs", "2")
    assert code == 1 and records == [] and "worker process died" in err

"""`newsscraper extract` and friends: output format, exit codes, and a start-up free of Scrapy."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsscraper.cli import main
from newsscraper.items import FIELD_NAMES

BODY = " ".join(["این", "جمله‌ای", "ساختگی", "برای", "آزمودن", "خط", "فرمان", "است"] * 4)
ARTICLE = f"""<html lang="fa"><head><title>تیتر آزمایشی - خبرگزاری نمونه</title>
<link rel="canonical" href="https://www.nemooneh-example.ir/news/4321/tit"></head><body>
<article><h1>تیتر آزمایشی</h1><div class="date">۲۴ مهر ۱۳۹۶ - ۱۰:۳۰</div>
<div itemprop="articleBody"><p>{BODY}</p><p>انتهای پیام/ع</p></div></article></body></html>"""
LISTING = """<html><head><title>فهرست</title></head><body><h1>سرویس سیاسی</h1><ul>""" + "".join(
    f"<li><h3><a href='/news/{i}'>عنوان خبر شماره {i} در فهرست</a></h3><p>چکیده‌ای کوتاه</p></li>"
    for i in range(12)) + "</ul></body></html>"


@pytest.fixture
def pages(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "a.html").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "l.html").write_text(LISTING, encoding="utf-8")
    return {"article": tmp_path / "a.html", "listing": tmp_path / "l.html"}


def test_extract_prints_one_utf8_line_per_article(pages, capsys):
    assert main(["extract", str(pages["article"]), "--with-file"]) == 0
    out = capsys.readouterr().out
    assert "\\u06" not in out and "تیتر آزمایشی" in out
    lines = out.splitlines()
    assert len(lines) == 1
    rec = json.loads(lines[0])
    assert list(rec) == [*FIELD_NAMES, "file"]
    assert rec["file"] == "a.html"
    # no URL given: canonical link stands in, and the news ID comes from it
    assert rec["url"] == "https://www.nemooneh-example.ir/news/4321/tit"
    assert rec["news_id"] == "4321"
    assert rec["published_at"] == "2017-10-16T10:30:00+03:30"
    assert (rec["footer_marker"], rec["editor_code"]) == ("انتهای پیام/ع", "ع")
    assert rec["crawled_at"] is None


def test_refused_page_gives_reason_and_exit_1(pages, capsys):
    assert main(["extract", str(pages["article"]), str(pages["listing"])]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert "l.html: refused:" in captured.err


def test_url_option_and_pairs(pages, capsys):
    url = "https://www.isna.ir/news/98000000001/x"
    assert main(["extract", str(pages["article"]), "--url", url]) == 0
    assert json.loads(capsys.readouterr().out)["url"] == url
    assert main(["extract", f"{pages['article']}={url}", f"{pages['article']}={url}"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_usage_errors_exit_2(pages, tmp_path, capsys):
    assert main(["extract", str(pages["article"]), str(pages["article"]), "--url", "https://x.ir/"]) == 2
    assert main(["extract", str(tmp_path / "missing.html")]) == 2
    assert main(["extract"]) == 2
    assert main(["no-such-command"]) == 2


def test_gzipped_page_is_read_and_damaged_gzip_is_an_io_error(pages, tmp_path, capsys):
    """A page saved gzipped (`.html.gz`, or as a server sent it) gives the same record as the plain
    file; gzip cut short is an I/O error naming the file, not a page refused for its junk bytes."""
    import gzip

    assert main(["extract", str(pages["article"])]) == 0
    plain = capsys.readouterr().out
    packed = tmp_path / "a.html.gz"
    packed.write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    assert main(["extract", str(packed)]) == 0
    assert capsys.readouterr().out == plain
    cut = tmp_path / "cut.html"
    cut.write_bytes(packed.read_bytes()[:40])
    assert main(["extract", str(cut)]) == 2
    err = capsys.readouterr().err
    assert "cannot read" in err and "damaged gzip" in err and "cut.html" in err


def test_extract_does_not_import_what_it_never_uses(pages):
    """Offline extraction needs no Scrapy or Twisted, no attrs (our record is a dataclass) and, with
    stderr not a terminal, no tqdm: each would be start-up time in every process."""
    code = ("import sys; from newsscraper.cli import main; "
            f"main(['extract', {str(pages['article'])!r}, {str(pages['listing'])!r}]); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scrapy', 'twisted', 'attr', 'tqdm')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_dates_command(tmp_path, capsys):
    lines = tmp_path / "d.txt"
    lines.write_text("تاریخ: مهر ۲۴, ۱۳۹۶\nMay 30, 2019\n", encoding="utf-8")
    assert main(["dates", str(lines)]) == 0
    got = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert got[0]["published_date"] == "2017-10-16"
    assert got[1]["published_date"] is None


def test_help_lists_commands(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("extract", "schema", "dates", "demo"):
        assert command in out

"""Accuracy on real news pages: ours against general-purpose extractors, in one run.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python -m bench.accuracy [--corpus ../shared/corpus] [--article-body ../shared/benchmarks/article-body]
                                       [--only corpus|article-body|listings]

Three parts:
- corpus: runs `newsscraper extract` twice (profiles on = `ours`, off = `ours-generic`), then
  trafilatura, newspaper4k, goose3 and readability-lxml (those installed) over the Persian corpus
  pages, and scores every system with the corpus's own score.py against its hand-checked gold.
- article-body: `newsscraper extract --generic` over the public article-body benchmark (181 English
  article pages from 181 sites); our answers go into a temporary copy of the benchmark folder and
  its own evaluate.py prints our line beside the published systems. Refusals are listed by
  reason, and F1 is printed for the ids starting 0-7 (the tune group) and 8-f (the check group).
- listings: how many of the listing/front fixtures in tests/fixtures are accepted (aim: 0).
Both data sets are development sets: the real judgement is on pages nobody tuned for. One stand-in
for templates nobody has seen is in both parts: the same pages with every class and id attribute
removed (`ours-unclassed` in the corpus table, an `unclassed` line for the benchmark groups), as a
template whose class names say nothing (hashed CSS-module names, words in no list) would serve them;
and, harsher, `ours-bare`: the corpus pages with every <p>, <h1> and sectioning element (article,
main, section, header, footer, nav, aside, figure) turned into a <div> as well.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWSSCRAPER = [sys.executable, "-m", "newsscraper.cli"]


def gold_urls(corpus: Path) -> dict[str, str | None]:
    return {json.loads(p.read_text("utf-8"))["file"]: json.loads(p.read_text("utf-8")).get("url")
            for p in sorted((corpus / "gold").glob("*.json"))}


def run_ours(corpus: Path, out: Path, generic: bool, unclassed: Path | None = None, bare: bool = False) -> None:
    """``unclassed``: a folder to write class- and id-less copies of the pages into and read them from
    (``bare``: with the markup's own words gone too, see without_class_and_id)."""
    html = corpus / "html"
    if unclassed is not None:
        for f in gold_urls(corpus):
            (unclassed / f).write_bytes(without_class_and_id((html / f).read_bytes(), bare=bare))
        html = unclassed
    pages = [str(html / f) + (f"={u}" if u else "") for f, u in gold_urls(corpus).items()]
    cmd = [*NEWSSCRAPER, "extract", "--with-file", *(["--generic"] if generic else []), *pages]
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run(cmd, stdout=fh, check=False, cwd=ROOT)


# What `bare` copies turn into a <div>: the paragraph and headline tags and HTML5's sectioning tags.
BARE_TO_DIV = frozenset({"p", "h1", "article", "main", "section", "header", "footer", "nav", "aside", "figure",
                         "figcaption"})


def without_class_and_id(data: bytes, bare: bool = False) -> bytes:
    """The page with every class and id attribute removed, as UTF-8; ``bare``: every <p>, <h1> and
    sectioning element turned into a <div> as well (div soup whose names say nothing: no hint left
    but the text, the links and the page's order)."""
    import lxml.html
    from lxml import etree

    from newsscraper.extract.decode import decode_page

    # (as UTF-8 bytes with the parser told so: lxml refuses a str opening with an XML declaration)
    parser = lxml.html.HTMLParser(encoding="utf-8")
    root = lxml.html.document_fromstring(decode_page(data).text.encode("utf-8"), parser=parser)
    for el in root.iter():
        if isinstance(el.tag, str):
            el.attrib.pop("class", None)
            el.attrib.pop("id", None)
            if bare and el.tag in BARE_TO_DIV:
                el.tag = "div"
    return etree.tostring(root, encoding="utf-8", method="html", doctype="<!DOCTYPE html>")


def _trafilatura(html: str, url: str | None) -> dict:
    import trafilatura

    data = trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_precision=False)
    data = data.as_dict() if hasattr(data, "as_dict") else (data or {})
    return {"headline": data.get("title"), "body": data.get("text"), "published_date": data.get("date")}


def _newspaper(html: str, url: str | None) -> dict:
    from newspaper import Article

    art = Article(url or "http://example.invalid/", language="fa")
    art.download(input_html=html)
    art.parse()
    date = art.publish_date.date().isoformat() if art.publish_date else None
    return {"headline": art.title, "body": art.text, "published_date": date}


def _goose(html: str, url: str | None) -> dict:
    from goose3 import Goose

    with Goose({"target_language": "fa", "use_meta_language": False}) as g:
        art = g.extract(raw_html=html)
    date = art.publish_date[:10] if art.publish_date else None
    return {"headline": art.title, "body": art.cleaned_text, "published_date": date}


def _readability(html: str, url: str | None) -> dict:
    from lxml import html as lxml_html
    from readability import Document

    doc = Document(html)
    text = lxml_html.fromstring(doc.summary()).text_content()
    return {"headline": doc.short_title(), "body": text}


PEERS: dict[str, Callable[[str, str | None], dict]] = {
    "trafilatura": _trafilatura, "newspaper4k": _newspaper, "goose3": _goose, "readability": _readability,
}


def run_peer(name: str, corpus: Path, out: Path) -> bool:
    fn = PEERS[name]
    lines = []
    for file, url in gold_urls(corpus).items():
        html = (corpus / "html" / file).read_text("utf-8", errors="replace")
        try:
            rec = fn(html, url)
        except ImportError:
            print(f"# {name} not installed (pip install -e '.[bench]'): skipped", file=sys.stderr)
            return False
        except Exception as exc:  # a peer's crash on one page scores that page as empty
            print(f"# {name} failed on {file}: {exc!r}", file=sys.stderr)
            rec = {}
        lines.append(json.dumps({"file": file, **rec}, ensure_ascii=False, default=str))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return True


def run_corpus(args: argparse.Namespace) -> int:
    if not (args.corpus / "score.py").is_file():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        preds = []
        for name, generic in (("ours", False), ("ours-generic", True), ("ours-unclassed", True), ("ours-bare", True)):
            path = Path(tmp) / f"{name}.jsonl"
            copies = Path(tmp) / name if name in ("ours-unclassed", "ours-bare") else None
            if copies is not None:
                copies.mkdir()
            run_ours(args.corpus, path, generic, copies, bare=name == "ours-bare")
            preds.append(f"{name}={path}")
        for name in PEERS:
            path = Path(tmp) / f"{name}.jsonl"
            if run_peer(name, args.corpus, path):
                preds.append(f"{name}={path}")
        cmd = [sys.executable, str(args.corpus / "score.py"), "--html", str(args.corpus / "html")]
        for spec in preds:
            cmd += ["--pred", spec]
        if args.by_site:
            cmd.append("--by-site")
        return subprocess.run(cmd, check=False).returncode


# ---------------------------------------------------------------- the public article-body benchmark

TUNE = tuple("01234567")  # ids starting 0-7: tune on these; 8-f: the check group, never looked at


def extract_pages(pages: list[tuple[Path, str | None]], generic: bool = True) -> tuple[dict, dict]:
    """One `newsscraper extract` process over PAGE=URL pairs: ({file: record}, {file: refusal})."""
    specs = [str(p) + (f"={u}" if u else "") for p, u in pages]
    cmd = [*NEWSSCRAPER, "extract", "--with-file", *(["--generic"] if generic else []), *specs]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT)
    records = {(r := json.loads(line))["file"]: r for line in done.stdout.splitlines() if line.strip()}
    refused = {}
    for line in done.stderr.splitlines():
        path, sep, reason = line.rpartition(": refused: ")
        if sep:
            refused[Path(path).name] = reason.strip()
    return records, refused


def article_body(record: dict) -> str:
    """The record's body, as issue 11 maps it: the lead (a standfirst, a dek) is a field of its own,
    and the benchmark's articleBody leaves it out as well. Until session 18 the lead was prepended,
    which cost precision wherever a dek was read (tune 0.986 and check 0.982 that way against 0.992
    and 0.984 body-only, measured in one run)."""
    return record.get("body") or ""


def _scorer(folder: Path):
    spec = importlib.util.spec_from_file_location("evaluate", folder / "evaluate.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def run_article_body(args: argparse.Namespace) -> int:
    bench = args.article_body
    if not (bench / "evaluate.py").is_file():
        print(f"no article-body benchmark at {bench}", file=sys.stderr)
        return 2
    truth = json.loads((bench / "ground-truth.json").read_text("utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "article-body"
        shutil.copytree(bench, work, ignore=shutil.ignore_patterns("html"))
        pages = []
        for key, item in truth.items():
            page = Path(tmp) / f"{key}.html"
            page.write_bytes(gzip.decompress((bench / "html" / f"{key}.html.gz").read_bytes()))
            pages.append((page, item.get("url")))
        records, refused = extract_pages(pages)
        answers = {key: {"articleBody": article_body(records[f"{key}.html"]) if f"{key}.html" in records else ""}
                   for key in truth}
        (work / "output" / "newsscraper.json").write_text(json.dumps(answers, ensure_ascii=False), "utf-8")
        print("article-body benchmark (181 English pages), newsscraper = `newsscraper extract --generic`")
        status = subprocess.run([sys.executable, "evaluate.py", "--n-bootstrap", "200"], cwd=work,
                                check=False).returncode
        reasons = Counter(refused.values())
        print(f"\nrefused: {len(refused)}/{len(truth)} (aim <= 2)"
              + "".join(f"\n  {reason}: {n}" for reason, n in reasons.most_common()))
        scorer = _scorer(work)
        for page, _ in pages:  # the same pages as a template whose class names say nothing serves them
            (page.parent / "unclassed").mkdir(exist_ok=True)
            (page.parent / "unclassed" / page.name).write_bytes(without_class_and_id(page.read_bytes()))
        plain_records, plain_refused = extract_pages([(p.parent / "unclassed" / p.name, u) for p, u in pages])
        plain_answers = {key: {"articleBody": article_body(plain_records[f"{key}.html"])
                               if f"{key}.html" in plain_records else ""} for key in truth}
        for name, ids in (("tune (0-7)", [k for k in truth if k.startswith(TUNE)]),
                          ("check (8-f)", [k for k in truth if not k.startswith(TUNE)])):
            sub_truth = {k: truth[k] for k in ids}
            metrics = scorer.evaluate(sub_truth, {k: answers[k] for k in ids}, 0)
            n_refused = sum(f"{k}.html" in refused for k in ids)
            print(f"{name}: {len(ids)} pages, F1 {metrics['f1']:.3f}, precision {metrics['precision']:.3f}, "
                  f"recall {metrics['recall']:.3f}, refused {n_refused} (aim F1 >= 0.97)")
            metrics = scorer.evaluate(sub_truth, {k: plain_answers[k] for k in ids}, 0)
            n_refused = sum(f"{k}.html" in plain_refused for k in ids)
            print(f"  unclassed: F1 {metrics['f1']:.3f}, precision {metrics['precision']:.3f}, "
                  f"recall {metrics['recall']:.3f}, refused {n_refused}")
    return status


def run_listings(args: argparse.Namespace) -> int:
    """Every listing/front fixture (expected record `{"refused": true}`) must be refused."""
    cases = [p.with_suffix("") for p in sorted((ROOT / "tests" / "fixtures").glob("*/*.html"))
             if "refused" in json.loads(p.with_suffix(".json").read_text("utf-8"))]
    accepted = []
    for generic in (False, True):
        pages = []
        for case in cases:
            meta = json.loads(case.with_name(case.name + ".meta.json").read_text("utf-8"))
            pages.append((case.with_suffix(".html"), meta.get("url")))
        records, _ = extract_pages(pages, generic)
        accepted += [f"{'generic' if generic else 'profiles'}: {name}" for name in records]
    print(f"\nlisting fixtures accepted: {len(accepted)} of {len(cases)} (x2: profiles on and off; aim 0)"
          + "".join(f"\n  {name}" for name in accepted))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--article-body", type=Path, default=ROOT.parent / "shared" / "benchmarks" / "article-body")
    ap.add_argument("--only", choices=("corpus", "article-body", "listings"))
    ap.add_argument("--by-site", action="store_true")
    args = ap.parse_args()
    parts = {"corpus": run_corpus, "article-body": run_article_body, "listings": run_listings}
    status = 0
    for name, fn in parts.items():
        if args.only in (None, name):
            status = max(status, fn(args))
    return status


if __name__ == "__main__":
    sys.exit(main())

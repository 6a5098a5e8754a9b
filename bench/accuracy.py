"""Accuracy on real Persian news pages: ours against general-purpose extractors, in one run.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python bench/accuracy.py [--corpus ../shared/corpus]

Runs `newsscraper extract` twice (profiles on = `ours`, off = `ours-generic`), then trafilatura,
newspaper4k, goose3 and readability-lxml (those installed) over the corpus pages, and scores every
system with the corpus's own score.py against its hand-checked gold. The corpus is a development
set: the real judgement is on pages the profiles were not written from.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWSSCRAPER = [sys.executable, "-m", "newsscraper.cli"]


def gold_urls(corpus: Path) -> dict[str, str | None]:
    return {json.loads(p.read_text("utf-8"))["file"]: json.loads(p.read_text("utf-8")).get("url")
            for p in sorted((corpus / "gold").glob("*.json"))}


def run_ours(corpus: Path, out: Path, generic: bool) -> None:
    pages = [str(corpus / "html" / f) + (f"={u}" if u else "") for f, u in gold_urls(corpus).items()]
    cmd = [*NEWSSCRAPER, "extract", "--with-file", *(["--generic"] if generic else []), *pages]
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run(cmd, stdout=fh, check=False, cwd=ROOT)


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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--by-site", action="store_true")
    args = ap.parse_args()
    if not (args.corpus / "score.py").is_file():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        preds = []
        for name, generic in (("ours", False), ("ours-generic", True)):
            path = Path(tmp) / f"{name}.jsonl"
            run_ours(args.corpus, path, generic)
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


if __name__ == "__main__":
    sys.exit(main())

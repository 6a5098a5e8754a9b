"""README's Layout section: one home for each concern, and every path it names exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONCERNS = {"text", "dates", "extraction", "a site", "crawling", "the store", "exports", "nightly", "the cluster",
            "the demo"}
PATH = re.compile(r"`((?:newsscraper|tests|bench|docs)/[^`<>*]*|[a-z_]+\.py)`")


def layout_rows() -> dict[str, str]:
    """concern → the row's text, from the table under `## Layout`."""
    text = (ROOT / "README.md").read_text("utf-8")
    section = text.split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[1].startswith("`"):
            rows[cells[0]] = line
    return rows


def test_every_concern_has_one_home():
    rows = layout_rows()
    assert rows.keys() >= CONCERNS
    for concern in CONCERNS:
        home = rows[concern].split("|")[2]
        assert len(PATH.findall(home)) == 1, f"{concern}: one module or package, not {home!r}"


def test_every_path_the_layout_names_exists():
    named = []
    for concern, row in layout_rows().items():
        home = PATH.findall(row.split("|")[2])[0]
        base = ROOT / home
        named.append(base)
        for other in PATH.findall(row.split("|")[3]):
            # a bare file name sits beside the home (or inside it, for a package)
            nearby = [base / other, base.parent / other, ROOT / "newsscraper" / other]
            candidates = [ROOT / other] if "/" in other else nearby
            assert any(c.exists() for c in candidates), f"{concern}: {other} does not exist"
    missing = [str(p.relative_to(ROOT)) for p in named if not p.exists()]
    assert not missing

"""The demo's report in a real browser: Debian's chromium, headless, opens it from a file URL.

Checks what a person would see: no console error and nothing fetched, every chart drawn (coloured
pixels in each chart's box, not only axes), the Persian site names on the page as text. The
screenshot is kept under the test's temporary folder (pytest prints where) as a CI artefact.

Without chromium (`apt-get install chromium`) or playwright the test says so and skips; in CI
(CI set) it fails instead, since .ci/run installs chromium.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsscraper.sites import site_by_key

ROOT = Path(__file__).resolve().parent.parent
DEMO_SITES = ("sample_wp", "sample_nastooh", "sample_dari")
# A trace's colour, not the grey of grid lines nor plotly's dark slate-blue axis text (#2a3f5f):
# saturated (HSV S over 90 of 255) and bright (V over 115).
SATURATED, BRIGHT = 90, 115


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        path, why = None, "playwright is not installed (pip install -e '.[test]')"
    else:
        why = "no chromium on PATH: apt-get install -y --no-install-recommends chromium"
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)
    return path


def _demo_report(tmp_path: Path) -> Path:
    """The demo's own report: the demo ends by writing it and printing where it is."""
    data = tmp_path / "demo"
    code = ("import sys; from pathlib import Path; from newsscraper.demo.run import run_demo; "
            f"sys.exit(run_demo(None, Path({str(data)!r})))")
    demo = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert demo.returncode == 0, demo.stderr[-3000:]
    report = data / "report.html"
    assert f"report: {report}" in demo.stdout.splitlines()
    assert report.is_file()
    return report


def _coloured_pixels(png: bytes) -> int:
    from io import BytesIO

    from PIL import Image, ImageChops

    _, s, v = Image.open(BytesIO(png)).convert("RGB").convert("HSV").split()
    mask = ImageChops.multiply(s.point(lambda x: 255 if x > SATURATED else 0),
                               v.point(lambda x: 255 if x > BRIGHT else 0))
    return mask.histogram()[255]


def test_the_demos_report_in_chromium(tmp_path):
    browser_path = _chromium()
    from playwright.sync_api import sync_playwright

    report = _demo_report(tmp_path)
    problems: list[str] = []
    with sync_playwright() as pw:
        # --no-sandbox: CI runs as root, where chromium's sandbox refuses to start
        browser = pw.chromium.launch(executable_path=browser_path, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.on("request", lambda r: r.url.startswith("file:") or problems.append(f"fetched {r.url}"))
            page.goto(report.as_uri(), wait_until="load")
            charts = page.locator(".chart")
            count = charts.count()
            page.wait_for_function(f"document.querySelectorAll('.chart .main-svg').length >= {count}",
                                   timeout=30_000)
            page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
            drawn = {}
            for n in range(count):
                box = charts.nth(n)
                box.scroll_into_view_if_needed()
                drawn[box.get_attribute("data-chart")] = _coloured_pixels(box.screenshot())
            text = page.inner_text("body")
        finally:
            browser.close()
    print(f"screenshot of the demo's report: {tmp_path / 'report.png'}")
    assert problems == []
    assert count == 5 + 2 * len(DEMO_SITES), "days, records, losses, hours, lengths + fill rates and sections per site"
    print(f"coloured pixels per chart: {drawn}")
    blank = {name: n for name, n in drawn.items() if n < 300}
    assert not blank, f"charts without a coloured mark: {blank}"
    for key in DEMO_SITES:
        assert site_by_key(key).name in text

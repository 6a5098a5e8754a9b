"""The report as one HTML file that opens offline: plotly.js, the figures and the styles are inline,
and nothing is fetched. The page is right-to-left Persian; charts sit in left-to-right boxes (their
axes run left to right) with Persian labels, which the browser shapes."""

from __future__ import annotations

import json
from datetime import date, timedelta
from html import escape
from pathlib import Path

from plotly.offline import get_plotlyjs

from newsscraper.persian import to_persian_digits
from newsscraper.report import charts
from newsscraper.report.aggregate import Aggregates, RunData, SiteData

GAPS_LISTED = 12
CONFIG = {"displaylogo": False, "responsive": True, "modeBarButtonsToRemove": ["sendDataToCloud"]}

STYLE = """
main { display: block; }
body { font-family: Vazirmatn, 'Noto Sans Arabic', 'Noto Naskh Arabic', 'DejaVu Sans', Tahoma, sans-serif;
       margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem 3rem; color: #222; background: #fff; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 2px solid #ddd; }
h3 { margin: 1.2rem 0 .3rem; } p.note { color: #555; margin: .2rem 0 .8rem; }
.chart { width: 100%; border: 1px solid #eee; margin: .5rem 0; }
table { border-collapse: collapse; margin: .5rem 0; font-size: .92rem; }
th, td { border: 1px solid #ddd; padding: .3rem .6rem; text-align: right; vertical-align: top; }
th { background: #f4f4f4; } td.num { text-align: left; direction: ltr; white-space: nowrap; }
.ltr { white-space: nowrap; } td code.path { word-break: break-all; }
code, .ltr { direction: ltr; unicode-bidi: isolate; font-family: 'DejaVu Sans Mono', monospace; font-size: .82rem; }
.bad { color: #b00020; font-weight: bold; } .ok { color: #1b7f3b; }
"""


def fa(value: object) -> str:
    """A number or text in Persian digits, escaped for HTML."""
    return escape(to_persian_digits(str(value)))


def day_cell(day: date) -> str:
    return f"{escape(charts.jalali_label(day))} <span class=ltr>({day.isoformat()})</span>"


def duration(value: timedelta | None) -> str:
    if value is None:
        return "—"
    seconds = int(value.total_seconds())
    return fa(f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}")


class Page:
    """Collects sections (HTML) and figures, then writes them out as one file."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.figures: dict[str, str] = {}

    def add(self, html: str) -> None:
        self.parts.append(html)

    def chart(self, name: str, fig: charts.Figure) -> None:
        chart_id = f"chart-{len(self.figures) + 1}"
        self.figures[chart_id] = json.dumps(fig, ensure_ascii=False, separators=(",", ":"))
        self.add(f'<div class="chart" id="{chart_id}" data-chart="{escape(name)}" dir="ltr"></div>')

    def html(self, title: str) -> str:
        figures = "{" + ",".join(f"{json.dumps(k)}:{v}" for k, v in self.figures.items()) + "}"
        script = (f"const FIGURES = {figures};\nconst CONFIG = {json.dumps(CONFIG)};\n"
                  "for (const [id, fig] of Object.entries(FIGURES)) Plotly.newPlot(id, fig.data, fig.layout, CONFIG);")
        # The page reads right to left from <main>: plotly measures its labels in a box it adds to <body>,
        # and measures them wrong (cut axis labels) when <body> itself is right-to-left.
        return ("<!DOCTYPE html>\n<html lang=\"fa\"><head><meta charset=\"utf-8\">"
                f"<title>{escape(title)}</title><style>{STYLE}</style>"
                f"<script>{_inline(get_plotlyjs())}</script></head>\n<body>\n<main dir=\"rtl\">\n"
                + "\n".join(self.parts) + f"\n</main>\n<script>{_inline(script)}</script>\n</body></html>\n")


def _inline(script: str) -> str:
    """Script text safe inside <script>: a literal `</script` would end the element early."""
    return script.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")


def render(agg: Aggregates, sources: list[Path]) -> str:
    page = Page()
    title = "گزارش خزش و داده‌ها"
    page.add(f"<h1>{title}</h1>" + _summary(agg, sources))
    page.add("<h2>خبرها در هر روز انتشار</h2><p class=note>روز انتشار به وقت خود سایت؛ ✕ سرخ: روزی درون بازهٔ "
             "سایت که هیچ خبری ندارد (شکاف احتمالی خزش).</p>")
    page.chart("daily", charts.daily(agg))
    page.add(_gaps_table(agg))
    page.add("<h2>اجراها</h2><h3>رکوردهای هر اجرا</h3><p class=note>✕: اجرایی که به «finished» نرسید.</p>")
    page.chart("records", charts.records_per_run(agg))
    page.add("<h3>ریزش‌ها، ردشده‌ها و خطاها به تفکیک دلیل</h3>")
    losses = charts.losses_per_run(agg)
    if losses is None:
        page.add("<p class=\"note ok\">هیچ اجرایی صفحه‌ای از دست نداد.</p>")
    else:
        page.chart("losses", losses)
    page.add("<h2>نرخ پرشدن فیلدها در اجراها</h2><p class=note>سهم صفحه‌های خبری خوانده‌شده که فیلد را پر دارند "
             "(همان که nightly می‌سنجد)؛ ✕: افت ۲۰ واحد یا بیشتر نسبت به میانهٔ ۵ اجرای پیشین "
             "(دست‌کم ۱۰ صفحه): قالب سایت عوض شده؟ فیلدهایی که در همهٔ اجراها ۱۰۰٪ بوده‌اند نیامده‌اند.</p>")
    for site in agg.sites.values():
        runs = [r for r in agg.runs if r.site == site.key and r.fill_rates]
        if runs:
            page.add(f"<h3>{escape(site.label)}</h3>" + _drift_list(runs))
            page.chart(f"fill-{site.key}", charts.fill_rates(site, runs))
    page.add("<h2>ساعت انتشار</h2><p class=note>به وقت خود سایت (تهران یا کابل)، از خبرهایی که ساعت دارند.</p>")
    page.chart("hours", charts.hours(agg))
    page.add("<h2>بخش‌ها و برچسب‌ها</h2>")
    for site in agg.sites.values():
        if site.stories:
            page.add(f"<h3>{escape(site.label)}</h3>")
            page.chart(f"sections-{site.key}", charts.sections_and_tags(site))
    page.add("<h2>طول متن خبرها</h2>")
    page.chart("lengths", charts.body_lengths(agg))
    page.add("<h2>آخرین اجرای هر سایت</h2>" + _latest_table(agg))
    return page.html(title)


def _summary(agg: Aggregates, sources: list[Path]) -> str:
    days = [d for s in agg.sites.values() for d in s.days]
    span = f"از {day_cell(min(days))} تا {day_cell(max(days))}" if days else "بی‌تاریخ"
    rows = "".join(
        f"<tr><td>{escape(s.label)}</td><td class=num>{fa(s.stories)}</td><td class=num>{fa(s.undated)}</td>"
        f"<td class=num>{fa(s.repeats)}</td><td class=num>{fa(sum(1 for r in agg.runs if r.site == s.key))}</td></tr>"
        for s in agg.sites.values())
    where = "، ".join(f"<code>{escape(str(p))}</code>" for p in sources)
    return (f"<p>{fa(len(agg.sites))} سایت، {fa(len(agg.runs))} اجرا، {fa(agg.stories)} خبر؛ انتشار {span}.</p>"
            f"<p class=note>از خروجی‌های {where}</p>"
            "<table><tr><th>سایت</th><th>خبر</th><th>بی‌تاریخ</th><th>تکرار در اجراهای بعد</th><th>اجرا</th></tr>"
            f"{rows}</table>")


def _gaps_table(agg: Aggregates) -> str:
    rows = []
    for site in agg.sites.values():
        if not site.days:
            continue
        gaps = site.gaps()
        listed = "، ".join(day_cell(d) for d in gaps[:GAPS_LISTED]) + (" …" if len(gaps) > GAPS_LISTED else "")
        rows.append(f"<tr><td>{escape(site.label)}</td><td>{day_cell(min(site.days))}</td>"
                    f"<td>{day_cell(max(site.days))}</td><td class=num>{fa(len(site.days))}</td>"
                    f"<td class=\"num{' bad' if gaps else ''}\">{fa(len(gaps))}</td><td>{listed or '—'}</td></tr>")
    if not rows:
        return "<p class=note>هیچ خبری تاریخ انتشار ندارد.</p>"
    return ("<table><tr><th>سایت</th><th>نخستین روز</th><th>واپسین روز</th><th>روزهای با خبر</th>"
            "<th>روزهای بی‌خبر</th><th>کدام روزها</th></tr>" + "".join(rows) + "</table>")


def _drift_list(runs: list[RunData]) -> str:
    items = [f"<li>اجرای <code>{escape(r.export.run_id)}</code> "
             f"(<span class=ltr>{escape(charts.run_label(r))}</span>): {escape(name)} از "
             f"{fa(f'{median:.0%}')} به {fa(f'{rate:.0%}')}</li>"
             for r in runs for name, median, rate in r.drift]
    if not items:
        return "<p class=\"note ok\">بی افت چشمگیر در نرخ پرشدن.</p>"
    return "<ul class=bad>" + "".join(items) + "</ul>"


def _latest_table(agg: Aggregates) -> str:
    rows = []
    for site in agg.sites.values():
        run = agg.latest(site.key)
        if run is not None:
            rows.append(_latest_row(site, run))
    return ("<table><tr><th>سایت</th><th>اجرا</th><th>آغاز (UTC)</th><th>پایان</th><th>رکورد</th><th>مدت</th>"
            "<th>فایل خروجی</th><th>مانیفست</th></tr>" + "".join(rows) + "</table>")


def _latest_row(site: SiteData, run: RunData) -> str:
    reason = run.finish_reason
    manifest = run.export.manifest_path
    unreadable = f"<br>{fa(run.export.unreadable_lines)} سطر ناخوانا" if run.export.unreadable_lines else ""
    return (f"<tr><td>{escape(site.label)}</td><td><code>{escape(run.export.run_id)}</code></td>"
            f"<td class=num>{escape(charts.run_label(run))}</td>"
            f"<td class=\"{'ok' if reason == 'finished' else 'bad'}\">{escape(reason)}</td>"
            f"<td class=num>{fa(run.records)}{unreadable}</td><td class=num>{duration(run.duration)}</td>"
            f"<td><code class=path>{escape(str(run.export.path))}</code></td>"
            f"<td>{f'<code class=path>{escape(str(manifest))}</code>' if manifest else 'ندارد'}</td></tr>")

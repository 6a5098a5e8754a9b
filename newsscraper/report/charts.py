"""The report's charts as plotly.js figures (`{"data": [...], "layout": {...}}`), drawn in the browser
by plotly.js, which page.py inlines.

The figures are plain dicts in plotly.js's own schema rather than plotly.graph_objects: validating
objects cost seconds per report and buys nothing for figures this small and fixed. Labels are Persian
(the browser shapes them); dates run on a Gregorian axis with the Jalali day in the tick labels and
the hover text.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

import jdatetime

from newsscraper.items import FIELD_NAMES
from newsscraper.persian import to_persian_digits
from newsscraper.report.aggregate import LENGTH_STEP, Aggregates, RunData, SiteData

Figure = dict[str, Any]

FONT = "Vazirmatn, 'Noto Sans Arabic', 'Noto Naskh Arabic', 'DejaVu Sans', Tahoma, sans-serif"
GAP_COLOR = "#d62728"
PALETTE = ("#d62728", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#1f77b4",
           "#2ca02c")
# ColorBrewer's RdYlGn (plotly.js knows it by no name): red for empty fields, green for full ones
RED_YELLOW_GREEN = [[0.0, "#a50026"], [0.1, "#d73027"], [0.2, "#f46d43"], [0.3, "#fdae61"], [0.4, "#fee08b"],
                    [0.5, "#ffffbf"], [0.6, "#d9ef8b"], [0.7, "#a6d96a"], [0.8, "#66bd63"], [0.9, "#1a9850"],
                    [1.0, "#006837"]]
TOP = 10          # sections and tags shown per site
LENGTH_BINS = 40  # at most this many body-length bars up to the 99th percentile


def jalali_label(day: date) -> str:
    """`۵ فروردین ۱۴۰۳` for 2024-03-24, isolated right to left (RLI … PDI): on a left-to-right axis the
    leading Persian digit would otherwise be laid out as a left-to-right number, before the month."""
    j = jdatetime.date.fromgregorian(date=day)
    return "\u2067" + to_persian_digits(f"{j.day} {jdatetime.date.j_months_fa[j.month - 1]} {j.year}") + "\u2069"


def run_label(run: RunData) -> str:
    started = run.export.started
    return f"{started:%Y-%m-%d %H:%M}" if started else run.export.run_id


def figure(data: list[dict[str, Any]], height: int, **layout: Any) -> Figure:
    """A figure with the report's common layout; axes get room for their labels."""
    base: dict[str, Any] = {
        "height": height, "font": {"family": FONT, "size": 13}, "margin": {"l": 60, "r": 30, "t": 40, "b": 110},
        "legend": {"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom"},
        "hoverlabel": {"font": {"family": FONT}}, "plot_bgcolor": "white", "paper_bgcolor": "white",
        "colorway": ["#636efa", "#EF553B", "#00cc96", "#ab63fa", "#FFA15A", "#19d3f3", "#FF6692", "#B6E880",
                     "#FF97FF", "#FECB52"],
        "xaxis": {}, "yaxis": {},
    }
    base.update(layout)
    for name, axis in base.items():
        if name.startswith(("xaxis", "yaxis")):
            axis.setdefault("automargin", True)
            axis.setdefault("gridcolor", "#ebf0f8")
            axis.setdefault("zerolinecolor", "#ebf0f8")
    return {"data": data, "layout": base}


def grid(rows: int, cols: int, titles: list[str], vgap: float, hgap: float = 0.2) -> tuple[dict[str, Any], list[str]]:
    """Layout axes for a rows x cols grid (subplot titles above each) and each cell's axis suffix."""
    height = (1 - vgap * (rows - 1)) / rows
    width = (1 - hgap * (cols - 1)) / cols
    layout: dict[str, Any] = {"annotations": []}
    suffixes = []
    for n in range(rows * cols):
        row, col = divmod(n, cols)
        suffix = "" if n == 0 else str(n + 1)
        top, left = 1 - row * (height + vgap), col * (width + hgap)
        layout[f"xaxis{suffix}"] = {"domain": [left, left + width], "anchor": f"y{suffix}"}
        layout[f"yaxis{suffix}"] = {"domain": [top - height, top], "anchor": f"x{suffix}"}
        if n < len(titles):
            layout["annotations"].append({"text": titles[n], "x": left + width / 2, "y": top, "xref": "paper",
                                          "yref": "paper", "xanchor": "center", "yanchor": "bottom",
                                          "showarrow": False, "font": {"size": 14}})
        suffixes.append(suffix)
    return layout, suffixes


def _day_ticks(first: date, last: date, count: int = 8) -> tuple[list[str], list[str]]:
    step = max(1, (last - first).days // (count - 1))
    days = [first + timedelta(days=n) for n in range(0, (last - first).days + 1, step)]
    return [d.isoformat() for d in days], [f"{d.isoformat()}<br>{jalali_label(d)}" for d in days]


def daily(agg: Aggregates) -> Figure:
    """Stories per publication day per site; days without a story inside a site's range are marked."""
    data: list[dict[str, Any]] = []
    gap_x, gap_text = [], []
    for site in agg.sites.values():
        if not site.days:
            continue
        first, last = min(site.days), max(site.days)
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        data.append({"type": "scatter", "mode": "lines+markers", "name": site.label,
                     "x": [d.isoformat() for d in days], "y": [site.days.get(d, 0) for d in days],
                     "customdata": [jalali_label(d) for d in days],
                     "hovertemplate": "%{customdata} (%{x})<br>%{y} خبر<extra>%{fullData.name}</extra>"})
        for gap in site.gaps():
            gap_x.append(gap.isoformat())
            gap_text.append(f"{site.label}<br>{jalali_label(gap)} ({gap.isoformat()})<br>بی‌خبر: شکاف احتمالی خزش")
    if gap_x:
        data.append({"type": "scatter", "mode": "markers", "name": "روز بی‌خبر (شکاف احتمالی)", "x": gap_x,
                     "y": [0] * len(gap_x), "marker": {"symbol": "x", "size": 11, "color": GAP_COLOR},
                     "text": gap_text, "hovertemplate": "%{text}<extra></extra>"})
    xaxis: dict[str, Any] = {"type": "date", "title": {"text": "روز انتشار (میلادی، با روز خورشیدی)"}}
    all_days = [d for s in agg.sites.values() for d in s.days]
    if all_days:
        xaxis["tickvals"], xaxis["ticktext"] = _day_ticks(min(all_days), max(all_days))
    yaxis: dict[str, Any] = {"title": {"text": "شمار خبرها"}, "rangemode": "tozero"}
    if max((n for s in agg.sites.values() for n in s.days.values()), default=0) <= 10:
        yaxis["dtick"] = 1  # whole stories: no 0.2 ticks on a small count
    return figure(data, 460, xaxis=xaxis, yaxis=yaxis)


def records_per_run(agg: Aggregates) -> Figure:
    data = []
    for site in agg.sites.values():
        runs = [r for r in agg.runs if r.site == site.key and r.export.started]
        if runs:
            data.append({
                "type": "scatter", "mode": "lines+markers", "name": site.label,
                "x": [r.export.started.isoformat() for r in runs if r.export.started], "y": [r.records for r in runs],
                "marker": {"symbol": ["circle" if r.finish_reason == "finished" else "x" for r in runs], "size": 10},
                "customdata": [[r.export.run_id, r.finish_reason] for r in runs],
                "hovertemplate": "اجرای %{customdata[0]}<br>%{x}<br>%{y} رکورد · پایان: %{customdata[1]}"
                                 "<extra>%{fullData.name}</extra>"})
    return figure(data, 380, xaxis={"type": "date", "title": {"text": "آغاز اجرا (UTC)"}},
                  yaxis={"title": {"text": "رکوردها"}, "rangemode": "tozero"})


def losses_per_run(agg: Aggregates) -> Figure | None:
    """Drops, refusals and failures by reason: one row of stacked bars per site that lost any page,
    one bar per run; None when no run lost anything."""
    losses = {id(r): r.losses() for r in agg.runs}
    sites = [s for s in agg.sites.values() if any(losses[id(r)] for r in agg.runs if r.site == s.key)]
    if not sites:
        return None
    layout, suffixes = grid(len(sites), 1, [s.label for s in sites], vgap=min(0.12, 0.5 / len(sites)))
    reasons = sorted({reason for lost in losses.values() for reason in lost})
    colours = {reason: PALETTE[n % len(PALETTE)] for n, reason in enumerate(reasons)}
    data: list[dict[str, Any]] = []
    shown: set[str] = set()
    for site, suffix in zip(sites, suffixes, strict=True):
        runs = [r for r in agg.runs if r.site == site.key and r.export.started]
        starts = [r.export.started.isoformat() for r in runs if r.export.started]
        for reason in reasons:
            values = [losses[id(r)].get(reason, 0) for r in runs]
            if any(values):
                data.append({"type": "bar", "x": starts, "y": values, "name": reason, "legendgroup": reason,
                             "showlegend": reason not in shown, "marker": {"color": colours[reason]},
                             "customdata": [r.export.run_id for r in runs], "xaxis": f"x{suffix}",
                             "yaxis": f"y{suffix}", "hovertemplate": f"{reason}: %{{y}}<br>اجرای %{{customdata}}"
                                                                    f"<br>%{{x}}<extra>{site.label}</extra>"})
                shown.add(reason)
    for name in [k for k in layout if k.startswith("xaxis")]:
        layout[name]["type"] = "date"
    return figure(data, 140 + 200 * len(sites), barmode="stack", **layout)


def fill_rates(site: SiteData, runs: list[RunData]) -> Figure:
    """One site's field fill rates across runs (a heatmap); a fall past nightly's threshold marked ✕."""
    present = {name for r in runs for name in r.fill_rates}
    names = [n for n in FIELD_NAMES if n in present] + sorted(present - set(FIELD_NAMES))  # the record's order
    varying = [n for n in names if any(r.fill_rates.get(n) != 1.0 for r in runs)] or names
    labels = [run_label(r) for r in runs]
    basis = [f"{r.pages_parsed} صفحهٔ خبری" if r.pages_parsed else f"{r.records} رکورد" for r in runs]
    data: list[dict[str, Any]] = [{
        "type": "heatmap", "x": labels, "y": varying, "zmin": 0, "zmax": 100, "colorscale": RED_YELLOW_GREEN,
        "z": [[_percent(r.fill_rates.get(n)) for r in runs] for n in varying], "colorbar": {"title": {"text": "٪"}},
        "customdata": [basis for _ in varying], "xgap": 1, "ygap": 1,
        "hovertemplate": "%{y}: %{z}٪ از %{customdata}<br>اجرای %{x}<extra></extra>"}]
    marks = [(label, name, f"{name}: از {median:.0%} (میانهٔ ۵ اجرای پیش) به {rate:.0%}: تغییر قالب؟")
             for run, label in zip(runs, labels, strict=True) for name, median, rate in run.drift if name in varying]
    if marks:
        data.append({"type": "scatter", "mode": "markers", "name": "افت ۲۰ واحدی (آستانهٔ nightly)",
                     "x": [m[0] for m in marks], "y": [m[1] for m in marks], "text": [m[2] for m in marks],
                     "marker": {"symbol": "x-thin", "size": 14, "line": {"width": 3, "color": "black"}},
                     "hovertemplate": "%{text}<extra></extra>"})
    # room for the longest field name: plotly's own measure misses it on a right-to-left page
    margin = {"l": 20 + 8 * max(map(len, varying)), "r": 30, "t": 40, "b": 110}
    return figure(data, 170 + 22 * len(varying), margin=margin,
                  xaxis={"type": "category", "title": {"text": "آغاز اجرا (UTC)"}},
                  yaxis={"type": "category", "autorange": "reversed"})


def _percent(value: float | None) -> float | None:
    return None if value is None else round(100 * value, 1)


def hours(agg: Aggregates) -> Figure:
    data = []
    for site in agg.sites.values():
        total = sum(site.hours.values())
        if total:
            counts = [site.hours.get(h, 0) for h in range(24)]
            data.append({"type": "scatter", "mode": "lines+markers", "name": site.label, "x": list(range(24)),
                         "y": [round(100 * c / total, 1) for c in counts], "customdata": counts,
                         "hovertemplate": "ساعت %{x}: %{customdata} خبر (%{y}٪)<extra>%{fullData.name}</extra>"})
    return figure(data, 380, xaxis={"title": {"text": "ساعت انتشار، به وقت خود سایت"}, "tickmode": "linear",
                                    "dtick": 1, "range": [-0.5, 23.5]},
                  yaxis={"title": {"text": "سهم از خبرهای ساعت‌دار (٪)"}, "rangemode": "tozero"})


def sections_and_tags(site: SiteData) -> Figure:
    layout, suffixes = grid(1, 2, ["بزرگ‌ترین بخش‌ها", "پرکاربردترین برچسب‌ها"], vgap=0, hgap=0.25)
    data = []
    for suffix, counter, colour in zip(suffixes, (site.sections, site.tags), ("#1f77b4", "#2ca02c"), strict=True):
        top = counter.most_common(TOP) or [("—", 0)]
        data.append({"type": "bar", "orientation": "h", "x": [n for _, n in top], "y": [name for name, _ in top],
                     "showlegend": False, "marker": {"color": colour}, "xaxis": f"x{suffix}", "yaxis": f"y{suffix}",
                     "hovertemplate": "%{y}: %{x} خبر<extra></extra>"})
        layout[f"yaxis{suffix}"]["autorange"] = "reversed"
    return figure(data, 120 + 26 * TOP, **layout)


def body_lengths(agg: Aggregates) -> Figure:
    """Share of each site's stories by body length, in round bins up to about the 99th percentile."""
    step = _length_step(agg)
    last = 2 * LENGTH_BINS  # a far tail piles up in the last bar
    binned: dict[str, Counter[int]] = {}
    for site in agg.sites.values():
        bins: Counter[int] = Counter()
        for fine, n in site.lengths.items():
            bins[min(fine * LENGTH_STEP // step, last)] += n
        if bins:
            binned[site.key] = bins
    data = []
    if binned:
        xs = list(range(min(min(b) for b in binned.values()), max(max(b) for b in binned.values()) + 1))
        labels = [f"{b * step}–{b * step + step - 1}" if b < last else f"≥{b * step}" for b in xs]
        for key, bins in binned.items():
            total = sum(bins.values())
            data.append({"type": "bar", "name": agg.sites[key].label, "x": labels,
                         "y": [round(100 * bins.get(b, 0) / total, 2) for b in xs],
                         "customdata": [bins.get(b, 0) for b in xs],
                         "hovertemplate": "%{x} نویسه: %{customdata} خبر (%{y}٪)<extra>%{fullData.name}</extra>"})
    return figure(data, 400, barmode="group", bargap=0.15,
                  xaxis={"type": "category", "title": {"text": "طول متن خبر (نویسه)"}},
                  yaxis={"title": {"text": "سهم خبرهای سایت (٪)"}, "rangemode": "tozero"})


def _length_step(agg: Aggregates) -> int:
    """A round bin width that shows the lengths up to the 99th percentile in about LENGTH_BINS bars."""
    merged: Counter[int] = Counter()
    for site in agg.sites.values():
        merged.update(site.lengths)
    total, seen, p99 = sum(merged.values()), 0, 0
    for fine in sorted(merged):
        seen += merged[fine]
        p99 = fine
        if seen >= 0.99 * total:
            break
    span = (p99 + 1) * LENGTH_STEP
    for step in (100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000):
        if span / step <= LENGTH_BINS:
            return step
    return 100000

"""The report's charts as plotly figures (drawn in the browser by plotly.js, inlined by page.py).

Labels are Persian (the browser shapes them); dates run on a Gregorian axis with the Jalali day in
the tick labels and the hover text.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import jdatetime
from plotly import graph_objects as go
from plotly.subplots import make_subplots

from newsscraper.items import FIELD_NAMES
from newsscraper.persian import to_persian_digits
from newsscraper.report.aggregate import LENGTH_STEP, Aggregates, RunData, SiteData

FONT = "Vazirmatn, 'Noto Sans Arabic', 'Noto Naskh Arabic', 'DejaVu Sans', Tahoma, sans-serif"
GAP_COLOR = "#d62728"
TOP = 10          # sections and tags shown per site
LENGTH_BINS = 40  # at most this many body-length bars up to the 99th percentile


def jalali_label(day: date) -> str:
    """`۵ فروردین ۱۴۰۳` for 2024-03-24."""
    j = jdatetime.date.fromgregorian(date=day)
    return to_persian_digits(f"{j.day} {jdatetime.date.j_months_fa[j.month - 1]} {j.year}")


def _layout(fig: go.Figure, height: int, **extra: object) -> go.Figure:
    fig.update_layout(height=height, font={"family": FONT, "size": 13}, margin={"l": 60, "r": 30, "t": 40, "b": 110},
                      legend={"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom"},
                      hoverlabel={"font": {"family": FONT}}, template="plotly_white", **extra)
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)
    return fig


def _day_ticks(first: date, last: date, count: int = 8) -> tuple[list[str], list[str]]:
    step = max(1, (last - first).days // (count - 1) if count > 1 else 1)
    days = [first + timedelta(days=n) for n in range(0, (last - first).days + 1, step)]
    return [d.isoformat() for d in days], [f"{d.isoformat()}<br>{jalali_label(d)}" for d in days]


def daily(agg: Aggregates) -> go.Figure:
    """Stories per publication day per site; days without a story inside a site's range are marked."""
    fig = go.Figure()
    gap_x, gap_text = [], []
    for site in agg.sites.values():
        if not site.days:
            continue
        first, last = min(site.days), max(site.days)
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        fig.add_trace(go.Scatter(
            x=[d.isoformat() for d in days], y=[site.days.get(d, 0) for d in days], name=site.label,
            mode="lines+markers", customdata=[jalali_label(d) for d in days],
            hovertemplate="%{customdata} (%{x})<br>%{y} خبر<extra>%{fullData.name}</extra>"))
        for gap in site.gaps():
            gap_x.append(gap.isoformat())
            gap_text.append(f"{site.label}<br>{jalali_label(gap)} ({gap.isoformat()})<br>بی‌خبر: شکاف احتمالی خزش")
    if gap_x:
        fig.add_trace(go.Scatter(x=gap_x, y=[0] * len(gap_x), mode="markers", name="روز بی‌خبر (شکاف احتمالی)",
                                 marker={"symbol": "x", "size": 11, "color": GAP_COLOR}, text=gap_text,
                                 hovertemplate="%{text}<extra></extra>"))
    all_days = [d for s in agg.sites.values() for d in s.days]
    if all_days:
        values, labels = _day_ticks(min(all_days), max(all_days))
        fig.update_xaxes(tickvals=values, ticktext=labels, type="date")
    fig.update_xaxes(title="روز انتشار (میلادی، با روز خورشیدی)")
    fig.update_yaxes(title="شمار خبرها", rangemode="tozero")
    return _layout(fig, 460)


def run_label(run: RunData) -> str:
    started = run.export.started
    return f"{started:%Y-%m-%d %H:%M}" if started else run.export.run_id


def records_per_run(agg: Aggregates) -> go.Figure:
    fig = go.Figure()
    for site in agg.sites.values():
        runs = [r for r in agg.runs if r.site == site.key and r.export.started]
        if not runs:
            continue
        fig.add_trace(go.Scatter(
            x=[r.export.started.isoformat() for r in runs if r.export.started], y=[r.records for r in runs],
            name=site.label, mode="lines+markers",
            marker={"symbol": ["circle" if r.finish_reason == "finished" else "x" for r in runs], "size": 9},
            customdata=[[r.export.run_id, r.finish_reason] for r in runs],
            hovertemplate="اجرای %{customdata[0]}<br>%{x}<br>%{y} رکورد · پایان: %{customdata[1]}"
                          "<extra>%{fullData.name}</extra>"))
    fig.update_xaxes(title="آغاز اجرا (UTC)")
    fig.update_yaxes(title="رکوردها", rangemode="tozero")
    return _layout(fig, 380)


def losses_per_run(agg: Aggregates) -> go.Figure:
    """Drops, refusals and failures by reason, one row of stacked bars per site."""
    sites = [s for s in agg.sites.values() if any(r.site == s.key for r in agg.runs)]
    fig = make_subplots(rows=max(1, len(sites)), cols=1, subplot_titles=[s.label for s in sites] or None,
                        vertical_spacing=min(0.12, 0.5 / max(1, len(sites))))
    reasons = sorted({reason for r in agg.runs for reason in r.losses()})
    shown: set[str] = set()
    for row, site in enumerate(sites, start=1):
        runs = [r for r in agg.runs if r.site == site.key]
        labels = [run_label(r) for r in runs]
        fig.add_trace(go.Bar(x=labels, y=[0] * len(runs), showlegend=False, hoverinfo="skip",
                             marker={"color": "rgba(0,0,0,0)"}), row=row, col=1)  # keeps runs without losses
        for n, reason in enumerate(reasons):
            values = [r.losses().get(reason, 0) for r in runs]
            if not any(values):
                continue
            fig.add_trace(go.Bar(x=labels, y=values, name=reason, legendgroup=reason, showlegend=reason not in shown,
                                 marker={"color": _PALETTE[n % len(_PALETTE)]},
                                 hovertemplate=f"{reason}: %{{y}}<br>%{{x}}<extra>{site.label}</extra>"),
                          row=row, col=1)
            shown.add(reason)
    fig.update_layout(barmode="stack")
    fig.update_xaxes(type="category")
    fig.update_yaxes(rangemode="tozero")
    return _layout(fig, 140 + 200 * max(1, len(sites)))


_PALETTE = ["#d62728", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#1f77b4",
            "#2ca02c"]


def fill_rates(site: SiteData, runs: list[RunData]) -> go.Figure:
    """One site's field fill rates across runs (a heatmap); nightly's drift threshold marked with ✕."""
    present = {name for r in runs for name in r.fill_rates}
    names = [n for n in FIELD_NAMES if n in present] + sorted(present - set(FIELD_NAMES))  # the record's order
    varying = [n for n in names if any(r.fill_rates.get(n) != 1.0 for r in runs)] or names
    labels = [run_label(r) for r in runs]
    z = [[_percent(r.fill_rates.get(n)) for r in runs] for n in varying]
    basis = [f"{r.pages_parsed} صفحهٔ خبری" if r.pages_parsed else f"{r.records} رکورد" for r in runs]
    fig = go.Figure(go.Heatmap(
        x=labels, y=varying, z=z, zmin=0, zmax=100, colorscale="RdYlGn", colorbar={"title": "٪"},
        customdata=[basis for _ in varying], xgap=1, ygap=1,
        hovertemplate="%{y}: %{z}٪ از %{customdata}<br>اجرای %{x}<extra></extra>"))
    drift_x, drift_y, drift_text = [], [], []
    for run, label in zip(runs, labels, strict=True):
        for name, median, rate in run.drift:
            if name in varying:
                drift_x.append(label)
                drift_y.append(name)
                drift_text.append(f"{name}: از {median:.0%} (میانهٔ ۵ اجرای پیش) به {rate:.0%}: تغییر قالب؟")
    if drift_x:
        fig.add_trace(go.Scatter(x=drift_x, y=drift_y, mode="markers", name="افت ۲۰ واحدی (آستانهٔ nightly)",
                                 marker={"symbol": "x-thin", "size": 14, "line": {"width": 3, "color": "black"}},
                                 text=drift_text, hovertemplate="%{text}<extra></extra>"))
    fig.update_xaxes(type="category", title="آغاز اجرا (UTC)")
    fig.update_yaxes(type="category", autorange="reversed")
    _layout(fig, 170 + 22 * len(varying))
    # room for the longest field name: plotly's own measure misses it on a right-to-left page
    fig.update_layout(margin={"l": 20 + 8 * max(map(len, varying))})
    return fig


def _percent(value: float | None) -> float | None:
    return None if value is None else round(100 * value, 1)


def hours(agg: Aggregates) -> go.Figure:
    fig = go.Figure()
    for site in agg.sites.values():
        total = sum(site.hours.values())
        if not total:
            continue
        counts = [site.hours.get(h, 0) for h in range(24)]
        fig.add_trace(go.Scatter(x=list(range(24)), y=[round(100 * c / total, 1) for c in counts], name=site.label,
                                 mode="lines+markers", customdata=counts,
                                 hovertemplate="ساعت %{x}: %{customdata} خبر (%{y}٪)<extra>%{fullData.name}</extra>"))
    fig.update_xaxes(title="ساعت انتشار، به وقت خود سایت", tickmode="linear", dtick=1, range=[-0.5, 23.5])
    fig.update_yaxes(title="سهم از خبرهای ساعت‌دار (٪)", rangemode="tozero")
    return _layout(fig, 380)


def sections_and_tags(site: SiteData) -> go.Figure:
    fig = make_subplots(rows=1, cols=2, subplot_titles=["بزرگ‌ترین بخش‌ها", "پرکاربردترین برچسب‌ها"],
                        horizontal_spacing=0.25)
    for col, counter in ((1, site.sections), (2, site.tags)):
        top = counter.most_common(TOP) or [("—", 0)]
        fig.add_trace(go.Bar(x=[n for _, n in top], y=[name for name, _ in top], orientation="h", showlegend=False,
                             marker={"color": "#1f77b4" if col == 1 else "#2ca02c"},
                             hovertemplate="%{y}: %{x} خبر<extra></extra>"), row=1, col=col)
        fig.update_yaxes(autorange="reversed", row=1, col=col)
    return _layout(fig, 120 + 26 * TOP)


def body_lengths(agg: Aggregates) -> go.Figure:
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
    fig = go.Figure()
    if binned:
        xs = list(range(min(min(b) for b in binned.values()), max(max(b) for b in binned.values()) + 1))
        labels = [f"{b * step}–{b * step + step - 1}" if b < last else f"≥{b * step}" for b in xs]
        for key, bins in binned.items():
            total = sum(bins.values())
            fig.add_trace(go.Bar(
                x=labels, y=[round(100 * bins.get(b, 0) / total, 2) for b in xs], name=agg.sites[key].label,
                customdata=[bins.get(b, 0) for b in xs],
                hovertemplate="%{x} نویسه: %{customdata} خبر (%{y}٪)<extra>%{fullData.name}</extra>"))
    fig.update_layout(barmode="group", bargap=0.15)
    fig.update_xaxes(title="طول متن خبر (نویسه)", type="category")
    fig.update_yaxes(title="سهم خبرهای سایت (٪)", rangemode="tozero")
    return _layout(fig, 400)


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

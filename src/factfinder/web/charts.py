"""Server-side SVG for the events page: a timeline of events over 1990–1995 and a map
of Rwanda's 1994 prefectures.

The map draws only what the project ships: the prefecture seats' coordinates from the
gazetteer (data/gazetteer/places.yaml). The gazetteer carries no border or boundary
coordinates, so no outline is drawn; prefectures without coordinates are listed
beside the map with their counts instead of being placed by guesswork.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from dataclasses import dataclass
from datetime import date
from html import escape

FIRST_YEAR, LAST_YEAR = 1990, 1995
MONTHS = [(y, m) for y in range(FIRST_YEAR, LAST_YEAR + 1) for m in range(1, 13)]
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")


def _month_of(event: dict) -> tuple[int, int] | None:
    earliest = (event.get("period") or {}).get("earliest")
    if not earliest or len(earliest) < 7:
        return None
    try:
        return int(earliest[:4]), int(earliest[5:7])
    except ValueError:
        return None


def timeline_counts(events: list[dict]) -> tuple[Counter, int, int]:
    """Events per (year, month) inside 1990–1995, and how many fall outside or carry no date."""
    counts: Counter = Counter()
    outside = undated = 0
    for event in events:
        month = _month_of(event)
        if month is None:
            undated += 1
        elif FIRST_YEAR <= month[0] <= LAST_YEAR:
            counts[month] += 1
        else:
            outside += 1
    return counts, outside, undated


def timeline_svg(events: list[dict], link: str = "/events?month={month}") -> str:
    """A bar per month from January 1990 to December 1995; each bar links to that month's events."""
    counts, outside, undated = timeline_counts(events)
    width, height = 960, 250
    left, right, top, bottom = 44, 12, 16, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / len(MONTHS)
    peak = max(counts.values(), default=0)
    ticks = _ticks(max(peak, 1))
    scale_max = ticks[-1]
    total = sum(counts.values())
    title = f"Timeline: {total} dated event(s) from 1990 to 1995"
    desc_parts = [f"{MONTH_NAMES[m - 1]} {y}: {n}" for (y, m), n in sorted(counts.items())]
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline" viewBox="0 0 {width} {height}" '
           f'role="img" aria-labelledby="tl-title tl-desc" data-total="{total}">',
           f'<title id="tl-title">{escape(title)}</title>',
           f'<desc id="tl-desc">{escape("; ".join(desc_parts) or "No dated events.")}</desc>']
    # Horizontal guides at round counts.
    for tick in ticks:
        y = top + plot_h - plot_h * tick / scale_max
        out.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="axis" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>')
    # The genocide, 7 April – mid-July 1994, shaded as context for the reader.
    x0 = left + MONTHS.index((1994, 4)) * step
    x1 = left + (MONTHS.index((1994, 7)) + 1) * step
    out.append(f'<rect class="period" x="{x0:.1f}" y="{top}" width="{x1 - x0:.1f}" height="{plot_h}">'
               '<title>April–July 1994</title></rect>')
    for index, (y, m) in enumerate(MONTHS):
        n = counts.get((y, m), 0)
        if not n:
            continue
        bar_h = max(plot_h * n / scale_max, 2)
        x = left + index * step
        label = f"{MONTH_NAMES[m - 1]} {y}: {n} event{'s' if n != 1 else ''}"
        href = escape(link.format(month=f"{y}-{m:02d}"), quote=True)
        out.append(f'<a href="{href}" class="bar-link" data-month="{y}-{m:02d}" data-count="{n}">'
                   f'<rect class="bar" x="{x + 0.5:.1f}" y="{top + plot_h - bar_h:.1f}" width="{max(step - 1, 1):.1f}" '
                   f'height="{bar_h:.1f}"><title>{escape(label)}</title></rect></a>')
    base = top + plot_h
    out.append(f'<line class="baseline" x1="{left}" x2="{width - right}" y1="{base}" y2="{base}"/>')
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        x = left + MONTHS.index((year, 1)) * step
        out.append(f'<line class="tick" x1="{x:.1f}" x2="{x:.1f}" y1="{base}" y2="{base + 6}"/>')
        out.append(f'<text class="axis year" x="{x + 6 * step:.1f}" y="{base + 22}" text-anchor="middle">{year}</text>')
    out.append("</svg>")
    notes = []
    if outside:
        notes.append(f"{outside} event(s) dated outside 1990–1995")
    if undated:
        notes.append(f"{undated} event(s) without a date")
    svg = "".join(out)
    if notes:
        svg += f'<p class="chart-note">Not on the timeline: {escape("; ".join(notes))}.</p>'
    return svg


def _ticks(maximum: int) -> list[int]:
    """Whole-number guide lines, about four of them, at steps of 1, 2 or 5 times a power of ten."""
    power = 1
    while True:
        for m in (1, 2, 5):
            step = m * power
            if step * 4 >= maximum:
                return list(range(0, -(-maximum // step) * step + 1, step))
        power *= 10


@dataclass(frozen=True)
class Prefecture:
    id: str
    name: str
    lat: float | None
    lon: float | None


@functools.lru_cache(maxsize=1)
def _gazetteer():  # noqa: ANN202
    from factfinder.extract.gazetteer import Gazetteer

    return Gazetteer.load()


def prefectures_1994() -> list[Prefecture]:
    """Rwanda's prefectures as they stood in 1994, with their seats' coordinates when shipped."""
    out = []
    for entry in _gazetteer():
        if entry.type == "prefecture" and entry.existed_1994 is not False:
            c = entry.coordinates
            out.append(Prefecture(entry.id, entry.canonical, c.lat if c else None, c.lon if c else None))
    return sorted(out, key=lambda p: p.name)


def prefecture_of(place_id: str | None) -> str | None:
    """The 1994 prefecture a gazetteer place lies in (walking up its parents), if any."""
    gazetteer = _gazetteer()
    seen = set()
    while place_id and place_id not in seen:
        seen.add(place_id)
        entry = gazetteer.get(place_id)
        if entry is None:
            return None
        if entry.type == "prefecture":
            return entry.id
        place_id = entry.parent
    return None


@functools.lru_cache(maxsize=4096)
def prefecture_of_name(name: str) -> str | None:
    """The prefecture a place name (canonical, as the record writes it) lies in, when every
    gazetteer entry of that name agrees on one."""
    gazetteer = _gazetteer()
    ids = {prefecture_of(e.id) for e in gazetteer if e.category == "place" and e.canonical == name}
    if len(ids) != 1:
        ids = {prefecture_of(e.id) for e in gazetteer.candidates(name) if e.category == "place"}
    ids.discard(None)
    return ids.pop() if len(ids) == 1 else None


def event_prefectures(event: dict) -> set[str]:
    """Prefectures an event touches: from its places' gazetteer ids when given
    (`attributes.places`), else from the place names of an event summary."""
    detailed = (event.get("attributes") or {}).get("places")
    if detailed:
        prefs = {prefecture_of(p.get("id")) for p in detailed}
    else:
        prefs = {prefecture_of_name(name) for name in event.get("places") or []}
    return prefs - {None}


def events_by_prefecture(events: list[dict]) -> tuple[Counter, int]:
    """Events per prefecture (an event counts once per prefecture it touches), and events
    placed nowhere in a prefecture (no place, or a place outside them)."""
    counts: Counter = Counter()
    elsewhere = 0
    for event in events:
        prefs = event_prefectures(event)
        if prefs:
            counts.update(prefs)
        else:
            elsewhere += 1
    return counts, elsewhere


def map_svg(events: list[dict], link: str = "/events?prefecture={id}") -> str:
    """Prefecture seats as dots sized by their number of events, with names and counts."""
    counts, elsewhere = events_by_prefecture(events)
    prefectures = prefectures_1994()
    placed = [p for p in prefectures if p.lat is not None and p.lon is not None]
    unplaced = [p for p in prefectures if p.lat is None or p.lon is None]
    width, height, pad = 520, 440, 70
    lats = [p.lat for p in placed] or [-2.0]
    lons = [p.lon for p in placed] or [30.0]
    mid_lat = sum(lats) / len(lats)
    kx = math.cos(math.radians(mid_lat))  # equirectangular: a degree of longitude is shorter than one of latitude
    span_x = (max(lons) - min(lons)) * kx or 1.0
    span_y = (max(lats) - min(lats)) or 1.0
    scale = min((width - 2 * pad) / span_x, (height - 2 * pad) / span_y)
    off_x = (width - span_x * scale) / 2
    off_y = (height - span_y * scale) / 2

    def project(lat: float, lon: float) -> tuple[float, float]:
        return off_x + (lon - min(lons)) * kx * scale, off_y + (max(lats) - lat) * scale

    peak = max(counts.values(), default=0) or 1
    total = sum(counts.values())
    desc = "; ".join(f"{p.name}: {counts.get(p.id, 0)}" for p in prefectures)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart map" viewBox="0 0 {width} {height}" role="img" '
           f'aria-labelledby="map-title map-desc" data-total="{total}">',
           '<title id="map-title">Events by 1994 prefecture (dots at the prefecture seats)</title>',
           f'<desc id="map-desc">{escape(desc)}</desc>']
    # Scale bar: 50 km at this latitude (one degree of latitude is about 111.2 km).
    km = 50
    bar = km / 111.2 * scale
    out.append(f'<g class="scale"><line x1="16" x2="{16 + bar:.1f}" y1="{height - 18}" y2="{height - 18}"/>'
               f'<text x="16" y="{height - 24}">{km} km</text></g>')
    out.append(f'<text class="north" x="{width - 20}" y="26" text-anchor="middle">N ↑</text>')
    for p in sorted(placed, key=lambda p: -counts.get(p.id, 0)):
        x, y = project(p.lat, p.lon)
        n = counts.get(p.id, 0)
        r = 4 + 22 * math.sqrt(n / peak) if n else 4
        label = f"{p.name}: {n} event{'s' if n != 1 else ''}"
        href = escape(link.format(id=p.id), quote=True)
        cls = "seat has-events" if n else "seat"
        count = f'<text class="seat-count" x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle">{n}</text>' if n else ""
        out.append(f'<a href="{href}" class="map-link" data-prefecture="{escape(p.id)}" data-count="{n}">'
                   f'<circle class="{cls}" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"><title>{escape(label)}</title>'
                   f'</circle><text class="seat-name" x="{x:.1f}" y="{y - r - 5:.1f}" text-anchor="middle">'
                   f'{escape(p.name)}</text>{count}</a>')
    out.append("</svg>")
    notes = [f"{escape(p.name)} ({counts.get(p.id, 0)} event(s)): the gazetteer gives no coordinates for its seat"
             for p in unplaced]
    if elsewhere:
        notes.append(f"{elsewhere} event(s) not placed in a 1994 prefecture")
    svg = "".join(out)
    svg += ('<p class="chart-note">Dots mark prefecture seats from the project gazetteer; no border is drawn '
            'because the project ships no boundary coordinates.'
            + (" Not on the map: " + "; ".join(notes) + "." if notes else "") + "</p>")
    return svg


def month_label(value: str) -> str:
    """'1994-04' -> 'April 1994'."""
    try:
        d = date(int(value[:4]), int(value[5:7]), 1)
    except (ValueError, IndexError):
        return value
    return f"{MONTH_NAMES[d.month - 1]} {d.year}"

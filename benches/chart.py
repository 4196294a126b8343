"""The benchmark chart: one horizontal bar per ratio that has a goal, on a log scale, with the goal marked.

Hand-written SVG (standard library only, so the test suite can check it without the bench dependencies). A bar
runs from the left edge of the axis to the measured ratio (pygenai / other: lower is better); a dark tick marks the
goal (an upper bound); the bar is green where the ratio meets its goal and red where it does not. The value and the
goal are also written out at the right, so the chart reads without colour.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

__all__ = ["Bar", "render_svg"]

_MET = "#2e7d32"
_MISSED = "#c62828"
_GOAL = "#212121"
_GRID = "#d0d0d0"
_TEXT = "#212121"
_MUTED = "#616161"

_WIDTH = 960
_LABEL_W = 430  # left column: what is measured
_VALUE_W = 170  # right column: value and goal in figures
_PLOT_X = _LABEL_W + 10
_PLOT_W = _WIDTH - _PLOT_X - _VALUE_W - 10
_TOP = 78  # title, subtitle, legend
_ROW_H = 40
_AXIS_H = 34


@dataclass(frozen=True)
class Bar:
    """One ratio: ``value`` = pygenai / other (lower is better), ``goal_max`` its upper bound."""

    title: str  # the measure, e.g. "decode 32 KB response"
    label: str  # the ratio, e.g. "pygenai / orjson.loads"
    value: float
    goal_max: float

    @property
    def met(self) -> bool:
        """Whether the measured ratio is within its goal."""
        return self.value <= self.goal_max


def _figure(value: float) -> str:
    """A ratio in as few digits as say it: 0.00059, 0.041, 1.02, 7.6."""
    if value < 0.1:
        return f"{value:.2g}"
    return f"{value:.3g}" if value < 10 else f"{value:.0f}"


def _decades(bars: Sequence[Bar]) -> tuple[int, int]:
    """The axis' first and last power of ten, so that every value and goal is inside it."""
    figures = [f for bar in bars for f in (bar.value, bar.goal_max) if f > 0]
    low = math.floor(math.log10(min(figures))) if figures else -1
    high = math.ceil(math.log10(max(figures))) if figures else 1
    if high <= low:
        high = low + 1
    return low, high


def _tick_label(exponent: int) -> str:
    return f"{10.0**exponent:g}" if exponent >= -4 else f"1e{exponent}"


def render_svg(bars: Sequence[Bar], *, title: str, subtitle: str) -> str:
    """The chart of ``bars`` as an SVG document (a string ending in a newline)."""
    low, high = _decades(bars)

    def x_of(value: float) -> float:
        clamped = min(max(value, 10.0**low), 10.0**high)
        return _PLOT_X + (math.log10(clamped) - low) / (high - low) * _PLOT_W

    plot_top = _TOP
    plot_bottom = _TOP + _ROW_H * len(bars)
    height = plot_bottom + _AXIS_H + 8
    out: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_WIDTH}" height="{height}" '
        f'viewBox="0 0 {_WIDTH} {height}" font-family="Helvetica, Arial, sans-serif" role="img" '
        f'aria-labelledby="chart-title">',
        f'<title id="chart-title">{escape(title)}</title>',
        f'<rect width="{_WIDTH}" height="{height}" fill="#ffffff"/>',
        f'<text x="12" y="24" font-size="17" font-weight="bold" fill="{_TEXT}">{escape(title)}</text>',
        f'<text x="12" y="44" font-size="12" fill="{_MUTED}">{escape(subtitle)}</text>',
    ]
    # Legend.
    legend_y = 62
    out += [
        f'<rect x="12" y="{legend_y - 9}" width="14" height="10" fill="{_MET}"/>',
        f'<text x="30" y="{legend_y}" font-size="11" fill="{_TEXT}">goal met</text>',
        f'<rect x="96" y="{legend_y - 9}" width="14" height="10" fill="{_MISSED}"/>',
        f'<text x="114" y="{legend_y}" font-size="11" fill="{_TEXT}">goal missed</text>',
        f'<line x1="196" y1="{legend_y - 11}" x2="196" y2="{legend_y + 2}" stroke="{_GOAL}" stroke-width="3"/>',
        f'<text x="204" y="{legend_y}" font-size="11" fill="{_TEXT}">goal (upper bound)</text>',
        f'<text x="330" y="{legend_y}" font-size="11" fill="{_MUTED}">'
        "ratio = pygenai / other, lower is better; log scale</text>",
    ]
    # Decade grid and axis labels.
    for exponent in range(low, high + 1):
        x = x_of(10.0**exponent)
        width = 1.5 if exponent == 0 else 1
        out.append(
            f'<line class="grid" x1="{x:.1f}" y1="{plot_top - 4}" x2="{x:.1f}" y2="{plot_bottom}" '
            f'stroke="{_GRID}" stroke-width="{width}"/>'
        )
        out.append(
            f'<text x="{x:.1f}" y="{plot_bottom + 16}" font-size="11" text-anchor="middle" fill="{_MUTED}">'
            f"{_tick_label(exponent)}</text>"
        )
    out.append(
        f'<text x="{_PLOT_X + _PLOT_W / 2:.1f}" y="{plot_bottom + 30}" font-size="11" text-anchor="middle" '
        f'fill="{_MUTED}">pygenai / other</text>'
    )
    # One row per ratio.
    for index, bar in enumerate(bars):
        top = plot_top + index * _ROW_H
        colour = _MET if bar.met else _MISSED
        x_value, x_goal = x_of(bar.value), x_of(bar.goal_max)
        verdict = "met" if bar.met else "missed"
        out.append(f'<g class="bar" data-met="{str(bar.met).lower()}">')
        out.append(
            f'<text x="{_LABEL_W}" y="{top + 17}" font-size="12" font-weight="bold" text-anchor="end" '
            f'fill="{_TEXT}">{escape(bar.title)}</text>'
        )
        out.append(
            f'<text x="{_LABEL_W}" y="{top + 32}" font-size="11" text-anchor="end" fill="{_MUTED}">'
            f"{escape(bar.label)}</text>"
        )
        out.append(
            f'<rect class="value" x="{_PLOT_X}" y="{top + 10}" width="{max(x_value - _PLOT_X, 1):.1f}" '
            f'height="{_ROW_H - 20}" fill="{colour}" rx="2">'
            f"<title>{escape(f'{bar.title}: {bar.label} = {_figure(bar.value)}')}</title></rect>"
        )
        out.append(
            f'<line class="goal" x1="{x_goal:.1f}" y1="{top + 5}" x2="{x_goal:.1f}" y2="{top + _ROW_H - 5}" '
            f'stroke="{_GOAL}" stroke-width="3"><title>goal ≤ {_figure(bar.goal_max)}</title></line>'
        )
        out.append(
            f'<text x="{_PLOT_X + _PLOT_W + 14}" y="{top + 17}" font-size="12" font-weight="bold" '
            f'fill="{colour}">{_figure(bar.value)} ({verdict})</text>'
        )
        out.append(
            f'<text x="{_PLOT_X + _PLOT_W + 14}" y="{top + 32}" font-size="11" fill="{_MUTED}">'
            f"goal ≤ {_figure(bar.goal_max)}</text>"
        )
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"

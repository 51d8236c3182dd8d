"""Server-drawn charts: the geometry of a stacked bar chart, for ``claims/_chart.html`` to
draw as SVG (no client charting library; nothing inline that the CSP would refuse). Every
chart is shown with the table of its numbers, for screen readers and for checking."""

from __future__ import annotations

from dataclasses import dataclass, field

PLOT_TOP, PLOT_BOTTOM, PLOT_LEFT = 10, 30, 44  # room for the axis labels


@dataclass(frozen=True)
class Segment:
    key: str
    label: str
    value: int
    share: float  # of the bar's total, 0..1
    colour: str
    y: float
    height: float

    @property
    def percent(self) -> int:
        return round(self.share * 100)


@dataclass(frozen=True)
class Bar:
    label: str
    total: int
    x: float
    width: float
    segments: list[Segment] = field(default_factory=list)

    @property
    def label_x(self) -> float:
        return self.x + self.width / 2


@dataclass(frozen=True)
class Chart:
    title: str
    width: int
    height: int
    bars: list[Bar]
    legend: list[tuple[str, str]]  # (label, colour)
    percent: bool
    axis_max: int
    baseline: float

    @property
    def is_empty(self) -> bool:
        return not any(bar.total for bar in self.bars)

    @property
    def ticks(self) -> list[tuple[str, float]]:
        """Three labelled lines across the plot: 0, half and the top."""
        plot = self.baseline - PLOT_TOP
        top = "100%" if self.percent else str(self.axis_max)
        half = "50%" if self.percent else f"{self.axis_max / 2:g}"
        return [("0", self.baseline), (half, self.baseline - plot / 2), (top, PLOT_TOP)]


def _nice_max(value: int) -> int:
    """The axis top: the value rounded up to 1, 2 or 5 times a power of ten."""
    if value <= 0:
        return 1
    step = 1
    while True:
        for factor in (1, 2, 5):
            if value <= step * factor:
                return step * factor
        step *= 10


def stacked_bars(
    title: str,
    columns: list[tuple[str, dict[str, int]]],
    series: list[tuple[str, str, str]],
    *,
    percent: bool = False,
    width: int = 640,
    height: int = 240,
) -> Chart:
    """``columns``: (bar label, {series key: count}); ``series``: (key, label, colour) in
    stacking order, bottom first. With ``percent`` every bar is its shares of 100%."""
    baseline = height - PLOT_BOTTOM
    plot_height = baseline - PLOT_TOP
    slot = (width - PLOT_LEFT) / max(len(columns), 1)
    bar_width = max(min(slot * 0.7, 48), 2)
    axis_max = 100 if percent else _nice_max(max((sum(c.values()) for _, c in columns), default=0))
    bars = []
    for n, (label, counts) in enumerate(columns):
        total = sum(counts.get(key, 0) for key, _, _ in series)
        y, segments = float(baseline), []
        for key, series_label, colour in series:
            value = counts.get(key, 0)
            if not value:
                continue
            share = value / total
            size = plot_height * (share if percent else value / axis_max)
            y -= size
            segments.append(Segment(key, series_label, value, share, colour, round(y, 2), round(size, 2)))
        x = PLOT_LEFT + n * slot + (slot - bar_width) / 2
        bars.append(Bar(label, total, round(x, 2), round(bar_width, 2), segments))
    legend = [(label, colour) for _, label, colour in series]
    return Chart(title, width, height, bars, legend, percent, axis_max, baseline)

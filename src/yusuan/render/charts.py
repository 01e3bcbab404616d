"""Charts of a generated disclosure, drawn with matplotlib (imported lazily).

Figures are built without pyplot, so no GUI backend is ever chosen: PNG goes through the
Agg canvas, SVG through the SVG canvas.

Each :class:`~yusuan.render.layout.Chart` becomes one figure:

- ``function_classes``: a horizontal bar per function class (类), amounts in 万元;
- ``basic_project``: a pie of basic against project expenditure, with amount and share;
- ``year_over_year``: a bar per year (last year's budget, this year's budget).

:func:`chart_svg` gives SVG text for the HTML renderer (glyphs drawn as paths, so the page
needs no font), :func:`chart_png` PNG bytes for the DOCX renderer. Labels are Chinese, so a
CJK font must be installed (Debian: ``fonts-noto-cjk``); the font file is found and
registered explicitly, so matplotlib never falls back with a warning. The chart's title is
not drawn: the renderers print it as a caption.

Amounts arrive as printed strings (``"396.84"``); they are printed as given, and turned
into floats only to size the bars and wedges.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import TYPE_CHECKING, Any

from yusuan.render.figures import percent
from yusuan.render.layout import Chart

if TYPE_CHECKING:
    from matplotlib.figure import Figure

UNIT = "万元"  # every amount in a generated disclosure is in 万元
FONT_PACKAGE = "fonts-noto-cjk"
# Simplified-Chinese faces first; a Japanese or Traditional face would draw some glyphs
# in the wrong regional form.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "AR PL UMing CN",
    "Droid Sans Fallback",
)
_CJK_FILE = re.compile(
    r"(NotoSansCJK|NotoSerifCJK|NotoSansSC|SourceHan|wqy|uming|DroidSansFallback)", re.I
)
BAR_COLOUR = "#2f5597"
PIE_COLOURS = ("#2f5597", "#c55a11", "#548235", "#bf9000", "#7030a0", "#808080")
YEAR_COLOURS = ("#a5a5a5", "#2f5597")
DEFAULT_DPI = 200


class SystemDependencyError(RuntimeError):
    """A program or font the renderer needs is not installed; the message (Chinese) names
    the Debian package that provides it."""


@cache
def cjk_font_family() -> str:
    """The family name of an installed CJK font, registered with matplotlib.

    Fonts installed after matplotlib built its font cache are found by scanning the system
    font directories and registering the CJK files explicitly. Raises
    ``SystemDependencyError`` naming the Debian package when no CJK font is installed.
    """
    from matplotlib import font_manager

    def installed() -> str | None:
        names = {entry.name for entry in font_manager.fontManager.ttflist}
        return next((family for family in CJK_FAMILIES if family in names), None)

    family = installed()
    if family is None:
        known = {entry.fname for entry in font_manager.fontManager.ttflist}
        for path in sorted(font_manager.findSystemFonts()):
            if _CJK_FILE.search(path) and path not in known:
                font_manager.fontManager.addfont(path)
        family = installed()
    if family is None:
        raise SystemDependencyError(
            f"未找到中文字体，无法绘制图表：请安装 Debian 软件包 {FONT_PACKAGE}"
            f"（apt-get install -y {FONT_PACKAGE}）"
        )
    return family


def chart_svg(chart: Chart) -> str:
    """``chart`` as an SVG document's text (no XML declaration or DOCTYPE, so it can be
    inlined in HTML). Element ids are prefixed with the chart kind, so several charts can
    share a page. Raises ``SystemDependencyError`` without a CJK font and ``ValueError``
    for an amount that is not a number."""
    with _style(svg=True):
        figure = draw_chart(chart)
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    text = buffer.getvalue()
    text = _METADATA.sub("", text[text.index("<svg") :])
    return _prefix_ids(text, f"{chart.kind}-")


def chart_png(chart: Chart, *, dpi: int = DEFAULT_DPI) -> bytes:
    """``chart`` as PNG bytes at ``dpi`` (16 cm wide for ``function_classes``, 8.6 cm for the
    others, when printed at its natural size). Raises as
    :func:`chart_svg`."""
    with _style(svg=False):
        figure = draw_chart(chart)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def draw_chart(chart: Chart) -> Figure:
    """The matplotlib figure of ``chart`` (callers close it). Use inside :func:`_style`
    so the CJK font is set. Raises ``ValueError`` for an amount that is not a number."""
    from matplotlib.figure import Figure

    rows = max(len(chart.data), 2)
    size = (6.3, 0.9 + 0.45 * rows) if chart.kind == "function_classes" else (3.4, 2.9)
    figure = Figure(figsize=size, layout="constrained")
    axes = figure.add_subplot()
    values = [(label, text, _number(chart, label, text)) for label, text in chart.data]
    shown = [(label, text, value) for label, text, value in values if value > 0]
    if not shown:
        axes.set_axis_off()
        axes.text(0.5, 0.5, "本年无数据", ha="center", va="center", fontsize=12)
    elif chart.kind == "function_classes":
        _function_classes(axes, shown)
    elif chart.kind == "basic_project":
        _basic_project(axes, shown)
    else:
        _year_over_year(axes, values)
    return figure


def _number(chart: Chart, label: str, text: str) -> Decimal:
    cleaned = text.replace(",", "").strip()
    if not cleaned:
        return Decimal(0)
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"图表“{chart.title}”中“{label}”的金额“{text}”不是数字") from None


def _function_classes(axes: Any, shown: list[tuple[str, str, Decimal]]) -> None:
    labels = [label for label, _, _ in shown]
    positions = list(range(len(shown)))
    bars = axes.barh(positions, [float(v) for _, _, v in shown], color=BAR_COLOUR, height=0.6)
    axes.set_yticks(positions, labels)
    axes.invert_yaxis()  # first class on top, in code order
    axes.bar_label(bars, labels=[f"{text} {UNIT}" for _, text, _ in shown], padding=3)
    axes.set_xlabel(UNIT)
    axes.margins(x=0.25)
    _plain_axes(axes)


def _basic_project(axes: Any, shown: list[tuple[str, str, Decimal]]) -> None:
    whole = sum((value for _, _, value in shown), Decimal(0))
    wedges, _ = axes.pie(
        [float(value) for _, _, value in shown],
        colors=PIE_COLOURS[: len(shown)],
        startangle=90,
        counterclock=False,
        wedgeprops={"linewidth": 1, "edgecolor": "white"},
    )
    for wedge, (_, _, value) in zip(wedges, shown, strict=True):
        share = percent(value, whole)
        if value * 100 / whole >= 8:  # too narrow a wedge cannot hold its share
            middle = math.radians((wedge.theta1 + wedge.theta2) / 2)
            axes.text(
                0.6 * math.cos(middle),
                0.6 * math.sin(middle),
                f"{share}%",
                ha="center",
                va="center",
                color="white",
                fontsize=10,
            )
    axes.legend(
        wedges,
        [f"{label} {text} {UNIT}（{percent(value, whole)}%）" for label, text, value in shown],
        loc="upper center",
        bbox_to_anchor=(0.5, 0.0),
        frameon=False,
        fontsize=9,
    )
    axes.set_aspect("equal")


def _year_over_year(axes: Any, values: list[tuple[str, str, Decimal]]) -> None:
    positions = list(range(len(values)))
    # earlier years grey, this year (the last bar) in the main colour
    colours = [YEAR_COLOURS[0]] * (len(values) - 1) + [YEAR_COLOURS[1]]
    bars = axes.bar(positions, [float(v) for _, _, v in values], color=colours, width=0.5)
    axes.set_xticks(positions, [label for label, _, _ in values])
    axes.bar_label(bars, labels=[f"{text or '0.00'} {UNIT}" for _, text, _ in values], padding=3)
    axes.set_ylabel(UNIT, rotation=0, loc="top")
    axes.margins(x=0.15, y=0.2)
    _plain_axes(axes)


def _plain_axes(axes: Any) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


@contextmanager
def _style(*, svg: bool) -> Iterator[None]:
    import matplotlib

    family = cjk_font_family()
    with matplotlib.rc_context(
        {
            "font.family": [family],
            "font.size": 10,
            "axes.unicode_minus": False,
            "svg.fonttype": "path",
            "svg.hashsalt": "yusuan",
        }
    ):
        yield


_METADATA = re.compile(r"\s*<metadata>.*?</metadata>", re.S)
_ID = re.compile(r'\bid="([^"]+)"')


def _prefix_ids(svg: str, prefix: str) -> str:
    """``svg`` with every ``id`` and its references (``#id``) prefixed."""
    ids = set(_ID.findall(svg))
    if not ids:
        return svg
    names = "|".join(map(re.escape, sorted(ids, key=len, reverse=True)))
    pattern = re.compile(r'(id="|#)(' + names + r')(?=["\)])')
    return pattern.sub(lambda match: match.group(1) + prefix + match.group(2), svg)

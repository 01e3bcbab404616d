"""Charts: the seed's function classes, basic/project split and year-over-year budgets."""

from __future__ import annotations

import warnings

import pytest
from matplotlib import font_manager
from matplotlib.text import Text

from yusuan.render import charts
from yusuan.render.charts import SystemDependencyError, chart_png, chart_svg, draw_chart
from yusuan.render.layout import Chart, Layout

FUNCTION_CLASSES = Chart(
    "function_classes",
    "按支出功能分类（类）",
    [
        ("文化旅游体育与传媒支出", "396.84"),
        ("社会保障和就业支出", "50.34"),
        ("卫生健康支出", "35.91"),
        ("住房保障支出", "37.96"),
    ],
)
BASIC_PROJECT = Chart(
    "basic_project", "基本支出与项目支出", [("基本支出", "343.64"), ("项目支出", "177.41")]
)
YEARS = Chart(
    "year_over_year", "本年与上年预算对比", [("2019 年", "472.73"), ("2020 年", "521.05")]
)


def _texts(chart: Chart) -> list[str]:
    with charts._style(svg=False):
        figure = draw_chart(chart)
    return [text.get_text() for text in figure.findobj(Text) if isinstance(text, Text)]


def test_seed_layout_charts_match_its_tables(seed_layout: Layout) -> None:
    drawn = [block for block in seed_layout.blocks if isinstance(block, Chart)]
    assert drawn == [FUNCTION_CLASSES, BASIC_PROJECT, YEARS]


@pytest.mark.usefixtures("cjk_font")
@pytest.mark.parametrize("chart", [FUNCTION_CLASSES, BASIC_PROJECT, YEARS], ids=lambda c: c.kind)
def test_charts_render_without_any_warning(chart: Chart) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph or font would warn
        svg = chart_svg(chart)
        png = chart_png(chart, dpi=72)
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert "<?xml" not in svg and "<metadata>" not in svg
    assert png.startswith(b"\x89PNG\r\n\x1a\n")


@pytest.mark.usefixtures("cjk_font")
def test_svg_ids_are_prefixed_by_kind() -> None:
    svg = chart_svg(BASIC_PROJECT)
    assert 'id="basic_project-' in svg
    assert 'id="' not in svg.replace('id="basic_project-', "")


@pytest.mark.usefixtures("cjk_font")
def test_function_classes_labels_and_amounts() -> None:
    texts = _texts(FUNCTION_CLASSES)
    for label in ("文化旅游体育与传媒支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出"):
        assert label in texts
    for value in ("396.84 万元", "50.34 万元", "35.91 万元", "37.96 万元"):
        assert value in texts


@pytest.mark.usefixtures("cjk_font")
def test_basic_project_shares_as_the_narrative_prints_them() -> None:
    # narrative: 基本支出 343.64 万元，占 65.95%；项目支出 177.41 万元，占 34.05%
    texts = _texts(BASIC_PROJECT)
    assert "基本支出 343.64 万元（65.95%）" in texts
    assert "项目支出 177.41 万元（34.05%）" in texts
    assert "65.95%" in texts and "34.05%" in texts


@pytest.mark.usefixtures("cjk_font")
def test_year_over_year_bars() -> None:
    texts = _texts(YEARS)
    assert {"2019 年", "2020 年", "472.73 万元", "521.05 万元"} <= set(texts)


@pytest.mark.usefixtures("cjk_font")
def test_labels_use_the_cjk_font() -> None:
    with charts._style(svg=False):
        figure = draw_chart(FUNCTION_CLASSES)
    [label] = [t for t in figure.axes[0].get_yticklabels() if t.get_text() == "卫生健康支出"]
    assert label.get_fontfamily() == [charts.cjk_font_family()]
    assert "CJK" in font_manager.findfont(label.get_fontproperties())


@pytest.mark.usefixtures("cjk_font")
def test_a_chart_without_amounts_says_so() -> None:
    empty = Chart("function_classes", "按支出功能分类（类）", [("文化旅游体育与传媒支出", "")])
    assert "本年无数据" in _texts(empty)


@pytest.mark.usefixtures("cjk_font")
def test_an_amount_that_is_not_a_number_is_named() -> None:
    bad = Chart("basic_project", "基本支出与项目支出", [("基本支出", "343,64x")])
    with pytest.raises(ValueError, match=r"基本支出.*343,64x"):
        chart_svg(bad)


def test_missing_cjk_font_names_the_debian_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(charts, "CJK_FAMILIES", ("No Such CJK Font",))
    charts.cjk_font_family.cache_clear()
    try:
        with pytest.raises(SystemDependencyError, match="fonts-noto-cjk"):
            charts.cjk_font_family()
    finally:
        charts.cjk_font_family.cache_clear()

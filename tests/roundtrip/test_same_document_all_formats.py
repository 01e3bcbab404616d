"""Same document, same findings: one disclosure rendered to every format reads back alike.

Two disclosures are composed from the bundled example (江汉区融媒体中心 2020):

- ``clean``: as composed;
- ``planted``: the composed layout edited to carry two mistakes a reader must see in every
  format: 表6 row 30101 基本工资 prints 人员经费 61.92 instead of 51.92 (so the row no longer
  adds up, H204, and neither does class 301's 人员经费, H101), and the 三公 sentence states
  13.00 万元 where 表7 prints 3.00 (N101).

Each is rendered once per session to text, HTML, DOCX, XLSX and PDF, and to XLS when
LibreOffice can convert the XLSX. Read back, every format must give the same tables'
amounts, narrative figures, stated counts and performance indicators as the text
rendering, and the same findings (code, severity, table, row, column, expected, found); the
planted findings must be located in each format's own terms.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from tests.roundtrip import expected
from tests.roundtrip.formats import FORMATS, convert_to_xls, render_file
from yusuan.api import audit_file, load
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.report import AuditReport
from yusuan.budget.data import BudgetData
from yusuan.budget.load import load_budget
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind
from yusuan.read.location import SourceLocation
from yusuan.render.compose import compose
from yusuan.render.layout import Layout, Paragraph, TableBlock

EXAMPLE = (
    Path(__file__).resolve().parents[2]
    / "src"
    / "yusuan"
    / "examples"
    / "江汉区融媒体中心-2020.yaml"
)
ALL_FORMATS = (*FORMATS, "xls")
DOCUMENTS = ("clean", "planted")

PLANTED_ROW, PLANTED_COLUMN = "30101", 3  # 表6: code, name, 合计, 人员经费, 公用经费
PLANTED_SENTENCE = "一般公共预算安排“三公”经费预算 3.00 万元"


@dataclass
class ReadBack:
    path: Path
    disclosure: Disclosure
    report: AuditReport


def plant_mistakes(layout: Layout) -> Layout:
    """A copy of ``layout`` with the two planted mistakes (see the module docstring)."""
    planted = copy.deepcopy(layout)
    t6 = next(b for b in planted.blocks if isinstance(b, TableBlock) and b.kind == "T6")
    row = next(r for r in t6.rows if r[0] == PLANTED_ROW)
    assert row[PLANTED_COLUMN] == "51.92", "the example's 30101 基本工资 人员经费"
    row[PLANTED_COLUMN] = "61.92"
    for index, block in enumerate(planted.blocks):
        if isinstance(block, Paragraph) and PLANTED_SENTENCE in block.text:
            text = block.text.replace(PLANTED_SENTENCE, PLANTED_SENTENCE.replace("3.00", "13.00"))
            planted.blocks[index] = Paragraph(text)
            break
    else:
        raise AssertionError("the example states its 三公 budget as 3.00 万元")
    return planted


@pytest.fixture(scope="session")
def example_data() -> BudgetData:
    return load_budget(EXAMPLE)


@pytest.fixture(scope="session")
def layouts(example_data: BudgetData) -> dict[str, Layout]:
    clean = compose(example_data, expected.name_of(example_data))
    return {"clean": clean, "planted": plant_mistakes(clean)}


@pytest.fixture(scope="session")
def read_back(
    layouts: dict[str, Layout], tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str, str], ReadBack]:
    """``read_back(document, format)``: rendered, read and audited once per session."""
    cache: dict[tuple[str, str], ReadBack] = {}
    folder = tmp_path_factory.mktemp("same-document")

    def get(document: str, fmt: str) -> ReadBack:
        if (document, fmt) not in cache:
            if fmt == "xls":
                path = convert_to_xls(get(document, "xlsx").path)
            else:
                path = render_file(layouts[document], fmt, folder, stem=document)
            cache[document, fmt] = ReadBack(path, load(path), audit_file(path))
        return cache[document, fmt]

    return get


def model_summary(disclosure: Disclosure) -> dict[str, object]:
    """Everything compared across formats: amounts by table/row/column, narrative figures,
    stated counts, performance indicators and project amounts (no source locations)."""
    return {
        "tables": expected.extracted_tables(disclosure),
        "figures": sorted(map(repr, map(expected.statement_of, disclosure.narrative))),
        "counts": expected.extracted_counts(disclosure),
        # a PDF cell wrapped at the space of "≥12 次" does not print it: compared without it
        "indicators": list(
            map(expected.without_unit_space, expected.extracted_indicators(disclosure))
        ),
        "project_amounts": expected.extracted_project_amounts(disclosure),
    }


def _unspaced(value: object) -> object:
    return re.sub(r"\s+", "", value) if isinstance(value, str) else value


def finding_key(finding: Finding) -> tuple[object, ...]:
    """A finding without its place in the file (line, page, cell, table+row differ), texts
    compared without whitespace (a PDF does not print a space where a line wraps)."""
    place = finding.place
    return tuple(
        map(
            _unspaced,
            (
                finding.code,
                finding.severity.value,
                place.table,
                place.row,
                place.column,
                finding.expected,
                finding.found,
            ),
        )
    )


def findings(report: AuditReport) -> list[tuple[object, ...]]:
    return sorted(map(finding_key, report.findings), key=repr)


@pytest.mark.parametrize("document", DOCUMENTS)
def test_text_rendering_reads_back_as_the_data(
    document: str, example_data: BudgetData, read_back: Callable[[str, str], ReadBack]
) -> None:
    """The reference format itself: the clean text reads back as the derived tables and the
    computed figures; the planted one differs exactly in the planted places."""
    summary = model_summary(read_back(document, "txt").disclosure)
    tables = expected.expected_tables(example_data)
    figures = sorted(map(repr, expected.expected_statements(example_data)))
    if document == "planted":
        tables[TableKind.T6][(None, "30101")]["personnel"] = Decimal("61.92")
        stated = "('three_public.total', None, None, Decimal('{}')"
        figures = sorted(f.replace(stated.format("3.00"), stated.format("13.00")) for f in figures)
    assert summary["tables"] == tables
    assert summary["figures"] == figures
    assert summary["indicators"] == list(
        map(expected.without_unit_space, expected.expected_indicators(example_data))
    )


def _with_marks(formats: tuple[str, ...], marks: dict[str, pytest.MarkDecorator]) -> list[object]:
    return [pytest.param(f, marks=marks[f]) if f in marks else f for f in formats if f != "txt"]


@pytest.mark.parametrize("fmt", _with_marks(ALL_FORMATS, {}))
@pytest.mark.parametrize("document", DOCUMENTS)
def test_same_model_as_text(
    document: str, fmt: str, read_back: Callable[[str, str], ReadBack]
) -> None:
    reference = model_summary(read_back(document, "txt").disclosure)
    summary = model_summary(read_back(document, fmt).disclosure)
    for part, value in reference.items():
        assert summary[part] == value, f"{fmt}: {part} differ from the text rendering's"


@pytest.mark.parametrize("fmt", _with_marks(ALL_FORMATS, {}))
@pytest.mark.parametrize("document", DOCUMENTS)
def test_same_findings_as_text(
    document: str, fmt: str, read_back: Callable[[str, str], ReadBack]
) -> None:
    assert findings(read_back(document, fmt).report) == findings(read_back(document, "txt").report)


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_clean_document_has_no_finding(fmt: str, read_back: Callable[[str, str], ReadBack]) -> None:
    report = read_back("clean", fmt).report
    assert [(f.code, f.place.describe(), f.message) for f in report.findings] == []


def planted_findings(report: AuditReport) -> dict[str, Finding]:
    found: dict[str, Finding] = {}
    for finding in report.findings:
        if finding.severity is not Severity.ERROR:
            continue
        if (
            finding.code in ("H204", "H101")
            and finding.place.table
            and "表6" in finding.place.table
        ):
            found.setdefault(finding.code, finding)
        if finding.code == "N101" and finding.found == Decimal("13.00"):
            found.setdefault(finding.code, finding)
    return found


def assert_located(fmt: str, source: SourceLocation | None, what: str) -> None:
    """``source`` is a place in the ``fmt`` file's own terms."""
    assert source is not None, f"{what}: no source location"
    if fmt == "txt":
        assert source.line is not None, f"{what}: a line of the text"
    elif fmt == "pdf":
        assert source.page is not None and source.bbox is not None, f"{what}: page and box"
    elif fmt in ("xlsx", "xls"):
        assert source.sheet and source.cell, f"{what}: sheet!cell"
        assert re.fullmatch(r"[A-Z]+[0-9]+", source.cell), f"{what}: a cell reference"
    elif fmt == "docx":
        if source.paragraph is None:
            assert source.table is not None and source.row is not None, f"{what}: table+row"
    elif fmt == "html":
        assert source.describe(), f"{what}: a place in the page"


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_planted_mistakes_found_and_located(
    fmt: str, read_back: Callable[[str, str], ReadBack]
) -> None:
    found = planted_findings(read_back("planted", fmt).report)
    assert sorted(found) == ["H101", "H204", "N101"]
    h204, h101, n101 = found["H204"], found["H101"], found["N101"]
    assert (h204.place.row, h204.expected, h204.found) == (
        "30101 基本工资",
        Decimal("61.92"),
        Decimal("51.92"),
    )
    assert (h101.place.row, h101.place.column) == ("301 工资福利支出", "人员经费")
    assert (h101.expected, h101.found) == (Decimal("267.24"), Decimal("257.24"))
    assert (n101.expected, n101.found) == (Decimal("3.00"), Decimal("13.00"))
    for code, finding in found.items():
        assert_located(fmt, finding.place.source, code)
    if fmt == "docx":
        # table amounts are in Word tables, the 三公 sentence in a paragraph
        assert h204.place.source and h204.place.source.table is not None
        assert n101.place.source and n101.place.source.paragraph is not None

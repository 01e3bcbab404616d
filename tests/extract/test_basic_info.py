"""The seed's 基本信息表 (lines 423-439), checked by hand against the text."""

from __future__ import annotations

from decimal import Decimal

import pytest

from yusuan.extract.basic_info import extract_basic_info
from yusuan.extract.result import BasicInfoResult
from yusuan.model.amount import Unit
from yusuan.model.disclosure import Disclosure
from yusuan.read.document import Document
from yusuan.read.text import parse_text


@pytest.fixture(scope="module")
def result(seed_document: Document) -> BasicInfoResult:
    return extract_basic_info(seed_document, skip=set())


def test_amounts_by_section(result: BasicInfoResult) -> None:
    assert result.info is not None
    assert result.info.amounts == {
        "income.appropriation": Decimal("521.05"),  # line 431
        "income.total": Decimal("521.05"),  # line 433
        "expenditure.basic": Decimal("343.64"),  # line 434
        "expenditure.project": Decimal("177.41"),  # line 435
        "expenditure.total": Decimal("521.05"),  # line 436, printed in the first column
    }
    assert "income.other" not in result.info.amounts  # 其他资金 is blank (line 432)
    assert {k: v.line for k, v in result.info.amount_locations.items()} == {
        "income.appropriation": 431,
        "income.total": 433,
        "expenditure.basic": 434,
        "expenditure.project": 435,
        "expenditure.total": 436,
    }
    assert result.info.unit is Unit.WAN_YUAN


def test_fields(result: BasicInfoResult) -> None:
    assert result.info is not None
    fields = result.info.fields
    assert fields["单位名称"] == "区融媒体中心"
    assert fields["部门负责人"] == "（姓名略）"
    assert fields["财务负责人"] == "（姓名略）"
    assert fields["联系电话"] == "85725570"
    assert fields["单位机构设置、编制、实有在职及离退休人员情况"].startswith("单位设有 5 个科室")
    assert fields["单位职能概述"].endswith("(六)承担上级交办的其他事项。")
    tasks = fields["2020 年主要工作任务"].split("\n")
    assert len(tasks) == 3 and tasks[1] == "2. 网络舆情监测；网络舆论引导；组织业务培训。"
    assert len(fields) == 7


def test_claims_title_lines_and_table(seed_document: Document, result: BasicInfoResult) -> None:
    assert result.info is not None and result.info.location.line == 423
    assert {seed_document.blocks[i].location.line for i in result.claimed} == {423, 425, 427, 429}


def test_claimed_table_is_skipped(seed_document: Document, result: BasicInfoResult) -> None:
    assert extract_basic_info(seed_document, skip=result.claimed).info is None


def test_found_by_labels_without_title() -> None:
    document = parse_text(
        "\n".join(
            [
                "单位负责人\t张三\t联系电话\t12345",
                "收入构成\t财政拨款\t100.00",
                "\t合计\t100.00",
                "支出构成\t基本支出\t60.00",
                "\t项目支出\t40.00",
                "\t合计\t100.00",
            ]
        ),
        "synthetic.txt",
    )
    info = extract_basic_info(document, skip=set()).info
    assert info is not None
    assert info.fields == {"单位负责人": "张三", "联系电话": "12345"}
    assert info.amounts == {
        "income.appropriation": Decimal("100.00"),
        "income.total": Decimal("100.00"),
        "expenditure.basic": Decimal("60.00"),
        "expenditure.project": Decimal("40.00"),
        "expenditure.total": Decimal("100.00"),
    }


def test_pipeline_fills_disclosure(seed: Disclosure) -> None:
    assert seed.basic_info is not None
    assert seed.basic_info.amounts["expenditure.project"] == Decimal("177.41")

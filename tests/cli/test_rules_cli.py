"""``yusuan rules``: the catalog lists every rule; one rule is explained in full."""

from __future__ import annotations

from typer.testing import CliRunner

from yusuan.audit.registry import all_rules, chinese_doc
from yusuan.cli.app import app

runner = CliRunner()


def test_rules_lists_every_rule() -> None:
    result = runner.invoke(app, ["rules"], terminal_width=200)
    assert result.exit_code == 0
    for rule in all_rules():
        assert rule.code in result.output


def test_rule_explained() -> None:
    code = all_rules()[0].code
    result = runner.invoke(app, ["rules", code.lower()])
    assert result.exit_code == 0
    for heading in ("检查内容", "为何重要", "示例", "依据"):
        assert heading in result.output


def test_unknown_rule() -> None:
    result = runner.invoke(app, ["rules", "Z999"])
    assert result.exit_code == 2
    assert "没有规则 Z999" in result.output


def _flat(text: str) -> str:
    """Output without whitespace, so wrapped lines compare as one."""
    return "".join(text.split())


def test_rule_explained_in_chinese_by_default() -> None:
    result = runner.invoke(app, ["rules", "N101"])
    assert result.exit_code == 0
    assert "检查内容" in result.output
    assert "What it checks" not in result.output
    assert _flat(chinese_doc("N101")["检查内容"]) in _flat(result.output)
    assert "部门预算总额=表1收入总计" in _flat(result.output)


def test_rule_explained_in_english_on_request() -> None:
    result = runner.invoke(app, ["rules", "N101", "--english"])
    assert result.exit_code == 0
    assert "What it checks" in result.output
    assert "检查内容" not in result.output


def test_family_letter_lists_the_family() -> None:
    result = runner.invoke(app, ["rules", "H"], terminal_width=200)
    assert result.exit_code == 0
    assert "没有规则" not in result.output
    for rule in all_rules():
        assert (rule.code in result.output) == rule.code.startswith("H"), rule.code


def test_prefix_lists_matching_rules() -> None:
    result = runner.invoke(app, ["rules", "x2"], terminal_width=200)
    assert result.exit_code == 0
    assert "X201" in result.output
    assert "X101" not in result.output

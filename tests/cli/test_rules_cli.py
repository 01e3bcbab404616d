"""``yusuan rules``: the catalog lists every rule; one rule is explained in full."""

from __future__ import annotations

from typer.testing import CliRunner

from yusuan.audit.registry import all_rules
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

"""Numbers rendered as a spreadsheet displays them under their number format."""

from __future__ import annotations

from decimal import Decimal

import pytest

from yusuan.read.sheet import render_number, render_value

ACCOUNTING = '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ '


@pytest.mark.parametrize(
    ("value", "number_format", "shown"),
    [
        (77, "0.00", "77.00"),
        (343.64000000000004, "0.00", "343.64"),  # a formula's cached float
        (2.675, "0.00", "2.68"),  # rounded half up on the printed decimal, not on the float
        (Decimal("1.005"), "0.00", "1.01"),
        (-3.5, "0.00", "-3.50"),
        (1234567, "#,##0", "1,234,567"),
        (12345.6, "#,##0.00_ ", "12,345.60"),
        (0, ACCOUNTING, "-"),
        (257.24, ACCOUNTING, "257.24"),
        (-46.51, "#,##0.00_);[Red]\\(#,##0.00\\)", "(46.51)"),
        (-2, "0.00;[Red]-0.00", "-2.00"),
        (0, '0.00;-0.00;""', ""),
        (12.3, '0.00"万元"', "12.30万元"),
        (5, "[$-804]0.00", "5.00"),
        (0.125, "0.0%", "12.5%"),
        (1.5, "0.##", "1.5"),
        (2, "0.##", "2"),
        (0.1 + 0.2, "General", "0.3"),
        (77.0, "General", "77"),
        (51.92, None, "51.92"),
        (46.51, "@", "46.51"),
    ],
)
def test_render_number(value: int | float | Decimal, number_format: str | None, shown: str) -> None:
    assert render_number(value, number_format) == shown


def test_render_value_of_non_numbers() -> None:
    from datetime import datetime

    assert render_value(None, "0.00") == ""
    assert render_value("  合计 ", "@") == "  合计 "  # the reader cleans strings itself
    assert render_value(datetime(2020, 1, 15), "yyyy-mm-dd") == "2020-01-15"
    assert render_value(True, None) == "TRUE"

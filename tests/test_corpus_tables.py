"""Every real corpus PDF is audited (never skipped) and reports which tables it read.

The two Jiangsu narrative volumes carry no tables (their tables are published as a separate
file): they are audited together with their tables volume (``audit --together``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from yusuan.api import audit_file, audit_together

TABLES_VOLUME = {
    "jiangsu_cppcc-office_2019_budget.pdf": "jiangsu_cppcc-office_2019_budget-tables.pdf",
    "jiangsu_party-office_2017_budget.pdf": "jiangsu_party-office_2017_budget-tables.pdf",
}


def test_every_corpus_pdf_is_audited_and_reads_tables(shared_dir: Path) -> None:
    folder = shared_dir / "corpus" / "real"
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 22
    for path in files:
        if path.name in TABLES_VOLUME:
            report = audit_together([path, folder / TABLES_VOLUME[path.name]])
        else:
            report = audit_file(path)
        assert report.stats.rules_run > 0, path.name
        assert len(report.document.tables) >= 4, path.name


@pytest.mark.parametrize(("narrative", "tables"), sorted(TABLES_VOLUME.items()))
def test_two_volumes_audited_together(shared_dir: Path, narrative: str, tables: str) -> None:
    folder = shared_dir / "corpus" / "real"
    together = audit_together([folder / narrative, folder / tables])
    assert not any(f.code == "D101" for f in together.findings)
    assert len(together.document.tables) == 8
    assert (
    )


def test_narrative_volume_alone_lacks_tables(shared_dir: Path) -> None:
    report = audit_file(shared_dir / "corpus" / "real" / "jiangsu_cppcc-office_2019_budget.pdf")
    assert report.document.tables == []
    assert any(f.code == "D101" for f in report.findings)

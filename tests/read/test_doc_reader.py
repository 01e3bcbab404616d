"""DOC reader: conversion through LibreOffice, or a clear error saying how to convert.

LibreOffice is not installed everywhere the tests run, so a stand-in ``soffice`` script
(which "converts" by copying a prepared DOCX into ``--outdir``) exercises the pipeline; the
real conversion is tested when LibreOffice is on ``PATH``.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.read.test_docx_reader import T6_TEXTS, build_t6_docx
from yusuan.read import ReadError, read_document
from yusuan.read.doc_reader import find_office, read_doc

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _doc_file(tmp_path: Path) -> Path:
    path = tmp_path / "部门预算.doc"
    path.write_bytes(_OLE_MAGIC + b"\x00" * 512)
    return path


def _fake_office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, converted: Path | None) -> None:
    """Put a stand-in ``soffice`` first on PATH; it copies ``converted`` to the output dir."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    copy = f'cp "{converted}" "$outdir/$(basename "${{source%.*}}").docx"' if converted else ":"
    script = bin_dir / "soffice"
    script.write_text(
        "#!/bin/sh\n"
        'while [ $# -gt 0 ]; do case "$1" in --outdir) outdir="$2"; shift;; *) source="$1";; '
        "esac; shift; done\n"
        f"{copy}\n",
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")


def test_without_libreoffice_the_error_says_how_to_convert(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing on PATH
    path = _doc_file(tmp_path)
    with pytest.raises(ReadError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(str(path))
    assert "需要 LibreOffice" in message
    assert "另存为" in message and "docx" in message


@pytest.mark.skipif(os.name != "posix", reason="the stand-in soffice is a POSIX shell script")
def test_converted_copy_is_read_with_locations_naming_the_doc(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converted = build_t6_docx(tmp_path / "converted.docx")
    _fake_office(tmp_path, monkeypatch, converted)
    path = _doc_file(tmp_path)
    document = read_document(path)
    assert document.format == "doc"
    assert document.path == str(path)
    [table] = document.tables()
    assert table.texts() == T6_TEXTS
    assert (table.rows[2][2].location.file, table.rows[2][2].location.row) == (str(path), 3)
    assert document.notes == ["DOC 文件已通过 LibreOffice 转换为 DOCX 后读取"]


@pytest.mark.skipif(os.name != "posix", reason="the stand-in soffice is a POSIX shell script")
def test_failed_conversion_is_a_read_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_office(tmp_path, monkeypatch, None)
    path = _doc_file(tmp_path)
    with pytest.raises(ReadError, match="LibreOffice 未能把文件转换为 DOCX"):
        read_doc(path)


def test_missing_doc_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="文件不存在"):
        read_doc(tmp_path / "无此文件.doc")


@pytest.mark.skipif(find_office() is None, reason="LibreOffice (soffice) is not installed")
def test_real_conversion_round_trip(tmp_path: Path) -> None:
    import subprocess

    source = build_t6_docx(tmp_path / "t6.docx")
    office = find_office()
    assert office is not None
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "doc",
         "--outdir", str(tmp_path / "out"), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    document = read_doc(tmp_path / "out" / "t6.doc")
    assert document.tables()[0].texts() == T6_TEXTS

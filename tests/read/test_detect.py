"""Format detection from content (magic bytes), and the errors for unusable files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from yusuan.read import ReadError, detect_format

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _zip(path: Path, *names: str) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return path


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "pdf"),
        ("a.pdf", b"\n  %PDF-1.4\n", "pdf"),
        ("a.xls", _OLE_MAGIC + b"\x00" * 64, "xls"),
        ("a.et", _OLE_MAGIC + b"\x00" * 64, "xls"),
        ("a.doc", _OLE_MAGIC + b"\x00" * 64, "doc"),
        ("a.wps", _OLE_MAGIC + b"\x00" * 64, "doc"),
        ("a.bin", _OLE_MAGIC + b"\x00" * 64, "ole"),
        ("a.html", b"<!DOCTYPE html><html><body></body></html>", "html"),
        ("a.htm", b"<HTML><BODY><TABLE></TABLE></BODY></HTML>", "html"),
        ("a.txt", "<table><tr><td>合计</td></tr></table>".encode("gb18030"), "html"),
        # Sites often serve an HTML table under an .xls name: content decides.
        ("附件2.xls", b"<html><table><tr><td>1</td></tr></table></html>", "html"),
        ("a.txt", "部门预算\n合计\t343.64\n".encode(), "text"),
        ("a.md", "# 部门预算\n| 项目 | 金额 |\n".encode("gb18030"), "text"),
    ],
)
def test_format_from_content(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert detect_format(path) == expected


def test_zip_packages_by_their_main_part(tmp_path: Path) -> None:
    assert detect_format(_zip(tmp_path / "a.docx", "[Content_Types].xml", "word/document.xml")) == (
        "docx"
    )
    assert detect_format(_zip(tmp_path / "a.xlsx", "[Content_Types].xml", "xl/workbook.xml")) == (
        "xlsx"
    )
    # An XLSX saved with a .xls name (common on download pages) is still XLSX.
    assert detect_format(_zip(tmp_path / "a.xls", "xl/workbook.xml")) == "xlsx"


def test_zip_that_is_neither_docx_nor_xlsx(tmp_path: Path) -> None:
    path = _zip(tmp_path / "附件.zip", "表1.pdf")
    with pytest.raises(ReadError) as caught:
        detect_format(path)
    assert str(caught.value).startswith(str(path))
    assert "既不是 DOCX 也不是 XLSX" in str(caught.value)


def test_damaged_zip(tmp_path: Path) -> None:
    path = tmp_path / "坏.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(ReadError, match="损坏的 ZIP 压缩包"):
        detect_format(path)


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda p: None, "文件不存在"),
        (lambda p: p.write_bytes(b""), "文件为空"),
        (lambda p: p.write_bytes(b" \r\n\t"), "文件为空"),
        (lambda p: p.mkdir(), "这是一个目录"),
    ],
    ids=["missing", "empty", "whitespace", "directory"],
)
def test_unusable_paths(tmp_path: Path, make: object, problem: str) -> None:
    path = tmp_path / "预算.pdf"
    make(path)  # type: ignore[operator]
    with pytest.raises(ReadError) as caught:
        detect_format(path)
    assert str(caught.value).startswith(str(path))
    assert problem in str(caught.value)

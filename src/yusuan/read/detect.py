"""Choose the reader for a file from its content (magic bytes), not only its extension."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from yusuan.read.document import Document
from yusuan.read.errors import ReadError

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def detect_format(path: Path) -> str:
    """One of ``text``, ``pdf``, ``docx``, ``xlsx``, ``xls``, ``doc``, ``html``.

    Raises ``ReadError`` for a missing file, an empty one, or a zip that is neither DOCX nor
    XLSX.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except FileNotFoundError:
        raise ReadError(path, "文件不存在", expected="已发布的预算公开文件路径") from None
    except IsADirectoryError:
        raise ReadError(path, "这是一个目录，不是文件") from None
    except OSError as error:
        raise ReadError(path, f"无法读取文件（{error.strerror}）") from None
    if not head.strip():
        raise ReadError(path, "文件为空", expected="含有预算公开说明和报表的文件")
    if head.lstrip().startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK"):
        return _zip_format(path)
    if head.startswith(_OLE):
        suffix = path.suffix.lower()
        return (
            "xls" if suffix in {".xls", ".et"} else "doc" if suffix in {".doc", ".wps"} else "ole"
        )
    lowered = head.lower()
    if b"<html" in lowered or b"<!doctype html" in lowered or b"<table" in lowered:
        return "html"
    return "text"


def _zip_format(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise ReadError(path, "文件是损坏的 ZIP 压缩包", expected="DOCX 或 XLSX 文件") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    raise ReadError(path, "ZIP 压缩包既不是 DOCX 也不是 XLSX", expected="DOCX 或 XLSX 文件")


# format → "module:Class"; a reader's module (and the heavy library behind it) is imported
# only when a file of that format is read, so auditing a text file never loads openpyxl,
# python-docx or PDFium.
READERS: dict[str, str] = {
    "text": "yusuan.read.text:TextReader",
    "pdf": "yusuan.read.pdf:PdfReader",
    "docx": "yusuan.read.docx_reader:DocxReader",
    "xlsx": "yusuan.read.xlsx_reader:XlsxReader",
    "xls": "yusuan.read.xls_reader:XlsReader",
    "doc": "yusuan.read.doc_reader:DocReader",
    "html": "yusuan.read.html_reader:HtmlReader",
}


def reader_for(kind: str) -> Callable[[Path], Document] | None:
    """The ``read`` function of the reader of format ``kind``; ``None`` when there is none."""
    target = READERS.get(kind)
    if target is None:
        return None
    module, _, name = target.partition(":")
    reader: Callable[[Path], Document] = getattr(import_module(module), name)().read
    return reader


def read_document(path: str | Path) -> Document:
    """Read ``path`` with the reader for its detected format.

    Raises ``ReadError`` (with a Chinese message naming the file) when the file is missing,
    empty, undecodable, or of a format yusuan cannot read.
    """
    file = Path(path)
    kind = detect_format(file)
    reader = reader_for(kind)
    if reader is None:
        raise ReadError(
            file,
            f"无法识别的文件格式（{kind.upper()}）",
            expected="PDF、DOCX/DOC、XLSX/XLS、HTML 或文本格式的公开文件",
        )
    return reader(file)

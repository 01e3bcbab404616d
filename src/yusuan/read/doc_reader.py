"""Reader for Word 97–2003 documents (``.doc``, also WPS ``.wps`` saved as DOC).

There is no maintained pure-Python parser for the binary Word format, so the file is
converted to DOCX by LibreOffice (``soffice --headless --convert-to docx``) in a temporary
directory and read with the DOCX reader (:mod:`yusuan.read.docx_reader`). Locations name
the original ``.doc`` file. Without LibreOffice on ``PATH`` the reader raises ``ReadError``
saying how to convert the file by hand.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from yusuan.read.cells import require_file
from yusuan.read.document import Document
from yusuan.read.docx_reader import read_docx
from yusuan.read.errors import ReadError

_EXPECTED = "Word 97-2003 格式的 DOC 文件"
_CONVERT_SECONDS = 180
_SAVE_AS_DOCX = "在 Word/WPS 中打开该文件，选择“另存为”→“Word 文档（*.docx）”，再读取 DOCX 文件"
_HOW_TO_CONVERT = f"安装 LibreOffice（提供 soffice 命令）后重试，或{_SAVE_AS_DOCX}"


class DocReader:
    """Reads a DOC file, converted through LibreOffice, into a :class:`Document` (``doc``)."""

    formats = ("doc",)

    def read(self, path: Path) -> Document:
        """Read ``path``. Raises ``ReadError`` when LibreOffice is missing or fails."""
        return read_doc(path)


def find_office() -> str | None:
    """Path of the LibreOffice command (``soffice`` or ``libreoffice``), or ``None``."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_doc(path: Path) -> Document:
    """Convert the DOC at ``path`` to DOCX with LibreOffice and read it.

    The returned document has ``format="doc"``, locations naming ``path``, and a note that
    it was converted. Raises ``ReadError`` for a missing or empty file, when LibreOffice is
    not installed, or when the conversion fails or times out.
    """
    require_file(path, expected=_EXPECTED)
    office = find_office()
    if office is None:
        raise ReadError(path, "读取 DOC 文件需要 LibreOffice，但未找到", expected=_HOW_TO_CONVERT)
    with tempfile.TemporaryDirectory(prefix="yusuan-doc-") as work:
        workdir = Path(work)
        # A private profile, so a running LibreOffice or a locked user profile cannot block us.
        profile = (workdir / "profile").as_uri()
        command = [
            office,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "docx",
            "--outdir",
            str(workdir),
            str(path.resolve()),
        ]
        try:
            subprocess.run(
                command, capture_output=True, timeout=_CONVERT_SECONDS, check=False, cwd=workdir
            )
        except subprocess.TimeoutExpired:
            raise ReadError(
                path, f"LibreOffice 转换超时（{_CONVERT_SECONDS} 秒）", expected=_SAVE_AS_DOCX
            ) from None
        except OSError as error:
            raise ReadError(
                path, f"无法运行 LibreOffice（{error.strerror}）", expected=_HOW_TO_CONVERT
            ) from None
        converted = workdir / f"{path.stem}.docx"
        if not converted.is_file():
            raise ReadError(
                path,
                "LibreOffice 未能把文件转换为 DOCX（文件可能已损坏）",
                expected=_SAVE_AS_DOCX,
            )
        document = read_docx(converted, source=path, file_format="doc")
    document.notes.append("DOC 文件已通过 LibreOffice 转换为 DOCX 后读取")
    return document

"""Helpers the office and web readers share: checking the input file, cleaning cell text.

Each reader (DOCX, XLSX, XLS, HTML, DOC) opens its file with a library; before that,
:func:`require_file` turns a missing, unreadable or empty file into a ``ReadError``, and
:func:`clean_text` gives every cell and paragraph the same shape: lines trimmed, blank lines
dropped, radical code points normalised (see :mod:`yusuan.read.normalize`).
"""

from __future__ import annotations

import re
from pathlib import Path

from yusuan.read.errors import ReadError
from yusuan.read.normalize import normalize_text

_SPACES = re.compile(r"[ \t\f\v\u00a0]+")


def require_file(path: Path, *, expected: str) -> None:
    """Raise ``ReadError`` unless ``path`` is an existing, readable, non-empty file.

    ``expected`` says, in Chinese, what kind of file the reader needs (used in the message).
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except FileNotFoundError:
        raise ReadError(path, "文件不存在", expected=expected) from None
    except IsADirectoryError:
        raise ReadError(path, "这是一个目录，不是文件", expected=expected) from None
    except OSError as error:
        raise ReadError(path, f"无法读取文件（{error.strerror}）", expected=expected) from None
    if not head.strip():
        raise ReadError(path, "文件为空", expected=expected)


def clean_text(raw: str, *, collapse_spaces: bool = False) -> str:
    """Text of a cell or paragraph: each line trimmed, blank lines dropped, lines joined with
    ``\\n``, radical code points replaced by unified ideographs.

    ``collapse_spaces`` also turns runs of spaces/tabs inside a line into one space (HTML,
    where source line breaks and indentation are not part of the text).
    """
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for line in lines:
        text = _SPACES.sub(" ", line) if collapse_spaces else line
        text = text.strip()
        if text:
            kept.append(text)
    return normalize_text("\n".join(kept))

"""Detect a text file's encoding: UTF-8 (with or without BOM) or GB18030/GBK, never guessed
silently. Anything else is a :class:`~yusuan.read.errors.ReadError`."""

from __future__ import annotations

from pathlib import Path

from yusuan.read.errors import ReadError

_BOMS = (("utf-8-sig", b"\xef\xbb\xbf"), ("utf-16", b"\xff\xfe"), ("utf-16", b"\xfe\xff"))


def decode(path: Path) -> tuple[str, str]:
    """Return ``(text, encoding)`` of the file at ``path``.

    Tries, in order: a byte-order mark; strict UTF-8; strict GB18030 (a superset of GBK and
    GB2312) when the bytes are plausibly Chinese text. Raises ``ReadError`` for a missing or
    unreadable file, an empty file, binary content (NUL bytes) or undecodable bytes.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(path, "文件不存在", expected="已发布的预算公开文件路径") from None
    except IsADirectoryError:
        raise ReadError(path, "这是一个目录，不是文件") from None
    except OSError as error:
        raise ReadError(path, f"无法读取文件（{error.strerror}）") from None
    if not data.strip():
        raise ReadError(path, "文件为空", expected="含有预算公开说明和报表的文本")
    for name, bom in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as error:
                raise _undecodable(path, data, error) from None
    if b"\x00" in data[:4096]:
        raise ReadError(
            path, "文件是二进制内容，不是文本", expected="UTF-8 或 GB18030/GBK 编码的文本"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise _undecodable(path, data, utf8_error) from None
        if _plausible_chinese(text):
            return text, "gb18030"
        raise _undecodable(path, data, utf8_error) from None


def _plausible_chinese(text: str) -> bool:
    """GB18030 decodes almost any bytes; accept it only when most letters are CJK or ASCII."""
    letters = [c for c in text if not c.isspace()]
    if not letters:
        return False
    usual = sum(
        1
        for c in letters
        if c.isascii()
        or "\u4e00" <= c <= "\u9fff"
        or "\u3000" <= c <= "\u303f"
        or "\uff00" <= c <= "\uffef"
    )
    return usual / len(letters) >= 0.95


def _undecodable(path: Path, data: bytes, error: UnicodeDecodeError) -> ReadError:
    line = data[: error.start].count(b"\n") + 1
    return ReadError(
        path,
        f"文本无法解码（第{line}行附近，字节位置 {error.start}）",
        where=f"第{line}行",
        expected="UTF-8（可带 BOM）或 GB18030/GBK 编码的文本",
    )

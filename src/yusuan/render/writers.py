"""The output formats of ``yusuan render``: format → file extension and renderer."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from yusuan.render.layout import Layout

WRITERS: dict[str, tuple[str, str]] = {
    "docx": (".docx", "yusuan.render.docx:render_docx"),
    "xlsx": (".xlsx", "yusuan.render.xlsx:render_xlsx"),
    "html": (".html", "yusuan.render.html:render_html"),
    "pdf": (".pdf", "yusuan.render.pdf:render_pdf"),
    "txt": (".txt", "yusuan.render.text:render_text"),
}
DEFAULT_FORMATS = ("docx", "xlsx", "html", "pdf")


def writer(format: str) -> Callable[[Layout], bytes]:
    """The renderer of ``format``; raises ``KeyError`` for an unknown format."""
    module, _, function = WRITERS[format][1].partition(":")
    rendered: Callable[[Layout], bytes] = getattr(import_module(module), function)
    return rendered

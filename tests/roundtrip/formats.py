"""The output formats the round-trip tests render to, and how to skip an unavailable one.

A format is available when its renderer module exists (renderers land one by one) and the
system tools it needs are installed (Chromium or LibreOffice for PDF, LibreOffice for the
XLS conversion). A renderer raising ``SystemDependencyError`` (e.g. no CJK font for the
charts) also skips, with the renderer's own message as the reason.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path

import pytest

from yusuan.render.layout import Layout
from yusuan.render.writers import WRITERS, writer

FORMATS = ("txt", "html", "docx", "xlsx", "pdf")
PDF_CONVERTERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
SOFFICE = ("soffice", "libreoffice")


def _which(names: tuple[str, ...]) -> str | None:
    return next((path for name in names if (path := shutil.which(name))), None)


def renderer_or_skip(fmt: str) -> Callable[[Layout], bytes]:
    """The renderer of ``fmt``, or ``pytest.skip`` saying why it cannot run here."""
    module = WRITERS[fmt][1].partition(":")[0]
    if find_spec(module) is None:
        pytest.skip(f"{fmt}: renderer module {module} does not exist yet")
    if fmt == "pdf" and _which(PDF_CONVERTERS) is None and _which(SOFFICE) is None:
        pytest.skip("pdf: neither Chromium nor LibreOffice is installed (apt-get install chromium)")
    return writer(fmt)


def render_file(layout: Layout, fmt: str, directory: Path, stem: str = "disclosure") -> Path:
    """Render ``layout`` as ``fmt`` into ``directory``; skips when a system dependency is
    missing. Returns the written file."""
    from yusuan.render.charts import SystemDependencyError

    render = renderer_or_skip(fmt)
    try:
        content = render(layout)
    except SystemDependencyError as error:
        pytest.skip(f"{fmt}: {error}")
    path = directory / f"{stem}{WRITERS[fmt][0]}"
    path.write_bytes(content)
    return path


def convert_to_xls(xlsx: Path) -> Path:
    """``xlsx`` converted by LibreOffice to XLS beside it; skips when LibreOffice is absent
    or fails to convert."""
    soffice = _which(SOFFICE)
    if soffice is None:
        pytest.skip("xls: LibreOffice (soffice) is not installed")
    profile = xlsx.parent / "lo-profile"
    try:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "xls",
                "--outdir",
                str(xlsx.parent),
                str(xlsx),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    except (subprocess.SubprocessError, OSError) as error:
        pytest.skip(f"xls: LibreOffice could not convert the XLSX ({error})")
    xls = xlsx.with_suffix(".xls")
    if not xls.exists():
        pytest.skip("xls: LibreOffice wrote no XLS file")
    return xls

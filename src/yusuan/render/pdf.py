"""Render a :class:`~yusuan.render.layout.Layout` as PDF: the HTML rendering, printed by
headless Chromium (Debian package ``chromium``), or, when Chromium is missing, converted by
LibreOffice (``libreoffice-writer-nogui``).

Chromium honours the print CSS of :mod:`yusuan.render.html` (A4, landscape pages for wide
tables, page numbers, repeated table headers) and embeds the CJK fonts it used (subsets of
Noto CJK from ``fonts-noto-cjk``), so the PDF's text layer holds the disclosure's text and
amounts. LibreOffice's HTML import ignores most of that CSS; it is a fallback only.
Each run uses a fresh temporary profile and directory, removed afterwards.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from yusuan.render.charts import SystemDependencyError
from yusuan.render.html import render_html
from yusuan.render.layout import Layout

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
SOFFICE_NAMES = ("soffice", "libreoffice")
TIMEOUT_SECONDS = 180


class PdfRenderError(RuntimeError):
    """The converter ran but produced no PDF; the message (Chinese) gives its last output."""


def render_pdf(layout: Layout) -> bytes:
    """``layout`` as PDF bytes (A4).

    Raises ``SystemDependencyError`` naming the Debian package to install when neither
    Chromium nor LibreOffice is installed (or no CJK font for the charts), and
    ``PdfRenderError`` when the converter fails or times out.
    """
    return html_to_pdf(render_html(layout))


def html_to_pdf(html: bytes) -> bytes:
    """Print the self-contained HTML document ``html`` to PDF bytes, with Chromium if
    installed, else LibreOffice. Raises as :func:`render_pdf`."""
    chromium = _find(CHROMIUM_NAMES)
    soffice = None if chromium else _find(SOFFICE_NAMES)
    if chromium is None and soffice is None:
        raise SystemDependencyError(
            "未找到可将网页转换为 PDF 的程序：请安装 Debian 软件包 chromium"
            "（apt-get install -y chromium），或安装 libreoffice-writer-nogui"
        )
    with tempfile.TemporaryDirectory(prefix="yusuan-pdf-") as work:
        folder = Path(work)
        source = folder / "disclosure.html"
        source.write_bytes(html)
        if chromium:
            output = folder / "disclosure.pdf"
            _run(
                [
                    chromium,
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--disable-dev-shm-usage",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    f"--user-data-dir={folder / 'profile'}",
                    f"--print-to-pdf={output}",
                    "--no-pdf-header-footer",
                    source.as_uri(),
                ],
                "Chromium",
                output,
                folder,
            )
        else:
            assert soffice is not None
            output = folder / "out" / "disclosure.pdf"
            _run(
                [
                    soffice,
                    f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                    "--headless",
                    "--norestore",
                    "--convert-to",
                    "pdf:writer_web_pdf_Export",
                    "--outdir",
                    str(output.parent),
                    str(source),
                ],
                "LibreOffice",
                output,
                folder,
            )
        return output.read_bytes()


def _find(names: tuple[str, ...]) -> str | None:
    return next((path for name in names if (path := shutil.which(name))), None)


def _run(command: list[str], program: str, output: Path, folder: Path) -> None:
    """Run ``command`` in its own process group (killed whole on timeout, so no browser
    helper process outlives it) and check that it wrote ``output``."""
    environment = {**os.environ, "HOME": str(folder)}  # keep caches out of the real home
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        cwd=folder,
        env=environment,
        start_new_session=True,
    )
    try:
        log, _ = process.communicate(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise PdfRenderError(f"{program} 在 {TIMEOUT_SECONDS} 秒内未完成 PDF 转换") from None
    if process.returncode != 0 or not output.is_file() or output.stat().st_size == 0:
        tail = log.decode("utf-8", "replace").strip()[-800:]
        raise PdfRenderError(
            f"{program} 未能生成 PDF（退出码 {process.returncode}）：{tail or '无输出'}"
        )

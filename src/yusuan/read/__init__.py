"""Read stage: one reader per format, each producing a :class:`~yusuan.read.document.Document`."""

from yusuan.read.detect import detect_format, read_document
from yusuan.read.document import Cell, Document, Heading, Paragraph, Table
from yusuan.read.errors import ReadError
from yusuan.read.location import SourceLocation

__all__ = [
    "Cell",
    "Document",
    "Heading",
    "Paragraph",
    "ReadError",
    "SourceLocation",
    "Table",
    "detect_format",
    "read_document",
]

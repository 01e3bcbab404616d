"""Extract stage: recognise a Document's standard tables, narrative figures, outline and
performance targets, and build the typed :class:`~yusuan.model.Disclosure`."""

from yusuan.extract.pipeline import extract

__all__ = ["extract"]

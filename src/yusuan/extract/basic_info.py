"""Recognise the 基本信息表 (stub)."""

from __future__ import annotations

from yusuan.extract.result import BasicInfoResult
from yusuan.read.document import Document


def extract_basic_info(document: Document, skip: set[int]) -> BasicInfoResult:
    return BasicInfoResult()

"""Render stage: a generated disclosure (narrative, tables, charts) as DOCX, XLSX, HTML, PDF."""

"""Structured budget data: the input a disclosure is generated from (workbook, YAML, JSON),
its validation and the derivation of every table and figure from its line items."""

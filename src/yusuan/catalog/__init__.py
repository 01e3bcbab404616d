"""Classification catalogs (政府收支分类科目) as packaged data with provenance."""

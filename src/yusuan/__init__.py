"""yusuan (预算): read, audit and generate Chinese department budget disclosures."""

__version__ = "0.1.0"

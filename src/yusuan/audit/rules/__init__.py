"""Every rule module of this package is imported here, so the registry knows them all.

One module per rule, named by code and problem (``h101_class_not_sum_of_sections.py``).
"""

import importlib
import pkgutil

for _module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
    importlib.import_module(f"{__name__}.{_module.name}")

"""The rule registry: one explicit table of every rule, like a linter's rule catalog.

A rule is a function decorated with :func:`rule`. Its docstring has four sections, used
verbatim by ``yusuan rules CODE`` and the docs::

    What it checks: …
    Why it matters: …
    Example: …
    Source: … (the identity in DISCLOSURE.md or the regulation)

The user-facing explanation is Chinese and lives in data, not in the docstrings: the packaged
``rule_docs.toml`` holds, for every code, the same four sections as 检查内容 / 为何重要 / 示例 /
依据 (:func:`chinese_doc`, :attr:`Rule.doc_zh`); ``yusuan rules CODE`` shows those, and the
English docstring with ``--english``.

Codes are stable and never reused: a family letter and three digits — H hierarchy and row
arithmetic within one table, X cross-table identities, N narrative against tables, C
catalog codes and names, P performance targets, D document completeness and outline, Q text
quality. A withdrawn rule keeps its code with status ``removed``.
"""

from __future__ import annotations

import functools
import inspect
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Literal

from yusuan.audit.finding import Finding, Severity
from yusuan.model.tables import TableKind

if TYPE_CHECKING:
    from yusuan.audit.context import RuleContext
    from yusuan.model.disclosure import Disclosure

CheckFunction = Callable[["Disclosure", "RuleContext"], Iterable[Finding]]
Status = Literal["stable", "preview", "removed"]

FAMILIES: dict[str, str] = {
    "H": "表内层级与行列运算",
    "X": "表间勾稽关系",
    "N": "说明与报表一致性",
    "C": "科目编码与名称",
    "P": "绩效目标",
    "D": "完整性与目录",
    "Q": "文字质量",
}

SECTIONS = ("What it checks", "Why it matters", "Example", "Source")
SECTIONS_ZH = ("检查内容", "为何重要", "示例", "依据")
"""The Chinese sections of ``rule_docs.toml``, in the order of :data:`SECTIONS`."""
RULE_DOCS = "rule_docs.toml"
_CODE = re.compile(r"^[HXNCPDQ]\d{3}$")


@dataclass(frozen=True)
class Rule:
    """A registered rule. ``requires`` lists the tables without which it cannot run."""

    code: str
    title: str
    severity: Severity
    check: CheckFunction
    requires: tuple[TableKind, ...] = ()
    status: Status = "stable"
    doc: dict[str, str] = field(default_factory=dict)

    @property
    def family(self) -> str:
        return self.code[0]

    @property
    def doc_zh(self) -> dict[str, str]:
        """The rule's Chinese explanation, section (:data:`SECTIONS_ZH`) → text; empty when
        ``rule_docs.toml`` has no entry for the code."""
        return chinese_doc(self.code)


_REGISTRY: dict[str, Rule] = {}


def parse_doc(text: str) -> dict[str, str]:
    """Split a rule docstring into its four sections (missing sections are absent)."""
    cleaned = inspect.cleandoc(text)
    pattern = re.compile(r"^(" + "|".join(SECTIONS) + r"):\s*", re.MULTILINE)
    parts = pattern.split(cleaned)
    return {parts[i]: " ".join(parts[i + 1].split()) for i in range(1, len(parts) - 1, 2)}


@functools.cache
def _chinese_docs() -> dict[str, dict[str, str]]:
    """Every entry of the packaged ``rule_docs.toml``, read once: code → section → text.

    Raises ``ValueError`` when an entry is not a table of strings (a packaging error, caught
    by the tests, never by a user)."""
    text = resources.files("yusuan.audit").joinpath(RULE_DOCS).read_text(encoding="utf-8")
    docs: dict[str, dict[str, str]] = {}
    for code, sections in tomllib.loads(text).items():
        if not isinstance(sections, dict) or not all(isinstance(v, str) for v in sections.values()):
            raise ValueError(f"{RULE_DOCS}: entry {code!r} is not a table of strings")
        docs[code] = {str(k): v.strip() for k, v in sections.items()}
    return docs


def chinese_doc(code: str) -> dict[str, str]:
    """The Chinese explanation of rule ``code`` (any case): 检查内容 / 为何重要 / 示例 / 依据
    → text, in that order where present. Empty when the code has no entry."""
    sections = _chinese_docs().get(code.upper(), {})
    return {name: sections[name] for name in SECTIONS_ZH if name in sections}


def documented_codes() -> list[str]:
    """The codes ``rule_docs.toml`` has an entry for, sorted (registered or not)."""
    return sorted(_chinese_docs())


def rule(
    code: str,
    title: str,
    severity: Severity,
    *,
    requires: tuple[TableKind, ...] = (),
    status: Status = "stable",
) -> Callable[[CheckFunction], CheckFunction]:
    """Register ``function`` as rule ``code``. Raises ``ValueError`` on a malformed or
    duplicate code."""

    def register(function: CheckFunction) -> CheckFunction:
        if not _CODE.match(code):
            raise ValueError(f"malformed rule code {code!r}")
        if code in _REGISTRY:
            raise ValueError(f"duplicate rule code {code!r}")
        _REGISTRY[code] = Rule(
            code=code,
            title=title,
            severity=severity,
            check=function,
            requires=requires,
            status=status,
            doc=parse_doc(function.__doc__ or ""),
        )
        return function

    return register


def all_rules() -> list[Rule]:
    """Every registered rule, sorted by code (imports the rule modules on first use)."""
    import yusuan.audit.rules  # noqa: F401  (registers the rules)

    return [_REGISTRY[code] for code in sorted(_REGISTRY)]


def get_rule(code: str) -> Rule:
    """The rule ``code``; raises ``KeyError`` when there is none."""
    import yusuan.audit.rules  # noqa: F401

    return _REGISTRY[code.upper()]


def select_rules(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """Rules chosen by codes or family prefixes (``H``, ``X0``, ``N101``), minus ``ignore``."""
    chosen = [r for r in all_rules() if r.status != "removed"]
    selected = tuple(s.upper() for s in select)
    ignored = tuple(s.upper() for s in ignore)
    if selected:
        chosen = [r for r in chosen if r.code.startswith(selected)]
    if ignored:
        chosen = [r for r in chosen if not r.code.startswith(ignored)]
    return chosen

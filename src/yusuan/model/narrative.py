"""Figures stated in the narrative (说明) and the document's outline."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from yusuan.model.amount import Unit
from yusuan.read.location import SourceLocation

ChangeDirection = Literal["增加", "减少", "持平"]


@dataclass(slots=True, kw_only=True)
class NarrativeFigure:
    """One amount the narrative states, with what it says about it.

    ``key`` is the canonical figure (see :mod:`yusuan.model.figure_keys`), e.g.
    ``total_budget``, ``income.general_public_appropriation``, ``basic_expenditure``,
    ``personnel_expenses``, ``function_class`` (a function 类 named in a list; ``name`` holds
    the name as written), ``three_public.total``, ``procurement.goods``. ``label`` is the
    words as printed before the amount. Last year's amount, the stated change, growth rate
    and share are attached when the same clause states them; rates are percentages as
    printed (``Decimal("0.4")`` for 0.4%). ``part_of`` names the figure a listed item breaks
    down (``其中：…``), ``share_of`` the figure a share (占 66%) is taken of.
    """

    key: str
    label: str
    name: str | None = None
    part_of: str | None = None
    amount: Decimal
    text: str
    unit: Unit
    sentence: str
    section: str | None = None
    location: SourceLocation
    last_year: Decimal | None = None
    last_year_label: str | None = None
    change: Decimal | None = None
    direction: ChangeDirection | None = None
    growth_rate: Decimal | None = None
    share: Decimal | None = None
    share_of: str | None = None


@dataclass(slots=True, kw_only=True)
class NarrativeParagraph:
    """A paragraph of narrative text, kept for text-quality checks (a slotted dataclass, as
    :class:`NarrativeFigure` is)."""

    text: str
    section: str | None = None
    location: SourceLocation


@dataclass(slots=True, kw_only=True)
class TocEntry:
    """One line of the table of contents (目录), and the body heading it was matched to (a
    slotted dataclass, as :class:`NarrativeFigure` is)."""

    text: str
    location: SourceLocation
    body_text: str | None = None
    body_location: SourceLocation | None = None


class StatedCount(BaseModel):
    """A count the narrative states, e.g. 共设立项目绩效指标 4 条 (``project_indicators``)."""

    key: str
    value: int
    sentence: str
    location: SourceLocation


class StatedFlag(BaseModel):
    """A yes/no statement, e.g. ``no_government_fund`` (没有政府性基金预算支出),
    ``all_projects_have_targets`` (所有项目支出均纳入…绩效目标)."""

    key: str
    sentence: str
    location: SourceLocation


class Staff(BaseModel):
    """Staff numbers stated in 人员情况 (people)."""

    authorised: int | None = None
    in_post: int | None = None
    retired: int | None = None
    location: SourceLocation | None = None
    extra: dict[str, int] = Field(default_factory=dict)


def new_figure(
    *,
    key: str,
    label: str,
    name: str | None,
    part_of: str | None,
    amount: Decimal,
    text: str,
    unit: Unit,
    sentence: str,
    section: str | None,
    location: SourceLocation,
) -> NarrativeFigure:
    """A :class:`NarrativeFigure` without last year's amount, change, rate or share."""
    return NarrativeFigure(
        key=key,
        label=label,
        name=name,
        part_of=part_of,
        amount=amount,
        text=text,
        unit=unit,
        sentence=sentence,
        section=section,
        location=location,
    )


def new_paragraph(text: str, section: str | None, location: SourceLocation) -> NarrativeParagraph:
    """``NarrativeParagraph(text=…, section=…, location=…)``."""
    return NarrativeParagraph(text=text, section=section, location=location)


def new_toc_entry(
    text: str,
    location: SourceLocation,
    body_text: str | None = None,
    body_location: SourceLocation | None = None,
) -> TocEntry:
    """``TocEntry(…)``."""
    return TocEntry(text=text, location=location, body_text=body_text, body_location=body_location)

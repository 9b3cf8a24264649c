"""A span of a message's words and what it designates: the entity every
finder of entities.py and persons.py returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from handlers.understanding.spelling import slip_of

__all__ = ["Entity", "fuzzy"]


@dataclass(frozen=True)
class Entity:
    """A span of words (`start`..`end`, end excluded) and what it designates."""

    kind: str  # person, org, role, month, place, period
    start: int
    end: int
    label: str
    items: tuple[Any, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


def fuzzy(word: str, choices: dict[str, Any], cutoff: float) -> str | None:
    """`word` if it is a key, else the closest key (typos) for words of 5 letters or more."""
    if word in choices:
        return word
    if len(word) < 5:
        return None
    found = process.extractOne(word, choices.keys(), scorer=fuzz.ratio, score_cutoff=cutoff)
    # Else one slip of a name that no other name is as close to (« Garneir », « Vaszeur »).
    return found[0] if found is not None else slip_of(word, choices.keys())

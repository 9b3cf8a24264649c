"""A title asked in the third person is not the asker's own: « le
président sera là le 10 ? » asked by the president of a member
association, when the commission's president is another member.

The title's holders were everyone whose role writes it (« président de la
commission des usagers », « Présidente de l'association »), the asker
among them, and the bot asked which one was meant (the lead's set 64). A
member who asks about herself says « je » or « moi » (« je suis inscrite
pour le 10 ? »), not her title: when the question says no word of the
first person, the asker is left out of the holders, if another remains."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from handlers.understanding.normalise import Word

__all__ = ["without_asker"]

T = TypeVar("T")

# The first person (folded): the asker speaks of herself.
_FIRST = frozenset({"je", "j", "moi", "me", "m", "mon", "ma", "mes", "suis", "serai", "etais", "nous", "notre", "nos"})


def without_asker(holders: Sequence[T], asker: T | None, said: Sequence[Word]) -> list[T]:
    """`holders` without `asker` when another holds the title too and `said` speaks not of the asker."""
    if asker is None or asker not in holders or len(holders) < 2 or any(w.folded in _FIRST for w in said):
        return list(holders)
    return [h for h in holders if h != asker]

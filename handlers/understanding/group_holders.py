"""The holder of a title over the group itself, when the question names the
group: « qui coordonne le groupe ? » with a « Coordinatrice de
l'accompagnement vers le logement » and a « Chargée de coordination,
secrétaire du groupe » in the directory means the second, whose role says
the group (anywhere in it), not the first, whose title merely opens with the
word. The group's words are lexicon.toml's `group_bodies`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from handlers.understanding.group_bodies import group_bodies
from handlers.understanding.normalise import Word
from handlers.understanding.world import plain
from storage.models import Member

__all__ = ["asks_over_group", "over_group"]

# « le groupe », « du groupe », « notre collectif »: the group itself, not « un groupe de parole ».
_ARTICLES = frozenset({"le", "la", "l", "du", "de", "notre", "au", "ce", "cette"})


@cache
def _of_group() -> re.Pattern[str]:
    return re.compile(rf"\b(?:du|de la|de l|des) (?:{'|'.join(map(re.escape, group_bodies()))})\b")


def asks_over_group(found: Sequence[Word]) -> bool:
    """The question names the group itself (« … le groupe ? », « … du réseau ? »)."""
    bodies = set(group_bodies())
    # « le président du copil »: « copil » is read « réunion »; the word as typed names the group.
    return any((w.folded in bodies or plain(w.typed) in bodies) and i > 0 and found[i - 1].folded in _ARTICLES
               for i, w in enumerate(found))


def over_group(found: Sequence[Word], holders: Sequence[Member]) -> list[Member]:
    """Among `holders` of a title, those whose role names the group, when the question does
    (none when it does not, or when every holder's or no holder's role does: nothing to choose)."""
    if not asks_over_group(found):
        return []
    chosen = [m for m in holders if _of_group().search(plain(m.role))]
    return chosen if len(chosen) < len(holders) else []

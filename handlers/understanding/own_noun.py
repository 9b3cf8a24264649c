"""The group called by a bare noun its officers' roles call it: « les
dernières décisions de la commission ? » when the coordinator is
« animatrice de la commission » (the lead's set 66).

Such a noun, said alone, is the group itself, not the sittings whose
heading opens with it: the group's working groups (« Groupe de travail
stationnement … ») decide for the commission too, and the latest decisions
asked of it are the group's latest (as earlier sets label « les dernières
décisions de la commission ? » in groups whose sittings all say it); so are
its deadlines (« les prochaines échéances de la commission ? »): after a
noun of deadlines, the noun frames the question as « du groupe »
does, no sitting (`own_noun_frame`). A role
saying the noun with more after it (« présidente de la commission
mobilité ») names one formation, not the group."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity
from handlers.understanding.world import plain
from storage.models import Member

__all__ = ["is_own_noun", "own_noun_frame"]


def is_own_noun(noun: str, members: Sequence[Member]) -> bool:
    """Whether a part of a member's role (between commas) ends with « de la <noun> » or « du <noun> »."""
    ending = re.compile(rf"\b(?:de la|du|de l) {re.escape(plain(noun))}$")
    return any(ending.search(plain(part)) for m in members if m.role for part in m.role.split(","))


# The group's deadlines, which « de la commission » after them frames: no sitting has deadlines of its own (« les
# prochaines dates de la commission » may ask its sittings, « les membres de la commission » is read elsewhere).
_RECORDS = frozenset({"echeance", "echeances", "deadline", "deadlines", "delais"})
_OF = (("de", "la"), ("de", "l"), ("du",))


def own_noun_frame(found: Sequence[Word], entities: list[Entity],
                   members: Sequence[Member]) -> tuple[list[Entity], set[int]]:
    """The entities without the sittings found for « de la commission » after a noun of deadlines, when the roles
    call the group so, and the indices of those words (framing)."""
    for entity in entities:
        if entity.kind != "place" or entity.end - entity.start != 1:
            continue
        for link in _OF:
            at = entity.start - len(link)
            if at >= 1 and tuple(w.folded for w in found[at:entity.start]) == link and (
                    found[at - 1].folded in _RECORDS) and is_own_noun(found[entity.start].folded, members):
                return [e for e in entities if e is not entity], set(range(at, entity.end))
    return entities, set()

"""The group called by a bare noun its officers' roles call it: « les
dernières décisions de la commission ? » when the coordinator is
« animatrice de la commission » (the lead's set 66).

Such a noun, said alone, is the group itself, not the sittings whose
heading opens with it: the group's working groups (« Groupe de travail
stationnement … ») decide for the commission too, and the latest decisions
asked of it are the group's latest (as earlier sets label « les dernières
décisions de la commission ? » in groups whose sittings all say it). A role
saying the noun with more after it (« présidente de la commission
mobilité ») names one formation, not the group."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.world import plain
from storage.models import Member

__all__ = ["is_own_noun"]


def is_own_noun(noun: str, members: Sequence[Member]) -> bool:
    """Whether a part of a member's role (between commas) ends with « de la <noun> » or « du <noun> »."""
    ending = re.compile(rf"\b(?:de la|du|de l) {re.escape(plain(noun))}$")
    return any(ending.search(plain(part)) for m in members if m.role for part in m.role.split(","))

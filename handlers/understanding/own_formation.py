"""A formation named by its kind that is the group itself.

A steering committee whose working groups and commissions meet apart keeps
its own sittings named by its kind (« Comité de pilotage de rentrée »,
« Comité de pilotage vie étudiante : … »), and its officers hold their
offices in it (« présidente du comité de pilotage vie étudiante »,
« coordinateur du comité de pilotage vie étudiante »). « les dernières
décisions du copil ? » then asks the group's latest decisions, as « les
dernières décisions du CLS ? » does elsewhere (the sets label it « Dernières
décisions »), not the decisions of the copil's next sitting, which has none
(lead's set 65).

So « les prochaines échéances du comité de pilotage ? » asks the group's
deadlines (dates_period), not its sittings: read unsure between them, the
formation, the group itself, is left out.

The formation is the group's own when the words its sittings' names open
with (two words or more, common to all of them) are written in the roles
of two members or more.
"""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.deadline_nouns import DEADLINE_WORDS
from handlers.understanding.own_group import _SMALL  # the little words initials leave out
from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import plain
from storage.models import Meeting, Member

__all__ = ["own_deadlines", "own_formation_named"]


def _opening(places: Sequence[str]) -> list[str]:
    """The folded words every one of `places` opens with (before its first colon or comma)."""
    heads = [plain(p.split(":")[0].split(",")[0]).split() for p in places]
    common: list[str] = []
    for words in zip(*heads, strict=False):
        if len(set(words)) != 1:
            break
        common.append(words[0])
    return common


def own_formation_named(u: Understanding, members: Sequence[Member]) -> bool:
    """Whether the question names, by its kind, a formation whose sittings are the group's own body's (see the
    module's docstring)."""
    formation = next((e for e in u.entities if e.kind == "place"), None)
    if formation is None:
        return False
    places = [m.place for m in formation.items if isinstance(m, Meeting) and m.place]
    if len(places) < 2:
        return False
    opening = _opening(places)
    if len(opening) < 2:
        return False
    # « les dernières décisions du CLE ? »: the kind by its initials (« Comité local pour l'emploi, … »; set 67).
    said_words = [w.folded for w in u.words[formation.start:formation.end]]
    initials = "".join(w[0] for w in opening if w not in _SMALL)
    if not formation.extra.get("formation") and said_words != [initials]:
        return False
    said = f" {' '.join(opening)} "
    return sum(said in f" {plain(m.role or '')} " for m in members) >= 2


def own_deadlines(u: Understanding, members: Sequence[Member]) -> bool:
    """« les prochaines échéances du comité de pilotage ? » read unsure, the dates among its readings: a noun of
    deadline, and the formation named the group's own (see the module's docstring)."""
    return (u.intent is None and "dates_period" in u.readings and any(w.folded in DEADLINE_WORDS for w in u.words)
            and own_formation_named(u, members))

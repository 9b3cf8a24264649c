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
(or the organisation) of two members or more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.deadline_nouns import DEADLINE_WORDS
from handlers.understanding.meeting_nouns import heading_of
from handlers.understanding.own_group import _SMALL  # the little words initials leave out
from handlers.understanding.pipeline import Understanding
from handlers.understanding.sitting_order import SINGULAR
from handlers.understanding.world import plain
from storage.models import Meeting, Member

__all__ = ["own_deadlines", "own_formation_named", "without_own_formation", "without_own_tail"]


def _heading(place: str) -> list[str]:
    """The folded words of a sitting's heading (before its first colon or comma)."""
    return plain(heading_of(place, colon=True)).split()


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w not in _SMALL)


def _opening(places: Sequence[str]) -> list[str]:
    """The folded words every one of `places` opens with (before its first colon or comma)."""
    heads = [_heading(p) for p in places]
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
    said_words = [w.folded for w in u.words[formation.start:formation.end]]
    # « au dernier copil », « le premier comité »: one sitting picked by its rank, which one chair's role does not
    # make the group (sets 29d, 32b, 44b).
    ranked = formation.start > 0 and u.words[formation.start - 1].folded in _RANKS
    return _own_sittings(places, said_words, bool(formation.extra.get("formation")), members, chaired=not ranked)


# Words picking one sitting by its rank, right before the formation's name.
_RANKS = SINGULAR


def _own_sittings(places: Sequence[str], said_words: list[str], by_kind: bool, members: Sequence[Member],
                  chaired: bool = False) -> bool:
    """Whether `places` (two or more) open with the same words, two members' roles name (or, when `chaired`, the one
    chair's role), and the question said them by their kind (`by_kind`) or by their initials."""
    opening = _opening(places)
    if len(places) < 2 or len(opening) < 2:
        return False
    # « les dernières décisions du CLE ? »: the kind by its initials (« Comité local pour l'emploi, … »; set 67).
    if not by_kind and said_words != [_initials(opening)]:
        return False
    said = f" {' '.join(opening)} "
    # The members' roles say it (« présidente du comité de pilotage … »), or their organisation when the group's
    # own people are listed by the body they sit on (« Centre social …, conseil d'administration »; lead's set 90).
    # One role that chairs it is enough (« …, président du comité de pilotage »: set 40c), the group's own chair
    # presiding over it: the group's own body, not one of its working groups. The name is the opening but the little
    # words ending it (« Comité de pilotage de lancement … », « … de la ressourcerie »), two words of it at least.
    name = list(opening)
    while name and name[-1] in _SMALL:
        name.pop()
    chair = re.compile(rf"\bpresidente?\s+(?:du|de la|de l)\s+{re.escape(' '.join(name))}$")
    return sum(said in f" {plain(m.role or '')} " or said in f" {plain(m.organisation or '')} " for m in members) >= 2 or (
        chaired and len([w for w in name if w not in _SMALL]) >= 2
        and sum(bool(chair.search(plain(m.role or ""))) for m in members) == 1)


def own_deadlines(u: Understanding, members: Sequence[Member]) -> bool:
    """« les prochaines échéances du comité de pilotage ? » read unsure, the dates among its readings: a noun of
    deadline, and the formation named the group's own (see the module's docstring)."""
    return (u.intent is None and "dates_period" in u.readings and any(w.folded in DEADLINE_WORDS for w in u.words)
            and own_formation_named(u, members))


# « dans la CSS », « au sein de la commission »: where the people asked of sit, the group itself.
_WITHIN = re.compile(r"\s+(?:dans|au sein d[eu])\s+(?:la|le|l'|notre|du)\b", re.IGNORECASE)
_PEOPLE = frozenset({"qui", "gens", "membres", "representants", "personnes"})


def without_own_formation(u: Understanding, members: Sequence[Member], meetings: Sequence[Meeting]) -> str | None:
    """« les pompiers c qui dans la CSS », « les gens de Vivre aux Balmes dans la CSS ? »: a body's people asked
    « in » the formation that is the group itself (its initials, or its kind, which two members' roles name) ask
    the body's people, as without it: the message is read again without those last words (the lead's set 72), which
    read as a sitting's place left it unsure. None when no such formation ends the message."""
    if u.intent not in (None, "org_members", "org_representative") or not any(e.kind == "org" for e in u.entities):
        return None
    if not any(w.folded in _PEOPLE for w in u.words):
        return None
    last = None
    for last in _WITHIN.finditer(u.text):
        pass
    if last is None:
        return None
    tail = u.text[last.end():].strip()
    said = plain(tail.rstrip("?!. ")).split()
    if not said or len(said) > 6:
        return None
    # The sittings whose heading opens with the words said, or whose opening's initials they are.
    places = [m.place for m in meetings if m.place and (
        _heading(m.place)[:len(said)] == said or len(said) == 1 and _initials(_heading(m.place)) == said[0])]
    if not _own_sittings(places, said, len(said) > 1, members):
        return None
    return u.text[:last.start()] + (" ?" if tail.endswith("?") else "")


# The reading a trailing « du copil » leaves unsure against the sitting it seems to name.
_TAIL_READINGS = frozenset({"decision_number"})
_TAIL_LINKS = frozenset({"du", "de", "au"})
# Readings asking of a member or a body, whom a trailing « au CA » only places in the group (lead's set 93).
_PEOPLE_READINGS = frozenset({"who_is", "org_representative", "org_members"})


def _asks_someone_there(u: Understanding) -> bool:
    """« Monique Vandamme elle a quel rôle au CA ? », « le bailleur Partenord, on a qui au CA ? »: a member or a body
    named, read among others as asking of them, and nothing of attending (« Partenord était là au CA ? » asks a
    sitting)."""
    return (any(r in _PEOPLE_READINGS for r in u.readings)
            and not u.readings[0].startswith(("attendance", "rsvp", "minutes"))
            and any(e.kind in ("person", "org") for e in u.entities))


def without_own_tail(u: Understanding, members: Sequence[Member]) -> str | None:
    """« décision 7 du copil » (lead's set 85): a decision by its number, then the formation that is the group itself
    closing the message, read unsure against that formation's sittings: the group's decision, the message read again
    without those last words; so is a member or a body asked of « au CA » (_asks_someone_there). None otherwise."""
    if u.intent is not None or not u.readings or u.readings[0] not in _TAIL_READINGS and not _asks_someone_there(u):
        return None
    formation = next((e for e in u.entities if e.kind == "place"), None)
    if formation is None or not formation.extra.get("formation") or formation.end < len(u.words) or (
            formation.start == 0 or u.words[formation.start - 1].folded not in _TAIL_LINKS):
        return None
    if not own_formation_named(u, members):
        return None
    link = u.words[formation.start - 1]
    cut = [m.start() for m in re.finditer(rf"\b{re.escape(link.raw)}\b", u.text)]
    if not cut:
        return None
    rest = u.text[:cut[-1]].rstrip(" ,")
    return rest + (" ?" if "?" in u.text[cut[-1]:] else "") if rest.split() else None

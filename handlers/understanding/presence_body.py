"""Three shapes of « who was there » that presence.py would otherwise leave
to a reading about people:

- a body asked of as present at a meeting, without « qui »: « la CPAM
  était là au Creusot ? », « les Restos du cœur étaient présents en
  octobre ? », « la CAF sera représentée le 17 ? » — being then (or to
  come) and a meeting designated, so the body's presence there, not its
  representatives (« qui est présent pour la MDPH ? » still asks them);
- the participants of a meeting named by its place: « la liste des
  participants à la réunion du Creusot » is who came there, not the
  directory (« les participants du comité » with no meeting named is);
- a member named by a title: « le président du CPAS était là le 24 ? »,
  « l'échevine vient le 15 ? » ask that member's presence, not who holds
  the title (role_members; a title several hold is not guessed)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.group_bodies import group_bodies
from handlers.understanding.persons import holds_role
from handlers.understanding.pipeline import MEETING_NOUNS, Understanding
from handlers.understanding.presence_cues import designates_meeting
from handlers.understanding.role_gender import same_gender
from handlers.understanding.sitting_order import RELATIVE, SINGULAR
from handlers.understanding.world import plain
from storage.models import Member

__all__ = ["body_people_there", "body_presence", "body_was_there", "meeting_at_place", "role_members", "title_was_there",
           "unprefixed_title"]

# « était », « étaient », « sera », « seront »: being then or to come (not « est », the present of a charge).
_BEING_THEN = frozenset({"etait", "etaient", "sera", "seront", "venu", "venue", "venus", "venues", "viendra",
                         "viendront"})


def body_was_there(u: Understanding) -> bool:
    """A body named, being then or to come, at a meeting designated; no « qui » asked."""
    folded = [w.folded for w in u.words]
    return (u.first("org") is not None and u.first("person") is None and "qui" not in folded
            and any(w in _BEING_THEN for w in folded) and designates_meeting(u))


# Being to come: the announcements for a meeting ahead, not who came.
_TO_COME = frozenset({"sera", "seront", "viendra", "viendront"})


def body_presence(u: Understanding) -> str:
    """The attendance a body's presence asks: announced for a meeting to come, or recorded for one held."""
    return "rsvp_upcoming" if any(w.folded in _TO_COME for w in u.words) else "attendance_meeting"


# Coming, or having come: « qui vient de la CAF jeudi ? », « qui était venu du CCAS le 19 ? ».
_COMING = _BEING_THEN | {"vient", "viennent"}


def body_people_there(u: Understanding) -> str | None:
    """« qui vient de la CAF jeudi ? », « on sera qui du CCAS le 3 ? », « qui était là de la Mission locale en
    octobre ? »: who of a body named comes (or came) to a meeting designated — its people's announcements or
    marks, not who represents it. None when no « qui », no body, a person named or no meeting designated
    (« qui vient de l'école ? » asks who represents it)."""
    folded = [w.folded for w in u.words]
    if "qui" not in folded or u.first("org") is None or u.first("person") is not None or u.topic:
        return None
    if not any(w in _COMING for w in folded) or not designates_meeting(u):
        return None
    if not any(w in _BEING_THEN for w in folded) and _bare_sitting(u):
        return None  # « qui vient de l'office de tourisme au comité ? »: who sits for it, no sitting asked
    return "rsvp_upcoming" if any(w in _TO_COME or w in ("vient", "viennent") for w in folded) else "attendance_meeting"


# Words that pick one sitting out of the group's (« le prochain comité », « la réunion d'après »).
_PICKING = RELATIVE & SINGULAR | {"apres", "demain", "ce", "cette"}


def _bare_sitting(u: Understanding) -> bool:
    """The sitting said by its noun alone (« au comité », « dans le groupe »): no order, day, month, number or place
    picks one, so « vient » in the present is who comes from a body in general — who sits for it — not an
    announcement for one sitting (« qui vient de la CAF jeudi ? », « … au prochain comité ? » stay that)."""
    return (u.order is None and not any(e.kind in ("period", "month", "number", "place") for e in u.entities)
            and not any(w.folded in _PICKING for w in u.words))


def meeting_at_place(u: Understanding) -> bool:
    """A meeting noun followed by a meeting's place (« la réunion du Creusot », « la séance à Cluny »), or a
    kind of meeting that names one (« la plénière de Saumur »)."""
    places = [e for e in u.entities if e.kind == "place"]
    if any(e.extra.get("formation") for e in places):
        return True  # « la plénière de Saumur »: a kind of meeting and its place in one
    return any(w.lemma in MEETING_NOUNS and any(0 < e.start - i <= 3 for e in places) for i, w in enumerate(u.words))


def title_was_there(u: Understanding) -> bool:
    """A title named (no person, no « qui »), being then or to come (« vient » too), at a meeting designated."""
    folded = [w.folded for w in u.words]
    # « la visite chez le maraîcher en octobre c'était où ? »: « c'était » says nothing of the title's holder (an
    # impersonal subject names nobody), « le maraîcher était là ? » does.
    return (u.first("role") is not None and u.first("person") is None and "qui" not in folded
            and any((w in _BEING_THEN or w in ("vient", "viennent")) and not (i and folded[i - 1] in ("c", "ce"))
                    for i, w in enumerate(folded))
            and (designates_meeting(u) or _marked_then(folded)))


# « était excusé », « était absente », « était là »: a mark of the list kept at a meeting held, said in the past;
# with no meeting named, the last one (as « X était excusé ? » of a member named).
_MARKS = frozenset({"excuse", "excusee", "excuses", "excusees", "absent", "absente", "absents", "absentes", "present",
                    "presente", "presents", "presentes", "la"})


def _marked_then(folded: list[str]) -> bool:
    return any(a in ("etait", "etaient") and b in _MARKS for a, b in zip(folded, folded[1:]))


def unprefixed_title(role: str, wants: list[str]) -> bool:
    """The role holds the title in a word not preceded by « vice » (« Présidente du CPAS », not « vice-présidente »)."""
    said = plain(role).split()
    return any(holds_role(w, wants) and (i == 0 or said[i - 1] != "vice") for i, w in enumerate(said))


def role_members(u: Understanding, members: Sequence[Member]) -> list[Member]:
    """The members holding the title named (in the body named after it, if any)."""
    role = u.first("role")
    if role is None:
        return []
    wants = role.extra["stem"].split("|")
    orgs = [e for e in u.entities if e.kind == "org" and e.start >= role.end]
    pool = orgs[0].items if orgs else members
    held = [m for m in pool if m.role and holds_role(m.role, wants)]
    held = _of_group(u, role.end, wants, held)
    if not any(w.folded == "vice" for w in u.words[max(role.start - 1, 0):role.end]):
        # « la présidente était là le 17 ? » of a « Présidente du CPAS » and a « vice-présidente du CPAS »: the
        # title asked without « vice » is the one held without it, when someone holds it so (as « qui est la
        # présidente ? » reads it, answers_people.py).
        held = [m for m in held if unprefixed_title(m.role, wants)] or held
    # « l'échevine vient jeudi ? » of an Échevine and an Échevin: the one whose role writes the feminine asked.
    return same_gender(" ".join(w.folded for w in u.words[role.start:role.end]), held, lambda m: m.role)


def _of_group(u: Understanding, end: int, wants: Sequence[str], held: list[Member]) -> list[Member]:
    """« le président du collectif il vient samedi ? » of five association presidents, one of whom is « président du
    collectif »: the title of the group itself (« du collectif », « de la plateforme »), held so in one's role, is that
    holder's; `held` as it was when no group's word follows the title or no role says it so (set 37b)."""
    folded = [w.folded for w in u.words[end:end + 3]]
    if not folded or folded[0] not in ("du", "de", "des", "d"):
        return held
    word = next((w for w in folded[1:] if w not in ("la", "l", "le")), "")
    if word not in group_bodies():
        return held
    said = re.compile(rf"\b(?:{'|'.join(map(re.escape, wants))})\w*\s+(?:du|de la|de l|des|d)\s+{re.escape(word)}\b")
    return [m for m in held if said.search(plain(m.role or ""))] or held

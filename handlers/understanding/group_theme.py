"""The group named by its theme (or by a name only its own officers' roles
carry) in a question on its members.

« qui fait partie du groupe de travail ESS ? », « les membres du GT
insertion ? », « y a qui dans le groupe mobilité ? »: members name their
own group by what it works on, and that word may also be in a body's
name (the « Pôle ESS du Pays de Vannes » sits in the group); read as that
body, the question got the body's people with confidence, when it asks
for the whole directory. A body's name right after the group's own noun
(« groupe », « groupe de travail », « GT ») qualifies the group: the
directory answers. So does a name no member's body bears that only the
roles running the group carry (« qui fait partie du CLSM ? » of a
« Coordinateur du CLSM » and an « assistant, secrétariat du CLSM »).
A body named otherwise (« qui fait partie de la
CAF ? », « les gens du Département dans le groupe ? ») is left alone. A
name no entity takes, after « les membres de » / « fait partie de », that
a title running the group carries and no member's body (« c ki les
membres de la cite educative ? » of a « Cheffe de projet Cité
éducative ») is the group too. « dans le groupe » closing « les gens du festival »
frames a question on some members, whose body no entity took: no
directory here (body_members.unknown_body_members). The head of the
group's own sittings (« Comité de jumelage et des partenariats
internationaux »), asked of who belongs, is the group even when a member's
body holds those words inside its name (« Association du comité de
jumelage d'Altmatten ») and the question does not say that body's own head
(the lead's set 61): `_heading_over_body`.
"""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.body_members import people_of_word
from handlers.understanding.pipeline import Understanding
from handlers.understanding.spans import Entity
from handlers.understanding.world import plain
from storage.models import Member

__all__ = ["names_own_group"]

# The group's own nouns, and the words « groupe de travail » may carry before its theme.
_GROUP_NOUNS = frozenset({"groupe", "gt"})
_NOUN_TAIL = frozenset({"de", "travail", "thematique", "projet", "pilotage"})
# Words asking who belongs (« fait partie », « les membres », « y a qui dans », « la composition »).
_BELONGING = frozenset({"partie", "membre", "membres", "composition", "compose", "composee", "dans", "participe",
                        "participent", "liste"})
_READINGS = frozenset({None, "org_members", "org_representative", "directory"})
_MAX_THEME = 3
# Titles that run the group itself (« coordinateur du CLSM », « secrétariat du comité », « présidente du copil »).
_RUNNING = ("coordinat", "coordination", "secretar", "secretariat", "presiden", "animat", "pilot", "copresid",
            "chef")  # « cheffe de projet Cité éducative », « chef de file de … »


def names_own_group(u: Understanding, members: Sequence[Member] = (), headings: Sequence[str] = ()) -> bool:
    """The body the question names is the theme of « groupe (de travail) » in a question on who belongs."""
    org = u.first("org")
    if org is None:
        return _theme_only(u, members)
    if u.intent not in _READINGS or not any(w.folded in _BELONGING for w in u.words[:org.start]):
        return False
    if _heading_over_body(u, org, headings):
        return True  # « qui fait partie du comité de jumelage ? »: the sittings' body, not the association (lead's set 61)
    if len(u.entities) != 1:
        return False
    if org.extra.get("in_role") and all(_runs_it(plain(m.role), plain(org.label)) for m in org.items):
        return True  # « qui fait partie du CLSM ? » of a « Coordinateur du CLSM »: the group itself, no member's body
    # The noun read into the body's span (« groupe ESS », « groupe de travail » being read as « groupe »), not in its name.
    own = plain(org.label).split()
    inside = next((w for w in u.words[org.start:org.end] if w.folded not in _NOUN_TAIL), None)
    if inside is not None and inside.folded in _GROUP_NOUNS and inside.folded not in own:
        return True
    i = org.start - 1
    while i >= 0 and u.words[i].folded in _NOUN_TAIL:
        i -= 1
    return i >= 0 and u.words[i].folded in _GROUP_NOUNS


def _heading_over_body(u: Understanding, org: Entity, headings: Sequence[str]) -> bool:
    """« qui fait partie du comité de jumelage ? » where the sittings are headed « Comité de jumelage et des
    partenariats internationaux » and a member's body is the « Association du comité de jumelage d'Altmatten »: the
    words typed (two at least) open the heading of one of the group's own sittings and are only the inside of the
    body's name, whose own head (« association ») is not said: the group is named. « qui vient de l'association
    du comité de jumelage ? » says the body's head and keeps its people; « les membres de Liévin ? » names a town
    no sitting is headed by (it sits there), its body's people."""
    if len(u.entities) != 2 or not any(e.kind == "place" and (e.start, e.end) == (org.start, org.end)
                                       for e in u.entities):
        return False
    typed = plain(" ".join(w.typed or w.raw for w in u.words[org.start:org.end]))  # « comité », not « réunion »
    name = plain(org.label)
    return len(typed.split()) >= 2 and typed in name and not name.startswith(typed) and any(
        plain(heading).startswith(typed) for heading in headings)


def _theme_only(u: Understanding, members: Sequence[Member]) -> bool:
    """« qui fait partie du groupe de travail habitat ? »: the group's noun, then a few words no entity takes, to
    the end; the directory was among the closest readings."""
    if u.entities or not (u.intent == "directory" or u.intent is None and "directory" in u.readings):
        return False
    folded = [w.folded for w in u.words]
    if _fronted_one(folded):
        return False  # « le proc c'est qui dans le groupe ? »: who that one is, not the whole directory (lead58–60)
    at = next((i for i, w in enumerate(folded) if w in _GROUP_NOUNS), None)
    if at is None:
        return _run_by_title(folded, members)
    if not any(w in _BELONGING for w in folded[:at]):
        return False
    if at == len(folded) - 1 and people_of_word(u):
        return False  # « les gens du festival dans le groupe ? »: some people of the group, not all (body_members.py)
    end = at + 1
    while end < len(folded) and folded[end] in _NOUN_TAIL:
        end += 1
    return len(folded) - end <= _MAX_THEME  # « qui fait partie du GT ? »: the noun alone names it too


# Before « c'est qui »: the words that name no one in particular (« les gens c'est qui dans le groupe ? »).
_FRAME = frozenset({"c", "ce", "est", "sont", "ca", "alors", "et", "du", "coup", "bon", "donc", "mais", "le", "la", "les",
                    "y", "a", "il", "ya", "yaura", "aura", "avait", "sera",  # « y a qui dans le groupe habitat ? »
                    "l", "gens", "membres", "personnes", "participants", "monde", "nous", "on", "vous", "bonjour",
                    "salut", "hello", "svp", "stp"})


def _fronted_one(folded: list[str]) -> bool:
    """« le proc c'est qui dans le groupe ? », « la gym volontaire c'est qui dans le groupe ? »: words before « qui »
    name someone (a title, a body the entities missed), asked in the group; no directory."""
    at = next((i for i, w in enumerate(folded) if w in ("qui", "ki")), None)
    return at is not None and any(w not in _FRAME for w in folded[:at])


# The little words between a noun of belonging and the group's name (« les membres de la cité éducative »).
_OF = frozenset({"de", "du", "des", "la", "le", "l", "d"})


def _run_by_title(folded: list[str], members: Sequence[Member]) -> bool:
    """« c ki les membres de la cite educative ? »: after « membres de » / « fait partie de », the words to the end are
    a name that the titles running the group carry (« Cheffe de projet Cité éducative ») and no member's body:
    the group itself, by its name."""
    belong = max((i for i, w in enumerate(folded) if w in _BELONGING), default=None)
    if belong is None:
        return False
    start = belong + 1
    while start < len(folded) and folded[start] in _OF:
        start += 1
    name = folded[start:]
    if not name or len(name) > _MAX_THEME or start == belong + 1:
        return False
    said = " ".join(name)
    if any(said in plain(m.organisation) for m in members):
        return False  # « les membres de la mission locale »: a body's people
    return any(_runs_it(plain(m.role), said) and said in plain(m.role) for m in members)


def _runs_it(role: str, body: str) -> bool:
    """The role runs `body` (a title right before it: « coordinateur du clsm », « secretariat du clsm »)."""
    words = role.split()
    first = body.split()[0] if body.split() else ""
    return any(w == first and any(t.startswith(_RUNNING) for t in words[max(0, i - 3):i]) for i, w in enumerate(words))

"""The representative of a public, when the body found is that public's council.

« la représentante des usagers c'est qui ? », « le suppléant des usagers
c'est qui ? », « qui représente les usagers au copil ? » (lead's set 85):
« les usagers » found the body « Conseil des usagers de … » by its one
distinctive word, and the answer listed that body's people (or whoever's
role names a « suppléant »). But the word said is the public, not the
council, and a member's role says it represents that public
(« Représentante des usagers au comité de pilotage », « Représentant
suppléant des usagers »): the holder of that title answers, as
« qui représente les locataires ? » does where no body is found
(represented.py, the sets' convention: role_holder).

Of the body's people whose role says « représentant(e) [qualifier] des
<public> », those whose qualifier the question says (« suppléant ») answer;
with none said, those whose title has no qualifier (the titular one) — only
when the title singles out some of the body's people: a body whose one
member represents the public stays its representative's.
"""

from __future__ import annotations

import re

from handlers.understanding.normalise import lexicon
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import plain
from handlers.views import member_row
from storage.models import Member

__all__ = ["public_representative"]

# The readings such a question is answered as: the body's people, or a charge its roles name.
_PEOPLE = frozenset({"org_representative", "org_members", "in_charge"})
# Words asking for a representative's seat (folded prefixes): the title or the verb, the titular or the substitute.
_SEAT_WORDS = ("represent", "suppleant", "titulaire")
# Nouns naming a body as a body: « le conseil des usagers » names the council, whose people answer.
# Compared with the word's lemma: the word itself is a plural (« les associations »).
_BODY_NOUNS = frozenset({"conseil", "comite", "collectif", "association", "asso", "union", "federation", "college",
                         "groupe", "commission", "syndicat"})


def _public_word(u: Understanding) -> str | None:
    """The one plural noun, in lower case, by which the question named the body (« les usagers »), else None."""
    orgs = [e for e in u.entities if e.kind == "org"]
    if len(orgs) != 1:
        return None
    typed = [w for w in u.words[orgs[0].start:orgs[0].end] if w.folded not in lexicon().stopwords]
    if len(typed) != 1 or not typed[0].raw.islower() or not typed[0].folded.endswith(("s", "x")):
        return None
    return None if typed[0].lemma in _BODY_NOUNS else typed[0].folded


def _titled(members: list[Member], public: str, said: set[str]) -> list[Member]:
    """Those whose role says they represent `public`: with a qualifier the question says, else with none."""
    title = re.compile(rf"\brepresentante?s?(?P<qualifier>(?: \w+)?) (?:des|du|de la|de l|d) ?{re.escape(public)}\b")
    found = [(m, match.group("qualifier").strip()) for m in members if m.role
             and (match := title.search(plain(m.role))) is not None]
    qualified = [m for m, q in found if q and q in said]
    return qualified or [m for m, q in found if not q]


def public_representative(outcome: Outcome) -> Outcome | None:
    """The holder of the title « représentant(e) des <public> » for a question on who represents that public, whose
    word found the public's council; None when the question is not such, or no role says so."""
    u = outcome.understanding
    if u is None or not outcome.confident or outcome.intent not in _PEOPLE:
        return None
    said = {w.folded for w in u.words}
    if (titled := _title_typed(u)) is not None:
        return titled
    if not any(w.startswith(_SEAT_WORDS) for w in said) or (public := _public_word(u)) is None:
        return None
    org = next(e for e in u.entities if e.kind == "org")
    people = [m for m in org.items if isinstance(m, Member)]
    holders = _titled(people, public, said)
    if not holders or len(holders) >= len(people):
        # « qui représente les maires ? » of an association of mayors whose one member is the « représentant des
        # maires »: its representative, as the sets label it (spv71, natura40); only a title singling out some of the
        # body's people (the titular one, not the substitute) is asked as that title.
        return None
    u.intent, u.readings = "role_holder", []
    lines: list = [f"Représentant des {public} d'après leur rôle :", *[member_row(m) for m in holders]]
    return Outcome.sure(u, lines, ", ".join(m.name for m in holders))


# The title's noun as typed (« la représentante »), not the verb (« qui représente »).
_TITLE_NOUNS = frozenset({"representant", "representante", "representants", "representantes"})
_LINKS = frozenset({"de", "du", "des", "la", "l", "d"})


def _title_typed(u: Understanding) -> Outcome | None:
    """« la représentante de la Région c'est qui ? »: the title typed as a noun right before the body, which the
    body's people's roles write word for word (« Attachée, représentante de la Région de Bruxelles-Capitale »),
    asks that title's holder (role_holder, as « la représentante de la communauté syrienne » is in the sets), not
    the body's people; None when no role of the body writes it."""
    orgs = [e for e in u.entities if e.kind == "org"]
    if len(orgs) != 1:
        return None
    org = orgs[0]
    j = org.start - 1
    while j >= 0 and u.words[j].folded in _LINKS:
        j -= 1
    if j < 0 or j == org.start - 1 or u.words[j].folded not in _TITLE_NOUNS:
        return None
    named = " ".join(w.folded for w in u.words[org.start:org.end] if w.folded not in lexicon().stopwords)
    if not named:
        return None
    title = re.compile(rf"\brepresentante?s? (?:des|du|de la|de l|d) ?{re.escape(named)}\b")
    holders = [m for m in org.items if isinstance(m, Member) and m.role and title.search(plain(m.role))]
    if not holders:
        return None
    u.intent, u.readings = "role_holder", []
    lines: list = [f"Rôle « {u.words[j].raw} {' '.join(w.raw for w in u.words[j + 1:org.end])} » :",
                   *[member_row(m) for m in holders]]
    return Outcome.sure(u, lines, ", ".join(m.name for m in holders))

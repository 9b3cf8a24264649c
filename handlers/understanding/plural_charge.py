"""A charge asked in the plural at a body: « les référents du PLIE c'est
qui ? », « qui sont les conseillers de la Mission locale ? », « les
chargées de mission de la Région ? » (blind set 42b).

« référent », « conseiller », « chargé de mission » are words of charge, not
titles of the lexicon (referents.py): no title was read, and the body named
alone answered with all its people, the director among the referents. Asked
in the plural with its article (« les », « nos », « des »), the word names
the members of that body whose role holds it — the earlier sets' convention
for a title in the plural at a body (« les élus de la mairie »), read as
role_holder. Only when at least two of the body's members and not all of
them hold it (else the body's people are the same answer), and the question
names nothing else (no person, no meeting, no day)."""

from __future__ import annotations

import re

from handlers.context import Context
from handlers.messages import bold
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import plain
from handlers.views import member_row

__all__ = ["inner_body", "plural_charge"]

_ARTICLES = frozenset({"les", "nos", "des", "vos"})
# Plural nouns that name a body's people without a charge.
_PEOPLE = frozenset({"membres", "personnes", "gens", "representants", "representantes", "collegues", "equipes",
                     "participants", "partenaires", "agents", "salaries", "salariees", "interlocuteurs", "contacts",
                     "coordonnees", "noms", "taches", "actions", "decisions", "reunions", "dates"})
_OTHER_KINDS = frozenset({"person", "place", "period", "month", "day", "hour", "role"})
_ASKED = frozenset({"qui", "c", "est", "sont", "ce", "quels", "quelles", "du", "de", "la", "l", "d", "des", "au",
                    "aux", "dans", "groupe", "comite"})


def _holds(role: list[str], stem: str, needed: list[str]) -> bool:
    return any(w.startswith(stem) for w in role) and all(x in role for x in needed)


def plural_charge(ctx: Context, u: Understanding) -> Outcome | None:
    """The body's members whose role holds the plural charge word asked (role_holder); else None."""
    orgs = [e for e in u.entities if e.kind == "org"]
    if len(orgs) != 1 or u.intent == "chitchat":
        return None
    org = orgs[0]
    # The body's name may read as a place too (« PLIE » in the sittings' headings): the same words, no other thing.
    if any(e.kind in _OTHER_KINDS and not (e.kind == "place" and (e.start, e.end) == (org.start, org.end))
           for e in u.entities if e is not org):
        return None
    words = [w.folded for w in u.words]
    before = [i for i in range(org.start) if words[i] in _ARTICLES and i + 1 < org.start]
    if not before:
        return None
    i = before[-1] + 1
    asked = words[i]
    if len(asked) < 5 or not asked.endswith(("s", "x")) or asked in _PEOPLE:
        return None
    # Every other word asks who, or belongs to the charge's span up to the body (« chargés de mission de la Région »).
    rest = [w for j, w in enumerate(words) if not (i <= j < org.end) and j not in before]
    if any(w not in _ASKED for w in rest):
        return None
    stem = asked.rstrip("sx")[:7]
    span = words[i + 1:org.start]
    people = list(org.items)
    needed = [x for x in span if x not in ("de", "du", "des", "d", "la", "l", "le")]
    holders = [m for m in people if _holds(plain(m.role or "").split(), stem, needed)]
    if len(holders) < 2 or len(holders) == len(people):
        return None
    u.intent, u.readings = "role_holder", []
    shown = u.words[i:org.start]
    while len(shown) > 1 and shown[-1].folded in ("du", "de", "des", "d", "la", "l", "le", "au", "aux", "a"):
        shown = shown[:-1]
    typed = " ".join(w.raw for w in shown)
    lines: list = [[bold(f"« {typed} » — {org.label} :")], *(member_row(m) for m in holders)]
    return Outcome.sure(u, lines, ", ".join(m.name for m in holders))


# Words that ask for the people of a body (« c'est qui la troïka ? », « qui sont les membres du bureau ? »).
_WHO = frozenset({"qui", "membres", "composition", "compose", "composee"})


def inner_body(ctx: Context, u: Understanding) -> Outcome | None:
    """« c'est qui la troïka ? », « qui sont les membres de la troïka ? »: a body inside the group that is no
    organisation, no sitting and no title, but that several members' roles say they belong to (« …, membre de la
    troïka »): those members (role_holder, as a title's holders; the lead's set 96). None when the one word asked
    is not so held by at least two members."""
    if u.entities or len(u.topic) != 1 or not any(w.folded in _WHO for w in u.words):
        return None
    word = u.topic[0].folded
    if len(word) < 4:
        return None
    member_of = re.compile(rf"\bmembres? (?:de la|du|de l|des|d) ?{re.escape(word)}\b")
    holders = [m for m in ctx.data.members() if m.role and member_of.search(plain(m.role))]
    if len(holders) < 2:
        return None
    u.intent, u.readings = "role_holder", []
    lines: list = [[bold(f"Membres de « {u.topic[0].raw} » d'après leur rôle :")], *(member_row(m) for m in holders)]
    return Outcome.sure(u, lines, ", ".join(m.name for m in holders))

"""Who speaks for a public: « qui représente les pêcheurs ? » when the
Fédération des Landes pour la pêche … sits in the group, « qui parle au
nom des familles ? » with the Unafam, « qui porte la voix des locataires ? »
with a tenants' association.

The public is no body of the directory, and its word is no part of the
body's name (« pêcheurs », « pêche »; « familles », « Unafam »): read as a
body's representative the question found none and ended in « je ne trouve
pas ». The bodies that exist to speak for a public are data (entities.toml,
[publics], by words their names hold). The people of the group's bodies
that answer are the answer, all of them (« qui parle pour les salariés ? »
with the CGT and the CFDT: both unions); with none, or more than three, the
bot gives way. A member whose role says it represents them (« Représentant
des familles ») is represented.py's, and comes first.
"""

from __future__ import annotations

import re

from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import World, entity_data, plain
from handlers.views import member_row

__all__ = ["public_body", "speaks_for"]

# « au nom des familles », « la voix des pêcheurs », « porte-parole des locataires », « qui parle pour les salariés ? »:
# said of whoever speaks for them.
_MOST = 3  # more bodies than this: the public is too wide to answer by its bodies
_SPOKEN_FOR = (("au", "nom"), ("la", "voix"), ("porte", "parole"), ("parle", "pour"), ("parlent", "pour"))
# « le syndicat de locataires, c'est qui ? », « l'union des familles ? » (set 45b): a body that exists for a public,
# named by its kind before the public, is asked for as « qui représente … » asks.
_FOR_PUBLIC = frozenset({"syndicat", "syndicats", "union", "federation", "confederation", "collectif"})


def _publics() -> dict[str, tuple[str, ...]]:
    return entity_data()["publics"]  # type: ignore[no-any-return]


def speaks_for(u: Understanding) -> int | None:
    """The index of the word after which the public is named, when `u` asks who represents or speaks for
    someone (« qui représente … », « qui parle au nom des … », « c'est qui le porte-parole des … »)."""
    folded = [w.folded for w in u.words]
    if "qui" not in folded:
        return None
    for i, word in enumerate(u.words):
        if word.lemma == "representer" or word.folded.startswith("representant"):
            return i
        if tuple(folded[i:i + 2]) in _SPOKEN_FOR:
            return i + 1
        if word.folded in _FOR_PUBLIC and _public_at(folded, i) is not None:
            return i
    return None


def _public_at(folded: list[str], start: int) -> tuple[str, int, int] | None:
    """The public named right after `start` (past its article: « les », « des », « du », « de la »): its key in
    [publics] and the span of its words."""
    i = start + 1
    while i < len(folded) and folded[i] in ("les", "des", "de", "du", "la", "l", "d"):
        i += 1
    publics = _publics()
    for size in (3, 2, 1):
        said = " ".join(folded[i:i + size])
        if said in publics:
            return said, i, i + size
    return None


def _title_holders(world: World, public: str) -> list[str]:
    """The members whose role says « représentant(e) des <public> »."""
    title = re.compile(rf"\brepresentante?s? (?:des|du|de la|de l|d) ?{re.escape(public)}\b")
    return [m.name for m in world.members if m.role and title.search(plain(m.role))]


def public_body(u: Understanding, world: World) -> Outcome | None:
    """The people of the one body of the group that speaks for the public asked about, as its representatives."""
    if u.intent not in (None, "role_holder", "org_representative") or any(e.kind in ("org", "person") for e in u.entities):
        return None
    if (cue := speaks_for(u)) is None or (public := _public_at([w.folded for w in u.words], cue)) is None:
        return None
    key, start, end = public
    # A title other than the cue (« porte-parole », read as one) is asked of its holder; one the public's own words
    # say (« les visiteurs de prison ») is the public.
    if any(e.kind == "role" and not e.start <= cue < e.end and not start <= e.start < end for e in u.entities):
        return None
    if u.words[cue].folded.startswith("representant") and _title_holders(world, key):
        # « c'est qui la représentante des parents ? »: the title said, and a member's role holds it (« Représentante
        # des parents au comité de pilotage »): its holder answers, not every body the public's word leads to (the
        # café des parents' coordinator; the lead's set 96).
        return None
    markers = _publics()[key]
    bodies = sorted({m.organisation for m in world.members if m.organisation
                     and any(f" {marker} " in f" {plain(m.organisation)} " for marker in markers)})
    if not bodies or len(bodies) > _MOST:
        return None
    # « qui représente les éleveurs ? » where the groupement pastoral's president is « éleveur ovin »: a member whose
    # role says they are one of the public (its word, singular or plural) speaks for it too, beside the bodies named
    # for it (the Chambre d'agriculture), as the lead's set 53 reads it; they alone, not their body's other people.
    own = {key, key.removesuffix("s")} if " " not in key else set()
    people = [m for m in world.members if m.organisation in bodies or own & set(plain(m.role or "").split())]
    u.intent, u.readings = "org_representative", []
    said = " ".join(w.raw for w in u.words[start:end])
    lines: list = [f"Pour « {said} » : {', '.join(bodies)}", *[member_row(m) for m in people]]
    return Outcome.sure(u, lines, ", ".join(m.name for m in people))

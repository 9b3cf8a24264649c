"""Who heads a body, asked by the verb of heading it or by its title: « qui commande la
compagnie de gendarmerie ? » (« Capitaine, commandante de la compagnie »),
« qui dirige le CCAS ? » (« Directrice du CCAS »), « qui préside
l'association ? » (« Président »).

The verb is no title the examples know, and the body's people are not all
its head: read as the body's representatives the question was left
unsure, or would list every one of them. The head is the one member of the
body named whose role holds the verb's agent noun (« commande » →
« commandant(e) », « dirige » → « directeur », « directrice »). With none or
two, the bot gives way.

A title that names its body as well (« qui est le sous-préfet ? » finds the
sous-préfecture, entities.toml [kinds]) asks for the one member of that
body who holds it, not for every member of the sous-préfecture
(titled_head).
"""

from __future__ import annotations

import re

from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.persons import holds_role
from handlers.understanding.presence_body import unprefixed_title
from handlers.understanding.role_forms import role_titles
from handlers.understanding.spans import Entity
from handlers.understanding.world import entity_data, plain
from handlers.views import member_row

__all__ = ["body_head", "titled_head"]

# The verbs of heading, as typed and folded -> the beginnings of their agent nouns in a role (the lemmatiser reads
# « commande » as the noun and « anime » as « animé »: the forms are listed).
_AGENTS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("commande", "commandent"), ("commandant",)),
    **dict.fromkeys(("dirige", "dirigent"), ("directeur", "directrice")),
    **dict.fromkeys(("preside", "presidera"), ("president",)),
    **dict.fromkeys(("coordonne", "coordonnent"), ("coordinateur", "coordinatrice", "coordonnateur", "coordonnatrice")),
    **dict.fromkeys(("anime", "animent"), ("animateur", "animatrice")),
    **dict.fromkeys(("gere", "gerent"), ("gerant", "gestionnaire")),
}
# The readings such a question was taken for: a body's people, or a title (the verb read as one).
_READINGS = frozenset({"org_representative", "org_members", "role_holder"})


def body_head(u: Understanding) -> Outcome | None:
    """The one member of the body named whose role heads it as the question's verb says, as a role's holder."""
    if u.intent is not None and u.intent not in _READINGS or not any(w.folded == "qui" for w in u.words):
        return None
    verb = next((i for i, w in enumerate(u.words) if w.folded in _AGENTS), None)
    bodies = [e for e in u.entities if e.kind == "org"]
    # « la compagnie de gendarmerie de Lodève »: one body found twice, its name and a part of it, is one body.
    bodies = [e for e in bodies if not any(o is not e and o.label == e.label and o.start <= e.start and e.end <= o.end
                                           and (o.start, o.end) != (e.start, e.end) for o in bodies)]
    if verb is None or len(bodies) != 1 or bodies[0].start <= verb or any(
            e.kind == "person" or e.kind == "role" and (e.start, e.end) != (verb, verb + 1) for e in u.entities):
        return None
    agents = _AGENTS[u.words[verb].folded]
    # (not after « vice »: a « Vice-présidente … » presides nothing)
    heads = [m for m in bodies[0].items if unprefixed_title(getattr(m, "role", "") or "", list(agents))]
    if len(heads) != 1:
        return None
    u.intent, u.readings = "role_holder", []
    said = " ".join(w.raw for w in u.words[verb:bodies[0].end])
    return Outcome.sure(u, [f"« {said} » d'après son rôle :", member_row(heads[0])], heads[0].name)


_WHO_IS = (("qui", "est"), ("c", "est"), ("qui", "c"))


def titled_head(u: Understanding) -> Outcome | None:
    """« qui est le sous-préfet ? », read as the body the title names (its people): the one of them who holds it."""
    bodies = [e for e in u.entities if e.kind == "org"]
    folded = [w.folded for w in u.words]
    if u.intent not in ("org_representative", "org_members") or not bodies or not any(
            pair in _WHO_IS for pair in zip(folded, folded[1:])):
        return None
    # « le sous-préfet de Dreux »: the title is the first body's opening words; the town after « de » (« Mairie de
    # Dreux » read in « Dreux ») is the title's place, no other body asked.
    body, start = bodies[0], bodies[0].start
    if any(e.start < body.end + 1 or folded[e.start - 1] not in ("de", "du", "d") for e in bodies[1:]):
        return None
    end = next((k for k in range(body.end, start, -1) if " ".join(folded[start:k]) in entity_data()["roles"]), None)
    if end is None:
        return _initialled_title(u, body)
    if f" {' '.join(folded[start:end])} " in f" {plain(body.label)} ":
        return None  # « c'est qui pour la direction des soins ? »: the unit's own name, its people (set 73)
    stems = entity_data()["roles"][" ".join(folded[start:end])]
    holders = [m for m in body.items if holds_role(getattr(m, "role", "") or "", stems.split("|"))]
    if len(holders) != 1:
        return None
    u.intent, u.readings = "role_holder", []
    raws = [w.raw for w in u.words[start:end]]
    typed = re.search(r"[\s'’-]*".join(map(re.escape, raws)), u.text)  # as typed: « sous-préfet »
    title = typed.group(0) if typed else " ".join(raws)
    return Outcome.sure(u, [f"« {title} » d'après son rôle :", member_row(holders[0])], holders[0].name)


def _initialled_title(u: Understanding, body: Entity) -> Outcome | None:
    """« c'est qui le DDEN ? » where the « DDEN du Loiret » has one member here, a « Délégué départemental de
    l'Éducation nationale (DDEN) »: the body's one word spells the initials of that member's title, so the title is
    asked (the lead's set 88), as « c'est qui l'IEN ? » asks the holder of « Inspectrice de l'Éducation nationale »;
    not « c'est qui le CCAS ? » of a « Directrice du CCAS », whose title spells no « CCAS »."""
    if body.end - body.start != 1:
        return None
    said = u.words[body.start].folded
    holders = [m for m in body.items if said in role_titles([m], plain, entity_data()["generic"])]
    if len(holders) != 1:
        return None
    u.intent, u.readings = "role_holder", []
    return Outcome.sure(u, [f"« {u.words[body.start].raw} » d'après son rôle :", member_row(holders[0])],
                        holders[0].name)

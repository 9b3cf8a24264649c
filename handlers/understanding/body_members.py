"""The people of one body asked as the group's members: « Quelles sont les
personnes d'Horizons Prévention membres du groupe ? », « qui sont les gens
de la CAF dans le groupe ? ».

« membres du groupe », « dans le groupe » bring the whole directory close
to the body's members, and the bot was left unsure between them. With one
body named and a noun of people said of it (« les personnes de », « les
gens de », « les membres de »), the question asks that body's people,
which the directory would only bury among the others.

The same noun of people said of a word that names no body of the group
(« les gens du festival dans le groupe ? », the lead's set 57: « festival »
is only in one body's description and in roles) asks some people, not all:
the whole directory would be a confident answer to another question, so
the question is left unsure between the body's people and the directory
(unknown_body_members).
"""

from __future__ import annotations

from handlers.understanding.pipeline import Understanding

__all__ = ["asks_body_members", "people_of_word", "unknown_body_members"]

_PEOPLE = frozenset({"personnes", "gens", "membres", "representants", "representantes", "agents", "salaries",
                     "collegues", "participants"})
_OF = frozenset({"de", "du", "des", "d"})
_READINGS = frozenset({"directory", "org_members", "org_representative"})


def asks_body_members(u: Understanding) -> bool:
    """Whether `u`, unsure between the directory and a body's people, asks the people of the one body it names."""
    if u.intent is not None or not {"directory", "org_members"} <= set(u.readings) or not set(u.readings) <= _READINGS:
        return False
    bodies = [e for e in u.entities if e.kind == "org"]
    if len(bodies) != 1 or any(e.kind in ("person", "role") for e in u.entities):
        return False
    start = bodies[0].start
    folded = [w.folded for w in u.words]
    return start >= 2 and folded[start - 1] in _OF and folded[start - 2] in _PEOPLE


def people_of_word(u: Understanding) -> bool:
    """« les gens du festival … »: a noun of people, « de », then a word of the topic (no entity took it)."""
    folded = [w.folded for w in u.words]
    topic = {id(w) for w in u.topic}
    return any(folded[i] in _PEOPLE and folded[i + 1] in _OF and id(u.words[i + 2]) in topic
               for i in range(len(folded) - 2))


def unknown_body_members(u: Understanding) -> bool:
    """Whether `u`, read confidently as the directory, asks the people « de » a word of its topic that names no body
    (« les gens du festival dans le groupe ? »): some of the members, whom the whole directory does not tell."""
    return u.intent == "directory" and not any(e.kind in ("org", "person", "role") for e in u.entities) and (
        people_of_word(u))

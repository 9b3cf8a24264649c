"""A sitting held at someone's: « la réunion chez Ronan à la mission locale,
c'est quand ? » names the sitting by where it was held — Ronan's body, also
said (« à la mission locale ») — not Ronan, whose tasks answered. A member
named right after « chez » and a meeting noun, when the message names a
meeting place as well, is part of that place's designation: no person is
asked about (set 38c).

So too a guest after « avec »: « la réunion avec le cuisinier en septembre,
c'était où ? » names the sitting by its month, and by whom it was held with;
a title, a member or a body right after « <meeting noun> avec », when a month
or a period names the sitting as well, is part of its designation, not the
one asked about (the lead's set 79).

And a kind of people as the place a thing goes: « la plaquette, elle va chez
les médecins ? » asks where the leaflet goes (the decision « diffusée dans
… les cabinets médicaux »), not who the doctor among the members is. A title
in the plural right after « chez les », in a message asking no « qui » nor
« quel », is no one asked about: its words stay the question's topic (the
lead's set 94)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity

__all__ = ["guest_of_sitting", "host_of_sitting", "visited_kinds"]


def host_of_sitting(found: Sequence[Word], entities: list[Entity], sittings: frozenset[str]) -> tuple[list[Entity], set[int]]:
    """`entities` without a person named after « <meeting noun> chez » when a place is named too, and that person's
    words (framing)."""
    places = [e for e in entities if e.kind == "place" and e.items]
    if not places:
        return entities, set()
    hosts = [e for e in entities if e.kind == "person" and e.start >= 2 and found[e.start - 1].folded == "chez"
             and found[e.start - 2].lemma in sittings]
    if not hosts:
        return entities, set()
    words = {i for e in hosts for i in range(e.start - 1, e.end)}
    return [e for e in entities if not any(e is h for h in hosts)], words


_ARTICLES = frozenset({"le", "la", "l", "les"})


def guest_of_sitting(found: Sequence[Word], entities: list[Entity], sittings: frozenset[str]) -> tuple[list[Entity], set[int]]:
    """`entities` without a title, member or body named after « <meeting noun> avec (le, la) » when a month or a
    period names the sitting too, and the guest's words (framing)."""
    if not any(e.kind in ("month", "period") for e in entities):
        return entities, set()
    guests = []
    for e in entities:
        if e.kind not in ("role", "person", "org"):
            continue
        j = e.start - 1
        while j >= 0 and found[j].folded in _ARTICLES:
            j -= 1
        if j >= 1 and found[j].folded == "avec" and found[j - 1].lemma in sittings:
            guests.append((j, e))
    if not guests:
        return entities, set()
    words = {i for j, e in guests for i in range(j, e.end)}
    return [e for e in entities if not any(e is g for _, g in guests)], words


# Who-words: « qui est chez les pompiers ? », « quel médecin … » ask for someone.
_WHO = frozenset({"qui", "quel", "quelle", "quels", "quelles", "qu", "lequel", "laquelle"})


def visited_kinds(found: Sequence[Word], entities: list[Entity]) -> list[Entity]:
    """`entities` without a title named in the plural after « chez les » when the message asks for no one: the
    people as a place something goes (« elle va chez les médecins ? »), whose words are left to the topic."""
    if any(w.folded in _WHO for w in found):
        return entities
    return [e for e in entities if not (e.kind == "role" and e.start >= 2 and found[e.start - 1].folded == "les"
                                        and found[e.start - 2].folded == "chez")]

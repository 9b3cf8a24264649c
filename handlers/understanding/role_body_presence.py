"""A body named by the words of a member's role, asked present at a
sitting: « le chantier d'insertion était représenté au copil de mars ? »
(« Encadrant technique du chantier d'insertion », at Les Jardins du
Comminges), « l'association intermédiaire sera là jeudi ? » (« Directrice
de l'association intermédiaire »). No body of the directory is called so,
so no entity is found and the words are a topic: a decision sharing them
answered with confidence, or nothing did. As represented.py finds who
represents such words, this finds whose presence is asked: the members
whose role holds every word of the subject, all of one body, become that
body named, and the question is the presence of a body at the sitting
(presence_body.body_presence)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.pipeline import Understanding
from handlers.understanding.presence_body import body_presence
from handlers.understanding.presence_cues import designates_meeting
from handlers.understanding.spans import Entity
from handlers.understanding.topics import topic_scores
from handlers.understanding.world import plain
from storage.models import Member

__all__ = ["role_body_there"]

# Being then or to come, coming, represented: the body's presence (« était là », « sera représentée »).
_THERE = frozenset({"etait", "etaient", "sera", "seront", "venu", "venue", "venus", "venues", "viendra", "viendront",
                    "vient", "viennent", "represente", "representee", "representes", "representees", "participe"})
# « est-ce que … », articles: what may open the question before the subject.
_OPENING = frozenset({"est", "ce", "que", "qu", "le", "la", "les", "l"})
# The small words inside a body's phrase (« chantier d'insertion », « maison de l'emploi »).
_GLUE = frozenset({"d", "de", "du", "des", "l", "la", "le", "les", "et"})
_MOST = 3  # more holders than this: the words are too common to single a body out


def role_body_there(u: Understanding, members: Sequence[Member]) -> str | None:
    """`attendance_meeting` or `rsvp_upcoming` when the subject of the question is words of one body's members'
    roles, then its being there at a sitting designated (the subject becomes that body, the topic is emptied);
    else None, `u` untouched."""
    if "?" not in u.text:
        return None
    folded = [w.folded for w in u.words]
    if "qui" in folded or not designates_meeting(u):
        return None
    # The subject: from the first word after « est-ce que » and articles to the verb of being there, holding
    # the whole topic (« l'association intermédiaire »: « association », a common word, is no topic word).
    first = next((i for i, f in enumerate(folded) if f not in _OPENING), None)
    verb = next((i for i, f in enumerate(folded) if f in _THERE), None)
    if first is None or verb is None:
        return None
    # « Lignobus sera là jeudi ? »: a network's name that a member's role writes (« Directrice du réseau de bus
    # Lignobus ») and a sitting's place too (« dépôt Lignobus ») was read as a place; as the subject, it is the
    # body (set lead76).
    named = next((e for e in u.entities if e.kind == "place" and not e.extra.get("formation")
                  and first <= e.start and e.end <= verb), None) if not u.topic else None
    subject = u.words[named.start:named.end] if named is not None else u.topic
    if not subject:
        return None
    at = [i for i, w in enumerate(u.words) if any(w is t for t in subject)]
    if not at or at[0] < first or at[-1] >= verb or verb - first > 6:
        return None
    if any(e.kind in ("org", "person", "role") and e.start < verb for e in u.entities):
        return None  # a body, a member or a title named as the subject: presence.py's (the place after is no subject)
    roled = [m for m in members if m.role]
    scores = topic_scores(subject, [m.role for m in roled], loose=False)  # the words themselves, no synonym
    holders = [m for s, m in zip(scores, roled, strict=True) if s >= 1.0]
    if not holders or len(holders) > _MOST or len({m.organisation for m in holders}) != 1:
        return None
    # Every word of the subject is in their roles (« chantier d'insertion »), so that it names what they do.
    said = {f for f in folded[first:verb] if f not in _GLUE}
    if not all(said <= set(plain(m.role).replace("'", " ").split()) for m in holders):
        return None
    # The articles before the subject belong to it (« l'association intermédiaire »).
    start = first
    while start > 0 and folded[start - 1] in ("le", "la", "les", "l"):
        start -= 1
    # In the order of the words: the subject body is the first named, before the sitting's place (« … au Creusot »).
    u.entities = sorted([*(e for e in u.entities if e is not named), Entity("org", start, verb, holders[0].organisation, tuple(holders),
                                             {"in_role": True})], key=lambda e: e.start)
    u.topic = []
    return body_presence(u)

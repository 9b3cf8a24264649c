"""A title asked of the decisions: « on engage des animateurs finalement ? »,
« les médiateurs, c'est validé ? ».

A word that some members' titles hold (« Animateur », « Animatrice-
coordinatrice ») is read as a role, and a role is no topic; with a verb of
deciding (« engager » is Belgian for hiring, read as one) and nothing else,
the question was « the latest decisions », ten of them, as if nothing were
asked about. When no meeting is named and one of the group's decisions holds
the title's word, the question is about that: the title's words are its
topic, as a body's name is (named.body_as_decision_topic)."""

from __future__ import annotations

from handlers.understanding.normalise import Word
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import SHARE, topic_scores

__all__ = ["role_as_decision_topic"]

# What names a meeting or a time, whose decisions « les décisions de … » asks for.
_MEETING_KINDS = frozenset({"period", "month", "number", "place", "ordinal"})


def role_as_decision_topic(u: Understanding, decisions: tuple[str, ...]) -> list[Word] | None:
    """The words of the title `u` names when it asks the latest decisions and names no meeting, and one decision
    holds them; else None."""
    if u.intent != "decisions_recent" or u.order is not None or u.topic or not decisions:
        return None
    if any(e.kind in _MEETING_KINDS for e in u.entities) or any(w.folded == "qui" for w in u.words):
        return None
    roles = [e for e in u.entities if e.kind == "role"]
    if len(roles) != 1 or len(u.entities) != 1:
        return None
    topic = list(u.words[roles[0].start:roles[0].end])
    scores = topic_scores(topic, list(decisions))
    return topic if max(scores) >= SHARE and sum(s >= SHARE for s in scores) <= 2 else None

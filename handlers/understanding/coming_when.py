"""« France Travail vient quand à Mirande ? », « la CAF passe quand à
Nogaro ? »: WHEN a body or a member comes somewhere, asked without naming a
meeting.

Read as the announced presences (« vient »), the question got the list of
who comes to the next meeting — which says who, never when. What says when
a partner comes is the decision on its visits (« France Travail tient une
permanence mensuelle à Mirande le premier jeudi du mois »): that decision
answers when its words hold the question's; otherwise the question stays
unsure between the presences and the decisions. A question that names a
meeting (« Karima vient quand à la réunion de jeudi ? » is odd but names
one), asks « qui » or a day of its own is left as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.chat import asks_time
from handlers.understanding.dominance import as_decision
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import MEETING_NOUNS, Understanding
from handlers.understanding.topics import content_words

__all__ = ["coming_when"]

_PRESENCE = frozenset({"rsvp_upcoming", "attendance_meeting"})
# The verbs of coming, which name nothing a decision is about.
_COMING = frozenset({"vient", "viennent", "venir", "passe", "passent", "passer", "va", "vont", "sera", "seront"})


def coming_when(ctx: Context, u: Understanding, texts: Sequence[str], answer: Callable[[Context, Understanding], Outcome],
                unsure: Callable[[Understanding], Outcome]) -> Outcome | None:
    """The decision saying when the one named comes, else the question left unsure; None when it is no such
    question."""
    if u.intent not in _PRESENCE or not asks_time(u.words) or any(w.folded == "qui" for w in u.words):
        return None
    if u.order is not None or any(u.first(kind) is not None for kind in ("period", "month", "number")) or any(
            w.lemma in MEETING_NOUNS for w in u.words):
        return None  # a meeting designated: the presences at it
    if not any(u.first(kind) is not None for kind in ("org", "person")):
        return None
    topic = [w for w in content_words(u.words) if w.folded not in _COMING]
    if topic and (decided := as_decision(ctx, u, topic, answer)) is not None:
        return decided
    u.readings, u.intent = [u.intent, "decisions_topic"], None
    return unsure(u)

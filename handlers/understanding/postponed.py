"""A thing put off, asked of: « la démolition a été reportée ? ».

A meeting is often put off (« la réunion est reportée ? »), so the intent
examples read « reportée » as a question on the next meeting; when the
next meeting's agenda holds the thing named (« Démolition du bâtiment Les
Tilleuls »), the meeting was shown with confidence. But the question names
no meeting: what was put off is the thing, and the group's decision on it
says so (« La démolition du bâtiment Les Tilleuls est repoussée à l'automne
2027 »). That decision answers when it holds every word of the thing named
and is clearly first (dominance.leads); a question naming a sitting keeps
its meeting answer."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.dominance import as_decision, leads
from handlers.understanding.meeting_nouns import FORMATIONS, SITTING_BODIES, SITTINGS
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import topic_scores

__all__ = ["postponed_decision"]

_SITTING = SITTINGS | FORMATIONS | SITTING_BODIES
# Lemmas of putting off (lexicon.toml postponing_words, as lemmatised, and « décaler », « différer »).
_PUTTING_OFF = frozenset({"reporter", "repousser", "ajourner", "decaler", "differer"})


def postponed_decision(ctx: Context, u: Understanding, decisions: Sequence[str],
                       answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decision putting off the thing `u` asks about, when no sitting is named; else None."""
    if not any(w.lemma in _PUTTING_OFF for w in u.words):
        return None
    if any(w.folded in _SITTING or w.lemma in _SITTING for w in u.words) or not u.topic or not decisions:
        return None
    scores = topic_scores(u.topic, decisions)
    if max(scores) < 1.0 or not leads(scores):
        return None
    return as_decision(ctx, u, u.topic, answer)

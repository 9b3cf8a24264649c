"""A sitting set against a deadline or the holidays: « la plénière c'est après
la clôture de l'appel à projets ? », « le comité de programmation c'est avant le
dépôt FSE ? », « la plénière tombe pendant les vacances ? ».

The sitting is the subject (named before « avant », « après », « pendant » or
« tombe »), the other words name what it is set against: one of the group's
deadlines, or holidays. No reading was close enough, the deadline's words
being no meeting's; yet the sitting is what is asked, and its day says yes or
no. The sitting answers, followed by the deadline's own line when one is named,
so that both days are read side by side. A deadline's words that no single
deadline holds leave the doubt as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.messages import Reply
from handlers.understanding.deadline_nouns import deadline_verbs
from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.normalise import fold
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.timed_deadline import one_deadline
from handlers.views import deadline_line

__all__ = ["meeting_against"]

_RELATIONS = frozenset({"avant", "apres", "pendant", "tombe", "tomber", "tombent"})
# Words of the holidays the sitting may be set against (the bot cannot always date them, the sitting's day answers).
_HOLIDAYS = frozenset({"vacances", "vacance", "conges", "fetes", "noel", "rentree"})
_SITTINGS = nouns("plain", "chat", "formations", "sitting_bodies", plural=True) | {"comite", "assemblee", "pleniere",
                                                                                  "commission", "conseil"}
_MEETING_READINGS = frozenset({"meeting_which", "meeting_next"})


def _said(u: Understanding, i: int) -> str:
    word = u.words[i]
    return fold(word.typed) if word.typed else word.folded


def meeting_against(ctx: Context, u: Understanding, answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The sitting `u` sets against a deadline or the holidays, answered by `answer` (meeting_which); else None."""
    if u.intent is not None or not _MEETING_READINGS & set(u.readings):
        return None
    relation = next((i for i, w in enumerate(u.words) if w.folded in _RELATIONS), None)
    sitting = next((e for e in u.entities if e.kind == "place" and _said(u, e.start) in _SITTINGS), None)
    if relation is None or sitting is None or sitting.start > relation:
        return None  # « l'appel à projets se termine avant la plénière ? » asks for the deadline (timed_deadline.py)
    if any(e.kind not in ("place", "period", "month") for e in u.entities) or u.order is not None:
        return None  # « le copil c'est avant ou après Noël ? » reads « avant » as an order: left as it was
    verbs = deadline_verbs()
    rest = [w for w in u.topic if w.folded not in _RELATIONS and w.folded not in _HOLIDAYS and w.folded not in verbs
            and w.lemma not in verbs]
    held = None
    if rest:
        deadlines = [d for d in ctx.data.deadlines() if not d.cancelled]
        if (scores := one_deadline(rest, [d.text for d in deadlines], held=1.0)) is None:
            return None
        held = deadlines[scores.index(max(scores))]
    elif not any(w.folded in _HOLIDAYS for w in u.words):
        return None
    asked = (u.entities, u.topic, u.intent, u.readings)
    u.entities = [sitting]
    u.topic, u.intent, u.readings = [], "meeting_which", []
    outcome = answer(ctx, u)
    if not outcome.confident:
        u.entities, u.topic, u.intent, u.readings = asked
        return None
    if held is None:
        return outcome
    reply = Reply.of(*outcome.reply.lines, deadline_line(held, ctx.now, ctx.locale))
    return Outcome(reply, outcome.intent, True, outcome.key, u)

"""A meeting noun with its own qualifier that names an event the group
decided, not one of its sittings: « la réunion publique sur le plan de
mobilité, c'est prévu quand ? » when a decision says « Une réunion publique
sur le plan de mobilité est organisée à Langres en février 2027 » and no
sitting of the group is a « réunion publique »; « la rencontre des
bénévoles, elle se fera où ? » likewise.

Read as a sitting, such a question gave the group's next meeting (whose
agenda may even hold a point on the event). The noun and the word right
after it, written together in a decision and in no meeting's place, are
the event: the decision that names it answers, when it is sure."""

from __future__ import annotations

from handlers.context import Context
from handlers.understanding.meeting_nouns import PLAIN
from handlers.understanding.normalise import Word, fold
from handlers.understanding.outcome import Outcome

__all__ = ["decided_event"]

_MEETING_ANSWERS = frozenset({"meeting_next", "meeting_which", "meeting_last", "meetings_upcoming", "agenda_items"})
# What may stand between the noun and its qualifier only as glue (« la réunion d'information »).
_GLUE = frozenset({"de", "d", "du", "des"})


def _plain(text: str) -> str:
    return f" {' '.join(fold(text).replace(chr(39), ' ').replace('’', ' ').split())} "


def decided_event(ctx: Context, outcome: Outcome) -> list[Word] | None:
    """The words to ask the decision by (the noun, its qualifier and the rest of the topic) when a confident
    meeting answer was given to a question on an event a decision names; else None."""
    u = outcome.understanding
    if u is None or not outcome.confident or outcome.intent not in _MEETING_ANSWERS or not u.topic:
        return None
    if any(e.kind in ("place", "period", "month", "number") for e in u.entities):
        return None  # « la réunion de jeudi », « la réunion à la mairie »: a sitting the store has
    topic = {id(w) for w in u.topic}
    places = [_plain(m.place) for m in ctx.data.meetings() if m.place]
    texts = [_plain(d.text) for d in ctx.data.decisions() if d.status != "cancelled"]
    for i, word in enumerate(u.words[:-1]):
        if word.folded not in PLAIN:
            continue
        j = i + 1 + (u.words[i + 1].folded in _GLUE and i + 2 < len(u.words))
        if id(u.words[j]) not in topic:
            continue
        pair = f" {word.folded} {u.words[j].folded} "
        written = [f" {word.folded} {' '.join(w.folded for w in u.words[i + 1:j + 1])} ", pair]
        if any(p in t for p in written for t in texts) and not any(p in place for p in written for place in places):
            return [word, *u.topic]
    return None

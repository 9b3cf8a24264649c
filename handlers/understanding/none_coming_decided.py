"""The next sitting of a kind none is held of any more, when decisions say
what is planned of it: « la prochaine marche exploratoire aura lieu où ? »
when the one marche exploratoire was held in October and a decision says
« Une deuxième marche exploratoire a lieu au printemps 2027 dans le quartier
de la gare » (blind set 41a).

The meetings' readers answer that none is to come, then the next sitting
of any kind, with confidence: a true line, then a sitting the member did not
ask about. What is planned of the thing is in the decisions that name it:
they follow the line that none is to come, in place of the other sitting.
Only when the sitting's words (two or more, as written in its heading) are
written whole in a decision; else the reply stays as it was."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from handlers.messages import Reply
from handlers.understanding.normalise import fold
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding

__all__ = ["none_coming_decided"]

_NONE_COMING = "Aucune séance à venir «"
_ARTICLES = frozenset({"le", "la", "les", "l"})


def none_coming_decided(outcome: Outcome, decisions: Sequence[str],
                        answer: Callable[[Understanding], Outcome]) -> Outcome | None:
    """`outcome` (none of that kind to come, then the next) with the decisions naming the kind in place of the next
    sitting, when some decision writes the sitting's words whole; else None. `answer` answers decisions on a topic."""
    u = outcome.understanding
    if u is None or not outcome.confident or not outcome.reply.plain().startswith(_NONE_COMING):
        return None
    place = u.first("place")
    if place is None:
        return None
    said = [w for w in u.words[place.start:place.end] if w.folded not in _ARTICLES]
    phrase = " ".join(w.folded for w in said)
    if len(said) < 2 or not any(f" {phrase} " in f" {fold(d).replace(chr(39), ' ')} " for d in decisions):
        return None
    u.intent, u.readings, u.topic = "decisions_topic", [], said
    u.entities = [e for e in u.entities if e is not place]
    decided = answer(u)
    if not decided.confident:
        return None
    first = outcome.reply.plain().split("\n", 1)[0].split(" ; ")[0] + "."
    return Outcome(Reply.of(first, *decided.reply.lines), "decisions_topic", True, decided.key, u)

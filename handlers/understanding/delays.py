"""« le compte rendu doit être diffusé en combien de jours ? », « on reçoit
le CR dans quel délai ? », « le PV est envoyé quand en principe ? »: a question of delay about the minutes asks the
rule the group set for them (« Le compte rendu est … diffusé sous huit
jours »), not for the minutes themselves. Read as a minutes request, it is
answered by the decision its words clearly find, else offered both
readings: the draft of the minutes would answer another question."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.dominance import as_decision, leads
from handlers.understanding.meeting_rule import HABIT
from handlers.understanding.normalise import fold
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words, topic_scores

__all__ = ["asks_delay", "delay_rule"]

_SPANS = frozenset({"jours", "jour", "semaines", "semaine", "temps", "heures"})
_ASKING = frozenset({"combien", "delai", "delais", "quel", "quelle", "jours", "jour", "semaines", "semaine", "temps",
                     "doit", "doivent", "etre"})


def asks_delay(u: Understanding) -> bool:
    """« en combien de jours », « sous combien de temps », « dans quel délai »."""
    folded = [w.folded for w in u.words]
    if "quand" in folded and HABIT & set(folded):
        return True  # « le PV est envoyé quand en principe ? »: the rule, not this month's minutes
    # (« délai » is read « échéance » by the lexicon's synonyms: the word typed says it too.)
    typed = {fold(w.typed) for w in u.words if w.typed}
    return bool({"delai", "delais"} & (set(folded) | typed)) or any(
        a == "combien" and b in ("de", "d") and c in _SPANS for a, b, c in zip(folded, folded[1:], folded[2:]))


def delay_rule(ctx: Context, u: Understanding, texts: Sequence[str],
               answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decision setting the delay asked about, or None (the caller then offers readings)."""
    topic = [w for w in content_words(u.words) if w.folded not in _ASKING | HABIT]
    if not topic or not texts or not leads(topic_scores(topic, texts)):
        return None
    return as_decision(ctx, u, topic, answer)

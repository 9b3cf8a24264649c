"""A kind of sitting that is also the thing decided, asked about as a thing.

In a network whose meetings include « Atelier inclusion numérique », « les
ateliers numériques » name those sittings — and the workshops the group
decided to hold (« Des ateliers numériques gratuits sont proposés aux plus
de 60 ans, dix personnes par session »). Read as sittings, « les ateliers
numériques sont payants ? » listed the coming workshop, « combien de
personnes par atelier ? » the roll call of the last one, « la formation
ANTS dure combien de temps ? » the meeting whose agenda holds it, « on a
décidé quoi avec la médiathèque ? » the decisions of the sitting held
there. Each asks about the thing, by a cue no question about a sitting
carries: its price (« payant », « gratuit »), its length (« dure », « durée »)
with words beyond the sitting's, a count « par » one of them, what was
decided « avec » a place's body. Then the one decision the question's other
words find clearly first answers; with none, the sittings' reading stays."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.dominance import as_decision, first_of
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words

__all__ = ["thing_not_sitting"]

_SITTING_READINGS = frozenset({"meeting_next", "meeting_which", "meetings_upcoming", "attendance_meeting",
                               "decisions_recent"})
_PRICE = frozenset({"payant", "payants", "payante", "payantes", "gratuit", "gratuits", "gratuite", "gratuites"})
_LENGTH = frozenset({"dure", "durent", "durera", "duree", "durees"})
_DECIDED = frozenset({"decide", "decides", "decidee", "decidees", "decision", "decisions"})
# Words that ask, no thing's (« combien de temps », « on a décidé quoi »).
_ASKING = frozenset({"combien", "temps", "quoi", "qui", "quel", "quelle", "on", "a", "par", "avec", "sont", "est",
                     "c", "ca", "de", "d", "la", "le", "les", "l"}) | _PRICE | _LENGTH | _DECIDED


def _cue(u: Understanding) -> bool:
    folded = [w.folded for w in u.words]
    places = [e for e in u.entities if e.kind == "place"]
    if any(f in _PRICE for f in folded):
        return True
    if any(f in _LENGTH for f in folded) and bool(u.topic):
        return True  # « la réunion dure combien de temps ? » has no topic: the meeting's
    if "combien" in folded and any(folded[e.start - 1] == "par" for e in places if e.start > 0):
        return True  # « combien de personnes par atelier ? »
    return any(f in _DECIDED for f in folded) and any(
        e.start > 1 and folded[e.start - 2] == "avec" and folded[e.start - 1] in ("la", "le", "l", "les") for e in places)


def thing_not_sitting(ctx: Context, u: Understanding, decisions: Sequence[str],
                      answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decision on the thing a sitting's word names, asked by a cue of a thing; else None and `u` as it was."""
    if u.intent not in _SITTING_READINGS or "?" not in u.text or not decisions or not _cue(u):
        return None
    topic = [w for w in content_words(u.words) if w.folded not in _ASKING]
    if not topic or first_of(topic, decisions) is None:
        return None
    return as_decision(ctx, u, topic, answer)

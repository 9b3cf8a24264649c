"""Readings that are no rivals of the closest one, whatever their closeness.

A reading that takes no topic is no rival of one that does when the
message names one of the group's records by two of its neighbouring words.

« c'est quand la journée cantonale ? » reads close to « c'est quand la
prochaine séance ? », but « journée cantonale » is how a deadline is
written (« Journée cantonale de l'action sociale à Martigny »): the date of
that record is asked, and a meeting reading, which would leave those words
unanswered, does not make the question doubtful. A meeting named in the
message (« la séance sur le rapport annuel ») keeps the meeting readings.

And a reading the message cannot be: « qui est le contact de Pro
Senectute ? » reads close to « qui est <personne> ? », but no member is
named and a body is: who someone is cannot be the question.
"""

from __future__ import annotations

from handlers.understanding.intents import model
from handlers.understanding.meeting_nouns import PLAIN
from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity
from handlers.understanding.topics import grounded
from handlers.understanding.world import World

__all__ = ["impossible", "no_rival"]

# Lemmas that name a meeting (pipeline.MEETING_NOUNS, without « fois »).
_MEETING = PLAIN


def impossible(name: str, entities: list[Entity]) -> bool:
    """Whether the reading `name` cannot be the question: who someone is, when a body and no member is named."""
    kinds = {e.kind for e in entities}
    return name == "who_is" and "org" in kinds and "person" not in kinds


def no_rival(best: str, name: str, found: list[Word], world: World) -> bool:
    """Whether `name` is no rival of `best` for `found`, a message naming a record by two of its words."""
    intents = model().intents
    if not intents[best].takes_topic or intents[name].takes_topic or name == "chitchat":
        return False
    if any(w.lemma in _MEETING or w.folded in _MEETING for w in found):
        return False
    return bool(grounded(found, world.record_pairs))

"""The hour or day of a sitting named by its noun and its place, in few
words: « rencontre nantes c quel heure », « réunion épicerie c quand ».
Short and without articles, such a message is closest to the chat
examples that ask the time of day (« c'est quelle heure ? »), and the bot
kept quiet. A meeting noun and a place where the group's meetings sit,
with a time asked, name a sitting: the chat reading gives way to the
meeting readings. A message naming no place of the group's meetings
(« il est quelle heure ? », « on mange à quelle heure ? ») keeps it."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.chat import asks_time
from handlers.understanding.entities import Entity
from handlers.understanding.meeting_nouns import SITTINGS
from handlers.understanding.normalise import Word
from storage.models import Meeting

__all__ = ["sitting_not_chat"]


def sitting_not_chat(ranking: list[tuple[str, float]], found: list[Word],
                     entities: Sequence[Entity]) -> list[tuple[str, float]]:
    """`ranking` without the chat reading when it leads a message naming a sitting at a place and asking a time."""
    if not ranking or ranking[0][0] != "chitchat" or not asks_time(found):
        return ranking
    if not any(w.lemma in SITTINGS or w.folded in SITTINGS for w in found):
        return ranking
    if not any(e.kind == "place" and any(isinstance(m, Meeting) for m in e.items) for e in entities):
        return ranking
    return [(name, score) for name, score in ranking if name != "chitchat"]

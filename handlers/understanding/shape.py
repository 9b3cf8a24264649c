"""The shape of a message, before any reading: the greeting words that
open it, whether it greets a member, whether it says anything a reading
could be told apart by, and clock times."""

from __future__ import annotations

import re

from handlers.understanding.entities import Entity
from handlers.understanding.leadins import acknowledged, addressee_after
from handlers.understanding.normalise import Word, lexicon

__all__ = ["has_content", "is_clock_time", "is_greeting_to", "opening"]

_CLOCK = re.compile(r"\d{1,2}h(\d{2})?")


def is_clock_time(word: Word) -> bool:
    """« 9h30 », « 14h »: the time of a meeting, which meeting answers show, not a topic."""
    return _CLOCK.fullmatch(word.folded) is not None


def opening(found: list[Word]) -> int:
    """How many greeting words open a longer message ("Madame, Monsieur, …")."""
    openers = lexicon().openers
    count = acknowledged(found)  # « ok et du coup c'est où ? »
    while count < len(found) and found[count].folded in openers:
        count += 1
    if count:
        count += addressee_after(found, count)  # « salut les gens, … »
    return count if count < len(found) else 0


def is_greeting_to(text: str, found: list[Word], entities: list[Entity]) -> bool:
    """« coucou Sophie », « bonjour Mme Lefèvre ! »: a greeting to a member
    (nothing but openers and a person's name, no question mark), not « qui est Sophie ? »."""
    start = opening(found)
    if start == 0 or "?" in text:
        return False
    named = {i for e in entities if e.kind == "person" for i in range(e.start, e.end)}
    return all(i in named for i in range(start, len(found)))


def has_content(found: list[Word], entities: list[Entity], framing: set[int]) -> bool:
    """Whether the message says what it asks about: an entity, a question
    word, or a word that is neither grammar nor a greeting. « non », « pas
    encore », « et alors » alone ask nothing the bot can tell apart."""
    from handlers.understanding.explained import empty_words  # explained reads Understanding: imported late

    empty = empty_words()
    return bool(entities) or any(i not in framing and w.folded not in empty and w.lemma not in empty
                                 for i, w in enumerate(found))

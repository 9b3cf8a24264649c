"""A kind of premises said where a meeting was held: « on se réunit quand à
l'épicerie ? », « le conseil à l'épicerie c'était quel jour ? » where the
group met at « Conseil des usagers, épicerie solidaire, Le Mans ». Words of
buildings (« épicerie », « salle », « foyer ») name no place alone
(entities.toml building_words: « l'épicerie » is often the group's subject);
right after « à l' », « à la », « au » they say where, and name the one
place phrase that opens with them. Several places opening with the word in
different ways (« salle des fêtes », « salle du conseil ») leave it unsaid,
and so does a message that speaks of no sitting (« la participation à
l'épicerie c'est combien ? » asks of the premises' rule, not of a meeting)."""

from __future__ import annotations

from handlers.understanding.meeting_nouns import SITTINGS
from handlers.understanding.normalise import Word
from storage.models import Meeting

__all__ = ["building_named"]

# Verbs of meeting (« on se réunit », « on se retrouve », « on se voit »), besides the nouns of a sitting.
_MEETING_VERBS = frozenset({"reunir", "retrouver", "rencontrer", "voir", "sieger"})


def building_named(found: list[Word], word: str,
                   place_phrases: dict[str, list[Meeting]]) -> tuple[str, list[Meeting]] | None:
    """In a message speaking of a sitting, the place phrase `word` opens (the longest, when they are one chain: « salle commune », « salle commune
    du CHRS ») and its meetings; None when no phrase or several phrases that differ open with it."""
    if not any(w.lemma in SITTINGS or w.lemma in _MEETING_VERBS or w.folded in SITTINGS for w in found):
        return None
    opened = sorted((key for key in place_phrases if key.startswith(f"{word} ")), key=len)
    if not opened or any(not longer.startswith(f"{shorter} ") for shorter, longer in zip(opened, opened[1:])):
        return None
    held: list[Meeting] = []
    for key in opened:
        held.extend(m for m in place_phrases[key] if all(m is not h for h in held))
    return opened[-1], held

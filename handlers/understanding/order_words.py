"""« la réunion d'avant » is the meeting before the last one asked about,
the latest past one; « pas de réunion avant Noël ? », « une séance avant le
15 ? » put « avant » before a date: a preposition, no order of meetings.
« le premier copil », « la deuxième commission » put an order word just
before a formation: it picks one of its sittings and is no topic. « la
dernière fois » picks the last meeting: neither word is a decision's topic
(« deux fois par mois »). « la prochaine » alone stands for the next
meeting, never for a decided thing."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.entities import Entity
from handlers.understanding.normalise import Word
from handlers.understanding.sitting_order import COUNTED, HELD_ORDERS

__all__ = ["before_a_date", "next_meeting_pronoun", "next_sitting_named", "order_phrase", "ordering_formation"]

# Words after « avant » that open a date (« avant le 15 », « avant la fin de l'année », « avant Noël »).
_DATE_OPENERS = frozenset({"le", "la", "les", "l", "fin", "debut", "mi", "ce", "cet", "cette", "noel", "paques", "demain"})


def before_a_date(words: Sequence[Word], entities: Sequence[Entity], i: int) -> bool:
    """« avant » at `i` opens a date: the next word opens one, or a period or month starts right after it."""
    if i + 1 < len(words) and words[i + 1].folded in _DATE_OPENERS:
        return True
    return any(e.kind in ("period", "month") and e.start <= i + 1 < e.end for e in entities)


# Order words counted from either end (their lemmas; « 2e » is read « deuxième » by the shorthand).
_ORDERS = HELD_ORDERS | COUNTED


def ordering_formation(words: Sequence[Word], entities: Sequence[Entity]) -> set[int]:
    """Indices of order words right before a formation (« les décisions du premier copil ? »): they pick the
    sitting (meeting_rank.order_of) and would otherwise be matched as a decision's topic."""
    return {e.start - 1 for e in entities
            if e.kind == "place" and e.extra.get("formation") and e.start > 0 and words[e.start - 1].lemma in _ORDERS}


# Nouns an order word picks a meeting with (« la dernière fois », « la séance précédente »).
_PICKED = frozenset({"fois", "reunion", "seance", "rencontre", "reu", "seances", "reunions"})


def order_phrase(words: Sequence[Word]) -> set[int]:
    """Indices of « dernière fois », « réunion précédente »: an order word and the meeting noun beside it."""
    found: set[int] = set()
    for i, word in enumerate(words):
        if word.lemma in ("dernier", "precedent"):
            beside = [j for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(words) and words[j].folded in _PICKED]
            if beside:
                found |= {i, *beside}
    return found


# What may follow « la prochaine » standing alone: glue and verbs, no noun it would qualify.
_AFTER_PRONOUN = frozenset({"c", "ce", "ca", "est", "sera", "aura", "se", "a", "elle", "on", "aussi", "alors", "du",
                            "de", "d", "au", "en", "fois"})


def next_meeting_pronoun(words: Sequence[Word]) -> bool:
    """« la prochaine c'est où ? », « et la prochaine ? »: « prochaine » after its article and before no noun."""
    for i, word in enumerate(words):
        if word.folded in ("prochaine", "prochain") and i > 0 and words[i - 1].folded in ("la", "le") and (
                i + 1 == len(words) or words[i + 1].folded in _AFTER_PRONOUN):
            return True
    return False


def next_sitting_named(words: Sequence[Word]) -> bool:
    """« le prochain comité c'est bien au collège et pas à la maison de quartier ? » (lead's set 74): « prochain »
    then a meeting's noun names the next sitting, which a yes-or-no question then checks; a decision sharing its
    places (« … avec un forum à la maison de quartier ») is not what is asked."""
    from handlers.understanding.meeting_nouns import nouns  # meeting_nouns reads the lexicon: imported when asked

    meeting = nouns("plain", "chat", "formations")
    return any(a.folded in ("prochain", "prochaine") and b.folded in meeting for a, b in zip(words, words[1:]))

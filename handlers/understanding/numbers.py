"""Numbers in a question: a record's number (« décision n°3 », « séance
4 ») and a département's number that names its council rather than a day
(« qui vient du 13 ? », « qui représente le 31 ? »)."""

from __future__ import annotations

from handlers.understanding.normalise import Word
from handlers.understanding.periods import Period
from handlers.understanding.spans import Entity
from handlers.understanding.world import World

__all__ = ["numbered_body", "record_numbers"]

# Verbs after which « le 13 » is a body, not a day: one represents a département, not a date.
_BODY_VERBS = frozenset({"representer", "representant", "representante"})
# Words that make « du 13 » a day (« la réunion du 13 », « l'échéance du 13 »).
_DAY_WORDS = frozenset({"reunion", "seance", "rencontre", "reunir", "voir", "retrouver", "echeance", "date", "rdv",
                        "prevu", "prevoir", "passer", "tomber", "commencer", "finir", "lieu", "quand", "heure"})


def numbered_body(words: list[Word], period: Period, world: World) -> bool:
    """« qui vient du 13 ? », « les gens du 13 », « qui représente le 13 ? »: a
    département's number after « du » (from), or after « représente le », is
    its council when the group has one; « qui vient le 13 ? » keeps the day."""
    span = words[period.start_word:period.end_word]
    if not 1 <= len(span) <= 2 or not span[-1].folded.isdigit() or span[-1].folded not in world.org_aliases:
        return False
    if any(w.lemma in _DAY_WORDS or w.folded in _DAY_WORDS for w in words):
        return False
    opening = span[0].folded if len(span) == 2 else ""
    before = words[period.start_word - 1].lemma if period.start_word else ""
    return opening == "du" or opening == "le" and before in _BODY_VERBS


# Words after which a number is a record's number: "décision n°3", "séance 4".
_NUMBER_CUES = frozenset({"n", "no", "numero", "num", "nr"})
_RECORD_WORDS = frozenset({"decision", "reunion", "seance", "echeance"})


def record_numbers(words: list[Word], taken: set[int]) -> list[Entity]:
    found: list[Entity] = []
    for i, w in enumerate(words):
        if i in taken or not w.folded.isdigit() or not 0 < int(w.folded) < 10000 or i == 0:
            continue
        before = words[i - 1]
        if before.folded in _NUMBER_CUES or before.lemma in _RECORD_WORDS or before.folded in _RECORD_WORDS:
            start = i - 1 if before.folded in _NUMBER_CUES else i
            found.append(Entity("number", start, i + 1, w.folded, extra={"number": int(w.folded)}))
    return found

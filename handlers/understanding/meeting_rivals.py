"""A question naming a meeting is no question on the calendar's deadlines.

« quand a lieu notre prochaine rencontre ? » is read first as the next
meeting, then, close behind, as the dates of a period: both intents' examples
ask « quand ». The round's new examples for periods (« qu'y a-t-il
<période> ? ») brought the second close enough to leave the member unsure.
When the message names a meeting (« réunion », « rencontre », « séance »)
and says nothing of a deadline or a period, the dates of a period are no
rival of a meeting reading; « les échéances avant la réunion de janvier »
and « la réunion de décembre, on a quoi à rendre ? » keep theirs."""

from __future__ import annotations

from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity

__all__ = ["meeting_over_dates"]

_MEETING_READINGS = frozenset({"meeting_next", "meeting_which", "meeting_last"})
_MEETING_NOUNS = nouns("plain", "chat", "formations", plural=True)
# Words of a deadline or of what is due (« échéance », « délai », « à rendre », « date limite »).
_DUE = frozenset({"echeance", "echeances", "delai", "delais", "deadline", "deadlines", "limite", "rendre", "rendu",
                  "calendrier", "agenda", "dates", "tache", "taches"})


def meeting_over_dates(best: str, rival: str, found: list[Word], entities: list[Entity]) -> bool:
    """Whether `rival` (the dates of a period) is no rival of `best` (a meeting reading) for `found`."""
    if best not in _MEETING_READINGS or rival != "dates_period":
        return False
    if any(e.kind in ("period", "month") for e in entities):
        return False
    folded = {w.folded for w in found}
    return bool(folded & _MEETING_NOUNS) and not folded & _DUE

"""A title and a sitting's name, typed as into a search box: « présidente
comité technique », « secrétaire copil » (set 45b).

The sitting's name (a meeting place, « Comité technique du FSL … ») with
its noun (« comité », read as a meeting) draws the meeting readings close,
though nothing asks for a meeting: no day, month, hour, place or time word.
The title asks for its holder, as « qui est la présidente du comité
technique ? » does, when the message holds nothing else (their links
aside): the meeting readings yield to the holder's, with the closeness the
message had (it was the title's and the name's, not a meeting question's).
A question that asks of a sitting keeps its reading (« la présidente vient
au comité jeudi ? », « quels sujets pour la conf des maires ? »)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.chat import asks_time
from handlers.understanding.entities import Entity
from handlers.understanding.normalise import Word
from handlers.understanding.sitting_order import LAST, NEXT, PREVIOUS, SINGULAR

__all__ = ["title_over_sitting"]

_MEETINGS = frozenset({"meeting_which", "meeting_next", "meeting_last", "meetings_upcoming"})
# Words that ask of a sitting what no title answers.
_OF_SITTING = (NEXT | LAST | PREVIOUS) & SINGULAR | {"ou", "lieu", "heure", "horaire", "date", "salle", "adresse",
                                                     "quand", "jour", "vient", "viennent", "venir"}


# The words that may join a title to a sitting's name (« la présidente du comité technique »).
_LINKS = frozenset({"le", "la", "l", "les", "du", "de", "d", "des", "au", "a"})


def title_over_sitting(ranking: list[tuple[str, float]], found: Sequence[Word],
                       entities: Sequence[Entity]) -> list[tuple[str, float]]:
    """`ranking` with role_holder first when a title and a sitting's name are all it names."""
    if not ranking or ranking[0][0] not in _MEETINGS or "role_holder" not in dict(ranking):
        return ranking
    kinds = {e.kind for e in entities}
    if "role" not in kinds or "place" not in kinds or kinds - {"role", "place"}:
        return ranking
    if asks_time(list(found)) or any(w.folded in _OF_SITTING for w in found):
        return ranking
    # Nothing but the two names and their links: « quels sujets pour la conf des maires ? » asks of the sitting.
    spans = {i for e in entities for i in range(e.start, e.end)}
    if any(i not in spans and w.folded not in _LINKS for i, w in enumerate(found)):
        return ranking
    return [("role_holder", ranking[0][1]), *[(name, s) for name, s in ranking if name not in _MEETINGS | {"role_holder"}]]

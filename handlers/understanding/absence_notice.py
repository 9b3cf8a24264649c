"""Whom to tell when one cannot come, and whether one may send someone else.

« si je ne peux pas venir jeudi, je préviens qui ? », « au cas où je serais
absente, à qui je dois le signaler ? », « si je suis empêchée, je peux
envoyer une collègue à ma place ? », « je remplace ma collègue jeudi,
faut-il prévenir la MDA ? » (set 43b): the member's own absence (or
stand-in) and a telling (or sending) asked. Many groups settle it by a
decision (« Les absences … sont signalées à Corinne Vasseur … au plus tard
la veille », « Un partenaire empêché peut se faire remplacer par un
collègue … »); the question shares none of its words but the idea, and the
examples' words (« venir », « prévenir ») are no topic. The decision found
by the word it writes the absence (or the replacement) with answers; with
no such decision, nothing is said here and the bot stays unsure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.dominance import as_decision
from handlers.understanding.normalise import Word, lexicon, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding

__all__ = ["absence_notice", "told_to_whom"]

# The member kept away: « absent(e) », « empêché(e) », « excusé(e) »; « ne … pas venir », « pas être là » below.
_AWAY = frozenset({"absent", "absente", "absence", "empeche", "empechee", "empechement", "excuse", "excusee",
                   "excuses", "absences", "indisponible", "malade"})
_COME = frozenset({"venir", "viens", "vient", "viendrai", "venu", "venue", "la", "present", "presente", "participer"})
# Telling someone: « prévenir », « signaler », « avertir », « s'excuser auprès de », « dire ».
_TELL = frozenset({"prevenir", "previens", "previent", "signaler", "signale", "avertir", "informer", "excuser",
                   "dire", "dis"})
# Sending someone in one's place: « à ma place », « me faire remplacer », « je remplace ma collègue ».
_STAND_IN = frozenset({"remplacer", "remplace", "remplacee", "remplacant", "remplacante"})
# How a decision writes each: the absence, or the replacement.
# « En cas d'empêchement, les membres … préviennent Aurélie Poulain » (set 44b) writes the absence by its noun.
_AWAY_IN_RECORD = re.compile(r"\b(absences?|absents?|absentes?|empêchée?s?|empêchements?|excusée?s?|excuses)\b",
                             re.IGNORECASE)
_STAND_IN_IN_RECORD = re.compile(r"\b(remplacer|remplacée?s?|remplaçante?s?|suppléante?s?|suppléer)\b", re.IGNORECASE)


def _kept_away(folded: list[str]) -> bool:
    """« absente », « empêchée », or a coming denied: « je ne peux pas venir », « pas être là »."""
    if any(w in _AWAY for w in folded):
        return True
    return any(w == "pas" and any(v in _COME for v in folded[i + 1:i + 4]) for i, w in enumerate(folded))


def _stand_in(folded: list[str]) -> bool:
    return any(w in _STAND_IN for w in folded) or any(folded[i:i + 3] == ["a", "ma", "place"]
                                                      for i in range(len(folded)))


# « qui était absent au bilan … ? » (set 75) asks who was away from a sitting past: the attendance, not whom to tell.
_WAS = frozenset({"etait", "etaient", "a", "ont", "fut"})


def _whom_asked(folded: list[str]) -> bool:
    """A « qui » that asks for a person (« je m'adresse à qui ? »), not the « ce qui » of what happens (« qu'est-ce
    qui se passe si quelqu'un est absent plusieurs fois de suite ? » asks the consequence, set 26a), nor the « qui
    était » of who was away."""
    return any(w == "qui" and folded[i - 1:i] != ["ce"] and (folded[i + 1:i + 2] or [""])[0] not in _WAS
               for i, w in enumerate(folded))


def told_to_whom(u: Understanding) -> bool:
    """« excuses à qui », « absence : auprès de qui ? » (set 45b): an absence and the one it goes « to », asked; not
    who is away (« qui s'est excusé ? », « les excusés du 10 »), which the attendance answers."""
    folded = [w.folded for w in u.words]
    to_whom = any(folded[i:i + 2] in (["a", "qui"], ["aupres", "de"]) for i in range(len(folded)))
    return to_whom and _kept_away(folded)


def absence_notice(ctx: Context, u: Understanding,
                   answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decision telling whom to warn of an absence, or whether one may send a stand-in; None otherwise."""
    folded = [w.folded for w in u.words]
    if not ("?" in u.text or any(w in lexicon().question_words for w in folded)):
        return None
    standing_in = _stand_in(folded)
    if standing_in and any(w in _TELL for w in folded) or standing_in and "place" in folded:
        pattern = _STAND_IN_IN_RECORD  # « je remplace ma collègue, faut-il prévenir … ? », « … à ma place ? »
    elif _kept_away(folded) and (any(w in _TELL for w in folded) or _whom_asked(folded)):
        pattern = _AWAY_IN_RECORD
    else:
        return None
    for decision in ctx.data.decisions():
        if decision.status != "cancelled" and (said := pattern.search(decision.text)) is not None:
            topic: list[Word] = words(said.group(1), shorthand=False)
            return as_decision(ctx, u, topic, answer)
    return None

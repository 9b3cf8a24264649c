"""« quand » of a thing that recurs: « permanence caf c quand », « la CAF
elle vient quand à l'accueil de jour ? » where a decision says « Une
permanence de la CAF a lieu à l'accueil de jour le premier lundi du mois »
and a task says « Tenir la première permanence CAF à l'accueil de jour »
(due on the first Monday to come). Both hold the question's words; the
task's due date answers once, the decision says when it always is: what a
member who asks « quand » of a service wants. So on a tie between a task
and a decision, a « quand » asked of a decision that states a recurrence
(a weekday in the plural or after « chaque », « tous les », « le premier
lundi du mois », « une fois par mois ») leaves the task aside. A decision
stating no recurrence leaves the tie as it was (a decision has no due
date), and so does one occurrence asked (« la première permanence c'est
quand ? », « la prochaine »), which the task's date answers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.days import WEEKDAYS
from handlers.understanding.normalise import Word, fold
from handlers.understanding.sitting_order import SINGULAR

__all__ = ["recurring_when"]

_DAYS = "|".join(WEEKDAYS)
# Words that pick one occurrence, not the habit.
_ONCE = SINGULAR
_RECURS = re.compile(rf"\b(?:(?:chaque|tous les|toutes les) (?:{_DAYS}|semaine|mois|jour|quinzaine)s?"
                     rf"|(?:le|les) (?:premier|deuxieme|second|troisieme|quatrieme|dernier) (?:{_DAYS}) (?:du|de chaque) mois"
                     rf"|les (?:{_DAYS})s?\b|(?:une|deux|trois) fois par (?:semaine|mois|an)"
                     rf"|le (?:{_DAYS}) (?:matin|apres midi|soir)?\s*(?:et|ou) le (?:{_DAYS}))\b")


def recurring_when(asking: Sequence[Word], decisions: Sequence[str]) -> bool:
    """`asking` holds « quand » and one of `decisions` states when the thing recurs."""
    if not any(w.folded in ("quand", "qd", "kan") for w in asking) or any(w.folded in _ONCE for w in asking):
        return False
    return any(_RECURS.search(" ".join(fold(text).replace("'", " ").replace("-", " ").split())) for text in decisions)

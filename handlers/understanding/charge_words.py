"""Words that ask who has a charge (« qui s'occupe de … », « qui est en
charge de … », « à qui je m'adresse pour … »): with them, a body known only
from members' roles (« Coordinatrice du CLSM », « Secrétariat du CLS ») is
the charge asked, not a body whose people are listed (pipeline.py)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word

__all__ = ["CHARGE_VERBS", "asks_charge"]

# Verbs that give a charge, not a contact (« notre contact à la CAF » stays the body's representative).
CHARGE_VERBS = frozenset({"occuper", "gerer", "suivre", "piloter", "charger"})
# Whom to turn to: « à qui je m'adresse pour le CLSM ? », « qui contacter pour … ».
_TURN_TO = frozenset({"adresser", "adresse", "contacter", "contacte"})


def asks_charge(found: Sequence[Word]) -> bool:
    """A verb of charge, « en charge de », or whom to turn to."""
    for i, w in enumerate(found):
        if w.lemma in CHARGE_VERBS or w.folded in CHARGE_VERBS or w.lemma in _TURN_TO or w.folded in _TURN_TO:
            return True
        if w.folded == "charge" and i > 0 and found[i - 1].folded == "en":
            return True
    return False

"""The speakers counted: « on est combien au conseil portuaire ? », « combien
sommes-nous ? », or their number checked: « on est bien seize au conseil ? ».

Such a question asks the directory (how many members), never a decision
that happens to hold the body's words and a number counting something
else (« Le conseil portuaire se réunit quatre fois par an »: set 36b). The
decision readers (decision_lead.py, decision_check.py) then want the
decision to count people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.normalise import Word

__all__ = ["head_count"]

_WE = frozenset({"on", "nous"})
_BEING = frozenset({"est", "sera", "etait", "sommes", "serons", "etions", "serait", "serions"})
# Words between the verb and the count that do not change it (« on est bien seize », « on est toujours 12 »).
_HEDGES = frozenset({"bien", "vraiment", "toujours", "encore", "deja"})
_COUNT_WORD = re.compile(r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
                         r"vingt|trente|quarante|cinquante|soixante|septante|huitante|nonante|cent)s?")


def head_count(found: Sequence[Word]) -> str | None:
    """« membres » when the speakers themselves are counted or their number checked, else None."""
    folded = [w.folded for w in found]
    for i, (a, b) in enumerate(zip(folded, folded[1:])):
        if not (a in _WE and b in _BEING or a in _BEING and b in _WE):
            continue
        near = [f for f in folded[max(i - 2, 0):i + 5] if f not in _HEDGES]
        if any(f in ("combien", "cb", "cmb") or f.isdigit() or _COUNT_WORD.fullmatch(f) for f in near):
            return "membres"
    return None

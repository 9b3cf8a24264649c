"""A deadline's bound said with a meeting's day or time (blind set 28): « le jeudi 18 février à 15H au plus tard »,
« mardi 14h au plus tôt », « vendredi 10h dernier délai ». The reader takes « au plus tard » and its kin as part of
the date, which is right for a deadline (« vendredi 19 mars au plus tard : rapport », README) but not for a meeting: a
meeting starts at one time, and « à 15H au plus tard » says a limit, not when it starts (read as a firm 15h00 on
set 28's first run). Refused for a meeting, with what to write; a deadline keeps reading it.
"""

from __future__ import annotations

import re

from handlers.date_words import fold
from handlers.messages import InputError

__all__ = ["refuse_bound_on_meeting"]

# (folded: no accents, lower case; « au + tard » as typed in chat; « EOD », « COB »: end of day, close of business)
_BOUND = re.compile(r"(?<!\w)(?:au plus tard|au \+ tard|au plus tot|dernier delai|delai de rigueur|delai imperatif|eod|cob)(?!\w)")


def refuse_bound_on_meeting(said: str, require_time: bool) -> None:
    """Refuse when `said` (the date and time as the reader consumed them) holds a deadline's bound and a meeting is
    being set (`require_time`)."""
    if not require_time or (found := _BOUND.search(fold(said))) is None:
        return
    bound = said[found.start():found.end()]  # (fold keeps the offsets)
    # the same words without the bound, as an example (« le jeudi 18 février à 15H »)
    example = " ".join((said[:found.start()] + said[found.end():]).replace("()", " ").split()).strip(" ,;:")
    raise InputError(f"« {said.strip().rstrip(' ,;:')} » : « {bound} » dit une limite, pas l'heure où la séance commence. "
                     f"Je ne devine pas : donnez l'heure de début (ex. « {example} »), ou, pour une date limite, "
                     "utilisez /echeance.")

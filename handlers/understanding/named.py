"""Whether an answer leaves out a body the question named.

« les échéances de la Région ? » read as « les échéances » lists every
date, and « les tâches de la Région ? » the asker's own tasks: the body
named is ignored, so the answer would be a guess given with confidence.
Answers that do not look bodies up are kept confident only when their
text shows a word the question used for the body (« le rapport au Conseil
d'État » shows « État ») or the body's full name.
"""

from __future__ import annotations

import re

from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import ORG_STOP, plain

__all__ = ["ignores_named_body"]

# Answers that never look a body up.
# (Meeting answers are left out: « la prochaine réu est à Neuchâtel ou à
# La Chaux-de-Fonds ? » names towns as places, and the answer's place settles it.)
_BODILESS = frozenset({"dates_period", "decisions_recent", "tasks_mine", "tasks_late", "directory"})


def ignores_named_body(u: Understanding, shown: str) -> bool:
    """True when `u`'s answer (text `shown`) is of a kind that ignores bodies,
    the question names one that is not also a meeting's place, and none of
    the words it was named by appears in the answer."""
    if u.intent not in _BODILESS:
        return False
    places = {i for e in u.entities if e.kind == "place" for i in range(e.start, e.end)}
    answer = set(plain(shown).split())
    for body in (e for e in u.entities if e.kind == "org"):
        if any(i in places for i in range(body.start, body.end)):
            continue
        named = {w.folded for w in u.words[body.start:body.end]} - ORG_STOP
        # « le rapport au SEJ »: the answer may show the body's full name instead.
        full = plain(re.sub(r"\([^)]*\)", " ", body.label))
        # « la Région » is in « l'appel à projets régional », « le département » in « départemental ».
        derived = any(a.startswith(n) for n in named if len(n) >= 4 for a in answer)
        if named and not named & answer and not derived and f" {full} " not in f" {' '.join(plain(shown).split())} ":
            return True
    return False

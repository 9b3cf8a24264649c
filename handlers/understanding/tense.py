"""Words that put a question in the past, one list for every reader of it.

« c'était où ? », « a eu lieu », « avait lieu », « s'est tenue », « on
s'est vus / réunis / retrouvés »: the dates (a day named without its month
is then the last such day), the meetings (« la première réunion avait lieu
où ? » is the first one held, not the first to come), attendance and the
explanation of an answer all read the same words. They were four lists
that had drifted apart (the meetings' lacked « avait »)."""

from __future__ import annotations

__all__ = ["DECIDED", "PAST", "PASSED", "did_once"]

# Not « vu » (« tu as vu l'échéance du 15 ? »), not « dernier » (« la dernière échéance avant le 20 » looks ahead).
PAST = frozenset({"etait", "etaient", "etais", "etions", "etiez", "avait", "avaient", "avions", "eu", "eue", "eus", "eues", "fut",
                  "tenu", "tenue", "deroule", "deroulee",
                  "vus", "reuni", "reunis", "reunie", "reunies", "retrouves",
                  # « ce qui est ressorti le 12 » (meeting_outcome.py); not « dit » (« qui a dit qu'il venait ? »
                  # looks ahead): « s'est dit » is days.py's
                  "ressorti", "ressortie",
                  # « on est allés / descendus à Lagraou quand ? »: a visit made (not « montés »: « tu montes ? »).
                  "alles", "allees", "descendus", "descendues"})
# « qu'a-t-on décidé le 3 ? »: the day of a decision is behind us (read by the dates).
DECIDED = frozenset({"decide", "decidee", "decides", "decidees"})
# « passé(e) »: past for a meeting (« la réunion passée »), but folded it is also « il se passe quoi ? »:
# only the meetings' readers take it.
PASSED = frozenset({"passe", "passee"})


def did_once(folded: list[str]) -> bool:
    """« qui a envoyé le compte rendu ? », « qui a pris … »: who did a thing once (« qui » then « a » / « ont » and a
    past participle), not « qui a été désigné » (a charge given) nor « qui a des nouvelles » (no participle)."""
    if any(a == "qui" and b in ("a", "ont") and c != "ete" and len(c) > 1 and c.endswith(("e", "i", "u", "is", "it"))
           for a, b, c in zip(folded, folded[1:], folded[2:])):
        return True
    # « les panneaux, qui les a commandés ? »: an object pronoun before « a », the participle agreeing with it (set 45a).
    return any(a == "qui" and o in _OBJECTS and b in ("a", "ont") and len(c) > 3 and c.endswith(_PARTICIPLES)
               for a, o, b, c in zip(folded, folded[1:], folded[2:], folded[3:]))


_OBJECTS = frozenset({"le", "la", "l", "les"})
_PARTICIPLES = ("e", "es", "ee", "ees", "i", "is", "ie", "ies", "u", "us", "ue", "ues", "it", "ite", "its", "ites")

"""Whether the group met since a day: « on ne s'est pas vus depuis le 19
novembre ? », « on s'est pas réunis depuis mi-novembre ? », « on se voit
plus depuis le copil ? ».

The member asks when the group last met, checking it against a day: the
last meeting held answers (it says whether it was that day or since). The
words were those of a meeting of that day (« le 19 novembre ») and of the
last meeting, close enough to leave it unsure (sets 28a and 30c); the day
after « depuis » is no meeting asked (« depuis octobre » is not October's
meeting), only what the last one is checked against. A verb of
meeting (« se voir », « se réunir », « se retrouver ») said by « on » or
« nous », then « depuis », with no other question asked (« qui », « quoi »)."""

from __future__ import annotations

from handlers.understanding.pipeline import Understanding

__all__ = ["met_since", "since_words"]

_WE = frozenset({"on", "nous"})
_MET = frozenset({"vu", "vus", "vues", "reuni", "reunis", "reunies", "retrouve", "retrouves", "retrouvees", "revu",
                  "revus", "voit", "reunit", "croise", "croises"})
_OTHER_ASKED = frozenset({"qui", "quoi", "combien", "pourquoi", "comment"})


def met_since(u: Understanding) -> bool:
    """The message asks whether the group met since a day (or a meeting) it names."""
    folded = [w.folded for w in u.words]
    if "?" not in u.text or "depuis" not in folded or any(w in _OTHER_ASKED for w in folded):
        return False
    since = folded.index("depuis")
    said = folded[:since]
    return any(w in _WE for w in said) and any(w in _MET for w in said) and since + 1 < len(folded)


def since_words(u: Understanding) -> set[int]:
    """The indices of « depuis » and what follows it: the day the last meeting is checked against."""
    at = next(i for i, w in enumerate(u.words) if w.folded == "depuis")
    return set(range(at, len(u.words)))

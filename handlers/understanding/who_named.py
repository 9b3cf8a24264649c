"""Whether a record says who acts: « Le Relais social coordonne les abris
de nuit » names a body of the group, « Un fonds d'aide à l'énergie est
créé » names nobody. « qui s'occupe de l'énergie ? » may be answered by a
decision only when the decision says who (else the answer is a list of
decisions that does not answer « qui »: a confident wrong answer). A body
named after a common noun is that thing's name, not who acts: « … avec un
bus France Services » (but « … avec la Fédération des CPAS » names it)."""

from __future__ import annotations

from collections.abc import Iterable

from handlers.understanding.world import World, name_words, plain
from storage.models import Member

__all__ = ["names_someone"]

# What comes before a body named as who acts: an article or a preposition (« la CARSAT finance »,
# « avec la Fédération des CPAS », « par le CCAS »), not a noun (« un bus France Services »).
_BEFORE_ACTOR = frozenset({"la", "le", "les", "l", "avec", "par", "et", "du", "de", "des", "d", "au", "aux", "a",
                           "entre", "sous", "pour", "chez"})


def names_someone(texts: Iterable[str], members: list[Member]) -> bool:
    """True when one of `texts` names a member (by a word of their name) or
    one of the members' bodies (by a name, an acronym or an alias)."""
    aliases = World.build(members, []).org_aliases
    names = {w for m in members for w in name_words(m.name) if len(w) >= 3}
    for text in texts:
        words = plain(text).split()
        if names & set(words):
            return True
        for alias in (a for a in aliases if len(a) >= 3):
            size = len(alias.split())
            for k in range(len(words) - size + 1):
                if " ".join(words[k:k + size]) == alias and (k == 0 or words[k - 1] in _BEFORE_ACTOR):
                    return True
    return False

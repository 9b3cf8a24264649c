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

__all__ = ["names_someone"]

# What comes before a body named as who acts: an article or a preposition (« la CARSAT finance »,
# « avec la Fédération des CPAS », « par le CCAS »), not a noun (« un bus France Services »).
_BEFORE_ACTOR = frozenset({"la", "le", "les", "l", "avec", "par", "et", "du", "de", "des", "d", "au", "aux", "a",
                           "entre", "sous", "pour", "chez"})


def names_someone(texts: Iterable[str], world: World) -> bool:
    """True when one of `texts` names a member (by a word of their name) or
    one of the members' bodies (by a name, an acronym or an alias)."""
    aliases = {a for a in world.org_aliases if len(a) >= 3}
    longest = max((len(a.split()) for a in aliases), default=0)
    names = {w for m in world.members for w in name_words(m.name) if len(w) >= 3}
    for text in texts:
        words = plain(text).split()
        if names & set(words):
            return True
        for k in range(len(words)):
            if k and words[k - 1] not in _BEFORE_ACTOR:
                continue
            if any(" ".join(words[k:k + n]) in aliases for n in range(1, longest + 1)):
                return True
    return False

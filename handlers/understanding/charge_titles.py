"""A charge word that is a member's title: « qui est responsable du chantier
d'insertion ? » when Karima's role reads « Responsable du chantier
d'insertion » asks who holds that title (a role), while « qui est
responsable de la restauration scolaire ? » of an « adjoint délégué à la
restauration scolaire » asks who has that charge. The charge word
(responsable, référent, chargé, délégué, pilote) followed in the role by
the question's own words, in their order, is the title."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.world import plain

__all__ = ["title_of_charge"]

# How close two words must be to be the same (« insertion » / « insertions »).
_PREFIX = 5


def _same(a: str, b: str) -> bool:
    return a == b or len(a) >= _PREFIX and len(b) >= _PREFIX and a[:_PREFIX] == b[:_PREFIX]


def title_of_charge(role: str, charge: str, topic: Sequence[Word]) -> bool:
    """`role` opens a title with the charge word (a stem, « responsable ») followed by the
    `topic` words, in order, with only link words between them."""
    stop = lexicon().stopwords
    # « plan jeunes » (role_topic.py) is read as the role is, its stop word left out on both sides.
    asked = [w.folded for w in topic if w.folded not in stop]
    if not asked:
        return False
    words = plain(role).split()
    for i, word in enumerate(words):
        if not word.startswith(charge):
            continue
        following = [w for w in words[i + 1:] if w not in stop][:len(asked)]
        if len(following) == len(asked) and all(_same(a, b) for a, b in zip(asked, following, strict=True)):
            return True
    return False

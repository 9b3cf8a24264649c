"""« qui » and a title with no verb between: « qui responsable domiciliation ? »,
« qui le chef de service ? », « qui responsable bénévoles épicerie ? ».
People who write French as a second language, or in haste, leave out
« est »; the question is « qui est (le) responsable de … ? », which asks
for the title's holder. Without the verb, the examples of « qui s'occupe
de … » (a charge) come closest and the bot lists everyone whose role says
the words. The verb is put back where « qui » is followed at once by a
title (a role the group's directory knows), after an article at most; a
verb already there (« qui préside », « qui est ») or anything else after
« qui » leaves the message as it is."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.entities import Entity
from handlers.understanding.normalise import Word, lexicon

__all__ = ["with_copula"]

_EST = Word(raw="est", folded="est", lemma="etre", known=True)
_ARTICLES = frozenset({"le", "la", "l", "les"})


def with_copula(found: list[Word], entities: Sequence[Entity]) -> list[Word]:
    """`found` with « est » after an opening « qui » followed by a title (after a greeting at most)."""
    k = 0
    while k < len(found) and found[k].folded in lexicon().openers:
        k += 1
    if k + 1 >= len(found) or found[k].folded != "qui":
        return found
    title_at = k + 2 if found[k + 1].folded in _ARTICLES else k + 1
    if not any(e.kind == "role" and e.start == title_at for e in entities):
        return found
    return [*found[:k + 1], _EST, *found[k + 1:]]

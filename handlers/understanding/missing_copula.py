"""« qui » and a title with no verb between: « qui responsable domiciliation ? »,
« qui le chef de service ? », « qui responsable bénévoles épicerie ? ».
People who write French as a second language, or in haste, leave out
« est »; the question is « qui est (le) responsable de … ? », which asks
for the title's holder. Without the verb, the examples of « qui s'occupe
de … » (a charge) come closest and the bot lists everyone whose role says
the words. The verb is put back where « qui » is followed at once by a
title (a role the group's directory knows), after an article at most; a
verb already there (« qui est », « qui préside », « qui dirige »: verbs the
roles read as titles) or anything else after « qui » leaves the message as
it is."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.entities import Entity
from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.world import entity_data

__all__ = ["with_copula"]

_EST = Word(raw="est", folded="est", lemma="etre", known=True)
_ARTICLES = frozenset({"le", "la", "l", "les"})


def _verb(word: Word) -> bool:
    """« dirige », « préside », « anime », « coordonnent »: a verb of charge the roles read as a title (« qui dirige
    le FOREM ? » has its verb)."""
    stem = word.lemma[:-2]
    # The roles list the verbs of charge with their infinitive (« anime » and « animer »).
    return (word.lemma != word.folded and word.lemma.endswith("er") and word.folded in (f"{stem}e", f"{stem}es", f"{stem}ent")
            or word.folded.endswith("e") and f"{word.folded}r" in entity_data()["roles"])


def with_copula(found: list[Word], entities: Sequence[Entity]) -> list[Word]:
    """`found` with « est » after an opening « qui » followed by a title (after a greeting at most)."""
    k = 0
    while k < len(found) and found[k].folded in lexicon().openers:
        k += 1
    if k + 1 >= len(found) or found[k].folded != "qui":
        return found
    title_at = k + 2 if found[k + 1].folded in _ARTICLES else k + 1
    if not any(e.kind == "role" and e.start == title_at for e in entities) or _verb(found[title_at]):
        return found
    return [*found[:k + 1], _EST, *found[k + 1:]]

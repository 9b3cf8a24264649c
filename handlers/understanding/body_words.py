"""A body named in other forms of its own words: « l'asso de transport
solidaire » for « Lévézou Solidarité Transport », « la banque
alimentaire solidaire » for « Banque Solidaire Alimentaire ».

The body is found by the words it shares with its name as written
(« transport »); a word beside it that is another form of one of its name's
words (« solidaire » for « Solidarité ») stayed behind as a topic, and a
question about the body's people that carries a topic needs a much closer
example to be answered: it ended in « je ne suis pas sûr ». Such a word is
part of the body's name as typed, so the body's span takes it in."""

from __future__ import annotations

from dataclasses import replace

from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.spans import Entity
from handlers.understanding.topics import topic_scores

__all__ = ["widen_bodies"]

# Little words that may stand between the body's words as typed (« transport de solidarité »).
_LINKS = frozenset({"de", "du", "des", "d", "la", "le", "l", "et"})


def _of_name(word: Word, label: str) -> bool:
    """`word` is a word of `label` in another form (stem, derivation, family), not a little word."""
    return word.folded not in lexicon().stopwords and len(word.folded) > 3 and topic_scores([word], [label])[0] >= 1.0


def widen_bodies(found: list[Word], entities: list[Entity]) -> list[Entity]:
    """`entities` with each body's span stretched over the adjacent words of its own name."""
    taken = {j for e in entities for j in range(e.start, e.end)}
    out = []
    for entity in entities:
        if entity.kind == "org":
            start, end = entity.start, entity.end
            while end < len(found) and end not in taken and _of_name(found[end], entity.label):
                end += 1
            while start > 0 and start - 1 not in taken and _of_name(found[start - 1], entity.label):
                start -= 1
            if (start, end) != (entity.start, entity.end):
                taken.update(range(start, end))
                entity = replace(entity, start=start, end=end)
        out.append(entity)
    return out

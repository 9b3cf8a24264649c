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
from handlers.understanding.world import entity_data

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
            # A body known only by its initials in roles (« le CMP » of « Psychiatre, centre médico-psychologique
            # pour adolescents »): its holders' roles are its name (« le CMP ado »), spelled_bodies.py.
            # Only the words after its title: « le directeur CCAS » keeps « directeur » a title asked.
            names = [entity.label, *(" ".join(str(getattr(m, "role", "")).replace(",", " ").split()[1:])
                                     for m in entity.items if entity.label.isupper() and " " not in entity.label)]
            titles = entity_data()["roles"]

            def of_name(word: Word) -> bool:
                return _of_name(word, entity.label) or word.folded not in titles and any(_of_name(word, n) for n in names[1:] if n)

            while end < len(found) and end not in taken and of_name(found[end]):
                end += 1
            while start > 0 and start - 1 not in taken and of_name(found[start - 1]):
                start -= 1
            if (start, end) != (entity.start, entity.end):
                taken.update(range(start, end))
                entity = replace(entity, start=start, end=end)
        out.append(entity)
    return out

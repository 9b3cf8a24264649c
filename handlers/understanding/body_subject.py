"""A body that does something is no request for its people: « la CPAM
vient au CCAS ? », « la Région finance le forum ? », « le Département a
signé ? » ask whether a body acts (a decision, the news), not who
represents it. Such a message opens with the body, goes on with words of
its own, and holds no word asking for people (« qui », « quelqu'un »,
« les représentants », « un contact »…): read as a body's representatives
it would answer a question nobody asked (chat.not_for_reading)."""

from __future__ import annotations

from handlers.understanding.entities import Entity
from handlers.understanding.normalise import Word, lexicon

__all__ = ["body_acts"]

_ARTICLES = frozenset({"le", "la", "les", "l"})
# Words that ask for people, whatever the rest of the sentence says.
_PEOPLE_WORDS = frozenset({
    "qui", "ki", "quel", "quelle", "quels", "quelles", "personne", "personnes", "quelqu", "qqn", "qq1", "qqun",
    "representant", "representante", "representants", "representantes", "gens", "membre", "membres", "contact",
    "contacts", "interlocuteur", "interlocutrice", "referent", "referente", "monde", "represente", "representee",
    "representes", "representees", "delegue", "deleguee", "equipe",
})


def body_acts(found: list[Word], entities: list[Entity]) -> bool:
    """The message opens with a body followed by words of its own, and asks for nobody."""
    if any(w.folded in _PEOPLE_WORDS for w in found):
        return False
    start = 1 if found and found[0].folded in _ARTICLES else 0
    body = next((e for e in entities if e.kind == "org" and e.start == start), None)
    if body is None:
        return False
    stop = lexicon().stopwords
    return any(w.folded not in stop and w.folded.isalpha() for w in found[body.end:body.end + 2])

"""The words that go on naming a sitting after the word that found it: « les
décisions de la visite des gares ? » of a sitting headed « Visite de la gare
d'Is-sur-Tille et de la halte de Gemeaux ».

« visite » found the sitting (a place entity), and « gares », left over, was
taken for the topic of the decisions asked: the decisions on « gares » were
listed, one of the sitting's two, as if a subject were asked (lead's set
81). A topic word standing right after the sitting's word, with only little
words between, that the sitting's own heading says (« gare ») names the
sitting further; it is no subject. A word its heading does not say (« les
décisions de la visite sur les vélos ») stays the topic."""

from __future__ import annotations

from handlers.understanding.normalise import Word, stem, words
from handlers.understanding.pipeline import Understanding

__all__ = ["without_heading_tail"]

# What may stand between the sitting's word and the next of its heading's words (« de la visite des gares »).
_LITTLE = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en"})


def _stems(text: str) -> frozenset[str]:
    found = words(text, shorthand=False)
    return frozenset(stem(w.folded) for w in found) | frozenset(stem(w.lemma) for w in found)


def without_heading_tail(u: Understanding) -> list[Word]:
    """`u.topic` without the words that, right after a sitting found by its heading's word, its heading says."""
    tail: set[int] = set()
    for entity in u.entities:
        if entity.kind != "place" or not entity.items or entity.extra.get("mode"):
            continue
        headings = [_stems(getattr(m, "place", "") or "") for m in entity.items]
        for i in range(entity.end, len(u.words)):
            word = u.words[i]
            if word.folded in _LITTLE:
                continue
            if not all(stem(word.folded) in h or stem(word.lemma) in h for h in headings):
                break
            tail.add(i)
    if not tail:
        return u.topic
    said = {id(u.words[i]) for i in tail}
    return [w for w in u.topic if id(w) not in said]

"""The topic of a decision question, by position: the words after the topic
marker that follows a word of deciding (« décidé sur le lieu des réunions »,
« acté concernant la permanence de Caritas »), which the pipeline keeps as
the topic even where they would read as entities or intent words."""

from __future__ import annotations

from handlers.understanding.framing import QUESTION_WORDS
from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.spans import Entity

__all__ = ["decision_topic"]


def decision_topic(found: list[Word], spans: dict[int, Entity]) -> set[int]:
    """Indices of the topic of a decision question: the words after the
    topic marker that follows a decision word ("décidé sur le lieu des réunions")."""
    lex = lexicon()
    start = next((i for i, w in enumerate(found) if w.lemma in lex.decision_words or w.folded in lex.decision_words), None)
    if start is None:
        return set()
    marker = next((i for i in range(start + 1, len(found)) if found[i].folded in lex.topic_markers), None)
    if marker is None:
        return set()
    # A role word after the marker is the topic's (« décidé à propos des conseillers en insertion »).
    # So is a body's name (« concernant la permanence de Caritas et de l'OSEO »): decisions name bodies.
    # So is a formation (« décidé pour les cotech »): decided about, not at (« décidé au copil » has no marker).
    covered = {j for e in spans.values() if e.kind not in ("role", "org") and not e.extra.get("formation")
               for j in range(e.start, e.end)}
    return {
        i for i in range(marker + 1, len(found))
        if i not in covered and found[i].folded not in lex.stopwords and found[i].folded not in QUESTION_WORDS
        and found[i].lemma not in lex.decision_words and len(found[i].folded) > 2
    }

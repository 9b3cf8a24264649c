"""A charge's topic with the kind word its role keeps: « qui est référente du
plan jeunes ? » of a « Cheffe du service insertion, référente du plan
jeunes ». « plan », « dossier », « cellule » are stop words (they usually
name the group itself, lexicon.toml [kind_words]), so the topic was « jeunes »
alone and three members whose roles speak of young people were given as
holding it. A kind word right before the topic that some member's role
writes right before the same word is the charge's own: it stays in the
topic, and the member whose role holds the whole charge answers."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word
from handlers.understanding.persons import role_acronyms
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import kind_words
from handlers.understanding.world import plain

__all__ = ["role_topic"]


def role_topic(u: Understanding, roles: Sequence[str]) -> list[Word]:
    """`u.topic` as the roles read it (acronyms, persons.role_acronyms), with the kind word its roles keep."""
    topic = role_acronyms(u.topic, list(roles))
    if not topic:
        return topic
    at = next((i for i, w in enumerate(u.words) if w.folded == topic[0].folded), None)
    if at is None or at == 0 or u.words[at - 1].folded not in kind_words():
        return topic
    pair = f" {u.words[at - 1].folded} {topic[0].folded}"
    return [u.words[at - 1], *topic] if any(pair in f" {plain(r)}" for r in roles) else topic

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
from storage.models import Member

# Before the acronym, what makes it a title (« c'est qui le DP ? », « qui est la CIP ? »).
_ARTICLES = frozenset({"le", "la", "l", "un", "une"})

__all__ = ["acronym_title", "role_topic"]


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


def acronym_title(u: Understanding, found: Sequence[Member]) -> bool:
    """« c'est qui le DP du Val Fourré ? » of a « Délégué du préfet pour le Val Fourré »: an acronym said with
    its article and « être », standing for the words every found member's role opens with, names their title
    (a role asked), not a charge."""
    if not found or not any(w.lemma == "etre" for w in u.words):
        return False
    for i, word in enumerate(u.words[1:], start=1):
        if not (word.raw.isupper() and 2 <= len(word.raw) <= 5) or u.words[i - 1].folded not in _ARTICLES:
            continue
        spelled = role_acronyms([word], [m.role for m in found])
        if spelled != [word] and all(plain(m.role).split()[:1] == [spelled[0].folded] for m in found):
            return True
    return False

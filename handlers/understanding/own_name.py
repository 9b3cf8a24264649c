"""The words of the group's own name, where they name the group.

« la prochaine réunion du groupe intégration », « le GT logement »,
« l'inspectrice du PCS »: the group's name says nothing of the question,
so it frames it. After a verb of charge or a word that opens a topic, the
same word is the question's own: in a group named « intégration des
jeunes », « qui s'occupe de l'intégration à Bienne ? » asks who has the
integration in charge, and the word must stay (else « qui s'occupe de à
Bienne ? » asks for the town's people)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word, fold

__all__ = ["is_topic_cue", "own_name_words", "qualified_name"]

# Little words between a cue and the name (« s'occupe de l'intégration »).
_LINKS = frozenset({"de", "du", "des", "d", "l", "la", "le", "les"})
# What makes the next words a topic: a charge (« qui s'occupe de », « en charge de », « qui gère »), a
# decision's subject (« décidé sur », « concernant », « à propos de »).
_TOPIC_CUES = frozenset({"occuper", "occupe", "gerer", "gere", "charge", "suivre", "suit", "piloter", "pilote",
                         "travailler", "travaille", "sur", "concernant", "propos"})


def is_topic_cue(word: Word) -> bool:
    """A word after which a name is the question's topic (« s'occupe », « gère », « sur », « concernant »)."""
    return word.folded in _TOPIC_CUES or word.lemma in _TOPIC_CUES


def _of_name(word: Word, names: frozenset[str], typed: bool) -> bool:
    return word.folded in names or typed and bool(word.typed) and fold(word.typed) in names


def own_name_words(found: list[Word], names: frozenset[str], typed: bool = False) -> set[int]:
    """Indices of the words of the group's name `names` that name the group: all but those right after a
    topic cue (little words between). `typed`: a word counts as typed too, not only as read (« copil », read
    « réunion » by the shorthand, still reads as a meeting, but frames nothing an answer must account for)."""
    framing: set[int] = set()
    for i, word in enumerate(found):
        if not _of_name(word, names, typed):
            continue
        j = i - 1
        while j >= 0 and found[j].folded in _LINKS:
            j -= 1
        if j < 0 or not is_topic_cue(found[j]):
            framing.add(i)
    return framing


# A formation's qualifier said after the group's name (« le CLSPD restreint », « le comité élargi »): which
# formation of the partnership the group is, no topic of the question.
_QUALIFIERS = frozenset({"restreint", "restreinte", "restreints", "restreintes", "elargi", "elargie", "elargis",
                         "elargies"})


def qualified_name(found: list[Word], own: set[int], places: Sequence[str]) -> set[int]:
    """Indices of a formation's qualifier right after a word of the group's own name (`own`): « on est combien dans
    le CLSPD restreint ? » asks the group's directory, « restreint » left over read as a topic no record holds.
    Not when a sitting's place holds the qualifier: there « le bureau élargi » names those sittings."""
    said = " ".join(fold(p) for p in places)
    return {i + 1 for i in own if i + 1 < len(found) and found[i + 1].folded in _QUALIFIERS
            and found[i + 1].folded[:6] not in said}

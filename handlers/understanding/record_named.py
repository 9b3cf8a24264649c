"""A town or a body named as part of one of the group's records, not asked
about: « le forum à Vitry c'est quel jour ? » when a deadline reads « Forum
des familles à Vitry-sur-Seine », « le salon de Villeurbanne c'est quand ? »
for « Salon des circuits courts à Villeurbanne ». The town is then a word of
the record's topic (the deadline is found by it), not the body of that town
whose people would be listed, nor a meeting place.

Only when another word of the message, one the examples never use (a topic
word: « forum », « salon »), is a word of the same record, and no one is
asked for (« qui représente Vitry au forum ? » asks for the town's people). A deadline asked by its
noun alone (« deadline pour la DDETS ? ») names its body so as well, when a deadline names it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from handlers.understanding.entities import Entity
from handlers.understanding.intents import is_frame_word, model
from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.normalise import Word, fold, lexicon, stem, words

__all__ = ["named_in_records"]

_WHO = frozenset({"qui", "ki"})
_MEETINGS = nouns("plain", "chat", "formations", plural=True) | {"visio", "visios"}
# The nouns of a deadline (« deadline », « délai », « date limite » are read « échéance »).
_DEADLINE = frozenset({"echeance", "echeances"})


def _stems(found: Iterable[Word]) -> set[str]:
    stop = lexicon().stopwords
    return {stem(w.lemma) for w in found if w.folded not in stop and len(w.folded) >= 3}


@lru_cache(maxsize=4096)
def _record_stems(text: str) -> frozenset[str]:
    return frozenset(_stems(words(text, shorthand=False)))


@lru_cache(maxsize=4096)
def _record_sequence(text: str) -> tuple[str, ...]:
    """A record's stems in the order it writes them, each left-out word (a stop word, a short word) kept as ""."""
    stop = lexicon().stopwords
    return tuple("" if w.folded in stop or len(w.folded) < 3 else stem(w.lemma) for w in words(text, shorthand=False))


def _sequence(found: Iterable[Word]) -> list[str]:
    stop = lexicon().stopwords
    return [stem(w.lemma) for w in found if w.folded not in stop and len(w.folded) >= 3]


def _written_together(own: list[str], text: str) -> bool:
    """« la mission locale » is named by « … à la Mission locale », not by « Chargée de mission du contrat local de
    santé », whose words hold it only scattered: a body said in several words is a record's when the record writes
    them side by side (a body said in one word, as before, wherever the record writes it). Little words may stand
    between them, and one word right after one of them, as an adjective follows its noun (« le syndicat de tri » of
    « Syndicat mixte de tri »); not a word after a little word (« mission du contrat local »)."""
    if len(own) < 2:
        return True
    seq = _record_sequence(text)
    return any(_follows(own, seq, i) for i, first in enumerate(seq) if first == own[0])


def _follows(own: list[str], seq: tuple[str, ...], at: int) -> bool:
    """Whether `own` is written from `seq[at]` on, little words ("") between, and at most one word right after each."""
    for word in own[1:]:
        at += 1
        if at < len(seq) and seq[at] not in ("", word):
            at += 1  # « mixte » right after « syndicat »
        while at < len(seq) and seq[at] == "":
            at += 1
        if at >= len(seq) or seq[at] != word:
            return False
    return True


@lru_cache(maxsize=4096)
def _opening_stem(text: str) -> str:
    """The stem of the noun a record opens with (« Demande de subvention à la FAJE » → « demander »)."""
    return next(iter(sorted(_stems(words(text, shorthand=False)[:1]))), "")


def _period_of_name(found: list[Word], e: Entity, texts: list[str], sittings: frozenset[int] = frozenset()) -> bool:
    """« les inscriptions aux cours de français du printemps »: a season or month after « de » and a noun,
    the three words as a record writes them (« Retour des inscriptions aux cours de français du printemps »),
    is part of that record's name, not a period asked about; so is a date after « pour » that a record writes
    with the noun before it."""
    if e.kind not in ("period", "month") or e.start < 2 or found[e.start - 1].folded not in ("de", "du", "d", "pour"):
        return False
    if found[e.start - 2].folded in _MEETINGS:
        return False  # « la réunion en visio de novembre »: a meeting of that month, whatever a record calls it
    if e.start - 1 in sittings:
        # « le comité syndical de janvier, il est où ? »: a kind of the group's sittings (a meeting place's head)
        # just before « de », the sitting of that month, even when a decision says « au comité syndical de janvier ».
        return False
    phrase = " ".join(w.folded for w in found[e.start - 2:e.end])
    if found[e.start - 1].folded != "pour":
        return any(f" {phrase} " in f" {text} " for text in texts)
    # « les inscriptions pour août 2027, ça ferme quand ? » of « Inscriptions sur la liste d'attente … pour août
    # 2027 »: the date after « pour » as the record writes it, and the noun before it in the same record.
    tail = " ".join(w.folded for w in found[e.start - 1:e.end])
    return any(f" {tail} " in f" {text} " and f" {found[e.start - 2].folded} " in f" {text} " for text in texts)


def _heading_stems(e: Entity) -> frozenset[str]:
    """The stems of the places of the sittings a place entity found (their headings with them)."""
    return frozenset().union(*(_record_stems(m.place) for m in e.items if getattr(m, "place", None)))


def named_in_records(found: list[Word], entities: list[Entity], records: Mapping[str, tuple[str, ...]]) -> list[Entity]:
    """`entities` without the bodies and places that a record names along with a topic word of the message,
    and without a period that is part of a record's name."""
    folded_texts = [" ".join(re.split(r"\W+", fold(text))) for texts in records.values() for text in texts]
    sittings = frozenset(e.end for e in entities if e.kind == "place")
    entities = [e for e in entities if not _period_of_name(found, e, folded_texts, sittings)]
    spoken = [e for e in entities if e.kind in ("org", "place")]
    if not spoken or any(w.folded in _WHO for w in found):
        return entities
    covered = {j for e in entities for j in range(e.start, e.end)}
    vocabulary = model().vocabulary
    topical = _stems(w for i, w in enumerate(found) if i not in covered and not is_frame_word(w, vocabulary))
    # « la demande à la FAJE, c'est pour quand ? » of « Demande de subvention à la FAJE »: the noun a record opens
    # with names it along with the body, even one the examples use (« demander »); not a meeting's noun (« la
    # réunion avec la CAF » is a sitting, whatever a record opens with).
    openings = {_opening_stem(text) for texts in records.values() for text in texts} - {""}
    topical |= _stems(w for i, w in enumerate(found) if i not in covered and w.folded not in _MEETINGS) & openings
    # « deadline pour la DDETS ? »: a deadline asked by its noun alone, the body one of them names.
    due = [_record_stems(text) for text in records.get("dates_period", ())] if any(
        w.lemma in _DEADLINE for w in found) else []
    if not topical and not due:
        return entities
    raw = [text for texts in records.values() for text in texts]
    texts = [_record_stems(text) for text in raw]
    named: set[tuple[int, int]] = set()
    for e in spoken:
        own = _stems(found[e.start:e.end])
        if e.kind == "place" and topical & _heading_stems(e):
            # « l'exercice PPI c'était quand ? » of « Observation de l'exercice PPI, centre opérationnel … »: the
            # sitting's own heading holds the topic word too, whatever task or point repeats them (lead's set 52).
            continue
        said = _sequence(found[e.start:e.end])
        if own and (any(own <= text and topical & text and _written_together(said, written)
                        for text, written in zip(texts, raw, strict=True)) or any(own <= text for text in due)):
            named.add((e.start, e.end))
    return [e for e in entities if (e.start, e.end) not in named]

"""A period that is part of a record's name, not a time asked: « on prépare
le partage des sentiers pour l'été 2027 à quelle réunion ? » when an agenda
point reads « Partage des sentiers pour l'été 2027 » (the lead's set 66).

The period was read as the time of the sitting asked (« en été 2027 »), and
no reading held. When the words just before the period are content words
of one of the group's records (agenda points, deadlines, decisions), two at
least, and that same record says the period's words too, they name the
record together: the period is left out of the entities, its words are the
record's. Not after a sitting's noun: « le procès-verbal de la séance du 24
septembre » names the sitting by its day, though a decision approving those
minutes says all of it (set 42c, on the merged round).

A weekday typed bare right after a content word, as a record writes the two
together, is part of a name too: « les fiches-bilans du plan mercredi, c'est
pour quand ? » of a deadline « … des activités du plan mercredi » (set 48a),
not next Wednesday; « le car le mercredi » (an article between) stays a day."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from handlers.understanding.meeting_nouns import SITTINGS
from handlers.understanding.normalise import Word, fold, lexicon
from handlers.understanding.spans import Entity

__all__ = ["periods_of_records"]

# Little words between a record's noun and its period (« pour l'été », « de l'hiver 2026 »).
_LINKS = frozenset({"pour", "de", "du", "d", "l", "la", "le", "en", "des"})
_KINDS = frozenset({"period"})
_WEEKDAYS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})


def _said(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", fold(text)))


def periods_of_records(found: Sequence[Word], entities: list[Entity],
                       records: Mapping[str, tuple[str, ...]]) -> list[Entity]:
    """The entities without a period that a record says right after two of its content words said before it."""
    texts = [_said(t) for kind in ("agenda_items", "dates_period", "decisions_topic") for t in records.get(kind, ())]
    if not texts:
        return entities
    stop = lexicon().stopwords
    written = [f" {' '.join(re.findall(r'[a-z0-9]+', fold(t)))} " for kind in ("agenda_items", "dates_period",
               "decisions_topic") for t in records.get(kind, ())]
    covered = {j for e in entities for j in range(e.start, e.end)}
    kept = []
    for entity in entities:
        if _weekday_of_name(found, entity, written, stop):
            continue
        span = entity.extra.get("period")
        if entity.kind not in _KINDS or entity.start < 2 or span is not None and (span.end - span.start).days == 1:
            # A day (« le procès-verbal du 19 novembre ») dates a sitting or a record, the season or year of a name
            # does not (set 42c's « … est adopté ? » of the point « Approbation du procès-verbal de la séance du 19
            # novembre »).
            kept.append(entity)
            continue
        own = [w.folded for w in found[entity.start:entity.end] if w.folded not in _LINKS]
        j = entity.start - 1
        while j >= 0 and found[j].folded in _LINKS:
            j -= 1
        if j >= 0 and found[j].folded in SITTINGS:
            kept.append(entity)  # « la séance du 24 septembre »: the day names the sitting
            continue
        before = []
        while j >= 0 and j not in covered and len(before) < 2:
            if found[j].folded not in stop and found[j].folded not in _LINKS:
                before.append(found[j].folded)
            elif found[j].folded not in _LINKS:
                break
            j -= 1
        recorded = len(before) == 2 and own and any(
            all(w in said or w.rstrip("s") in said or f"{w}s" in said for w in before) and all(w in said for w in own)
            for said in texts)
        if not recorded:
            kept.append(entity)
    return kept


def _weekday_of_name(found: Sequence[Word], entity: Entity, written: list[str], stop: frozenset[str]) -> bool:
    """Whether `entity` is one weekday typed right after a word (« plan mercredi ») that a record writes together
    with it and with another content word of the message (« fiches »); not after an article or a link (« le car
    le mercredi »), nor after a sitting's noun (« la séance mardi »)."""
    if entity.kind not in _KINDS or entity.end - entity.start != 1 or entity.start < 1:
        return False
    day, before = found[entity.start].folded, found[entity.start - 1].folded
    if day not in _WEEKDAYS or len(before) < 3 or before in _LINKS or before in SITTINGS:
        return False
    others = {w.folded for k, w in enumerate(found) if k not in (entity.start, entity.start - 1)
              and len(w.folded) >= 4 and w.folded not in stop}
    return any(f" {before} {day} " in text and any(f" {w} " in text for w in others) for text in written)

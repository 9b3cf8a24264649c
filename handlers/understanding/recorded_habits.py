"""A weekday after « le » that a decision holds as the habit of the thing asked about.

« la perm c'est à quelle heure le mercredi ? », « le marché c'est où le
samedi ? », « l'aide aux devoirs finit à quelle heure le mardi ? »: the
day, with the article of a habit (« le mercredi » is every Wednesday,
habitual_days.py), is the day of a rule the group recorded (« une
permanence est tenue chaque mercredi de 14 h à 16 h »), not the coming
Wednesday as a period. habitual_days.py reads the day so only right after
the topic's noun in a question about a decision; here the day may close
the question (« … à quelle heure le mercredi ? »), so the record must say
it: a decision holds that weekday and a word of the question's thing, named
before the day (« perm » clipped from « permanence »; not a part of the day,
« le samedi matin »). The rule gives way to a meeting:
a meeting noun in the question (« la réunion le mercredi ») or a meeting
on that day keeps the period."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from handlers.understanding.days import WEEKDAYS
from handlers.understanding.entities import Entity
from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.world import plain

__all__ = ["recorded_habits"]

_WEEKDAYS = frozenset(WEEKDAYS)
_HABIT_ARTICLES = frozenset({"le", "les"})
_MEETINGS = nouns("plain", "chat", "formations", "sitting_bodies", plural=True)
# Words that ask about the habit (its hour, its place), not what it is: they name no thing of the record.
# The parts of a day are when, not what (« la boulangerie est ouverte le samedi matin ? » names no France Services).
_ASKING = frozenset({"heure", "heures", "horaire", "horaires", "jour", "jours", "date", "lieu", "endroit", "quelle",
                     "quel", "quoi", "ouvre", "ferme", "finit", "commence", "toujours", "encore", "matin", "matins",
                     "midi", "soir", "soirs", "apres", "journee", "semaine", "mois"})


def _record_words(text: str) -> set[str]:
    """A decision's folded words (punctuation off: « chaque mercredi, de 14 h » holds « mercredi »)."""
    return set(plain(text).split())


def _names_thing(word: Word, record: set[str]) -> bool:
    """`word` is a word of `record`, whole or clipped (« perm » of « permanence »)."""
    lex = lexicon()
    w = word.folded
    if len(w) < 4 or w in lex.stopwords or w in lex.question_words or w in _ASKING or w in _WEEKDAYS:
        return False
    return any(r == w or (r.startswith(w) and len(r) > len(w)) for r in record)


def _habit_day(found: Sequence[Word], entity: Entity, decisions: Sequence[set[str]],
               met: Collection[date]) -> int | None:
    if entity.kind != "period" or entity.end - entity.start != 1:
        return None
    i = entity.start
    day = found[i].lemma
    if day not in _WEEKDAYS or i < 1 or found[i - 1].folded not in _HABIT_ARTICLES:
        return None
    period = entity.extra.get("period")
    if period is None or period.start in met:
        return None
    # The thing is named before its day: « la perm c'est à quelle heure le mercredi ? ».
    others = found[:i - 1]
    for record in decisions:
        if (day in record or day + "s" in record) and any(_names_thing(w, record) for w in others):
            return i
    return None


def recorded_habits(found: Sequence[Word], entities: list[Entity], decisions: Sequence[str],
                    meeting_days: Collection[date]) -> tuple[list[Entity], set[int]]:
    """`entities` without the weekdays that a decision holds as the habit of the question's thing, and
    those days' indices (topic words). `meeting_days`: the dates of the group's meetings."""
    if any(w.folded in _MEETINGS for w in found):
        return entities, set()
    records = [_record_words(text) for text in decisions]
    days = {e.start: i for e in entities if (i := _habit_day(found, e, records, meeting_days)) is not None}
    if not days:
        return entities, set()
    return [e for e in entities if e.start not in days], set(days.values())

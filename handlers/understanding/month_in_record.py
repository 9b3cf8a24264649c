"""A month (or a period) that is part of what a deadline is about, not when it falls:
« les préinscriptions pour septembre ouvrent quand ? » (the deadline:
« Ouverture des préinscriptions pour la rentrée de septembre 2027 », on
1 March), « le dossier pour la commission de décembre, c'est quand ? ».

Read as a period, the month kept only the deadlines falling in it, and the
one asked about fell outside: « je ne trouve aucune échéance ». When the
topic finds no deadline in the month, the deadlines to come whose own text
names that month and that the topic finds are the answer. So are those
whose text names a sitting of the group held that month (« les inscriptions
pour la journée d'avril ferment quand ? » of « Inscriptions à la journée
départementale des agents », due in March, when the « Journée
départementale des agents » is held in April): the month is the sitting's,
the deadline comes before it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from handlers.understanding.meeting_nouns import heading_of
from handlers.understanding.normalise import words
from handlers.understanding.periods import MONTHS
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import SHARE, content_words, topic_scores
from handlers.understanding.world import plain
from storage.models import Deadline, Meeting

__all__ = ["month_named_by"]


def month_named_by(u: Understanding, deadlines: Sequence[Deadline], today: date,
                   meetings: Sequence[Meeting] = ()) -> list[Deadline]:
    """The deadlines to come (from `deadlines`) whose text names the month `u` names, or one of `meetings` held
    that month before which they fall, and whose words its topic finds; [] when the question names no month or no
    topic."""
    month = u.first("month")
    if month is None and u.topic and (said := _period_said(u)):
        # « les chiffres de l'absentéisme du premier trimestre, il faut les remonter avant quand ? »: a period in the
        # deadline's own words (« Remontée des chiffres … du premier trimestre », due in December).
        named = [d for d in deadlines if not d.cancelled and d.day >= today and f" {said} " in f" {plain(d.text)} "]
        scores = topic_scores(u.topic, [d.text for d in named])
        return [d for s, d in zip(scores, named, strict=True) if s >= SHARE]
    if month is None or not u.topic:
        return []
    number = month.extra["month"]
    name = plain(MONTHS[number - 1])
    ahead = [d for d in deadlines if not d.cancelled and d.day >= today]
    held = [m for m in meetings if m.active and m.start.date() >= today and m.start.month == number]
    found = [d for d in ahead if name in plain(d.text).split() or any(
        d.day <= m.start.date() and _names_sitting(d.text, m.place) for m in held)]
    scores = topic_scores(u.topic, [d.text for d in found])
    return [d for s, d in zip(scores, found, strict=True) if s >= SHARE]


_LEADS = frozenset({"au", "du", "en", "de", "d", "le", "la", "l", "pour", "des"})


def _period_said(u: Understanding) -> str:
    """The words of the period `u` names, as typed and folded, past their little leading words, when two or more
    (« premier trimestre »); « » otherwise (« demain » is in many a text)."""
    period = u.first("period")
    if period is None:
        return ""
    said = [plain(w.raw) for w in u.words[period.start:period.end]]
    while said and said[0] in _LEADS:
        said = said[1:]
    return " ".join(said) if len(said) >= 2 else ""


# A deadline names a sitting when this many of the sitting's own words are in its text (« journée départementale
# des agents »): one shared word (« réunion », a town) is any two records' chance.
_SITTING_WORDS = 2


def _names_sitting(text: str, place: str) -> bool:
    """The deadline's `text` holds at least two content words of the sitting's `place` (its name, before a comma)."""
    own = content_words(words(heading_of(place)))
    return len(own) >= _SITTING_WORDS and sum(s >= 1.0 for s in (topic_scores([w], [text], loose=False)[0]
                                                                  for w in own)) >= _SITTING_WORDS

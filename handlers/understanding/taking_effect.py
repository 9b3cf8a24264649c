"""What a decision changes from a date: « qu'est-ce qui change pour les
accueils de loisirs en janvier ? », « les accueils ouvrent à 7h30, à partir
de quand ça s'applique ? », « le portail familles c'est en vigueur depuis
quand ? », « ça démarre quand ? », « qu'est-ce qui change à la rentrée de
septembre ? ».

The words that say a change or its start (« changer », « à partir de »,
« en vigueur », « effectif », « démarrer », « commencer », « s'appliquer »,
« du nouveau ») are no topic: no record repeats them, so the question stayed
unsure, or went to the task or the deadline that shared a word with it. Such
a question asks which decision takes effect, and when: the decision whose
words the rest of the question names, clearly first, and which dates what it
sets; with a period (« en janvier », « au 1er janvier », « à la rentrée »),
only the decisions taking effect in it (a month, « la rentrée », « après les
vacances de Noël » in their text), which may be all the question names
(« qu'est-ce qui change en janvier ? »). A question about a meeting, a person
or a place, or whose words a deadline holds as well, is left to the other
readings, unless the decision sets a season (« du 1er mai au 30 septembre ») and
« à partir de quand ? » or « de quand à quand ? » asks its start or ends: a
deadline sharing its words only dates a step towards it (« Réception des
demandes de grands passages »), and the season outweighs even a confident
reading of the deadlines (`season_only`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from handlers.context import Context
from handlers.messages import Span, bold
from handlers.understanding.decided_when import is_dated
from handlers.understanding.dominance import leads
from handlers.understanding.meeting_nouns import FORMATIONS, SITTINGS
from handlers.understanding.normalise import Word, fold
from handlers.understanding.outcome import Outcome
from handlers.understanding.periods import FOLDED_MONTHS
from handlers.understanding.pipeline import Understanding, shorten
from handlers.understanding.topics import topic_scores
from handlers.understanding.world import World
from handlers.views import decision_lines

__all__ = ["TAKING_EFFECT_KEY", "taking_effect"]

# The key of an answer found here: the tasks' second look does not trade it for a task sharing its words
# (« c'est effectif quand l'ouverture à 7h30 ? » beside the task « Chiffrer l'ouverture … à 7h30 »).
TAKING_EFFECT_KEY = "effet:"

# Lemmas and folded forms saying that something changes or takes effect: no deadline answers those.
_CHANGE = frozenset({
    "changer", "change", "changent", "changement", "changements", "appliquer", "applique", "appliquent", "vigueur",
    "effectif", "effective", "nouveau", "nouveaute", "nouveautes", "evoluer", "evolue", "evolution", "bouger", "bouge",
    "nouvelle", "nouvelles",  # « il y a du nouveau pour … ? » (read « des nouvelles »)
})
# « les horaires de l'accueil » are said by a clock time in the decision (« ouvrent à 7h30 »).
_HOURS = frozenset({"horaire", "horaires"})
_CLOCK = re.compile(r"\b\d{1,2}\s?h(?:\s?\d{2})?\b")
# Forms saying that something starts: a deadline may say that too (« les inscriptions commencent quand ? »).
_START = frozenset({"demarrer", "demarre", "demarrent", "commencer", "commence", "commencent", "debuter", "debute"})
# « à partir de », « à compter de », « dès quand »: the start asked; « partir » and « compter » are no topic then.
_FROM = frozenset({"partir", "compter"})
# Glue that says nothing of what changes (« pour les accueils », « ça démarre quand »).
_GLUE = frozenset({"quand", "qd", "depuis", "des", "date", "entree", "jour", "moment", "ca", "cela", "chose",
                   "quoi", "truc", "trucs", "maintenant", "prevu", "prevue", "rentree", "noel"})
_MONTH_IN_TEXT = re.compile(r"\b(" + "|".join(FOLDED_MONTHS) + r")(?:\s+(20\d\d))?\b")
# « à la rentrée » (September's), « après les vacances de Noël » / « après Noël » (January's).
_RENTREE = re.compile(r"\brentree\b(?!\s+(?:de|d)\s+(?:" + "|".join(FOLDED_MONTHS) + r"))")
_AFTER_CHRISTMAS = re.compile(r"\bapres\s+(?:les\s+(?:vacances|fetes)\s+de\s+)?noel\b")
_SITTINGS = SITTINGS | FORMATIONS
# A season a decision sets, « du 1er mai au 30 septembre », « de mai à septembre »: what « à partir de quand ? » and
# « de quand à quand ? » ask of the thing it opens, where a deadline only dates a step towards it (a request, a list).
_SPAN_IN_TEXT = re.compile(r"\b(?:du\s+(?:1er|\d{1,2})\s+(?:" + "|".join(FOLDED_MONTHS) + r")\s+au\s+\d{1,2}\s+"
                           r"|de\s+(?:" + "|".join(FOLDED_MONTHS) + r")\s+a\s+)(?:" + "|".join(FOLDED_MONTHS) + r")\b")
# Entities that make the question about something else than a decision's start.
_OTHER_KINDS = frozenset({"person", "place", "role", "number"})


# « les effectifs par circuit »: the plural is the noun of a head count, no word of change (set 48b).
_HEAD_COUNT = frozenset({"effectifs"})


def _is_change(word: Word) -> bool:
    return word.folded not in _HEAD_COUNT and bool({word.folded, word.lemma} & (_CHANGE | _START))


def _changes(u: Understanding) -> bool:
    """A word of change (« change », « en vigueur », « effectif »), not only of a start."""
    return any(w.folded not in _HEAD_COUNT and {w.folded, w.lemma} & _CHANGE for w in u.words)


def _cued(u: Understanding) -> bool:
    """A word of change or of a start: « change », « en vigueur », « à partir de » (a date's, not a threshold's:
    « ils passent à partir de 20h », « à partir de 16 ans »)."""
    found = u.words
    return _asks_span(u) or any(
        _is_change(w) or w.folded in _FROM and i > 0 and found[i - 1].folded in ("a", "à")
        and not any(ch.isdigit() for n in found[i + 1:i + 3] for ch in n.folded) for i, w in enumerate(found))


def _asks_span(u: Understanding) -> bool:
    """« c'est ouvert de quand à quand ? »: the two ends of a season asked."""
    folded = [w.folded for w in u.words]
    return any(folded[i:i + 3] == ["quand", "a", "quand"] for i in range(len(folded) - 2))


def _says_when(text: str, taken: date) -> bool:
    """The decision dates what it sets (a month, a year, a season, « après les vacances de Noël »)."""
    return is_dated(text) or bool(_months_of_text(text, taken))


def _months_of_text(text: str, taken: date) -> set[tuple[int, int]]:
    """The months (year, month) a decision's text names as when it takes effect."""
    folded = fold(text)
    months: set[tuple[int, int]] = set()
    for match in _MONTH_IN_TEXT.finditer(folded):
        month = FOLDED_MONTHS.index(match.group(1)) + 1
        year = int(match.group(2)) if match.group(2) else taken.year + (month < taken.month)
        months.add((year, month))
    if _RENTREE.search(folded):
        months.add((taken.year + (taken.month >= 9), 9))
    if _AFTER_CHRISTMAS.search(folded):
        months.add((taken.year + 1 if taken.month >= 2 else taken.year, 1))
    return months


def _asked_months(u: Understanding, today: date) -> set[tuple[int, int]] | None:
    """The months the question names (None: no period named)."""
    months: set[tuple[int, int]] = set()
    for entity in u.entities:
        if entity.kind == "period":
            span = entity.extra["period"]
            year, month = span.start.year, span.start.month
            while (year, month) < (span.end.year, span.end.month) or (year, month) == (span.start.year, span.start.month):
                months.add((year, month))
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        elif entity.kind == "month":
            month = entity.extra["month"]
            months.add((today.year + (month < today.month), month))
    folded = [w.folded for w in u.words]
    for i, word in enumerate(folded):
        if word == "rentree" and not any(k in FOLDED_MONTHS and k != "septembre" for k in folded[i + 1:i + 3]):
            months.add((today.year + (today.month >= 9), 9))
        elif word == "noel" and i > 0 and "apres" in folded[max(0, i - 4):i]:
            months.add((today.year + 1, 1))
        elif word in FOLDED_MONTHS and not any(e.start <= i < e.end for e in u.entities):
            month = FOLDED_MONTHS.index(word) + 1
            months.add((today.year + (month < today.month), month))
    return months or None


def _topic(u: Understanding, world: World) -> list[Word]:
    """What changes: the topic without the words of change, with a body named (« pour l'Amicale laïque »)."""
    named = [w for e in u.entities if e.kind == "org" for w in u.words[e.start:e.end]]
    return [w for w in list(u.topic) + named if not _is_change(w) and w.folded not in _FROM | _GLUE
            and w.lemma not in _SITTINGS and w.folded not in FOLDED_MONTHS]


def taking_effect(ctx: Context, u: Understanding, world: World, asked: Sequence[str] = (),
                  season_only: bool = False) -> Outcome | None:
    """The decisions a question on what changes from a date asks for, else None (`u` untouched); with
    `season_only`, only a decision setting a season (« du 1er mai au 30 septembre ») asked by its start or ends,
    which outweighs the deadlines a confident reading found."""
    if not _cued(u) or any(e.kind in _OTHER_KINDS for e in u.entities) or _asks_who(u):
        return None
    if any(w.lemma in _SITTINGS or w.folded in _SITTINGS for w in u.words):
        return None  # « la réunion commence à quelle heure ? »: a meeting's start
    if any(e.kind == "place" for e in u.entities) or any(e.extra.get("formation") for e in u.entities):
        return None
    decisions = [d for d in ctx.data.decisions() if d.status != "cancelled"]
    if not decisions:
        return None
    today = ctx.now.date()
    months = _asked_months(u, today)
    topic = _topic(u, world)
    if months is not None:
        candidates = [d for d in decisions if _months_of_text(d.text, d.taken_on) & months]
    else:
        candidates = [d for d in decisions if _says_when(d.text, d.taken_on)]
    if any(w.folded in _HOURS for w in u.words):
        topic = [w for w in topic if w.folded not in _HOURS]
        candidates = [d for d in candidates if _CLOCK.search(fold(d.text))]
    if not candidates:
        return None
    if topic:
        scores = topic_scores(topic, [d.text for d in candidates])
        best = max(scores)
        if best < 0.6 or not leads(scores) and months is None:
            return None
        # A deadline holding the words as well is what « à partir de quand » may ask (« les inscriptions ? »).
        deadlines = world.records.get("dates_period", ())
        chosen = [d for d, s in zip(candidates, scores) if s == best]
        # A season the decision sets outweighs a deadline sharing its words (« les grands passages c'est à partir
        # de quand ? » of « … du 1er mai au 30 septembre » beside « Réception des demandes de grands passages »).
        season = len(chosen) == 1 and bool(_SPAN_IN_TEXT.search(fold(chosen[0].text)))
        if deadlines and not _changes(u) and not season and max(topic_scores(topic, list(deadlines))) >= best:
            return None
        if season_only and (not season or _changes(u)):
            return None
        if months is None and len(chosen) != 1:
            return None
    elif season_only:
        return None
    elif months is not None and asked_whole(u):
        chosen = candidates  # « qu'est-ce qui change en janvier ? »: every decision taking effect then
    else:
        return None
    title = (f"Décisions sur « {shorten(' '.join(w.raw for w in topic))} »" if topic
             else "Décisions prenant effet à la période demandée")
    lines: list[list[Span] | str] = [[bold(f"{title} ({len(chosen)})")]]
    for decision in chosen[:5]:
        lines.extend(decision_lines(decision, ctx.locale))
    u.intent, u.readings = "decisions_topic", []
    return Outcome.sure(u, lines, TAKING_EFFECT_KEY + ", ".join(f"n°{d.number}" for d in chosen[:5]))


def _asks_who(u: Understanding) -> bool:
    """« qui … ? » asks someone; « qu'est-ce qui change ? » does not."""
    folded = [w.folded for w in u.words]
    return any(word == "qui" and not (i > 0 and folded[i - 1] == "ce") for i, word in enumerate(folded))


def asked_whole(u: Understanding) -> bool:
    """« qu'est-ce qui change … ? », « quoi de nouveau … ? »: what changes is asked, not whether one thing does."""
    folded = [w.folded for w in u.words]
    return "quoi" in folded or any(word == "qui" and i > 0 and folded[i - 1] == "ce" for i, word in enumerate(folded))

"""What came out of a past meeting, asked without a word of deciding:
« qu'est-ce qui est ressorti de la réunion de mardi dernier ? », « qu'est-ce
qui s'est dit en octobre ? », « il s'est passé quoi à la dernière séance ? »,
« ça a donné quoi, la réunion du 12 ? ».

A member who missed a meeting asks what it produced; the group's record of
that is its decisions. meeting_decisions.py takes the decisions' reading
only on a word of deciding; without one, « ressorti » was weighed as a
topic and « s'est dit » read as the meeting itself, and the member got no
answer or the meeting's date. Only when the question designates a meeting
held (an order, a month, a day, a period or a place, in the past) and says
nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from handlers.understanding.intents import model

if TYPE_CHECKING:
    from storage.models import Meeting
    from handlers.understanding.normalise import Word
    from handlers.understanding.pipeline import Understanding

__all__ = ["OUTCOME_WORDS", "asks_outcome", "context_day", "context_meeting", "context_month", "outcome_of_meeting"]

# Words that can only ask what was decided (meeting_decisions.py's).
_DECIDED = frozenset({"decider", "decision", "decisions", "acter", "decide", "decidee", "acte", "actee"})

# The participles of « what came out »: (res)sorti, dit, passé, donné, discuté, parlé.
OUTCOME_WORDS = frozenset({"ressorti", "ressortie", "sorti", "dit", "passe", "donne", "discute", "parle"})
# The phrases they take here, folded: « est ressorti (de) », « s'est dit », « s'est passé », « a donné quoi »,
# « on a discuté de quoi », « on a parlé de quoi ».
_PHRASES = (("est", "ressorti"), ("est", "sorti"), ("s", "est", "dit"), ("s", "est", "passe"), ("se", "sont", "dit"),
            ("a", "donne", "quoi"), ("a", "discute", "de", "quoi"), ("a", "parle", "de", "quoi"),
            ("avez", "discute", "de", "quoi"), ("avez", "parle", "de", "quoi"), ("est", "ressortie"))


# Readings of another record of a meeting, which a participle of coming out may ask about too.
_OTHER_RECORDS = frozenset({"minutes_request", "tasks_late", "tasks_mine", "attendance_meeting", "rsvp_upcoming"})


def asks_outcome(words: list[Word]) -> bool:
    """The message asks what came out of something (« qu'est-ce qui est ressorti de … », « il s'est passé quoi »),
    not whether a record came out (« le compte rendu est sorti ? »): « quoi » or « ce qui » asks the outcome."""
    folded = [w.folded for w in words]
    for p in _PHRASES:
        for i in range(len(folded) - len(p) + 1):
            if tuple(folded[i:i + len(p)]) == p and ("quoi" in folded or folded[max(0, i - 2):i] == ["ce", "qui"]):
                return True
    return False


def context_month(u: Understanding) -> int | None:
    """The month the context before the question names (« j'ai raté la réunion de novembre, il s'est passé
    quoi ? », « j'étais pas là en octobre, vous avez décidé quoi ? »): the meeting missed, which the question
    then asks about; None without one."""
    from handlers.understanding.periods import month_of

    said = [m for i in sorted(u.loose) if i < len(u.words) and (m := month_of(u.words[i].folded)) is not None]
    return said[0] if len(set(said)) == 1 else None


_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def context_day(u: Understanding) -> tuple[int | None, int] | None:
    """The day the context before the question names without its month (« j'étais pas là mardi 24, vous avez
    décidé quoi ? », « absente le 24, … »): (weekday or None, day of the month); None without one."""
    loose = sorted(i for i in u.loose if i < len(u.words))
    for i in loose:
        word = u.words[i].folded
        if not word.isdigit() or not 1 <= int(word) <= 31 or i == 0:
            continue
        before = u.words[i - 1].folded
        if before in _WEEKDAYS:
            return _WEEKDAYS.index(before), int(word)
        if before in ("le", "du"):
            return None, int(word)
    return None


def context_meeting(u: Understanding, meetings: Sequence[Meeting], now: datetime) -> Meeting | None:
    """The meeting held on the day (« j'étais pas là mardi 24 », « … le 3 novembre ») or, without a day, in the
    month the context before the question names: the latest such one held; None when the context names neither."""
    from handlers.understanding.periods import month_of

    held = [m for m in meetings if m.status != "cancelled" and m.start <= now]
    if (day := context_day(u)) is not None:
        # « le 3 novembre »: the month written after the day narrows it (« novembre » alone would be the 18th's).
        after = next((i + 1 for i in sorted(u.loose) if i + 1 < len(u.words) and u.words[i].folded == str(day[1])), None)
        month = month_of(u.words[after].folded) if after is not None else None
        return max((m for m in held if m.start.day == day[1] and day[0] in (None, m.start.weekday())
                    and month in (None, m.start.month)), key=lambda m: m.start, default=None)
    if (month := context_month(u)) is not None:
        return max((m for m in held if m.start.month == month), key=lambda m: m.start, default=None)
    return None


def _held(u: Understanding) -> bool:
    """The question designates a meeting: « la dernière », a month, a day or a period (read in the past, the
    outcome's participle being one of tense.py's words), a meeting at a place."""
    from handlers.understanding.pipeline import MEETING_NOUNS

    if u.order in ("dernier", "precedent") or u.first("period") is not None or u.first("month") is not None:
        return True
    place = u.first("place")
    # « qu'est-ce qui est ressorti du groupe agriculture ? »: a working group named by its subject is its sittings
    # (formation_subject.py), without a meeting noun.
    # « le bureau à Lanester, il en est sorti quoi ? », « la plénière d'Hennebont, ça a donné quoi ? »: a kind of
    # sitting is a meeting noun.
    return place is not None and (any(w.lemma in MEETING_NOUNS for w in u.words) or bool(place.extra.get("subject"))
                                  or any(e.kind == "place" and e.extra.get("formation") for e in u.entities))


def outcome_of_meeting(u: Understanding, ranking: list[tuple[str, float]]) -> tuple[float, frozenset[str]] | None:
    """The score of the decisions reading and the readings that do not contradict it, or None."""
    from handlers.understanding.pipeline import CONFIDENT, MARGIN

    said = context_month(u) is not None or context_day(u) is not None
    missed = said and not u.topic and any(w.folded in _DECIDED for w in u.words)
    if not (asks_outcome(u.words) and (_held(u) or said)) and not missed:
        return None
    if ranking and ranking[0][0] in _OTHER_RECORDS:
        return None  # « le compte rendu de la dernière, il en est ressorti quoi ? »: the record asked, not the meeting
    # Nothing else asked: the topic is the outcome's participle at most.
    if any(w.folded not in OUTCOME_WORDS for w in u.topic):
        return None
    u.topic = []
    # The participle is the question's frame (« ressorti » is in no answer): explained.py must not miss it.
    u.framing |= {i for i, w in enumerate(u.words) if w.folded in OUTCOME_WORDS}
    meetings = model().family("meeting_next") | {"meetings_upcoming"}
    # The meeting designated is what the question read closest to: its closeness is the question's. The phrase
    # of coming out decides against readings on its other words (« qu'est-ce qui » read as who: the directory).
    agreeing = model().family("decisions_recent") | meetings | frozenset({"dates_period"})
    close = max((s for name, s in ranking if name in meetings), default=0.0)
    other = max((s for name, s in ranking if name not in agreeing and name != "chitchat"), default=0.0)
    return max(CONFIDENT, close, other + MARGIN), agreeing

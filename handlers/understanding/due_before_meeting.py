"""What is due before a meeting: « qu'est-ce qui doit être rendu avant le comité
de programmation ? », « qu'est-ce qu'il faut avoir rendu avant la plénière ? »,
« on a quoi à rendre avant la prochaine réunion ? », « des échéances d'ici le
comité du 10 ? ».

The bound is a sitting, not a day: no period was read, so the question fell to
the meeting itself (the sitting's words are the closest example) or to a
decision naming the sitting. A word of handing in (« rendre », « boucler »,
« échéance ») asks for the dates due from today up to that sitting: the
deadlines and the open tasks due before its day, listed as any period's. The
sitting is the one the words name: a day or a month said with it, else the next
one whose place holds the noun (« la plénière » of « Assemblée plénière du
GAL »), else, for a plain noun (« la réunion », « la séance »), the next one.
« il me reste quoi avant la prochaine réunion ? » (no word of handing in) stays
the asker's tasks (task_questions.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from handlers.context import Context
from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.normalise import fold
from handlers.understanding.outcome import Outcome
from handlers.understanding.periods import Period
from handlers.understanding.pipeline import Understanding
from handlers.understanding.timed_deadline import dates_over_span
from storage.models import Meeting

__all__ = ["due_before_meeting"]

# « avant », « d'ici », « jusqu'à »: the bound follows.
_BEFORE = frozenset({"avant", "ici", "jusqu"})
# Words between the bound word and the sitting's noun.
_GLUE = frozenset({"le", "la", "l", "les", "a", "au", "notre", "nos", "prochain", "prochaine", "de", "du"})
# The plain nouns, which name any sitting (the next one), and every noun a sitting goes by.
_PLAIN = nouns("plain", "chat", plural=True)
_SITTINGS = nouns("plain", "chat", "formations", "sitting_bodies", plural=True) | {"comite", "assemblee", "pleniere",
                                                                                  "commission", "conseil", "bureau"}
# Words of handing in or of a deadline (folded): what is due, not what is on the agenda.
_DUE = frozenset({"rendre", "rendu", "rendus", "rendue", "rendues", "boucler", "boucle", "envoyer", "envoye",
                  "deposer", "depose", "transmettre", "remettre", "echeance", "echeances", "deadline", "deadlines",
                  "limite", "limites", "butoir", "finaliser", "finir", "terminer", "pret", "prete", "prets", "pretes"})
# Words asking what (not who, not when the sitting is).
_WHAT = frozenset({"quoi", "koi", "qu", "que", "quel", "quels", "quelle", "quelles", "echeance", "echeances", "des",
                   "y"})


def _sitting(u: Understanding) -> tuple[int, str] | None:
    """The index and folded noun of the sitting right after « avant », « d'ici » or « jusqu'à »."""
    folded = [w.folded for w in u.words]
    for i, word in enumerate(folded):
        if word not in _BEFORE or word == "ici" and (i == 0 or folded[i - 1] != "d"):
            continue
        j = i + 1
        while j < len(folded) and folded[j] in _GLUE:
            j += 1
        if j >= len(folded):
            continue
        # As typed: shorthand reads « plénière » or « comité » as « réunion », which would name any sitting.
        said = fold(u.words[j].typed) if u.words[j].typed else folded[j]
        if said in _SITTINGS:
            return j, said
    return None


def _meeting(u: Understanding, noun: str, at: int, coming: list[Meeting]) -> Meeting | None:
    """The coming sitting the noun (at word `at`) names, with a day or a month said after it."""
    for e in u.entities:
        if e.start > at and e.kind in ("period", "month"):
            if e.kind == "month":
                return next((m for m in coming if m.start.month == e.extra["month"]), None)
            p = e.extra["period"]
            return next((m for m in coming if p.start <= m.start.date() < p.end), None)
    stem = noun[:6]
    placed = [m for m in coming if stem in fold(m.place or "")]
    if placed:
        return placed[0]
    return coming[0] if noun in _PLAIN and coming else None


def due_before_meeting(ctx: Context, u: Understanding,
                       answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The dates due up to the sitting `u` names as a bound, answered by `answer` (dates_period); else None."""
    folded = [w.folded for w in u.words]
    # « qui » asks for someone, « qu'est-ce qui » for something.
    who = any(w == "qui" and not (i > 0 and folded[i - 1] == "ce") for i, w in enumerate(folded))
    if who or not any(w in _DUE for w in folded) or not any(w in _WHAT for w in folded):
        return None
    if (found := _sitting(u)) is None:
        return None
    at, noun = found
    if any(e.kind not in ("period", "month", "place") for e in u.entities):
        return None  # a person or a body named: something else is asked about
    coming = sorted((m for m in ctx.data.meetings() if m.active and m.start > ctx.now), key=lambda m: m.start)
    meeting = _meeting(u, noun, at, coming)
    if meeting is None:
        return None
    today: date = ctx.now.date()
    day = meeting.start.date()
    last = date.fromordinal(day.toordinal() - 1)
    label = f"avant la séance n°{meeting.number} (jusqu'au {last:%d/%m/%Y})"
    return dates_over_span(ctx, u, Period(today, day, label, at, at + 1), answer)

"""One point checked on a meeting's agenda: « il y a des points divers le 10 ? »,
« il y aura des questions diverses en janvier ? », « on parle des colis au
prochain cotech ? ». The question names a coming meeting (by its day, its
month or its kind) and a thing; the agenda of exactly one such meeting holds
every word of the thing: that meeting's agenda answers, saying the point.

Only a question the readings left unsure is read so, that asks no one
(« qui ») and no time (« quand »: agenda_when.py); a point no agenda holds
leaves it unsure (the bot does not answer « no » from an agenda that may
still grow)."""

from __future__ import annotations

from handlers.context import Context
from handlers.understanding.agenda_when import coming_meetings
from handlers.understanding.outcome import Outcome
from handlers.understanding.topics import topic_scores
from handlers.views import meeting_lines

__all__ = ["point_on_meeting"]

# Every word of the thing in the point (« divers » in « Points divers »).
_WHOLE = 1.0
_ASKING_ELSE = frozenset({"qui", "ki", "quand", "qd"})


def point_on_meeting(ctx: Context, outcome: Outcome) -> Outcome:
    """The agenda of the one designated coming meeting that holds the point asked; else `outcome`."""
    u = outcome.understanding
    if outcome.confident or u is None or outcome.intent == "chitchat" or not u.topic or "?" not in u.text:
        return outcome
    if any(w.folded in _ASKING_ELSE for w in u.words) or any(e.kind == "person" for e in u.entities):
        return outcome
    periods = [e for e in u.entities if e.kind == "period"]
    kinds = [e for e in u.entities if e.kind == "place" and e.extra.get("formation")]
    if not periods and not kinds:
        return outcome
    meetings = coming_meetings(ctx)
    if periods:
        span = periods[0].extra["period"]
        meetings = [m for m in meetings if span.start <= m.start.date() < span.end]
    if kinds:
        numbers = {m.number for m in kinds[0].items}
        meetings = [m for m in meetings if m.number in numbers]
        meetings = meetings if periods else meetings[:1]  # « au prochain cotech », « au cotech »: the next one
    holding = [m for m in meetings if m.agenda and max(topic_scores(u.topic, [i.text for i in m.agenda])) >= _WHOLE]
    if len(holding) != 1:
        return outcome
    meeting = holding[0]
    points = [item.text for item in meeting.agenda]
    scores = topic_scores(u.topic, points)
    point = points[scores.index(max(scores))]
    u.intent, u.readings = "agenda_items", []
    lines = [f"Oui : le point « {point} » est à l'ordre du jour de la séance n°{meeting.number} :",
             *meeting_lines(meeting, ctx.now, ctx.locale, title="Séance")]
    return Outcome.sure(u, lines, f"n°{meeting.number}")

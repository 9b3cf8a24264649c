"""A point checked on one meeting's agenda that another coming meeting's
agenda holds: « on parle pas du budget le 10 ? » (the budget is January's
point), « rien sur la fête du vélo à l'odj de la prochaine réunion ? ».

The meeting asked about is designated outright (its day, its month, its kind,
« la prochaine ») and has an agenda; the thing is on no point of it, but on a
point of exactly one other coming meeting. The answer then says where the
point is and shows the agenda asked about as it stands: no « no » guessed
from an agenda that may still grow, only what the store holds today. A thing
no agenda holds still leaves the question unsure (agenda_check.py)."""

from __future__ import annotations

from handlers.context import Context
from handlers.dates import format_when
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import topic_scores
from handlers.views import meeting_lines
from storage.models import Meeting

__all__ = ["agenda_outcome", "best_point", "point_elsewhere"]

# Every word of the thing in the other meeting's point, as agenda_check asks of the meeting's own.
_WHOLE = 1.0


def point_elsewhere(ctx: Context, u: Understanding, asked: Meeting, coming: list[Meeting]) -> Outcome | None:
    """The agenda of `asked`, saying which other meeting of `coming` holds the point; None when not exactly one."""
    if not asked.agenda:
        return None  # no agenda yet: nothing to show but « pas encore fixé », which answers no check
    others = [m for m in coming if m.number != asked.number and m.agenda
              and max(topic_scores(u.topic, [i.text for i in m.agenda])) >= _WHOLE]
    if len(others) != 1:
        return None
    other = others[0]
    return agenda_outcome(ctx, u, asked, f"Le point « {best_point(u, other)} » n'est pas à l'ordre du jour de la séance "
                          f"n°{asked.number} : il est à celui de la séance n°{other.number} "
                          f"({format_when(other.start, None, ctx.locale)}). La séance n°{asked.number} :")


def best_point(u: Understanding, meeting: Meeting) -> str:
    """The point of `meeting`'s agenda that holds `u`'s topic best."""
    points = [item.text for item in meeting.agenda]
    scores = topic_scores(u.topic, points)
    return points[scores.index(max(scores))]


def agenda_outcome(ctx: Context, u: Understanding, meeting: Meeting, head: str) -> Outcome:
    """`meeting` shown with its agenda under `head`, as a sure agenda answer."""
    u.intent, u.readings = "agenda_items", []
    return Outcome.sure(u, [head, *meeting_lines(meeting, ctx.now, ctx.locale, title="Séance")], f"n°{meeting.number}")

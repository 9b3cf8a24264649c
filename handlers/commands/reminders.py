"""/rappels: the group's reminder lead times, and how reminders read.

`/rappels` shows the lead times; a coordinator changes them with
`/rappels 7j 1j 2h` (meetings), `/rappels echeances 7j 1j` (deadlines),
`/rappels aucun` or `/rappels defaut`. The choice is stored in the store
(per group) and overrides the configuration; the scheduler re-derives its
jobs when it changes.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from handlers.announce import late_flags, meeting_announcement
from handlers.context import Context, GroupProfile
from handlers.dates import format_duration, parse_duration
from handlers.messages import Reply, Span, UserError, bold, italic
from handlers.registry import Command
from handlers.views import deadline_line, meeting_lines
from storage.models import Deadline, Meeting
from storage.store import Store

__all__ = ["COMMANDS", "deadline_reminder", "effective_leads", "meeting_announcement", "meeting_reminder"]

USAGE = "/rappels [echeances] <délais…> — ex. /rappels 7j 1j 2h, /rappels 2 jours 3 heures, /rappels echeances 7j 1j, /rappels defaut"
MAX_LEADS = 6
SHORTEST = timedelta(minutes=5)
LONGEST = timedelta(days=60)


def _state_key(slug: str) -> str:
    return f"reminders:{slug}"


def effective_leads(store: Store, group: GroupProfile) -> tuple[tuple[timedelta, ...], tuple[timedelta, ...]]:
    """(meeting leads, deadline leads): the group's own choice, else its config."""
    raw: dict[str, Any] = store.get_state(_state_key(group.slug)) or {}
    meeting = tuple(timedelta(seconds=s) for s in raw["meeting"]) if "meeting" in raw else group.meeting_leads
    deadline = tuple(timedelta(seconds=s) for s in raw["deadline"]) if "deadline" in raw else group.deadline_leads
    return meeting, deadline


def _show(leads: tuple[timedelta, ...]) -> str:
    return " ".join(format_duration(lead) for lead in leads) if leads else "aucun"


def _lead_words(words: list[str]) -> list[str]:
    """`["2", "jours", "7", "j"]` -> `["2 jours", "7 j"]`: a number and its
    unit written apart are one delay, read by the same parser as the
    configuration's `"7 jours"`."""
    out: list[str] = []
    for word in words:
        if out and out[-1].isdigit() and parse_duration(f"{out[-1]} {word}") is not None:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def _parse_leads(words: list[str]) -> tuple[timedelta, ...]:
    leads: set[timedelta] = set()
    for word in _lead_words(words):
        lead = parse_duration(word)
        if lead is None:
            raise UserError(f"« {word[:30]} » n'est pas un délai (ex. 7j, 1j, 2h, 30min).", USAGE)
        if not SHORTEST <= lead <= LONGEST:
            raise UserError(f"Un délai de rappel va de {format_duration(SHORTEST)} à {format_duration(LONGEST)} ; « {word[:30]} » n'y est pas.", USAGE)
        leads.add(lead)
    if len(leads) > MAX_LEADS:
        raise UserError(f"Au plus {MAX_LEADS} rappels par séance ou échéance.", USAGE)
    return tuple(sorted(leads, reverse=True))


def rappels(ctx: Context, args: str) -> Reply:
    assert ctx.group is not None  # needs_group
    words = args.split()
    if not words:
        meeting, deadline = effective_leads(ctx.store, ctx.group)
        lines: list[list[Span] | str] = [
            [bold("Rappels du groupe")],
            f"Avant chaque séance : {_show(meeting)}",
            f"Avant chaque échéance : {_show(deadline)}",
        ]
        if ctx.sender.is_coordinator:
            lines.append([italic("Pour les changer : " + USAGE)])
        return Reply.of(*lines)
    if not ctx.sender.is_coordinator:
        raise UserError("Seuls les coordinateurs peuvent changer les rappels. Rien n'a été modifié.")
    kind = "meeting"
    if words[0].lower().rstrip("s") in ("echeance", "échéance"):
        kind, words = "deadline", words[1:]
    elif words[0].lower().rstrip("s") in ("seance", "séance"):
        words = words[1:]
    raw: dict[str, Any] = dict(ctx.store.get_state(_state_key(ctx.group.slug)) or {})
    if words and words[0].lower() in ("defaut", "défaut", "default"):
        raw.pop(kind, None)
        if kind == "meeting":
            raw.pop("deadline", None)  # "/rappels defaut" resets everything
    elif words and words[0].lower() in ("aucun", "aucuns", "non"):
        raw[kind] = []
    else:
        if not words:
            raise UserError("Il manque les délais.", USAGE)
        raw[kind] = [int(lead.total_seconds()) for lead in _parse_leads(words)]
    ctx.store.set_state(_state_key(ctx.group.slug), raw)
    ctx.store.notify(ctx.group.slug, "reminders", 0)  # the scheduler re-derives its jobs
    meeting, deadline = effective_leads(ctx.store, ctx.group)
    return Reply.of(
        f"C'est noté. Rappels avant chaque séance : {_show(meeting)} ; avant chaque échéance : {_show(deadline)}.",
    )


# -- how a reminder reads (used by the scheduler) -----------------------------------


def meeting_reminder(meeting: Meeting, now: datetime, locale: str, late: bool = False, repeat: bool = False) -> Reply:
    """The reminder of a meeting (or occurrence) at its current time and place."""
    # meeting_lines marks a moved meeting "(déplacée)" and shows its new time.
    return Reply.of(*meeting_lines(meeting, now, locale, title="Rappel — séance"), *late_flags(late, repeat, announcement=False)).as_notice()


def deadline_reminder(deadline: Deadline, now: datetime, locale: str, late: bool = False, repeat: bool = False) -> Reply:
    return Reply.of([bold("Rappel")], deadline_line(deadline, now, locale), *late_flags(late, repeat, announcement=False)).as_notice()


COMMANDS = (
    Command("rappels", rappels, "les rappels avant séances et échéances (les coordinateurs les changent)", "[délais…]"),
)

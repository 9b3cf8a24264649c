"""The answers of task_questions.py: the asker's tasks due by a time, a
listing of one kind of tasks (done, without a date, open), someone's tasks,
and the task(s) a question names, each line as /taches shows it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from handlers.context import Context
from handlers.dates import format_day
from handlers.messages import Span, bold
from handlers.task_views import members_by_number, task_line
from handlers.understanding.meeting_days import held_on_day
from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.outcome import Outcome, run_command
from handlers.understanding.pipeline import Understanding
from handlers.understanding.sitting_order import NEXT, SINGULAR
from storage.tasks import Task

__all__ = ["held_asked", "named_tasks", "own_tasks", "scoped_tasks", "someone_tasks", "task_lines"]

SHOWN = 30
# Words that put a limit at the next meeting: « avant la prochaine réunion », « d'ici la prochaine séance ».
_NEXT = NEXT & SINGULAR
_GIVEN = frozenset({"reparti", "repartis", "repartie", "reparties", "confie", "confiees", "confiee", "confies"})
_MEETING = nouns("plain", "chat", "formations", "sitting_bodies") | {"fois"}


def _lines(ctx: Context, tasks: Iterable[Task], pilot: bool = True) -> list[list[Span]]:
    members, today = members_by_number(ctx.data), ctx.now.date()
    ordered = sorted(tasks, key=lambda t: (t.due is None, t.due or today, t.number))
    return [task_line(t, members, today, ctx.locale, pilot) for t in ordered[:SHOWN]]


def task_lines(ctx: Context, tasks: Iterable[Task]) -> list[list[Span]]:
    """Each task's line as /taches shows it, by due date."""
    return _lines(ctx, tasks)


def _by_next_meeting(ctx: Context, u: Understanding) -> tuple[date, str] | None:
    """The next meeting's day when the question limits itself to it."""
    folded = [w.folded for w in u.words]
    if not any(w in _NEXT for w in folded) or not any(w in _MEETING for w in folded):
        return None
    coming = [m for m in ctx.data.meetings() if m.start > ctx.now and m.status != "cancelled"]
    if not coming:
        return None
    first = min(coming, key=lambda m: m.start)
    return first.start.date(), f"d'ici la prochaine séance (n°{first.number})"


def _last_meeting(ctx: Context, u: Understanding) -> int | None:
    """« qu'est-ce qu'on m'a confié à la dernière réunion ? »: the latest held meeting's number."""
    if u.order not in ("dernier", "precedent"):
        return None
    held = [m for m in ctx.data.meetings() if m.start <= ctx.now and m.status != "cancelled"]
    return max(held, key=lambda m: m.start).number if held else None


def own_tasks(ctx: Context, u: Understanding, done: bool = False) -> Outcome:
    """The asker's open tasks, those due by the period (or the next meeting) asked, late ones included; `done`: those
    the asker has marked done (« j'ai déjà fait quoi de ma liste ? », undone.own_done_asked), the open ones after."""
    u.intent = "tasks_mine"
    me = ctx.sender.member
    if me is None:
        return Outcome.sure(u, ["Vous n'avez pas encore de fiche dans ce groupe, donc aucune tâche à votre nom.",
                                "Créez-la avec /moi <organisation> ; les tâches du groupe sont dans /taches."], "tâches")
    if done:
        finished = [t for t in ctx.data.tasks() if t.status == "done" and t.pilot == me.number]
        still = [t for t in ctx.data.tasks() if t.open and t.pilot == me.number]
        lines: list[list[Span] | str] = [[bold(f"Vos tâches faites ({len(finished)})")], *_lines(ctx, finished, pilot=False)] \
            if finished else ["Aucune de vos tâches n'est encore marquée faite."]
        if still:
            lines += [[bold(f"Vos tâches en cours ({len(still)})")], *_lines(ctx, still, pilot=False)]
        return Outcome.sure(u, lines, "tâches faites")
    mine = [t for t in ctx.data.tasks() if t.open and t.pilot == me.number]
    period, meeting = u.first("period"), _last_meeting(ctx, u)
    limit = _by_next_meeting(ctx, u)
    if period is not None and limit is None:
        span = period.extra["period"]
        limit = span.end, span.label
    if meeting is not None:
        chosen = [t for t in mine if t.meeting_number == meeting]
        label, empty = f"confiées à la séance n°{meeting}", f"Aucune tâche ne vous a été confiée à la séance n°{meeting}."
    elif limit is not None:
        chosen = [t for t in mine if t.due is not None and t.due < limit[0]]
        label, empty = f"à rendre {limit[1]}", f"Rien à rendre à votre nom {limit[1]}."
    else:
        return Outcome(run_command(ctx, "taches", "moi"), u.intent, True, "tâches", u)
    lines: list[list[Span] | str] = []
    if chosen:
        lines += [[bold(f"Vos tâches {label} ({len(chosen)})")], *_lines(ctx, chosen, pilot=False)]
    else:
        lines.append(empty)
    rest = [t for t in mine if t not in chosen]
    if rest:
        # The others still open: an empty answer would hide a task without a date.
        lines += [[bold(f"Vos autres tâches en cours ({len(rest)})")], *_lines(ctx, rest, pilot=False)]
    return Outcome.sure(u, lines, "tâches")


def held_asked(ctx: Context, u: Understanding) -> int | None:
    """The number of the meeting held that a listing names: « la dernière réunion », « la réunion d'octobre »
    (not « depuis la dernière réunion »: what was done since is no meeting's list)."""
    if any(w.folded == "depuis" for w in u.words):
        return None
    if (place := u.first("place")) is not None and (u.order in ("dernier", "precedent") or place.extra.get("formation")
                                                    or place.extra.get("bracketed")):
        # « les tâches du dernier copil », « les suites de la plénière de septembre »: that kind's sitting held,
        # not the group's latest meeting of any kind.
        from handlers.understanding.answers_meetings import meeting_of

        meeting = meeting_of(ctx, u)
        if meeting is not None and meeting.start <= ctx.now:
            return meeting.number
    if (last := _last_meeting(ctx, u)) is not None:
        return last
    if (on_day := _held_on_day_named(ctx, u)) is not None:
        return on_day
    month, period = u.first("month"), u.first("period")
    wanted = month.extra["month"] if month is not None else period.extra["period"].month if period is not None else None
    # « la réunion d'octobre », or « on s'est réparti quoi en septembre ? » (a word that gives tasks out).
    if wanted is None or not any(w.folded in _MEETING or w.folded in _GIVEN for w in u.words):
        return None
    held = [m for m in ctx.data.meetings() if m.start <= ctx.now and m.status != "cancelled" and m.start.month == wanted]
    return max(held, key=lambda m: m.start).number if held else None


def _held_on_day_named(ctx: Context, u: Understanding) -> int | None:
    """« la liste des actions de la réunion du 17 ? », « les tâches de la séance du 17 novembre »: a day written
    right after a meeting noun, on which a meeting was held; typed without its month, the date reader looks ahead
    (17 December), so the latest meeting held on that day of the month (meeting_days.py) — only when no meeting
    falls on the day as read, which « les tâches pour la réunion du 10 » to come would name."""
    period = u.first("period")
    if period is None or not any(w.folded in _MEETING for w in u.words[max(0, period.start - 3):period.start]):
        return None
    span = period.extra["period"]
    if (span.end - span.start).days != 1:
        return None
    meetings = [m for m in ctx.data.meetings() if m.status != "cancelled"]
    on_day = next((m for m in meetings if m.start.date() == span.start), None)
    if on_day is not None:
        return on_day.number if on_day.start <= ctx.now else None
    held = [m for m in meetings if m.start <= ctx.now]
    found = held_on_day(u, period, held, ctx.now)
    return found.number if found is not None else None


_SCOPES = {
    "late": ("Tâches en retard", "Aucune tâche en retard.", lambda t: t.open and t.due is not None),
    "cancelled": ("Tâches annulées", "Aucune tâche n'a été annulée.", lambda t: t.status == "cancelled"),
    "done": ("Tâches faites", "Aucune tâche n'est encore marquée faite (/tache_faite <n°>).", lambda t: t.status == "done"),
    "undated": ("Tâches en cours sans date", "Toutes les tâches en cours ont une date.", lambda t: t.open and t.due is None),
    "open": ("Tâches en cours", "Aucune tâche en cours. Ajoutez-en une avec /tache.", lambda t: t.open),
}


def scoped_tasks(ctx: Context, u: Understanding, scope: str) -> Outcome:
    """« les tâches terminées ? », « quelles actions n'ont pas de date ? », « il reste quoi à faire ? »."""
    u.intent = "tasks_late"
    title, empty, keep = _SCOPES[scope]
    today = ctx.now.date()
    chosen = [t for t in ctx.data.tasks() if keep(t) and (scope != "late" or t.overdue(today))]
    period = u.first("period")
    if scope in ("open", "late") and (held := held_asked(ctx, u)) is not None:
        # « les actions de la dernière réunion ? », « qu'est-ce qu'on s'était réparti en octobre ? »: what that
        # meeting gave out, as /taches séance <n°> lists it (done ones included; late ones only if asked).
        chosen = [t for t in ctx.data.tasks() if t.meeting_number == held and t.status != "cancelled"
                  and (scope != "late" or t.overdue(today))]
        title, empty = f"Tâches de la séance n°{held}", f"Aucune tâche n'a été rattachée à la séance n°{held}."
    elif period is not None and scope in ("open", "late"):
        # « les actions prévues d'ici la fin de l'année », « … pour fin novembre »: those due in it, done or not;
        # in a span that holds today, the late ones too, but not those done before it began (history).
        span = period.extra["period"]
        chosen = [t for t in ctx.data.tasks() if t.status != "cancelled" and t.due is not None
                  and (span.start <= t.due < span.end or span.start <= today and t.due < span.start and t.open)]
        title, empty = f"Tâches prévues {span.label}", f"Aucune tâche prévue {span.label}."
    if not chosen:
        return Outcome.sure(u, [empty], title)
    return Outcome.sure(u, [[bold(f"{title} ({len(chosen)})")], *_lines(ctx, chosen)], title)


def someone_tasks(ctx: Context, u: Understanding, name: str) -> Outcome:
    """« Sandrine a des choses en cours ? »: that member's open tasks, as /taches <membre>."""
    u.intent = "tasks_mine"
    return Outcome(run_command(ctx, "taches", name), u.intent, True, f"tâches de {name}", u)


def named_tasks(ctx: Context, u: Understanding, numbers: Sequence[int]) -> Outcome:
    """The task(s) a question names, whatever their status, with pilot, due date and status."""
    u.intent = "in_charge"
    tasks = [t for t in ctx.data.tasks() if t.number in numbers]
    lines: list[list[Span] | str] = [[bold("Tâche sur ce sujet" if len(tasks) == 1 else "Tâches sur ce sujet")]]
    members = members_by_number(ctx.data)
    for task in tasks:
        lines.append(task_line(task, members, ctx.now.date(), ctx.locale))
        if task.open and task.due is None:
            lines.append("  (sans date prévue)")
        elif task.status == "done" and task.closed_on is not None:
            lines.append(f"  faite le {format_day(task.closed_on, ctx.locale)}" + (f" ({task.closed_by})" if task.closed_by else ""))
    pilots = ", ".join(sorted({members[t.pilot].name for t in tasks if t.pilot in members}))
    return Outcome.sure(u, lines, pilots)

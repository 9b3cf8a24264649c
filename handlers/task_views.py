"""How action items read: in /taches, on a member's card, in reminders and
in the minutes. One place, so a task looks the same everywhere."""

from __future__ import annotations

from datetime import date, datetime, time

from handlers.announce import late_flags  # the late/repeat lines every reminder shares
from handlers.dates import format_day, format_relative
from handlers.messages import Reply, Span, bold, mention, text
from storage.models import Member
from storage.store import GroupStore
from storage.tasks import Task

__all__ = ["member_task_lines", "members_by_number", "pilot_of", "task_line", "task_reminder", "task_summary"]

STATUS = {"open": "", "done": " (faite)", "cancelled": " (annulée)"}


def pilot_of(task: Task, members: dict[int, Member]) -> str:
    """The pilot's current name, else the name written with the task."""
    member = members.get(task.pilot) if task.pilot is not None else None
    return member.name if member else task.pilot_name


def task_summary(task: Task, members: dict[int, Member], today: date, locale: str, pilot: bool = True) -> str:
    """`texte — pilote : X — pour le mardi 15 décembre 2026 (en retard)`."""
    parts = [task.text]
    name = pilot_of(task, members)
    if pilot and name:
        parts.append(f"pilote : {name}")
    if task.due is not None:
        late = " (en retard)" if task.overdue(today) else ""
        parts.append(f"pour le {format_day(task.due, locale)}{late}")
    return " — ".join(parts)


def task_line(task: Task, members: dict[int, Member], today: date, locale: str, pilot: bool = True) -> list[Span]:
    label = f"Tâche n°{task.number}{STATUS[task.status]}"
    mark = "⚠ " if task.overdue(today) else "• "
    return [text(mark), bold(label), text(" : " + task_summary(task, members, today, locale, pilot))]


def members_by_number(data: GroupStore) -> dict[int, Member]:
    return {m.number: m for m in data.members()}


def member_task_lines(data: GroupStore, member: Member, today: date, locale: str) -> list[list[Span]]:
    """The open tasks a member pilots, for their card (overdue ones marked)."""
    mine = sorted((t for t in data.tasks() if t.open and t.pilot == member.number),
                  key=lambda t: (t.due is None, t.due or today, t.number))
    if not mine:
        return []
    lines: list[list[Span]] = [[bold(f"Tâches en cours ({len(mine)})")]]
    lines += [task_line(t, {member.number: member}, today, locale, pilot=False) for t in mine[:10]]
    if len(mine) > 10:
        lines.append([text(f"… et {len(mine) - 10} autres (/taches {member.name}).")])
    return lines


def task_reminder(
    task: Task, pilot: Member | None, now: datetime, locale: str, late: bool = False, repeat: bool = False
) -> Reply:
    """A due task's reminder to the group, naming (mentioning) its pilot."""
    assert task.due is not None
    when = format_relative(datetime.combine(task.due, time(12, 0), tzinfo=now.tzinfo), now, locale)
    lines: list[list[Span] | str] = [
        [bold(f"Rappel — tâche n°{task.number}")],
        [text(f"{task.text} — pour le {format_day(task.due, locale)} ({when})")],
    ]
    if pilot is not None:
        lines.append([text("Pilote : "), mention(pilot.name, pilot.platform_ids)])
    elif task.pilot_name:
        lines.append(f"Pilote : {task.pilot_name}")
    else:
        lines.append(f"Sans pilote : qui s'en charge ? (/tache_modifier {task.number} @<nom>)")
    lines.append(f"Une fois faite : /tache_faite {task.number}")
    return Reply.of(*lines, *late_flags(late, repeat, announcement=False)).as_notice()

"""Draft minutes of a meeting, in the shape the groups' own minutes take.

`build_minutes` gathers what the store knows about one meeting (its date
and place, who came and who was excused with their organisations, the
agenda and who proposed each item, the decisions and tasks recorded in it,
the next meeting) into a `Minutes`; `render_markdown` writes it as
Markdown and `handlers.minutes_docx.render_docx` as a Word document.
Both renderings come from the same data, so they never disagree.

A decision or task belongs to the meeting whose number it carries; for one
date of a recurring series, also only if it was recorded within
`JUST_HELD` of that date (the series shares one number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from handlers.context import GroupProfile
from handlers.dates import format_day, format_when
from handlers.held import JUST_HELD, meeting_key
from handlers.messages import Attachment, Reply, bold, counted, italic
from handlers.task_views import pilot_of
from handlers.views import name_and_organisation
from storage.attendance import attendance
from storage.models import Meeting
from storage.recurrence import expand_all
from storage.store import Store

__all__ = ["Minutes", "build_minutes", "minutes_filename", "minutes_reply", "render_markdown"]

NEXT_LOOKAHEAD = timedelta(days=400)


@dataclass(frozen=True, slots=True)
class Minutes:
    group: str
    number: int
    when: str
    place: str
    status: str
    present: tuple[str, ...]
    excused: tuple[str, ...]
    absent: tuple[str, ...]
    agenda: tuple[tuple[str, str], ...]  # (item, proposed by)
    decisions: tuple[tuple[int, str, str], ...]  # (number, text, status note)
    tasks: tuple[tuple[int, str, str, str], ...]  # (number, text, pilot, due)
    next_meeting: str
    generated: str


def _belongs(number: int | None, day: date | None, meeting: Meeting) -> bool:
    if number != meeting.number:
        return False
    if meeting.occurrence is None or day is None:
        return True
    start = meeting.start.date()
    return start <= day <= start + JUST_HELD


def build_minutes(store: Store, group: GroupProfile, meeting: Meeting, now: datetime) -> Minutes:
    data = store.group(group.slug)
    members = {m.number: m for m in data.members()}
    att = attendance(store, group.slug, meeting_key(meeting))

    def names(numbers: tuple[int, ...]) -> tuple[str, ...]:
        return tuple(name_and_organisation(members[n]) for n in numbers if n in members)

    decisions = tuple(
        (d.number, d.text, {"active": "", "amended": "modifiée", "cancelled": "annulée"}[d.status])
        for d in data.decisions() if _belongs(d.meeting_number, d.taken_on, meeting)
    )
    tasks = tuple(
        (t.number, t.text, pilot_of(t, members),
         (format_day(t.due, group.locale) if t.due else "") + (" (faite)" if t.status == "done" else ""))
        for t in data.tasks() if t.status != "cancelled" and _belongs(t.meeting_number, t.created_on, meeting)
    )
    later = [
        m for m in expand_all(store, group.slug, data.meetings(), meeting.start, meeting.start + NEXT_LOOKAHEAD)
        if m.active and m.start > meeting.start
    ]
    following = min(later, key=lambda m: m.start) if later else None
    next_text = ""
    if following is not None:
        place = f" — {following.place}" if following.place else ""
        next_text = f"Séance n°{following.number}, {format_when(following.start, following.end, group.locale)}{place}"
    status = {"cancelled": "annulée", "moved": "déplacée"}.get(meeting.status, "")
    return Minutes(
        group=group.name, number=meeting.number, when=format_when(meeting.start, meeting.end, group.locale),
        place=meeting.place, status=status,
        present=names(att.present), excused=names(att.excused), absent=names(att.absent),
        agenda=tuple((item.text, item.proposed_by) for item in meeting.agenda),
        decisions=decisions, tasks=tasks, next_meeting=next_text,
        generated=format_day(now.date(), group.locale, weekday=False),
    )


_SPECIAL = re.compile(r"([\\`*_\[\]|<>#])")


def _md(value: str) -> str:
    """User text as literal Markdown: every markup character escaped."""
    return _SPECIAL.sub(r"\\\1", value)


def _people(title: str, people: tuple[str, ...]) -> list[str]:
    if not people:
        return []
    return [f"## {title} ({len(people)})", "", *(f"- {_md(p)}" for p in people), ""]


def render_markdown(minutes: Minutes) -> str:
    status = f" ({minutes.status})" if minutes.status else ""
    out = [
        f"# {_md(minutes.group)} — compte rendu de la séance n°{minutes.number}{status}",
        "",
        f"*Projet de compte rendu établi par Greffier le {minutes.generated}, à relire avant diffusion.*",
        "",
        f"- **Date** : {minutes.when}",
        f"- **Lieu** : {_md(minutes.place) if minutes.place else 'non précisé'}",
        "",
    ]
    people = _people("Présents", minutes.present) + _people("Excusés", minutes.excused) + _people("Absents", minutes.absent)
    out += people or ["## Présences", "", "*Non enregistrées (/presents, /excuses).*", ""]
    out += ["## Ordre du jour", ""]
    if minutes.agenda:
        out += ["| N° | Point | Proposé par |", "| --- | --- | --- |"]
        out += [f"| {i} | {_md(text)} | {_md(by)} |" for i, (text, by) in enumerate(minutes.agenda, 1)]
    else:
        out.append("*Aucun point enregistré.*")
    out += ["", "## Décisions", ""]
    if minutes.decisions:
        for number, text, note in minutes.decisions:
            flag = f" *({note})*" if note else ""
            out.append(f"- **Décision n°{number}**{flag} : {_md(text)}")
    else:
        out.append("*Aucune décision enregistrée.*")
    out += ["", "## Prochaines étapes", ""]
    if minutes.tasks:
        out += ["| N° | Tâche | Pilote | Échéance |", "| --- | --- | --- | --- |"]
        out += [f"| {n} | {_md(text)} | {_md(pilot) or '—'} | {due or '—'} |" for n, text, pilot, due in minutes.tasks]
    else:
        out.append("*Aucune tâche enregistrée.*")
    out += ["", "## Prochaine séance", "", _md(minutes.next_meeting) if minutes.next_meeting else "*Pas encore fixée.*", ""]
    return "\n".join(out)


def minutes_filename(minutes: Minutes, extension: str) -> str:
    return f"compte-rendu-seance-{minutes.number}.{extension}"


def minutes_reply(store: Store, group: GroupProfile, meeting: Meeting, now: datetime) -> Reply:
    """The draft minutes as a chat reply: what they hold in one line, the Markdown file attached
    (/compte_rendu and a question asking for the minutes both answer with it)."""
    minutes = build_minutes(store, group, meeting, now)
    body = render_markdown(minutes).encode("utf-8")
    counts = ", ".join(counted(len(found), word) for found, word in (
        (minutes.present, "présent"), (minutes.excused, "excusé"), (minutes.agenda, "point"),
        (minutes.decisions, "décision"), (minutes.tasks, "tâche")))
    reply = Reply.of(
        [bold(f"Projet de compte rendu de la séance n°{meeting.number}")],
        f"{minutes.when} : {counts}.",
        [italic("À relire et compléter avant diffusion (fichier joint, Markdown).")],
    )
    return reply.with_attachment(Attachment(minutes_filename(minutes, "md"), "text/markdown", body))

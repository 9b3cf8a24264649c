"""How a meeting's attendance reads, for the commands (/presence,
/prochaine_seance, /presents…) and for questions asked in plain French
(« qui était là à la dernière réunion ? », « qui vient jeudi ? »): one
place that says who was present, excused or absent, who announced what,
and how many, so that a question and a command never disagree.

Gender is unknown to the directory: one person's mark is worded so that
it needs none (« figure parmi les présents », « a annoncé sa présence »).
"""

from __future__ import annotations

from handlers.messages import Span, bold, counted, italic, text
from handlers.views import name_and_organisation
from storage.attendance import Attendance
from storage.models import Member

__all__ = ["ANNOUNCED", "TITLES", "announced_lines", "announced_mark", "attendance_lines", "counts_line", "mark_of",
           "mark_phrase", "rsvp_line"]

TITLES = {"present": "Présents", "excused": "Excusés", "absent": "Absents"}
ANNOUNCED = {"present": "Annoncés présents", "excused": "Annoncés excusés"}
# One person's mark after the meeting, and what they announced before it.
_AMONG = {"present": "parmi les présents", "excused": "parmi les excusés", "absent": "parmi les absents"}
_SAID = {"present": ("a annoncé sa présence à", "avez annoncé votre présence à"),
         "excused": ("a présenté ses excuses pour", "avez présenté vos excuses pour")}


def attendance_lines(att: Attendance, members: dict[int, Member],
                     kinds: tuple[str, ...] = ("present", "excused", "absent")) -> list[list[Span]]:
    """Present, excused, absent (or those of `kinds`): a bold title with the count, then one line per person."""
    lines: list[list[Span]] = []
    for kind in kinds:
        numbers = getattr(att, kind)
        if numbers:
            lines.append([bold(f"{TITLES[kind]} ({len(numbers)})")])
            lines += [[text(f"  • {name_and_organisation(members[n])}")] for n in numbers if n in members]
    return lines


def counts_line(att: Attendance) -> str:
    return (f"En tout : {counted(len(att.present), 'présent')}, {counted(len(att.excused), 'excusé')}, "
            f"{counted(len(att.absent), 'absent')}.")


def rsvp_line(att: Attendance) -> list[Span] | None:
    coming = sum(1 for v in att.rsvp.values() if v == "present")
    excused = sum(1 for v in att.rsvp.values() if v == "excused")
    if not coming and not excused:
        return None
    return [italic(f"Annoncés : {coming} présent{'s' if coming > 1 else ''}, {excused} excusé{'s' if excused > 1 else ''} (/present, /excuse)")]


def announced_lines(att: Attendance, members: dict[int, Member],
                    kinds: tuple[str, ...] = ("present", "excused")) -> list[str]:
    """« Annoncés présents : … », « Annoncés excusés : … » (or those of `kinds`), for those there are."""
    lines = []
    for kind, title in ((k, ANNOUNCED[k]) for k in kinds):
        names = [members[n].name for n, v in att.rsvp.items() if v == kind and n in members]
        if names:
            lines.append(f"{title} : " + ", ".join(names))
    return lines


def mark_of(att: Attendance, number: int) -> str | None:
    """"present", "excused", "absent" as recorded after the meeting, or None."""
    return next((kind for kind in ("present", "excused", "absent") if number in getattr(att, kind)), None)


def mark_phrase(member: Member | None, mark: str, meeting: str) -> str:
    """« Christine Keller figure parmi les excusés de la séance n°5 … »; `member` None: the asker (« Vous figurez … »)."""
    who = "Vous figurez" if member is None else f"{name_and_organisation(member)} figure"
    return f"{who} {_AMONG[mark]} de la {meeting}."


def announced_mark(member: Member | None, said: str | None, meeting: str) -> str:
    """What one person announced for a coming meeting (`member` None: the asker)."""
    if said is None:
        who = "Vous n'avez" if member is None else f"{name_and_organisation(member)} n'a"
        return f"{who} rien annoncé pour la {meeting} (/present, /excuse)."
    who = "Vous" if member is None else name_and_organisation(member)
    return f"{who} {_SAID[said][member is None]} la {meeting}."

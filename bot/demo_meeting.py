"""The demo group's last meeting, as it would stand after it: its agenda,
who came and who was excused, the tasks decided with their pilots (one
done, one overdue), so `/compte_rendu`, `/presence` and `/taches` have
something to show. Dates follow the session's clock like the rest of the
demo (see bot/demo.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from storage.attendance import update_attendance
from storage.models import AgendaItem, Meeting, replace
from storage.store import Store

__all__ = ["seed_after_meeting", "working_day"]

_AGENDA = (
    AgendaItem("Charte de collaboration entre partenaires", "Léa Marchand"),
    AgendaItem("Participants potentiels de la phase pilote", "Samira Benhaddou"),
    AgendaItem("Forum de l'économie sociale et solidaire", "Pascal Wyss"),
)
_PRESENT = ("Léa Marchand", "Bastien Rochat", "Yannick du Kerouëdan", "Sabine Cervetti", "Samira Benhaddou",
            "Claire Dubois", "Noémie Achard", "Pascal Wyss", "Élodie Vuilleumier", "Thomas Grandjean")
_EXCUSED = ("Jamel Oukhellou", "Marc Dubois")
# text, pilot, due (days from the meeting), done
_TASKS = (
    ("Diffuser la charte signée aux partenaires", "Léa Marchand", 7, True),
    ("Transmettre la liste des cinq participants potentiels", "Samira Benhaddou", 14, False),
    ("Réserver le stand commun au forum ESS", "Pascal Wyss", 28, False),
    ("Rédiger la note de cadrage de la phase pilote", "Yannick du Kerouëdan", 24, False),
)


def working_day(day: date, later: bool) -> date:
    """`day`, or the nearest Monday–Friday after it (`later`) or before it."""
    while day.weekday() >= 5:
        day += timedelta(days=1 if later else -1)
    return day


def seed_after_meeting(store: Store, slug: str, meeting: Meeting, now: datetime) -> None:
    data = store.group(slug)
    data.update_meeting(meeting.number, lambda stored: replace(stored, agenda=_AGENDA))
    by_name = {m.name: m for m in data.members()}
    update_attendance(store, slug, str(meeting.number), lambda a: a.mark(
        [by_name[n].number for n in _PRESENT], "present").mark([by_name[n].number for n in _EXCUSED], "excused"))
    day = meeting.start.date()
    for text, pilot, days, done in _TASKS:
        due = working_day(day + timedelta(days=days), later=True)
        task = data.add_task(text, by_name[pilot].number, due, meeting.number, pilot,
                             "Léa Marchand", "console:lea-marchand", day)
        if done:
            data.update_task(task.number, lambda t: replace(t, status="done", closed_by=pilot, closed_on=day + timedelta(days=3)))

"""What imported minutes would add, as numbered facts a coordinator can drop,
and the writes that store the ones kept.

Facts: the meeting itself (held), each participant and excused person (a
new member card unless the directory already has them, matched fuzzily),
the next meeting, and each next step as a task with its pilot.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from handlers.dates import format_day, format_when
from handlers.imports.members import best_match
from handlers.imports.minutes import Minutes, NextMeeting, Person, Step
from storage.imported_tasks import add_imported_task
from storage.models import Member, replace
from storage.search import fold
from storage.store import GroupStore

__all__ = ["Fact", "apply_facts", "drop_facts", "minutes_facts", "parse_drop", "preview_facts"]


@dataclass(frozen=True)
class Fact:
    kind: str  # "meeting", "participant", "excused", "next", "task"
    label: str
    person: Person | None = None
    existing: Member | None = None
    step: Step | None = None
    next_meeting: NextMeeting | None = None


def _who(person: Person) -> str:
    details = ", ".join(x for x in (person.organisation, person.role) if x)
    return person.name + (f" ({details})" if details else "")


def minutes_facts(minutes: Minutes, data: GroupStore, locale: str) -> list[Fact]:
    facts: list[Fact] = []
    if minutes.held_on:
        place = f", {minutes.place}" if minutes.place else ""
        facts.append(Fact("meeting", f"Séance tenue le {format_day(minutes.held_on, locale)}{place}"))
    members = data.members()
    seen: set[str] = set()
    for kind, people in (("participant", minutes.participants), ("excused", minutes.excused)):
        for person in people:
            if fold(person.name) in seen:  # named twice (present and excused, or two spellings)
                continue
            seen.add(fold(person.name))
            existing, score = best_match(person.name, members)
            title = "Participant·e" if kind == "participant" else "Excusé·e"
            status = "nouveau membre" if existing is None else f"déjà membre : {existing.name}" + (
                f" (ressemblance {score:.0f} %)" if existing.name != person.name else "")
            facts.append(Fact(kind, f"{title} : {_who(person)} — {status}", person, existing))
    if minutes.next_meeting:
        nm = minutes.next_meeting
        when = format_when(nm.start, nm.end, locale) if nm.has_time else format_day(nm.start.date(), locale)
        facts.append(Fact("next", f"Prochaine séance : {when}" + (f", {nm.place}" if nm.place else ""), next_meeting=nm))
    for step in minutes.steps:
        extra = (f" — pilote : {step.pilot}" if step.pilot else " — sans pilote") + (
            f" — échéance : {format_day(step.due, locale)}" if step.due else "")
        facts.append(Fact("task", f"Tâche : {step.text}{extra}", step=step))
    return facts


def parse_drop(raw: str, count: int) -> set[int]:
    """« 3,5 » or « 3 5 » -> {3, 5}; a number outside 1..count is a mistake."""
    numbers: set[int] = set()
    for piece in raw.replace(",", " ").split():
        if not piece.isdigit() or not 1 <= int(piece) <= count:
            raise ValueError(f"--drop : « {piece[:10]} » n'est pas un numéro de fait (1 à {count})")
        numbers.add(int(piece))
    return numbers


def drop_facts(facts: list[Fact], numbers: set[int]) -> list[Fact]:
    return [fact for index, fact in enumerate(facts, start=1) if index not in numbers]


def preview_facts(facts: list[Fact], dropped: set[int] | None = None) -> list[str]:
    """Numbered as in the file's full list, so « --drop 3,5 » means the same on every run."""
    dropped = dropped or set()
    if not facts:
        return ["Je n'ai reconnu aucun fait (date, participants, prochaine séance, étapes) dans ce compte rendu."]
    return [f"{'  ' if n < 10 else ' '}{n}. {fact.label}" + (" [écarté]" if n in dropped else "")
            for n, fact in enumerate(facts, start=1)]


def apply_facts(facts: list[Fact], minutes: Minutes, data: GroupStore, zone: ZoneInfo) -> list[str]:
    """Store the kept facts; returns one French line per kind of write."""
    done: list[str] = []
    new = [Member(0, f.person.name, f.person.organisation, f.person.role)
           for f in facts if f.person is not None and f.existing is None]
    if new:
        data.write_members(new, [])
        done.append(f"{len(new)} membre(s) ajouté(s) au répertoire")
    held_number = None
    if any(f.kind == "meeting" for f in facts) and minutes.held_on:
        held = data.add_meeting(datetime.combine(minutes.held_on, time(0, 0), zone), place=minutes.place, created_by="import")
        data.update_meeting(held.number, lambda m: replace(m, status="held"))
        held_number = held.number
        done.append(f"séance n°{held.number} enregistrée comme tenue")
    for fact in facts:
        if fact.kind == "next" and fact.next_meeting:
            nm = fact.next_meeting
            meeting = data.add_meeting(nm.start, nm.end, nm.place, created_by="import")
            done.append(f"prochaine séance enregistrée (n°{meeting.number})")
    tasks = [f.step for f in facts if f.kind == "task" and f.step]
    for step in tasks:
        add_imported_task(data, step.text, step.pilot, step.due, held_number)
    if tasks:
        done.append(f"{len(tasks)} tâche(s) enregistrée(s)")
    return done

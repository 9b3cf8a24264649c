"""The sections of a set of minutes, read into `Minutes` (nothing is written).

A line-by-line reader: headers (« Participants : », « Excusé(s) : »,
« Prochaines étapes », « Pilote(s) », « Actions ») switch sections, a blank
line or another header ends one. Dates without a year (« le 17 septembre »,
« avant le 30 août ») are read relative to the date of the minutes, with
handlers.dates.parse_when given that date as `now`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from handlers.dates import parse_when
from handlers.imports.minutes import Minutes, NextMeeting, Person, Step, bare, find_date, person, plain, split_people
from handlers.messages import UserError
from storage.search import fold

__all__ = ["parse_minutes"]

_BULLET = re.compile(r"^(?:[·•\-–*▪◦]|\d+[.)])\s*")
_HEADERS = {
    "participants": re.compile(r"^(participants?|presents?|personnes presentes|membres presents)\b\s*(a la [\w ]+)?:?\s*(?P<rest>.*)$"),
    "excused": re.compile(r"^(absents?\s+)?excuse(e)?(\(e\))?s?(\(s\))?\s*:\s*(?P<rest>.*)$"),
    "steps": re.compile(r"^(prochaines etapes|suites a donner|actions a mener|a faire|next steps|prochaines actions|taches)\b\s*:?\s*(?P<rest>.*)$"),
    "pilot": re.compile(r"^pilotes?\s*:?\s*(?P<rest>.*)$"),
    "actions": re.compile(r"^actions?\s*:?\s*(?P<rest>.*)$"),
    "other": re.compile(r"^(but de la seance|ordre du jour|points abordes|objet|introduction|n°|themes?|questions? a aborder|tableau|rappel|chantiers?|date & lieu|date et lieu|lieu)\b"),
}
_NEXT = re.compile(r"prochaine (seance|reunion|rencontre)\s*(?:aura lieu\s*)?(?:le|:)?\s*", re.IGNORECASE)
_DUE = re.compile(r"\b(?:avant le|d'ici (?:le|au)|pour le|au plus tard le|jusqu'au)\s+(?P<when>.+?)(?=\s+(?:avant le|pour le)\s|$)", re.IGNORECASE)
_PILOT_IN = re.compile(r"\(?\s*pilotes?\s*:\s*(?P<who>[^)]+)\)?", re.IGNORECASE)
_PLACE_WORDS = ("salle", "espace", "rue", "mairie", "maison", "visio", "zoom", "teams", "chemin", "avenue", "route", "place", "bureau", "hotel")


def _header(line: str) -> tuple[str, str] | None:
    key = " ".join(plain(_BULLET.sub("", line).replace("**", "").replace("#", "")).split())
    for kind, pattern in _HEADERS.items():
        found = pattern.match(key)
        if found:
            # The text after the colon, in its original spelling.
            rest = line.split(":", 1)[1] if ":" in line and found.groupdict().get("rest") else ""
            return kind, rest.strip()
    return None


def _minutes_date(lines: list[str], minutes: Minutes) -> None:
    """The date of the minutes (first full date near the top) and its place."""
    for index, line in enumerate(lines[:40]):
        found = find_date(line)
        if found is None:
            continue
        minutes.held_on = found[0]
        label = plain(line)
        after = line[found[2]:] if len(line) >= found[2] else ""
        at = re.search(r"\s(?:a|à)\s+(l['’]|la |le )?(?P<p>.+)$", after)
        if at:
            minutes.place = bare(at.group("p"))
        elif index > 0 and "lieu" in plain(lines[index - 1]) and ":" in lines[index - 1]:
            minutes.place = bare(lines[index - 1].split(":", 1)[1])
        elif "lieu" in label and ":" in line:
            minutes.place = bare(line.split(":", 1)[1].replace(line[found[1]:found[2]], ""))
        return


def _relative(text: str, held_on: date, zone: ZoneInfo, require_time: bool) -> object | None:
    now = datetime.combine(held_on, time(23, 59), zone)
    try:
        return parse_when(text, now, require_time=require_time, text_first=False)
    except UserError:
        return None


def _people(text: str, organisation: str) -> list[Person]:
    if re.match(r"^\s*(madame|monsieur|mme|m\.)?\s*\*\*", text, re.IGNORECASE):
        found = person(text, organisation)  # « Madame **NOM**, rôle, rôle »: commas are the role's
        return [found] if found else []
    return [p for piece in split_people(text) if (p := person(piece, organisation))]


def _participant_line(line: str, state: dict[str, str], minutes: Minutes) -> None:
    bullet = bool(_BULLET.match(line))
    body = _BULLET.sub("", line).strip()
    if ":" in body and not body.lstrip().startswith(("Madame", "Monsieur", "**")):
        org, rest = body.split(":", 1)
        state["org"] = bare(org)
        minutes.participants += _people(rest, state["org"])
    elif bullet and "(" not in body and "**" not in body and len(body.split()) <= 7:
        state["org"] = bare(body)  # « · Ville de Meyrin »: the names follow
    else:
        minutes.participants += _people(body, state.get("org", ""))


def _excused(text: str) -> list[Person]:
    people = []
    for piece in split_people(text):
        found = person(piece, "")
        if found and found.role and found.role[:1].isupper():
            found = Person(found.name, found.role, "")  # « Name (Org) »: the parenthesis names the organisation
        if found:
            people.append(found)
    return people


def _step(text: str, minutes: Minutes, pilot: str, zone: ZoneInfo) -> Step:
    text = bare(text)
    pilot = bare(re.sub(r"\([^)]*\)", "", pilot))
    inside = _PILOT_IN.search(text)
    if inside:
        pilot = bare(inside.group("who"))
        text = bare(text[: inside.start()] + text[inside.end():])
    if not pilot:
        named = [p.name for p in minutes.participants if len(p.name.split()) > 1 and fold(p.name) in fold(text)]
        pilot = named[0] if named else ""
    due = None
    for found in _DUE.finditer(text) if minutes.held_on else ():
        # « pour le projet avant le 20 février »: the first « pour le » is no date.
        when = _relative(found.group("when"), minutes.held_on, zone, require_time=False)  # type: ignore[arg-type]
        if when is not None:
            due = when.start.date()  # type: ignore[attr-defined]
            break
    if len(text) > 160 and ". " in text[:200]:
        text = text[: text.index(". ", 0, 200) + 1]  # the first sentence says what to do
    return Step(text, pilot, due)


def _next_meeting(lines: list[str], index: int, minutes: Minutes, zone: ZoneInfo) -> None:
    found = _NEXT.search(plain(lines[index]))
    if not found or minutes.held_on is None:
        return
    # A parenthesis after the times (« 09h00 – 11h30 (12h00) ») is an aside,
    # not part of the date: the date reader refuses clock words left over.
    rest = re.sub(r"\([^)]*\)", "", lines[index][found.end():])
    when = _relative(rest, minutes.held_on, zone, require_time=False)
    if when is None:
        return
    place = bare(re.sub(r"\([^)]*\)", "", when.rest))  # type: ignore[attr-defined]
    if not place:
        following = next((l for l in lines[index + 1 : index + 3] if l.strip()), "")
        if following and any(word in plain(following) for word in _PLACE_WORDS):
            place = bare(following)
    minutes.next_meeting = NextMeeting(when.start, when.end, when.has_time, place)  # type: ignore[attr-defined]


def parse_minutes(lines: list[str], zone: ZoneInfo) -> Minutes:
    minutes = Minutes()
    _minutes_date(lines, minutes)
    section, filled, pilot = "", False, ""
    state: dict[str, str] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            if filled:  # a blank line ends a section that has content
                section, filled = "", False
            continue
        if minutes.next_meeting is None and _NEXT.search(plain(line)):
            _next_meeting(lines, index, minutes, zone)
            if minutes.next_meeting is not None:
                section, filled = "", False
                continue
        header = _header(line)
        if header is not None and header[0] == "participants" and minutes.participants:
            header = ("other", "")  # a later « Participants au … » heading is discussion, not attendance
        if header is not None:
            section, rest = header
            filled = False
            if section == "pilot":
                pilot = ""
            if rest:
                filled = _section_line(section, rest, minutes, state, zone, pilot)
                pilot = bare(rest) if section == "pilot" else pilot
            continue
        if section == "pilot":
            pilot, filled = bare(_BULLET.sub("", line)), True
        elif section:
            filled = _section_line(section, line, minutes, state, zone, pilot) or filled
    return minutes


def _section_line(section: str, line: str, minutes: Minutes, state: dict[str, str], zone: ZoneInfo, pilot: str) -> bool:
    """Read one line of a section; True if it held something."""
    if section == "participants":
        _participant_line(line, state, minutes)
    elif section == "excused":
        minutes.excused += _excused(line)
    elif section == "steps" and (_BULLET.match(line) or not minutes.steps):
        minutes.steps.append(_step(_BULLET.sub("", line), minutes, "", zone))
    elif section == "actions":
        minutes.steps.append(_step(_BULLET.sub("", line), minutes, pilot, zone))
    else:
        return False
    return True

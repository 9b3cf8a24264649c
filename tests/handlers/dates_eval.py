"""Scoring the date reader against a data set of expressions (see dates_eval.tsv).

Each row: mode (`seance`: the bare date reader, handlers/dates.py `parse_when`, a time required; `echeance`:
what a coordinator types after /echeance, read by the command's own reading, handlers/commands/deadlines.py
`read_echeance`, period ends first (« fin janvier » is its last day), a time optional, the text not required so a
bare date can be a row (since round 42; before, the bare `parse_when`, which no member meets there); `serie`:
the whole text a coordinator types after /seance, read by the command's own
reading, handlers/commands/meetings.py `read_seance`), the expression, the
expected reading (`2026-12-10 14:00-16:00`, `2026-12-10`, or `REFUSE`; for
`serie` the first date and time followed by one space and the stored form of
the recurrence rule, `none` when there is none: `2027-01-05 14:00 nth:1:1`; `deplacer`: what a coordinator types after
`/seance_deplacer <n°>`, read against the meeting of the last `@meeting` line
by the command's own reading, handlers/commands/meeting_changes.py
`read_move`, a row starting `@jj/mm` naming one date of that meeting's series;
the expected reading is the new start and end as stored, `2026-12-17
14:00-16:00`; `echeance_seance`: what a coordinator types after `/echeance`,
read against the group's meetings by the command's own reading,
handlers/commands/deadlines.py `read_echeance`, the expected reading the
deadline as stored, `2026-12-10 14:00` or `2026-12-09`; `seance_relative`: what a coordinator types after
`/seance`, read against the group's meetings by the command's own reading, handlers/commands/meetings.py
`read_seance`, the expected reading the new meeting's start and end as stored, `2027-01-21 14:00-16:00`; `meeting_ref`:
a whole command that takes a meeting, `/presents du 19/11 : Dubois`, read against the group's meetings by the commands'
one reading, handlers/meeting_ref.py `read_target`, the expected reading the meeting acted on as the store keys it,
`4`, `8@2027-02-01`, and the rest its arguments then read, the names, new date or reason; `tache`: a whole `/tache …`
or `/tache_modifier <n°> …` command, read against the group's meetings and members by the commands' one reading,
handlers/commands/tasks.py `read_task`, the expected reading `<due date or none>;<pilot's name or none>`,
`2026-12-04;Claire Dubois`, and the rest the task's text as stored; the members are the `@member<TAB>Claire
Dubois[<TAB>moi]` lines, kept for the whole file, `moi` marking the sender) and the expected
remaining text (for `serie`, `deplacer` and `seance_relative`, the place; for `echeance_seance`,
the deadline's text). A line `@meeting<TAB>2026-12-10 14:00-16:00<TAB>salle
B[<TAB>nth:2:3][<TAB>annulée]` sets the meeting (in the zone of the last `@now`)
of the rows after it; the `@meeting` lines since the last `@now` are the
group's meetings of `echeance_seance` and `seance_relative` rows, numbered 1, 2, 3 … in that order
(an empty rule field for none; `annulée` for a cancelled one). A line
`@now<TAB>2027-03-15 09:00<TAB>Europe/Paris` sets the moment and zone of
the rows after it (before any such line: EVAL_NOW). Used by the target test
(test_dates_eval.py) and by the printed report (bench/dates_report.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from handlers.commands.deadlines import MEETINGS_BACK, read_echeance
from handlers.commands.meeting_changes import pick_occurrence, read_move
from handlers.commands.meetings import LISTING_HORIZON, read_seance
from handlers.commands.tasks import EDIT_USAGE, TASK_USAGE, read_task
from handlers.dates import When, parse_when
from handlers.held import SERIES_LOOKBACK, meeting_key
from handlers.meeting_ref import read_target
from handlers.messages import UserError
from storage.models import Meeting, Member, replace
from storage.recurrence import expand

__all__ = ["BLIND_SETS", "EVAL_NOW", "HELD_OUT", "MAIN_SET", "Row", "Score", "load", "read_at", "read_deplacer", "read_echeance_seance", "read_meeting_ref", "read_seance_relative", "read_serie", "read_tache", "reading", "score"]

EVAL_NOW = datetime(2026, 11, 22, 10, 0, tzinfo=ZoneInfo("Europe/Zurich"))  # a Sunday
MAIN_SET = Path(__file__).with_name("dates_eval.tsv")
HELD_OUT = Path(__file__).with_name("dates_heldout.tsv")
BLIND_SETS = (
    Path(__file__).with_name("dates_blind3.tsv"),
    Path(__file__).with_name("dates_blind4.tsv"),
    Path(__file__).with_name("dates_blind5.tsv"),
    Path(__file__).with_name("dates_blind6.tsv"),
    Path(__file__).with_name("dates_blind7.tsv"),
    Path(__file__).with_name("dates_blind8.tsv"),
    Path(__file__).with_name("dates_blind8b.tsv"),
    Path(__file__).with_name("dates_blind9.tsv"),
    Path(__file__).with_name("dates_blind10.tsv"),
    Path(__file__).with_name("dates_blind10b.tsv"),
    Path(__file__).with_name("dates_blind11.tsv"),
    Path(__file__).with_name("dates_blind11b.tsv"),
    Path(__file__).with_name("dates_blind12.tsv"),
    Path(__file__).with_name("dates_blind12b.tsv"),
    Path(__file__).with_name("dates_blind13.tsv"),
    Path(__file__).with_name("dates_blind13b.tsv"),
    Path(__file__).with_name("dates_blind14.tsv"),
    Path(__file__).with_name("dates_blind15.tsv"),
    Path(__file__).with_name("dates_blind16.tsv"),
    Path(__file__).with_name("dates_blind17.tsv"),
    Path(__file__).with_name("dates_blind18.tsv"),
    Path(__file__).with_name("dates_blind19.tsv"),
    Path(__file__).with_name("dates_blind20.tsv"),
    Path(__file__).with_name("dates_blind21.tsv"),
    Path(__file__).with_name("dates_blind22.tsv"),
    Path(__file__).with_name("dates_blind23.tsv"),
    Path(__file__).with_name("dates_blind24.tsv"),
    Path(__file__).with_name("dates_blind_lead.tsv"),
    Path(__file__).with_name("dates_blind_lead2.tsv"),
    Path(__file__).with_name("dates_blind_lead3.tsv"),
    Path(__file__).with_name("dates_blind25.tsv"),
    Path(__file__).with_name("dates_blind26.tsv"),
    Path(__file__).with_name("dates_blind27.tsv"),
    Path(__file__).with_name("dates_blind28.tsv"),
    Path(__file__).with_name("dates_blind29.tsv"),
    Path(__file__).with_name("dates_blind30.tsv"),
    Path(__file__).with_name("dates_blind31.tsv"),
    Path(__file__).with_name("dates_blind32.tsv"),
    Path(__file__).with_name("dates_blind33.tsv"),
    Path(__file__).with_name("dates_blind34.tsv"),
    Path(__file__).with_name("dates_blind35.tsv"),
    Path(__file__).with_name("dates_blind36.tsv"),
    Path(__file__).with_name("dates_blind37.tsv"),
    Path(__file__).with_name("dates_blind38.tsv"),
    Path(__file__).with_name("dates_blind39.tsv"),
    Path(__file__).with_name("dates_blind40.tsv"),
    Path(__file__).with_name("dates_blind41.tsv"),
    Path(__file__).with_name("dates_blind42.tsv"),
)


@dataclass(frozen=True, slots=True)
class Row:
    mode: str
    text: str
    expected: str
    rest: str
    now: datetime = EVAL_NOW
    meeting: Meeting | None = None  # the meeting a `deplacer` row moves
    meetings: tuple[Meeting, ...] = ()  # the group's meetings, for an `echeance_seance` row
    members: tuple[Member, ...] = ()  # the group's members, for a `tache` row
    sender: Member | None = None  # « moi », for a `tache` row

    @property
    def precise(self) -> bool:
        return self.expected != "REFUSE"


def load(path: Path) -> list[Row]:
    rows = []
    now = EVAL_NOW
    meeting: Meeting | None = None
    group: list[Meeting] = []
    members: list[Member] = []
    sender: Member | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@now\t"):
            _, moment, zone = line.split("\t")
            now = datetime.fromisoformat(moment).replace(tzinfo=ZoneInfo(zone))
            group = []
            continue
        if line.startswith("@member\t"):
            _, name, *flags = line.split("\t")
            members.append(Member(len(members) + 1, name))
            sender = members[-1] if "moi" in flags else sender
            continue
        if line.startswith("@meeting\t"):
            meeting = _meeting(line, now)
            group.append(replace(meeting, number=len(group) + 1))
            continue
        mode, text, expected, rest = (line.split("\t") + [""])[:4]
        rows.append(Row(mode, text, expected, rest, now, meeting, tuple(group), tuple(members), sender))
    return rows


def _meeting(line: str, now: datetime) -> Meeting:
    """`@meeting<TAB>2026-12-10 14:00-16:00<TAB>salle B[<TAB>rule][<TAB>annulée]`, in the zone of `now`."""
    _, when, place, *more = line.split("\t")
    day, hours = when.split(" ")
    start, end = (datetime.fromisoformat(f"{day} {hour}").replace(tzinfo=now.tzinfo) for hour in hours.split("-"))
    rule = more[0] if more and more[0] else None
    status = "cancelled" if "annulée" in more[1:] else "planned"
    return Meeting(3, start, end, place, status=status, recurrence=rule)


def read_at(text: str, now: datetime, require_time: bool) -> tuple[str, str]:
    """The reading of `text` at `now` in the data set's notation (`2026-12-10 14:00-16:00`) and the
    text left; a refusal raises the reader's UserError."""
    when = parse_when(text, now, require_time=require_time)
    return _notation(when), when.rest


def _notation(when: When) -> str:
    out = f"{when.start:%Y-%m-%d}"
    if when.has_time:
        out += f" {when.start:%H:%M}"
        if when.end is not None:
            out += f"-{when.end:%H:%M}"
    return out


def read_serie(text: str, now: datetime) -> tuple[str, str]:
    """What /seance reads in `text` at `now`, through the command's own reading: the first date in the data
    set's notation, one space, the rule's stored form (`none` without one), and the place; a refusal raises
    the command's UserError."""
    read = read_seance(text, now)
    return f"{_notation(read.when)} {read.rule if read.rule is not None else 'none'}", read.place


def read_deplacer(text: str, meeting: Meeting, now: datetime) -> tuple[str, str]:
    """What /seance_deplacer reads in `text` (typed after the meeting's number) for `meeting` at `now`, through the
    command's own reading: the new start and end in the data set's notation, and the place; `@jj/mm` first names
    one date of the series (its occurrences as the store's expansion gives them, none moved yet)."""
    moved = meeting
    if meeting.recurrence:
        day_text, rest = (text[1:].partition(" ")[::2]) if text.startswith("@") else (None, text)
        moved = pick_occurrence(meeting, expand(meeting, {}, now, now + LISTING_HORIZON), day_text, now, "")
        text = rest
    move = read_move(text, moved, now)
    end = f"-{move.end:%H:%M}" if move.end is not None else ""
    return f"{move.start:%Y-%m-%d %H:%M}{end}", move.place


def read_echeance_seance(text: str, meetings: tuple[Meeting, ...], now: datetime, text_required: bool = True) -> tuple[str, str]:
    """What /echeance reads in `text` at `now` against the group's `meetings`, through the command's own reading:
    the deadline in the data set's notation and its text (`text_required=False` for an `echeance` row, often a
    bare date)."""
    read = read_echeance(text, expand_all_local(meetings, now), now, text_required)
    return f"{read.due:%Y-%m-%d}" + (f" {read.due:%H:%M}" if read.has_time else ""), read.text


def read_seance_relative(text: str, meetings: tuple[Meeting, ...], now: datetime) -> tuple[str, str]:
    """What /seance reads in `text` at `now` against the group's `meetings`, through the command's own reading: the
    new meeting's start and end in the data set's notation, and its place (a recurrence is no part of this mode)."""
    read = read_seance(text, now, expand_all_local(meetings, now))
    end = f"-{read.when.end:%H:%M}" if read.when.end is not None else ""
    return f"{read.when.start:%Y-%m-%d %H:%M}{end}", read.place


def read_meeting_ref(text: str, meetings: tuple[Meeting, ...], now: datetime) -> tuple[str, str]:
    """What a command that takes a meeting (`/presents du 19/11 : Dubois`) reads at `now` against the group's `meetings`,
    through the commands' one reading: the meeting acted on as the store keys it (`4`, `8@2027-02-01`) and the rest."""
    command, _, args = text.strip().partition(" ")
    dates = sorted((o for m in meetings for o in expand(m, {}, now - SERIES_LOOKBACK, now + SERIES_LOOKBACK)), key=lambda m: m.start)
    target = read_target(command.lstrip("/"), args, meetings, dates, now, "")
    return meeting_key(target.acted), target.rest


def read_tache(text: str, meetings: tuple[Meeting, ...], members: tuple[Member, ...], sender: Member | None,
               now: datetime) -> tuple[str, str]:
    """What /tache or /tache_modifier reads in a whole command at `now` against the group's `meetings` and `members`,
    through the commands' one reading: `<due or none>;<pilot or none>` and the task's text as stored."""
    command, _, args = text.strip().partition(" ")
    if command == "/tache_modifier":
        args = args.strip().partition(" ")[2]  # after the task's number, as /tache_modifier reads it
        read = read_task(args, now, expand_all_local(meetings, now), members, sender, EDIT_USAGE, text_required=False) if args.strip() else None
        if read is None:
            raise UserError("Il manque ce qui change.", EDIT_USAGE)
    else:
        read = read_task(args, now, expand_all_local(meetings, now), members, sender, TASK_USAGE)
    due = f"{read.due:%Y-%m-%d}" if read.due is not None else "none"
    return f"{due};{read.pilot.name if read.pilot is not None else 'none'}", read.text


def expand_all_local(meetings: tuple[Meeting, ...], now: datetime) -> list[Meeting]:
    """The meetings as the command sees them (series expanded, none moved), soonest first."""
    out = [occurrence for meeting in meetings for occurrence in expand(meeting, {}, now - MEETINGS_BACK, now + LISTING_HORIZON)]
    return sorted(out, key=lambda m: m.start)


def reading(row: Row) -> tuple[str, str]:
    """What the reader makes of a row (at the row's `now`), in the data set's notation."""
    try:
        if row.mode == "serie":
            return read_serie(row.text, row.now)
        if row.mode == "deplacer":
            assert row.meeting is not None, "a `deplacer` row needs an `@meeting` line before it"
            return read_deplacer(row.text, row.meeting, row.now)
        if row.mode == "echeance_seance":
            return read_echeance_seance(row.text, row.meetings, row.now)
        if row.mode == "meeting_ref":
            return read_meeting_ref(row.text, row.meetings, row.now)
        if row.mode == "tache":
            return read_tache(row.text, row.meetings, row.members, row.sender, row.now)
        if row.mode == "seance_relative":
            return read_seance_relative(row.text, row.meetings, row.now)
        if row.mode == "echeance":  # what the /echeance command reads, period ends first (round 42)
            return read_echeance_seance(row.text, row.meetings, row.now, text_required=False)
        return read_at(row.text, row.now, require_time=row.mode == "seance")
    except UserError:
        return "REFUSE", ""


@dataclass
class Score:
    total: int = 0
    precise: int = 0
    correct: int = 0
    refused: int = 0  # precise expressions refused (safe, but a miss)
    wrong: list[str] = field(default_factory=list)  # accepted, but not what was meant

    @property
    def correct_share(self) -> float:
        return self.correct / self.precise if self.precise else 1.0

    @property
    def refused_share(self) -> float:
        return self.refused / self.precise if self.precise else 0.0


def score(rows: list[Row]) -> Score:
    result = Score(total=len(rows))
    for row in rows:
        got, rest = reading(row)
        result.precise += row.precise
        if got == "REFUSE":
            result.refused += row.precise
        elif (got, rest) == (row.expected, row.rest):
            result.correct += 1
        else:
            result.wrong.append(f"{row.mode} « {row.text} » → {got} / reste « {rest} » (attendu {row.expected} / « {row.rest} »)")
    return result

"""Scoring the date reader against a data set of expressions (see dates_eval.tsv).

Each row: mode (`seance`: a time is required; `echeance`: optional; `serie`:
the whole text a coordinator types after /seance, read by the command's own
reading, handlers/commands/meetings.py `read_seance`), the expression, the
expected reading (`2026-12-10 14:00-16:00`, `2026-12-10`, or `REFUSE`; for
`serie` the first date and time followed by one space and the stored form of
the recurrence rule, `none` when there is none: `2027-01-05 14:00 nth:1:1`)
and the expected remaining text (for `serie`, the place). A line
`@now<TAB>2027-03-15 09:00<TAB>Europe/Paris` sets the moment and zone of
the rows after it (before any such line: EVAL_NOW). Used by the target test
(test_dates_eval.py) and by the printed report (bench/dates_report.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from handlers.commands.meetings import read_seance
from handlers.dates import When, parse_when
from handlers.messages import UserError

__all__ = ["BLIND_SETS", "EVAL_NOW", "HELD_OUT", "MAIN_SET", "Row", "Score", "load", "read_at", "read_serie", "reading", "score"]

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
)


@dataclass(frozen=True, slots=True)
class Row:
    mode: str
    text: str
    expected: str
    rest: str
    now: datetime = EVAL_NOW

    @property
    def precise(self) -> bool:
        return self.expected != "REFUSE"


def load(path: Path) -> list[Row]:
    rows = []
    now = EVAL_NOW
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@now\t"):
            _, moment, zone = line.split("\t")
            now = datetime.fromisoformat(moment).replace(tzinfo=ZoneInfo(zone))
            continue
        mode, text, expected, rest = (line.split("\t") + [""])[:4]
        rows.append(Row(mode, text, expected, rest, now))
    return rows


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


def reading(row: Row) -> tuple[str, str]:
    """What the reader makes of a row (at the row's `now`), in the data set's notation."""
    try:
        if row.mode == "serie":
            return read_serie(row.text, row.now)
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

"""The group's memory as plain dataclasses, and their (de)serialisation.

Times are stored as the group's wall-clock time plus its IANA zone
("2026-12-03T09:00" + "Europe/Zurich"), not as UTC instants: a meeting set
for 09h00 must stay at 09h00 when daylight-saving rules move the offset.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo

__all__ = [
    "AgendaItem",
    "ChatPlace",
    "Deadline",
    "Decision",
    "DecisionRevision",
    "Meeting",
    "MeetingStatus",
    "Member",
    "chat_place",
    "dump_local",
    "load_local",
    "replace",
]

MeetingStatus = Literal["planned", "moved", "cancelled", "held"]
DecisionStatus = Literal["active", "amended", "cancelled"]
# A place in a chat, free of platform types: (platform, chat id, topic or thread id or None).
ChatPlace = tuple[str, str, str | None]


def chat_place(raw: Any) -> ChatPlace | None:
    """A stored [platform, chat id, thread id] list (JSON has no tuples) as a ChatPlace."""
    return (raw[0], raw[1], raw[2]) if raw else None


def _flat(item: Any) -> dict[str, Any]:
    """A dataclass of plain fields as a dict; `asdict` deep-copies (slow on hot writes)."""
    return {name: getattr(item, name) for name in item.__dataclass_fields__}


def dump_local(moment: datetime) -> dict[str, str]:
    """Serialise an aware datetime as wall-clock time plus zone name."""
    zone = moment.tzinfo
    key = getattr(zone, "key", None)
    if key is None:
        raise ValueError("datetimes in the store need a ZoneInfo time zone")
    return {"local": moment.replace(tzinfo=None).isoformat(timespec="minutes"), "tz": key}


def load_local(raw: dict[str, str]) -> datetime:
    return datetime.fromisoformat(raw["local"]).replace(tzinfo=ZoneInfo(raw["tz"]))


@dataclass(frozen=True, slots=True)
class Member:
    """A person of the group; `number` is stable within the group."""

    number: int
    name: str
    organisation: str = ""
    role: str = ""
    platform_ids: dict[str, str] = field(default_factory=dict)  # platform -> user id
    contact: str = ""  # shown only when contact_consent is true
    contact_consent: bool = False

    def to_doc(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Member:
        return cls(
            number=doc["number"],
            name=doc["name"],
            organisation=doc.get("organisation", ""),
            role=doc.get("role", ""),
            platform_ids=dict(doc.get("platform_ids", {})),
            contact=doc.get("contact", ""),
            contact_consent=bool(doc.get("contact_consent", False)),
        )


@dataclass(frozen=True, slots=True)
class AgendaItem:
    text: str
    proposed_by: str = ""  # display name at the time of proposing
    proposed_by_id: str = ""  # platform-qualified id
    origin: str = ""  # the platform event that proposed it, so a replay adds it once


@dataclass(frozen=True, slots=True)
class Meeting:
    """A séance. `start`/`end` are aware datetimes in the group's zone."""

    number: int
    start: datetime
    end: datetime | None = None
    place: str = ""
    agenda: tuple[AgendaItem, ...] = ()
    status: MeetingStatus = "planned"
    recurrence: str | None = None  # a rule understood by the scheduler issue
    created_by: str = ""
    previous_start: datetime | None = None  # set when moved
    # Derived, never stored: the key (original local date, ISO) of one
    # occurrence of a recurring meeting, set by storage.recurrence.
    occurrence: str | None = None
    # The announcement this change owes the group's chats ("moved@<UTC
    # instant of the change>"), written with the change itself so that a
    # crash cannot lose it; the scheduler sends it (see bot/scheduler/plan.py).
    announcement: str | None = None
    # Where the command that owed it was typed: (platform, chat id, topic or
    # thread id or None), so that after a restart the announcement still goes
    # to that topic (bot/turns.py). None: unknown (older rows).
    announced_from: ChatPlace | None = None
    # Why it was cancelled, as the coordinator wrote it (« grève »): the
    # cancellation announcement says it.
    reason: str = ""
    # Raised by the store at each write that changes the row (see
    # GroupStore._update): the calendar's SEQUENCE follows it.
    revision: int = 0

    @property
    def active(self) -> bool:
        return self.status in ("planned", "moved")

    def to_doc(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "start": dump_local(self.start),
            "end": dump_local(self.end) if self.end else None,
            "place": self.place,
            "agenda": [_flat(item) for item in self.agenda],
            "status": self.status,
            "recurrence": self.recurrence,
            "created_by": self.created_by,
            "previous_start": dump_local(self.previous_start) if self.previous_start else None,
            "announcement": self.announcement,
            "announced_from": list(self.announced_from) if self.announced_from else None,
            "reason": self.reason,
            "revision": self.revision,
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Meeting:
        return cls(
            number=doc["number"],
            start=load_local(doc["start"]),
            end=load_local(doc["end"]) if doc.get("end") else None,
            place=doc.get("place", ""),
            agenda=tuple(AgendaItem(**item) for item in doc.get("agenda", [])),
            status=doc.get("status", "planned"),
            recurrence=doc.get("recurrence"),
            created_by=doc.get("created_by", ""),
            previous_start=load_local(doc["previous_start"]) if doc.get("previous_start") else None,
            announcement=doc.get("announcement"),
            announced_from=chat_place(doc.get("announced_from")),
            reason=doc.get("reason", ""),
            revision=doc.get("revision", 0),
        )


@dataclass(frozen=True, slots=True)
class Deadline:
    """An échéance: a deadline or an outside event, with an optional time."""

    number: int
    due: datetime  # aware; midnight-less deadlines use `has_time=False`
    text: str
    has_time: bool = False
    created_by: str = ""
    cancelled: bool = False
    revision: int = 0  # raised at each change (see Meeting.revision)

    @property
    def day(self) -> date:
        return self.due.date()

    def to_doc(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "due": dump_local(self.due),
            "text": self.text,
            "has_time": self.has_time,
            "created_by": self.created_by,
            "cancelled": self.cancelled,
            "revision": self.revision,
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Deadline:
        return cls(
            number=doc["number"],
            due=load_local(doc["due"]),
            text=doc["text"],
            has_time=bool(doc.get("has_time", False)),
            created_by=doc.get("created_by", ""),
            cancelled=bool(doc.get("cancelled", False)),
            revision=doc.get("revision", 0),
        )


@dataclass(frozen=True, slots=True)
class DecisionRevision:
    """One step of a decision's history (creation, amendment, cancellation)."""

    action: Literal["created", "amended", "cancelled"]
    at: str  # ISO instant with offset
    by: str  # display name
    by_id: str
    text: str = ""
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Decision:
    number: int
    text: str
    taken_on: date
    meeting_number: int | None
    recorded_by: str
    recorded_by_id: str
    status: DecisionStatus = "active"
    history: tuple[DecisionRevision, ...] = ()

    def to_doc(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "text": self.text,
            "taken_on": self.taken_on.isoformat(),
            "meeting_number": self.meeting_number,
            "recorded_by": self.recorded_by,
            "recorded_by_id": self.recorded_by_id,
            "status": self.status,
            "history": [_flat(rev) for rev in self.history],
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Decision:
        return cls(
            number=doc["number"],
            text=doc["text"],
            taken_on=date.fromisoformat(doc["taken_on"]),
            meeting_number=doc.get("meeting_number"),
            recorded_by=doc.get("recorded_by", ""),
            recorded_by_id=doc.get("recorded_by_id", ""),
            status=doc.get("status", "active"),
            history=tuple(DecisionRevision(**rev) for rev in doc.get("history", [])),
        )

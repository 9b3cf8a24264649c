"""The .ics invitation attached to meeting replies."""

from __future__ import annotations

from handlers.ics import meeting_invitation
from storage.models import AgendaItem, Meeting
from tests.helpers import at


def test_invitation_in_utc_with_escaped_text() -> None:
    meeting = Meeting(3, at("2026-11-26 09:00"), at("2026-11-26 11:30"), "Espace cocréation, Rue du Rhône 14",
                      (AgendaItem("Budget; bilan"),))
    ics = meeting_invitation(meeting, "rte", "Groupe RTE", at("2026-11-23 10:00"))
    text = ics.data.decode("utf-8")
    assert ics.filename == "seance-3.ics" and ics.mimetype == "text/calendar"
    assert "DTSTART:20261126T080000Z\r\n" in text and "DTEND:20261126T103000Z\r\n" in text
    assert "LOCATION:Espace cocréation\\, Rue du Rhône 14\r\n" in text
    assert "DESCRIPTION:1. Budget\\; bilan\r\n" in text
    assert "UID:rte-seance-3@greffier" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))

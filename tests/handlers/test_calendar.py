"""/calendrier: an .ics read back with icalendar and recurring-ical-events
gives the dates /seances gives (series expanded, moved and cancelled dates
included), stable UIDs, SEQUENCE raised by each change, cancelled meetings
as STATUS:CANCELLED, deadlines and dated tasks, no contact details; the
feed's secret address only in private, replaced by coordinators only."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import recurring_ical_events
from icalendar import Calendar

from handlers.commands.meetings import LISTING_HORIZON
from handlers.views import upcoming_meetings
from storage.models import replace
from storage.recurrence import expand_all
from tests.helpers import MEMBER, ZURICH, Chat, at, group_config, make_chat, seed_people


def _calendar(chat: Chat) -> Calendar:
    reply = chat.reply("/calendrier")
    assert reply is not None and reply.attachment is not None
    assert (reply.attachment.filename, reply.attachment.mimetype) == ("calendrier-rte.ics", "text/calendar")
    return Calendar.from_ical(reply.attachment.data)


def _events(calendar: Calendar) -> dict[str, object]:
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def test_series_with_moved_and_cancelled_dates_reads_back_as_seances(chat: Chat) -> None:
    chat.say("/seance 01/12/2026 9h-11h Mairie chaque semaine")
    chat.say("/seance_deplacer 1@08/12 09/12/2026 14h-16h Salle B")
    chat.say("/seance_annuler 1@15/12 fériés")
    chat.say("/seance 27/11/2026 10h Hospice")
    calendar = _calendar(chat)
    now = chat.clock.now().astimezone(ZURICH)
    expanded = recurring_ical_events.of(calendar).between(now, now + LISTING_HORIZON - timedelta(days=2))
    shown = sorted(e["dtstart"].dt for e in expanded if str(e["status"]) == "CONFIRMED")
    data = chat.store.group("rte")
    seances = upcoming_meetings(expand_all(chat.store, "rte", data.meetings(), now - timedelta(days=1), now + LISTING_HORIZON), now)
    assert shown == [m.start for m in seances if m.start < now + LISTING_HORIZON - timedelta(days=2)]
    assert shown[:3] == [at("2026-11-27 10:00"), at("2026-12-01 09:00"), at("2026-12-09 14:00")]
    assert shown[0].tzinfo is not None and str(shown[0].tzinfo) in ("Europe/Zurich", "CET")
    assert "mardi 1er décembre 2026" in chat.say("/seances") and "mercredi 9 décembre 2026, 14h00" in chat.say("/seances")
    events = _events(calendar)
    assert str(events["rte-seance-1-2026-12-15@greffier"]["status"]) == "CANCELLED"
    moved = events["rte-seance-1-2026-12-08@greffier"]
    assert (moved["dtstart"].dt, str(moved["location"])) == (at("2026-12-09 14:00"), "Salle B")
    assert calendar.walk("VTIMEZONE")[0]["tzid"] == "Europe/Zurich"


def test_uid_stays_and_sequence_rises_with_each_change(chat: Chat) -> None:
    chat.say("/seance 03/12/2026 9h-11h Mairie")
    first = _events(_calendar(chat))["rte-seance-1@greffier"]
    assert _events(_calendar(chat))["rte-seance-1@greffier"].to_ical() == first.to_ical()  # deterministic
    chat.clock.advance(timedelta(minutes=5))
    chat.say("/seance_deplacer 1 04/12/2026 9h-11h")
    moved = _events(_calendar(chat))["rte-seance-1@greffier"]
    chat.clock.advance(timedelta(minutes=5))
    chat.say("/seance_annuler 1")
    cancelled = _events(_calendar(chat))["rte-seance-1@greffier"]
    assert first["sequence"] < moved["sequence"] < cancelled["sequence"]
    assert moved["dtstart"].dt == at("2026-12-04 09:00")
    assert str(cancelled["status"]) == "CANCELLED"


def test_place_and_agenda_with_commas_and_semicolons_read_back_whole(chat: Chat) -> None:
    # RFC 5545 escaping (\, and \;) and 75-octet line folding, as a calendar client reads them.
    chat.say("/seance 03/12/2026 9h-11h30 Espace cocréation, Rue du Rhône 14")
    chat.say("/proposer Budget; bilan de l'année, et perspectives pour le prochain exercice avec les partenaires")
    raw = chat.reply("/calendrier").attachment.data  # type: ignore[union-attr]
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    meeting = _events(Calendar.from_ical(raw))["rte-seance-1@greffier"]
    assert str(meeting["location"]) == "Espace cocréation, Rue du Rhône 14"
    assert "1. Budget; bilan de l'année, et perspectives pour le prochain exercice avec les partenaires" in str(meeting["description"])
    assert (meeting["dtstart"].dt, meeting["dtend"].dt) == (at("2026-12-03 09:00"), at("2026-12-03 11:30"))
    assert b"Espace cocr\xc3\xa9ation\\, Rue du Rh" in raw


def test_deadlines_and_dated_tasks_without_contact_details(chat: Chat) -> None:
    seed_people(chat)
    data = chat.store.group("rte")
    data.update_member(2, lambda m: replace(m, contact="jamila@example.org", contact_consent=True))
    chat.say("/echeance 30/12/2026 validation de la charte")
    chat.say("/tache Compter les participants pour le 10/12 @hammoudi")
    chat.say("/tache Sans date @hammoudi")
    events = _events(_calendar(chat))
    deadline = events["rte-echeance-1@greffier"]
    assert (deadline["dtstart"].dt, str(deadline["summary"])) == (date(2026, 12, 30), "Échéance : validation de la charte")
    task = events["rte-tache-1@greffier"]
    assert (task["dtstart"].dt, str(task["summary"])) == (
        date(2026, 12, 10), "Tâche n°1 : Compter les participants (pilote : Jamila Hammoudi)")
    assert "rte-tache-2@greffier" not in events
    chat.say("/tache_faite 1")
    assert str(_events(_calendar(chat))["rte-tache-1@greffier"]["status"]) == "CANCELLED"
    raw = chat.reply("/calendrier").attachment.data  # type: ignore[union-attr]
    assert b"example.org" not in raw and b"@" not in raw.replace(b"@greffier", b"")


def test_feed_address_in_private_only_and_rotated_by_coordinators(disk_store: object) -> None:
    chat = make_chat(disk_store, at("2026-11-23 10:00"), group_config(calendar_url="https://agenda.example.org/"))  # type: ignore[arg-type]
    seed_people(chat)
    chat.store.group("rte").update_member(1, lambda m: replace(m, platform_ids={"telegram": MEMBER}))
    assert chat.say("/calendrier lien", sender=MEMBER) == (
        "L'adresse du calendrier est personnelle : écrivez-moi /calendrier lien en message privé.")
    out = chat.say("/calendrier lien", sender=MEMBER, private=True, chat="dm")
    token = chat.store.get_state("calendar-token:rte")
    assert isinstance(token, str) and len(token) >= 32
    assert f"https://agenda.example.org/calendrier/rte/{token}.ics" in out
    assert chat.say("/calendrier nouveau_lien", sender=MEMBER, private=True, chat="dm") == (
        "Seuls les coordinateurs peuvent remplacer l'adresse du calendrier. Rien n'a été modifié.")
    assert chat.store.get_state("calendar-token:rte") == token
    out = chat.say("/calendrier nouveau_lien", private=True, chat="dm")
    fresh = chat.store.get_state("calendar-token:rte")
    assert fresh != token and out.startswith("Nouvelle adresse créée : l'ancienne ne fonctionne plus")
    assert fresh in out and token not in out
    assert chat.say("/calendrier lien", sender="stranger", private=True, chat="dm2").startswith("Je ne sais pas de quel groupe")


def _sequence(chat: Chat, uid: str) -> int:
    return int(_events(_calendar(chat))[uid]["sequence"])


def test_every_edit_of_an_event_raises_its_sequence(chat: Chat) -> None:
    """Edits that record no change time (an agenda item, a task's date or
    text, a deadline's text, a task done) still raise SEQUENCE, so a client
    re-importing the .ics takes the new content."""
    seed_people(chat)
    chat.say("/seance 03/12/2026 9h-11h Mairie")
    chat.say("/echeance 30/12/2026 validation de la charte")
    chat.say("/tache Compter les participants pour le 10/12 @hammoudi")
    chat.say("/tache Préparer la salle pour le 11/12 @hammoudi")
    meeting, deadline, task = "rte-seance-1@greffier", "rte-echeance-1@greffier", "rte-tache-1@greffier"
    before = {uid: _sequence(chat, uid) for uid in (meeting, deadline, task)}
    assert "Point ajouté" in chat.say("/proposer Bilan des ateliers")
    after_agenda = _sequence(chat, meeting)
    assert after_agenda > before[meeting]
    assert "Bilan des ateliers" in str(_events(_calendar(chat))[meeting]["description"])
    chat.say("/tache_modifier 1 pour le 12/12")
    after_due = _sequence(chat, task)
    assert after_due > before[task] and _events(_calendar(chat))[task]["dtstart"].dt == date(2026, 12, 12)
    chat.say("/tache_modifier 1 Compter les inscrits")
    after_text = _sequence(chat, task)
    assert after_text > after_due and "Compter les inscrits" in str(_events(_calendar(chat))[task]["summary"])
    chat.say("/tache_faite 1")
    assert _sequence(chat, task) > after_text
    chat.say("/tache_annuler 2")
    assert _sequence(chat, "rte-tache-2@greffier") > before[task]
    chat.store.group("rte").update_deadline(1, lambda d: replace(d, text="validation de la charte révisée"))
    after_deadline_text = _sequence(chat, deadline)
    assert after_deadline_text > before[deadline]
    chat.say("/echeance_annuler 1")
    assert _sequence(chat, deadline) > after_deadline_text
    # The pilot renamed: the task's summary names them, so it rises too.
    before_rename = _sequence(chat, "rte-tache-2@greffier"), _sequence(chat, deadline)
    chat.store.group("rte").update_member(2, lambda m: replace(m, name="Jamila Hammoudi-Rossi"))
    assert _sequence(chat, "rte-tache-2@greffier") > before_rename[0]
    assert _sequence(chat, deadline) == before_rename[1]  # it names no one
    # A write that changes nothing raises nothing.
    chat.store.group("rte").update_meeting(1, lambda m: m)
    assert _sequence(chat, meeting) == after_agenda


def test_calendar_is_kept_until_the_store_changes(chat: Chat) -> None:
    """/calendrier sends the same bytes, built once, until a write or a new
    day; any write (here a member renamed: the pilot's name is in a task's
    summary) gives the new content at once."""
    seed_people(chat)
    chat.say("/tache Compter les participants pour le 10/12 @hammoudi")
    first = chat.reply("/calendrier").attachment.data  # type: ignore[union-attr]
    chat.clock.advance(timedelta(hours=2))
    assert chat.reply("/calendrier").attachment.data is first  # type: ignore[union-attr]
    chat.store.group("rte").update_member(2, lambda m: replace(m, name="Jamila Hammoudi-Rossi"))
    renamed = chat.reply("/calendrier").attachment.data  # type: ignore[union-attr]
    task = Calendar.from_ical(renamed).walk("VEVENT")[0]
    assert renamed is not first and str(task["summary"]).endswith("(pilote : Jamila Hammoudi-Rossi)")
    chat.clock.advance(timedelta(days=1))
    assert chat.reply("/calendrier").attachment.data is not renamed  # type: ignore[union-attr]


def test_a_task_or_deadline_on_the_calendars_last_day_still_gives_a_calendar(chat: Chat) -> None:
    """31/12/9999 was accepted before dates were bounded: it has no next day to end on."""
    data = chat.store.group("rte")
    data.add_task("Finir le monde", due=date(9999, 12, 31))
    data.add_deadline(datetime(9999, 12, 31, tzinfo=ZURICH), "Fin des temps")
    events = _events(_calendar(chat))
    for uid in ("rte-tache-1@greffier", "rte-echeance-1@greffier"):
        assert events[uid]["dtstart"].dt == date(9999, 12, 31) and "dtend" not in events[uid]  # type: ignore[index,operator]

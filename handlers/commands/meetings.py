"""Meetings and their agenda: /prochaine_seance, /seances, /agenda,
/ordre_du_jour, /proposer, and the coordinators' /seance. Moving and
cancelling a meeting are in meeting_changes.py, deadlines in deadlines.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from handlers.args import clean, number
from handlers.attendance_views import rsvp_line
from handlers.context import Context
from handlers.held import meeting_key
from handlers.dates import When, format_when, parse_when
from handlers.deadline_said import names_a_meeting
from handlers.messages import Reply, Span, UserError, bold, text
from handlers.overlap import clash_lines
from handlers.recurrence_said import read_series
from handlers.registry import Command
from handlers.seance_said import HOW, read_seance_said, takes_from_meeting
from handlers.views import deadline_line, meeting_label, meeting_lines, next_meeting, upcoming_meetings
from storage.attendance import attendance
from storage.models import AgendaItem, ChatPlace, Deadline, Meeting, replace
from storage.recurrence import Rule, describe_rule, expand_all

__all__ = ["COMMANDS", "LISTING_HORIZON", "MAX_PLACE", "MEETINGS_BACK", "SeanceText", "announced_from", "listed_meetings", "meetings_to_count_from",
           "owed_announcement", "read_seance"]

MAX_PLACE = 300
MAX_ITEM = 300
MAX_AGENDA = 40
AGENDA_SHOWN = 40
PAGE = 10  # meetings per page of /seances

SEANCE_USAGE = (
    "/seance <date> <heure>[-<fin>] [lieu] [récurrence] — ex. /seance 17/09/2027 9h-11h30 Salle du conseil, "
    "2 place de la Mairie ; récurrences : chaque semaine, toutes les 2 semaines, chaque mois, le premier mardi du mois"
)
# How far ahead recurring meetings are listed by /seances and /agenda.
LISTING_HORIZON = timedelta(days=400)
# The meetings a date may be said against: those held in the last year (to say « déjà tenue ») and those to come.
MEETINGS_BACK = timedelta(days=400)


def listed_meetings(ctx: Context) -> list[Meeting]:
    """Stored meetings with recurring ones expanded into their occurrences."""
    assert ctx.group is not None
    return expand_all(ctx.store, ctx.group.slug, ctx.data.meetings(), ctx.now - timedelta(days=1), ctx.now + LISTING_HORIZON)


def meetings_to_count_from(ctx: Context) -> list[Meeting]:
    """The group's meetings a date may be counted from (/seance, /echeance, /tache … pour …): held in the last year
    or to come, series expanded into their dates."""
    assert ctx.group is not None
    return expand_all(ctx.store, ctx.group.slug, ctx.data.meetings(), ctx.now - MEETINGS_BACK, ctx.now + LISTING_HORIZON)


def _no_meeting() -> Reply:
    return Reply.of("Aucune séance n'est prévue pour l'instant.", "Un coordinateur peut en planifier une avec /seance.")


def prochaine_seance(ctx: Context, args: str) -> Reply:
    meeting = next_meeting(listed_meetings(ctx), ctx.now)
    if meeting is None:
        return _no_meeting()
    assert ctx.group is not None
    announced = rsvp_line(attendance(ctx.store, ctx.group.slug, meeting_key(meeting)))
    return Reply.of(*meeting_lines(meeting, ctx.now, ctx.locale, title="Prochaine séance"), *([announced] if announced else []))


def seances(ctx: Context, args: str) -> Reply:
    usage = "/seances [page] — ex. /seances 2 pour les dix suivantes"
    page = number(args, "le numéro de page", usage) if args.strip() else 1
    upcoming = upcoming_meetings(listed_meetings(ctx), ctx.now)
    if not upcoming:
        return _no_meeting()
    pages = -(-len(upcoming) // PAGE)
    if not 1 <= page <= pages:
        raise UserError(f"Il n'y a que {pages} page{'s' if pages > 1 else ''} de séances (/seances 1 à /seances {pages}).", usage)
    shown = upcoming[(page - 1) * PAGE : page * PAGE]
    part = f", page {page}/{pages}" if pages > 1 else ""
    lines: list[list[Span] | str] = [[bold(f"Prochaines séances ({len(upcoming)}{part})")]]
    for meeting in shown:
        place = f" — {meeting.place}" if meeting.place else ""
        lines.append([text(f"• {meeting_label(meeting)} : {format_when(meeting.start, meeting.end, ctx.locale)}{place}")])
    after = len(upcoming) - page * PAGE
    if after > 0:
        lines.append(f"… et {after} autre{'s' if after > 1 else ''} : /seances {page + 1} pour la suite.")
    return Reply.of(*lines)


def agenda(ctx: Context, args: str) -> Reply:
    usage = "/agenda [semaines] — ex. /agenda 4"
    weeks = number(args, "le nombre de semaines", usage) if args else None
    if weeks is not None and not 1 <= weeks <= 520:
        raise UserError("Le nombre de semaines doit être entre 1 et 520.", usage)
    horizon = ctx.now + timedelta(weeks=weeks) if weeks else None
    # Collect and sort first, format only what is shown: formatting dates
    # is the costly part, and a chat message is no place for 500 lines.
    entries: list[tuple[datetime, Meeting | Deadline]] = [
        (meeting.start, meeting) for meeting in upcoming_meetings(listed_meetings(ctx), ctx.now)
        if horizon is None or meeting.start <= horizon
    ]
    entries += [
        (deadline.due, deadline) for deadline in ctx.data.deadlines()
        if not deadline.cancelled and deadline.day >= ctx.now.date() and (horizon is None or deadline.due <= horizon)
    ]
    span = f" ({weeks} semaines)" if weeks else ""
    if not entries:
        return Reply.of(f"Rien n'est prévu à l'agenda{span}.")
    entries.sort(key=lambda entry: entry[0])
    lines: list[list[Span] | str] = [[bold(f"Agenda{span}")]]
    for _, entry in entries[:AGENDA_SHOWN]:
        if isinstance(entry, Deadline):
            lines.append(deadline_line(entry, ctx.now, ctx.locale))
        else:
            place = f" — {entry.place}" if entry.place else ""
            when = format_when(entry.start, entry.end, ctx.locale)
            lines.append([bold(f"Séance {meeting_label(entry)}"), text(f" — {when}{place}")])
    if len(entries) > AGENDA_SHOWN:
        lines.append(f"… et {len(entries) - AGENDA_SHOWN} autres dates (/agenda <semaines> pour une période plus courte).")
    return Reply.of(*lines)


def ordre_du_jour(ctx: Context, args: str) -> Reply:
    meeting = next_meeting(listed_meetings(ctx), ctx.now)
    if meeting is None:
        return _no_meeting()
    lines = meeting_lines(meeting, ctx.now, ctx.locale, title="Ordre du jour de la séance")
    return Reply.of(*lines)


def proposer(ctx: Context, args: str) -> Reply:
    usage = "/proposer <point> — ex. /proposer Point sur le budget"
    item_text = clean(args, "le point à proposer", usage, MAX_ITEM)
    meeting = next_meeting(listed_meetings(ctx), ctx.now)
    if meeting is None:
        raise UserError("Aucune séance n'est prévue : il n'y a pas d'ordre du jour où ajouter ce point.")
    # An occurrence is a derived copy: the agenda lives on the stored series
    # (shared by its dates); the reply names the date it was proposed for.
    item = AgendaItem(item_text, ctx.sender.name, ctx.sender.key, ctx.origin or "")

    def add_item(stored: Meeting) -> Meeting:
        if item.origin and any(i.origin == item.origin for i in stored.agenda):
            return stored  # a replayed event: the item is already there
        if len(stored.agenda) >= MAX_AGENDA:
            raise UserError(f"L'ordre du jour de la séance n°{stored.number} compte déjà {MAX_AGENDA} points.")
        return replace(stored, agenda=(*stored.agenda, item))

    saved = ctx.data.update_meeting(meeting.number, add_item)
    if saved is None:
        raise UserError(f"La séance n°{meeting.number} vient d'être supprimée.")
    position = next(i for i, it in enumerate(saved.agenda, 1) if it.text == item_text and it.proposed_by_id == item.proposed_by_id)
    return Reply.of(
        f"Point ajouté à l'ordre du jour de la séance n°{saved.number} "
        f"({format_when(meeting.start, meeting.end, ctx.locale)}) :",
        f"  {position}. {item_text}",
    )


def owed_announcement(ctx: Context, kind: str) -> str:
    """The announcement a change owes the group: its kind and instant (UTC).

    Stored in the same write as the change, the scheduler sends it through
    its notice log (recorded, retried, never lost); a later change of the
    same meeting is a new instant, hence a new announcement."""
    return f"{kind}@{ctx.now.astimezone(timezone.utc).isoformat()}"


def announced_from(ctx: Context) -> ChatPlace:
    """Where the command owing an announcement was typed, stored with it so
    the announcement reaches that topic or thread, even after a restart."""
    return (ctx.message.platform, ctx.message.chat_id, ctx.message.thread_id)


@dataclass(frozen=True, slots=True)
class SeanceText:
    """What /seance reads in its text: the first date (and its notes), the recurrence rule if any, the place."""

    when: When
    rule: Rule | None
    place: str
    notes: tuple[str, ...] = ()  # what was taken from another meeting, and which (handlers/seance_said.py)


def read_seance(args: str, now: datetime, meetings: Sequence[Meeting] = ()) -> SeanceText:
    """Read the text typed after /seance at `now` (aware, the group's zone) against the group's `meetings` (stored
    ones, series expanded into their dates): the date, the recurrence, the place.

    The one reading of the command, shared with the date evaluation (tests/handlers/dates_eval.py, modes `serie`
    and `seance_relative`) so the two can never drift apart. Raises UserError, with a French explanation, for anything not read exactly."""
    if not args.strip():
        raise UserError("Il manque la date et l'heure de la séance.", SEANCE_USAGE)
    text = clean(args, "la date de la séance", SEANCE_USAGE, 1000)
    rule: Rule | None
    notes: tuple[str, ...] = ()
    if (series := read_series(text, now)) is not None:  # a recurrence wherever it stands, or its refusal
        when, rule = series
        rest = when.rest
    else:
        try:
            # « même heure même lieu dans un mois », « le lendemain de la séance 3 à 10h » (blind set 33), else a date
            if (said := read_seance_said(text, meetings, now)) is not None:
                when, rest, notes = said.when, said.place if said.place is not None else said.when.rest, (said.note,)
            else:  # no recurrence (recurrence_said.py finds every phrase the store's rules are said with)
                when = parse_when(text, now)
                rest = when.rest
        except UserError as refused:
            if names_a_meeting(text) and HOW not in refused.message:  # « la séance d'après, même heure »: say how
                refused.details.append(HOW)
            raise
        rule = None
    place = clean(rest, "le lieu", SEANCE_USAGE, MAX_PLACE, required=False)
    if takes_from_meeting(place):  # (« … chaque mois, même lieu »: never a place's name)
        raise UserError(f"« {place} » : je ne prends l'heure ou le lieu d'une autre séance que pour une date seule "
                        f"(ex. « jeudi 14 janvier, même heure, même lieu »). {HOW}", SEANCE_USAGE)
    return SeanceText(when, rule, place, notes)


def seance(ctx: Context, args: str) -> Reply:
    read = read_seance(args, ctx.now, meetings_to_count_from(ctx))
    when, rule, place = read.when, read.rule, read.place
    meeting = ctx.data.add_meeting(
        when.start, when.end, place, created_by=ctx.sender.name, recurrence=str(rule) if rule else None, origin=ctx.origin,
        announcement=owed_announcement(ctx, "planned"), announced_from=announced_from(ctx),
    )
    repeat = [f"Récurrence : {describe_rule(rule)} (une date se déplace avec /seance_deplacer {meeting.number}@jj/mm)"] if rule else []
    listing = listed_meetings(ctx)
    first = next((m for m in listing if m.number == meeting.number), meeting)  # a series: its first date
    return Reply.of(
        [bold(f"Séance n°{meeting.number} planifiée.")], *meeting_lines(meeting, ctx.now, ctx.locale, agenda=False), *repeat,
        *when.notes, *read.notes,
        *clash_lines(listing, first, ctx.locale),
    )


COMMANDS = (
    Command("prochaine_seance", prochaine_seance, "la prochaine séance : date, lieu, ordre du jour", aliases=("prochaine", "seance_suivante")),
    Command("seances", seances, "les prochaines séances, dix par page", "[page]"),
    Command("agenda", agenda, "toutes les dates à venir (séances et échéances)", "[semaines]"),
    Command("ordre_du_jour", ordre_du_jour, "l'ordre du jour de la prochaine séance", aliases=("odj",)),
    Command("proposer", proposer, "proposer un point pour la prochaine séance", "<point>"),
    Command("seance", seance, "planifier une séance, éventuellement récurrente", "<date> <heure>[-<fin>] [lieu] [récurrence]", coordinator=True, aliases=("planifier",)),
)

"""Meetings, agenda and deadlines: /prochaine_seance, /seances, /agenda,
/ordre_du_jour, /proposer, and the coordinators' /seance, /seance_deplacer,
/seance_annuler, /echeance, /echeance_annuler."""

from __future__ import annotations

from datetime import timedelta

from handlers.args import clean, number
from handlers.context import Context
from handlers.dates import format_when, parse_when
from handlers.messages import Reply, Span, UserError, bold, text
from handlers.registry import Command
from handlers.views import deadline_line, meeting_lines, next_meeting, upcoming_meetings
from storage.models import AgendaItem, Meeting, replace

__all__ = ["COMMANDS"]

MAX_PLACE = 300
MAX_ITEM = 300
MAX_AGENDA = 40
MAX_DEADLINE_TEXT = 500

SEANCE_USAGE = "/seance <date> <heure>[-<fin>] [lieu] — ex. /seance 17/09/2027 9h-11h30 Espace cocréation, Rue du Rhône 14"
MOVE_USAGE = "/seance_deplacer <n°> <date> <heure>[-<fin>] [lieu]"


def _no_meeting() -> Reply:
    return Reply.of("Aucune séance n'est prévue pour l'instant.", "Un coordinateur peut en planifier une avec /seance.")


def prochaine_seance(ctx: Context, args: str) -> Reply:
    meeting = next_meeting(ctx.data.meetings(), ctx.now)
    if meeting is None:
        return _no_meeting()
    return Reply.of(*meeting_lines(meeting, ctx.now, ctx.locale, title="Prochaine séance"))


def seances(ctx: Context, args: str) -> Reply:
    upcoming = upcoming_meetings(ctx.data.meetings(), ctx.now)
    if not upcoming:
        return _no_meeting()
    lines: list[list[Span] | str] = [[bold(f"Prochaines séances ({len(upcoming)})")]]
    for meeting in upcoming[:10]:
        place = f" — {meeting.place}" if meeting.place else ""
        lines.append([text(f"• n°{meeting.number} : {format_when(meeting.start, meeting.end, ctx.locale)}{place}")])
    if len(upcoming) > 10:
        lines.append(f"… et {len(upcoming) - 10} autres.")
    return Reply.of(*lines)


def agenda(ctx: Context, args: str) -> Reply:
    usage = "/agenda [semaines] — ex. /agenda 4"
    weeks = number(args, "le nombre de semaines", usage) if args else None
    if weeks is not None and not 1 <= weeks <= 520:
        raise UserError("Le nombre de semaines doit être entre 1 et 520.", usage)
    horizon = ctx.now + timedelta(weeks=weeks) if weeks else None
    entries: list[tuple[object, list[Span]]] = []
    for meeting in upcoming_meetings(ctx.data.meetings(), ctx.now):
        if horizon is None or meeting.start <= horizon:
            place = f" — {meeting.place}" if meeting.place else ""
            line = [bold(f"Séance n°{meeting.number}"), text(f" — {format_when(meeting.start, meeting.end, ctx.locale)}{place}")]
            entries.append((meeting.start, line))
    for deadline in ctx.data.deadlines():
        if deadline.cancelled or deadline.day < ctx.now.date():
            continue
        if horizon is None or deadline.due <= horizon:
            entries.append((deadline.due, deadline_line(deadline, ctx.now, ctx.locale)))
    span = f" ({weeks} semaines)" if weeks else ""
    if not entries:
        return Reply.of(f"Rien n'est prévu à l'agenda{span}.")
    entries.sort(key=lambda e: e[0])  # type: ignore[arg-type, return-value]
    return Reply.of([bold(f"Agenda{span}")], *(line for _, line in entries))


def ordre_du_jour(ctx: Context, args: str) -> Reply:
    meeting = next_meeting(ctx.data.meetings(), ctx.now)
    if meeting is None:
        return _no_meeting()
    lines = meeting_lines(meeting, ctx.now, ctx.locale, title="Ordre du jour de la séance")
    return Reply.of(*lines)


def proposer(ctx: Context, args: str) -> Reply:
    usage = "/proposer <point> — ex. /proposer Bilan du forum de l'emploi"
    item_text = clean(args, "le point à proposer", usage, MAX_ITEM)
    meeting = next_meeting(ctx.data.meetings(), ctx.now)
    if meeting is None:
        raise UserError("Aucune séance n'est prévue : il n'y a pas d'ordre du jour où ajouter ce point.")
    if len(meeting.agenda) >= MAX_AGENDA:
        raise UserError(f"L'ordre du jour de la séance n°{meeting.number} compte déjà {MAX_AGENDA} points.")
    item = AgendaItem(item_text, ctx.sender.name, ctx.sender.key)
    saved = ctx.data.save_meeting(replace(meeting, agenda=(*meeting.agenda, item)))
    return Reply.of(
        f"Point ajouté à l'ordre du jour de la séance n°{saved.number} "
        f"({format_when(saved.start, saved.end, ctx.locale)}) :",
        f"  {len(saved.agenda)}. {item_text}",
    )


def _announce(ctx: Context, title: str, meeting: Meeting) -> None:
    if ctx.group:
        ctx.announce(ctx.group.slug, Reply.of(*meeting_lines(meeting, ctx.now, ctx.locale, title=title)).as_notice())


def seance(ctx: Context, args: str) -> Reply:
    if not args.strip():
        raise UserError("Il manque la date et l'heure de la séance.", SEANCE_USAGE)
    when = parse_when(clean(args, "la date de la séance", SEANCE_USAGE, 1000), ctx.now)
    place = clean(when.rest, "le lieu", SEANCE_USAGE, MAX_PLACE, required=False)
    meeting = ctx.data.add_meeting(when.start, when.end, place, created_by=ctx.sender.name, origin=ctx.origin)
    _announce(ctx, "Convocation — séance", meeting)
    return Reply.of([bold(f"Séance n°{meeting.number} planifiée.")], *meeting_lines(meeting, ctx.now, ctx.locale, agenda=False))


def _active_meeting(ctx: Context, raw: str, usage: str) -> Meeting:
    n = number(raw, "le numéro de séance", usage)
    meeting = ctx.data.meeting(n)
    if meeting is None:
        raise UserError(f"Il n'y a pas de séance n°{n}. Voyez /seances.", usage)
    if not meeting.active:
        raise UserError(f"La séance n°{n} est annulée ou déjà tenue.")
    if meeting.start <= ctx.now:
        raise UserError(f"La séance n°{n} a déjà commencé.")
    return meeting


def seance_deplacer(ctx: Context, args: str) -> Reply:
    raw_number, _, rest = args.strip().partition(" ")
    meeting = _active_meeting(ctx, raw_number, MOVE_USAGE)
    if not rest.strip():
        raise UserError("Il manque la nouvelle date et l'heure.", MOVE_USAGE)
    when = parse_when(clean(rest, "la nouvelle date", MOVE_USAGE, 1000), ctx.now)
    place = clean(when.rest, "le lieu", MOVE_USAGE, MAX_PLACE, required=False) or meeting.place
    moved = ctx.data.save_meeting(
        replace(meeting, start=when.start, end=when.end, place=place, status="moved", previous_start=meeting.start)
    )
    _announce(ctx, "Séance déplacée", moved)
    was = format_when(meeting.start, meeting.end, ctx.locale)
    return Reply.of(
        [bold(f"Séance n°{moved.number} déplacée")],
        f"Avant : {was}",
        *meeting_lines(moved, ctx.now, ctx.locale, title="Désormais : séance", agenda=False),
    )


def seance_annuler(ctx: Context, args: str) -> Reply:
    usage = "/seance_annuler <n°> [raison]"
    raw_number, _, reason = args.strip().partition(" ")
    meeting = _active_meeting(ctx, raw_number, usage)
    reason = clean(reason, "la raison", usage, MAX_PLACE, required=False)
    cancelled = ctx.data.save_meeting(replace(meeting, status="cancelled"))
    _announce(ctx, "Séance annulée", cancelled)
    why = f" Raison : {reason}" if reason else ""
    return Reply.of(f"Séance n°{cancelled.number} du {format_when(meeting.start, meeting.end, ctx.locale)} annulée.{why}")


def echeance(ctx: Context, args: str) -> Reply:
    usage = "/echeance <date> [heure] <texte> — ex. /echeance 30/08 validation de la formalisation du groupe"
    if not args.strip():
        raise UserError("Il manque la date et le texte de l'échéance.", usage)
    when = parse_when(clean(args, "l'échéance", usage, 1000), ctx.now, require_time=False)
    what = clean(when.rest, "le texte de l'échéance", usage, MAX_DEADLINE_TEXT)
    deadline = ctx.data.add_deadline(when.start, what, when.has_time, ctx.sender.name, ctx.origin)
    return Reply.of("Échéance enregistrée :", deadline_line(deadline, ctx.now, ctx.locale))


def echeance_annuler(ctx: Context, args: str) -> Reply:
    usage = "/echeance_annuler <n°>"
    n = number(args, "le numéro d'échéance", usage)
    deadline = ctx.data.deadline(n)
    if deadline is None or deadline.cancelled:
        raise UserError(f"Il n'y a pas d'échéance n°{n} en cours. Voyez /agenda.", usage)
    ctx.data.save_deadline(replace(deadline, cancelled=True))
    return Reply.of(f"Échéance n°{n} retirée de l'agenda : {deadline.text}")


COMMANDS = (
    Command("prochaine_seance", prochaine_seance, "la prochaine séance : date, lieu, ordre du jour", aliases=("prochaine", "seance_suivante")),
    Command("seances", seances, "les prochaines séances"),
    Command("agenda", agenda, "toutes les dates à venir (séances et échéances)", "[semaines]"),
    Command("ordre_du_jour", ordre_du_jour, "l'ordre du jour de la prochaine séance", aliases=("odj",)),
    Command("proposer", proposer, "proposer un point pour la prochaine séance", "<point>"),
    Command("seance", seance, "planifier une séance", "<date> <heure>[-<fin>] [lieu]", coordinator=True, aliases=("planifier",)),
    Command("seance_deplacer", seance_deplacer, "déplacer une séance", "<n°> <date> <heure>[-<fin>] [lieu]", coordinator=True),
    Command("seance_annuler", seance_annuler, "annuler une séance", "<n°> [raison]", coordinator=True),
    Command("echeance", echeance, "ajouter une échéance ou une date extérieure", "<date> [heure] <texte>", coordinator=True),
    Command("echeance_annuler", echeance_annuler, "retirer une échéance", "<n°>", coordinator=True),
)

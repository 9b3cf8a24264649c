"""The coordinators' changes to a planned meeting: /seance_deplacer and
/seance_annuler, of a whole meeting or of one date of a series
(`3@15/12`). Each change is checked again under the store lock by the
write itself (compare-and-set), and carries the announcement it owes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from handlers.args import clean
from handlers.commands.meetings import MAX_PLACE, announced_from, listed_meetings, owed_announcement
from handlers.context import Context
from handlers.date_moved import same_place
from handlers.dates import format_day, format_when, parse_when
from handlers.held import meeting_dates
from handlers.meeting_ref import pick_occurrence, read_target
from handlers.messages import Reply, UserError, bold
from handlers.move_said import move_said, said_direction, without_kept_hour
from handlers.overlap import clash_lines
from handlers.seance_said import kept_as_a_move_says
from handlers.registry import Command
from handlers.views import meeting_lines
from storage.models import Meeting, replace
from storage.recurrence import Override, describe_rule, parse_rule, set_override

__all__ = ["COMMANDS", "MoveText", "pick_occurrence", "read_move"]

MOVE_USAGE = ("/seance_deplacer <n°>[@<jj/mm>] <date> <heure>[-<fin>] [lieu] — @<jj/mm> : une seule date d'une séance récurrente ; "
              "la séance en toutes lettres : /seance_deplacer la prochaine au jeudi suivant")


def _still_active(stored: Meeting, what: str) -> None:
    """Compare-and-set: run under the store lock by the write itself, so a
    command that read the meeting before a concurrent cancellation cannot
    undo it (the check done on reading is only for a quick answer)."""
    if stored.status == "cancelled":
        raise UserError(f"La séance n°{stored.number} vient d'être annulée : {what}.")
    if not stored.active:
        raise UserError(f"La séance n°{stored.number} vient d'être tenue : {what}.")


def _occurrence_check(ctx: Context, occurrence: Meeting, what: str) -> Callable[[Override | None], None]:
    """The compare-and-set of a change to one date of a series (see `_still_active`)."""

    def check(current: Override | None) -> None:
        series = ctx.data.meeting(occurrence.number)
        if series is None:
            raise UserError(f"La séance n°{occurrence.number} vient d'être supprimée : {what}.")
        _still_active(series, what)
        if current is not None and current.status == "cancelled":
            raise UserError(f"La séance n°{occurrence.number} du {format_day(date.fromisoformat(current.key))} vient d'être annulée : {what}.")

    return check


@dataclass(frozen=True, slots=True)
class MoveText:
    """What a move asks for: the new start and end (aware, the group's zone), the place, remarks for the reply."""

    start: datetime
    end: datetime | None
    place: str
    notes: tuple[str, ...] = ()


def read_move(args: str, meeting: Meeting, now: datetime) -> MoveText:
    """Read the text typed after `/seance_deplacer <n°>[@jj/mm]` against `meeting` (the meeting moved, or the
    date of the series moved) at `now` (aware, the group's zone).

    The one reading of the command, shared with the date evaluation (tests/handlers/dates_eval.py, mode
    `deplacer`) so the two can never drift apart. Raises UserError, with a French explanation, for anything not
    read exactly."""
    if not args.strip():
        raise UserError("Il manque la nouvelle date et l'heure.", MOVE_USAGE)
    # « même créneau », « au même endroit », « mêmes horaires » as /seance reads them (blind set 33)
    text = kept_as_a_move_says(clean(args, "la nouvelle date", MOVE_USAGE, 1000))
    kept_hour = meeting.start.time()
    if (said := move_said(text, meeting.start, meeting.end)) is not None:  # « d'une semaine », « au lendemain » (blind set 31)
        when, direction = parse_when(said.text, now, default_time=kept_hour if said.keeps_hour else None), said.direction
    else:  # a date said in full; without its hour, the meeting's (« 17/12 », « jeudi 17/12 même heure »)
        bare, kept = without_kept_hour(text)
        if not bare.strip(" ,;:"):
            _refuse_unchanged(meeting)
        try:
            when, direction = parse_when(bare, now, default_time=kept_hour), said_direction(text)
        except UserError as refused:
            refused.details.append("Un décalage s'écrit aussi : « d'une semaine », « au lendemain 10h », « une heure "
                                   "plus tôt », « à 15h » (le même jour), « au jeudi suivant ».")
            raise
        if kept and when.start.time() != kept_hour:
            raise UserError(f"« {text} » : « même heure », puis une autre heure ? Écrivez l'une ou l'autre "
                            "(ex. « jeudi 17/12 même heure » ou « jeudi 17/12 15h »).", MOVE_USAGE)
    # « jeudi 8 avril 14h, même endroit »: the place stays (blind set 15), not « même endroit » as its name
    said_place = "" if same_place(when.rest) else when.rest
    place = clean(said_place, "le lieu", MOVE_USAGE, MAX_PLACE, required=False) or meeting.place
    # A move keeps the meeting's length unless a new end is given.
    end = when.end or (when.start + (meeting.end - meeting.start) if meeting.end else None)
    if (when.start, end, place) == (meeting.start, meeting.end, meeting.place):
        _refuse_unchanged(meeting)
    if direction and (when.start > meeting.start) != (direction > 0):
        # « avancée au vendredi 11 » of a Thursday 10th, « reportée au mercredi 9 »: the words and the date disagree
        raise UserError(f"« {text} » : « {'avancée' if direction < 0 else 'reportée'} », mais le "
                        f"{format_when(when.start, end)} n'est pas {'avant' if direction < 0 else 'après'} la séance "
                        f"({format_when(meeting.start, meeting.end)}). Je ne devine pas : donnez la nouvelle date "
                        "(ex. « jeudi 17 décembre 14h »).", MOVE_USAGE)
    return MoveText(when.start, end, place, when.notes)


def _refuse_unchanged(meeting: Meeting) -> None:
    """« même jour », « jeudi prochain » of that Thursday: a move that moves nothing would still announce one."""
    raise UserError(f"Rien ne change : la séance est déjà le {format_when(meeting.start, meeting.end)}"
                    f"{f', {meeting.place}' if meeting.place else ''}. Donnez la nouvelle date ou le décalage "
                    "(ex. « 17/12 15h », « d'une semaine », « une heure plus tôt »).", MOVE_USAGE)


def seance_deplacer(ctx: Context, args: str) -> Reply:
    target = read_target("seance_deplacer", args, ctx.data.meetings(), meeting_dates(ctx), ctx.now, MOVE_USAGE)
    meeting, occurrence = target.meeting, target.occurrence
    asked = read_move(target.rest, occurrence or meeting, ctx.now)
    end, place = asked.end, asked.place
    if occurrence is not None:
        # One date of a series: an override; the other dates stay.
        assert ctx.group is not None and occurrence.occurrence is not None
        owed = owed_announcement(ctx, "moved")
        set_override(ctx.store, ctx.group.slug, meeting.number, Override(occurrence.occurrence, "moved", asked.start, end, place, owed,
                                                                           announced_from=announced_from(ctx)),
                     _occurrence_check(ctx, occurrence, "rien n'a été déplacé"))
        meeting = occurrence
        moved = replace(occurrence, start=asked.start, end=end, place=place, status="moved", previous_start=occurrence.start)
    else:
        owed = owed_announcement(ctx, "moved")

        def move(stored: Meeting) -> Meeting:
            _still_active(stored, "rien n'a été déplacé")
            return replace(stored, start=asked.start, end=end, place=place, status="moved",
                           previous_start=stored.start, announcement=owed, announced_from=announced_from(ctx))

        moved = ctx.data.update_meeting(meeting.number, move) or meeting
    was = format_when(meeting.start, meeting.end, ctx.locale)
    series = ["Les autres dates de la série ne changent pas."] if occurrence is not None else []
    return Reply.of(
        [bold(f"Séance n°{moved.number} déplacée")],
        f"Avant : {was}",
        *meeting_lines(moved, ctx.now, ctx.locale, title="Désormais : séance", agenda=False),
        *series,
        *asked.notes,
        *clash_lines(listed_meetings(ctx), moved, ctx.locale),
    )


def seance_annuler(ctx: Context, args: str) -> Reply:
    usage = ("/seance_annuler <n°>[@<jj/mm>] [raison] — @<jj/mm> : une seule date d'une séance récurrente ; la séance en "
             "toutes lettres : /seance_annuler la réunion du 14 janvier grève")
    target = read_target("seance_annuler", args, ctx.data.meetings(), meeting_dates(ctx), ctx.now, usage)
    meeting, occurrence = target.meeting, target.occurrence
    reason = clean(target.rest, "la raison", usage, MAX_PLACE, required=False)
    why = f" Raison : {reason}" if reason else ""
    if occurrence is not None:
        assert ctx.group is not None and occurrence.occurrence is not None
        set_override(ctx.store, ctx.group.slug, meeting.number, Override(occurrence.occurrence, "cancelled", announcement=owed_announcement(ctx, "cancelled"), reason=reason,
                                                                           announced_from=announced_from(ctx)),
                     _occurrence_check(ctx, occurrence, "elle n'a pas été annulée une seconde fois"))
        when = format_when(occurrence.start, occurrence.end, ctx.locale)
        return Reply.of(f"Séance n°{meeting.number} du {when} annulée ; les autres dates de la série restent.{why}")
    owed = owed_announcement(ctx, "cancelled")

    def cancel(stored: Meeting) -> Meeting:
        _still_active(stored, "elle n'a pas été annulée une seconde fois")
        return replace(stored, status="cancelled", announcement=owed, reason=reason,
                       announced_from=announced_from(ctx))

    cancelled = ctx.data.update_meeting(meeting.number, cancel) or meeting
    if meeting.recurrence:
        return Reply.of(f"Séance n°{cancelled.number} ({describe_rule(parse_rule(meeting.recurrence))}) annulée : toute la série.{why}")
    return Reply.of(f"Séance n°{cancelled.number} du {format_when(meeting.start, meeting.end, ctx.locale)} annulée.{why}")


COMMANDS = (
    Command("seance_deplacer", seance_deplacer, "déplacer une séance", "<n°>[@jj/mm] <date> <heure>[-<fin>] [lieu]", coordinator=True),
    Command("seance_annuler", seance_annuler, "annuler une séance", "<n°>[@jj/mm] [raison]", coordinator=True),
)

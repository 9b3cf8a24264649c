"""Deadlines and outside dates: the coordinators' /echeance and
/echeance_annuler (everyone reads them in /agenda)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from handlers.args import clean, number
from handlers.context import Context
from handlers.dates import When, format_time, format_when, parse_when
from handlers.date_words import fold
from handlers.deadline_said import HOW, deadline_said, deadline_said_last, names_a_meeting
from handlers.commands.meetings import MEETINGS_BACK, meetings_to_count_from
from handlers.messages import Reply, UserError
from handlers.period_end import period_end, period_end_last
from handlers.registry import Command
from handlers.task_said import NotADate, date_openings, due_at_end, text_before
from handlers.views import deadline_line
from storage.models import Deadline, Meeting, replace

__all__ = ["COMMANDS", "MEETINGS_BACK", "DeadlineText", "counted_from", "meetings_to_count_from", "read_echeance"]

MAX_DEADLINE_TEXT = 500
USAGE = "/echeance <date> [heure] <texte> — ex. /echeance 30/08 validation de la formalisation du groupe"


@dataclass(frozen=True, slots=True)
class DeadlineText:
    """What /echeance reads: the due moment (aware, the group's zone), whether an hour was said, the text, and
    remarks for the reply."""

    due: datetime
    has_time: bool
    text: str
    notes: tuple[str, ...] = ()


def read_echeance(args: str, meetings: Sequence[Meeting], now: datetime, text_required: bool = True) -> DeadlineText:
    """Read the text typed after `/echeance` at `now` (aware, the group's zone), against the group's `meetings`
    (stored ones, series expanded into their dates).

    The one reading of the command, shared with the date evaluation (tests/handlers/dates_eval.py, modes
    `echeance` and `echeance_seance`) so the two can never drift apart; `text_required=False` lets the evaluation
    read a bare date (« fin janvier ») as the command would before asking for the text. Raises UserError, with a
    French explanation, for anything not read exactly."""
    if not args.strip():
        raise UserError("Il manque la date et le texte de l'échéance.", USAGE)
    text = clean(args, "l'échéance", USAGE, 1000)
    # « la veille de la prochaine séance : bilan » (blind set 32): counted from a meeting, written as a plain date
    said = deadline_said(text, meetings, now)
    # « fin janvier : bilan », « d'ici la fin du mois : rapport » (blind set 36): the period's last day, written as a
    # plain date for the reader, as /tache reads it (handlers/period_end.py); a span that names no end is refused there
    end = period_end(text, now.date()) if said is None else None
    if end is not None:
        text = f"{end.written} {text[end.end:].strip()}"
    if said is None:
        try:
            when = parse_when(text, now, require_time=False)
        except UserError as refused:
            # the text first, only when no date opens it: « Relire le CR avant la prochaine réunion », « Envoyer le
            # bilan avant la fin du mois »
            if end is None and (last := period_end_last(text, now.date())) is not None:
                start, end = last
                when = parse_when(f"{end.written} {text[:start].strip()}", now, require_time=False)
            elif (said := deadline_said_last(text, meetings, now)) is None:
                # « Dépôt des dossiers FDVA avant le 15 janvier à 12h », « Clôture des inscriptions vendredi 18
                # décembre », « Retour des fiches sous quinzaine » (blind set 37): the date closing the text, found as
                # /tache finds a due date (handlers/task_said.py), the hour kept
                if (closing := _date_closing(text, now)) is None:
                    if names_a_meeting(text):  # « peu avant la séance 3 », « après la séance 3 »: say what is read
                        refused.details.append(HOW)
                    if _second_date_left(text, now):  # « …, puis le 19/01 : résultats » (blind set 38): say why
                        raise _one_date() from refused
                    raise
                when = closing
    if said is not None:
        when = parse_when(said.text, now, require_time=False)
    what = clean(when.rest, "le texte de l'échéance", USAGE, MAX_DEADLINE_TEXT, required=text_required)
    if _second_date(what, now):  # « le 15/01 pour le FDVA, le 22/01 pour la CAF »: one deadline per command
        raise _one_date()
    notes = when.notes + ((counted_from(said.meeting),) if said is not None else ()) + \
        ((end.note(when.start.date()),) if end is not None else ())
    if when.has_time and when.end is not None:  # a deadline holds one moment: a range keeps its start, said aloud
        notes += (f"Une échéance n'a qu'une heure : {format_time(when.start)}, le début de la plage "
                  f"{format_time(when.start)}–{format_time(when.end)} (pour une heure limite, écrivez-la seule).",)
    return DeadlineText(when.start, when.has_time, what, notes)


def _date_closing(text: str, now: datetime) -> When | None:
    """The date that closes `text` after a connector or bare (« … avant le 15 janvier à 12h », « … sous quinzaine »),
    read wholly, with the text before it as the rest; None when no date closes it (the caller's refusal stands). A
    date read wrongly there (gone, impossible) raises its own refusal."""

    def read(tail: str, bare: str) -> tuple[When, str]:
        errors: list[UserError] = []
        for form in dict.fromkeys((tail, bare)):
            try:
                when = parse_when(form, now, require_time=False)
            except UserError as error:
                errors.append(error)
                continue
            if not when.rest.strip(" .!"):
                return when, ""
        telling = [e for e in errors if "au début de" not in e.message]
        raise telling[-1] if telling else NotADate("Pas de date à la fin du texte.", USAGE)

    try:
        when, _, before = due_at_end(text, read)
    except NotADate:
        return None
    if when is None or not (text := text_before(before)) or _opens_with_date(text, now) \
            or _DAY_AND_MONTH.search(fold(text.replace("’", "'"))):
        return None  # « 29 octobre AG mardi »: a date opens the text too, two dates, the reader's refusal stands
    return replace(when, rest=text)


def _second_date_left(text: str, now: datetime) -> bool:
    """Whether the reader's refusal of what it left (« le 12/01 : audition, puis le 19/01 : résultats »: « puis le 19 »
    is refused in any rest since blind set 38) was a second deadline date, so the reply says « one date » as before."""
    try:
        loose = parse_when(text, now, require_time=False, strict_rest=False)
    except UserError:
        return False
    return _second_date(loose.rest, now)


def _opens_with_date(text: str, now: datetime) -> bool:
    try:
        parse_when(text, now, require_time=False)
    except UserError:
        return False
    return True


def _one_date() -> UserError:
    """The refusal of a second deadline date in one command (a new error each time: callers add details to theirs)."""
    return UserError("Une seule date par échéance, s'il vous plaît : laquelle ? Enregistrez chacune à part (ex. "
                     "« /echeance 15/01 dépôt FDVA », puis « /echeance 22/01 dépôt CAF »).", USAGE)


# After a date, what says another one follows (« …, le 22/01 », « … ; avant le 22/01 », « … puis le 22/01 »).
_ANOTHER = re.compile(r"(?:[,;:]|\b(?:puis(?:\s+(?:ensuite|aussi|encore))?|et|ou)\b)\s*$")  # (« puis ensuite le 21 », set 38)
# In a text that a closing date follows, « le » and a day with its month is a first date (« Audition le 12/01 puis le
# 19/01 »): two dates, not read (« le 3/4 des membres », « la réunion du 12/01 » are no such thing).
_DAY_AND_MONTH = re.compile(r"(?<![\w'])le\s+\d{1,2}(?:er)?\s*(?:/\s*\d{1,2}(?![\d/.])|(?:janvier|fevrier|mars|avril|mai|juin|"
                            r"juillet|aout|septembre|octobre|novembre|decembre)(?![a-z]))")


def _second_date(text: str, now: datetime) -> bool:
    """Whether the deadline's text holds a second deadline date: one after a connector (« avant le 22/01 »), or bare
    after a comma, a semicolon or « puis / et / ou » (« …, le 22/01 pour la CAF »); a date after « du / de » stays the
    text's (« compte rendu du comité du 4 décembre »)."""
    for start, end in date_openings(text, bare_first=True):
        if (start != end or _ANOTHER.search(text[:start])) and _opens_with_date(text[end:], now):
            return True
    return False


def counted_from(meeting: Meeting) -> str:
    """The reply's word on a deadline counted from a meeting: which one, and when it sits."""
    return f"Date comptée depuis la séance n°{meeting.number} ({format_when(meeting.start, meeting.end)})."


def echeance(ctx: Context, args: str) -> Reply:
    read = read_echeance(args, meetings_to_count_from(ctx), ctx.now)
    deadline = ctx.data.add_deadline(read.due, read.text, read.has_time, ctx.sender.name, ctx.origin)
    return Reply.of("Échéance enregistrée :", deadline_line(deadline, ctx.now, ctx.locale), *read.notes)


def echeance_annuler(ctx: Context, args: str) -> Reply:
    usage = "/echeance_annuler <n°>"
    n = number(args, "le numéro d'échéance", usage)
    deadline = ctx.data.deadline(n)
    if deadline is None or deadline.cancelled:
        raise UserError(f"Il n'y a pas d'échéance n°{n} en cours. Voyez /agenda.", usage)

    def withdraw(stored: Deadline) -> Deadline:
        # Compare-and-set under the store lock: a concurrent command may
        # have withdrawn it since it was read above.
        if stored.cancelled:
            raise UserError(f"L'échéance n°{n} vient d'être retirée de l'agenda.")
        return replace(stored, cancelled=True)

    if ctx.data.update_deadline(n, withdraw) is None:
        raise UserError(f"L'échéance n°{n} vient d'être supprimée.")
    return Reply.of(f"Échéance n°{n} retirée de l'agenda : {deadline.text}")


COMMANDS = (
    Command("echeance", echeance, "ajouter une échéance ou une date extérieure", "<date> [heure] <texte>", coordinator=True),
    Command("echeance_annuler", echeance_annuler, "retirer une échéance", "<n°>", coordinator=True),
)

"""Deadlines and outside dates: the coordinators' /echeance and
/echeance_annuler (everyone reads them in /agenda)."""

from __future__ import annotations

from handlers.args import clean, number
from handlers.context import Context
from handlers.dates import parse_when
from handlers.messages import Reply, UserError
from handlers.registry import Command
from handlers.views import deadline_line
from storage.models import Deadline, replace

__all__ = ["COMMANDS"]

MAX_DEADLINE_TEXT = 500


def echeance(ctx: Context, args: str) -> Reply:
    usage = "/echeance <date> [heure] <texte> — ex. /echeance 30/08 validation de la formalisation du groupe"
    if not args.strip():
        raise UserError("Il manque la date et le texte de l'échéance.", usage)
    when = parse_when(clean(args, "l'échéance", usage, 1000), ctx.now, require_time=False)
    what = clean(when.rest, "le texte de l'échéance", usage, MAX_DEADLINE_TEXT)
    deadline = ctx.data.add_deadline(when.start, what, when.has_time, ctx.sender.name, ctx.origin)
    return Reply.of("Échéance enregistrée :", deadline_line(deadline, ctx.now, ctx.locale), *when.notes)


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

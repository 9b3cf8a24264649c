"""/importer: a coordinator sends the group's member list (CSV or .xlsx), or
minutes (.docx, .txt, .md: see importer_minutes.py), as a document with
« /importer » as its caption; Greffier answers with the preview and waits
for « /importer confirmer » (or « annuler »).

The rows read from the file (not the file) wait in the store under the
coordinator's key, so a restart between preview and confirmation loses
nothing; the plan is computed again at confirmation against the directory
as it is then. Confirmed, everything is written in one durable write.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from handlers.commands.importer_minutes import MINUTES_SUFFIXES, confirm_minutes, preview_minutes
from handlers.context import Context
from handlers.imports.files import ImportRefused
from handlers.imports.members import apply_plan, plan_members, preview_lines
from handlers.imports.table import Sheet, read_sheet
from handlers.messages import Reply, UserError, bold
from handlers.registry import Command
from storage.validation_state import state_problem

__all__ = ["COMMANDS"]

log = logging.getLogger(__name__)

# In chat, a member list is small; the command line takes larger files.
MAX_CHAT_FILE = 2 * 1024 * 1024
PENDING_FOR = timedelta(hours=24)
# Rows shown per kind in the chat preview: the rest is counted, not listed.
CHAT_PREVIEW_ROWS = 25
USAGE = "/importer (avec la liste CSV/.xlsx ou le compte rendu .docx/.txt/.md en pièce jointe), puis /importer confirmer [sans 3,5]"


def _key(ctx: Context) -> str:
    assert ctx.group is not None
    return f"import-pending:{ctx.group.slug}:{ctx.message.sender_key}"


def _preview(ctx: Context) -> Reply:
    assert ctx.message.attachment is not None
    name, data = ctx.message.attachment
    name = name[:80] or "fichier"
    if len(data) > MAX_CHAT_FILE:
        raise UserError(f"{name} : fichier trop gros pour le chat ({len(data) / 1024 / 1024:.1f} Mo ; limite 2 Mo). "
                        "Rien n'a été importé ; utilisez « greffier import members » sur le serveur.")
    if name.lower().endswith(MINUTES_SUFFIXES):
        reply, pending_minutes = preview_minutes(ctx, name, data)
        ctx.store.set_state(_key(ctx), pending_minutes)
        return reply
    try:
        sheet = read_sheet(data, name)
    except ImportRefused as refused:
        raise UserError(str(refused)) from None
    plan = plan_members(sheet, ctx.data)
    pending = {"name": name, "source": sheet.source, "rows": sheet.rows, "ignored": sheet.ignored,
               "too_long": sheet.too_long, "at": ctx.now.isoformat()}
    ctx.store.set_state(_key(ctx), pending)
    # Counts only: neither the people in the file nor who sent it.
    log.info("member import previewed: group=%s rows=%d", ctx.data.slug, len(sheet.rows))
    closing = ("Pour enregistrer : /importer confirmer (ou /importer annuler)." if plan.writes
               else "Rien à enregistrer dans ce fichier.")
    return Reply.of([bold("Aperçu de l'import (rien n'est encore enregistré)")], *preview_lines(plan, name, limit=CHAT_PREVIEW_ROWS), closing)


def _confirm(ctx: Context, drop: str) -> Reply:
    pending: dict[str, Any] | None = ctx.store.get_state(_key(ctx))
    problem = state_problem(_key(ctx), pending) if pending else None
    if problem is not None:
        ctx.store.set_state(_key(ctx), None)
        log.warning("pending import unreadable: group=%s (%s)", ctx.data.slug, problem)
        raise UserError("L'import en attente n'a pas pu être relu : rien n'a été enregistré. "
                        "Renvoyez le fichier avec /importer en légende.")
    if not pending or datetime.fromisoformat(pending["at"]) < ctx.now - PENDING_FOR:
        ctx.store.set_state(_key(ctx), None)
        raise UserError("Aucun import en attente (ou il a expiré). Envoyez le fichier avec /importer en légende.")
    if pending.get("kind") == "minutes":
        reply = confirm_minutes(ctx, pending, drop)
        ctx.store.set_state(_key(ctx), None)
        return reply
    if drop:
        raise UserError("« sans » ne s'emploie qu'avec un compte rendu ; confirmez la liste avec /importer confirmer.")
    sheet = Sheet([(line, dict(row)) for line, row in pending["rows"]], pending["source"], pending["ignored"], pending["too_long"])
    plan = plan_members(sheet, ctx.data)
    added = apply_plan(plan, ctx.data) if plan.writes else []
    ctx.store.set_state(_key(ctx), None)
    log.info("member import applied: group=%s added=%d updated=%d", ctx.data.slug, len(added), len(plan.updated))
    return Reply.of(f"Import de {pending['name']} enregistré : {len(added)} membre(s) ajouté(s), "
                    f"{len(plan.updated)} mis à jour, {len(plan.rejected)} ligne(s) refusée(s).")


def importer(ctx: Context, args: str) -> Reply:
    word, _, rest = args.strip().casefold().partition(" ")
    if word in ("confirmer", "confirme", "oui"):
        head, _, drop = rest.strip().partition(" ")
        if rest and head != "sans":
            raise UserError("Après « confirmer », seul « sans 3,5 » est compris.", USAGE)
        return _confirm(ctx, drop.strip())
    word = args.strip().casefold()
    if word in ("annuler", "non"):
        had = ctx.store.get_state(_key(ctx))
        ctx.store.set_state(_key(ctx), None)
        return Reply.of("Import annulé ; rien n'a été enregistré." if had else "Aucun import en attente.")
    if word:
        raise UserError(f"/importer ne connaît pas « {args.strip()[:30]} ».", USAGE)
    if ctx.message.attachment is None:
        raise UserError("Joignez la liste des membres (CSV ou .xlsx) ou un compte rendu (.docx, .txt, .md) "
                        "à votre message, avec /importer en légende.", USAGE)
    return _preview(ctx)


COMMANDS = (
    Command("importer", importer, "importer une liste de membres ou un compte rendu joint au message",
            "[confirmer [sans 3,5] | annuler]", coordinator=True),
)

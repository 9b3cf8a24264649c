"""The minutes side of /importer: a coordinator attaches minutes (.docx, .txt
or .md) with « /importer » as caption, reads the numbered facts, then
« /importer confirmer » or « /importer confirmer sans 3,5 » to leave some out.

The minutes' lines (not the file) wait in the store under the coordinator's
key, like a member list does (handlers/commands/importer.py).
"""

from __future__ import annotations

import logging
from typing import Any

from handlers.context import Context
from handlers.imports.files import ImportRefused
from handlers.imports.minutes import Minutes, minutes_text
from handlers.imports.minutes_facts import Fact, apply_facts, drop_facts, minutes_facts, parse_drop, preview_facts
from handlers.imports.minutes_parse import parse_minutes
from handlers.messages import Reply, UserError, bold

__all__ = ["MINUTES_SUFFIXES", "confirm_minutes", "preview_minutes"]

log = logging.getLogger(__name__)

MINUTES_SUFFIXES = (".docx", ".txt", ".md")


def _facts(ctx: Context, lines: list[str]) -> tuple[Minutes, list[Fact]]:
    assert ctx.group is not None
    minutes = parse_minutes(lines, ctx.group.timezone)
    return minutes, minutes_facts(minutes, ctx.data, ctx.locale)


def preview_minutes(ctx: Context, name: str, data: bytes) -> tuple[Reply, dict[str, Any]]:
    """The numbered facts, and what to keep until the confirmation."""
    try:
        lines = minutes_text(data, name)
    except ImportRefused as refused:
        raise UserError(str(refused)) from None
    _, facts = _facts(ctx, lines)
    log.info("minutes import previewed: group=%s facts=%d", ctx.data.slug, len(facts))
    closing = ("Pour enregistrer : /importer confirmer — ou /importer confirmer sans 3,5 pour écarter des faits "
               "(/importer annuler pour abandonner)." if facts else "Rien à enregistrer.")
    reply = Reply.of([bold(f"Compte rendu {name} : {len(facts)} fait(s) reconnu(s) (rien n'est encore enregistré)")],
                     *[line.strip() for line in preview_facts(facts)], closing)
    return reply, {"kind": "minutes", "name": name, "lines": lines, "at": ctx.now.isoformat()}


def confirm_minutes(ctx: Context, pending: dict[str, Any], drop: str) -> Reply:
    minutes, facts = _facts(ctx, list(pending["lines"]))
    try:
        dropped = parse_drop(drop, len(facts))
    except ValueError as error:
        raise UserError(str(error).replace("--drop : ", ""), "/importer confirmer sans 3,5") from None
    kept = drop_facts(facts, dropped)
    if not kept:
        return Reply.of("Tous les faits sont écartés : rien n'a été enregistré.")
    assert ctx.group is not None
    done = apply_facts(kept, minutes, ctx.data, ctx.group.timezone)
    log.info("minutes import applied: group=%s facts=%d dropped=%d", ctx.data.slug, len(kept), len(dropped))
    return Reply.of(f"Compte rendu {pending['name']} enregistré : " + " ; ".join(done) + ".")

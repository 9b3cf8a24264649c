"""Decisions: /decisions for everyone; /decision, /decision_modifier and
/decision_annuler for coordinators. Every change keeps the history."""

from __future__ import annotations

from handlers.args import clean, looks_numeric, number
from handlers.context import Context
from handlers.messages import Reply, Span, UserError, bold
from handlers.registry import Command
from handlers.views import decision_lines, meeting_window_end
from storage.models import Decision, DecisionRevision, Meeting, replace

__all__ = ["COMMANDS"]

MAX_TEXT = 2000
MAX_REASON = 300
SEARCH_MATCH = 75.0
SHOWN = 10


def _meeting_of(ctx: Context) -> Meeting | None:
    """The meeting under way, else the latest one that has started."""
    started = [m for m in ctx.data.meetings() if m.status != "cancelled" and m.start <= ctx.now]
    for meeting in reversed(started):
        if meeting_window_end(meeting) >= ctx.now:
            return meeting
    return started[-1] if started else None


def decisions(ctx: Context, args: str) -> Reply:
    usage = "/decisions [recherche | n°] — ex. /decisions formation, /decisions 3"
    query = clean(args, "la recherche", usage, 200, required=False)
    if looks_numeric(query):
        n = number(query, "le numéro", usage)
        found = ctx.data.decision(n)
        if found is None:
            last = max((d.number for d in ctx.data.decisions()), default=0)
            raise UserError(f"Il n'y a pas de décision n°{n} (la dernière est la n°{last}).")
        return Reply.of(*decision_lines(found, ctx.locale, history=True))
    if query:
        # The search index answers without loading every decision.
        hits = sorted(ctx.data.search_decisions(query, SEARCH_MATCH), key=lambda hit: (-hit[1], -hit[0].number))
        if not hits:
            if not ctx.data.decisions():
                return Reply.of("Aucune décision n'a encore été enregistrée.")
            return Reply.of(f"Aucune décision ne parle de « {query} ».", "Tapez /decisions pour les dernières.")
        chosen = [d for d, _ in hits[:SHOWN]]
        count = f"{len(hits)}" if len(hits) <= SHOWN else f"les {SHOWN} plus proches sur {len(hits)}"
        title = f"Décisions sur « {query} » ({count})"
    else:
        all_decisions = ctx.data.decisions()
        if not all_decisions:
            return Reply.of("Aucune décision n'a encore été enregistrée.")
        chosen = list(reversed(all_decisions))[:SHOWN]
        title = f"Dernières décisions ({len(chosen)} sur {len(all_decisions)})"
    lines: list[list[Span] | str] = [[bold(title)]]
    for decision in chosen:
        lines.extend(decision_lines(decision, ctx.locale))
    return Reply.of(*lines)


def decision(ctx: Context, args: str) -> Reply:
    usage = "/decision <texte> — ex. /decision Le groupe adopte la charte de collaboration"
    text_ = clean(args, "le texte de la décision", usage, MAX_TEXT)
    meeting = _meeting_of(ctx)
    recorded = ctx.data.add_decision(
        text_,
        ctx.now.date(),
        meeting.number if meeting else None,
        ctx.sender.name,
        ctx.sender.key,
        ctx.now,
        origin=ctx.origin,
    )
    return Reply.of([bold(f"Décision n°{recorded.number} enregistrée.")], *decision_lines(recorded, ctx.locale)[1:])


def _existing(ctx: Context, raw: str, usage: str) -> Decision:
    n = number(raw, "le numéro de décision", usage)
    found = ctx.data.decision(n)
    if found is None:
        raise UserError(f"Il n'y a pas de décision n°{n}.", usage)
    if found.status == "cancelled":
        raise UserError(f"La décision n°{n} est annulée ; elle ne peut plus être modifiée.")
    return found


def _not_cancelled(stored: Decision, what: str) -> None:
    """Compare-and-set: checked by the write itself, under the store lock, so
    a command that read the decision before a concurrent cancellation
    cannot amend (or cancel again) what is now cancelled."""
    if stored.status == "cancelled":
        raise UserError(f"La décision n°{stored.number} vient d'être annulée : {what}.")


def decision_modifier(ctx: Context, args: str) -> Reply:
    usage = "/decision_modifier <n°> <nouveau texte>"
    raw, _, rest = args.strip().partition(" ")
    current = _existing(ctx, raw, usage)
    new_text = clean(rest, "le nouveau texte", usage, MAX_TEXT)
    if new_text == current.text:
        raise UserError(f"Le texte de la décision n°{current.number} est déjà celui-là.")
    revision = DecisionRevision("amended", ctx.now.isoformat(timespec="seconds"), ctx.sender.name, ctx.sender.key, new_text)

    def amend(stored: Decision) -> Decision:
        _not_cancelled(stored, "elle n'a pas été modifiée")
        return replace(stored, text=new_text, status="amended", history=(*stored.history, revision))

    saved = ctx.data.update_decision(current.number, amend) or current
    return Reply.of([bold(f"Décision n°{saved.number} modifiée.")], f"Avant : {current.text}", f"Désormais : {saved.text}")


def decision_annuler(ctx: Context, args: str) -> Reply:
    usage = "/decision_annuler <n°> [raison]"
    raw, _, rest = args.strip().partition(" ")
    current = _existing(ctx, raw, usage)
    reason = clean(rest, "la raison", usage, MAX_REASON, required=False)
    revision = DecisionRevision("cancelled", ctx.now.isoformat(timespec="seconds"), ctx.sender.name, ctx.sender.key, "", reason)

    def cancel(stored: Decision) -> Decision:
        _not_cancelled(stored, "elle n'a pas été annulée une seconde fois")
        return replace(stored, status="cancelled", history=(*stored.history, revision))

    ctx.data.update_decision(current.number, cancel)
    why = f" Raison : {reason}" if reason else ""
    return Reply.of(f"Décision n°{current.number} annulée (l'historique est conservé).{why}")


COMMANDS = (
    Command("decisions", decisions, "les dernières décisions, une recherche, ou une décision par numéro", "[recherche | n°]"),
    Command("decision", decision, "enregistrer une décision", "<texte>", coordinator=True),
    Command("decision_modifier", decision_modifier, "corriger une décision (l'historique est gardé)", "<n°> <texte>", coordinator=True),
    Command("decision_annuler", decision_annuler, "annuler une décision (l'historique est gardé)", "<n°> [raison]", coordinator=True),
)

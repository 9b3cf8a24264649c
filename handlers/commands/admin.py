"""Which chat talks to which group: /lier (bind a chat), /groupe and
/groupes (choose a group in a private chat)."""

from __future__ import annotations

from handlers.context import Context, GroupSettings, is_coordinator
from handlers.messages import Reply, UserError
from handlers.registry import Command

__all__ = ["COMMANDS"]


def _group_named(ctx: Context, raw: str, usage: str) -> GroupSettings:
    slug = raw.strip().split(" ")[0] if raw.strip() else ""
    if not slug:
        raise UserError("Il manque le nom court du groupe.", usage)
    group = ctx.groups(slug[:64])
    if group is None:
        raise UserError(f"Je ne connais pas de groupe « {slug[:64]} ».", usage)
    return group


def lier(ctx: Context, args: str) -> Reply:
    usage = "/lier <nom-court> — ex. /lier rte-meyrin"
    if ctx.message.platform == "console":
        raise UserError("La console est toujours liée au groupe choisi au lancement (--group).")
    if ctx.message.private:
        raise UserError("On lie un salon de groupe, pas une conversation privée.")
    group = _group_named(ctx, args, usage)
    if not is_coordinator(group, ctx.message):
        raise UserError(f"Seul un coordinateur de « {group.name} » peut lier ce salon. Rien n'a été modifié.")
    if ctx.group is not None and ctx.group.slug != group.slug:
        raise UserError(f"Ce salon est déjà lié au groupe « {ctx.group.name} ».")
    ctx.store.bind_chat(ctx.message.platform, ctx.message.chat_id, group.slug)
    return Reply.of(f"Ce salon est maintenant lié au groupe « {group.name} ». Tapez /aide pour commencer.")


def groupe(ctx: Context, args: str) -> Reply:
    usage = "/groupe <nom-court>"
    if not ctx.message.private:
        raise UserError("/groupe sert dans une conversation privée avec moi ; ici, le salon est lié à son groupe.")
    group = _group_named(ctx, args, usage)
    ctx.store.set_state(f"private-choice:{ctx.message.sender_key}", group.slug)
    return Reply.of(f"C'est noté : vous parlez maintenant au groupe « {group.name} ».")


def groupes(ctx: Context, args: str) -> Reply:
    current = f"Groupe actuel : {ctx.group.name} ({ctx.group.slug})." if ctx.group else "Aucun groupe choisi."
    return Reply.of(current, "Dans une conversation privée, changez de groupe avec /groupe <nom-court>.")


COMMANDS = (
    Command("lier", lier, "lier ce salon à un groupe de travail", "<nom-court>", coordinator=False, needs_group=False),
    Command("groupe", groupe, "choisir le groupe (conversation privée)", "<nom-court>", needs_group=False),
    Command("groupes", groupes, "le groupe auquel vous parlez", needs_group=False),
)

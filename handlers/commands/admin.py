"""Which chat talks to which group: /lier (bind a chat), /groupe and
/groupes (choose a group in a private chat).

Binding a new chat takes a configured coordinator id: chat admin rights
count only in chats already bound (see `handlers.context.is_coordinator`),
since anyone can create a chat and be its admin. A private chat may open
only a group the sender belongs to (`handlers.context.belongs`); to anyone
else every slug, known or not, gets the same answer, so slugs cannot be
probed.
"""

from __future__ import annotations

from handlers.args import clean
from handlers.context import Context, is_coordinator
from handlers.messages import Reply, UserError
from handlers.registry import Command

__all__ = ["COMMANDS"]

MAX_SLUG = 64
HOW_TO_JOIN = (
    "Pour y accéder ici, inscrivez-vous avec /moi dans le salon du groupe, "
    "ou demandez à un coordinateur du groupe de vous ajouter (il peut vous remettre un code pour /moi code)."
)


def _slug(raw: str, usage: str) -> str:
    return clean(raw, "le nom court du groupe", usage, MAX_SLUG).split(" ")[0]


def lier(ctx: Context, args: str) -> Reply:
    usage = "/lier <nom-court> — ex. /lier mon-groupe (le nom court figure dans la configuration)"
    if ctx.message.platform == "console":
        raise UserError("La console est toujours liée au groupe choisi au lancement (--group).")
    if ctx.message.private:
        raise UserError("On lie un salon de groupe, pas une conversation privée.")
    slug = _slug(args, usage)
    group = ctx.groups(slug)
    if not ctx.mine() and ctx.group is None:
        # Someone of no group, in a chat of no group: one answer for every
        # slug, so that which groups exist cannot be probed from outside.
        raise UserError(f"Seul un coordinateur du groupe « {slug} » peut lier ce salon. Rien n'a été modifié.")
    if group is None:
        raise UserError(f"Je ne connais pas de groupe « {slug} ».", usage)
    if ctx.group is not None and ctx.group.slug != group.slug:
        raise UserError(f"Ce salon est déjà lié au groupe « {ctx.group.name} ».")
    if not is_coordinator(group, ctx.message, ctx.store):
        raise UserError(
            f"Seul un coordinateur de « {group.name} » peut lier un nouveau salon : "
            "son identifiant doit figurer dans la liste des coordinateurs du groupe (configuration). "
            "Rien n'a été modifié."
        )
    ctx.store.bind_chat(ctx.message.platform, ctx.message.chat_id, group.slug)
    return Reply.of(f"Ce salon est maintenant lié au groupe « {group.name} ». Tapez /aide pour commencer.")


def groupe(ctx: Context, args: str) -> Reply:
    usage = "/groupe <nom-court>"
    if not ctx.message.private:
        raise UserError("/groupe sert dans une conversation privée avec moi ; ici, le salon est lié à son groupe.")
    slug = _slug(args, usage)
    group = next((g for g in ctx.mine() if g.slug == slug), None)
    if group is None:
        raise UserError(f"Vous ne faites pas partie du groupe « {slug} ». Rien n'a été modifié.", details=[HOW_TO_JOIN])
    ctx.store.set_state(f"private-choice:{ctx.message.sender_key}", group.slug)
    return Reply.of(f"C'est noté : vous parlez maintenant au groupe « {group.name} ».")


def groupes(ctx: Context, args: str) -> Reply:
    current = f"Groupe actuel : {ctx.group.name} ({ctx.group.slug})." if ctx.group else "Aucun groupe choisi."
    if not ctx.message.private:
        return Reply.of(current)
    mine = ctx.mine()
    if not mine:
        return Reply.of("Vous ne faites partie d'aucun groupe que je connais.", HOW_TO_JOIN)
    listed = [f"• {g.name} ({g.slug})" for g in sorted(mine, key=lambda g: g.slug)]
    return Reply.of(current, "Vos groupes :", *listed, "Changez de groupe avec /groupe <nom-court>.")


COMMANDS = (
    Command("lier", lier, "lier ce salon à un groupe de travail", "<nom-court>", coordinator=False, needs_group=False),
    Command("groupe", groupe, "choisir le groupe (conversation privée)", "<nom-court>", needs_group=False),
    Command("groupes", groupes, "vos groupes, et celui auquel vous parlez", needs_group=False),
)

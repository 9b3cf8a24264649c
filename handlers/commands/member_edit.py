"""/membre_modifier: a coordinator changes a card's organisation or role.

Like /membre_retirer, it acts at once only on the card's exact name (see
`handlers.confirm`); a fuzzy match is answered with the line to confirm.
"""

from __future__ import annotations

from handlers.args import clean, split_fields
from handlers.commands.members import find_member
from handlers.confirm import exact_or_confirm
from handlers.context import Context
from handlers.messages import Reply, UserError
from handlers.registry import Command
from handlers.views import member_lines
from storage.models import replace

__all__ = ["COMMANDS"]

MAX_NAME = 100
MAX_ORG = 150
MAX_ROLE = 200
MODIFY_USAGE = "/membre_modifier <nom> ; <organisation> [; rôle] — ex. /membre_modifier Camille Martin ; Mairie de Villeneuve ; élue"


def membre_modifier(ctx: Context, args: str) -> Reply:
    name_raw, org_raw, role_raw = split_fields(args, 3)
    query = clean(name_raw, "le nom du membre", MODIFY_USAGE, MAX_NAME)
    organisation = clean(org_raw, "l'organisation", MODIFY_USAGE, MAX_ORG)
    role = clean(role_raw, "le rôle", MODIFY_USAGE, MAX_ROLE, required=False)
    member = find_member(ctx, query, MODIFY_USAGE)
    rest = f" ; {organisation}" + (f" ; {role}" if role else "")
    question = exact_or_confirm(member, query, f"/membre_modifier {member.name}{rest}", "modifier la fiche de")
    if question is not None:
        return question
    saved = ctx.data.update_member(
        member.number, lambda stored: replace(stored, organisation=organisation, role=role or stored.role)
    )
    if saved is None:
        raise UserError(f"{member.name} vient d'être retiré(e) du répertoire ; rien n'a été modifié.")
    return Reply.of("Fiche modifiée :", *member_lines(saved))


COMMANDS = (
    Command("membre_modifier", membre_modifier, "changer l'organisation ou le rôle d'un membre",
            "<nom> ; <organisation> [; rôle]", coordinator=True),
)

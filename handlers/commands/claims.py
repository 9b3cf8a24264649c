"""Linking an existing member card to a chat account, with a coordinator's
one-time code: /membre_code <nom> (coordinators, in a private chat) hands
out a 6-character code valid 7 days; the person types /moi code XXXXXX in
the group's chat and the card becomes theirs.

A display name proves nothing (anyone can call themselves "Claire Dubois"),
so /moi never links a card by name: the code is the coordinator saying
"this account is that person". It links the card to the account that types
it on that platform, replacing an earlier account there (a new phone, a
lost account): the coordinator asked for it by name. With 31 symbols a
code is one of ~890 million, and it is spent by its first use.
"""

from __future__ import annotations

import re
import secrets
from datetime import datetime, timedelta

from handlers.args import clean
from handlers.context import Context
from handlers.messages import Reply, UserError
from handlers.registry import Command
from handlers.views import member_lines
from storage.models import replace
from storage.validation_state import state_problem

__all__ = ["CODE_PATTERN", "COMMANDS", "redeem"]

CODE_LENGTH = 6
CODE_VALIDITY = timedelta(days=7)
# No 0/O, 1/I/L: a code read aloud or copied by hand stays unambiguous.
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_PATTERN = re.compile(rf"^code\s+([A-Za-z0-9]{{{CODE_LENGTH}}})$", re.IGNORECASE)


def _key(slug: str, code: str) -> str:
    return f"member-code:{slug}:{code.upper()}"


def membre_code(ctx: Context, args: str) -> Reply:
    from handlers.commands.members import MAX_NAME, find_member  # members imports this module

    usage = "/membre_code <nom> — ex. /membre_code dubois"
    if not ctx.message.private and ctx.message.platform != "console":
        raise UserError("Demandez le code en conversation privée avec moi : ici, tout le salon le verrait.", usage)
    member = find_member(ctx, clean(args, "le nom du membre", usage, MAX_NAME), usage)
    code = "".join(secrets.choice(_ALPHABET) for _ in range(CODE_LENGTH))
    expires = ctx.now + CODE_VALIDITY
    ctx.store.set_state(_key(ctx.data.slug, code), {"member": member.number, "expires": expires.isoformat()})
    return Reply.of(
        f"Code pour {member.name} : {code} (valable 7 jours, une seule fois).",
        f"Transmettez-le-lui en privé ; il ou elle tape /moi code {code} dans le salon du groupe "
        "pour lier sa fiche à son compte.",
    )


def redeem(ctx: Context, code: str) -> Reply:
    """Link the card the code names to the sender; the code is then spent."""
    invalid = UserError("Ce code n'est pas valable (inconnu, déjà utilisé ou expiré). Demandez-en un nouveau "
                        "à un coordinateur. Rien n'a été modifié.")
    data = ctx.data
    platform, user_id = ctx.message.platform, ctx.message.sender_id
    with ctx.store.locked():  # one check-and-link: two accounts cannot both spend it
        mine = data.member_by_platform_id(platform, user_id)
        if mine is not None:
            raise UserError(f"Votre compte est déjà lié à la fiche de {mine.name}. Rien n'a été modifié.")
        key = _key(data.slug, code)
        entry = ctx.store.take_state(key)
        # A malformed entry (validated on load, but the store may hold older
        # rows) is a code that is not valid, never a crash.
        if entry is None or state_problem(key, entry) is not None or datetime.fromisoformat(entry["expires"]) < ctx.now:
            raise invalid
        me = data.update_member(entry["member"], lambda stored: replace(
            stored, platform_ids={**stored.platform_ids, platform: user_id}))
        if me is None:
            raise invalid  # the card was removed since
    return Reply.of("Votre fiche existante est maintenant liée à votre compte :", *member_lines(me))


COMMANDS = (
    Command("membre_code", membre_code, "un code pour qu'un membre lie sa fiche à son compte", "<nom>",
            coordinator=True),
)

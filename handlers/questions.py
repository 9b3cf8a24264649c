"""Questions in plain French, when a member addresses the bot without a
command: "qui représente le département ?", "on se voit quand ?".

The thin entry point the router calls: the words addressed to the bot are
freed of the mention ("@GreffierBot", a leading "Greffier,") and handed to
`handlers.understanding`, which recognises the intent against its example
set, resolves names against the group's store, and answers or, when
unsure, says what it understood and offers the closest readings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handlers.messages import Message, Reply
from handlers.understanding.addressing import strip_address
from handlers.understanding.answer import respond

if TYPE_CHECKING:
    from handlers.context import GroupSettings
    from handlers.router import Router

__all__ = ["answer"]


def answer(router: Router, message: Message, group: GroupSettings | None, text: str) -> Reply:
    question = strip_address(text, router.names)  # the platform's names, else « greffier »
    if not question:
        return Reply.of("Oui ? Posez-moi une question sur le groupe, ou tapez /aide.")
    if group is None:
        return router.no_group(message)  # no group, no store to answer from
    return respond(router.context(message, group), question).reply

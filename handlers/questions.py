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
    question = strip_address(text)
    if not question:
        return Reply.of("Oui ? Posez-moi une question sur le groupe, ou tapez /aide.")
    if group is None:
        command = router.commands.find("aide")
        assert command is not None
        # No group, no store to answer from: the same guidance as a command.
        return router.run(command, message, group, "") if message.private else Reply.of(
            "Ce salon n'est lié à aucun groupe de travail.", "Un coordinateur peut le lier avec /lier <nom-court>.")
    return respond(router.context(message, group), question).reply

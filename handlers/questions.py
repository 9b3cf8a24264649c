"""Questions in plain French, when a member addresses the bot without a
command: "qui représente l'Hospice général ?", "c'est quand la prochaine
séance ?". Each known shape is mapped onto a command; anything else gets a
pointer to /aide rather than silence."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from handlers.messages import Message, Reply
from storage.search import fold

if TYPE_CHECKING:
    from handlers.context import GroupSettings
    from handlers.router import Router

__all__ = ["answer"]

# (pattern on folded text, command, group of the pattern that is the argument)
_INTENTS: tuple[tuple[re.Pattern[str], str, int | None], ...] = (
    (re.compile(r"\bqui (?:represente|vient de|est de|est a|travaille (?:a|pour|chez)) (?:l |la |le |les )?(.+)$"), "membres", 1),
    (re.compile(r"\bqui est (.+)$"), "membre", 1),
    (re.compile(r"\b(?:prochaine|prochain) (?:seance|reunion|rencontre)\b|\bquand\b.*\b(?:seance|reunion)\b"), "prochaine_seance", None),
    (re.compile(r"\bordre du jour\b"), "ordre_du_jour", None),
    (re.compile(r"\bdecisions? (?:sur|concernant|a propos de|au sujet de) (?:l |la |le |les )?(.+)$"), "decisions", 1),
    (re.compile(r"\bdecisions?\b"), "decisions", None),
    (re.compile(r"\b(?:agenda|echeances?|dates?)\b"), "agenda", None),
    (re.compile(r"^(?:bonjour|salut|hello|aide|help|coucou)\b"), "aide", None),
)


def answer(
    router: Router, message: Message, group: GroupSettings | None, text: str
) -> Reply:
    folded = fold(text)
    # Drop a leading mention of the bot ("greffier, qui ...").
    folded = re.sub(r"^(?:@?greffier\w*\s*)", "", folded)
    for pattern, name, arg_group in _INTENTS:
        found = pattern.search(folded)
        if found:
            command = router.commands.find(name)
            if command is None:
                continue
            # The folded tail is enough: every argument is matched fuzzily.
            args = found.group(arg_group).strip(" ?!.") if arg_group else ""
            return router.run(command, message, group, args)
    return Reply.of(
        "Je n'ai pas compris la question.",
        "Essayez « qui représente <organisation> ? », « prochaine séance ? », ou tapez /aide.",
    )

"""« rien » as the subject of a check: « rien n'a été annulé ? », « rien n'a
été décidé en octobre ? », « rien n'est prévu en février ? ».

The member checks whether anything was (or is) so, which the same question
asked of « quelque chose » answers (« quelque chose a été annulé ? »: the
cancelled tasks). negated_check.py leaves « rien » aside, and read as typed
the verb alone was left to match, and such checks stayed unsure (set 39c).
Only a question opening on « rien ne / rien n' » is read so, once the message
as typed was no sure answer (answer.respond): « rien n'a changé, merci »
tells, and « on n'a rien décidé sur … ? » is read by its own rules."""

from __future__ import annotations

import re

__all__ = ["something_asked"]

_NOTHING = re.compile(r"^\s*rien\s+(?:ne\s+|n['’]\s*)(?=\w)", re.IGNORECASE)


def something_asked(text: str) -> str | None:
    """`text` with « rien ne/n' » opening it read « quelque chose », when it asks (« ? »); else None."""
    if "?" not in text or _NOTHING.match(text) is None:
        return None
    return _NOTHING.sub("quelque chose ", text, count=1)

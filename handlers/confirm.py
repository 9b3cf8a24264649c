"""Confirmation of a coordinator's edit aimed at a member matched fuzzily.

Removing or rewriting a card is not undoable, so it goes through at once
only when the name typed is the card's own name (case and accents aside);
anything fuzzier (`limoje` for Marie-Pierre LIMOGÉ) is answered with the
card and the exact line that confirms, and nothing changes. Stateless: the
confirmation is the same command with the full name, so nothing is pending.
"""

from __future__ import annotations

from handlers.messages import Reply
from storage.models import Member
from storage.search import fold

__all__ = ["exact_or_confirm"]


def exact_or_confirm(member: Member, query: str, command: str, action: str) -> Reply | None:
    """None when `query` is the member's own name; else the question to ask.

    `command` is the line that confirms (`/membre_retirer {name}`), so the
    coordinator copies it as is; `action` says what it will do."""
    if fold(" ".join(query.split())) == fold(member.name):
        return None
    organisation = f" ({member.organisation})" if member.organisation else ""
    return Reply.of(
        f"Voulez-vous {action} {member.name}{organisation} ?",
        f"Confirmez avec {command}",
        "Rien n'a été modifié.",
    )

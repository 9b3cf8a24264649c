"""A title of charge asked of a body whose holder's role names that body: « qui est la référente de l'État ? » with a
« Référente Petites villes de demain pour l'État » at the DDT.

« référent(e) », « responsable », « délégué(e) », « correspondant(e) » are
words of charge that roles share, so they are no role found alone and the
question was read as the body's representatives (both State bodies' people).
When a member of the body holds the title in a role that also says the body
as the question names it (« … pour l'État »), that title is the one asked:
its holder answers (role_holder). A role that holds the title for something
else (« Conseiller, référent du contrat d'engagement jeune » at the Mission
locale) leaves « le référent de la mission locale ? » the body's
representative, as the sets label it (title_of_body.py settles a title found
as a role, held right before its body).
"""

from __future__ import annotations

from handlers.understanding.pipeline import Understanding
from handlers.understanding.spans import Entity
from handlers.understanding.world import plain
from storage.models import Member

__all__ = ["body_titled"]

# Titles of charge a role holds for a body (their first letters, folded).
_TITLES = ("referent", "responsable", "delegue", "correspondant")
_ARTICLES = frozenset({"le", "la", "l"})
# Between the title and the body: « de la », « du », « pour l' ».
_LINK = frozenset({"de", "du", "des", "d", "la", "l", "le", "les", "pour"})


def body_titled(u: Understanding, org: Entity) -> tuple[str, list[Member]] | None:
    """(the title as typed, its holders) when « qui … le/la <title> de <org> » asks a title `org`'s roles hold for
    the body as named; None otherwise."""
    if not any(w.folded in ("qui", "ki") for w in u.words):
        return None
    k = org.start - 1
    while k >= 0 and org.start - k <= 3 and u.words[k].folded in _LINK:
        k -= 1
    if k < 1 or k == org.start - 1 or not u.words[k].folded.startswith(_TITLES) or u.words[k - 1].folded not in _ARTICLES:
        return None
    title = u.words[k]
    named = plain(" ".join(w.raw for w in u.words[org.start:org.end]))
    holders = [m for m in org.items if m.role and title.folded[:7] in plain(m.role)
               and f" {named} " in f" {plain(m.role)} "]
    return (title.raw, holders) if holders else None

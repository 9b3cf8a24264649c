"""A title checked on a name: « l'élu à la voirie de Chartres ce n'est pas
Gérard ? », « la conseillère pédagogique savoir rouler, c'est pas Claire ? »,
« le trésorier c'est bien Paul ? ».

The member guesses who holds a title and asks to confirm; a first name
alone is no card to show (card_check.py reads « M. Rouiller il est … ? »),
and the readings stayed unsure between the card, the title and the body.
Whether the guess is right or not, the holder of the title answers it: the
message is read once more as « qui est <the title> ? » (answer.respond),
kept only when that is a sure answer naming who holds a role."""

from __future__ import annotations

import re

__all__ = ["holder_before_card", "title_asked"]

# An article opening the title, the title, then « c'est (pas / bien) » or « ce n'est pas », then one or two
# capitalised words (a first name, a full name) and the mark.
_CHECK = re.compile(
    r"^\s*(?P<title>(?:le|la|les|l['’])\s*[^,?]+?)\s*,?\s+(?:ce\s+n['’]\s*est\s+pas|c['’]\s*est\s+(?:pas|bien|toujours)"
    r"|c['’]\s*est)\s+(?P<name>[A-ZÀ-Ý][\w\-]+(?:\s+[A-ZÀ-Ý][\w\-]+)?)\s*\?\s*$")


# The same check with the name first, of a referent's title (« c'est bien Sylvie la référente urbanisme ? »): no role
# of the store reads « référente urbanisme » (referents.py reads it as a charge), so guessed_holder.py, which takes
# the member then a role (« c'est bien Julien le coordinateur ? »), does not see it. Not in the negative (set 30c).
_NAME_FIRST = re.compile(
    r"^\s*c['’]\s*est\s+(?:(?:bien|toujours)\s+)?(?P<name>[A-ZÀ-Ý][\w\-]+(?:\s+[A-ZÀ-Ý][\w\-]+)?)\s+"
    r"(?P<title>(?:le|la|l['’])\s*r[ée]f[ée]rente?\s+[^,?]+?)\s*(?:,?\s*(?:non|hein|c['’]\s*est\s+ça))?\s*\?\s*$",
    re.IGNORECASE)


# The name first and the title after « qui est » (« c'est bien la colonelle Roblot qui est DDA ? », « c'est bien
# Mme Delmas qui est trésorière ? »): the same check, a grade or courtesy title before the name (the lead's set 78).
_NAME_WHO = re.compile(
    r"^\s*c['’]\s*est\s+(?:(?:bien|toujours)\s+)?(?:(?:le|la|l['’])\s*[\w\-]+\s+|(?:mme|m\.|mr|madame|monsieur)\s+)?"
    r"(?P<name>[A-ZÀ-Ý][\w\-]+(?:\s+[A-ZÀ-Ý][\w\-]+)?)\s+qui\s+est\s+(?P<title>[^,?]+?)\s*\?\s*$",
    re.IGNORECASE)


def _checked(text: str) -> tuple[str, bool] | None:
    """The title checked and whether the check is in the negative, for either order; None for no such check."""
    if (match := _CHECK.match(text)) is not None:
        return match.group("title"), "pas" in text[match.end("title"):match.start("name")]
    if (match := _NAME_FIRST.match(text) or _NAME_WHO.match(text)) is not None and match.group("name")[:1].isupper():
        return match.group("title"), False
    return None


def holder_before_card(text: str) -> bool:
    """A title checked in the positive (« la référente Ports propres c'est Élodie ? », « c'est bien Sylvie la
    référente urbanisme ? »): its holder answers before the card the whole message may draw, right or wrong the guess
    (set 36b); in the negative (« le vice-président aux mobilités c'est pas Gérard Beaufils ? ») the card comes first,
    as set 30c reads it."""
    checked = _checked(text)
    return checked is not None and not checked[1]


def title_asked(text: str) -> str | None:
    """« qui est <title> ? » for a title checked on a name; None otherwise."""
    checked = _checked(text)
    return f"qui est {checked[0]} ?" if checked else None

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


def holder_before_card(text: str) -> bool:
    """A title checked in the positive (« la référente Ports propres c'est Élodie ? »): its holder answers before the
    card the whole message may draw, right or wrong the guess (set 36b); in the negative (« le vice-président aux
    mobilités c'est pas Gérard Beaufils ? ») the card comes first, as set 30c reads it."""
    match = _CHECK.match(text)
    return match is not None and "pas" not in text[match.end("title"):match.start("name")]


def title_asked(text: str) -> str | None:
    """« qui est <title> ? » for a title checked on a name; None otherwise."""
    match = _CHECK.match(text)
    return f"qui est {match.group('title')} ?" if match else None

"""« les coordonnées de tout le monde ? », « la liste de tout le monde »,
« les mails de tout le monde svp »: « tout le monde » after a noun of the
directory names the group's members.

The phrase is a greeting's in chat (« bonjour tout le monde », « merci à
tout le monde »), so the examples read it as small talk and left the
question in doubt (set 33, Strasbourg). After a noun of the directory it is
read « des membres », as « les coordonnées des membres ? » is."""

from __future__ import annotations

import re

__all__ = ["everyone_as_members"]

# Nouns of a directory's content, as typed, accents or not.
_DIRECTORY = (r"coordonn[ée]es|contacts?|num[ée]ros?|t[ée]l[ée]phones?|t[ée]ls?|mails?|e-?mails?|courriels?|adresses?"
              r"|noms|liste|annuaire|r[ée]pertoire|fonctions|r[ôo]les")
_EVERYONE = re.compile(rf"\b({_DIRECTORY})\s+de\s+tout\s+le\s+monde\b", re.IGNORECASE)


def everyone_as_members(text: str) -> str:
    """`text` with « <noun of the directory> de tout le monde » read « … des membres »."""
    return _EVERYONE.sub(lambda m: f"{m.group(1)} des membres", text)

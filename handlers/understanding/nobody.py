"""« personne s'occupe de la salle ? », « personne ne gère les inscriptions ? »,
« y a personne qui suit le dossier ARS ? »: « personne » as the subject of a verb of charge asks who
has the charge, expecting none.

The answer is the same as to « qui s'occupe de la salle ? »: the member in
charge, or none found. « personne » read as a noun (« une personne ») left
the question in doubt (set 28a). The message is read as « qui … » when
« personne » opens it (or follows « (il n')y a ») and a verb of charge
follows; not « personne n'a vu mon chargeur ? », asked of the members."""

from __future__ import annotations

import re

__all__ = ["nobody_as_who"]

# Verbs (and their frames) of having a charge, as typed, accents or not.
_CHARGE = (r"(?:s'|s )?occupe(?:nt)?|g[eè]re(?:nt)?|pilote(?:nt)?|suit|suivent|coordonne(?:nt)?|repr[eé]sente(?:nt)?"
           r"|prend(?:s|nent)? en charge|(?:est|sont) (?:charg[eé]e?s?|responsables?|r[eé]f[eé]rente?s?)")
_NOBODY = re.compile(rf"^\s*(?:(?:il\s+)?(?:n'|n\s+)?y\s*a\s+)?personne\s+(?:qui\s+|ne\s+|n'|n\s+)?(?=(?:{_CHARGE})\b)",
                     re.IGNORECASE)


def nobody_as_who(text: str) -> str:
    """`text` with « personne (ne) <verbe de charge> » opening it read « qui <verbe> »."""
    return _NOBODY.sub("qui ", text, count=1)

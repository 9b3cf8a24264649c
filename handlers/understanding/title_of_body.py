"""A title asked « of » a body, held « of » that body: « qui est vice-président de
la CIL ? » with a « Vice-présidente chargée de l'habitat, présidente de la CIL »
and a « Sous-préfet …, vice-président de la CIL » in the directory means the
second, whose role says the title right before the body, not the first, whose
role holds the title (of her own council) and names the body elsewhere. Both
roles name the body, so the body alone told them apart no more than the title
did; the words in a row do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.world import plain
from storage.models import Member

__all__ = ["titled_of_body"]

# The little words between a title and its body (« vice-président de la CIL », « trésorière du bureau »).
_LINK = r"(?:de la|de l|du|des|de|d)"


def titled_of_body(holders: Sequence[Member], wants: Sequence[str], body: str) -> list[Member]:
    """The holders whose role says a title of `wants` (stems) right before `body` (a body's label), in a row;
    none when no role says so (the caller keeps its holders)."""
    name = plain(body)
    if not name:
        return []
    titles = "|".join(r"\s".join(re.escape(p) + r"\w*" for p in stem.split()) for stem in wants if stem)
    if not titles:
        return []
    said = re.compile(rf"(?:^|\s)(?:co)?(?:{titles})\s{_LINK}\s{re.escape(name)}(?:\s|$)")
    return [m for m in holders if said.search(plain(m.role))]

"""A deputy's title as members say it: « l'adjointe à l'éducation », « l'adjoint
aux sports », « la conseillère déléguée à la jeunesse » for a role written
« Adjointe au maire chargée de l'éducation », « Adjoint au maire délégué aux
sports », « Conseillère municipale déléguée à la jeunesse » (blind set 38b).

The town's deputies are written in full by a coordinator and named short by
everyone else: the words « au maire chargé(e) de », « au maire délégué(e)
à », « municipal(e) délégué(e) à » fall out, the head (« adjoint »,
« conseiller ») joins the field. The short form's word pairs are added to
the roles' (`world.role_pairs`), so that « l'adjointe à l'éducation c'est
qui ? » asks the title's holder, even where a decision repeats the short
form (« coprésidé par l'adjointe à l'éducation »)."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["short_deputy_titles"]

# « Adjointe au maire chargée de l'éducation » → « Adjointe à l'éducation »; « Conseiller municipal délégué aux
# sports » → « Conseiller aux sports »; « Adjoint au maire en charge de la jeunesse » → « Adjoint à la jeunesse ».
_LONG = re.compile(r"\b(adjointe?s?|conseill(?:er|ère)s?|élue?s?)\s+(?:au\s+maire|municipale?s?|communautaires?)\s+"
                   r"(?:chargée?s?\s+(?:de\s+la|de\s+l'|des|du|de)|déléguée?s?\s+(?:à\s+la|à\s+l'|aux|au|à)|"
                   r"en\s+charge\s+(?:de\s+la|de\s+l'|des|du|de))\s*", re.IGNORECASE)


def short_deputy_titles(roles: Iterable[str]) -> tuple[str, ...]:
    """The short forms of the deputies' titles among `roles` (none for a role of another kind)."""
    return tuple(_LONG.sub(lambda m: f"{m.group(1)} à ", role.replace("’", "'")) for role in roles
                 if _LONG.search(role.replace("’", "'")))

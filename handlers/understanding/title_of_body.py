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

__all__ = ["chair_of_body", "titled_of_body"]

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
    # « vice-président de la CCCI » does not say « président de la CCCI »: a title after « vice » or « sous » is
    # another office (the lead's set 77), unless the title asked opens with it.
    said = re.compile(rf"(?:^|(?<!\bvice)(?<!\bsous)\s)(?:co)?(?:{titles})\s{_LINK}\s{re.escape(name)}(?:\s|$)")
    return [m for m in holders if said.search(plain(m.role))]


# A body's name closed by its town (« Conseil municipal des jeunes de Montferrand-sur-Jalle »): the name a role says
# without it (« présidente du conseil municipal des jeunes »).
_TOWN_TAIL = re.compile(r"\s(?:de|du|d)\s(?!.*\s(?:de|du|d)\s).+$")


def chair_of_body(holders: Sequence[Member], wants: Sequence[str], body: str, asked: str) -> list[Member]:
    """The holders whose role says a title of `wants` right before `body`, or before `body` without its closing
    town when the question (`asked`) does not say the town, when none of the body's own people holds it: « qui
    préside le CMJ ? » of the young councillors' council, chaired by the deputy mayor whose role is « présidente du
    conseil municipal des jeunes » (blind set 40a); « le président du CPAS de Seraing » is no other town's CPAS's
    president (set 15f). None when no role says so."""
    outside = [m for m in holders if m.organisation != body]
    if (titled := titled_of_body(outside, wants, body)):
        return titled
    town = _TOWN_TAIL.search(plain(body))
    if town is None or any(w in plain(asked).split() for w in town.group(0).split()[1:]):
        return []
    return titled_of_body(outside, wants, plain(body)[:town.start()])

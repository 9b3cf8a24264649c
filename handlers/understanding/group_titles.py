"""A title held in the group, not in the member's body: « Vice-président
chargé de l'habitat, président du groupe » presides the group, and is no
answer to « qui est le président de la Communauté d'agglomération ? ».
When every holder found for a body holds the title only over the group
itself (its words, lexicon.toml `group_bodies`), the body's holder is
not in the directory: the honest reply says so and offers them."""

from __future__ import annotations

import re
from functools import cache

from handlers.understanding.group_bodies import group_bodies
from handlers.understanding.world import plain

__all__ = ["over_group_only", "sittings_name"]

# « président du groupe », « coordinatrice de la plateforme ».
# With its article: « animateur de réseau jeunesse » names a kind of work, not the group.
_LINK = r"(?:du|de la|de l|des) "
# Words a member's own body is called as well (« présidente de l'association » of the AMD 92).
_OWN_BODY = frozenset({"association", "bureau", "commission", "instance", "assemblee", "conference"})


@cache
def _group_words() -> re.Pattern[str]:
    # « président du comité de l'Après-GE » is that body's committee: the group's name ends the title.
    names = [w for w in group_bodies() if w not in _OWN_BODY]
    return re.compile(rf"^{_LINK}(?:{'|'.join(map(re.escape, names))})(?: (?!de\b|du\b|des\b|d\b)\w+.*)?$")


def over_group_only(role: str, stems: tuple[str, ...], organisation: str = "") -> bool:
    """Every word of `role` opening with one of `stems` (the title asked) is followed by the group's own name
    (not by a word of the member's own body's name: « Coordinatrice du réseau » at the « Réseau Santé de la
    Sarine » coordinates that network, set 23c)."""
    words = plain(role).split()
    held = [i for i, w in enumerate(words) if w.startswith(stems) or w.startswith("co") and w[2:].startswith(stems)]
    # « vice-président » is the deputy's title (role_scope.deputy), not this one.
    held = [i for i in held if i == 0 or words[i - 1] != "vice"]
    own = set(plain(organisation).split()) - {"de", "du", "des", "la", "le", "l", "d"}

    def of_group(i: int) -> bool:
        after = words[i + 1:i + 5]
        named = next((w for w in after if w not in ("de", "du", "des", "la", "le", "l", "d")), "")
        # « copilote du plan pour l'État »: held on a body's behalf, the body's own (set 34a).
        for_body = "pour" in words[i + 2:i + 5]
        return bool(_group_words().match(" ".join(after))) and named not in own and not for_body

    return bool(held) and all(of_group(i) for i in held)


def sittings_name(body: str, places: list[str]) -> bool:
    """The group's sittings are headed with `body`'s name (« Comité technique du FSL … »): the body asked is the
    group's own, and a title held over the group is held over it (« coordinateur FSL », set 45b)."""
    said = f" {plain(body)} "
    return len(plain(body)) >= 3 and any(said in f" {plain(place)} " for place in places)

"""« l'État » in a Swiss group is the canton: « qui est là pour l'État ? »
names every body of the canton's administration (its departments, offices
and services: the [kinds] « canton » of entities.toml), not only the one
whose name says « cantonal ». In France « l'État » stays the prefecture and
the State's services: a group's bodies are read as Swiss only when one of
them says « canton » or « cantonal » in its name, or a member's title is a
Swiss commune's or canton's (« Municipale », « Syndic »), since a French
« Département de la Gironde » is found by the canton kind's « département
de » too."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from handlers.understanding.world import plain

__all__ = ["state_is_canton"]

Aliases = dict[str, tuple[str, list[Any]]]
_SWISS = frozenset({"canton", "cantonal", "cantonale", "cantonaux", "cantonales"})
# Titles that open a role only in Switzerland (a French « conseiller municipal » opens otherwise).
_SWISS_TITLES = ("conseiller administratif", "conseillere administrative", "conseiller d etat", "conseillere d etat")
_SWISS_FIRST = frozenset({"municipal", "municipale", "syndic", "syndique"})


def _swiss_roles(roles: Sequence[str], bodies: Sequence[str]) -> bool:
    """A member's title only Swiss communes and cantons give (« Municipale en charge de l'enfance », « Syndic »,
    « Conseiller administratif », « Conseillère d'État »): the group is Swiss though no body says « cantonal »;
    not a cross-border group with a French body (« CCI Haute-Savoie »: a French département named), where
    « l'État » may be France's."""
    from handlers.understanding.acronyms import departement_in  # reads world.py, which imports this module late

    if any((found := departement_in(plain(body))) and found[1][:1].isdigit() for body in bodies if body):
        return False
    return any(plain(role).startswith(_SWISS_TITLES) or (plain(role).split() or [""])[0] in _SWISS_FIRST
               for role in roles if role)


def state_is_canton(aliases: Aliases, roles: Sequence[str] = (), bodies: Sequence[str] = ()) -> Aliases:
    """`aliases` with « etat » answering for the canton's bodies too, in a Swiss group (`roles`, `bodies`: the
    members' titles and organisations)."""
    canton = aliases.get("canton")
    if canton is None or not (any(_SWISS & set(plain(label).split()) for label in canton[0].split(" / "))
                              or _swiss_roles(roles, bodies)):
        return aliases
    label, people = aliases.get("etat", ("", []))
    seen = {m.number for m in people}
    merged = people + [m for m in canton[1] if m.number not in seen]
    labels = [part for part in (label.split(" / ") if label else []) + canton[0].split(" / ")]
    return {**aliases, "etat": (" / ".join(dict.fromkeys(labels)), merged)}

"""« les élus » are the members holding an elected office, not every chair.

The title « élu » reads as any of the stems of an elected office
(entities.toml [roles]: « maire », « adjoint », « conseiller municipal » …),
among them « président » and « délégué »: a council's president and a
town's delegate are elected. But a chair or a delegate elsewhere is not: the
sous-préfète who co-chairs the group (« co-présidente du comité »), the
président of an association of people out of work, the « déléguée du
préfet » or a sports union's « délégué départemental » answered « les élus,
c'est qui ? ». Those two stems count only for a member of a public
authority, whose council elects them (a town, a département, a region, an
intercommunality, a Belgian CPAS)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.persons import holds_role
from handlers.understanding.world import plain
from storage.models import Member

__all__ = ["elected_only"]

# The stems of an elected office that hold only at a public authority.
_TIED = frozenset({"president", "delegue"})
# How a public authority's name opens (folded), or what it holds.
_AUTHORITY_OPENINGS = ("ville ", "commune ", "mairie ", "municipalite ", "departement ", "conseil departemental",
                       "conseil regional", "conseil general", "region ", "communaute ", "metropole", "eurometropole",
                       "agglomeration", "collectivite ", "cpas ", "centre public d action sociale", "canton ",
                       "province ", "syndicat intercommunal", "pays ", "petr ")


def _authority(organisation: str) -> bool:
    name = plain(organisation)
    return name.startswith(_AUTHORITY_OPENINGS) or any(f" {w}" in f" {name}" for w in ("agglo", "metropole"))


def elected_only(holders: Sequence[Member], wants: Sequence[str]) -> list[Member]:
    """`holders` of the title « élu » (`wants`, its stems), without those holding it by a tied stem alone outside a
    public authority; `holders` unchanged for any other title."""
    if "elu" not in wants or not _TIED & set(wants):
        return list(holders)
    free = [w for w in wants if w not in _TIED]
    return [m for m in holders if holds_role(m.role, free) or _authority(m.organisation)]

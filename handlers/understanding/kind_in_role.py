"""A body called by the kind of structure its member's role says it is:
« qui est là pour l'ETTI ? », « qui représente l'ACI ? » when the only
member whose role holds « entreprise de travail temporaire d'insertion »
(« Directrice d'agence de l'entreprise de travail temporaire d'insertion »)
works for « Intérim Solidaire 89 », a name that says no kind.

In a field's groups (the insertion par l'activité économique, the lead's
set 44) each structure has its own name and members call it by its kind,
which only its people's roles spell out. A kind of the field's initials
(lexicon.toml [spelled_out]) whose meaning one body's roles alone hold is
another name of that body, by its initials and spelled out. Initials of
fewer than three letters are left out (« l'AI », « l'EI » are « ai », « ei »
folded, too close to chat's words), and so is a kind two bodies' roles hold
(« qui représente l'ACI ? » with two workshops stays the kind, unsure), and
the kinds a group itself may be (« Coordinatrice du contrat local de
santé »: the CLS is the group, own_group.py).
"""

from __future__ import annotations

from handlers.understanding.spelled_out import meanings
from handlers.understanding.world import plain
from storage.models import Member

__all__ = ["kinds_in_roles"]

# The nouns a kind of structure opens with: « entreprise de travail temporaire d'insertion », « atelier chantier
# d'insertion »; not a programme's or a field's (« contrat d'engagement jeune », « insertion par l'activité
# économique »), which a role holds as its charge (« Conseillère contrat d'engagement jeune »), no body's name.
_STRUCTURES = frozenset({"entreprise", "atelier", "association", "centre", "maison", "etablissement", "structure",
                         "groupement", "foyer", "residence", "chantier", "plateforme", "point", "unite", "pole"})

Aliases = dict[str, tuple[str, list[Member]]]


def kinds_in_roles(aliases: Aliases, by_org: dict[str, list[Member]]) -> Aliases:
    """`aliases` with the field's kinds that one body's members' roles alone spell out, as that body's names
    (`by_org`: each body's members)."""
    from handlers.understanding.own_group import group_kinds  # own_group reads world's neighbours: imported late

    groups = group_kinds()
    extended = dict(aliases)
    for acronym, meaning in meanings().items():
        spelled = plain(meaning)
        if len(acronym) < 3 or acronym in aliases or spelled in aliases or acronym in groups or (
                not spelled or spelled.split()[0] not in _STRUCTURES):
            continue
        holders = [org for org, people in by_org.items()
                   if any(f" {spelled} " in f" {plain(m.role or '')} " for m in people)]
        if len(holders) == 1:
            org = holders[0]
            extended[acronym] = (org, by_org[org])
            extended[spelled] = (org, by_org[org])
    return extended

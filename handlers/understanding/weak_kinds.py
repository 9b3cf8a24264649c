"""A body named by the noun its name says only as an adjective, when no body
of the group is of the noun's kind itself: « le département » for the
Maison départementale des solidarités when the group has no Conseil
départemental, « la commune » for the Administration communale de Sion.

The adjective is weaker than the noun (an Union départementale des
associations familiales is no département, a Direction départementale is the
State's): it names a body only when nothing stronger does, and never a body
whose name opens with a word that makes it another's (entities.toml,
[weak_kinds] and [weak_kind_exclusions]). A form marked « ^ » must open the
name (« Grand Reims » for « l'agglo »), and never names a body already of a
kind (« Grand Lyon Habitat », a landlord)."""

from __future__ import annotations

import tomllib
from collections import defaultdict
from functools import cache

from handlers.understanding.normalise import HERE
from handlers.understanding.world import bare_label, entity_data, plain
from storage.models import Member

__all__ = ["weak_kinds"]

Aliases = dict[str, tuple[str, list[Member]]]


@cache
def _data() -> tuple[dict[str, tuple[str, ...]], tuple[str, ...], frozenset[str]]:
    with (HERE / "entities.toml").open("rb") as handle:
        raw = tomllib.load(handle)
    # « ^grand »: the mark of a word opening the name survives folding.
    kinds = {plain(k): tuple(("^" if w.startswith("^") else "") + plain(w) for w in v)
             for k, v in raw.get("weak_kinds", {}).items()}
    return kinds, tuple(plain(w) for w in raw.get("weak_kind_exclusions", ())), frozenset(raw.get("sole_kinds", ()))


def weak_kinds(aliases: Aliases, members: list[Member]) -> Aliases:
    """`aliases` with each weak kind the group has no body for, standing for the bodies whose names say its adjective.
    A kind that names one body (« la ville ») and finds several names none: two towns are no answer to it."""
    kinds, excluded, sole = _data()
    for kind in sole:
        if kind in aliases and " / " in aliases[kind][0]:
            # « la Ville » of the Ville de Tournai and the Service des sports de la Ville de Tournai: a unit whose name
            # holds the other's whole is part of it, and the town is one; two towns are none.
            names = aliases[kind][0].split(" / ")
            whole = [n for n in names if all(f" {plain(n)} " in f" {plain(o)} " for o in names)]
            heads = {n.split(",")[0].strip() for n in names}
            if len(whole) == 1:
                aliases[kind] = (whole[0], [m for m in aliases[kind][1] if m.organisation == whole[0]])
            elif len(heads) == 1 and all("," in n for n in names):
                # « la commune » of « Commune d'Anderlecht, cellule rénovation urbaine » and « Commune d'Anderlecht,
                # service des finances »: units written after one head are one town, all of its people (set lead91).
                aliases[kind] = (heads.pop(), aliases[kind][1])
            else:
                aliases[kind] = ("", [])
    by_org: dict[str, list[Member]] = defaultdict(list)
    for member in members:
        if member.organisation:
            by_org[member.organisation].append(member)
    typed = _of_a_kind(aliases)  # before the weak kinds: « Grand Lyon Habitat » is a landlord
    for kind, forms in kinds.items():
        if kind in aliases:
            continue  # a body of the kind itself (« Conseil départemental … ») answers
        orgs = []
        for org in by_org:
            base = bare_label(org)
            if any(_says(base, f) for f in forms) and not any(f"{base} ".startswith(f"{e} ") for e in excluded) and not (
                    any(f.startswith("^") for f in forms) and org in typed):
                orgs.append(org)
        if orgs and not (kind in sole and len(orgs) > 1):
            people = [p for org in orgs for p in by_org[org]]
            aliases[kind] = (" / ".join(orgs), people)
    return {alias: found for alias, found in aliases.items() if found[0]}


def _says(base: str, form: str) -> bool:
    """The folded name holds the form as words (« ^grand »: opens with it)."""
    return f"{base} ".startswith(f"{form[1:]} ") if form.startswith("^") else f" {form} " in f" {base} "


def _of_a_kind(aliases: Aliases) -> set[str]:
    """The bodies already answering to a kind of body (« Grand Lyon Habitat » to « le bailleur »)."""
    return {org for k in entity_data()["kinds"] if k in aliases for org in aliases[k][0].split(" / ")}

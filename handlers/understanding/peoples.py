"""A community named by its people stands for its association: « les
Maliens », « qui représente les Congolais ? », « les Algériens c'est qui qui
les représente ? », as members of a collectif of diaspora associations say it
(blind set 37b). The associations are named by the people's adjective
(« Association des ressortissants maliens », « Association
franco-algérienne ») or by the country (« Association Congo Espoir »,
« Comores Solidarité »), so the plural of the people (« maliens »,
« congolaises ») is an alias of the one body of the group whose name holds
either; none when two bodies do (the people then names no one body) or when
the plural is an alias already. The adjectives and countries are data
(`[peoples]` in entities.toml, the masculine singular); their forms are
derived as the towns' adjectives are (demonyms.py)."""

from __future__ import annotations

import tomllib
from functools import cache

from handlers.understanding.demonyms import demonym_forms
from handlers.understanding.normalise import HERE
from handlers.understanding.world import bare_label, plain
from storage.models import Member

__all__ = ["people_aliases"]

Aliases = dict[str, tuple[str, list[Member]]]


@cache
def _peoples() -> tuple[tuple[frozenset[str], str], ...]:
    """(the folded forms of a people's adjective, the folded country), for each people of `[peoples]`."""
    with (HERE / "entities.toml").open("rb") as handle:
        table = tomllib.load(handle).get("peoples", {})
    return tuple((frozenset(demonym_forms(plain(adjective).replace(" ", "-"))), plain(country))
                 for adjective, country in table.items())


def _plurals(forms: frozenset[str]) -> set[str]:
    """The plural forms (« maliens », « maliennes »; « congolais », « congolaises »), as a group of people is named."""
    return {form for form in forms if form.endswith(("s", "x"))}


def people_aliases(aliases: Aliases, by_org: dict[str, list[Member]]) -> Aliases:
    """`aliases` with the plural of each people of `[peoples]` for the one body whose name holds its adjective or
    its country."""
    for forms, country in _peoples():
        named = [(org, people) for org, people in by_org.items()
                 if _holds(bare_label(org), forms, country)]
        if len(named) != 1:
            continue
        for plural in _plurals(forms):
            aliases.setdefault(plural.replace("-", " "), named[0])
    return aliases


def _holds(name: str, forms: frozenset[str], country: str) -> bool:
    """The body's folded name holds one of the adjective's forms or the country as whole words."""
    words = name.split()
    padded = f" {name} "
    return any(form in words for form in forms) or f" {country} " in padded

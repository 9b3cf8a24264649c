"""A body named by its town's adjective (« la Mission locale du Pays
nantais », « la Mission locale de l'agglomération nazairienne », « la
Métropole lyonnaise ») is asked by the town (« la mission locale de
Nantes », « la mission locale de Saint-Nazaire »). The adjectives of
towns are irregular (nazairien for Saint-Nazaire, stéphanois for
Saint-Étienne, messin for Metz), so they are data (`[demonyms]` in
entities.toml, the masculine singular); their feminine and plural forms
are regular and derived here."""

from __future__ import annotations

import tomllib
from functools import cache

from handlers.understanding.normalise import HERE
from handlers.understanding.world import ORG_STOP, bare_label, plain
from storage.models import Member

__all__ = ["demonym_aliases", "demonym_forms"]

Aliases = dict[str, tuple[str, list[Member]]]
# Words that link a body's kind to the rest of its name (« du », « de l' »).
_LINKS = frozenset({"de", "d", "du", "des", "la", "le", "les", "l"})


def demonym_forms(masculine: str) -> set[str]:
    """The four forms of a folded town adjective: nantais, nantaise(s); nazairien(s), nazairienne(s);
    manceau(x), mancelle(s); angevin(s), angevine(s)."""
    if masculine.endswith("eau"):
        feminine = masculine[:-3] + "elle"
        return {masculine, masculine + "x", feminine, feminine + "s"}
    feminine = masculine + ("ne" if masculine.endswith("ien") else "e")
    plural = masculine if masculine.endswith(("s", "x")) else masculine + "s"
    return {masculine, plural, feminine, feminine + "s"}


@cache
def _towns() -> dict[str, str]:
    """Folded adjective form -> folded town."""
    with (HERE / "entities.toml").open("rb") as handle:
        table = tomllib.load(handle).get("demonyms", {})
    found: dict[str, str] = {}
    for adjective, town in table.items():
        for form in demonym_forms(plain(adjective)):
            found.setdefault(form, plain(town))
    return found


# Nouns that, before a town's adjective, name the town's own body (« la délégation biennoise », « la commune
# imérienne », « les autorités lausannoises »).
_TOWN_NOUNS = ("ville", "commune", "municipalite", "delegation", "autorites", "representants", "representant")


def _town_adjectives(aliases: Aliases) -> None:
    """`aliases` with « <noun> <adjective> » for each town the group's bodies are named by (demonyms.py)."""
    for form, town in _towns().items():
        if town not in aliases:
            continue
        for noun in _TOWN_NOUNS:
            aliases.setdefault(f"{noun} {form}", aliases[town])


def demonym_aliases(aliases: Aliases, by_org: dict[str, list[Member]]) -> Aliases:
    """`aliases` with, for each body whose name holds a town's adjective after its kind, the kind
    followed by the town (« mission locale de nantes », « mission locale nantes ») unless another
    body already answers to that alias, and the town itself, shared with the bodies it names."""
    towns = _towns()
    if not towns:
        return aliases
    _town_adjectives(aliases)
    for org, people in by_org.items():
        words = bare_label(org).split()
        at = next((k for k, w in enumerate(words) if w in towns), None)
        if at is None or at == 0:
            continue
        # The kind is the name's opening words, up to the first link word (« mission locale » of
        # « mission locale du pays nantais »; « metropole » of « metropole lyonnaise »).
        cut = next((k for k in range(1, at + 1) if words[k] in _LINKS or k == at), at)
        kind = [w for w in words[:cut] if w not in ORG_STOP]
        if not kind:
            continue
        town = towns[words[at]]
        for alias in (f"{' '.join(kind)} de {town}", f"{' '.join(kind)} {town}"):
            if alias not in aliases:
                aliases[alias] = (org, people)
        # The town alone names the body too, shared with the town's own (« qui s'occupe du logement des
        # jeunes à Saint-Nazaire ? » for the mission locale of its agglomeration), as a town's CCAS is.
        label, others = aliases.get(town, ("", []))
        if org not in label.split(" / "):
            aliases[town] = (f"{label} / {org}" if label else org, [*others, *people])
    return aliases

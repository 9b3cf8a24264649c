"""A body called by the one noun its name is about: « qui représente la
gendarmerie ? », « qui siège pour la gendarmerie ? » for the « Groupement de
gendarmerie de Lot-et-Garonne ».

Institutional bodies are named « <kind> de <subject> » (« Groupement de
gendarmerie », « Direction de la jeunesse », « Office des migrations ») and
members call them by the subject alone, as they say « la préfecture ». One
word is too little to name a body anywhere in a question (« qui s'occupe de
la jeunesse ? » asks a charge), so it is read so only where a body is asked
for (after « représenter », « venir de », « siéger pour »: bodies.asked_as_body),
and only when exactly one body's name opens with a kind and that word."""

from __future__ import annotations


import simplemma

from handlers.understanding.world import ORG_STOP, World, bare_label, entity_data, plain

__all__ = ["body_of_subject"]


def body_of_subject(word: str, world: World) -> str | None:
    """The alias of the one body whose name says « <kind> de (la) `word` » at its opening, else None."""
    if len(word) < 4 or word in ORG_STOP or word in entity_data()["generic"] or not simplemma.is_known(word, lang="fr"):
        return None  # « Mazamet » is a town's name, no subject
    # Another body's name holding it (« Maison de la Métropole … » beside the « Métropole de Lyon »), or a member's
    # role (« représentant des parents »): the word names no one body. A role of the body's own member repeating its
    # name (« Directeur de la régie des stations … » at the « Régie des stations de Font-Froide ») names that body.
    if sum(word in plain(label).split() for label in {label for label, _ in world.org_aliases.values()}) > 1:
        return None
    roles = [m for m in world.members if m.role and word in plain(m.role).split()]
    found = set()
    for alias, (label, _) in world.org_aliases.items():
        name = bare_label(label).split()
        if alias != " ".join(name) or len(name) < 3:
            continue
        k = 1
        while k < len(name) and name[k] in ORG_STOP:
            k += 1
        # The subject whole, not the first piece of a compound name (« Ville de Saint-Mitre » is no « saint »).
        if k > 1 and k < len(name) and name[k] == word and (k + 1 == len(name) or name[k + 1] in ORG_STOP):
            found.add(alias)
    if len(found) != 1:
        return None
    alias = next(iter(found))
    own = world.org_aliases[alias][0]
    return alias if all(m.organisation == own for m in roles) else None

"""Bodies and towns that members' roles name, as aliases of the directory
(world.py): a town that appears only in someone's role (« adjointe au maire
de Sceaux ») names that member, with the town prefixes (« la ville de
Sceaux »); a body a role names by its acronym (« Directrice du CCAS ») names
its member when no body of the group is called so, and the members whose
roles spell it out (« Coordonnateur du contrat local de santé » for a CLS)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

import simplemma

from handlers.understanding.spelled_bodies import roles_spell_bodies
from handlers.understanding.spelled_out import meanings
from handlers.understanding.town_names import bodies_in_role, is_other_town, town_heads
from handlers.understanding.world import entity_data, plain
from storage.models import Member

__all__ = ["roles_name_bodies"]

Aliases = dict[str, tuple[str, list[Member]]]
# A capitalised word after "de", "d'" or "à" in a role or a place: a town.
_TOWN = re.compile(r"(?:\bde\s+|\bd['’]\s*|\bà\s+|\bau\s+|\bpour\s+)((?:[A-ZÉÈÎ][\w'’-]+)(?:[\s-](?:sur|sous|en|le|la|les|lès|de|du|des|[A-ZÉÈÎ][\w'’-]+))*)")


# A body's acronym before its town (« au CSR de Renens », « du CCAS d'Arles »): the town is named too.
_AFTER_ACRONYM = re.compile(r"[A-ZÉÈ]{2,}\s+(?:de|du|d['’])\s*([A-ZÉÈÎ].*)")


# Capitalised words after « de » that name the country or a continent, never a town: « Architecte des bâtiments
# de France », « Meilleur ouvrier de France », « chargée des fonds d'Europe ».
_NOT_TOWNS = frozenset({"france", "europe", "belgique", "suisse"})


# « délégué des petites communes du réseau (Montbrelaz, Éclagny, Vaubarin) »: the towns listed in brackets after a noun
# of towns, each a capitalised name (lead's set 89).
_LISTED = re.compile(r"\b(?:communes?|villes?|villages?|localités?)\b[^()]*\(([^()]+)\)")
_LISTED_TOWN = re.compile(r"[A-ZÉÈÎ][\w'’-]+")


def _towns(role: str) -> list[str]:
    """The towns a role names, with the town after a body's acronym (« Renens » of « au CSR de Renens »), and the
    towns it lists after a noun of towns."""
    # Two names at least, none in capitals (« (PAL) », « (ASV) » spell out an acronym, no town).
    found = [part for listed in _LISTED.findall(role) for parts in [[p.strip() for p in re.split(r",|\bet\b", listed)]]
             if len(parts) >= 2 and all(_LISTED_TOWN.fullmatch(p) and not p.isupper() for p in parts) for part in parts]
    for town in _TOWN.findall(role):
        if plain(town) in _NOT_TOWNS:
            continue
        found.append(town)
        if (after := _AFTER_ACRONYM.fullmatch(town)) is not None:
            found.append(after.group(1))
    return found


def roles_name_bodies(aliases: Aliases, add: Callable[[str, str, list[Member]], None], members: list[Member],
                      by_org: dict[str, list[Member]]) -> None:
    """Add to `aliases` (through `add`, which merges shared names) the towns and bodies only roles name."""
    data = entity_data()
    # A town that appears only in someone's role ("adjointe au maire de Sceaux").
    named_by: dict[str, list[str]] = defaultdict(list)  # a part of a body's name -> the bodies (one pass, not per role)
    for org in by_org:
        for part in org.split(" / "):
            named_by[part].append(org)
    # « suppléant de Nadège Vasseur », « assistante de Karim Benali »: a member's name in a role is that member,
    # no town (« c'est qui Nadège Vasseur ? » answered with her suppléant as « the town's people »; set 25d).
    names = {plain(m.name) for m in members}
    for member in members:
        for town in _towns(member.role):
            folded = plain(town)
            if folded in names:
                continue
            # « de Martigues » in a role is no Châteauneuf-les-Martigues: the town itself, a new alias.
            towns = [plain(o)[len(p) + 1:] for o in named_by.get(aliases[folded][0], ())
                     for p in data["town_prefixes"] if plain(o).startswith(p + " ")] if folded in aliases else []
            if folded in aliases and towns and all(is_other_town(folded, t) for t in towns):
                del aliases[folded]
            if folded in aliases:
                label, people = aliases[folded]
                if all(p.number != member.number for p in people):
                    # The town and its prefixed names (« ville de X ») gain the member; a body's other names that
                    # share the list do not: « le CCAS » of the CCAS d'Alès is no « responsable … d'Alès » of the
                    # Département (« Alès » in a role names the town, not its CCAS).
                    grown = [*people, member]
                    for key in (folded, *(f"{prefix} {folded}" for prefix in data["town_prefixes"])):
                        if key in aliases and aliases[key][1] is people:
                            aliases[key] = (aliases[key][0], grown)
                continue
            town_label = town.strip()
            add(folded, town_label, [member])
            for prefix in data["town_prefixes"]:
                add(f"{prefix} {folded}", town_label, aliases[folded][1])
            # « la commune de Rivoire » of « déléguée de la commune de Rivoire-en-Chartreuse »: a town written with
            # hyphens is called by its first name, as a body's is (world.py), unless that name is already another's
            # or a French word (« Bois » of « Bois-Colombes » is any wood).
            first = plain(town_label.split("-")[0]) if "-" in town_label else ""
            for head in (h for h in town_heads(folded) if h == first and h not in aliases
                         and not simplemma.is_known(h, lang="fr")):
                add(head, town_label, aliases[folded][1])
                for prefix in data["town_prefixes"]:
                    add(f"{prefix} {head}", town_label, aliases[folded][1])
            # « le Jobcenter » of « Référente … au Jobcenter Ortenau »: a body after « au » / « du » (no town, no
            # person), whose first word is no French word, is named by that word alone (set 43a).
            head = folded.split()[0]
            if (" " in folded and len(head) >= 5 and head not in aliases and not simplemma.is_known(head, lang="fr")
                    and re.search(rf"\b(?:au|du)\s+{re.escape(town_label)}", member.role)):
                add(head, town_label, aliases[folded][1])
    # « le CCAS » of « Directrice du CCAS »: a body the role names, when no body is called so.
    for member in members:
        for acronym in bodies_in_role(member.role):
            if plain(acronym) not in aliases or aliases[plain(acronym)][0] == acronym:
                # « Secrétariat du CLS » and « Coordonnateur du contrat local de santé »: the acronym spelled
                # out in another role (spelled_out.py) names that member's body too.
                # A kind of partnership its own list spells out (« CLI », « commission locale d'information »).
                from handlers.understanding.own_group import group_kinds  # reads world.py's entity data: late
                meaning = f" {plain(meanings().get(plain(acronym), '') or group_kinds().get(plain(acronym), '') or '#')} "
                spelled = [m for m in members if m is not member and meaning in f" {plain(m.role)} "]
                # « référente du CNPE » beside « EDF, CNPE de Saint-Sernin-de-Garonne »: the members of a body whose
                # name writes the acronym are its people too (« qui dirige le CNPE ? », lead's set 52).
                spelled += [m for m in members if m is not member and m not in spelled
                            and f" {plain(acronym)} " in f" {plain(m.organisation)} "]
                people = [*aliases.get(plain(acronym), ("", []))[1], member, *spelled]
                add(acronym, acronym, [m for k, m in enumerate(people) if all(p.number != m.number for p in people[:k])])
    # « le FJT » of « Directrice du foyer de jeunes travailleurs Les Tilleuls »: a body a role spells out.
    roles_spell_bodies(aliases, add, members)

"""What the group's store holds, indexed for recognising it in a question.

Built from the store on each question (members, organisations with their
aliases, towns found in roles, meeting places): a group's directory is a
few hundred rows at most, and reading it fresh means an edit is
understood at once.
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import simplemma

from handlers.understanding.meeting_nouns import PLAIN
from handlers.understanding.normalise import HERE, fold, lexicon
from handlers.understanding.role_forms import derived_role_words, role_titles
from handlers.understanding.town_names import ARTICLE_NAME, article_towns, town_heads
from storage.models import Meeting, Member

__all__ = ["NOT_KINDS", "ORG_STOP", "World", "entity_data", "name_words", "people_unit", "plain"]

_PARTICLES = frozenset({"de", "du", "des", "la", "le", "d", "l", "van", "von", "di", "da"})
ORG_STOP = _ORG_STOP = frozenset({"de", "du", "des", "la", "le", "les", "d", "l", "et", "a", "au", "aux", "en", "pour", "sur"})
# Generic words of bodies' names that say what they do, not what kind of body they are.
NOT_KINDS = frozenset({"travail", "emploi", "social", "sociale", "solidaire", "solidarite", "developpement",
                       "economique", "public", "publique", "general", "generale", "national", "nationale",
                       "regional", "regionale", "territorial", "territoriale", "departemental",
                       "departementale", "cantonal", "cantonale", "hauts", "seine", "paris", "ouest", "nord",
                       "sud", "france"})
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1 << 15)
def plain(value: str) -> str:
    """Folded, punctuation to spaces, single spaces."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(value)).split())


@lru_cache(maxsize=1 << 14)
def bare_label(label: str) -> str:
    """A body's label as plain() folds it, its parentheses left out (« Ville de Sceaux (jeunesse) » -> « ville de
    sceaux »); cached because every message compares its words with every label of the group."""
    return plain(re.sub(r"\([^)]*\)", " ", label))


def name_words(name: str) -> tuple[str, ...]:
    words = plain(name).split()
    return tuple(w for w in words if w not in _PARTICLES) or tuple(words)


@cache
def entity_data() -> dict[str, Any]:
    with (HERE / "entities.toml").open("rb") as handle:
        raw = tomllib.load(handle)
    return {
        "honorifics": frozenset(plain(h) for h in raw["honorifics"]),
        "town_prefixes": tuple(plain(p) for p in raw["town_prefixes"]),
        "town_bodies": tuple(plain(p) for p in raw.get("town_bodies", ())),
        "kinds": {plain(k): tuple(plain(w) for w in v) for k, v in raw["kinds"].items()},
        # Longest first: « tarn et garonne » is found before the « tarn » it holds (acronyms.departement_in).
        "departements": {plain(k): v for k, v in sorted(raw["departements"].items(), key=lambda kv: -len(kv[0]))},
        "roles": {plain(k): "|".join(plain(p) for p in v.split("|")) for k, v in raw["roles"].items()},
        "generic": frozenset(plain(w) for w in raw["generic_words"]),
        "acronym_kinds": frozenset(plain(w) for w in raw.get("acronym_kinds", ())),
        "buildings": frozenset(plain(w) for w in raw["building_words"]),
        "sole_kinds": frozenset(plain(w) for w in raw["sole_kind_words"]),
        "short_forms": {plain(k): plain(v) for k, v in raw.get("short_forms", {}).items()},
        "masculine_names": frozenset(plain(n) for n in raw.get("masculine_names", ())),
        "feminine_names": frozenset(plain(n) for n in raw.get("feminine_names", ())),
        "epicene_names": frozenset(plain(n) for n in raw.get("epicene_names", ())),
        "kind_exclusions": {plain(k): tuple(plain(w) for w in v) for k, v in raw.get("kind_exclusions", {}).items()},
        "venues": frozenset(plain(w) for w in raw.get("venue_words", ())),
        "meeting_nouns": frozenset(plain(w) for w in raw.get("meeting_nouns_in_places", ())),
        "place_synonyms": {plain(k): tuple(plain(w) for w in v) for k, v in raw.get("place_synonyms", {}).items()},
        "formations": {plain(k): tuple(plain(w) for w in v) for k, v in raw.get("meeting_formations", {}).items()},
        "formation_heads": {plain(k): tuple(plain(w) for w in v) for k, v in raw.get("formation_heads", {}).items()},
        "known_acronyms": {plain(k): tuple(plain(w) for w in v) for k, v in raw.get("known_acronyms", {}).items()},
        "publics": {plain(k): tuple(plain(w) for w in v) for k, v in raw.get("publics", {}).items()},
    }


@dataclass
class World:
    """One group's members, organisations and places, ready for matching."""

    members: list[Member]
    meetings: list[Meeting]
    # folded name word -> members having it
    name_index: dict[str, list[Member]] = field(default_factory=dict)
    # folded alias (words joined by spaces) -> (label, members)
    org_aliases: dict[str, tuple[str, list[Member]]] = field(default_factory=dict)
    alias_list: list[str] = field(default_factory=list)  # the keys, for rapidfuzz's batch scoring
    # neighbouring meaningful stems of the group's records (see topics.record_pairs)
    record_pairs: frozenset[tuple[str, str]] = frozenset()
    # the same pairs in the members' roles (« gestionnaire de la résidence autonomie »)
    role_pairs: frozenset[tuple[str, str]] = frozenset()
    # the records' texts by the intent that answers from them ("dates_period" -> deadlines)
    records: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # letters of an acronym a body is written with ("amd") -> its alias key
    acronyms: dict[str, str] = field(default_factory=dict)
    capitals: frozenset[str] = frozenset()  # aliases read only typed in capitals (« l'AI », not « j'ai »)
    group_words: frozenset[str] = frozenset()
    own_names: frozenset[str] = frozenset()  # the group's own kind, folded (« cls », « contrat local de sante »)
    # the proper names with their article inside bodies' names (« alpha » of the Médiathèque L'Alpha), folded
    proper_words: frozenset[str] = frozenset()
    # the words the group's roles start with ("stagiaire", "chercheuse") -> themselves
    role_words: dict[str, str] = field(default_factory=dict)
    # folded venue phrase (a part of a place between commas, or its first words) -> meetings
    place_phrases: dict[str, list[Meeting]] = field(default_factory=dict)
    # folded place word -> meetings held there
    places: dict[str, list[Meeting]] = field(default_factory=dict)
    # a venue's initials that are a word too (« l'AGE » of an assemblée générale extraordinaire, not « l'âge »):
    # read as the venue only typed in capitals
    place_capitals: frozenset[str] = frozenset()
    # a kind of venue or a word for online meetings, typed lowercase -> meetings
    venues: dict[str, list[Meeting]] = field(default_factory=dict)

    @classmethod
    def build(cls, members: list[Member], meetings: list[Meeting], group_name: str = "") -> World:
        world = cls(members, meetings)
        # The group's own name ("Task force emploi 93") is no topic of a question.
        world.group_words = frozenset(plain(group_name).split())
        index: dict[str, list[Member]] = defaultdict(list)
        for member in members:
            for word in name_words(member.name):
                if len(word) >= 2:
                    index[word].append(member)
            # « Delatour », « Legoff », « Ndiaye »: a surname of several parts written as one word;
            # « Le Goff », « Da Silva » typed in one word (« legoff », « dasilva »).
            surname = plain(" ".join(member.name.split()[1:]))
            parts = plain(member.name).split()
            joined = {surname.replace(" ", "")} if " " in surname else set()
            joined |= {parts[k] + parts[k + 1] for k in range(len(parts) - 1)
                       if parts[k] in _PARTICLES and len(parts[k + 1]) >= 3}
            for word in joined:
                if all(m is not member for m in index[word]):
                    index[word].append(member)
            # "JB" for Jean-Baptiste.
            first = member.name.split()[0] if member.name.split() else ""
            if "-" in first:
                index[plain("".join(part[:1] for part in first.split("-")))].append(member)
        world.name_index = dict(index)
        from handlers.understanding.acronyms import written_acronyms  # both read this module: imported late
        from handlers.understanding.initials import initials_as_places, typed_initials
        from handlers.understanding.org_names import capital_initials, names_after_kind

        from handlers.understanding.state_bodies import state_is_canton  # reads this module: imported late

        world.org_aliases = state_is_canton(names_after_kind(_org_aliases(members), members),
                                            [m.role or "" for m in members], [m.organisation or "" for m in members])
        world.capitals = capital_initials(world.org_aliases, members) | typed_initials(world.org_aliases, members)
        from handlers.understanding.unit_initials import unit_initials  # reads initials.py: imported late

        world.capitals |= unit_initials(world.org_aliases, members)  # « le SSU » of « Université …, service de santé … »
        world.alias_list = list(world.org_aliases)
        for member in members:
            for acronym in written_acronyms(member.organisation):
                if acronym in world.org_aliases:
                    world.acronyms[acronym] = acronym
        # A role's initials never hide a body's name or acronym (« CAF »).
        titles = role_titles(members, plain, entity_data()["generic"])
        # « le sociologue » for « … en sociologie », « le chargé » for « Chargée »: role_forms.py.
        variants = derived_role_words(members, plain, titles)
        from handlers.understanding.own_group import own_group_names  # own_group reads this module's neighbours

        world.own_names = own_group_names(members, group_name, meetings)  # « qui fait partie du CLS ? »
        # Nor the group's own name (« le cvs » of a conseil de la vie sociale, not the « chargée de la vie sociale »).
        world.role_words = {w: s for w, s in {**variants, **titles}.items()
                            if w not in world.org_aliases and w not in world.own_names}
        from handlers.understanding.place_initials import short_venue_initials, venue_initials
        from handlers.understanding.venues import index_places  # venues reads this module's helpers: imported late

        world.places, world.place_phrases, world.venues = index_places(meetings)
        initials_as_places(world.org_aliases, world.capitals, world.place_phrases, world.places)  # « à la MDE »
        # « à la MDS », « l'AGE »: place_initials.py
        world.place_capitals = venue_initials(world.place_phrases, world.places, world.org_aliases)
        short_venue_initials(meetings, world.places, world.org_aliases,  # « au RU », « à la MDE »: place_initials.py
                             [plain(m.organisation or "") for m in members])
        world.proper_words = frozenset(plain(named).split()[-1] for member in members
                                       for named in proper_names(member.organisation or ""))
        return world


@cache
def question_words() -> frozenset[str]:
    """The lemmas and forms the intent examples and lexicon use."""
    lex = lexicon()
    return frozenset(lex.vocabulary) | frozenset(lex.vocabulary.values()) | lex.stopwords


def proper_names(org: str) -> list[str]:
    """The proper names with their article inside a body's name, right after a noun (« L'Alpha » of the Médiathèque
    L'Alpha), not a kind of body so written (« la Ville » of the Association Sport dans la Ville), nor a name that is
    the noun of a sitting (« La Réunion » of the ARS La Réunion: « la réunion du 8 » is the group's meeting)."""
    generic = entity_data()["generic"] | PLAIN
    # After « de », « à » the article opens a place the body is of (« Association des entreprises de la Broye »,
    # « Maison des parents de l'Abreuvoir »), which may name a wider place (« la Broye-Vully »): not the body.
    return [m.group(0) for m in ARTICLE_NAME.finditer(org) if plain(m.group(0)).split()[-1] not in generic
            and plain(org[:m.start()]).split()[-1:] not in (["de"], ["du"], ["des"], ["d"], ["a"], ["au"], ["aux"])]


def _head(org: str) -> str:
    """The word a body's name is about, after the kind of body it opens with:
    « hospice » for Hospice général, « mediatheques » for the Réseau des
    médiathèques de Strasbourg, « paris » for Paris Ouest La Défense."""
    kinds = entity_data()["generic"] - NOT_KINDS
    words = bare_label(org).split()
    return next((w for w in words if w not in kinds and w not in _ORG_STOP), words[0] if words else "")


def _head_of_unit(org: str, by_org: dict[str, list[Member]]) -> str:
    """The body `org` is a unit of when written « <body>, <unit> » and that body is in the group, else `org`."""
    head = org.split(",")[0].strip()
    return head if "," in org and head in by_org else org


# A unit after the comma named by its people: two words in the plural, lower case (« commissaires titulaires »,
# « élus municipaux »); « service urbanisme », « pôle d'évaluation … » name a service, not its people.
_PEOPLE_UNIT = re.compile(r"^[^\W\d_A-Z]{4,}[sx]\s+[^\W\d_A-Z]{4,}[sx]$")


# A unit after the comma that is premises in a town: two words in lower case, then « de », « du » or « d' » and the
# town's capital (« cuisine centrale de Chabonnet »); the two words name it.
_PREMISES_UNIT = re.compile(r"^([^\W\d_A-Z]+ [^\W\d_A-Z]+) (?:de |du |d')[A-ZÉÈ]")


def people_unit(alias: str, label: str) -> bool:
    """`alias` (folded) is the unit of `label` after its comma named by its people (« commissaires titulaires »):
    typed whole, it names that body before its first word is read as a title (entities.py)."""
    return "," in label and any(plain(part) == alias and _PEOPLE_UNIT.match(part.strip())
                                for part in label.split(",")[1:])


# The words an acronym stands for, written after it in brackets (« FAJE (Fondation pour l'accueil de jour …) »).
_SPELLED = re.compile(r"^\S+\s*\(([^)]*)\)")


def _org_aliases(members: list[Member]) -> dict[str, tuple[str, list[Member]]]:
    from handlers.understanding.acronyms import acronyms, departement_in  # they read this module: imported late
    from handlers.understanding.role_bodies import roles_name_bodies  # reads this module too
    from handlers.understanding.unit_head import unit_head  # reads this module too

    data = entity_data()
    by_org: dict[str, list[Member]] = defaultdict(list)
    for member in members:
        if member.organisation:
            by_org[member.organisation].append(member)
    aliases: dict[str, tuple[str, list[Member]]] = {}

    def add(alias: str, label: str, people: list[Member]) -> None:
        alias = plain(alias)
        if not alias or alias in _ORG_STOP:
            return
        if " " in alias and _DIGIT.search(alias):
            add(alias.replace(" ", ""), label, people)  # "AMD 92" is also typed "amd92"
        if alias in aliases and aliases[alias][0] != label:
            # Two bodies answer to the same word: keep both people, name both.
            old_label, old_people = aliases[alias]
            seen = {m.number for m in old_people}
            merged = old_people + [p for p in people if p.number not in seen]
            aliases[alias] = (old_label if label in old_label else f"{old_label} / {label}", merged)
        else:
            aliases[alias] = (label, people if alias != plain(label) else list(people))

    for org, people in by_org.items():
        base = bare_label(org)
        add(base, org, people)
        first = org.split()[0].rstrip(",") if org.split() else ""
        if len(first) >= 2 and first.isalpha() and (first.isupper() or any(c.isupper() for c in first[1:])):
            # "CCI" for "CCI Seine-Saint-Denis"; a brand written in mixed case, « liO » for « liO, réseau de transport
            # de la Région Occitanie » (lead's set 57): no French word is written so.
            add(first, org, people)
        for acronym in acronyms(org):
            add(acronym, org, people)
        if "," in org and (head := org.split(",")[0].strip()) in by_org:
            # « les gens du SPIP de la Vienne »: a body's antenna or service, written « <body>, antenne … », is among
            # the body's people (the lead's set 69).
            add(head, org, people)
        if "," in org and (one := org.split(",")[0].strip()).isalpha() and one[:1].isupper() and len(one) >= 3 and (
                plain(one) not in data["generic"] and not simplemma.is_known(one.lower(), lang="fr")):
            # « qui représente l'Anah ? » for « Anah, délégation de la Seine-Saint-Denis »: a body's name of one word,
            # no French word, written before its unit, is what members call it (set 49c).
            add(one, org, people)
        head_in_group = "," in org and org.split(",")[0].strip() in by_org
        for part in org.split(",")[1:]:
            # « Hautes Terres Communauté, France services de Murat »: a part after the comma that is a body's own
            # name (a capital, two words or more) names the body (lead's set 55); « compagnie de Lodève » does not.
            if part.strip()[:1].isupper() and len(part.split()) >= 2:
                add(part.strip(), org, people)
            elif _PEOPLE_UNIT.match(part.strip()):
                # « CCID d'Hallières-sur-Somme, commissaires titulaires »: a unit named by its people in the plural
                # (a noun and its qualifier) is the body members call it by: « qui sont les commissaires
                # titulaires ? » asks its members (the lead's set 84), not every holder of « commissaire ».
                add(part.strip(), org, people)
            elif head_in_group and (premises := _PREMISES_UNIT.match(part.strip())):
                # « SIVU …, cuisine centrale de Chabonnet »: a body's premises in a town, written after the body in
                # the group, are what its staff are called by: « les gens de la cuisine centrale ? » asks them (the
                # lead's set 92), as « qui est de la cuisine centrale ? » did.
                add(premises.group(1), org, people)
        for prefix in data["town_prefixes"]:
            if base.startswith(prefix + " "):
                town = base[len(prefix) + 1:]
                for other in data["town_prefixes"]:
                    add(f"{other} {town}", org, people)
                add(town, org, people)
                # "Boulogne" for Boulogne-Billancourt, « Saint-Jacques » for Saint-Jacques-de-la-Lande.
                for head in town_heads(town):
                    add(head, org, people)
                    for other in data["town_prefixes"]:
                        add(f"{other} {head}", org, people)  # « la commune d'Illkirch »
        for town in plural_towns(base):
            # « Mairies de Choux et des Bouchoux »: a secretary shared by two communes; each is named alone.
            add(town, org, people)
            for other in data["town_prefixes"]:
                add(f"{other} {town}", org, people)
        for named in proper_names(org):
            # « L'Alpha » of the Médiathèque L'Alpha, « la Passerelle » of the Centre social la Passerelle: a proper
            # name inside a body's name, with its article, says that body (the word alone may be common French).
            add(named, org, people)
        for form in article_towns(base, frozenset(p.split()[0] for p in data["town_prefixes"])):
            add(form, org, people)  # « les Pennes » for the Commune des Pennes-Mirabeau
        for prefix, other in (("canton de", "etat de"), ("canton d", "etat d"), ("canton du", "etat du")):
            if base.startswith(prefix + " "):
                add(f"{other} {base[len(prefix) + 1:]}", org, people)  # « l'État de Vaud » is the canton
        for prefix in data["town_bodies"]:
            if base.startswith(prefix + " "):
                add(base[len(prefix) + 1:], org, people)  # the town alone, shared with its Ville
                for head in town_heads(base[len(prefix) + 1:]):
                    add(head, org, people)  # « Fontaine » for the CPAS de Fontaine-l'Évêque
        # « le 93 », « c qui pr le 92 » for the Conseil départemental de la Seine-Saint-Denis (a day of the month
        # is read first): a body of the département kind named after it.
        council = ("conseil departemental" in base or base.startswith("departement")
                   or any(f" {w}" in f" {base}" for w in data["kinds"]["departement"]))
        if council and (found := departement_in(base)) and found[1].isdigit():
            add(found[1], org, people)
        for kind, words in data["kinds"].items():
            # « Association régionale des organismes HLM » is no landlord: a body opening so is excluded.
            # An exclusion of several words is said anywhere in the name: « Habitat Jeunes Toulouse » (the young
            # workers' hostels' network) is no landlord however « habitat » opens it.
            excluded = data["kind_exclusions"].get(kind, ())
            opens_otherwise = (base.split()[:1] and base.split()[0] in excluded) or any(
                " " in e and f" {e} " in f" {base} " for e in excluded)
            if any(f" {w}" in f" {base}" for w in words) and not opens_otherwise:
                add(kind, org, people)
    # A word found in one organisation's name only ("l'hospice" for
    # "Hospice général"), unless it names a kind of body ("ville", "conseil").
    generic = data["generic"]
    owners: dict[str, set[str]] = defaultdict(set)
    common: set[str] = set()  # words of names that are ordinary French words ("Défense")
    for org in by_org:
        for raw in re.findall(r"\w+", re.sub(r"\([^)]*\)", " ", org)):
            owners[plain(raw)].add(org)
            # simplemma knows some nouns by their plural only ("actions").
            if simplemma.is_known(raw.lower(), lang="fr") or simplemma.is_known(raw.lower() + "s", lang="fr"):
                common.add(plain(raw))
    # The first words of a name, when no other body starts so ("ATD Quart
    # Monde" for "ATD Quart Monde Suisse", "Office cantonal" for its full name).
    starts: dict[str, set[str]] = defaultdict(set)
    # « l'Office de tourisme » for the Office de tourisme intercommunal … and its services written « <body>, direction »,
    # « <body>, comptabilité » (the lead's set 82): a body's units open as it does and are no other body.
    family: dict[str, list[Member]] = defaultdict(list)
    for org, people in by_org.items():
        family[_head_of_unit(org, by_org)].extend(people)
    for org in by_org:
        words = bare_label(org).split()
        # « la Fondation » when only one body's name opens with that kind of body.
        for k in range(1 if words and words[0] in data["sole_kinds"] else 2, len(words)):
            if words[k - 1] not in _ORG_STOP:
                starts[" ".join(words[:k])].add(_head_of_unit(org, by_org))
        # « la fondation » of « FAJE (Fondation pour l'accueil de jour des enfants) »: the words an acronym stands for,
        # opening with a sole kind of body, name it as its full name would (lead's set 89).
        spelled = [plain(w) for w in re.findall(r"\w+", _SPELLED.search(org).group(1))] if _SPELLED.search(org) else []
        if spelled and spelled[0] in data["sole_kinds"]:
            starts[spelled[0]].add(_head_of_unit(org, by_org))
    for start, orgs in starts.items():
        if len(orgs) == 1 and start not in aliases:
            org = next(iter(orgs))
            add(start, org, family[org])
    for word, orgs in owners.items():
        # « le Vinatier » of « CH Le Vinatier, secteur … » and « CH Le Vinatier, CMP … »: a proper name of the one
        # institution every body holding it is a unit of (written « <institution>, <unit> »), all of them.
        institution = {o.split(",")[0].strip() for o in orgs}
        if (len(orgs) > 1 and len(institution) == 1 and all("," in o for o in orgs) and len(word) >= 5
                and word not in generic and word not in common and word not in aliases and not word.isdigit()
                and word in plain(next(iter(institution))).split()):
            for org in sorted(orgs):
                add(word, org, by_org[org])
                add(next(iter(institution)), org, by_org[org])  # « le CH Le Vinatier », the institution in full
            continue
        if len(orgs) == 1 and len(word) >= 5 and word not in generic and word not in aliases and not word.isdigit():
            org = next(iter(orgs))
            # A common word stands for the body only as its head noun
            # ("l'hospice" for Hospice général, not "la défense" for Paris Ouest La Défense).
            # The head after a kind of body counts too (« les médiathèques » for the Réseau des
            # médiathèques), unless questions use the word (« des actions en retard »).
            head = plain(org).split()[0]
            # Not a head that other members' roles speak of (« Service du logement » and « en charge du
            # logement » at a commune): « qui s'occupe du logement ? » asks for a charge, not the service.
            in_roles = any(word in plain(m.role).split() for m in members if m.organisation != org)
            # Nor a common head other roles speak of (« Mobilité Solidaire 23 » and « chef du service
            # mobilité »): « qui gère la mobilité ? » asks for the charge; the name's opening still names it.
            # Nor a common head the questions use (« les points de l'odj » are no Point information jeunesse).
            # « les urgences » for « …, pôle urgences »: the field a unit covers is its head too (unit_head.py).
            if (word == head and not (word in common and (in_roles or word in question_words()))) or word not in common or (
                    word in (_head(org), unit_head(org)) and word not in question_words()
                                                      and not in_roles):
                add(word, org, by_org[org])
    # The single words that name a kind of body and no French word (« eurométropole »), not a place (« Bordeaux » of
    # Bordeaux Métropole beside the Ville de Bordeaux names the town as much).
    kind_words = {w for words in data["kinds"].values() for w in words if " " not in w}
    for word, orgs in owners.items():
        # « l'Eurométropole » for the Eurométropole de Strasbourg beside the CCI Alsace Eurométropole: a kind of body
        # that opens one body's name, and comes only later in the others', names the body it opens (set 43a).
        openers = [o for o in orgs if plain(o).split()[:1] == [word]]
        if len(orgs) > 1 and len(openers) == 1 and word in kind_words and word not in common and word not in aliases:
            add(word, openers[0], by_org[openers[0]])
    roles_name_bodies(aliases, add, members, by_org)  # towns and bodies named only in roles (role_bodies.py)
    return aliases



# « Mairies de Choux et des Bouchoux », « Communes de Crans et du Larderet »: one body for two towns.
_PLURAL_TOWN_KINDS = ("mairies de ", "mairies d ", "communes de ", "communes d ", "villes de ", "villes d ")
_TOWN_LINKS = {"de": "", "d": "", "des": "les ", "du": "le "}


def plural_towns(base: str) -> list[str]:
    """The towns a plain body name of the shape « mairies de A et de B » is shared by (« les bouchoux » of
    « … et des Bouchoux »), else none."""
    prefix = next((p for p in _PLURAL_TOWN_KINDS if base.startswith(p)), None)
    if prefix is None or " et " not in base:
        return []
    towns: list[str] = []
    for i, part in enumerate(base[len(prefix):].split(" et ")):
        words = part.split()
        if i and words and words[0] in _TOWN_LINKS:
            words = (_TOWN_LINKS[words[0]] + " ".join(words[1:])).split()
        if words:
            towns.append(" ".join(words))
    return towns

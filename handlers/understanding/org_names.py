"""How members name a body otherwise than its stored name, read from the
name itself: the name after the kind of body it opens with (« Rues et
Cités » for the Association Rues et Cités, « Jeunes de La Noue » for the
Association Jeunes de La Noue), and the acronyms a name is written with
(« la HES » for the HES-SO)."""

from __future__ import annotations

import re

from handlers.understanding.coordinated_names import coordinated_aliases
from handlers.understanding.demonyms import demonym_aliases
from handlers.understanding.peoples import people_aliases
from handlers.understanding.kind_in_role import kinds_in_roles
from handlers.understanding.ordinals import ordinal_aliases
from handlers.understanding.person_named_bodies import surname_aliases
from handlers.understanding.shared_tails import shared_tails
from handlers.understanding.weak_kinds import weak_kinds
from handlers.understanding.world import NOT_KINDS, ORG_STOP, bare_label, entity_data, plain
from storage.models import Member

__all__ = ["capital_initials", "names_after_kind"]

Aliases = dict[str, tuple[str, list[Member]]]


# Adjectives a kind of body takes before the rest of its name.
_KIND_ADJECTIVES = frozenset({"general", "generale", "cantonal", "cantonale", "federal", "federale", "regional",
                              "regionale", "departemental", "departementale", "communal", "communale", "national",
                              "nationale", "intercommunal", "intercommunale", "municipal", "municipale"})


def _after_links(words: list[str]) -> list[str]:
    """`words` without the little words they open with."""
    while words and words[0] in ORG_STOP:
        words = words[1:]
    return words


def names_after_kind(aliases: Aliases, members: list[Member]) -> Aliases:
    """`aliases` with, for each body whose name opens with a kind of body
    (association, club, collectif, fondation…) or an article, the rest of its name when it
    holds two words or more (« qui vient de Rues et Cités ? »): members drop
    the kind in chat as they drop « Ville de », and its town after it. A rest one word long
    (« France » of the Fondation de France) or already another alias is left out."""
    kinds = entity_data()["generic"] - NOT_KINDS
    by_org: dict[str, list[Member]] = {}
    for member in members:
        if member.organisation:
            by_org.setdefault(member.organisation, []).append(member)
    extended = dict(aliases)
    for org, people in by_org.items():
        words = bare_label(org).split()
        # « les Ateliers du Bas-Montreuil » is said without its article too, as a kind is left out.
        if len(words) < 3 or words[0] not in kinds and words[0] not in ("les", "le", "la") and not _acronym_then_name(org, words):
            continue
        rest = words[1:]
        while rest and rest[0] in ORG_STOP:
            rest = rest[1:]
        if _acronym_then_name(org, words):
            # « EFT Le Trusquin », « AMO La Chaloupe »: a kind written in initials, then the body's own name with
            # its article; members say « au Trusquin », « la chaloupe » (one word, and a French word, yet a name).
            extended.setdefault(" ".join(words[1:]), (org, people))
            extended.setdefault(" ".join(rest), (org, people))
        if sum(w not in ORG_STOP for w in rest) >= 2 and rest[-1] not in ORG_STOP:
            extended.setdefault(" ".join(rest), (org, people))
            # « la cohésion sociale » for the Direction générale de la cohésion sociale: the kind's
            # adjective goes with the kind (« Office cantonal de l'emploi », « Service régional de … »).
            if rest[0] in _KIND_ADJECTIVES and (tail := _after_links(rest[1:])) and sum(w not in ORG_STOP for w in tail) >= 2:
                extended.setdefault(" ".join(tail), (org, people))
            # « Maison France Services de Hasparren »: « France Services » without its town too.
            if len(rest) >= 4 and rest[-2] in ("de", "d", "du") and sum(w not in ORG_STOP for w in rest[:-2]) >= 2:
                extended.setdefault(" ".join(rest[:-2]), (org, people))
    # « la crèche Les Pirates » for the Crèche-UAPE Les Pirates: a compound kind whose second half is initials
    # (the after-school unit, UAPE) is said by its first word alone.
    for org, people in by_org.items():
        typed = org.split()
        head, _, initials = typed[0].partition("-")
        if initials.isupper() and len(initials) >= 2 and head[:1].isupper() and len(typed) >= 2:
            extended.setdefault(plain(" ".join([head, *typed[1:]])), (org, people))
    # « le club de boxe » for Montreuil Boxe Éducative: a kind of body members put before the one
    # capitalised word of a name that no other body's name holds, for a name that opens with no kind
    # of body nor article (« la Communauté d'agglomération Pays Basque » is never « le club de Pays »).
    owners: dict[str, set[str]] = {}
    for org in by_org:
        for word in bare_label(org).split():
            owners.setdefault(word, set()).add(org)
    generic = entity_data()["generic"]
    for org, people in by_org.items():
        words = bare_label(org).split()
        if not words or words[0] in kinds or words[0] in ORG_STOP:
            continue
        for word in {plain(w) for w in re.findall(r"\b[A-ZÉÈÎ]\w{3,}", org)}:
            if owners.get(word) == {org} and word not in generic and word != words[0]:
                for kind in _INFORMAL_KINDS:
                    extended.setdefault(f"{kind} de {word}", (org, people))
                    extended.setdefault(f"{kind} de la {word}", (org, people))
    _town_body_initials(extended, by_org)
    _coded_words(extended, by_org)  # « 3F » for Immobilière 3F
    extended = coordinated_aliases(extended, by_org)  # « la plateforme de répit »: coordinated_names.py
    extended = surname_aliases(extended, by_org)  # « le collège Pasteur »: person_named_bodies.py
    # « la mission locale de Nantes » for the Mission locale du Pays nantais: demonyms.py.
    # « l'école de la deuxième chance » for the École de la 2e chance: ordinals.py.
    # « l'Ouest lausannois » for the two bodies whose names end so: shared_tails.py; « le département » for a
    # Maison départementale when no body is the département: weak_kinds.py.
    # « les Maliens » for the Association des ressortissants maliens: peoples.py.
    named = _bodies_in_roles(_written_parts(ordinal_aliases(people_aliases(demonym_aliases(extended, by_org), by_org)),
                                            by_org), members)
    # « l'ETTI » for the one body whose people's roles spell that kind out: kind_in_role.py.
    return kinds_in_roles(weak_kinds(shared_tails(named, members), members), by_org)


# A word of letters and figures (« 3F », « CD78 », « E2C »): a code no other name or word of chat shares.
_CODE = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9]{2,6}$")


def _coded_words(extended: Aliases, by_org: dict[str, list[Member]]) -> None:
    """« qui représente 3F ? » for Immobilière 3F: a body is called by the code its name holds, when no other body's
    name holds it."""
    owners: dict[str, list[str]] = {}
    for org in by_org:
        for word in org.split():
            if _CODE.match(word):
                owners.setdefault(plain(word), []).append(org)
    for code, orgs in owners.items():
        if len(orgs) == 1:
            extended.setdefault(code, (orgs[0], by_org[orgs[0]]))


def _acronym_then_name(org: str, words: list[str]) -> bool:
    """« EFT Le Trusquin »: initials in capitals, an article, then capitalised words only, not a word
    questions use (« ARS La Réunion » is never called « la réunion »)."""
    from handlers.understanding.normalise import lexicon  # normalise reads world's neighbours: imported late

    lex = lexicon()
    typed = org.split()
    return (len(typed) >= 3 and typed[0].isupper() and 2 <= len(typed[0]) <= 5 and typed[0].isalpha()
            and words[1] in ("le", "la", "les") and all(w[:1].isupper() for w in typed[1:])
            and not any(w in lex.vocabulary or w in lex.synonyms or w in lex.spelling for w in words[2:]))


# A body a role names by its capitalised kind (« Professeur à la Haute école de travail social »,
# « Responsable de la Maison départementale de la solidarité »), up to a comma or a bracket.
_IN_ROLE = re.compile(r"(?:\bà la |\bau |\bà l'|\bde la |\bdu |\bde l')((?:Haute école|Service|Office|Centre|Maison|"
                      r"Université|Hôpital|École|Institut)\b[^,;()]*)")


def _bodies_in_roles(aliases: Aliases, members: list[Member]) -> Aliases:
    """`aliases` with the bodies members' roles name by their capitalised kind, three words or more,
    each standing for its member's own body and that member (« qui vient de la haute école de travail
    social ? » asks for the professor there, whose body is the HES-SO)."""
    for member in members:
        role = member.role or ""
        for found in _IN_ROLE.finditer(role):
            if len(plain(found.group(1)).split()) < 3 or not member.organisation:
                continue
            # « Chef du Service social Lausanne (SSL) »: the body's acronym, written after it, names it too.
            acronym = _ROLE_ACRONYM.match(role, found.end())
            for key in (plain(found.group(1)), *([plain(acronym.group(1))] if acronym else [])):
                label, people = aliases.get(key, (member.organisation, []))
                if label == member.organisation and all(p.number != member.number for p in people):
                    aliases[key] = (label, [*people, member])
    return aliases


_ROLE_ACRONYM = re.compile(r"\s*\(([A-ZÉÈ][A-ZÉÈ0-9-]{1,9})\)")


def _written_parts(aliases: Aliases, by_org: dict[str, list[Member]]) -> Aliases:
    """`aliases` with the capitalised initials a name is written with, alone (« la HES » for the
    HES-SO Valais-Wallis, « l'EPER » for EPER Suisse romande), when no other body's name holds them:
    members drop the rest of the name as they drop a town. Three letters or more (« AI » is « ai »)."""
    # A kind's word (« HLM » of the Association régionale des organismes HLM) names every such body; a word
    # that only finds a kind (« CGT » among the unions' words) still names its own body.
    kinds = {w for words in entity_data()["kinds"].values() for w in words} & set(entity_data()["kinds"])
    owners: dict[str, set[str]] = {}
    for org in by_org:
        # The head of a compound (« HES » of HES-SO), not its tail (« GE » of Après-GE, a canton's code).
        for part in re.findall(r"(?<![-\w])[A-ZÉÈ]{3,}\b", re.sub(r"\([^)]*\)", " ", org)):
            owners.setdefault(plain(part), set()).add(org)
    for part, orgs in owners.items():
        if len(orgs) == 1 and part not in kinds:
            org = next(iter(orgs))
            aliases.setdefault(part, (org, by_org[org]))
    return aliases


def capital_initials(aliases: Aliases, members: list[Member]) -> frozenset[str]:
    """The initials of two capitals written in one body's name only (« l'AI » for the Office cantonal AI
    du Valais), added to `aliases`: they name the body only typed in capitals (« j'ai » is no AI)."""
    owners: dict[str, set[str]] = {}
    by_org: dict[str, list[Member]] = {}
    for member in members:
        if member.organisation:
            by_org.setdefault(member.organisation, []).append(member)
    for org in by_org:
        for part in re.findall(r"(?<![-\w])[A-Z]{2}(?![-\w])", re.sub(r"\([^)]*\)", " ", org)):
            owners.setdefault(plain(part), set()).add(org)
    added = set()
    for part, orgs in owners.items():
        if len(orgs) == 1 and part not in aliases:
            org = next(iter(orgs))
            aliases[part] = (org, by_org[org])
            added.add(part)
    return frozenset(added)


_INFORMAL_KINDS = ("club", "association", "collectif")


def _town_body_initials(aliases: Aliases, by_org: dict[str, list[Member]]) -> None:
    """« le CCAS de Mazamet » for the Centre communal d'action sociale de Mazamet: a town's body written in
    full is named by its kind's initials before the town. The town's Ville answers to « CCAS de Mazamet » too
    (town_prefixes: a group without its CCAS asks the town); with the CCAS itself in the group, it is the one."""
    for org, people in by_org.items():
        base = bare_label(org)
        for prefix in entity_data()["town_bodies"]:
            kind = prefix.split()[:-1]
            if len(kind) >= 3 and base.startswith(prefix + " "):
                initials = "".join(w[0] for w in kind if w not in ORG_STOP)
                for link in ("de", "d"):
                    aliases[f"{initials} {link} {base[len(prefix) + 1:]}"] = (org, people)

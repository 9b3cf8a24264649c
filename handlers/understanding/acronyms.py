"""The acronyms a body's name is known by: its initials (« cd92 » for the
Conseil départemental des Hauts-de-Seine, « amp » for Aix-Marseille-Provence,
« caf13 » for the CAF des Bouches-du-Rhône), and the ones it is written with."""

from __future__ import annotations

import re

import simplemma

from handlers.understanding.world import ORG_STOP, bare_label, entity_data, plain

__all__ = ["acronyms", "departement_in", "written_acronyms"]


def departement_in(base: str) -> tuple[str, str] | None:
    """The département a folded body's name ends with or holds, as (name, number), whole words only and the
    longest first: « conseil departemental du tarn » is the Tarn (81), « … de tarn et garonne » the Tarn-et-Garonne
    (82), and « lotissement » holds no Lot."""
    for dept, number in entity_data()["departements"].items():
        if re.search(rf"(?<!\S){re.escape(dept)}(?!\S)", base):
            return dept, number
    return None


def acronyms(name: str) -> set[str]:
    """`Conseil départemental des Hauts-de-Seine (CD92)` -> {cd92, cdhds, ...}."""
    found: set[str] = set()
    stated = {plain(inner).replace(" ", "") for inner in re.findall(r"\(([^)]+)\)", name)}
    base = bare_label(name)
    # « les tl » for the Transports publics de la région lausannoise: a short name no initials give (entities.toml).
    stated |= set(entity_data()["known_acronyms"].get(" ".join(base.split()), ()))
    # « FT » for « France Travail, agence de Poitiers »: the body before its agency's name (lead's set 69).
    stated |= set(entity_data()["known_acronyms"].get(" ".join(plain(name.split(",")[0]).split()), ()))
    words = [w for w in base.split() if w not in ORG_STOP]
    if len(words) >= 2:
        found.add("".join(w[0] for w in words if not w.isdigit()) + "".join(w for w in words if w.isdigit()))
    # "Grand Paris Seine Ouest" -> gpso: initials of a run of capitalised words.
    run: list[str] = []
    for word in [*re.sub(r"\([^)]*\)", " ", name).replace("-", " ").split(), "."]:
        if word[:1].isupper() and word.isalpha():
            run.append(word)
            continue
        if len(run) >= 2:
            found.add("".join(plain(w)[0] for w in run))
        run = []
    # « AMP » for Aix-Marseille-Provence: the initials of a compound of three capitalised parts or more.
    for compound in re.findall(r"\w+(?:-\w+){2,}", name):
        if len(caps := [p for p in compound.split("-") if p[:1].isupper()]) >= 3:
            found.add(plain("".join(p[0] for p in caps)))
    if found_dept := departement_in(base):
        dept, number = found_dept
        head = [w for w in base.replace(dept, " ").split() if w not in ORG_STOP]
        found.add("".join(w[0] for w in head) + number)
        if len(head) == 1:
            found.add(head[0] + number)  # « la CAF 13 », « CPAM 93 »: the body's one word and the number
        # The usual name of a département's council, for the body that is the département only (an « Union
        # départementale des associations familiales » is no CD).
        if any(f" {w}" in f" {base}" for w in entity_data()["kinds"]["departement"]):
            found.add("cd" + number)
    # "CMA" for "Chambre de métiers et de l'artisanat d'Île-de-France": the
    # initials before the place the name ends with, i.e. their first letters.
    letters = "".join(w[0] for w in words if not w.isdigit())
    found.update(letters[:k] for k in range(3, len(letters)) if not simplemma.is_known(letters[:k], lang="fr"))
    # « BdT » for Banque des Territoires: initials with the little words' own.
    joined = [w for w in base.split() if w not in ("l", "d", "a", "au", "aux", "et", "en")]
    if len(words) >= 2 and len(joined) > len(words):
        little = "".join(w[0] for w in joined if not w.isdigit())
        if not simplemma.is_known(little, lang="fr"):
            found.add(little)
    found |= _before_the_unit(name)
    found |= _spelled_kind_initials(name)
    # « HE-Arc » for Haute École Arc, « CS-Tramelan »: the initials of the first words, then the last one whole.
    if len(words) >= 3 and len(words[-1]) >= 3 and not words[-1].isdigit():
        found.add("".join(w[0] for w in words[:-1]) + words[-1])
    # « 3M » for Montpellier Méditerranée Métropole: initials of one letter only, counted.
    counted = {f"{len(letters)}{letters[0]}"} if len(letters) >= 3 and len(set(letters)) == 1 else set()
    # Made-up initials of two letters ("ft") would catch stray words.
    return stated | counted | {a for a in found if len(a) >= 3 and sum(c.isalpha() for c in a) >= 2}


def _before_the_unit(name: str) -> set[str]:
    """« CDL » for « Conservatoire du littoral, délégation Nouvelle-Aquitaine », « DDTM 40 » for « DDTM des Landes,
    service nature et forêt »: the body's own name before the comma that opens its unit, by its initials with the
    little words' own, or by its one word and its département's number (the lead's set 70)."""
    if "," not in name:
        return set()
    head = bare_label(name.split(",")[0])
    found: set[str] = set()
    joined = [w for w in head.split() if w not in ("l", "d", "a", "au", "aux", "et", "en")]
    found_dept = departement_in(head)
    # (A département in the name is said by its number, « DDTM 40 », not by an initial: « DDL » would be any body.)
    if found_dept is None and 2 < len(joined) <= 4 and len([w for w in joined if w not in ORG_STOP]) >= 2:
        found.add("".join(w[0] for w in joined if not w.isdigit()))
    if found_dept:
        dept, number = found_dept
        if len(own := [w for w in head.replace(dept, " ").split() if w not in ORG_STOP]) == 1:
            found.add(own[0] + number)
    return {a for a in found if not simplemma.is_known(a, lang="fr")}


def _spelled_kind_initials(name: str) -> set[str]:
    """The initials of the kind a body's name spells out in brackets, of four words or more: « la SISP » of « Le
    Foyer Anderlechtois (société immobilière de service public) » (the lead's set 91). Three letters are too often a
    word or another body's (« (atelier et chantier d'insertion) » is no new ACI)."""
    found: set[str] = set()
    for inner in re.findall(r"\(([^)]+)\)", name):
        spelled = [w for w in plain(inner).split() if w not in ORG_STOP]
        if len(spelled) >= 4:
            found.add("".join(w[0] for w in spelled))
    return {a for a in found if not simplemma.is_known(a, lang="fr")}


def written_acronyms(name: str) -> set[str]:
    """The acronyms a name is written with: "AMD 92" -> amd, "OAIS" -> oais."""
    stated = {plain(inner) for inner in re.findall(r"\(([^)]+)\)", name)}
    caps = {plain(w) for w in re.findall(r"\b[A-ZÉÈ]{2,}\b", name)}
    return {a for a in stated | caps if a.isalpha() and len(a) >= 3}

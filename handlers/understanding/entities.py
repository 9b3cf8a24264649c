"""Entities: the people, bodies, roles, months, places and periods a
question names, resolved against the group's own store.

Each is found on the folded words of the message and replaced, for intent
recognition, by a placeholder (`<personne>`, `<org>` ...) so that "qui est
Mme Lefèvre ?" and "qui est Karim Benali ?" read as the same question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import simplemma
from rapidfuzz import fuzz, process

from handlers.understanding.normalise import Word
from handlers.understanding.days import find_day, week_of
from handlers.understanding.periods import MONTHS, Period, find_period, month_of
from handlers.understanding.bodies import named_in_part, spelled_out
from handlers.understanding.world import NOT_KINDS, World, entity_data, plain

__all__ = ["Entity", "find_entities", "holds_role", "role_gender", "roles_in"]

_NAME_PARTICLES = frozenset({"da", "de", "du", "des", "la", "le", "van", "von", "di", "dos", "das", "del", "d", "ben", "el", "al", "ibn"})
# A typed word is read as a name or organisation word this close to it.
NAME_MATCH = 86.0
ORG_MATCH = 90.0
MAX_ORG_WORDS = 9  # « service de l'enfance et de la jeunesse » is eight words
# An organisation's span never starts with these ("à Montrouge" is "Montrouge").
_LEADING_STOP = frozenset({"a", "au", "aux", "de", "du", "des", "d", "l", "la", "le", "les", "en", "chez", "pour", "sur"})


@dataclass(frozen=True)
class Entity:
    """A span of words (`start`..`end`, end excluded) and what it designates."""

    kind: str  # person, org, role, month, place, period
    start: int
    end: int
    label: str
    items: tuple[Any, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


def _fuzzy(word: str, choices: dict[str, Any], cutoff: float) -> str | None:
    """`word` if it is a key, else the closest key (typos) for words of 5 letters or more."""
    if word in choices:
        return word
    if len(word) < 5:
        return None
    found = process.extractOne(word, choices.keys(), scorer=fuzz.ratio, score_cutoff=cutoff)
    return found[0] if found is not None else None


_FEMININE_TITLES = frozenset({"mme", "mmes", "mlle", "madame", "mademoiselle", "docteure"})
_MASCULINE_TITLES = frozenset({"m", "mr", "monsieur"})
# Endings of the first word of a role, by grammatical gender (folded: « chargée » is « chargee »).
_FEMININE_ENDINGS = ("trice", "euse", "ere", "ee", "ente", "ointe", "effe", "ete", "ine", "ale", "ue", "ure", "ante")
_MASCULINE_ENDINGS = ("teur", "eur", "ier", "ler", "ent", "oint", "ef", "et", "in", "al", "u", "ge", "gue", "ant")
_EPICENE = frozenset({"responsable", "secretaire", "maire", "membre", "bourgmestre", "medecin", "juriste", "architecte"})


def role_gender(role: str) -> str | None:
    """"f" or "m" as the role's title is written (« Directrice… », « Conseiller… »), None if it does not say."""
    title = next((w for w in plain(role).split() if w not in ("vice", "sous", "co")), "")
    if not title or title in _EPICENE:
        return None
    if title.endswith(_FEMININE_ENDINGS):
        return "f"
    return "m" if title.endswith(_MASCULINE_ENDINGS) else None


def holds_role(role: str, wants: list[str]) -> bool:
    """Whether `role` holds one of the titles `wants` (stems, « direct general des
    services » for « la DGS »): every word of a title of several words, in order;
    « coprésidente » holds the presidency as « présidente » does."""
    words = [w for w in plain(role).split() if w not in _ROLE_STOP]
    for stem in wants:
        parts = [p for p in stem.split() if p not in _ROLE_STOP]
        for i, word in enumerate(words):
            opens = word.startswith(parts[0]) or (word.startswith("co") and word[2:].startswith(parts[0]))
            following = words[i + 1:i + len(parts)]
            if opens and len(following) == len(parts) - 1 and all(w.startswith(p) for w, p in zip(following, parts[1:])):
                return True
    return False


_ROLE_STOP = frozenset({"de", "du", "des", "la", "le", "les", "d", "l", "a", "au", "aux", "et", "en"})


def _of_gender(people: tuple[Any, ...], title: str) -> tuple[Any, ...]:
    gender = "f" if title in _FEMININE_TITLES else "m" if title in _MASCULINE_TITLES else None
    return tuple(m for m in people if gender is not None and role_gender(m.role) == gender)


def _first_names(world: World) -> set[str]:
    return {plain(m.name.split()[0]).split()[0] for m in world.members if m.name.split()}


def _short_first_name(word: Word, world: World) -> str | None:
    """« Steph », « Véro », « Fred »: a capitalised beginning of one member's first name only."""
    if len(word.folded) < 4 or not word.raw[:1].isupper() or simplemma.is_known(word.raw.lower(), lang="fr"):
        return None
    starting = [f for f in _first_names(world) if f.startswith(word.folded) and len(f) > len(word.folded)]
    return starting[0] if len(starting) == 1 and starting[0] in world.name_index else None


def _persons(words: list[Word], world: World, taken: set[int]) -> list[Entity]:
    honorifics = entity_data()["honorifics"]
    found: list[Entity] = []
    i = 0
    while i < len(words):
        start = i
        titled = words[i].folded in honorifics and i + 1 < len(words)
        if titled:
            i += 1
        hits: dict[int, tuple[Any, int]] = {}  # member number -> (member, matched words)
        end = i
        while end < len(words) and end not in taken:
            match = _fuzzy(words[end].folded, world.name_index, NAME_MATCH) or _short_first_name(words[end], world)
            # « N'Diaye », « O'Neill »: a lone letter inside a name is part of it.
            particle = words[end].folded in _NAME_PARTICLES or (len(words[end].folded) == 1 and bool(hits))
            if (match is None and particle and end + 1 < len(words)
                    and (end > i or titled or words[end].raw[:1].isupper())):
                # « Kevin Da Silva », « Da Silva », « Mme de La Tour »: particles inside or opening a name.
                after_particles = end + 1
                while after_particles + 1 < len(words) and words[after_particles].folded in _NAME_PARTICLES:
                    after_particles += 1
                following = _fuzzy(words[after_particles].folded, world.name_index, NAME_MATCH)
                owners = {id(m) for m in world.name_index[following]} if following is not None else set()
                if owners and (not hits or owners & {id(m) for m, _ in hits.values()}):
                    end = after_particles
                    continue
            if match is None:
                break
            for member in world.name_index[match]:
                seen = hits.get(member.number, (member, 0))
                hits[member.number] = (member, seen[1] + 1)
            end += 1
        span = words[i:end]
        after = words[end] if end < len(words) else None
        if len(span) == 1 and after is not None and after.raw[:1].isupper() and not after.known:
            # "Jean Dupont" is someone else than Jean-Baptiste Okafor.
            i = start + 1
            continue
        # A common French word ("petit", "blanc") is a name only when written
        # like one: after a title, capitalised, or with a second name word.
        # A capital opening the message proves nothing ("Petit rappel : …").
        # A member's first name opening a question (« Benoît, c'est qui ? », « Pierre fait quoi ? ») is one, though.
        plausible = titled or len(span) >= 2 or any(
            (w.raw[:1].isupper() and i > 0) or not simplemma.is_known(w.raw.lower(), lang="fr") for w in span) or (
            len(span) == 1 and span[0].raw[:1].isupper() and span[0].folded in _first_names(world)
            and any(w.folded in ("qui", "quoi") for w in words[end:]))
        if span and hits and plausible:
            best = max(count for _, count in hits.values())
            people = tuple(m for m, count in hits.values() if count == best)
            if titled and len(people) > 1:
                # « Mme Wagner » when Karim and Marie Wagner are members: the title tells them apart.
                people = _of_gender(people, words[start].folded) or people
            label = people[0].name if len(people) == 1 else " ".join(w.raw for w in span)
            found.append(Entity("person", start, end, label, people))
            i = end
        else:
            i = start + 1
    return found


def _org_words(words: list[Word]) -> list[str]:
    """The folded words, informal short forms written out (« la Fédé » -> federation)."""
    short = entity_data()["short_forms"]
    return [short.get(w.folded, w.folded) for w in words]


def _orgs(words: list[Word], world: World, taken: set[int], whole: bool = False) -> list[Entity]:
    """Bodies by their names and aliases, typos allowed; `whole`: only names
    of two words or more written exactly (« Fondation Abbé Pierre »,
    « Toulouse Métropole Habitat »), found before anything takes a word of them."""
    found: list[Entity] = []
    folded = _org_words(words)
    i = 0
    while i < len(words):
        hit = None
        for size in range(min(MAX_ORG_WORDS, len(words) - i), 1 if whole else 0, -1):
            span = range(i, i + size)
            if any(j in taken for j in span) or words[i].folded in _LEADING_STOP:
                continue
            phrase = " ".join(folded[j] for j in span)
            joined = phrase.replace(" ", "")
            for key in (phrase, joined):
                if key in world.org_aliases and (not whole or key == plain(re.sub(r"\([^)]*\)", " ", world.org_aliases[key][0]))):
                    hit = (size, key)
                    break
            if hit is None and len(phrase) >= 6 and not whole:
                close = process.extractOne(phrase, world.alias_list, scorer=fuzz.ratio, score_cutoff=ORG_MATCH)
                if close is not None:
                    hit = (size, close[0])
            if hit:
                break
        if hit is None:
            i += 1
            continue
        size, alias = hit
        label, people = world.org_aliases[alias]
        if found and found[-1].end == i and found[-1].label == label:
            # "Quart" then "Monde": one body named in two pieces.
            found[-1] = Entity("org", found[-1].start, i + size, label, found[-1].items, found[-1].extra)
        else:
            # « Hautepierre » found only in a role (« référent du quartier de Hautepierre ») is no body's name.
            in_role = " / " not in label and all(m.organisation != label for m in world.members)
            found.append(Entity("org", i, i + size, label, tuple(people), {"in_role": in_role}))
        i += size
    return [_with_kind(e, folded, taken) for e in found]


def _with_kind(body: Entity, folded: list[str], taken: set[int]) -> Entity:
    """« l'asso Emmaüs », « l'association du conseil citoyen »: a kind of body
    just before a body's name is part of how it is named."""
    kinds = entity_data()["generic"] - NOT_KINDS
    j = body.start - 1
    while j > 0 and folded[j] in _LEADING_STOP and body.start - j <= 2:
        j -= 1
    if j >= 0 and folded[j] in kinds and j not in taken and not any(k in taken for k in range(j, body.start)):
        return Entity(body.kind, j, body.end, body.label, body.items, body.extra)
    return body


def _spelled(words: list[Word], world: World, taken: set[int]) -> list[Entity]:
    """Bodies named by the words their acronym stands for (« l'association
    des maires » for AMD 92), before role words take "maires"."""
    found: list[Entity] = []
    folded = _org_words(words)
    i = 0
    while i < len(words):
        for size in range(min(MAX_ORG_WORDS, len(words) - i), 1, -1):
            if any(j in taken for j in range(i, i + size)):
                continue
            span = folded[i:i + size]
            # Every word in one body's name beats initials that fit (« la Collectivité d'Alsace » is no CAF).
            alias = named_in_part(span, world, [w.raw for w in words[i:i + size]]) or spelled_out(span, world)
            if alias is not None:
                label, people = world.org_aliases[alias]
                found.append(_with_kind(Entity("org", i, i + size, label, tuple(people)), folded, taken))
                i += size - 1
                break
        i += 1
    return found


# Endings of nouns of activity (« prévention », « accompagnement », « accueil » aside).
_ACTIVITY_ENDINGS = ("tion", "sion", "ment", "age", "ance", "ence", "ite")


def roles_in(words: list[Word], taken: set[int], extra: dict[str, str] | None = None) -> list[Entity]:
    """Role words: the lexicon's, and (`extra`) the words roles of the group start with."""
    roles = {**(extra or {}), **entity_data()["roles"]}
    found: list[Entity] = []
    for i, w in enumerate(words):
        if i in taken:
            continue
        pair = f"{w.folded} {words[i + 1].folded}" if i + 1 < len(words) else ""
        if pair in roles:
            found.append(Entity("role", i, i + 2, pair, extra={"stem": roles[pair]}))
        elif w.folded in roles or w.lemma in roles:
            key = w.folded if w.folded in roles else w.lemma
            # « prévention » opening a role (« Juriste, prévention des expulsions ») names an activity, not a title.
            activity = key not in entity_data()["roles"] and key.endswith(_ACTIVITY_ENDINGS)
            # « le chargé de développement territorial » (an article) names a title; « chargé de la jeunesse » a charge.
            titled = i > 0 and words[i - 1].folded in ("le", "la", "l", "un", "une")
            found.append(Entity("role", i, i + 1, key, extra={"stem": roles[key], "activity": activity, "titled": titled}))
    return [e for e in found if not any(o is not e and o.start <= e.start and o.end > e.start and o.end - o.start > 1 for o in found)]


def _place_phrase(words: list[Word], world: World, taken: set[int], i: int) -> Entity | None:
    """A venue named in several words ("la maison de l'emploi"): exact
    phrases first, then close ones (typos) that end on a real word."""
    if words[i].folded in _LEADING_STOP:
        return None
    sizes = [n for n in range(min(MAX_ORG_WORDS, len(words) - i), 1, -1) if not any(j in taken for j in range(i, i + n))]
    phrases = {n: " ".join(w.folded for w in words[i:i + n]) for n in sizes}
    match = next(((n, phrases[n]) for n in sizes if phrases[n] in world.place_phrases), None)
    if match is None:
        for n in sizes:
            if len(phrases[n]) >= 8 and len(words[i + n - 1].folded) >= 3:
                close = process.extractOne(phrases[n], list(world.place_phrases), scorer=fuzz.ratio, score_cutoff=ORG_MATCH)
                if close is not None:
                    match = (n, close[0])
                    break
    if match is None:
        return None
    size, key = match
    return Entity("place", i, i + size, " ".join(w.raw for w in words[i:i + size]), tuple(world.place_phrases[key]))


def _places(words: list[Word], world: World, taken: set[int]) -> list[Entity]:
    found: list[Entity] = []
    covered: set[int] = set()
    for i, w in enumerate(words):
        if i in taken or i in covered:
            continue
        phrase = _place_phrase(words, world, taken, i)
        if phrase is not None:
            found.append(phrase)
            covered.update(range(phrase.start, phrase.end))
            continue
        # « visio » is read as « réunion » by the shorthand: the venue is looked up as typed.
        venue = plain(w.typed) if w.typed else w.folded
        if venue in world.venues:
            found.append(Entity("place", i, i + 1, w.typed or w.raw, tuple(world.venues[venue])))
            continue
        if len(w.folded) < 4 and not (w.raw.isupper() and w.folded in world.places):
            continue
        match = _fuzzy(w.folded, world.places, NAME_MATCH)
        if match is not None and not (simplemma.is_known(w.raw, lang="fr") and w.raw.islower()):
            found.append(Entity("place", i, i + 1, w.raw.capitalize(), tuple(world.places[match])))
    return found


def _months(words: list[Word], taken: set[int]) -> list[Entity]:
    found: list[Entity] = []
    for i, w in enumerate(words):
        if i not in taken and (month := month_of(w.folded)) is not None:
            found.append(Entity("month", i, i + 1, MONTHS[month - 1], extra={"month": month}))
    return found


def find_entities(words: list[Word], world: World, now: datetime) -> list[Entity]:
    """Every entity in the message, longest and most specific first."""
    entities: list[Entity] = []
    taken: set[int] = set()

    def keep(found: list[Entity]) -> None:
        for entity in found:
            entities.append(entity)
            taken.update(range(entity.start, entity.end))

    day = find_day(words, now)
    period: Period | None = week_of(day, words) if day is not None else find_period(words, now)
    if period is not None:
        keep([Entity("period", period.start_word, period.end_word, period.label, extra={"period": period})])
    # « la Fondation Abbé Pierre » is no Pierre, « Toulouse Métropole Habitat » no Ville de Toulouse.
    whole = _orgs(words, world, taken, whole=True)
    keep(whole)
    keep(_persons(words, world, taken))
    spelled = whole + _spelled(words, world, taken)
    keep(spelled[len(whole):])
    # Role words first: "maire de Sceaux" is a role and a town, not a typo of "mairie de Sceaux".
    keep(roles_in(words, taken, world.role_words))
    # A word that is both a meeting place and a body ("Nanterre", « au CPAS d'Andenne ») is kept as both.
    orgs = _orgs(words, world, taken)
    places = _places(words, world, taken - {j for e in spelled for j in range(e.start, e.end)})
    keep(orgs)
    entities.extend(places)
    taken.update(j for p in places for j in range(p.start, p.end))
    keep(_months(words, taken))
    keep(_numbers(words, taken))
    return sorted(entities, key=lambda e: e.start)


# Words after which a number is a record's number: "décision n°3", "séance 4".
_NUMBER_CUES = frozenset({"n", "no", "numero", "num", "nr"})
_RECORD_WORDS = frozenset({"decision", "reunion", "seance", "echeance"})


def _numbers(words: list[Word], taken: set[int]) -> list[Entity]:
    found: list[Entity] = []
    for i, w in enumerate(words):
        if i in taken or not w.folded.isdigit() or not 0 < int(w.folded) < 10000 or i == 0:
            continue
        before = words[i - 1]
        if before.folded in _NUMBER_CUES or before.lemma in _RECORD_WORDS or before.folded in _RECORD_WORDS:
            start = i - 1 if before.folded in _NUMBER_CUES else i
            found.append(Entity("number", start, i + 1, w.folded, extra={"number": int(w.folded)}))
    return found

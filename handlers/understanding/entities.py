"""Entities: the people, bodies, roles, months, places and periods a
question names, resolved against the group's own store.

Each is found on the folded words of the message and replaced, for intent
recognition, by a placeholder (`<personne>`, `<org>` ...) so that "qui est
Mme Lefèvre ?" and "qui est Karim Benali ?" read as the same question.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import simplemma
from rapidfuzz import fuzz, process

from handlers.understanding.normalise import Word, fold
from handlers.understanding.days import find_day, week_of
from handlers.understanding.periods import MONTHS, Period, find_period, month_of
from handlers.understanding.spelling import slip_of
from handlers.understanding.bodies import named_in_part, spelled_out
from handlers.understanding.shortforms import names_elsewhere, nickname, truncated
from handlers.understanding.world import World, entity_data, name_words

__all__ = ["Entity", "find_entities", "roles_in"]

_NAME_PARTICLES = frozenset({"da", "de", "du", "des", "la", "le", "van", "von", "di", "dos", "das", "del"})
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
    # Else one slip of a name that no other name is as close to (« Garneir », « Vaszeur »).
    return found[0] if found is not None else slip_of(word, choices.keys())


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
            match = _fuzzy(words[end].folded, world.name_index, NAME_MATCH) or nickname(words[end], world)
            if match is not None and match != words[end].folded and names_elsewhere(words[end].folded, world):
                # « Castellane » is close to Castellani but names a body or a place of the group.
                match = None
            if (match is None and words[end].folded in _NAME_PARTICLES and end + 1 < len(words)
                    and (end > i or words[end].raw[:1].isupper())):
                # « Kevin Da Silva », « Da Silva »: a particle inside or opening a name.
                following = _fuzzy(words[end + 1].folded, world.name_index, NAME_MATCH)
                owners = {id(m) for m in world.name_index[following]} if following is not None else set()
                if owners and (not hits or owners & {id(m) for m, _ in hits.values()}):
                    end += 1
                    continue
            if match is None and hits:
                # « Nathalie Lefebre »: a letter changed in a name whose first words say who it is.
                match = slip_of(words[end].folded, {n for m, _ in hits.values() for n in name_words(m.name)}, changed=True)
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
        plausible = titled or len(span) >= 2 or any(
            (w.raw[:1].isupper() and i > 0) or not simplemma.is_known(w.raw.lower(), lang="fr") for w in span)
        if span and hits and plausible:
            best = max(count for _, count in hits.values())
            people = tuple(m for m, count in hits.values() if count == best)
            label = people[0].name if len(people) == 1 else " ".join(w.raw for w in span)
            if (not titled and start > 0 and start - 1 not in taken and (not found or found[-1].end < start)
                    and len(people) == 1 and slip_of(words[start - 1].folded, name_words(people[0].name), changed=True)):
                start -= 1  # « Thomqs Petit »: the same, before the words that say who it is.
            found.append(Entity("person", start, end, label, people))
            i = end
        else:
            i = start + 1
    return found


def _orgs(words: list[Word], world: World, taken: set[int]) -> list[Entity]:
    found: list[Entity] = []
    i = 0
    while i < len(words):
        hit = None
        for size in range(min(MAX_ORG_WORDS, len(words) - i), 0, -1):
            span = range(i, i + size)
            if any(j in taken for j in span) or words[i].folded in _LEADING_STOP:
                continue
            phrase = " ".join(words[j].folded for j in span)
            joined = phrase.replace(" ", "")
            for key in (phrase, joined):
                if key in world.org_aliases:
                    hit = (size, key)
                    break
            # « Saint Nazaire c » is « Saint Nazaire » followed by « c'est »: a close
            # phrase must end on a real word, as a venue's does.
            if hit is None and len(phrase) >= 6 and len(words[i + size - 1].folded) > 2:
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
            found[-1] = Entity("org", found[-1].start, i + size, label, found[-1].items)
        else:
            found.append(Entity("org", i, i + size, label, tuple(people)))
        i += size
    return found


def _spelled(words: list[Word], world: World, taken: set[int]) -> list[Entity]:
    """Bodies named by the words their acronym stands for (« l'association
    des maires » for AMD 92), before role words take "maires"."""
    found: list[Entity] = []
    i = 0
    while i < len(words):
        for size in range(min(MAX_ORG_WORDS, len(words) - i), 1, -1):
            if any(j in taken for j in range(i, i + size)):
                continue
            span = [w.folded for w in words[i:i + size]]
            alias = spelled_out(span, world) or named_in_part(span, world)
            if alias is not None:
                label, people = world.org_aliases[alias]
                found.append(Entity("org", i, i + size, label, tuple(people)))
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
            found.append(Entity("role", i, i + 1, key, extra={"stem": roles[key], "activity": activity}))
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
        # « la visio » was read as « réunion »; as typed, it may also name where meetings are
        # held. « en visio » asks how a meeting is held, not which one.
        typed = fold(w.typed) if w.typed else w.folded
        # « la réu en visio » still names the meeting held by video.
        mode = (i > 0 and words[i - 1].folded in ("en", "par")
                and not (i > 1 and words[i - 2].lemma in ("reunion", "reunions", "seance")))
        if typed != w.folded and not mode and (match := truncated(typed, world)) is not None:
            found.append(Entity("place", i, i + 1, w.typed, tuple(world.places[match])))
            continue
        # Chat is typed in lower case: « rennes », « la caf » name the place exactly as « Rennes », « CAF »
        # when the group knows them as bodies too (« lieu » of « Tiers-lieu » stays a word).
        exact = w.folded in world.places and w.folded in world.org_aliases
        if len(w.folded) < 4 and not (w.raw.isupper() and w.folded in world.places) and not exact:
            continue
        match = _fuzzy(w.folded, world.places, NAME_MATCH) or truncated(w.folded, world)
        if match is not None and (exact or not (simplemma.is_known(w.raw, lang="fr") and w.raw.islower())):
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
    keep(_persons(words, world, taken))
    spelled = _spelled(words, world, taken)
    keep(spelled)
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

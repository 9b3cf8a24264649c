"""Entities: the people, bodies, roles, months, places and periods a
question names, resolved against the group's own store.

Each is found on the folded words of the message and replaced, for intent
recognition, by a placeholder (`<personne>`, `<org>` ...) so that "qui est
Mme Lefèvre ?" and "qui est Karim Benali ?" read as the same question.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

import simplemma
from rapidfuzz import fuzz, process

from handlers.understanding.clipped_title import clipped_titles
from handlers.understanding.public_titles import without_public_titles
from handlers.understanding.normalise import Word, fold, lexicon
from handlers.understanding.day_spans import day_span
from handlers.understanding.kind_nouns import kinds_in_context, not_a_kind
from handlers.understanding.days import find_day
from handlers.understanding.periods import MONTHS, Period, find_period, month_of
from handlers.understanding.bodies import asked_as_body, named_in_part, spelled_out
from handlers.understanding.body_tail import name_goes_on
from handlers.understanding.body_subject_word import body_of_subject
from handlers.understanding.persons import NAME_MATCH, find_persons
from handlers.understanding.role_spans import roles_in
from handlers.understanding.shortforms import truncated
from handlers.understanding.sitting_order import LAST, NEXT, PREVIOUS
from handlers.understanding.venues import building_before, town_word
from handlers.understanding.town_names import with_article
from handlers.understanding.numbers import numbered_body, record_numbers
from handlers.understanding.at_building import building_named
from handlers.understanding.body_places import bodies_as_places
from handlers.understanding.alias_guards import body_first, field_word
from handlers.understanding.spans import Entity, fuzzy
from handlers.understanding.clipped_heads import clipped_venue
from handlers.understanding.bracketed_names import bracketed_places, named_in_brackets
from handlers.understanding.sitting_bodies import sittings_over_role_bodies
from handlers.understanding.sitting_heading import heading_of_sittings, sittings_by_noun
from handlers.understanding.kind_headings import with_kind_headings
from handlers.understanding.ordered_formations import ordered_formations
from handlers.understanding.short_bodies import bodies_not_titles
from handlers.understanding.title_qualifier import without_title_qualifiers
from handlers.understanding.venues import formation_words, headed_formation
from handlers.understanding.meeting_nouns import SITTING_BODIES, nouns
from handlers.understanding.world import NOT_KINDS, World, bare_label, entity_data, people_unit, plain

__all__ = ["Entity", "find_entities"]

# A typed word is read as an organisation word this close to it.
ORG_MATCH = 90.0
MAX_ORG_WORDS = 9  # « service de l'enfance et de la jeunesse » is eight words
# Openings of a body's name that are no title: « l'ordre des avocats » is the bar, not the role « avocat ».
_BODY_OPENINGS = frozenset({"ordre", "chambre", "union", "federation", "syndicat", "mutuelle", "association",
                            # « le Trésor public »: the public finances, not the role « trésorier » (entities.toml [kinds]).
                            "tresor",
                            # « le secrétariat de l'Eurodistrict »: a body's staff, not the title « secrétaire » (set 43a).
                            "secretariat"})
# « c'est », « c'était »: after « c », the verb that makes it no initial of a body's name.
_BE = frozenset({"est", "etait", "etaient", "sera", "serait", "sont"})
# An organisation's span never starts with these ("à Montrouge" is "Montrouge").
_LEADING_STOP = frozenset({"a", "au", "aux", "de", "du", "des", "d", "l", "la", "le", "les", "en", "chez", "pour", "sur"})
# The prepositions that place a thing in or at a body, never joining a kind of body to its own name.
_PLACING = frozenset({"a", "au", "aux", "en", "chez", "sur"})


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
    # « l'Association pour la formation, l'insertion et l'accompagnement des familles »: the longest name in full.
    longest = max([MAX_ORG_WORDS, *(len(a.split()) for a in world.alias_list)])
    i = 0
    while i < len(words):
        hit = None
        for size in range(min(longest, len(words) - i), 1 if whole else 0, -1):
            span = range(i, i + size)
            if any(j in taken for j in span):
                continue
            phrase = " ".join(folded[j] for j in span)
            if words[i].folded in _LEADING_STOP:
                # « La Poste », « les Pennes »: a name that opens with its article, written exactly.
                if size > 1 and with_article(phrase, world.org_aliases):
                    hit = (size, phrase)
                    break
                continue
            joined = phrase.replace(" ", "")
            if size > 1 and folded[i + size - 1] == "c" and i + size < len(folded) and folded[i + size] in _BE:
                joined = phrase  # « la MJD, c'était quel jour ? »: the « c » of « c'était » spells no MJDC
            # « les Ateliers du Bas-Montreuil »: a name of several words as typed, before chat shorthand
            # read « ateliers » as meetings (a word alone keeps the shorthand's reading).
            as_typed = " ".join(plain(words[j].typed) or folded[j] for j in span) if size > 1 else phrase
            # « la Fédé Dôm'Asso »: a name of several words opening with a short form (« fédé ») is the name as
            # written, before the short form is read out (« fédération dom asso » is no name, and came closest to
            # another body's, « ASU Dômes, association sportive »: lead's set 65).
            as_written = " ".join(words[j].folded for j in span) if size > 1 else phrase
            for key in [k for k in dict.fromkeys((phrase, joined, as_typed, as_written)) if k not in world.capitals or words[i].raw.isupper()]:  # « l'AI »
                # A kind of body in several words (« la direction du travail », « la mission locale ») is whole too,
                # before the role « direction »; one opening with a title (« les médecins libéraux ») stays a public
                # whose role is asked, one followed by « de … » (« la mission locale de Rennes ») says which of several.
                if key in world.org_aliases and (not whole or key == bare_label(world.org_aliases[key][0])
                                                 or _name_but_territory(key, world.org_aliases[key][0])
                                                 or " " in key and key in entity_data()["kinds"] and body_first(key, world)
                                                 and not (i + size < len(folded) and folded[i + size] in ("de", "du", "d")
                                                          and " / " in world.org_aliases[key][0])
                                                 # « l'ordre des avocats », « la chambre des notaires »: a body's
                                                 # name opening with its kind, before the role it holds.
                                                 or " " in key and key.split()[0] in _BODY_OPENINGS
                                                 # « les commissaires titulaires »: a unit named by its people.
                                                 or people_unit(key, world.org_aliases[key][0])):
                    hit = (size, key)
                    break
            # « Saint Nazaire c » is « Saint Nazaire » followed by « c'est »: a close
            # phrase must end on a real word, as a venue's does.
            if hit is None and len(phrase) >= 6 and not whole and len(words[i + size - 1].folded) > 2 and size <= MAX_ORG_WORDS:
                close = process.extractOne(phrase, world.alias_list, scorer=fuzz.ratio, score_cutoff=ORG_MATCH)
                # « vient de Châteauneuf » is no « ville de Châteauneuf »: a close phrase opens on a close word,
                # and holds no more words than the name (« la mission locale, c'est » is no « mission locale Est »).
                # « le réseau des communes » is no typo of « la commune »: communes in general (kind_nouns.py);
                # nor « le guichet commun »: a word spelt right is itself, but for a kind's plural (« les mairies »).
                # Nor « d'insertion » a slip of « mrinsertion » (Mantes Rénov' Insertion's initials and last word):
                # a French word spelt right, alone, that members' roles use for their field, is itself.
                if close is not None and fuzz.ratio(folded[i], close[0].split()[0]) >= ORG_MATCH - 10 and (
                        size <= len(close[0].split())) and not (size == 1 and (not_a_kind(words[i], close[0]) or (
                            " " not in close[0] and close[0].rstrip("sx") != folded[i].rstrip("sx")
                            and field_word(words[i], world)))):
                    hit = (size, close[0])
            if hit:
                break
        if hit is not None and _narrower_kind(folded, i, hit[0], world):
            hit = None  # « la police municipale » when only the national police sits here: not that body
        if hit is not None and _other_compound(words, i, hit, world):
            hit = None  # « à Pointe-Noire » is not « Pointe » (Pointe-à-Pitre's head): another town's name
        if hit is None:
            i += 1
            continue
        size, alias = hit
        label, people = world.org_aliases[alias]
        # « … des relations avec » found, « les usagers » typed after it: the rest of the name (body_tail.py).
        end = name_goes_on(folded, i, i + size, label)
        size = end - i if not any(j in taken for j in range(i, end)) else size
        if found and found[-1].end == i and found[-1].label == label:
            # "Quart" then "Monde": one body named in two pieces.
            found[-1] = Entity("org", found[-1].start, i + size, label, found[-1].items, found[-1].extra)
        else:
            # « Hautepierre » found only in a role (« référent du quartier de Hautepierre ») is no body's name.
            in_role = " / " not in label and all(m.organisation != label for m in world.members)
            found.append(Entity("org", i, i + size, label, tuple(people), {"in_role": in_role}))
        i += size
    named = [_with_kind(e, folded, taken) for e in found if not _in_sitting_name(e, words, world.place_phrases)]
    # « l'asso ADEQ »: « asso » alone names another body; the longer span says which.
    return [e for e in named if not any(o.start <= e.start and e.end <= o.end and o.end - o.start > e.end - e.start
                                        for o in named)]


def _other_compound(words: list[Word], i: int, hit: tuple[int, str], world: World) -> bool:
    """The one word found is the head of a longer town's name the body holds (« Pointe » of Pointe-à-Pitre), but a
    capitalised word follows it that does not go on with that name: « Pointe-Noire », « Saint-Claude » are other
    places (set 47a: « la visite à Pointe-Noire » read as the CCAS de Pointe-à-Pitre)."""
    size, alias = hit
    if size != 1 or i + 1 >= len(words) or not words[i + 1].raw[:1].isupper() or " " in alias:
        return False
    label = world.org_aliases[alias][0]
    # The head of a hyphenated town in the body's name (« CCAS de Pointe-à-Pitre »), not a body's acronym or word.
    head_of_town = f"{words[i].raw.casefold()}-" in label.casefold()
    return head_of_town and not any(k.startswith(f"{alias} {words[i + 1].folded}") for k in world.org_aliases)


def _name_but_territory(key: str, label: str) -> bool:
    """« la direction départementale des territoires » for the « Direction départementale des territoires de
    Meurthe-et-Moselle »: the name in full but for the territory it serves (three words or more), whole too,
    before its first word is read as a title (« direction »)."""
    return len(key.split()) >= 3 and any(plain(label).startswith(f"{key} {of} ") for of in ("de", "du", "des", "d"))


def _in_sitting_name(body: Entity, words: list[Word], sittings: Mapping[str, object]) -> bool:
    """« le conseil d'école » where the schools are members' bodies: a sitting's noun (« conseil », « comité »)
    just before the body's word makes with it the name of sittings held (`sittings`, the places' phrases); that is
    the council that sits, no school (the lead's set 88). As typed: the shorthand reads « conseil » as « réunion »."""
    folded = [plain(w.typed) if w.typed else w.folded for w in words]
    j = body.start - 1
    while j > 0 and folded[j] in ("d", "de", "du", "des") and body.start - j <= 2:
        j -= 1
    # « les conseils d'école »: the noun in the plural names the same sittings (the lead's set 88).
    noun = folded[j] if j < 0 or folded[j] in SITTING_BODIES else folded[j].removesuffix("s")
    return j >= 0 and noun in SITTING_BODIES and " ".join([noun, *folded[j + 1:body.end]]) in sittings


def _with_kind(body: Entity, folded: list[str], taken: set[int]) -> Entity:
    """« l'asso Emmaüs », « l'association du conseil citoyen »: a kind of body
    just before a body's name is part of how it is named."""
    # « le CCAS de Saint-Martin-de-Crau »: the words a town's bodies are named with are kinds too.
    kinds = entity_data()["generic"] - NOT_KINDS | {p.split()[0] for p in entity_data()["town_prefixes"]}
    j = body.start - 1
    # Only an article or « de » joins a kind to its name: « la Région à la CLE » names two bodies, the one
    # represented and the one it sits in (the lead's set 87), not a « Région CLE ».
    while j > 0 and folded[j] in _LEADING_STOP - _PLACING and body.start - j <= 2:
        j -= 1
    if j >= 0 and folded[j] in kinds and j not in taken and not any(k in taken for k in range(j, body.start)):
        return Entity(body.kind, j, body.end, body.label, body.items, body.extra)
    return body


def _spelled(words: list[Word], world: World, taken: set[int]) -> list[Entity]:
    """Bodies named by the words their acronym stands for (« l'association
    des maires » for AMD 92), before role words take "maires"."""
    found: list[Entity] = []
    folded = _org_words(words)
    lemmas = [w.lemma for w in words]
    i = 0
    while i < len(words):
        for size in range(min(MAX_ORG_WORDS, len(words) - i), 1, -1):
            if any(j in taken for j in range(i, i + size)):
                continue
            span = folded[i:i + size]
            if size > 2 and (" ".join(span) in world.org_aliases
                             or " ".join(w.folded for w in words[i:i + size]) in world.org_aliases):  # « Fédé Dôm'Asso »
                # « l'agglo Pays Basque » is an alias as it stands: found whole with the aliases, not in part here.
                i += size - 1
                break
            # Every word in one body's name beats initials that fit (« la Collectivité d'Alsace » is no CAF).
            alias = named_in_part(span, world, [w.raw for w in words[i:i + size]], asked_as_body(folded, lemmas, i))
            if alias is None and (typed := [plain(w.typed) or f for w, f in zip(words[i:i + size], span, strict=True)]) != span:
                # « l'atelier du territoire »: a body's name as typed, before chat shorthand read « atelier » as a meeting.
                alias = named_in_part(typed, world, [w.raw for w in words[i:i + size]], asked_as_body(folded, lemmas, i))
            if alias is None and (alias := spelled_out(span, world)) is not None and any(
                    a.startswith(" ".join(span) + " ") or a == " ".join(span) for a in world.alias_list):
                # « la mairie de Saint » opens « mairie de saint jacques »: a name being written, no MSA; « le conseil
                # général » is itself an alias (the Département, entities.toml [kinds]), no CGT by its initials.
                alias = None
            if alias is not None:
                label, people = world.org_aliases[alias]
                # « … des relations avec » found, « les usagers » typed after it: the rest of the name (body_tail.py).
                end = name_goes_on(folded, i, i + size, label)
                size = end - i if not any(j in taken for j in range(i, end)) else size
                found.append(_with_kind(Entity("org", i, i + size, label, tuple(people)), folded, taken))
                i += size - 1
                break
        else:
            # « qui siège pour la gendarmerie ? »: one word after a verb asking a body, the subject of one body's
            # name (« Groupement de gendarmerie … »): body_subject_word.py.
            if i not in taken and asked_as_body(folded, lemmas, i) and (alias := body_of_subject(folded[i], world)):
                label, people = world.org_aliases[alias]
                found.append(Entity("org", i, i + 1, label, tuple(people)))
        i += 1
    return found


def _place_phrase(words: list[Word], world: World, taken: set[int], i: int) -> Entity | None:
    """A venue named in several words ("la maison de l'emploi"): exact
    phrases first, then close ones (typos) that end on a real word."""
    if words[i].folded in _LEADING_STOP:
        return None
    sizes = [n for n in range(min(MAX_ORG_WORDS, len(words) - i), 1, -1) if not any(j in taken for j in range(i, i + n))]
    phrases = {n: " ".join(w.folded for w in words[i:i + n]) for n in sizes}
    match = next(((n, phrases[n]) for n in sizes if phrases[n] in world.place_phrases), None)
    if match is None:
        # « le comité de pilotage »: the shorthand reads « comité » as « réunion »; the phrase is looked up as typed.
        typed = {n: " ".join(plain(w.typed) if w.typed else w.folded for w in words[i:i + n]) for n in sizes}
        match = next(((n, typed[n]) for n in sizes if typed[n] != phrases[n] and typed[n] in world.place_phrases), None)
    if match is None:
        # « à la sous-préf »: a venue's words in the informal short forms bodies' names take (« préf », « agglo »).
        short = {n: " ".join(_org_words(words[i:i + n])) for n in sizes}
        match = next(((n, short[n]) for n in sizes if short[n] != phrases[n] and short[n] in world.place_phrases), None)
    if match is None:
        for n in sizes:
            if len(phrases[n]) >= 8 and len(words[i + n - 1].folded) >= 3:
                close = process.extractOne(phrases[n], list(world.place_phrases), scorer=fuzz.ratio, score_cutoff=ORG_MATCH)
                # As for bodies: « ou saint herblain » is no place opening « saint herblain ».
                if close is not None and fuzz.ratio(words[i].folded, close[0].split()[0]) >= ORG_MATCH - 10 and not (
                        _other_known_word(words[i:i + n], close[0].split())):
                    match = (n, close[0])
                    break
    if match is None:
        return None
    size, key = match
    # « le comité de pilotage »: a formation names a meeting, as « la réunion » does (pipeline tokens).
    # « la prochaine commission tourisme »: also the « Commission plénière … du tourisme » (kind_headings.py).
    return Entity("place", i, i + size, " ".join(w.typed or w.raw for w in words[i:i + size]),
                  with_kind_headings(key, world.place_phrases[key], world.meetings),
                  extra={"formation": any(key == f or key.startswith(f"{f} ") for f in formation_words())
                         or headed_formation(key, world.place_phrases[key])
                         or named_in_brackets(key, world.place_phrases[key])
                         or heading_of_sittings(key, world.place_phrases[key])})


def _other_known_word(said: list[Word], place: list[str]) -> bool:
    """« la réunion commence … » is no « Réunion commune … »: a word the reader knows, said in place of another,
    is no slip of the keyboard (the lead's set 61)."""
    stop = lexicon().stopwords  # « réunion de bureau » is « Réunion du bureau »: little words differ freely
    return len(said) == len(place) and any(w.known and w.folded not in stop and p not in stop and w.folded != p
                                           and w.lemma != p for w, p in zip(said, place))


# The plurals of the nouns a sitting is called by (« bureaux », « commissions », « plénières »): a venue by its kind.
_SITTING_PLURALS = nouns("formations", "sitting_bodies", plural=True) - nouns("formations", "sitting_bodies")


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
        # « en visio » after a verb asks how a meeting is held (« la prochaine réunion est en visio ? »),
        # but « la réu en visio » names the meeting held by video.
        mode = (i > 0 and words[i - 1].folded in ("en", "par")
                and not (i > 1 and words[i - 2].lemma in ("reunion", "reunions", "seance")))
        # « visio » is read as « réunion » by the shorthand: the venue is looked up as typed; not a kind of
        # venue followed by another place's name (« la mairie de Nantes » is no « Mairie de Rezé »).
        venue = plain(w.typed) if w.typed else w.folded
        if w.typed and venue not in world.venues and (clipped := clipped_venue(venue, world.venues)) is not None:
            venue = clipped  # « la conf des maires »: the venue's kind clipped, read « réunion » by the shorthand
        if venue not in world.venues and w.lemma in world.venues and venue in _SITTING_PLURALS:
            venue = w.lemma  # « les plénières et les bureaux »: the sittings of that kind, as « le bureau » names them
        named_after = (i + 2 < len(words) and words[i + 1].folded in ("de", "d", "du") and words[i + 2].folded in world.places
                       and not any(words[i + 2].folded in plain(m.place).split() for m in world.venues.get(venue, ())))
        if venue in world.venues and not named_after:
            found.append(Entity("place", i, i + 1, w.typed or w.raw, tuple(world.venues[venue]),
                                extra={"mode": mode, "formation": venue in formation_words()
                                       or venue in sittings_by_noun(world.meetings)}))
            continue
        # « à l'épicerie » for « épicerie solidaire »: a kind of premises where one sat (at_building.py).
        if _at_the(words, i) and w.folded in entity_data()["buildings"] and (
                at := building_named(words, w.folded, world.place_phrases)) is not None:
            found.append(Entity("place", i, i + 1, w.typed or w.raw, tuple(at[1])))
            continue
        # A place word cut short (« la visio » for Visioconférence), not in « en visio » after a verb.
        typed = fold(w.typed) if w.typed else w.folded
        if typed != w.folded and not mode and (match := truncated(typed, world)) is not None:
            found.append(Entity("place", i, i + 1, w.typed, tuple(world.places[match])))
            continue
        # Chat is typed in lower case: « rennes », « la caf » name the place exactly as « Rennes », « CAF »
        # when the group knows them as bodies too (« lieu » of « Tiers-lieu » stays a word).
        exact = w.folded in world.places and (w.folded in world.org_aliases or i > 0 and words[i - 1].folded in (
            "a", "de", "d") and town_word(w.folded, world.places[w.folded])  # « la reu a jambes »: venues.py
            or _at_the(words, i))  # « la reunion a l orangerie »: a common noun, typed small, named as a place
        if w.folded in world.place_capitals and not w.raw.isupper():
            continue  # « l'âge », not « l'AGE »: place_initials.venue_initials
        # « prochain cle c quand »: a sitting's initials typed small right after an order word are its initials.
        exact = exact or w.folded in world.places and i > 0 and words[i - 1].folded in _ORDER_BEFORE
        if len(w.folded) < 4 and not (w.raw.isupper() and w.folded in world.places) and not exact:
            continue
        match = fuzzy(w.folded, world.places, NAME_MATCH) or truncated(w.folded, world)
        if match is not None and (exact or not (simplemma.is_known(w.raw, lang="fr") and w.raw.islower())):
            found.append(Entity("place", i, i + 1, w.raw.capitalize(), tuple(world.places[match])))
    folded = [w.folded for w in words]
    return [Entity(e.kind, building_before(folded, e.start, e.items), e.end, e.label, e.items, e.extra)
            if not any(j in taken for j in range(e.start - 3, e.start)) else e for e in found]


# The order words before a sitting's name (« le prochain CLE », « la dernière ag »).
_ORDER_BEFORE = NEXT | LAST | PREVIOUS


def _at_the(words: list[Word], i: int) -> bool:
    """« à l'orangerie », « a la mediatheque »: a word right after « à » (« a », « au ») and an article, where a place
    is said to be; a dictionary word typed small there is the group's place of that name, not a topic."""
    return i > 1 and words[i - 1].folded in ("l", "la", "le") and words[i - 2].folded == "a" or (
        i > 0 and words[i - 1].folded == "au")


def _months(words: list[Word], taken: set[int]) -> list[Entity]:
    found: list[Entity] = []
    for i, w in enumerate(words):
        if i not in taken and (month := month_of(w.folded)) is not None:
            found.append(Entity("month", i, i + 1, MONTHS[month - 1], extra={"month": month}))
    return found


def _of_body(person: Entity, bodies: list[Entity]) -> Entity:
    """« Karim de la CeA » when two members are called Karim: the one of the body named."""
    if person.kind != "person" or len(person.items) < 2:
        return person
    for body in bodies:
        numbers = {m.number for m in body.items}
        theirs = tuple(m for m in person.items if m.number in numbers)
        if theirs and len(theirs) < len(person.items):
            label = theirs[0].name if len(theirs) == 1 else person.label
            return Entity("person", person.start, person.end, label, theirs, person.extra)
    return person


def _narrower_kind(folded: list[str], i: int, size: int, world: World) -> bool:
    """The kind of body found at `i` is followed by a word that makes it another kind the group has no body of
    (« police » then « municipale »: a town's police, not the commissariat; entities.toml [kinds])."""
    kinds = entity_data()["kinds"]
    phrase = " ".join(folded[i:i + size])
    if phrase not in kinds or i + size >= len(folded):
        return False
    longer = f"{phrase} {folded[i + size]}"
    return longer in kinds and longer not in world.org_aliases


# Nouns of an office that a building may be named after (« bâtiment de la présidence »).
_TITLE_NOUNS = frozenset({"presidence", "direction", "prefecture", "vice-presidence"})


def find_entities(words: list[Word], world: World, now: datetime) -> list[Entity]:
    """Every entity in the message, longest and most specific first."""
    entities: list[Entity] = []
    taken: set[int] = set()

    def keep(found: list[Entity]) -> None:
        for entity in found:
            entities.append(entity)
            taken.update(range(entity.start, entity.end))

    day = find_day(words, now)
    period: Period | None = day_span(day, words, now) if day is not None else find_period(words, now)
    if period is not None and numbered_body(words, period, world):
        period = None
    if period is not None:
        keep([Entity("period", period.start_word, period.end_word, period.label, extra={"period": period})])
    # « la décision 10 »: a number after a record's noun is its number before it is a département's (the Aube's
    # council for « 10 »).
    keep(record_numbers(words, taken))
    # « la Fondation Abbé Pierre » is no Pierre, « Toulouse Métropole Habitat » no Ville de Toulouse.
    whole = _orgs(words, world, taken, whole=True)
    keep(whole)
    keep(find_persons(words, world, taken))
    spelled = whole + _spelled(words, world, taken)
    keep(spelled[len(whole):])
    # Role words first: "maire de Sceaux" is a role and a town, not a typo of "mairie de Sceaux".
    # « les patrons » are the employers' bodies when the group has one ([kinds]), no boss (the role « patron »):
    # a plural that names a kind of body the group holds is left to the bodies.
    kinds = entity_data()["kinds"]
    plural_kinds = {i for i, w in enumerate(words) if w.folded != w.lemma and w.folded in kinds and w.folded in world.org_aliases}
    keep(bracketed_places(words, world.place_phrases, taken))  # « la réunion des animateurs »: a sitting's other name
    # « le prochain comité de direction »: a formation picked by order or date, before « direction » is a title.
    dated = set(range(period.start_word, period.end_word)) if period is not None else set()
    keep(ordered_formations(words, world, taken, dated))
    # « on sera combien à la présidence ? » where the sittings are held in the « bâtiment de la présidence »: a
    # place said after « à la », not the president's title (venues.index_places).
    housed = {i for i in range(2, len(words)) if words[i].folded in world.places and words[i - 1].folded == "la"
              and words[i - 2].folded == "a" and words[i].folded in _TITLE_NOUNS}
    # « au CP » where the group has a centre pénitentiaire and no chef de projet: the body (short_bodies.py).
    # « le médecin co »: a title's next word clipped, read whole (clipped_title.py).
    # « la formation des cuisiniers »: a plural title no member holds names the thing's public (public_titles.py).
    said_roles = [m.role or "" for m in world.members]
    keep(without_public_titles(words, clipped_titles(
        words, roles_in(words, taken | plural_kinds | housed | bodies_not_titles(words, world), world.role_words),
        said_roles), world.role_words, said_roles))
    # A word that is both a meeting place and a body ("Nanterre", « au CPAS d'Andenne ») is kept as both.
    orgs = _orgs(words, world, taken)
    places = _places(words, world, taken - {j for e in spelled for j in range(e.start, e.end)})
    keep(orgs)
    entities[:] = [_of_body(e, whole + orgs) for e in entities]
    entities.extend(places + bodies_as_places(entities, places, world))  # « la séance à la HE-Arc »: body_places.py
    taken.update(j for p in places for j in range(p.start, p.end))
    keep(_months(words, taken))
    # « la Ville de Lyon » the group lacks, « en ville »: no body of the kind named (kind_nouns.py).
    # « le COPIL d'octobre » where a role says « coprésidente du COPIL »: the sittings (sitting_bodies.py).
    # « le référent justice de France Travail »: « justice » qualifies the title (title_qualifier.py).
    entities[:] = without_title_qualifiers(entities, words, world)
    return sorted(sittings_over_role_bodies(kinds_in_context(words, entities, world)), key=lambda e: e.start)

"""Meeting places indexed for recognising them in a question: their
capitalised words (« Nanterre », « ORP »), their phrases (« la maison de
l'emploi »), a kind of venue that opens only one place (« la
médiathèque »), and the words for an online meeting (« en visio »)."""

from __future__ import annotations

import re
from collections import defaultdict

from handlers.understanding.bracketed_names import bracket_aliases, unbracketed
from handlers.understanding.meeting_nouns import heading_of
from handlers.understanding.ordinals import ordinal_forms
from handlers.understanding.sitting_heading import sittings_by_noun
from handlers.understanding.world import ORG_STOP, entity_data, plain
from storage.models import Meeting

__all__ = ["building_before", "formation_words", "headed_formation", "index_places", "town_word"]

# The words closing a sitting's heading that say which kind of sitting it is (« Conseil d'école extraordinaire »).
_SITTING_QUALIFIERS = frozenset({"extraordinaire", "exceptionnel", "exceptionnelle", "pleniere", "plenier", "restreint",
                                 "restreinte", "elargi", "elargie", "ordinaire", "annuelle", "annuel"})
_CAPITAL = re.compile(r"\b([A-ZÉÈÎ][\w'’-]{3,})")
# A town's name of two or three letters making a whole segment after the first (« …, Rue », « …, Pau », « …, Eu »).
_SHORT_TOWN = re.compile(r",\s*([A-ZÉÈÎ][a-zéèêàâîôûç]{1,2})\s*(?=,|$)")
Index = dict[str, list[Meeting]]
# A proper name with its article capitalised: « La Noue », « Le Raincy », « Les Mureaux ».
_WITH_ARTICLE = re.compile(r"\b(?:La|Le|Les)\s+([A-ZÉÈÎ][\w-]{2,})")


def _synonyms() -> dict[str, tuple[str, ...]]:
    """How members name a place otherwise: online meetings, and formations (« copil », « plénière »)."""
    return {**entity_data()["place_synonyms"], **entity_data()["formations"]}


def formation_words() -> frozenset[str]:
    """The words and phrases that name a formation (« copil », « comite de pilotage », « pleniere »)."""
    return frozenset(w for word, others in entity_data()["formations"].items() for w in (word, *others))


def headed_formation(key: str, meetings: tuple[Meeting, ...] | list[Meeting]) -> bool:
    """« le GT seniors », « le groupe logement » (the shorthand reads « GT » as « groupe »): a phrase made of a
    formation's head and its subject (formation_heads) names that formation when every meeting it finds opens
    with the formation and that subject (« Groupe de travail seniors, Espace seniors »), as « copil » does; not a
    « Groupe scolaire Jean-Moulin » where a meeting sat."""
    words = key.split()
    if len(words) < 2 or not meetings:
        return False
    for formation, heads in entity_data().get("formation_heads", {}).items():
        for head in (*heads, *entity_data()["formations"].get(formation, ())):
            if not key.startswith(f"{head} "):
                continue
            rest = key.removeprefix(head).strip()
            # « le groupe emploi » of « Groupe de travail emploi et formation »: one of the subjects joined by « et ».
            if rest and all(_subject_of(plain(unbracketed(heading_of(m.place))), formation, rest) for m in meetings):
                return True
    return False


def _subject_of(head: str, formation: str, subject: str) -> bool:
    """The meeting's heading `head` is `formation` followed by `subject`, whole or as one of its parts joined by
    « et » (« groupe de travail emploi et formation » for « emploi »)."""
    if not head.startswith(f"{formation} "):
        return False
    said = head.removeprefix(formation).strip()
    return said == subject or subject in said.split(" et ")


def _formation(segment: str) -> bool:
    """« Séance plénière », « COPIL », « Groupe restreint »: a segment naming the kind of meeting."""
    words = plain(segment).split()
    # « Bureau restreint », « Cotech élargi »: every word a formation's (a formation and its qualifier).
    return bool(words) and (words[0] in entity_data()["meeting_nouns"] or plain(segment) in formation_words()
                            or all(w in formation_words() or w in ORG_STOP for w in words))


# « Hôtel de ville, salle des commissions », « salle du conseil »: a room named after the sittings it hosts names
# no formation (« la prochaine commission » is no meeting held in that room).
_ROOM_OF = re.compile(r"\b(?:salle|salon|bureau)s?\s+(?:des|du|de la|de l)\s*$")


def _names_meeting(word: str, folded: str) -> bool:
    """Whether the place `folded` (spaced, plain) says the synonym's `word` itself: a whole word (« visio » in
    « visio teams », « commissions »), not the opening of a longer one, and not the name of a room."""
    for m in re.finditer(rf" {re.escape(word)}(?:e|s|es|x)? ", folded):
        if not _ROOM_OF.search(folded[:m.start()]):
            return True
    # « Visioconférence » opens with « visio »: the synonyms of online meetings are said as prefixes.
    return word in entity_data()["place_synonyms"] and f" {word}" in folded
def _owner(word: str, head: str) -> bool:
    """« Plénière de la cellule de veille »: a formation's word after « de » in a place that opens with another
    formation names whose sitting it is (the group), not a kind of its own (« la cellule » is no sitting there)."""
    # « Séance plénière de la commission communale … »: the formation after a meeting noun opens it too (lead58);
    # not « Réunion du bureau de la CPTS », the bureau's own sittings.
    words = head.split()
    if words[:1] and words[0] in entity_data()["meeting_nouns"]:
        head = " ".join(words[1:])
    opening = next((f for f in _synonyms() if head == f or head.startswith(f"{f} ")), None)
    return opening is not None and opening != word and not word.startswith(opening) and bool(
        re.search(rf"\b(?:de la|du|des|de l|de) {re.escape(word)}\b", head))


def _subject(word: str, head: str) -> bool:
    """« Comité de bilan du forum », « Réunion des forums satellites »: a formation's word after « de » in a heading
    that opens with a meeting noun, further on than its complement or in the plural, is what the sitting is about,
    not a kind of sitting (« le forum » is the event the group prepares, blind set 48c); « Réunion du bureau »,
    the bureau's own sitting, stays the bureau's."""
    words = head.split()
    if not words or words[0] not in entity_data()["meeting_nouns"]:
        return False
    for m in re.finditer(rf"\b(?:de la|du|des|de l|de) {re.escape(word)}(s|x)?\b", head):
        before = head[:m.start()].split()
        if m.group(1) or len(before) > 1:
            return True
    return False


# Kinds of building a room is named after (« salle de la Maison des usagers », « salle du centre social »).
_BUILDINGS = frozenset({"maison", "hotel", "mairie", "centre", "espace", "foyer", "mediatheque", "bibliotheque",
                        "gymnase", "residence", "batiment", "college", "lycee", "ecole", "prefecture"})
# Rooms named by the building they are in: « salle de la Maison des usagers », « auditorium de la médiathèque de
# Montargis » (« la réunion à la médiathèque de Montargis », set 43b), « préau de l'école primaire ».
_ROOMS = frozenset({"salle", "salles", "auditorium", "amphitheatre", "amphi", "preau", "hall", "foyer", "refectoire",
                    "cantine"})
# Nouns of one-off events a sitting's heading may open with (not of sittings: « réunion du réseau … » is the group).
_EVENT_NOUNS = frozenset({"soiree", "journee", "matinale", "matinee", "visite", "ceremonie", "fete", "inauguration",
                          "sortie", "repas"})


def index_places(meetings: list[Meeting]) -> tuple[Index, Index, Index]:
    """(place words, place phrases, venues) -> the meetings held there."""
    places: dict[str, list[Meeting]] = defaultdict(list)
    for meeting in meetings:
        # « Salle des fêtes, Rue »: a town of two or three letters, alone after a comma, names the place too.
        for town in _SHORT_TOWN.findall(meeting.place):
            places[plain(town)].append(meeting)
        # "ORP des Montagnes": an acronym names the place too, however short.
        for word in _CAPITAL.findall(meeting.place) + re.findall(r"\b[A-ZÉÈ]{2,3}\b", meeting.place):
            # "Mairie", "Maison", "Hôtel" are kinds of building, not places.
            if plain(word) not in entity_data()["buildings"] and plain(word) not in entity_data()["meeting_nouns"]:
                # "Boulogne-Billancourt" is also said "Boulogne".
                head = plain(word).split()[0] if "-" in word else ""
                for part in {plain(word), *plain(word).split()}:
                    # « à Luz » for « Luz-Saint-Sauveur »: a compound town's first name, however short (set 45a).
                    if len(part) >= 4 or word.isupper() or part == head and len(part) == 3:
                        places[part].append(meeting)
    phrases: dict[str, list[Meeting]] = defaultdict(list)
    for meeting in meetings:
        for segment in meeting.place.split(","):
            words = plain(segment).split()
            # "Maison de l'emploi de Gennevilliers", and "Maison de l'emploi".
            for k in range(2, len(words) + 1):
                if words[k - 1] not in ORG_STOP and all(meeting is not m for m in phrases[" ".join(words[:k])]):
                    phrases[" ".join(words[:k])].append(meeting)
    # « salle de la Maison des usagers »: a room named by the building it is in; the building's name alone is the place
    # too (« on s'était réunis à la Maison des usagers quel jour ? », the lead's set 64), when it opens with a kind of
    # building (not « salle du conseil de surveillance », a room named after the sittings it hosts).
    for meeting in meetings:
        for segment in meeting.place.split(","):
            words = plain(segment).split()
            if len(words) >= 4 and words[0] in _ROOMS and words[1] in ("de", "du", "des"):
                rest = words[2:] if words[1] != "de" or words[2] not in ("la", "l") else words[3:]
                if rest[:1] and rest[0] in _BUILDINGS and sum(w not in ORG_STOP for w in rest) >= 2:
                    # « à l'école communale » of « réfectoire de l'école communale n°9 » (the lead's set 91): the
                    # building's name cut after a word, as « Maison de l'emploi » of « … de Gennevilliers » above.
                    for k in (k for k in range(2, len(rest) + 1) if rest[k - 1] not in ORG_STOP):
                        if all(meeting is not m for m in phrases[" ".join(rest[:k])]):
                            phrases[" ".join(rest[:k])].append(meeting)
    # « Soirée des trophées des sportifs, salle des fêtes »: an event's heading is named by what it is of too
    # (« les trophées des sportifs ça commence à quelle heure ? »), for a few nouns of events only.
    for meeting in meetings:
        words = plain(heading_of(meeting.place)).split()
        if len(words) >= 4 and words[0] in _EVENT_NOUNS and words[1] in ("des", "du", "de"):
            rest = words[2:] if words[1] != "de" or words[2] not in ("la", "l") else words[3:]
            if sum(w not in ORG_STOP for w in rest) >= 2 and all(meeting is not m for m in phrases[" ".join(rest)]):
                phrases[" ".join(rest)].append(meeting)
    # « Commission menus et visite de la cuisine centrale »: an event joined to the sitting by « et » names it too
    # (« le PV de la visite de la cuisine centrale ? », the lead's set 92), from the event's noun on, once a word
    # beyond the little ones says which (« visite de la cuisine », « … centrale »), as the heading's own phrases.
    for meeting in meetings:
        words = plain(heading_of(meeting.place)).split()
        for j in (j for j in range(1, len(words) - 2) if words[j] == "et" and words[j + 1] in _EVENT_NOUNS):
            event = words[j + 1:]
            for k in range(3, len(event) + 1):
                if event[k - 1] not in ORG_STOP and all(meeting is not m for m in phrases[" ".join(event[:k])]):
                    phrases[" ".join(event[:k])].append(meeting)
    # « bâtiment de la présidence »: a building named by the one office it houses; « à la présidence » says it
    # (lead's set 65). The noun alone, of five letters or more, when it ends the segment.
    for meeting in meetings:
        for segment in meeting.place.split(","):
            words = plain(segment).split()
            if len(words) == 4 and words[0] in ("batiment", "immeuble", "pavillon") and words[1:3] == ["de", "la"] and (
                    len(words[3]) >= 5 and all(meeting is not m for m in places[words[3]])):
                places[words[3]].append(meeting)
    # « Premier conseil d'école », « Deuxième conseil d'école »: a heading opening with its rank is a sitting of what
    # follows the rank, and « le conseil d'école de novembre » names any of them as « Conseil d'école extraordinaire »
    # is named (the lead's set 88); the rank with it keeps naming that one sitting, its phrase being the longer.
    for meeting in meetings:
        words = plain(heading_of(meeting.place)).split()
        if len(words) >= 3 and ordinal_forms(words[0]) and words[1] not in ORG_STOP:
            for k in range(2, len(words)):
                if words[k] not in ORG_STOP and all(meeting is not m for m in phrases[" ".join(words[1:k + 1])]):
                    phrases[" ".join(words[1:k + 1])].append(meeting)
    # « Conseil d'école extraordinaire »: a heading whose last word says what kind of sitting it is (extraordinaire,
    # plénière…) is named by its noun and that word too, its complement left out (« on sera combien au conseil
    # extraordinaire ? », the lead's set 88).
    for meeting in meetings:
        words = plain(heading_of(meeting.place)).split()
        if len(words) >= 4 and words[-1] in _SITTING_QUALIFIERS and words[1] in ("de", "d", "du", "des") and (
                words[0] not in ORG_STOP) and all(meeting is not m for m in phrases[f"{words[0]} {words[-1]}"]):
            phrases[f"{words[0]} {words[-1]}"].append(meeting)
    # « Groupe de travail jeunesse (réunion des animateurs) »: the bracketed name is the sitting's too.
    for meeting in meetings:
        for alias in bracket_aliases(meeting.place):
            if all(meeting is not m for m in phrases[alias]):
                phrases[alias].append(meeting)
    # « Saint-Herblain » closing « Maison des associations de Saint-Herblain » is a phrase of
    # that place too, not only of the venue whose segment it opens.
    for key, held in places.items():
        if " " in key:
            phrases[key].extend(m for m in held if all(m is not p for p in phrases[key]))
    # « la réunion à la médiathèque », « c'est à la préfecture ? »: a kind of
    # venue alone names the one place that opens with it (several places
    # opening so leave it unsaid). « en visio » names the « Visioconférence ».
    venues: dict[str, list[Meeting]] = defaultdict(list)
    kinds = entity_data()["venues"]
    buildings = entity_data()["buildings"]
    online: set[str] = set()  # « visio » names every online meeting
    opening: dict[str, set[str]] = defaultdict(set)  # venue word -> the segments it opens
    for meeting in meetings:
        # « COPIL, Château de Neuchâtel »: the formation heading the place is no venue; the place opens after it.
        segments = meeting.place.split(",")
        while len(segments) > 1 and _formation(segments[0]):
            segments = segments[1:]
        for k, segment in enumerate(segments):
            first = plain(segment).split()[:1]
            if first and first[0] in kinds:
                venues[first[0]].append(meeting)
                opening[first[0]].add(plain(segment))
            elif (k == 0 and first and len(first[0]) >= 5 and first[0] not in buildings and first[0] not in ORG_STOP
                  and first[0] not in entity_data()["meeting_nouns"]):
                # « Rectorat, rue de Bouillé »: the word a place opens with, typed lowercase (« au rectorat »).
                venues[first[0]].append(meeting)
                opening[first[0]].add(plain(segment))
        for named in _WITH_ARTICLE.findall(meeting.place):
            # « au local de la noue », typed lower case: a place named with its article (« La Noue »,
            # « Le Raincy ») is that place, though French knows « noue » as a word.
            if all(meeting is not m for m in venues[plain(named)]):
                venues[plain(named)].append(meeting)
            opening[plain(named)].add(plain(meeting.place))
        folded = f" {plain(meeting.place)} "
        head = plain(unbracketed(heading_of(meeting.place)))
        for word, others in _synonyms().items():
            if _owner(word, head) or _subject(word, head):
                continue
            if _names_meeting(word, folded):
                # « Groupe de travail mobilité »: « le GT mobilité » names it too, with what follows the formation.
                # A bracketed other name (« … jeunesse (réunion des animateurs) ») is no part of the subject.
                rest = next((plain(unbracketed(seg)).removeprefix(word).strip() for seg in meeting.place.split(",")
                             if plain(unbracketed(seg)).startswith(f"{word} ")), "")
                # « le groupe énergie »: a head members shorten it to, with the subject (formation_heads).
                heads = (*others, *entity_data().get("formation_heads", {}).get(word, ()))
                # « Groupe de travail emploi et formation »: « le groupe emploi » names it by one of its subjects.
                subjects = [rest, *(part for part in re.split(r" et ", rest) if part != rest)] if rest else []
                for other in [*others, *(f"{o} {r}" for o in heads for r in subjects if word in entity_data()["formations"])]:
                    online.add(other)
                    target = phrases if " " in other else venues
                    if all(meeting is not m for m in target[other]):
                        target[other].append(meeting)
    # « Château de Neuchâtel, salle des Chevaliers » and « …, salle des États » open alike: one venue.
    sole = {w: ms for w, ms in venues.items() if w in online or len(opening[w]) == 1}
    # « le prochain conseil »: the sittings headed by a council where other meetings are headed otherwise.
    for noun, held in sittings_by_noun(meetings).items():
        sole.setdefault(noun, held)
    return dict(places), dict(phrases), sole


# Subjects before a verb: the building word after one is the verb it spells (« siège »).
_SUBJECTS = frozenset({"qui", "on", "il", "elle", "ils", "elles", "nous", "vous", "je", "tu"})


def building_before(folded: list[str], start: int, meetings: tuple[Meeting, ...]) -> int:
    """Where a place named in a question starts when the kind of building
    its meetings are held in comes first (« au local de la Noue », « à la
    salle des fêtes »): that word is the place's, not a topic."""
    j = start - 1
    while j > 0 and folded[j] in ORG_STOP and start - j <= 2:
        j -= 1
    # « dans quelle salle à la mairie ? » asks for the room: the building word after « quel » is the question's.
    asked = j > 0 and folded[j - 1] in ("quel", "quelle", "quels", "quelles", "laquelle", "lequel")
    # « qui siège à la CALEOL ? », « on siège à la mairie »: after a subject the word is the verb siéger, no head office.
    asked = asked or j > 0 and folded[j - 1] in _SUBJECTS
    if j >= 0 and j < start - 1 and not asked and folded[j] in entity_data()["buildings"] and any(
            folded[j] in plain(m.place).split() for m in meetings):
        return j
    return start


def town_word(word: str, meetings: list[Meeting]) -> bool:
    """Whether `word` (folded) is the town every one of these places is in: « … de Jambes », « … à Jambes »,
    or the whole segment (« Jambes »). Typed in lower case after « à » (« la réu a jambes »), such a word
    names the town even when it is also a French word; « lieu » of « Tiers-lieu » is none."""
    def in_town(place: str) -> bool:
        words = plain(place.replace(",", " , ")).split()
        return any(w == word and (k == 0 or words[k - 1] in ("de", "d", "a", ",")) for k, w in enumerate(words))
    return bool(meetings) and all(in_town(m.place) for m in meetings)

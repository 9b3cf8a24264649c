"""The initials of a meeting's venue, as members write them: « la réunion
à la MDS » for the Maison départementale des solidarités, « le CR de la
séance à la MJC » for the Maison des jeunes et de la culture. initials.py
gives a body's name its initials; a venue that is no member's body had
none, so « MDS » was an unknown word.

Only venues of three words or more that say something (« maison »,
« départementale », « solidarités »), only initials that are no French
word, and never over a body's alias or a place word already known."""

from __future__ import annotations

import re

from handlers.understanding.initials import _is_word, _significant  # the rules of a body's initials, shared
from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.spelled_out import meanings
from handlers.understanding.world import plain
from storage.models import Meeting

__all__ = ["venue_initials"]


def venue_initials(place_phrases: dict[str, list[Meeting]], places: dict[str, list[Meeting]],
                   aliases: dict[str, object]) -> frozenset[str]:
    """Adds to `places` the initials of each venue phrase (« mds » -> the meetings held there); returns those of
    three letters that are a word too (« age » of « Assemblée générale extraordinaire : … »), to be read only typed
    in capitals (lead's set 71: « l'AGE du 9 février » read « âge » as a topic)."""
    capitals: set[str] = set()
    for phrase, meetings in list(place_phrases.items()):
        significant = [w for w in _significant(phrase) if not re.fullmatch(r"\d+", w)]
        if len(significant) < 3:
            continue
        letters = "".join(w[0] for w in significant)
        # Its openings too: « MJD » for the Maison de justice et du droit de Borny (the town left out).
        for initials in {letters[:k] for k in range(3, min(len(letters), 5) + 1)}:
            # A body's alias that the venue spells out itself (« le FJT » of a hostel's director, the meeting
            # held at the hostel) names the venue as well: the place and the body are one.
            own = initials in aliases and f" {plain(meanings().get(initials, '') or '#')} " in f" {plain(phrase)} "
            if initials not in places and (initials not in aliases or own) and not _is_word(initials):
                places[initials] = meetings
            elif len(initials) == 3 and initials not in places and initials not in aliases:
                places[initials] = meetings
                capitals.add(initials)
    return frozenset(capitals)


# The nouns of a formation that an adjective qualifies (« Groupe opérationnel », « Comité technique », « Cellule
# restreinte »): the sitting bodies of lexicon.toml [meeting_nouns], and « groupe », « cellule ».
_FORMATION_NOUNS = nouns("sitting_bodies") | {"groupe", "cellule"}

# The little words between the parts of a venue's name (« salle polyvalente du restaurant universitaire »).
_LINKS = frozenset({"de", "du", "des", "d", "la", "l", "le", "les"})


def short_venue_initials(meetings: list[Meeting], places: dict[str, list[Meeting]], aliases: dict[str, object],
                         bodies: list[str] = ()) -> None:
    """Adds to `places` the short initials members type in capitals for a venue named in two words: « le RU » for
    the « salle polyvalente du restaurant universitaire », « la MDE » for the « maison de l'étudiant » (lead's set
    65). venue_initials reads venues of three words or more; two letters, or three with the « de » said, are read
    only typed in capitals (entities._places reads a place word under four letters so). A noun and its adjective
    after the venue's opening or a link (« du restaurant universitaire »), or a noun of building, « de l' », « de la »
    or « des », and a noun (« maison de l'étudiant »), in the parts of the place after its first (which names the
    sitting); never over a body's alias, a place word already known, or two
    letters said for something else (« RH »)."""
    from handlers.understanding.initials import _common_initials  # the two letters no body is called by

    from handlers.understanding.world import entity_data

    buildings = entity_data()["buildings"]
    found: dict[str, list[Meeting]] = {}
    for meeting in meetings:
        segments = meeting.place.split(",")
        # The first of several parts names the sitting (« Groupe de travail sur le projet de charte des usagers, salle
        # de la Maison des usagers »), no venue: its words are no venue's initials (« CDU » is the group's own).
        # Its opening noun and adjective do name the sitting in capitals all the same (« le prochain BE » of « Bureau
        # élargi de la CPTS, … »; lead's set 71): the sitting's kind, read as its place words are.
        opening = plain(segments[0]).split()
        # A formation's noun and its adjective open the heading even when its subject follows (« le GO » of « Groupe
        # opérationnel tranquillité publique, … »; lead's set 86): the formation is the pair, the rest what it treats.
        if len(segments) > 1 and len(opening) >= 2 and (
                len(opening) == 2 or opening[2] in _LINKS or opening[0] in _FORMATION_NOUNS) and all(
                w.isalpha() and len(w) >= 4 and w not in _LINKS for w in opening[:2]):
            found.setdefault(opening[0][0] + opening[1][0], []).append(meeting)
        for segment in segments[1:] if len(segments) > 1 else segments:
            words = plain(segment).split()
            for s in range(len(words)):
                if s > 0 and words[s - 1] not in _LINKS or words[s] in _LINKS:
                    continue
                pair = words[s:s + 2]
                # Not the words of a member's body (« à la BA » of the « Banque alimentaire » is the body: lead54
                # lost a row on the merged round).
                if len(pair) == 2 and pair[1] not in _LINKS and (s + 2 == len(words) or words[s + 2] in _LINKS) and all(
                        w.isalpha() and len(w) >= 4 for w in pair) and not any(
                        f" {pair[0]} {pair[1]} " in f" {body} " for body in bodies):
                    found.setdefault(pair[0][0] + pair[1][0], []).append(meeting)
                tail = words[s + 1:s + 4]
                if tail[:2] in (["de", "l"], ["de", "la"]) and len(tail) == 3 or tail[:1] == ["des"] and len(tail) >= 2:
                    last = tail[-1] if tail[0] == "de" else tail[1]
                    end = s + 4 if tail[0] == "de" else s + 3
                    if (end == len(words) or words[end] in _LINKS) and last.isalpha() and words[s] in buildings:
                        found.setdefault(words[s][0] + "d" + last[0], []).append(meeting)
    from handlers.understanding.normalise import lexicon  # chat shorthand in capitals (« l'ODJ », « RDV »)

    shorthand = lexicon().synonyms
    for initials, held in found.items():
        if initials in places or initials in aliases or initials in _common_initials() or initials in shorthand:
            continue
        places[initials] = list({id(m): m for m in held}.values())

"""A meeting named by what happened there, as a newcomer who knows no dates
names it: « la réunion où on a parlé du budget, c'était quand ? », « la fois
où on était à la médiathèque », « celle où on vote l'avant-projet de
schéma », « le compte rendu de la réunion où on a parlé des mineurs
isolés », « qui s'était excusé à la réunion du budget ? », « la réunion sur
les locaux de l'accueil de jour » (blind set 33a).

The description is a relative clause after a meeting noun (« où on a
parlé de … », « où on était à … »), or a complement (« du budget », « sur
les locaux … ») whose every word an agenda point says. Its words are found
in ONE meeting's agenda points (or, for the relative clause, its place)
more than in any other's: that meeting, past or to come. The message is
then read again with « la réunion du 15 octobre 2026 » in place of the
description, which every reading of a meeting (when, where, agenda,
decisions, attendance, minutes) knows. A description two meetings fit
as well, or whose words no agenda says, leaves the message as it was."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.meeting_nouns import heading_of
from handlers.understanding.normalise import fold
from handlers.understanding.periods import MONTHS, month_of
from storage.models import Meeting

__all__ = ["described_meeting", "event_named", "heading_words", "named_meeting", "qualified_meeting", "same_stem", "stems"]

# « l'assemblée générale qui adoptera le rapport annuel », « la plénière où on vote … »: nouns of sittings only (no
# body's: « la commission qui s'occupe du logement » is asked of people), as the lead's set 63 asks.
_SITTING_ONLY = r"l['’]\s*(?:assembl[ée]e\s+g[ée]n[ée]rale|ag)|(?:la|cette)\s+(?:pl[ée]ni[èe]re|assembl[ée]e\s+g[ée]n[ée]rale|ag)"
# « le comité où on a débattu des orientations budgétaires »: a body's noun before « où » names one of its sittings.
_NOUN = (rf"(?:(?:la|cette)\s+(?:r[ée]union|s[ée]ance|rencontre|fois|r[ée]u|commission)|(?:le|ce)\s+comit[ée]"
         rf"|celle(?:-l[àa])?|{_SITTING_ONLY})")
# « la réunion où on a parlé du budget », « celle où on vote … », « la fois où on était à … »; « la séance qui adopte
# le rapport annuel » (lead's set 52).
_RELATIVE = re.compile(rf"(?i)\b(?:{_NOUN}\s+o[ùu]|(?:(?:la|cette)\s+(?:r[ée]union|s[ée]ance)|{_SITTING_ONLY})\s+qui)\s+"
                       r"(?P<clause>[^,?!.;]+)")
# « la réunion du budget », « la séance sur les locaux … », « la réunion consacrée au transport ».
# « la réunion avec le FSL sur le relogement »: who it was held with, before what it was on (lead's set 59).
# « la réunion publique sur le NPNRU »: one word qualifying the sitting before what it is on, which its heading may
# say while its agenda says the rest; « la réunion pour le rapport annuel », « la réunion pour voter le budget »: what
# it is held for (set 42a).
_COMPLEMENT = re.compile(r"(?i)\b(?:la|cette)\s+(?:r[ée]u(?:nion)?|s[ée]ance|rencontre)\s+(?:avec\s+[^,?!.;]{1,40}?\s+(?=sur\b))?"
                         r"(?:(?P<qualifier>(?!(?:sur|pour|du|des|de|d|consacr[ée]e|à|a|au|avec|o[ùu]|qui|c|est|"
                         r"[ée]tait|sera)\b)[^\W\d_]{4,})\s+(?=sur\b|pour\b))?"
                         r"(?:sur|pour|consacr[ée]e\s+(?:à|au|aux)"
                         r"|à\s+propos\s+d(?:e|u|es|')|du|des|de\s+la|de\s+l'|d')\s*(?P<clause>[^,?!.;]+)")
# « la réunion à la médiathèque », « la réunion chez l'agglo », « la réunion de Vendôme »: where it was held, said by
# one meeting's place and no other's.
# « on avait rdv au parking de la base nautique quel jour ? »: the meeting one had there, said with its verb (set 70).
_AT = re.compile(r"(?i)\b(?:(?:la|cette)\s+(?:r[ée]u(?:nion)?|s[ée]ance|rencontre)|(?:on|nous)\s+(?:avait|avions|a|avons|aura|"
                 r"aurons)\s+(?:rdv|rendez[\s-]vous|r[ée]union|r[ée]u))\s+(?:à|a|chez|de|du|d')\s*(?P<clause>[^,?!.;]+)")
# « le CR du bilan de l'été », « absent au lancement du plan grand froid »: a sitting named by the event its heading
# says (« Cellule de veille : bilan de la veille canicule de l'été 2026 »), a few words after the event's noun (the
# lead's set 62).
# « le compte rendu de la réunion de lancement du plan … »: the sitting's noun and « de » before the event are the
# sitting itself (the lead's set 66), and so is the noun alone before it (« la réunion bilan de l'été », set 68).
_EVENT = re.compile(r"(?i)\b(?:(?:la|cette)\s+(?:r[ée]union|s[ée]ance|r[ée]u)(?:\s+de)?|du|au|le|la|l['’]|de\s+la)\s*(?P<clause>(?:bilan|lancement|restitution)\s+(?:de\s+la|de\s+l['’]|"
                    r"du|des|de|d['’])\s*(?:[\w'’-]+\s*){1,3})")
# A season said after « l' » is a word of the heading (« de l'été »), not the participle « été ».
_SEASONS = re.compile(r"\bl\s*(ete|hiver|automne|printemps|rentree)\b")
# A heading says a season by its adjective too: « bilan de la saison estivale » is the review of the summer (the lead's
# set 66).
_SEASON_ADJECTIVES = {"estival": "ete", "estivale": "ete", "estivales": "ete", "estivaux": "ete", "hivernal": "hiver",
                      "hivernale": "hiver", "hivernales": "hiver", "hivernaux": "hiver", "automnal": "automne",
                      "automnale": "automne", "printanier": "printemps", "printaniere": "printemps"}
# Where a sitting's name ends: the question's own words.
_EVENT_END = re.compile(r"\s(?:c|ca|est|etait|sera|a|quel|quelle|quand|ou|svp|stp|qui|il|elle|on)\b.*$")


def event_named(text: str, meetings: Sequence[Meeting]) -> str | None:
    """`text` with « le bilan de l'été » replaced by the day of the one meeting whose heading says every word of it."""
    found = _EVENT.search(text)
    if found is None:
        return None
    clause = _EVENT_END.sub("", fold(found.group("clause")).replace("'", " ").replace("’", " "))
    wanted = _stems(clause) + [m.group(1) for m in _SEASONS.finditer(clause)]
    if len(wanted) < 2:
        return None
    headed = [m for m in meetings if all(any(_same(w, x) for x in heading_words(heading_of(m.place))) for w in wanted)]
    if len(headed) != 1:
        return None
    # « le bilan du trimestre à la DSDEN faut l'envoyer quand ? » (lead's set 74): the words another sitting's agenda
    # point says whole (« Bilan du premier trimestre pour la DSDEN ») may name that point, not the sitting headed so.
    if any(all(any(_same(w, x) for x in _stems(item.text)) for w in wanted)
           for m in meetings if m is not headed[0] for item in m.agenda):
        return None
    link = fold(text[found.start():found.start("clause")]).strip()
    said = _clause_said(found.group("clause"), len(clause.split()))
    end = found.start("clause") + len(said)
    end += _heading_goes_on(text[end:], heading_words(heading_of(headed[0].place)))
    return text[:found.start()] + _LINKS.get(link, "") + named_meeting(headed[0]) + text[end:]


# The little words inside a heading (« … contre le racisme »), said between two of its content words.
_INSIDE = frozenset({"le", "la", "les", "l", "de", "du", "des", "d", "contre", "pour", "et", "en", "a", "aux", "au"})


def _heading_goes_on(rest: str, heading: list[str]) -> int:
    """How much of `rest` still says the heading found: « le bilan de la Semaine d'actions contre le racisme » is
    longer than the three words the event's pattern takes (the lead's set 75), and the words left over would be read
    as a topic of their own. The length of the longest run of little words and the heading's content words (or its
    year) that ends on one of them."""
    taken = 0
    for word in re.finditer(r"[^\W_]+", rest):
        folded = fold(word.group(0))
        if folded in _INSIDE:
            continue
        if not (said := _stems(word.group(0), years=True)) or not all(any(_same(w, x) for x in heading) for w in said):
            break
        taken = word.end()
    return taken


def heading_words(heading: str) -> list[str]:
    """The content words of a sitting's heading, with the seasons it says (« de l'été », « estivale »)."""
    folded = fold(heading).replace("'", " ").replace("’", " ")
    return (_stems(heading) + [s.group(1) for s in _SEASONS.finditer(folded)]
            + [_SEASON_ADJECTIVES[w] for w in re.findall(r"[a-z]+", folded) if w in _SEASON_ADJECTIVES])


# What the preposition before the event becomes before « la réunion du … » (« du bilan » -> « de la réunion »).
_LINKS = {"du": "de ", "de la": "de ", "au": "à "}


def _clause_said(raw: str, count: int) -> str:
    """The first `count` words of `raw` as typed (an elided article and its noun being two words, « l'été »)."""
    found = re.match(r"\s*(?:[^\s'’]+['’]?\s*){%d}" % count, raw)
    return found.group(0).rstrip() if found else raw


# Words that describe no meeting's content: the clause's little words, its verbs of talking, being and taking place,
# the question's own words when no comma ends the clause (« … s'est tenue à quelle heure ? », set 37c), and the
# group's generic nouns.
_EMPTY = frozenset("""on nous a avait avons avions va allons ete etait etions est sont fut parle parler discute discuter
evoque evoquer aborde aborder traite traiter fait faire vu voir presente presenter etudie etudier examine examiner
debattu debattre debattus
le la les l de du des d un une en et au aux sur pour par avec y se s c ce ca qui que qu quoi dont ou quand quel quelle
combien groupe travail reunion seance rencontre point points question questions sujet sujets encore deja ensemble tous
tout toutes fois bien beaucoup longuement enfin non pas ne n je j tu il elle ils elles vous lui leur notre nos
mon ma mes dernier derniere prochain prochaine premiere premier toute etre avoir alors aussi
deroule deroulee derouler tenu tenue tient tenir date heure jour
disponible disponibles dispo""".split())
# (« Le procès-verbal de la séance d'examen des rapports … est-il disponible ? »: whether its record is out, set lead76.)


def _stems(text: str, years: bool = False) -> list[str]:
    """The content words of `text`, folded, without a plural's « s » and cut to seven letters (« placements » ~
    « placement », while « médiatisées » stays apart from « médiathèque »); a year among them when `years` (« où on a
    fait le bilan 2025 »: the review of that year, not another review)."""
    words = re.findall(r"[a-z0-9]+", fold(text).replace("'", " ").replace("’", " "))
    return [w.rstrip("sx")[:7] for w in words
            if w not in _EMPTY and (not w.isdigit() or years and _YEAR.fullmatch(w)) and month_of(w) is None
            and len(w) > 2]


_YEAR = re.compile(r"(?:19|20)\d\d")


def stems(text: str) -> list[str]:
    """The content words of `text` as sittings' headings are compared (`_stems`)."""
    return _stems(text)


def _root(stem: str) -> str:
    """A verb's or a participle's stem without its ending: « adopte », « adopter », « adoptee » ~ « adopt »."""
    for ending in ("ee", "er", "e"):
        if stem.endswith(ending) and len(stem) - len(ending) >= 5:
            return stem[:-len(ending)]
    return stem


def _same(one: str, other: str) -> bool:
    """Two stems of one word: equal, or the shorter (four letters or more) opening the longer (« vote », « voter »),
    or a verb's root of five letters or more opening its noun (« la séance où on adopte … » of « Adoption du … »,
    « valide » of « Validation », lead's sets 58 and 60)."""
    short, long = sorted((one, other), key=len)
    return short == long or len(short) >= 4 and long.startswith(short) or (
        len(root := _root(short)) >= 5 and _root(long).startswith(root))


def same_stem(one: str, other: str) -> bool:
    """Two stems of one word (`_same`)."""
    return _same(one, other)


def named_meeting(meeting: Meeting) -> str:
    """« la réunion du 15 octobre 2026 », as a member names a meeting by its day."""
    day = meeting.start.date()
    return f"la réunion du {'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]} {day.year}"


def _the_one(wanted: list[str], meetings: Sequence[Meeting], with_place: bool, every: bool,
             headings: bool = False, every_heading: bool = False) -> Meeting | None:
    """The one meeting whose agenda (and place, `with_place`; with `headings`, the heading of a meeting with no
    agenda: « Groupe de travail relogement … » is what it was on) says the most of `wanted` — all of it when `every`,
    at least half otherwise —, none when two say as much."""
    scored = []
    for meeting in meetings:
        place = meeting.place if with_place else heading_of(meeting.place) if headings and (
            every_heading or not meeting.agenda) else ""
        said = set(_stems(" ".join(item.text for item in meeting.agenda) + f" {place}", years=True))
        scored.append((sum(any(_same(w, x) for x in said) for w in wanted), meeting))
    scored.sort(key=lambda pair: -pair[0])
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    best = scored[0][0]
    return scored[0][1] if (best == len(wanted) if every else 2 * best >= len(wanted)) else None


def described_meeting(text: str, meetings: Sequence[Meeting], relative_only: bool = False) -> str | None:
    """`text` with a meeting described by what happened there replaced by its day (« la réunion du 15 octobre
    2026 »), or None when it describes none, or not one alone; only by a relative clause when `relative_only`."""
    patterns = ((_RELATIVE, True, False),) + (() if relative_only else ((_COMPLEMENT, False, True), (_AT, True, True)))
    for pattern, with_place, every in patterns:
        found = pattern.search(text)
        # « la réunion du 17 est en visio »: a day named, which the dates read.
        if found is None or found.group("clause")[:1].isdigit() or not (
                wanted := _stems(found.group("clause"), years=pattern is _RELATIVE)):
            continue
        # « la réunion des agents de janvier »: a month in the clause keeps to the meetings of that month, which the
        # day put in its place would otherwise drop (lead's set 55).
        said = {m for w in re.findall(r"[a-z]+", fold(found.group("clause"))) if (m := month_of(w)) is not None}
        held = [m for m in meetings if m.start.month in said] if said else list(meetings)
        qualifier = found.groupdict().get("qualifier")
        if qualifier:
            # « la réunion publique sur le NPNRU »: the qualifier said by a heading (not by an agenda point planning
            # « Réunion publique du plan de mobilité », set 27c), the rest by its agenda or heading.
            kind = _stems(qualifier)
            titled = [m for m in held if all(any(_same(w, x) for x in _stems(heading_of(m.place))) for w in kind)]
            meeting = _the_one(kind + wanted, titled, with_place, every, headings=True, every_heading=True)
            if meeting is not None:
                return text[:found.start()] + named_meeting(meeting) + text[found.end():]
            continue
        meeting = _the_one(wanted, held, with_place, every)
        if meeting is None and pattern is _COMPLEMENT:
            # No agenda says it: a sitting with no agenda whose heading does (« la réunion sur le relogement » of
            # « Groupe de travail relogement … », lead's set 59) — and no other sitting's heading says it too (« la
            # réunion de la piscine » of « Commission des équipements : … de la piscine » and « Réunion sur les
            # créneaux de la piscine … », set 45c: the place's readers weigh them).
            meeting = _the_one(wanted, held, with_place, every, headings=True)
            if meeting is not None and _the_one(wanted, held, with_place, every, headings=True,
                                                every_heading=True) is None:
                meeting = None
        if meeting is not None and pattern is _COMPLEMENT:
            meeting = headed(wanted, meeting, held)
        if meeting is not None:
            return text[:found.start()] + named_meeting(meeting) + text[found.end():]
    return None


def qualified_meeting(text: str, meetings: Sequence[Meeting]) -> str | None:
    """`text` with « la réunion publique sur le NPNRU » replaced by the day of the one meeting whose heading and agenda
    say every word of it (the qualifier and the complement), else None: a sitting's kind (« réunion publique ») read
    as a place leaves the other words to a decision sharing them, which the sitting named so does not answer."""
    found = _COMPLEMENT.search(text)
    if found is None or not found.group("qualifier") or not _stems(found.group("clause")):
        return None
    return described_meeting(text, meetings)


def headed(wanted: list[str], meeting: Meeting, meetings: Sequence[Meeting]) -> Meeting:
    """The meeting a description designates between `meeting`, whose agenda says it, and the one other meeting whose
    heading says all of it: « la reu du skatepark » is the sitting held on the skatepark (« Commission sport (projet
    de skatepark), maison des jeunes »), not a later plenary with a point on it (blind set 40a)."""
    if all(any(_same(w, x) for x in _stems(meeting.place)) for w in wanted):
        return meeting
    titled = [m for m in meetings if m is not meeting and all(any(_same(w, x) for x in _stems(m.place)) for w in wanted)]
    return titled[0] if len(titled) == 1 else meeting

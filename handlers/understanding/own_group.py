"""The group called by its own kind: « qui fait partie du CLS ? », « la
prochaine réunion du contrat local de santé », « les dernières décisions du
CLSM ».

A working group is often a partnership of a known kind (a contrat local de
santé, a conseil local de santé mentale, a CLSPD, a projet alimentaire
territorial…, lexicon.toml `group_kinds`) that its members' roles name
(« Coordinatrice du Contrat local de santé », « secrétariat du CLS ») while
no member's body is called so. Read as a body, the CLS named only the two
members whose roles say it, and « qui fait partie du CLS ? » listed them
instead of the directory. Such a kind is the group itself: its name frames
the question as « du groupe » does. It still says which role a title
question asks (« la coordinatrice du CLS »), and it is the question's own
topic after a verb of charge (« qui pilote le CLS ? »): there the body found
for it stays. The group named as the question's frame (« qui représente le
canton au sein de la plateforme ? », « un médecin du CHU dans le groupe ? »)
weighs nothing either: `group_scope`.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from functools import cache

from handlers.understanding.group_bodies import group_bodies
from handlers.understanding.meeting_nouns import heading_of
from handlers.understanding.normalise import HERE, Word, fold, lexicon
from handlers.understanding.office_acronyms import office_acronym, office_noun
from handlers.understanding.own_name import is_topic_cue
from handlers.understanding.own_work import asks_group_work
from handlers.understanding.spans import Entity
from handlers.understanding.spelled_out import meanings
from storage.models import Meeting, Member

__all__ = ["group_kinds", "group_scope", "own_group_names", "own_group_words"]


# The cues of a subject (own_name.py's), which make a topic only of the words after them.
_SUBJECT_CUES = frozenset({"sur", "concernant", "propos"})
# « le monsieur du CLSPD », « notre contact au CLS »: the person who runs it, whom the roles name.
_PERSON_OF = frozenset({"monsieur", "madame", "dame", "gars", "referent", "referente", "contact", "interlocuteur",
                        "interlocutrice"})


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


@cache
def group_kinds() -> dict[str, str]:
    """Folded acronym of a kind of partnership -> what it stands for, folded (lexicon.toml `group_kinds`,
    the meaning after « = » or else in [spelled_out])."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        listed = tomllib.load(handle).get("group_kinds", [])
    kinds = {}
    for entry in listed:
        acronym, _, meaning = (part.strip() for part in entry.partition("="))
        kinds[fold(acronym)] = _plain(meaning or meanings().get(fold(acronym), ""))
    return kinds


# « du CLEA Doux-Eyrieux », « de la CLI »: what follows in a body's name is the whole the body belongs to.
_OF_KIND = re.compile(r" (?:du|de la|de l|des) \w+(?: .*)?$")


def _says(text: str, acronym: str, meaning: str) -> bool:
    """Folded `text` names the kind, by its acronym as a word or spelled out."""
    return f" {acronym} " in f" {text} " or bool(meaning) and f" {meaning} " in f" {text} "


def own_group_names(members: Sequence[Member], group_name: str = "", meetings: Sequence[Meeting] = ()) -> frozenset[str]:
    """The folded names (acronym, and what it stands for) by which the group is called: the kind its
    configured name says, else the one kind its members' roles and its meetings' agenda items name most
    (strictly) and no body is called."""
    kinds = group_kinds()
    configured = [k for k, m in kinds.items() if _says(_plain(group_name), k, m)]
    if not configured:
        # « Résidence-mission du CLEA Doux-Eyrieux »: a body of the kind (after « du », « de la ») is a part of the
        # partnership, no body called by its name (set 39c).
        bodies = " | ".join(_OF_KIND.sub(" ", _plain(m.organisation)) for m in members)
        # « Fiches actions du CLS 2027 » on an agenda: the group's own business.
        texts = [m.role for m in members] + [item.text for meeting in meetings for item in meeting.agenda]
        counts = Counter(k for text in texts for k, m in kinds.items()
                         if _says(_plain(text), k, m) and not _says(bodies, k, m))
        # « COTECH du contrat de ville, … »: among the kinds so named, the one the sittings' places are of weighs
        # them too, so a programme one role and one item speak of (« Coordinatrice du PRE », « Point d'étape du
        # PRE ») is no rival to the contract every sitting is held for. Places alone name no kind here (the offices'
        # noun and the placed acronym below read them).
        named = Counter(counts)
        counts.update(k for meeting in meetings for k in list(counts) if _says(_plain(meeting.place), k, kinds[k]))
        for kind in [k for k in counts if not _own_kind(members, meetings, k, kinds[k])]:
            del counts[kind]
        # « la présidente de la CoQ » in a contrat de quartier durable: the commission the group sits as (every sitting
        # headed by it, its chair or coordinator holding the office in it) is the group's name beside the programme
        # the roles name as often, not its rival (the lead's set 91); a programme one role names (« chargée du PLH »
        # beside a CALEOL's six) is no name of the group.
        sitting = [k for k in counts if _sits_as(members, meetings, k, kinds[k])]
        rest = Counter({k: n for k, n in counts.items() if k not in sitting})
        if not sitting or not rest or max(named[k] for k in rest) < max(named[k] for k in sitting):
            rest, sitting = counts, []
        ranked = rest.most_common(2)
        # Two kinds as often named (a CLS's coordinator beside the CLSM's): which one the group is stays open.
        configured = [ranked[0][0]] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else []
        configured += [k for k in sitting if k not in configured]
    if not configured:
        # A kind no list holds, told by the offices the members hold in it (« présidente de la CCA »), or by the
        # name every meeting's place carries (« Comité de pilotage CLEA, … »).
        acronym = office_acronym(members) or _placed_acronym(members, meetings)
        if acronym:
            return frozenset({acronym})
        # « présidente de l'observatoire », « vice-président de l'observatoire »: the noun the group's offices are held
        # in, and the kind spelled out from it whose acronym a meeting's place carries (« Séance plénière de l'ODPE »).
        noun = office_noun(members, _OWN_NOUNS)
        placed = {k for k, m in kinds.items() if noun and m.split()[:1] == [noun]
                  and any(f" {k} " in f" {_plain(meeting.place)} " for meeting in meetings)}
        return frozenset({noun, *placed, *(_spelled_acronym(members, meetings) or ())} - {""})
    # « les dernières décisions du pôle ? » of a PDLHI: the head noun of its kind, when a group is called by it alone.
    heads = {kinds[k].split()[0] for k in configured if kinds[k] and kinds[k].split()[0] in _OWN_NOUNS | _HEADS}
    return frozenset(name for k in configured for name in (k, kinds[k]) if name) | heads


# The offices a group gives its own members (its chair, its deputy, its secretary, its coordinator).
_OFFICES = ("president", "presidente", "presidence", "secretaire", "secretariat", "coordinateur", "coordinatrice",
            "coordination")


def _sits_as(members: Sequence[Member], meetings: Sequence[Meeting], acronym: str, meaning: str) -> bool:
    """Every sitting of the group is headed by the kind (« Commission de quartier, salle … ») and an office of the
    group is held in it (« présidente de la commission de quartier »): the group meets as that kind."""
    names = tuple(f"{n} " for n in (acronym, meaning) if n)
    headed = [m for m in meetings if m.place and f"{_plain(heading_of(m.place, colon=True))} ".startswith(names)]
    if len(headed) < 2 or len(headed) < len([m for m in meetings if m.place]) - 1:
        return False
    roles = f" {' | '.join(_plain(m.role) for m in members)} "
    return any(f" {office} {of} {name}" in roles for office in _OFFICES for of in ("de la", "du", "de l", "des")
               for name in names)


def _own_kind(members: Sequence[Member], meetings: Sequence[Meeting], acronym: str, meaning: str) -> bool:
    """A kind the roles and agenda name is the group's own, unless a sitting is of that kind (its heading opens with
    it: « Commission consultative des services publics locaux, siège du syndicat ») while no office of the group is
    held in it: that kind is then the sitting's (set 42c's syndicat des eaux holds one CCSPL among its sittings, a
    user's representative sits on it), not the group's (the lead's set 76: its president and its coordinator hold
    their offices « de la commission consultative des services publics locaux »)."""
    names = [name for name in (acronym, meaning) if name]
    if not any(_plain(heading_of(m.place, colon=True)).startswith(tuple(f"{n} " for n in names)) or
               _plain(heading_of(m.place, colon=True)) in names for m in meetings if m.place):
        return True
    roles = f" {' | '.join(_plain(m.role) for m in members)} "
    return any(f" {office} {of} {name} " in roles for office in _OFFICES for of in ("de la", "du", "de l", "des")
               for name in names)


# The heads of kinds in lexicon.toml `group_kinds` their members call the group by (« le pôle » for the PDLHI).
_HEADS = frozenset({"pole"})
# The nouns of lexicon.toml `group_bodies` a group is called by alone (« l'observatoire », « le consortium »); not
# those chat uses of the group in general or of a member's body as often (« le groupe », « le comité », « la
# commission », « la plateforme »…), which group_name.py and group_scope read in the question itself.
_OWN_NOUNS = frozenset({"observatoire", "consortium", "coalition", "alliance", "cercle", "taskforce"})


# « Comité de pilotage CLEA, hôtel communautaire »: an acronym in capitals in a meeting's place.
_CAPITALS = re.compile(r"\b[A-Z][A-Z0-9]{2,7}\b")


def _placed_acronym(members: Sequence[Member], meetings: Sequence[Meeting]) -> str:
    """The folded acronym that every meeting's place carries (three meetings or more) and no member's body is
    called by, when it is no kind of meeting (« COPIL », « CA »): the group's own name, else ""."""
    if len(meetings) < 3:
        return ""
    bodies = " | ".join(_plain(m.organisation) for m in members)
    common = set.intersection(*(set(_CAPITALS.findall(m.place)) for m in meetings))
    found = sorted(fold(a) for a in common if f" {fold(a)} " not in f" {bodies} " and fold(a) not in lexicon().synonyms)
    if not found:
        # « Assemblée plénière de la CLI », « Commission technique … de la CLI » but « Visite du chantier … »: most
        # sittings of the body, not every one, when a member's role names it too (« vice-présidente de la CLI »;
        # lead's set 52: « la liste des membres de la CLI ? » listed her alone).
        placed = Counter(a for m in meetings for a in set(_CAPITALS.findall(m.place)))
        roles = " | ".join(_plain(m.role) for m in members)
        # « Séance du CCDSPV » in most places while the offices are held « du comité » (présidente, secrétaire): the
        # acronym opening on that noun's letter is the comité spelled in initials (lead's set 78: « prochain ccdspv ? »
        # was read as a place, asked back).
        noun = office_noun(members, _BODY_NOUNS)
        found = sorted(fold(a) for a, n in placed.items() if 2 * n > len(meetings) and (
            f" {fold(a)} " in f" {roles} " or noun[:1] == fold(a)[:1])
                       and f" {fold(a)} " not in f" {bodies} " and fold(a) not in lexicon().synonyms)
    return found[0] if len(found) == 1 else ""
# The nouns of a consultative body its offices are held in (« présidente du comité »), which its initials open on.
_BODY_NOUNS = frozenset({"comite", "commission", "conseil", "conference", "cellule", "instance"})
# A body's formal name that the sittings' places spell out, a noun of body and its scope first: « Séance plénière
# de la commission intercommunale pour l'accessibilité, … » is the CIA, which members write by its initials.
_SPELLED = re.compile(r"\b((?:commission|comite|conseil|conference|observatoire|cellule) (?:intercommunale?|communale?"
                      r"|departementale?|locale?|consultative?|consultatif|regionale?|territoriale?|metropolitaine?)"
                      r"(?: [a-z]+){1,5})")
_SMALL = frozenset({"de", "du", "des", "d", "l", "la", "le", "les", "pour", "et", "a", "au", "aux", "en", "sur"})


def _spelled_acronym(members: Sequence[Member], meetings: Sequence[Meeting]) -> tuple[str] | None:
    """(acronym,) of the one formal name that two of the sittings' places and a member's office spell out in full
    (« commission intercommunale pour l accessibilite » -> « cia »), when no member's body is called by those
    initials; else None.
    The initials only: the name in full may be one of the group's formations, read as such."""
    seen: Counter[str] = Counter()
    for meeting in meetings:
        place = _plain(heading_of(meeting.place))
        # A sitting of the body (« Séance plénière de la commission … »), not a sitting named so (« Comité local pour
        # l'emploi, … » beside the working groups: « le dernier CLE » is the last of those sittings).
        seen.update({m.group(1) for m in _SPELLED.finditer(place) if place[:m.start()].split()[-1:] in (["la"], ["du"], ["l"])})
    # An office held in it, the name in full (« président de la commission intercommunale pour l'accessibilité »):
    # the body the group is, not one of its formations named alike (« Comité local pour l'emploi » beside a TZCLD's
    # working groups, whose secretary is « secrétaire du comité »).
    roles = " | ".join(_plain(m.role) for m in members)
    named = [name for name, n in seen.items() if n >= 2 and name in roles]
    if len(named) != 1:
        return None
    initials = "".join(w[0] for w in named[0].split() if w not in _SMALL)
    bodies = " | ".join(_plain(m.organisation) for m in members)
    if len(initials) < 3 or f" {initials} " in f" {bodies} " or initials in lexicon().synonyms:
        return None
    return (initials,)


# Little words a shortened name never ends on (« la conférence intercommunale », not « la conférence du »).
_NAME_LINKS = frozenset({"de", "du", "des", "d", "l", "la", "le", "les", "et", "a", "au", "aux", "pour"})


def _shortened(name: str) -> list[str]:
    """`name` and its openings of two words or more that end on a word of their own: members call « la conférence
    intercommunale » the conférence intercommunale du logement, « le projet alimentaire » the PAT."""
    parts = name.split()
    return [name] + [" ".join(parts[:n]) for n in range(2, len(parts)) if parts[n - 1] not in _NAME_LINKS]


def _phrase_spans(found: Sequence[Word], names: frozenset[str], entities: Sequence[Entity] = ()) -> list[range]:
    """Where the words of `found` spell one of `names` (or its opening: `_shortened`) out, word after word, as typed
    (chat shorthand reads « conférence » as « réunion »), or its head noun closing the question where `entities`
    read it as a sitting or ask a title (`_closing_head`)."""
    folded = [_plain(w.typed) or w.folded if w.typed else w.folded for w in found]
    spans = []
    for name in {short for full in names for short in _shortened(full)}:
        parts = name.split()
        for i in range(len(folded) - len(parts) + 1):
            if folded[i:i + len(parts)] == parts:
                spans.append(range(i, i + len(parts)))
    return spans + _closing_head(folded, names, entities) + _initials_spans(found, folded, names)


# Little words a name spelled out holds, which its acronym leaves out (« commission consultative de la jeunesse »).
_SPELLED_LINKS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "pour", "en"})
_CALENDAR = frozenset({"janvier", "fevrier", "mars", "avril", "juin", "juillet", "aout", "septembre", "octobre",
                       "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})


def _initials_spans(found: Sequence[Word], folded: Sequence[str], names: frozenset[str]) -> list[range]:
    """Where the words of `folded` spell out, initial after initial, the group's own acronym among `names`
    (« la composition de la commission consultative de la jeunesse ? » where the offices are held « de la CCJ »,
    office_acronyms.py; the lead's set 95): words of four letters or more, the little words between them left out,
    no month or weekday (« la commission de quartier de décembre » is no CQD), and written alike — all in lower
    case or all capitalised (« la convention des locaux de Sedan » is no CLS: a town closes it)."""
    spans = []
    for name in names:
        if " " in name or not 3 <= len(name) <= 6 or not name.isalpha():
            continue
        for i in range(len(folded)):
            k, j, heads = 0, i, []
            while j < len(folded) and k < len(name):
                if folded[j] in _SPELLED_LINKS and k:
                    j += 1
                    continue
                if len(folded[j]) < 4 or folded[j][0] != name[k] or folded[j] in _CALENDAR:
                    break
                heads.append(found[j].raw[:1].isupper())
                k, j = k + 1, j + 1
            if k == len(name) and (all(heads) or not any(heads[1:])):
                spans.append(range(i, j))
    return spans


# « de la commission », « à la commission », « pour la commission »: how a question closes on the group.
_CLOSING_LINKS = frozenset({"de", "a", "pour", "dans", "sein"})


def _closing_head(folded: Sequence[str], names: frozenset[str], entities: Sequence[Entity]) -> list[range]:
    """« qui assure la coordination de la commission ? », « quels élus siègent à la commission ? »: the head noun of
    the group's name spelled out (« commission » of the commission consultative des services publics locaux), said
    last after a preposition and its article, is the group itself — not one kind of its sittings (set lead76).
    Elsewhere (« la prochaine commission ») it stays a sitting's noun.
    Only where the noun was read as one of the sittings (a place found on it), or closes a title asked (« qui tient
    le secrétariat de la conférence ? »: whose title), is it taken back for the group: else, read as no sitting
    (« c'est quoi les collèges de la conférence ? » in the conférence intercommunale du logement, set 25d), it stays
    a word of the topic, which says what is asked of the group."""
    heads = {name.split()[0] for name in names if len(name.split()) > 2}
    last = len(folded) - 1
    if last < 2 or folded[last] not in heads or folded[last - 1] not in ("la", "le", "l"):
        return []
    if not any(e.kind == "place" and e.start <= last < e.end or e.kind == "role" for e in entities):
        return []
    return [range(last, last + 1)] if folded[last - 2] in _CLOSING_LINKS else []


# The little words between a body and the group's name (« du Département dans la CLI »).
_BETWEEN = frozenset({"dans", "la", "le", "l", "de", "du", "des", "d", "au", "aux", "a", "sein", "en", "pour"})


def own_group_words(found: Sequence[Word], entities: list[Entity],
                    names: frozenset[str]) -> tuple[list[Entity], set[int]]:
    """The entities without the bodies that are the group itself, and the indices of the words naming it
    (its acronym, or what it stands for). A title asked (a role found) keeps the body, which says whose
    title; so does a verb of charge (own_name.py), which makes it the question's topic."""
    spans = _phrase_spans(found, names, entities) if names else []
    covered = {i for s in spans for i in s}
    # « on est combien à la CIL ? » where the meetings' places say « CIL plénière, … »: the group's name is no
    # place (its meetings in general; « la prochaine CIL » is own_meetings.py's), whatever else is asked.
    entities = [e for e in entities if not (e.kind == "place" and set(range(e.start, e.end)) <= covered)]
    # « qui est du Département dans la CLI ? » where a place reads « … de la CLI, hôtel du Département »: a place
    # made of a body found, the group's name and the little words between them is neither.
    # A formation of the group stays (« au bureau de la CPTS »: its body is the group, the bureau is asked;
    # group_name.formation_as_group reads it).
    bodies = {i for e in entities if e.kind == "org" for i in range(e.start, e.end)}
    entities = [e for e in entities if not (e.kind == "place" and not e.extra.get("formation") and covered & set(range(e.start, e.end)) and all(
        i in covered or i in bodies or found[i].folded in _BETWEEN for i in range(e.start, e.end)))]
    # « qui suit le dossier du CLS ? », « les indicateurs du CLS, qui s'en occupe ? »: a charge asked, the name
    # says which (the roles that hold it), wherever it stands.
    # « l'avis de l'observatoire sur le projet de schéma »: « sur » after the name makes a topic of what follows
    # it, not of the name; a charge (« qui s'en occupe ») or « sur » before it still keeps the name.
    before = max((s.start for s in spans), default=0)
    # « les actions en retard sur le PCAET ? »: « sur » before the name, in a question on the work, frames it
    # (own_work.py); a verb of charge still makes it the topic.
    work = bool(spans) and asks_group_work(found)
    if not spans or any(e.kind == "role" for e in entities) or any(
            (is_topic_cue(w) and (k < before or w.folded not in _SUBJECT_CUES) and not (work and w.folded in _SUBJECT_CUES))
            or w.folded in _PERSON_OF for k, w in enumerate(found)):
        if spans and _scoped(found, spans, entities):
            return _without(entities, spans, found)
        # « qui préside la conférence intercommunale du logement ? »: a title over the group named in full, which no
        # body found stands for: its words name the group, no topic to find.
        bodies = {i for e in entities if e.kind == "org" for i in range(e.start, e.end)}
        if spans and any(e.kind == "role" for e in entities) and not covered & bodies and not any(is_topic_cue(w) for w in found):
            return entities, covered
        return entities, set()
    return _without(entities, spans, found)


def _without(entities: list[Entity], spans: Sequence[range],
             found: Sequence[Word] = ()) -> tuple[list[Entity], set[int]]:
    """The entities without the bodies the group's name covers, and the words covered, with the words of a frame
    before it when another entity is asked (« qui est du Département dans la CLI ? » as « … dans le groupe »)."""
    covered = {i for s in spans for i in s}
    kept = [e for e in entities if not (e.kind == "org" and set(range(e.start, e.end)) <= covered)]
    if found and kept:
        scopes = {" ".join(scope) for scope in _SCOPES}
        for span in spans:
            for size in (4, 3, 2):
                before = range(span.start - size, span.start)
                if before.start >= 0 and " ".join(found[i].folded for i in before) in scopes:
                    covered |= set(before)
                    break
    return kept, covered


# « les élus dans la CIL », « les suppléants au sein de la conférence », « combien de titulaires à la CIL »: the
# group's name after these frames the question even with a title asked (the title is not held « of » it).
_FRAMES = frozenset({"dans", "sein", "a", "au", "parmi", "en"})


def _scoped(found: Sequence[Word], spans: Sequence[range], entities: Sequence[Entity]) -> bool:
    """The group's name stands after « dans (la) », « au sein de (la) », « à (la) »: its frame, not a body whose
    title is asked (« vice-président de la CIL » keeps it), and no charge's object (« qui s'occupe de … »)."""
    if any(is_topic_cue(w) for w in found):
        return False
    for span in spans:
        j = span.start - 1
        while j >= 0 and found[j].folded in ("la", "le", "l", "de", "du", "notre", "cette"):
            j -= 1
        if j >= 0 and found[j].folded in _FRAMES:
            return True
    return False


# « au sein de la plateforme », « dans le groupe », « dans notre collectif »: the group as the question's frame.
_SCOPES = (("au", "sein", "de", "la"), ("au", "sein", "de", "l"), ("au", "sein", "du"), ("au", "sein", "de", "notre"),
           ("dans", "le"), ("dans", "la"), ("dans", "l"), ("dans", "notre"), ("parmi", "le"))
# Words of group_bodies a member's own body is called as well (« dans l'association » is often theirs).
_MEMBERS_BODIES = frozenset({"association", "bureau", "assemblee", "instance", "conference", "seances", "commission"})


def group_scope(found: Sequence[Word], entities: Sequence[Entity], members: Sequence[Member] = ()) -> set[int]:
    """Indices of « au sein de la plateforme », « dans le groupe » when the question names a body, a
    role or a person besides: the group it is asked in, which says nothing of the question (its little
    words read like another reading's). Alone (« qui est dans le groupe ? ») it is the question. A word
    members' bodies are often called (« la conférence », « la commission ») is the group when no member's
    body is called so (« qui représente la MSA au sein de la conférence ? » in a conférence des financeurs)."""
    if not any(e.kind in ("org", "role", "person") for e in entities):
        return _at_sittings(found, entities)
    bodies_words = {w for m in members for w in re.findall(r"\w+", fold(m.organisation or ""))}
    nouns = set(group_bodies()) - (_MEMBERS_BODIES & bodies_words if members else _MEMBERS_BODIES)
    # As typed: chat shorthand reads « comité » as « réunion » (« qui vient de la CAF dans le comité ? »).
    folded = [_plain(w.typed) or w.folded if w.typed else w.folded for w in found]
    scoped: set[int] = set()
    for scope in _SCOPES:
        for i in range(len(folded) - len(scope)):
            end = i + len(scope)
            # « au sein de la conférence »: the word read as a meeting's (« conférence » is one) frames it too.
            within = scope[:2] == ("au", "sein") and folded[end] == "reunion"
            if tuple(folded[i:end]) == scope and (folded[end] in nouns or within):
                scoped.update(range(i, end + 1))
    return scoped | _title_of_group(found, entities, nouns) | _at_sittings(found, entities)


def _at_sittings(found: Sequence[Word], entities: Sequence[Entity]) -> set[int]:
    """Indices of « au CLE » closing a question on someone (« qui est de la mairie au CLE ? », « qui représente les
    employeurs au CLE ? »): the name of the group's sittings (several of them), said last after « au », is where the
    body sits, no topic (the lead's set 67); so is « au conseil d'école », a name of several words (set 88)."""
    words = [w for w in found if w.folded]
    last = len(words) - 1
    named = [e for e in entities if e.kind == "place" and e.start <= last < e.end and len(e.items) > 1]
    if len(words) < 3 or not named:
        return set()
    at = last - 1
    if words[at].folded != "au":
        # « au conseil d'école »: the sittings' name in several words, closing the question after « au » (set 88).
        at = named[0].start - 1
        if at < 0 or words[at].folded != "au":
            return set()
    # Someone named before, or a representative asked (« qui représente les employeurs au CLE ? »); not « qui vient
    # au CLE ? », which asks that sitting.
    before = any(e.kind in ("org", "role", "person") and e.end <= at and e not in named for e in entities) or any(
        w.lemma == "representer" or w.folded.startswith("represent") for w in words[:at])
    return set(range(at, last + 1)) if before else set()


# The endings of a noun of office, not of its holder (« secrétariat », « présidence », « coordination »).
_OFFICE_ENDINGS = ("ariat", "ence", "tion")
# « les chargées de mission du comité », « le secrétaire du groupe »: a title then the group it is held in.
_OF = (("du",), ("de", "la"), ("de", "l"))


def _title_of_group(found: Sequence[Word], entities: Sequence[Entity], nouns: set[str]) -> set[int]:
    """Indices of « du comité », « de la plateforme » right after a title found (and in no body's name): the group
    the title is held in frames the question, as « au sein de la plateforme » does, and is no meeting named
    (« comité » alone reads as « réunion »)."""
    # As typed: chat shorthand reads « comité » as « réunion ».
    folded = [_plain(w.typed) or w.folded if w.typed else w.folded for w in found]
    in_body = {i for e in entities if e.kind == "org" for i in range(e.start, e.end)}
    scoped: set[int] = set()
    for role in (e for e in entities if e.kind == "role"):
        at = role.end
        # « les chargées de mission du comité »: the title's own complement (« de mission ») comes first.
        # Not « la présidente de la conférence », « le VP de l'instance »: after a person's title the article says the
        # group itself comes (set 25d). An office's noun (« le secrétariat de la conférence ») keeps its words: a
        # decision may say who holds it (« le secrétariat de la conférence est assuré par … »).
        person_title = not folded[role.end - 1].endswith(_OFFICE_ENDINGS)
        while at + 1 < len(folded) and folded[at] in ("de", "d") and at + 1 not in in_body and folded[at + 1] not in nouns \
                and not (person_title and folded[at + 1] in ("la", "l") and at + 2 < len(folded) and folded[at + 2] in nouns):
            at += 2
        for link in _OF:
            end = at + len(link)
            if tuple(folded[at:end]) == link and end < len(folded) and folded[end] in nouns and end not in in_body:
                scoped.update(range(at, end + 1))
    return scoped

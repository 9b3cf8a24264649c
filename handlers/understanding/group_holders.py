"""The holder of a title over the group itself, when the question names the
group: « qui coordonne le groupe ? » with a « Coordinatrice de
l'accompagnement vers le logement » and a « Chargée de coordination,
secrétaire du groupe » in the directory means the second, whose role says
the group (anywhere in it), not the first, whose title merely opens with the
word. The group's words are lexicon.toml's `group_bodies`.

« qui pilote le groupe ? », « qui pilote le réseau au quotidien ? »: nobody's
title is « pilote », but whoever coordinates the group (else chairs it)
steers it; answered as a charge (« qui pilote … » is in_charge by the
sets' convention), with the role that says so."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from handlers.understanding.group_bodies import group_bodies
from handlers.messages import bold, text
from handlers.understanding.normalise import Word
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import plain
from storage.models import Member

__all__ = ["asks_over_group", "group_lead", "of_asked_group", "of_body_kind", "of_subgroup", "over_group", "over_own_name",
           "sittings_of_role"]

# « le groupe », « du groupe », « notre collectif »: the group itself, not « un groupe de parole ».
_ARTICLES = frozenset({"le", "la", "l", "du", "de", "notre", "au", "ce", "cette"})


@cache
def _of_group() -> re.Pattern[str]:
    return re.compile(rf"\b(?:du|de la|de l|des) (?:{'|'.join(map(re.escape, group_bodies()))})\b")


def asks_over_group(found: Sequence[Word]) -> bool:
    """The question names the group itself (« … le groupe ? », « … du réseau ? »)."""
    bodies = set(group_bodies())
    # « le président du copil »: « copil » is read « réunion »; the word as typed names the group.
    return any((w.folded in bodies or plain(w.typed) in bodies) and i > 0 and found[i - 1].folded in _ARTICLES
               for i, w in enumerate(found))


def over_group(found: Sequence[Word], holders: Sequence[Member]) -> list[Member]:
    """Among `holders` of a title, those whose role names the group, when the question does
    (none when it does not, or when every holder's or no holder's role does: nothing to choose)."""
    if not asks_over_group(found):
        return []
    chosen = [m for m in holders if _of_group().search(plain(m.role))]
    return chosen if len(chosen) < len(holders) else []


def over_own_name(found: Sequence[Word], own: set[int], holders: Sequence[Member]) -> list[Member]:
    """« qui coordonne le CTAI ? » with a « Chargé de mission CTAI, coordinateur » and an association's
    « Coordinateur »: among `holders`, those whose role carries a word of the group's own name that the question
    names the group by (`own`: indices of those words); none when all or none of them do."""
    said = {found[i].folded for i in own if i < len(found)}
    chosen = [m for m in holders if said & set(plain(m.role).split())]
    return chosen if len(chosen) < len(holders) else []


def of_asked_group(found: Sequence[Word], holders: Sequence[Member]) -> list[Member]:
    """Among `holders` whose role names a group's noun, those naming the one the question says (« qui préside le
    comité ? »: the « coprésidente du comité », not the « Président de la commission emploi-formation » of a
    member body); all of them when the question says none or none of them names it."""
    # « comité » is read « réunion »: the word as typed names the group (as in asks_over_group).
    asked = {w for word in found for w in (word.folded, plain(word.typed))} & set(group_bodies())
    chosen = [m for m in holders if any(re.search(rf"\b(?:du|de la|de l|des) {re.escape(b)}\b", plain(m.role)) for b in asked)]
    return chosen or list(holders)


def of_body_kind(found: Sequence[Word], holders: Sequence[Member]) -> list[Member]:
    """« qui est le président du collectif ? » when the group's co-chairs are « co-président(e) du comité » and the
    « Président » sits for the « Collectif des personnes privées d'emploi »: a group's noun asked that no holder's
    role names, but a member body's name opens with, is that body; its holders (none when all or none are)."""
    asked = {w for i, word in enumerate(found) if i > 0 and found[i - 1].folded in ("du", "de", "l", "la")
             for w in (word.folded, plain(word.typed)) if w in set(group_bodies())}
    if not asked or any(re.search(rf"\b(?:du|de la|de l|des) {re.escape(b)}\b", plain(m.role)) for m in holders for b in asked):
        return []
    chosen = [m for m in holders if plain(m.organisation).split()[:1] and plain(m.organisation).split()[0] in asked]
    return chosen if len(chosen) < len(holders) else []


def _subgroup_named(u: Understanding) -> bool:
    """« le groupe de travail santé mentale », « le groupe logement »: the group's noun followed by the subject
    that names one working group (read as its name, framing), not the group itself (« le groupe ? »)."""
    bodies = set(group_bodies())
    return any((w.folded in bodies or plain(w.typed) in bodies) and i > 0 and u.words[i - 1].folded in _ARTICLES
               and i + 1 < len(u.words) and i + 1 in u.framing and u.words[i + 1].folded.isalpha()
               and u.words[i + 1].folded not in _ARTICLES for i, w in enumerate(u.words))


def _subgroup_words(u: Understanding) -> list[str]:
    """The words naming one working group after the group's noun (« logement » of « le groupe de travail
    logement », « jeunes » of « le GT jeunes »): read as its name, framing, so no topic narrows the holders."""
    bodies = set(group_bodies())
    for i, w in enumerate(u.words):
        if not ((w.folded in bodies or plain(w.typed) in bodies) and i > 0 and u.words[i - 1].folded in _ARTICLES):
            continue
        named = []
        for j in range(i + 1, len(u.words)):
            if j not in u.framing or not u.words[j].folded.isalpha() or u.words[j].folded in _ARTICLES:
                break
            named.append(u.words[j].folded)
        if named:
            return named
    return []


# The titles that steer a working group, whichever verb asks (« qui anime le GT logement ? » of its « pilote »).
_STEERS = re.compile(r"\b(?:pilote|animat\w*|coordinat\w*|responsable|referent\w*)\b")


def of_subgroup(u: Understanding, holders: Sequence[Member], members: Sequence[Member]) -> list[Member]:
    """« qui pilote le groupe de travail logement ? » of three « pilote du groupe de travail … »: among `holders` of the
    title asked, those whose role names the working group the question names; when none of them does (« qui anime le
    GT logement ? » of an « animatrice de la cellule … » and a « pilote du groupe de travail logement »), the members
    whose role steers that working group. None when the question names no working group, or every holder is named."""
    named = _subgroup_words(u)
    if not named:
        return []
    bodies = "|".join(map(re.escape, group_bodies()))

    def names_it(m: Member) -> bool:
        role = plain(m.role)
        # The working group's noun then its name, a few words apart at most (« groupe de travail logement »).
        return bool(re.search(rf"\b(?:{bodies})\b(?: \w+){{0,3}} {' '.join(map(re.escape, named))}\b", role))

    chosen = [m for m in holders if names_it(m)]
    if chosen:
        return chosen if len(chosen) < len(holders) else []
    return [m for m in members if m.role and names_it(m) and _STEERS.search(plain(m.role))]


# Who steers a group, by the title its role gives over the group: its coordinator first, else its chair.
_LEADS = (("coordinat", "coordonnat", "animat"), ("president",))
# The verbs of steering no title repeats (« pilote », « pilotage »: a role stem of entities.toml).
_STEERING = ("pilote", "pilotage")


def group_lead(u: Understanding, members: Sequence[Member]) -> Outcome | None:
    """The group's coordinator (else chair) for « qui pilote le groupe ? », or None."""
    role = u.first("role")
    if role is None or u.topic or not str(role.extra.get("stem", "")).startswith(_STEERING) or not asks_over_group(u.words):
        return None
    if _subgroup_named(u):
        return None  # « qui pilote le groupe de travail santé mentale ? »: one of its working groups, not the group
    for titles in _LEADS:
        led = re.compile(rf"\b(?:{'|'.join(titles)})\w* (?:du|de la|de l|des) (?:{'|'.join(map(re.escape, group_bodies()))})\b")
        chosen = [m for m in members if m.role and led.search(plain(m.role))]
        if chosen:
            u.intent, u.readings = "in_charge", []
            rows = [[text("• "), bold(m.name), text(" — " + " — ".join(p for p in (m.organisation, m.role) if p))]
                    for m in chosen]
            return Outcome.sure(u, ["Pilotage du groupe d'après les rôles :", *rows], ", ".join(m.name for m in chosen))
    return None


# « qui préside nos séances ? », « qui anime les réunions ? »: the group's sittings, right after the title's
# verb, are the group itself, whose chair the answer names (not « le PV des séances », a record of them).
_SITTINGS = frozenset({"seance", "seances", "reunion", "reunions", "rencontres"})
_THEIRS = frozenset({"nos", "les", "ses"})


def sittings_of_role(u: Understanding, members: Sequence[Member]) -> set[int]:
    """Indices of « nos séances » right after a role word, when a member's role gives that title over the
    group (« présidente du groupe »): framing, nothing an answer must show. Without such a role, a
    « Coordinatrice des transports » would be a guess for « qui anime les séances ? »: left unexplained."""
    found = set()
    for e in u.entities:
        i = e.end
        if e.kind != "role" or i + 1 >= len(u.words) or u.words[i].folded not in _THEIRS or u.words[i + 1].folded not in _SITTINGS:
            continue
        stems = [x.split()[0] for x in str(e.extra.get("stem", "")).split("|") if x]
        over = re.compile(rf"\b(?:{'|'.join(map(re.escape, stems))})\w* (?:du|de la|de l|des) (?:{'|'.join(map(re.escape, group_bodies()))})\b")
        if stems and any(m.role and over.search(plain(m.role)) for m in members):
            found.add(i + 1)
    return found

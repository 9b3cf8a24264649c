"""A sitting named by what was decided there, as the members of a formal body
name it: « la séance où on a voté le prix de l'eau, c'était quel jour ? »,
« la réunion qui a adopté le tarif s'est tenue où ? », « la séance du DOB
c'était quand ? » (blind set 42c), « le vote du budget 2026 c'était à quelle date ? » (the lead's set 82).

described_meeting.py reads a sitting by its agenda or its heading; a past
sitting rarely keeps either, but its decisions are recorded with their
sitting's number. The description is a relative clause with a verb of
deciding after a sitting's noun (« où on a voté … », « qui a adopté … »),
or, said in the past (« c'était », « a eu lieu »), a complement (« la
séance du DOB »). Its words (but the verb) are found in the decisions — by stem, synonym or initials, as
topics.py finds them —: when the decisions that say the most of them were
all taken at ONE sitting, the message is read again with « la réunion du
19 novembre 2026 » in place of the description, which every reading of a
meeting knows. Decisions of two sittings saying as much, or none saying
half of it, leave the message as it was; so does a description that only
a month or a day makes (the dates read those), or a place another meeting is
held at (« la réunion du Locle »: the places read it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.days import WEEKDAYS
from handlers.understanding.described_meeting import named_meeting
from handlers.understanding.normalise import Word, fold, words
from handlers.understanding.topics import SHARE, topic_scores
from storage.models import Decision, Meeting

__all__ = ["decided_sitting"]

_NOUN = r"(?:la|cette)\s+(?:r[ée]union|s[ée]ance|r[ée]u)"
# Before a relative clause, a sitting called by its body too (« le comité où on a reporté … », set 49a; « l'AG où on
# a voté la toiture », « la commission qui a retenu … », set 49c); not before a complement, where the body's own name
# follows (« le comité des partenaires », « la commission des finances »).
_RELATIVE_NOUN = (rf"(?:{_NOUN}|(?:le|ce)\s+(?:comit[ée]|copil|cotech|codir|bureau|conseil)"
                  r"|(?:la|cette)\s+(?:commission|assembl[ée]e(?:\s+g[ée]n[ée]rale)?)"
                  r"|l['’]\s*(?:ag|age|assembl[ée]e(?:\s+g[ée]n[ée]rale)?))")
# A verb of deciding: « voté », « décidé », « adopté », « délibéré », « approuvé », « validé », « acté », « tranché »;
# of choosing, which a formal body decides too: « choisi », « retenu », « attribué », « désigné » (set 48b); of sharing
# out, putting off or renewing: « réparti », « reporté », « ajourné », « reconduit » (set 49a).
_DECIDING = (r"\b(?:vot|d[ée]cid|adopt|d[ée]lib[ée]r|approuv|valid|act[ée]|tranch|chois|retenu|attribu|d[ée]sign"
             r"|r[ée]parti|report|ajourn|reconduit)\w*")
# Said done: « a voté », « avait décidé », « avons adopté », « a été voté », « ont été adoptées ».
_DONE = rf"\b(?:a|avait|avons|avions|ont|avaient|[ée]t[ée])\s+(?:\w+\s+)?{_DECIDING}"
_RELATIVE = re.compile(rf"(?i)\b{_RELATIVE_NOUN}\s+(?:o[ùu]|qui|pendant\s+laquelle|lors\s+de\s+laquelle)\s+"
                       rf"(?P<clause>[^,?!.;]*?{_DONE}[^,?!.;]*)")
_COMPLEMENT = re.compile(rf"(?i)\b{_NOUN}\s+(?:du|des|de\s+la|de\s+l['’]|sur\s+(?:le|la|les|l['’]))\s*"
                         r"(?P<clause>[^,?!.;]+)")
# « le vote du budget 2026 c'était à quelle date ? » (the lead's set 82): the act of deciding itself, said held, names
# the sitting it was done at as « la séance du … » does.
_ACT = re.compile(r"(?i)^\s*(?:le|l['’])\s*(?:vote|adoption|approbation|validation)\s+(?:du|des|de\s+la|de\s+l['’])\s*"
                  r"(?P<clause>[^,?!.;]+)")
# « le PV du comité sur le budget 2026 ? » (the lead's set 82): minutes are a held sitting's, which its subject names.
_MINUTES = re.compile(r"(?i)\b(?:pv|cr|compte[- ]rendu|proc[eè]s[- ]verbal)\s+(?:du|de\s+la)\s+"
                      r"(?P<sitting>(?:comit[ée]|codir|r[ée]union|s[ée]ance|commission)\s+sur\s+(?:le|la|les|l['’])\s*)"
                      r"(?P<clause>[^,?!.;]+)")
# The sitting said held: « c'était », « a eu lieu », « s'est tenue », « avait lieu ».
_HELD = re.compile(r"(?i)(?:\bc['’]?\s*|\b)[ée]tait\b|\ba\s+eu\s+lieu\b|\bs['’]est\s+tenue?\b|\bavait\s+lieu\b")
_VERB = re.compile(r"(?:vot|decid|adopt|delib|approuv|valid|acte|tranch|reparti|report|ajourn|reconduit)")
# A figure of the description (« les 34 actions », « les 12 nouvelles »), not a day (« la séance du 19 »).
_NUMBER = re.compile(r"(?<![\d/.,])\d+(?![\d/.,:h])")
# Where the description ends: the question's own words.
_END = re.compile(r"(?i)\s+(?:c['’]?\s*[ée]tait|c['’]\s*est|[ée]tait|a\s+eu\s+lieu|avait\s+lieu|s['’]est\s+tenue?|"
                  r"se\s+tenait|quel|quelle|quand|o[ùu]|[àa]\s+quelle|svp|stp|d[ée]j[àa])\b.*$")


def decided_sitting(text: str, decisions: Sequence[Decision], meetings: Sequence[Meeting]) -> str | None:
    """`text` with a sitting described by what was decided there replaced by its day, or None."""
    for pattern in (_RELATIVE, _COMPLEMENT, _ACT, _MINUTES):
        found = pattern.search(text)
        if found is None or pattern in (_COMPLEMENT, _ACT) and not _HELD.search(text[found.end("clause") - len(
                found.group("clause")):]):
            continue
        clause = _END.sub("", found.group("clause"))
        if clause[:1].isdigit() or fold(clause).split(" ")[0] in WEEKDAYS:
            continue  # « la séance du 19 … », « la réunion du mardi 3 » (set 44c): a day, which the dates read
        wanted = [w for w in words(clause, shorthand=False) if not _VERB.match(w.folded)]
        if not wanted:
            continue
        # « l'AG où on a voté la toiture »: of the sittings whose decisions say it, those the noun names (set 49c).
        kind = _of_kind(text[found.start():found.start("clause")], meetings)
        meeting = _sitting_deciding(wanted, [d for d in decisions if d.meeting_number in kind], meetings,
                                    _NUMBER.findall(clause))
        placed = _placed(wanted, meetings)
        if meeting is not None and (not placed or meeting in placed):
            end = found.start("clause") + len(clause)
            start = found.start("sitting") if "sitting" in pattern.groupindex else found.start()
            return text[:start] + named_meeting(meeting) + text[end:]
    return None


# A sitting's noun, by the word the meetings' headings write it with (« l'AG » is an « Assemblée générale … »).
_KIND_WORDS = {"ag": "assemblee", "age": "assemblee", "assemblee": "assemblee", "commission": "commission",
               "comite": "comite", "copil": "comite", "conseil": "conseil"}


def _of_kind(noun: str, meetings: Sequence[Meeting]) -> set[int]:
    """The numbers of the meetings whose heading holds the kind of sitting `noun` says, or of all when none does."""
    kind = next((_KIND_WORDS[w.folded] for w in words(noun, shorthand=False) if w.folded in _KIND_WORDS), None)
    kept = {m.number for m in meetings if kind and kind in _words_of(m.place)}
    return kept or {m.number for m in meetings}


def _placed(wanted: Sequence[Word], meetings: Sequence[Meeting]) -> list[Meeting]:
    """The meetings whose place holds every word of `wanted` (but little ones): « la réunion du Locle » is where it
    was held, which the places read, even when a decision taken elsewhere names the town."""
    content = [w.folded for w in wanted if len(w.folded) > 3]
    return [m for m in meetings if content and set(content) <= set(_words_of(m.place))]


def _words_of(text: str) -> list[str]:
    """The folded words of `text`."""
    return [w.folded for w in words(text, shorthand=False)]


def _sitting_deciding(wanted: Sequence[Word], decisions: Sequence[Decision], meetings: Sequence[Meeting],
                      figures: Sequence[str] = ()) -> Meeting | None:
    """The one sitting whose decisions say the most of `wanted` (at least half), none when two sittings' do — unless
    the description's `figures` (« les 34 actions ») are written in the decisions of one of them only."""
    taken = [d for d in decisions if d.status != "cancelled" and d.meeting_number is not None]
    if not taken:
        return None
    scores = topic_scores(wanted, [d.text for d in taken], loose=False)  # the words themselves, or their initials
    best = max(scores)
    if best < SHARE:
        return None
    numbers = {d.meeting_number for d, score in zip(taken, scores) if score == best}
    if len(numbers) > 1 and figures:
        # Too short to be a topic word, a figure still tells the decision apart: « la réunion où on a retenu les 34
        # actions » is the one whose decision writes « 34 actions », not the other that speaks of actions (set 49a).
        numbers = {d.meeting_number for d, score in zip(taken, scores)
                   if score == best and set(figures) <= set(_NUMBER.findall(d.text))}
    if len(numbers) != 1:
        return None
    number = numbers.pop()
    return next((m for m in meetings if m.number == number), None)

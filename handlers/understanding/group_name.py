"""The group's own name said after its noun: « la prochaine réunion du
groupe logement », « prochain rdv du groupe de travail mobilité emploi »,
« la séance du GT insertion c'est où ? », « qui fait partie du groupe
politique de la ville ? », « le prochain comité quartiers ».

Members name their own group by what it works on, not by the name the
coordinator configured (« Groupe ville69 » is rarely how members call it);
those words qualify the question as « du groupe » alone would, so they are
framing, not a topic the bot must find among decisions or bodies (it offered
readings on « logement », and « la prochaine réunion du groupe quartiers
c'est quand » stayed unsure over « quartiers »). Two readings, one module:
after a meeting noun, the group noun and its theme (`_theme`); after the
group's noun anywhere, the words no example uses (`_name_tail`). A kind of
meeting the group holds (« du comité technique ») is an entity found before
this runs and is left alone; so is anything after a verb or a question word,
and a meeting's own place or formation. A formation itself reads as
« réunion » among the intents' examples, or « réunions » in the plural (« les
prochains comités techniques »): `formation_token`. The group called by its
kind (« le CLS ») is own_group.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.intents import is_frame_word, model
from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.normalise import Word, fold
from handlers.understanding.sitting_order import RELATIVE, SINGULAR
from handlers.understanding.spans import Entity
from handlers.understanding.world import plain

__all__ = ["formation_as_group", "formation_token", "group_name_words"]


def group_name_words(found: list[Word], entities: list[Entity], places: Sequence[str] = ()) -> set[int]:
    """Indices of the words naming the group by its noun and theme (« du groupe logement »), `places`
    being the meetings' places as written."""
    return _theme(found, entities, tuple(plain(p) for p in places)) | _name_tail(found, entities, places)


# What a member calls a working group (« le groupe », « le GT », « le collectif »).
_THEME_NOUNS = frozenset({"groupe", "gt", "collectif", "reseau", "pole", "commission"})
# A meeting noun, or an order word standing for one (« la prochaine du groupe logement »).
_MEETING_NOUNS = nouns("plain", "chat", "formations", plural=True) | {"prochaine", "prochain", "derniere", "dernier"}
# « du groupe », « de notre groupe », « avec le groupe »: the link from the meeting to the group.
_THEME_LINKS = (("du",), ("de", "notre"), ("de", "votre"), ("de", "la"), ("de", "l"), ("avec", "le"), ("pour", "le"))
# « groupe de travail », « groupe thématique »: words of the noun itself.
_NOUN_TAIL = frozenset({"de", "travail", "thematique", "projet"})
# The words a theme ends before: grammar, verbs, question words.
_THEME_STOP = frozenset({"c", "ce", "est", "sera", "aura", "a", "au", "aux", "se", "s", "on", "il", "elle", "quand", "ou", "qui",
                   "quel", "quelle", "quoi", "comment", "le", "la", "les", "l", "en", "pour", "svp", "stp", "et", "est-ce",
                   "commence", "lieu", "prevu", "prevue", "finit", "dure", "y", "dans", "sur", "avec", "par", "etait",
                   "t", "ca", "cela", "bien", "toujours", "deja", "encore", "merci", "des", "du", "d", "un",
                   "une", "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})
_MAX_THEME = 4


def _theme(found: list[Word], entities: list[Entity], places: tuple[str, ...] = ()) -> set[int]:
    """Indices of « groupe logement » (the group noun and its theme) after a meeting noun, if any; not
    when the group noun and theme are how a meeting place opens (« Groupe de travail mobilité, Gare… »:
    that formation's meeting is asked, meeting_kinds.py), `places` being the meetings' places, folded."""
    taken = {j for e in entities for j in range(e.start, e.end)}
    for i, word in enumerate(found):
        if word.folded not in _MEETING_NOUNS and word.lemma not in _MEETING_NOUNS:
            continue
        for link in _THEME_LINKS:
            k = i + 1 + len(link)
            if tuple(w.folded for w in found[i + 1:k]) != link or k >= len(found):
                continue
            if found[k].folded not in _THEME_NOUNS or k in taken:
                continue
            end = k + 1
            while end < len(found) and found[end].folded in _NOUN_TAIL and end - k <= 2:
                end += 1
            theme = end
            while theme < len(found) and theme - end < _MAX_THEME and theme not in taken and (
                    found[theme].folded not in _THEME_STOP) and not found[theme].folded.isdigit():
                theme += 1
            named = {w.folded for w in found[end:theme]}
            if theme > end and not any(named <= set(place.split()) for place in places):
                return set(range(k, theme))
    return set()


# Words before a formation in the plural (« les prochains copils », « des comités techniques »).
_PLURAL = frozenset({"les", "des", "prochains", "prochaines", "derniers", "dernieres", "nos", "vos", "ces", "quels", "quelles"})


# Before a formation, the words asking who belongs to it (« qui fait partie du copil ? », « les membres du comité
# technique », « la composition du copil », « au sein du comité de pilotage »); « dans » only after « qui ».
_MEMBERSHIP = frozenset({"partie", "membre", "membres", "composition", "compose", "composent", "sein"})
_BETWEEN = frozenset({"du", "de", "des", "d", "la", "le", "l", "au", "aux"})
# After a formation, what makes it one sitting (« le copil de février », « le comité du 4 »).
_ONE_SITTING = RELATIVE & SINGULAR


def asks_membership(found: Sequence[Word], i: int, end: int) -> bool:
    """The formation at words `i`..`end` is asked for who belongs to it, the group itself (« qui fait partie
    du comité technique ? » is the directory: the formation is the group meeting so), not one sitting."""
    j = i - 1
    while j >= 0 and found[j].folded in _BETWEEN:
        j -= 1
    if j < 0 or found[j].folded in _ONE_SITTING or any(w.folded in _ONE_SITTING for w in found[max(j, 0):i]):
        return False
    after = [w.folded for w in found[end:end + 2]]
    if after[:1] and (after[0] in ("de", "du", "d") or after[0].isdigit()):
        return False  # « les membres du copil de février »: who sat at one sitting
    cue = found[j].folded
    # « qui est dans le copil ? », « on est combien dans le copil ? » (set 37c): its members, counted or named.
    counted = any(w.folded == "combien" for w in found[:j])
    # « on est combien au bureau de la CPTS ? » (lead's set 56): « on » counted at the formation is its members.
    # In the present only: « on était combien au copil ? » counts who came, « on sera combien » who comes.
    folded = [w.folded for w in found[:j + 1]]
    ours = "combien" in folded and found[j + 1].folded in ("au", "a") and any(
        a == "on" and b == "est" or a == "combien" and b == "sommes" for a, b in zip(folded, folded[1:]))
    # « Didier il fait quoi dans le copil ? » (set 48a): someone's part in the group, as « … dans le comité ? » reads;
    # not « on fait quoi dans le copil ? » (the group's own work).
    part = cue == "dans" and "fait" in folded and "quoi" in folded and not {"on", "nous", "je", "j"} & set(folded)
    return cue in _MEMBERSHIP or cue == "dans" and (found[0].folded == "qui" or counted) or ours or part


def formation_as_group(found: Sequence[Word], entities: list[Entity]) -> tuple[list[Entity], set[int]]:
    """`entities` without the formations asked for who belongs to them, and those formations' word indices,
    read as the group itself (« qui fait partie du copil ? » is « qui fait partie du groupe ? »)."""
    dropped = [e for e in entities if e.kind == "place" and e.extra.get("formation") and asks_membership(found, e.start, e.end)]
    # « on est combien au bureau de la CPTS ? »: the body within the formation's name is part of it, not asked apart.
    within = [e for e in entities if e.kind == "org" and any(d.start <= e.start and e.end <= d.end for d in dropped)]
    return [e for e in entities if e not in dropped and e not in within], {i for e in dropped for i in range(e.start, e.end)}


def formation_token(found: list[Word], i: int) -> str:
    """How a formation at word `i` reads among the intents' examples: « la réunion », or « les réunions »
    when it is plural (« les prochains comités techniques » asks the upcoming meetings of that kind)."""
    plural = i > 0 and found[i].raw.casefold().endswith(("s", "x")) and found[i - 1].folded in _PLURAL
    return "reunions" if plural else "reunion"


# The nouns a working group calls itself by (a subset of lexicon.toml's group_bodies: not « association »
# or « bureau », which are members' bodies as often as the group).
_TAIL_NOUNS = frozenset({"groupe", "comite", "collectif", "reseau", "cellule", "commission", "copil", "coordination"})
# Before the noun: the group itself (« du groupe », « notre comité »), not « un groupe de parole ».
# « le prochain comité emploi »: the noun as the meeting's, the name after it all the same.
_TAIL_LEADS = frozenset({"du", "le", "au", "notre", "votre", "ce", "prochain", "prochaine", "dernier", "derniere"})
# Inside a name: « groupe politique de la ville », « comité emploi et insertion ».
_TAIL_LINKS = frozenset({"de", "la", "l", "du", "des", "d", "et", "en"})
_LONGEST = 6
# A link right after the noun makes a kind of body (« comité de quartier », « groupe de parole »), save these.
_GENERIC = frozenset({"travail", "pilotage", "suivi"})


def _name_tail(found: Sequence[Word], entities: Sequence[Entity], places: Sequence[str] = ()) -> set[int]:
    """Indices of the words naming the group after its noun (none when the words are known ones, or
    name a kind of body, or a meeting's place or formation among `places`: « la réunion du groupe de
    travail mobilité » where one meeting is that working group's)."""
    vocabulary = model().vocabulary
    held = [set(re.findall(r"\w+", fold(place))) for place in places]
    spanned = {j for e in entities for j in range(e.start, e.end)}
    tail: set[int] = set()
    for i, word in enumerate(found):
        # « comité » is read « réunion » by the shorthand: the noun as typed.
        if (word.folded not in _TAIL_NOUNS and fold(word.typed) not in _TAIL_NOUNS) or i == 0 or found[i - 1].folded not in _TAIL_LEADS:
            continue
        run: list[int] = []
        for j in range(i + 1, min(len(found), i + 1 + _LONGEST)):
            # « de la ville » after a word of the name goes on with it, however often the examples say « ville ».
            linked = found[j - 1].folded in _TAIL_LINKS and any(found[k].folded not in _TAIL_LINKS for k in run)
            if j in spanned or found[j].folded not in _TAIL_LINKS and not linked and (
                    is_frame_word(found[j], vocabulary) or found[j].folded.isdigit()):
                break  # a body, a day, or a word the examples ask with: the name has ended
            run.append(j)
        while run and found[run[-1]].folded in _TAIL_LINKS:
            run.pop()
        if run and found[run[0]].folded in _TAIL_LINKS and (len(run) < 2 or found[run[1]].folded not in _GENERIC):
            continue  # « le comité de quartier » is another body
        if any(all(found[k].folded in words for k in run if found[k].folded not in _TAIL_LINKS) for words in held):
            continue  # a meeting's own place or formation (all its words in one place): it says which meeting
        tail.update(run)
    return tail

"""The group's own name said after its noun: « la prochaine réunion du groupe
logement », « qui fait partie du groupe politique de la ville ? », « le
prochain comité quartiers ». The words after « du groupe », « notre
comité »… that no example uses name the group the member sits in, as its
configured name would (« Groupe ville69 » is rarely how members call it):
they frame the question and are no topic. Without this, « la prochaine
réunion du groupe quartiers c'est quand » stayed unsure over « quartiers »."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.intents import is_frame_word, model
from handlers.understanding.normalise import Word, fold
from handlers.understanding.spans import Entity

__all__ = ["group_name_tail"]

# The nouns a working group calls itself by (a subset of lexicon.toml's group_bodies: not « association »
# or « bureau », which are members' bodies as often as the group).
_NOUNS = frozenset({"groupe", "comite", "collectif", "reseau", "cellule", "commission", "copil", "coordination"})
# Before the noun: the group itself (« du groupe », « notre comité »), not « un groupe de parole ».
# « le prochain comité emploi »: the noun as the meeting's, the name after it all the same.
_LEADS = frozenset({"du", "le", "au", "notre", "votre", "ce", "prochain", "prochaine", "dernier", "derniere"})
# Inside a name: « groupe politique de la ville », « comité emploi et insertion ».
_LINKS = frozenset({"de", "la", "l", "du", "des", "d", "et", "en"})
_LONGEST = 6
# A link right after the noun makes a kind of body (« comité de quartier », « groupe de parole »), save these.
_GENERIC = frozenset({"travail", "pilotage", "suivi"})


def group_name_tail(found: Sequence[Word], entities: Sequence[Entity], places: Sequence[str] = ()) -> set[int]:
    """Indices of the words naming the group after its noun (none when the words are known ones, or
    name a kind of body, or a meeting's place or formation among `places`: « la réunion du groupe de
    travail mobilité » where one meeting is that working group's)."""
    vocabulary = model().vocabulary
    held = [set(re.findall(r"\w+", fold(place))) for place in places]
    spanned = {j for e in entities for j in range(e.start, e.end)}
    tail: set[int] = set()
    for i, word in enumerate(found):
        # « comité » is read « réunion » by the shorthand: the noun as typed.
        if (word.folded not in _NOUNS and fold(word.typed) not in _NOUNS) or i == 0 or found[i - 1].folded not in _LEADS:
            continue
        run: list[int] = []
        for j in range(i + 1, min(len(found), i + 1 + _LONGEST)):
            # « de la ville » after a word of the name goes on with it, however often the examples say « ville ».
            linked = found[j - 1].folded in _LINKS and any(found[k].folded not in _LINKS for k in run)
            if j in spanned or found[j].folded not in _LINKS and not linked and (
                    is_frame_word(found[j], vocabulary) or found[j].folded.isdigit()):
                break  # a body, a day, or a word the examples ask with: the name has ended
            run.append(j)
        while run and found[run[-1]].folded in _LINKS:
            run.pop()
        if run and found[run[0]].folded in _LINKS and (len(run) < 2 or found[run[1]].folded not in _GENERIC):
            continue  # « le comité de quartier » is another body
        if any(all(found[k].folded in words for k in run if found[k].folded not in _LINKS) for words in held):
            continue  # a meeting's own place or formation (all its words in one place): it says which meeting
        tail.update(run)
    return tail

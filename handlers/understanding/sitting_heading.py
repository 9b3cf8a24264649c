"""A body's sittings named by the body: « Conseil consultatif des sports,
hôtel de ville de Marche » and « Conseil consultatif des sports, hall
omnisports de Hollogne » are sittings of one council held in two buildings.
The heading before the comma is written the same before venues of another
kind: it names no building but the formation that sits, as « COPIL » does
(« c'est quand le conseil consultatif des sports ? » asks for its next
sitting, not for a deadline on those words). The same heading before rooms
of one building (« Mairie, salle 2 » and « Mairie, salle du conseil ») stays
a venue: the venues must open with different words, and the heading must
open with a sitting body or a meeting noun (« conseil », « comité »,
« groupe »), not a building's or a body's name (« CPAS de Charleroi »).
The heading's opening words name it too (« le conseil consultatif »)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.bracketed_names import unbracketed
from handlers.understanding.meeting_nouns import SITTING_BODIES, heading_of
from handlers.understanding.world import entity_data, plain
from storage.models import Meeting

__all__ = ["heading_of_sittings", "sittings_by_noun", "sittings_by_own_noun"]



def heading_of_sittings(key: str, meetings: Sequence[Meeting]) -> bool:
    """Whether the phrase `key` is the whole heading of every one of these meetings (two at least), written
    before venues that open with different words."""
    if len(meetings) < 2 or len(key.split()) < 2:
        return False
    # « Conseil … », « Comité … », « Groupe … »: a heading that says a sitting body or a meeting noun; not
    # « Mairie, salle 2 » (a building heading its rooms) nor « CPAS de Charleroi, … » (a body's premises).
    # Bodies named for their sittings (lexicon.toml [meeting_nouns] sitting_bodies): « Conseil consultatif des
    # sports » heads a council's sittings, « Mairie » a building's rooms.
    first = key.split()[0]
    if first not in SITTING_BODIES and first not in entity_data()["meeting_nouns"]:
        return False
    venues: set[str] = set()
    for meeting in meetings:
        segments = meeting.place.split(",")
        heading = plain(unbracketed(segments[0]))
        # « le conseil consultatif » for « Conseil consultatif des sports »: the heading or its opening words.
        if len(segments) < 2 or not (heading == key or heading.startswith(f"{key} ")):
            return False
        venues.add(next(iter(plain(segments[1]).split()), ""))
    return len(venues - {""}) >= 2


def sittings_by_noun(meetings: Sequence[Meeting]) -> dict[str, list[Meeting]]:
    """« le prochain conseil » where the group alternates a « Conseil consultatif des sports » with a « Groupe de
    travail »: the body's noun alone (and its plural) -> the sittings whose heading opens with it, when those
    headings name sittings (heading_of_sittings) and other meetings of the group are headed otherwise (when every
    meeting is the council's, the noun is any meeting, as it was)."""
    # « comité », « commission », « bureau » already name their sittings (entities.toml [meeting_formations],
    # meeting_nouns_in_places): only a body noun that nothing else reads as a sitting (« conseil ») is added.
    return _headed_by(meetings, SITTING_BODIES - _known())


def sittings_by_own_noun(meetings: Sequence[Meeting]) -> dict[str, list[Meeting]]:
    """« le prochain comité » where the group alternates « Comité de lecture publique, Hôtel du Département » with
    « Groupe de travail jeunesse, médiathèque de Cosne »: « comité » -> the sittings headed by a comité. The noun
    is as often the group's own name (« qui fait partie du comité ? »), which the shorthand reads as any meeting:
    a caller takes it only after an order word (ordered_formations.py, set 35b), and only where one body of
    that noun heads sittings (not « Comité plénier » beside « Comité technique »), no other formation being one."""
    formations = {w for word, others in entity_data()["formations"].items() for w in (word, *others)}
    found = _headed_by(meetings, (SITTING_BODIES & set(entity_data()["meeting_nouns"])) - formations)
    headings = {plain(unbracketed(heading_of(m.place))) for m in meetings}
    for noun in [n for n in found if not n.endswith("s")]:
        own = {h for h in headings if h.split()[:1] == [noun]}
        # One body of that noun (« Comité de lecture publique »), and no other heading that is one under a short
        # name (« COPIL » is a comité de pilotage): else « le prochain comité » names none of them surely.
        kin = {h for h in headings - own if any(w.startswith(f"{noun} ") for w in _formation_names(h))}
        # A comité that is a formation already (« Comité de pilotage » is the copil) is read as one (venues.py).
        if len(own) != 1 or kin or _formation_names(next(iter(own))):
            found.pop(noun), found.pop(f"{noun}s", None)
    return found


def _formation_names(heading: str) -> tuple[str, ...]:
    """The names of the formation `heading` is (« copil » -> « comite de pilotage », …); none for another."""
    return next((others for word, others in entity_data()["formations"].items()
                 if heading == word or heading in others), ())


def _known() -> set[str]:
    return {w for word, others in entity_data()["formations"].items() for w in (word, *others)} | set(
        entity_data()["meeting_nouns"])


def _headed_by(meetings: Sequence[Meeting], allowed: set[str] | frozenset[str]) -> dict[str, list[Meeting]]:
    """Each noun of `allowed` heading sittings (heading_of_sittings) of some of the meetings, not all -> those
    meetings, under the noun and its plural."""
    headed: dict[str, list[Meeting]] = {}
    for meeting in meetings:
        segments = meeting.place.split(",")
        heading = plain(unbracketed(segments[0])) if len(segments) > 1 else ""
        headed.setdefault(heading, []).append(meeting)
    nouns = {next(iter(heading.split()), "") for heading, held in headed.items() if heading_of_sittings(heading, held)}
    found: dict[str, list[Meeting]] = {}
    for noun in nouns & allowed:
        # « le prochain conseil »: every sitting headed by a council, whichever council.
        found[noun] = [m for heading, held in headed.items() if heading.split()[:1] == [noun] for m in held]
    return {form: held for noun, held in found.items() if len(held) < len(meetings) for form in (noun, f"{noun}s")}

"""A member named for the body they speak for, in a question on what that
body does: « la permanence de Marie-Jo au CCAS c'est quand ? » of « Une
permanence de France Victimes se tient au CCAS le mardi matin », « Nath a
réservé combien de logements d'urgence ? » of « Habitat Cévenol réserve
deux logements d'urgence … », « Fred il veut le FIPD pour quand ? » of the
deadline « Transmission à la sous-préfecture du dossier FIPD 2027 »
(blind set 47b).

Records name bodies, not people, so the member's name found nothing and
the question was left unsure. When it was (or read as those records,
which found nothing), asks nothing of the person (no « qui », no reading
of who they are, came or will come, none of their own tasks), and one
decision or deadline holds both the opening of the member's body's name
(« France Victimes » of « France Victimes 30 », « Police municipale » of
« Police municipale de Montcalvel-les-Mines ») and another word of the
question, the question is read again with that body in the name's place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.dated_decision import object_unsaid
from handlers.understanding.pipeline import Understanding
from handlers.understanding.task_words import has
from handlers.understanding.topics import content_words, topic_scores
from handlers.understanding.world import plain
from storage.tasks import Task

__all__ = ["person_as_body"]

# What the question may have been read as: nothing sure, or the records that name bodies (and found nothing there).
_RECORDS = frozenset({None, "dates_period", "decisions_topic"})
# Readings that ask about the person themself: their card, their presence, their titles.
_PERSONAL = frozenset({"who_is", "attendance_meeting", "rsvp_upcoming", "role_holder", "org_representative",
                       "org_members"})


def _body_run(organisation: str, texts: Sequence[str]) -> tuple[str, str] | None:
    """The longest opening of `organisation` (its words as written) that one of `texts` holds, with that text."""
    written = organisation.replace("'", " ").split()
    for end in range(len(written), 0, -1):
        run = " ".join(written[:end])
        key = f" {plain(run)} "
        if len(plain(run)) < 4:
            break
        held = next((t for t in texts if key in f" {plain(t)} "), None)
        if held is not None:
            return run, held
    return None


def person_as_body(u: Understanding, texts: Sequence[str], tasks: Sequence[Task]) -> str | None:
    """`u`'s message with the one member it names replaced by their body, as the module says; else None.
    `texts`: the group's decisions and deadlines; `tasks`: its tasks (a member's own work is theirs, not the body's)."""
    people = [e for e in u.entities if e.kind == "person"]
    if u.intent not in _RECORDS or len(people) != 1 or len(people[0].items) != 1 or set(u.readings) & _PERSONAL:
        return None
    if any(w.folded == "qui" for w in u.words):
        return None
    person = people[0]
    member = person.items[0]
    if not getattr(member, "organisation", ""):
        return None
    found = _body_run(member.organisation, texts)
    if found is None:
        return None
    run, held = found
    rest = content_words([w for i, w in enumerate(u.words) if not person.start <= i < person.end])
    if not rest or topic_scores(rest, [held])[0] <= 0:
        return None
    # « le rapport de Fred c'est pour quand ? », « Bertrand a relancé les structures ? »: his own task, read as it was;
    # not a task naming the thing only in its object's complement (« Rédiger la fiche de la permanence … »).
    # « Élodie la réserve toujours ? » asks whether her task stands: a cancelled one is still hers to ask of (set 48c).
    standing = has(u.words, "standing")
    theirs = [t.text for t in tasks if t.pilot == member.number and (t.status != "cancelled" or standing)]
    if any(topic_scores(rest, [text])[0] > 0 and not object_unsaid(u.words, text) for text in theirs):
        return None

    raws = [re.escape(w.raw) for w in u.words[person.start:person.end]]
    pattern = re.compile(r"[\s\-']*".join(raws), re.IGNORECASE)
    if (match := pattern.search(u.text)) is None:
        return None
    return u.text[:match.start()] + run + u.text[match.end():]

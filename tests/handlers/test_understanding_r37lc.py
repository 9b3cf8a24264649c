"""A rhythm asked is no day's due things: a row of set 23a (cdad95) that the
examples of what is due on a day (« qu'est-ce qu'on doit envoyer
<periode> », round 37, set 44c) read as the dates of a period it never
names, with the neighbours that must stay as they were:

- « on doit envoyer nos stats tous les combien ? » asks how often, which no
  list of dates answers: no period's dates, as before that round
  (rhythm_not_due.py);
- what is due on a day or in a period, asked with the same verb, is still
  that day's or that period's dates."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cdad() -> Chat:
    return build_group("cdad95")


def test_a_rhythm_asked_is_no_days_due_things(cdad: Chat) -> None:
    reply = ask(cdad, "on doit envoyer nos stats tous les combien ?")
    # Not the deadline of the statistics (« Dates à venir … Échéance n°1 »): asked no day, the bot says it did
    # not understand, as before round 37 (the decision on that rhythm names no body the question says).
    assert "Échéance n°1" not in reply and "Dates à venir" not in reply
    assert "Je n'ai pas compris" in reply
    # Neighbours: the same verb with a day or a period said is what falls due then.
    reply = sure(cdad, "qu'est-ce qu'on doit envoyer pour le 4 ?", "dates_period")
    assert "Tâche n°4" in reply and "4 décembre" in reply
    assert "Tâche n°4" in sure(cdad, "on doit envoyer quoi cette semaine ?", "dates_period")

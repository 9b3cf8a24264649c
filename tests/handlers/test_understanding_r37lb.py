"""A regression of round 37b found by the lead's whole-set comparison, with
the rows of the round that must stay as they were:

- « on est combien ce soir pour le resto ? » (set 19b, ess56) is a chat
  message about dinner. The example round 37b gave the asker's tasks for
  « il me reste quoi à rendre ? » was as short as that question, so « me
  reste » alone (« resto » is read as « reste ») made the tasks a reading,
  and « ce soir » turned it into today's tasks. The example now says
  « rendre » as much as « reste » (intents.toml, tasks_mine)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def ess() -> Chat:
    return build_group("ess56")


def test_dinner_tonight_is_no_question_on_tasks(ess: Chat) -> None:
    # Asked of the bot in the group, it offers readings, never the day's tasks.
    reply = ess.say("on est combien ce soir pour le resto ?")
    assert reply.startswith("Je ne suis pas sûr") and "Tâche" not in reply
    # Neighbour: the tasks of the day asked in words are still answered.
    assert "Tâche n°1" in sure(ess, "quelles sont les tâches en retard ?", "tasks_late")


def test_what_is_left_to_hand_in_is_still_the_askers_tasks() -> None:
    # Round 37b's row (set 44b, « a » typed for « à ») and set 32a's yes-or-no question keep their reading.
    assert "fréquentation" in sure(build_group("evreux27"), "il me reste quoi a rendre ?", "tasks_mine")
    assert "registre" in sure(build_group("domicile-est974"), "il me reste quelque chose à rendre pour vendredi",
                              "tasks_mine").casefold()
    # Neighbour: what is due in a month, the asker unsaid, stays the dates.
    assert "15 janvier" in sure(build_group("evreux27"), "qu'est ce qu'il y a a rendre en janvier ?", "dates_period")

"""The lead's general fixes of the twenty-ninth round, found on the lead's
sets 49 to 51 and on leftovers of earlier rounds, and checked in other
words: the speakers counted or their number checked (« on est combien au
conseil portuaire ? »: head_count.py) is the directory, never a decision
holding the sitting's name and a number that counts something else."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask, build_group, outcome_of, sure
from tests.helpers import Chat


@pytest.fixture(scope="module")
def port() -> Chat:
    return build_group("port56")


def test_the_speakers_counted_at_the_group_s_sitting_get_the_directory(port: Chat) -> None:
    reply = sure(port, "nous sommes combien au conseil portuaire ?", "directory")
    assert "Membres du groupe (16)" in reply


def test_a_number_of_members_checked_is_not_the_council_s_rhythm(port: Chat) -> None:
    # « Le conseil portuaire se réunit quatre fois par an » holds the words and a number, which counts no one.
    for text in ("on est toujours quinze au conseil portuaire ?", "combien on est au conseil portuaire ?"):
        outcome = outcome_of(port, text)
        assert "quatre fois par an" not in outcome.reply.plain(), (text, outcome.reply.plain())
    assert "Membres du groupe (16)" in ask(port, "combien on est au conseil portuaire ?")

"""The router answers through the in-memory chat."""

from tests.helpers import Chat


def test_aide_lists_commands(chat: Chat) -> None:
    out = chat.say("/aide")
    assert "/prochaine_seance" in out
    assert "/decision <texte>" in out  # the coordinator sees their commands

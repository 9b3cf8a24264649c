"""Unknown commands in shared rooms: other bots' commands are left alone.

In a group chat, a command that is not ours and not close to one of ours is
probably meant for another bot in the room (« /ban », « !weather »): no
answer, unless the bot was addressed. A close misspelling still gets the hint.
"""

from __future__ import annotations

from tests.helpers import Chat


def test_a_far_unknown_command_in_a_group_gets_no_answer(chat: Chat) -> None:
    assert chat.reply("/xyzzy", addressed=False) is None
    assert chat.reply("!weather Genève", addressed=False, platform="matrix") is None


def test_a_close_misspelling_in_a_group_still_gets_the_hint(chat: Chat) -> None:
    reply = chat.reply("/prochaine_sceance", addressed=False)
    assert reply is not None
    assert "Vouliez-vous dire /prochaine_seance ?" in reply.plain()


def test_an_unknown_command_addressed_to_the_bot_or_in_private_is_answered(chat: Chat) -> None:
    assert chat.say("/xyzzy", addressed=True).startswith("Je ne connais pas la commande « /xyzzy ».")
    assert chat.say("/xyzzy", addressed=False, private=True).startswith("Je ne connais pas la commande « /xyzzy ».")

"""What a coordinator's command owes, in the order and the place a group expects.

Over the Bot API protocol (`tests.bot.fake_telegram.FakeTelegram`): the
confirmation of a `/seance` reaches the chat before the convocation it owes,
even when Telegram is slow to accept the confirmation; in a forum, the
convocation goes to the topic the `/seance` was typed in, even when a later
command came from another topic before it went out, and across a restart.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.clock import ManualClock
from bot.demo import DEMO_SLUG
from tests.bot.fake_telegram import Fault, FakeTelegram
from tests.bot.test_telegram import (  # noqa: F401  (fixtures)
    BASTIEN,
    GROUP,
    LEA,
    NOW,
    Bot,
    bot,
    fake,
    _until,
    running,
    token_env,
)

SEANCE = "/seance 03/12/2026 9h-11h Mairie de Meyrin"


def _answer(params: dict[str, Any]) -> bool:
    """A sendMessage that answers a question (the confirmation), not an announcement."""
    return "reply_parameters" in params


def _announcement(params: dict[str, Any]) -> bool:
    return "reply_parameters" not in params and params.get("chat_id") == GROUP


async def test_the_confirmation_reaches_the_group_before_the_convocation(bot: Bot) -> None:
    # Telegram takes a second and a half to accept the confirmation.
    bot.fake.faults.append(Fault("sendMessage", "slow", delay=1.5, only=_answer))
    await bot.fake.push(GROUP, LEA, SEANCE, date=NOW)
    sent = [s for s in await bot.fake.wait_sent(2) if s.chat_id == GROUP]
    assert [s.text.split("\n")[0] for s in sent] == [
        "Séance n°4 planifiée.", "Convocation — séance n°4 — jeudi 3 décembre 2026, 09h00–11h00",
    ]
    assert sent[0].reply_to is not None and sent[1].reply_to is None
    # Not merely accepted in that order: the convocation was not even asked for before.
    calls = [c["text"].split("\n")[0] for c in bot.fake.called("sendMessage") if c["chat_id"] == GROUP]
    assert [c.startswith("<b>Séance n°4 planifiée.") for c in calls] == [True, False]


async def test_a_convocation_goes_to_the_topic_of_the_command_that_owed_it(bot: Bot) -> None:
    bot.fake.forums.add(GROUP)
    # The convocation's first send fails: it is retried after another command, from another topic.
    bot.fake.faults.append(Fault("sendMessage", "400", only=_announcement))
    await bot.fake.push(GROUP, LEA, SEANCE, date=NOW, thread_id=7)
    [confirmation] = await bot.fake.wait_sent(1)
    assert confirmation.text.startswith("Séance n°4 planifiée.") and confirmation.thread_id == 7
    await bot.fake.push(GROUP, BASTIEN, "/membres", date=NOW, thread_id=9)
    members = (await bot.fake.wait_sent(2))[1]
    assert members.thread_id == 9 and members.text.startswith("Membres du groupe")
    assert bot.app.scheduler is not None
    bot.clock.advance(timedelta(minutes=1))
    await bot.app.scheduler.run_due(DEMO_SLUG)
    convocation = (await bot.fake.wait_sent(3))[2]
    assert convocation.text.startswith("Convocation — séance n°4") and convocation.thread_id == 7
    # A command typed in General owes a convocation to General, whatever topic came after.
    bot.fake.faults.append(Fault("sendMessage", "400", only=_announcement))
    await bot.fake.push(GROUP, LEA, "/seance 10/12/2026 9h-11h Mairie de Vernier", date=NOW)
    await bot.fake.wait_sent(4)
    await bot.fake.push(GROUP, BASTIEN, "/membres", date=NOW, thread_id=9)
    await bot.fake.wait_sent(5)
    bot.clock.advance(timedelta(minutes=1))
    await bot.app.scheduler.run_due(DEMO_SLUG)
    convocation = (await bot.fake.wait_sent(6))[5]
    assert convocation.text.startswith("Convocation — séance n°5") and convocation.thread_id is None


async def test_the_topic_of_an_owed_convocation_survives_a_restart(fake: FakeTelegram, tmp_path: Path) -> None:
    fake.forums.add(GROUP)
    data, clock = tmp_path / "data", ManualClock(NOW)
    # Telegram refuses the convocation, then the bot stops before it could send it again.
    fault = Fault("sendMessage", "400", times=2, only=_announcement)
    fake.faults.append(fault)
    async with running(fake, data, clock=clock) as bot:
        await fake.push(GROUP, LEA, SEANCE, date=NOW, thread_id=7)
        [confirmation] = await fake.wait_sent(1)
        assert confirmation.text.startswith("Séance n°4 planifiée.") and confirmation.thread_id == 7
        await _until(lambda: fault.times == 1)
    async with running(fake, data, clock=clock) as bot:
        await _until(lambda: fault.times == 0)  # tried again at start-up, refused: still owed
        # After the restart, the first command comes from another topic.
        await fake.push(GROUP, BASTIEN, "/membres", date=NOW, thread_id=9)
        members = (await fake.wait_sent(2))[1]
        assert members.thread_id == 9 and members.text.startswith("Membres du groupe")
        clock.advance(timedelta(minutes=2))
        assert bot.app.scheduler is not None
        await bot.app.scheduler.run_due(DEMO_SLUG)
        convocation = (await fake.wait_sent(3))[2]
    assert convocation.text.startswith("Convocation — séance n°4") and convocation.thread_id == 7
    assert len(fake.sent) == 3

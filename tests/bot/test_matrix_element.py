"""What Element sends, and how the bot answers it: replies, threads, mentions.

People post through `tests.bot.element.Element` (raw Client-Server API
requests in Element's shapes) on the real Synapse; the bot is the real
adapter, router and store. Each test reads the room as a client would.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot import files
from handlers.messages import Reply
from tests.bot.element import Element
from tests.bot.file_command import with_file_command
from tests.bot.synapse import Synapse
from tests.bot.test_matrix_support import (  # noqa: F401 (fixtures)
    RunningBot,
    group,
    next_week_meeting,
    people,
    shared_room,
    start_bot,
    synapse,
)


async def room_with_bot(synapse: Synapse, people: Any, tmp_path: Path) -> tuple[str, RunningBot]:
    """A room with Léa (coordinator), Bastien and the running bot; a meeting next week."""
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    next_week_meeting(tmp_path, "rte")
    return room, await start_bot(synapse, bot, tmp_path, [group("rte", coordinator.user_id, [room])])


def in_thread(root: str, question: str) -> dict[str, Any]:
    """The relation of an answer in a thread: the thread, and a reply to the question."""
    return {"rel_type": "m.thread", "event_id": root, "is_falling_back": True, "m.in_reply_to": {"event_id": question}}


def replied_to(event: dict[str, Any]) -> str | None:
    return event["content"].get("m.relates_to", {}).get("m.in_reply_to", {}).get("event_id")


async def test_commands_and_questions_sent_as_replies_are_read_without_the_fallback(
    synapse: Synapse, people, tmp_path: Path
) -> None:
    bot, coordinator, member = people
    room, running = await room_with_bot(synapse, people, tmp_path)
    lea, bastien = Element(synapse, coordinator.account), Element(synapse, member.account)
    try:
        asked = await bastien.say(room, "Qui tient le procès-verbal jeudi ?")
        # An older client quotes the message it replies to at the top of body and formatted_body.
        command = await lea.reply(room, asked, member.user_id, "/decision Bastien tient le procès-verbal",
                                  fallback="Qui tient le procès-verbal jeudi ?")
        [recorded] = await lea.wait_for(room, bot.user_id, 1)
        # A question as a reply to the bot's answer (fallback quoting the bot, no mention): addressed.
        question = await bastien.reply(room, recorded["event_id"], bot.user_id, "c'est quand la prochaine séance ?",
                                       fallback=recorded["content"]["body"], mentions=False)
        answers = await lea.wait_for(room, bot.user_id, 2)
        decisions = running.app.store.group("rte").decisions()
    finally:
        await running.stop()
    assert [d.text for d in decisions] == ["Bastien tient le procès-verbal"]
    assert recorded["content"]["body"].startswith("Décision n°1 enregistrée.")
    assert replied_to(recorded) == command
    assert answers[1]["content"]["body"].startswith("Prochaine séance n°1 — ")
    assert replied_to(answers[1]) == question


async def test_a_command_in_a_thread_is_answered_in_the_thread(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, _, member = people
    room, running = await room_with_bot(synapse, people, tmp_path)
    bastien = Element(synapse, member.account)
    try:
        root = await bastien.say(room, "Organisation de la séance de jeudi")
        latest = await bastien.in_thread(room, root, root, "On a une salle ?")
        command = await bastien.in_thread(room, root, latest, "!prochaine_seance")
        [answer] = await bastien.wait_for(room, bot.user_id, 1)
        # Announcements stay notices in the main timeline, linked to nothing.
        await running.app.deliver("rte", Reply.of("Rappel : séance jeudi").as_notice())
        _, notice = await bastien.wait_for(room, bot.user_id, 2)
    finally:
        await running.stop()
    assert answer["content"]["body"].startswith("Prochaine séance n°1 — ")
    assert answer["content"]["m.relates_to"] == in_thread(root, command)
    assert notice["content"]["msgtype"] == "m.notice" and "m.relates_to" not in notice["content"]


async def test_a_seance_typed_in_a_thread_is_confirmed_there_and_convened_in_the_main_timeline(
    synapse: Synapse, people, tmp_path: Path
) -> None:
    bot, coordinator, _ = people
    room, running = await room_with_bot(synapse, people, tmp_path)
    lea = Element(synapse, coordinator.account)
    day = (datetime.now(ZoneInfo("Europe/Zurich")) + timedelta(days=14)).strftime("%d/%m/%Y")
    try:
        root = await lea.say(room, "Préparation de la prochaine séance")
        command = await lea.in_thread(room, root, root, f"/seance {day} 14h-16h Mairie de Vernier")
        confirmation, convocation = await lea.wait_for(room, bot.user_id, 2)
    finally:
        await running.stop()
    assert confirmation["content"]["body"].startswith("Séance n°2 planifiée.")
    assert confirmation["content"]["m.relates_to"] == in_thread(root, command)
    # The whole room must see a convocation: the main timeline, not the thread it was asked in.
    assert convocation["content"]["body"].startswith("Convocation — séance n°2")
    assert convocation["content"]["msgtype"] == "m.notice" and "m.relates_to" not in convocation["content"]


async def test_an_edited_command_is_answered_once_from_its_new_text_an_edited_question_never(
    synapse: Synapse, people, tmp_path: Path
) -> None:
    bot, _, member = people
    room, running = await room_with_bot(synapse, people, tmp_path)
    bastien = Element(synapse, member.account)
    try:
        root = await bastien.say(room, "Organisation de la séance de jeudi")
        command = await bastien.in_thread(room, root, root, "/ordre_du_jour")
        [first] = await bastien.wait_for(room, bot.user_id, 1)
        # He meant the next meeting: he edits his command in the thread.
        await bastien.edit(room, command, "/prochaine_seance")
        _, second = await bastien.wait_for(room, bot.user_id, 2)
        question = await bastien.mention(room, bot.user_id, "Greffier", "c'est quand la prochaine séance ?")
        _, _, answer = await bastien.wait_for(room, bot.user_id, 3)
        await bastien.edit(room, question, "c'est quand la prochaine séance, svp ?", mentions=[bot.user_id])
        last = await bastien.say(room, "/aide")  # answered after the edit above was read
        said = await bastien.wait_for(room, bot.user_id, 4)
    finally:
        await running.stop()
    assert first["content"]["m.relates_to"] == in_thread(root, command)
    # The new text is answered, in the thread, as a reply to the message people now read edited.
    assert second["content"]["body"].startswith("Prochaine séance n°1 — ")
    assert second["content"]["m.relates_to"] == in_thread(root, command)
    assert answer["content"]["body"].startswith("Prochaine séance n°1 — ") and replied_to(answer) == question
    # The edited question got no second answer: the next message is the answer to /aide.
    assert len(said) == 4 and replied_to(said[3]) == last


async def test_only_intentional_mentions_pills_or_a_leading_name_address_the_bot(
    synapse: Synapse, people, tmp_path: Path
) -> None:
    bot, _, member = people
    room, running = await room_with_bot(synapse, people, tmp_path)
    bastien = Element(synapse, member.account)
    question = "quelle est la prochaine séance ?"
    try:
        ignored = [
            # The word inside a sentence, from a client without m.mentions.
            await bastien.send(room, {"msgtype": "m.text", "body": f"le greffier du tribunal a signé, {question}"}),
            # Element pinged nobody: m.mentions alone decides, even if the text starts with the name.
            await bastien.send(room, {"msgtype": "m.text", "body": f"Greffier : {question}", "m.mentions": {}}),
        ]
        answered = [
            await bastien.mention(room, bot.user_id, "Greffier", question),  # Element's pill
            await bastien.send(room, {"msgtype": "m.text", "body": f"Greffier : {question}"}),  # no m.mentions
            await bastien.send(room, {"msgtype": "m.text", "body": f"greffier, {question}"}),
        ]
        answers = await bastien.wait_for(room, bot.user_id, 3)
        await bastien.say(room, "!aide")  # a last command: anything owed to the ignored ones came before it
        answers = (await bastien.wait_for(room, bot.user_id, 4))[:-1]
    finally:
        await running.stop()
    assert [replied_to(a) for a in answers] == answered
    assert all(a["content"]["body"].startswith("Prochaine séance n°1 — ") for a in answers)
    assert not set(ignored) & {replied_to(a) for a in answers}


async def test_a_file_captioned_with_a_command_reaches_it_with_its_bytes(
    synapse: Synapse, people, tmp_path: Path
) -> None:
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    running = await start_bot(synapse, bot, tmp_path, [group("rte", coordinator.user_id, [room])],
                              commands=with_file_command())
    lea = Element(synapse, coordinator.account)
    try:
        command = await lea.send_file(room, "membres.csv", b"nom;orga\nLea;Ville\n", caption="!taille")
        await lea.send_file(room, "photo.csv", b"x" * 10)  # no caption: chatter
        await lea.send_file(room, "archive.csv", b"x" * (files.MAX_BYTES + 1), caption="!taille")
        await lea.say(room, "!aide")
        answers = await lea.wait_for(room, bot.user_id, 3)
    finally:
        await running.stop()
    assert answers[0]["content"]["body"] == "membres.csv : 19 octets, « nom;orga\n »"
    assert replied_to(answers[0]) == command
    assert answers[1]["content"]["body"].startswith("Le fichier « archive.csv » est trop volumineux (2.0 Mo)")
    assert answers[2]["content"]["body"].startswith("Greffier — Groupe rte")

"""Greffier in Matrix rooms, against a real Synapse on loopback.

A member and a coordinator are real nio clients; the bot is the real
adapter, router and store. Each test asserts what people read in the room
(body, formatted_body, msgtype) or what the store holds.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from handlers.messages import Reply, bold, text
from tests.bot.synapse import SERVER_NAME, Synapse
from tests.bot.test_matrix_support import (  # noqa: F401 (fixtures)
    FOREIGN_MEGOLM,
    Person,
    group,
    next_week_meeting,
    people,
    shared_room,
    start_bot,
    synapse,
)


async def test_next_meeting_is_answered_with_formatted_body(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    next_week_meeting(tmp_path, "rte")
    running = await start_bot(synapse, bot, tmp_path, [group("rte", coordinator.user_id, [room])])
    try:
        await member.say(room, "!prochaine_seance")
        [answer] = await member.wait_for(room, bot.user_id, 1)
    finally:
        await running.stop()
    assert answer["msgtype"] == "m.text"
    assert answer["format"] == "org.matrix.custom.html"
    assert str(answer["body"]).startswith("Prochaine séance n°1 — ")
    assert "\nLieu : Mairie de Meyrin, salle du conseil" in str(answer["body"])
    formatted = str(answer["formatted_body"])
    assert formatted.startswith("<b>Prochaine séance n°1</b> — ")
    assert "<br>Lieu : Mairie de Meyrin, salle du conseil<br>" in formatted
    assert "\n" not in formatted


async def test_decision_by_coordinator_is_recorded_and_refused_to_member(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    running = await start_bot(synapse, bot, tmp_path, [group("rte", coordinator.user_id, [room])])
    try:
        await member.say(room, "!decision Le groupe dissout le comité")
        await coordinator.say(room, "/decision Le groupe adopte la charte de collaboration")
        refused, recorded = await member.wait_for(room, bot.user_id, 2)
        decisions = running.app.store.group("rte").decisions()
    finally:
        await running.stop()
    assert refused["body"] == (
        "Désolé, /decision est réservé aux coordinateurs du groupe.\n"
        "Rien n'a été modifié. Demandez à un coordinateur, ou tapez /aide pour vos commandes."
    )
    assert str(recorded["body"]).startswith("Décision n°1 enregistrée.")
    assert str(recorded["formatted_body"]).startswith("<b>Décision n°1 enregistrée.</b><br>")
    assert [(d.number, d.text, d.recorded_by_id) for d in decisions] == [
        (1, "Le groupe adopte la charte de collaboration", f"matrix:{coordinator.user_id}")
    ]


async def test_power_level_makes_a_coordinator_where_the_group_allows_it(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, creator, member = people
    outsider = Person(synapse, await synapse.register("outsider"))
    room = await creator.create_room(invite=(bot.user_id, member.user_id, outsider.user_id), levels={member.user_id: 50})
    await member.join(room)
    await outsider.join(room)
    # Nobody in the room is listed: power level 50 (and room creators, who
    # outrank every level in room version 12) coordinate.
    table = group("rte", "@someone-else:hs.localtest", [room], admins_are_coordinators=True, coordinator_power_level=50)
    running = await start_bot(synapse, bot, tmp_path, [table])
    try:
        await member.say(room, "!decision Le point 3 est reporté")
        await creator.say(room, "!decision Le point 4 est retiré")
        await outsider.say(room, "!decision Le point 5 est ajouté")
        said = await member.wait_for(room, bot.user_id, 3)
        decisions = running.app.store.group("rte").decisions()
    finally:
        await running.stop()
        await outsider.close()
    assert [str(c["body"]).split("\n")[0] for c in said] == [
        "Décision n°1 enregistrée.", "Décision n°2 enregistrée.", "Désolé, /decision est réservé aux coordinateurs du groupe."
    ]
    assert [d.recorded_by_id for d in decisions] == [f"matrix:{member.user_id}", f"matrix:{creator.user_id}"]


async def test_announcement_reaches_both_bound_rooms_as_notice(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, member = people
    first = await shared_room(coordinator, member, bot)
    second = await shared_room(coordinator, member, bot)
    running = await start_bot(synapse, bot, tmp_path, [group("rte", coordinator.user_id, [first, second])])
    notice = Reply.of([bold("Rappel"), text(" — séance demain à 09h00 <salle 2>")]).as_notice()
    try:
        failed = await running.app.deliver("rte", notice)
        got = [await member.wait_for(room, bot.user_id, 1) for room in (first, second)]
    finally:
        await running.stop()
    assert failed == []
    for [content] in got:
        assert content["msgtype"] == "m.notice"
        assert content["body"] == "Rappel — séance demain à 09h00 <salle 2>"
        assert content["formatted_body"] == "<b>Rappel</b> — séance demain à 09h00 &lt;salle 2&gt;"


async def test_display_name_with_html_is_escaped(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, _ = people
    sneaky = Person(synapse, await synapse.register("sneaky", displayname='<img src=x onerror="alert(1)"> Ana & Co'))
    room = await coordinator.create_room(invite=(bot.user_id, sneaky.user_id))
    await sneaky.join(room)
    next_week_meeting(tmp_path, "rte")
    running = await start_bot(synapse, bot, tmp_path, [group("rte", coordinator.user_id, [room])])
    try:
        await sneaky.say(room, "!proposer Bilan du forum")
        await sneaky.say(room, "!ordre_du_jour")
        proposed, agenda = await sneaky.wait_for(room, bot.user_id, 2)
    finally:
        await running.stop()
        await sneaky.close()
    formatted = str(agenda["formatted_body"])
    assert str(proposed["body"]).startswith("Point ajouté à l'ordre du jour de la séance n°1")
    assert "1. Bilan du forum (proposé par &lt;img src=x onerror=\"alert(1)\"&gt; Ana &amp; Co)" in formatted
    assert "<img" not in formatted
    assert '1. Bilan du forum (proposé par <img src=x onerror="alert(1)"> Ana & Co)' in str(agenda["body"])


async def test_mention_is_a_question_and_chatter_is_ignored(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    next_week_meeting(tmp_path, "rte")
    running = await start_bot(synapse, bot, tmp_path, [group("rte", coordinator.user_id, [room])])
    try:
        await member.say(room, "On se voit quand, déjà ?")
        await member.say(
            room, "Greffier: quand est la prochaine séance ?",
            formatted_body=f'<a href="https://matrix.to/#/{bot.user_id}">Greffier</a>: quand est la prochaine séance ?',
            format="org.matrix.custom.html", **{"m.mentions": {"user_ids": [bot.user_id]}},
        )
        await member.say(room, "!seances")
        answers = await member.wait_for(room, bot.user_id, 2)
    finally:
        await running.stop()
    assert len(answers) == 2  # the chatter got no answer
    assert str(answers[0]["body"]).startswith("Prochaine séance n°1 — ")
    assert str(answers[1]["body"]).startswith("Prochaines séances (1)")


async def test_invitations_from_allowed_inviters_only_and_lier_binds(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, member = people
    stranger = Person(synapse, await synapse.register("stranger"))
    running = await start_bot(
        synapse, bot, tmp_path, [group("rte", coordinator.user_id, [])], allowed_inviters=(coordinator.user_id,)
    )
    try:
        elsewhere = await stranger.create_room(invite=(bot.user_id,))
        room = await coordinator.create_room(invite=(bot.user_id, member.user_id))
        await member.join(room)
        await member.say(room, "!lier rte")
        await coordinator.say(room, "!lier rte")
        refused, bound = await coordinator.wait_for(room, bot.user_id, 2)
        member_state = await stranger.client.room_get_state_event(elsewhere, "m.room.member", bot.user_id)
        binding = running.app.store.bound_group("matrix", room)
    finally:
        await running.stop()
        await stranger.close()
    # The member has no card yet: to them every slug gets the same answer.
    assert refused["body"] == "Seul un coordinateur du groupe « rte » peut lier ce salon. Rien n'a été modifié."
    assert bound["body"] == "Ce salon est maintenant lié au groupe « Groupe rte ». Tapez /aide pour commencer."
    assert binding == "rte"
    assert member_state.content["membership"] == "invite"  # never joined


async def test_encrypted_room_gets_a_cannot_read_notice_once(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, member = people
    room = await coordinator.create_room(invite=(bot.user_id, member.user_id), encrypted=True)
    await member.join(room)
    running = await start_bot(synapse, bot, tmp_path, [group("rte", coordinator.user_id, [room])])
    try:
        await member.send_raw(room, "m.room.encrypted", FOREIGN_MEGOLM)
        await member.send_raw(room, "m.room.encrypted", FOREIGN_MEGOLM)
        await member.say(room, "!groupes")
        said = await member.wait_for(room, bot.user_id, 2)
    finally:
        await running.stop()
    assert len(said) == 2
    assert said[0]["msgtype"] == "m.notice"
    assert str(said[0]["body"]).startswith("Ce salon est chiffré de bout en bout : je ne peux pas lire les messages")
    assert str(said[1]["body"]).startswith("Groupe actuel : Groupe rte (rte).")


async def test_room_bound_by_alias_answers_and_gets_announcements_once(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, member = people
    localpart = f"rte-{bot.user_id[1:].partition(':')[0]}"
    resp = await coordinator.client.room_create(alias=localpart, invite=(bot.user_id, member.user_id))
    room = resp.room_id
    await member.join(room)
    next_week_meeting(tmp_path, "rte")
    alias = f"#{localpart}:{SERVER_NAME}"
    running = await start_bot(synapse, bot, tmp_path, [group("rte", coordinator.user_id, [alias])])
    try:
        await member.say(room, "!prochaine_seance")
        await member.wait_for(room, bot.user_id, 1)
        assert await running.app.deliver("rte", Reply.of("Rappel : séance dans 7 jours").as_notice()) == []
        await member.say(room, "!groupes")
        said = await member.wait_for(room, bot.user_id, 3)
    finally:
        await running.stop()
    assert [str(c["body"]).split("\n")[0] for c in said][1:] == [
        "Rappel : séance dans 7 jours", "Groupe actuel : Groupe rte (rte).",
    ]
    assert str(said[0]["body"]).startswith("Prochaine séance n°1 — ")


async def test_the_bot_never_answers_its_own_messages(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    running = await start_bot(synapse, bot, tmp_path, [group("rte", coordinator.user_id, [room])])
    try:
        # An m.text (not a notice) that reads like a command, from the bot itself.
        assert await running.app.deliver("rte", Reply.of("!groupes")) == []
        await member.wait_for(room, bot.user_id, 1)
        await member.say(room, "!groupes")
        said = await member.wait_for(room, bot.user_id, 2)
        await asyncio.sleep(0.5)  # room for a wrong answer to show up, were there one
        said = await member.messages(room, bot.user_id)
    finally:
        await running.stop()
    assert [str(c["body"]).split("\n")[0] for c in said] == ["!groupes", "Groupe actuel : Groupe rte (rte)."]


async def test_task_reminder_mentions_its_pilot_with_a_pill(synapse: Synapse, people, tmp_path: Path) -> None:
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from handlers.task_views import task_reminder
    from storage.models import Member
    from storage.tasks import Task

    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    running = await start_bot(synapse, bot, tmp_path, [group("rte", coordinator.user_id, [room])])
    pilot = Member(2, "Jamila Hammoudi", platform_ids={"matrix": member.user_id})
    now = datetime(2026, 12, 3, 9, 0, tzinfo=ZoneInfo("Europe/Zurich"))
    try:
        assert await running.app.deliver("rte", task_reminder(Task(1, "Compter", 2, date(2026, 12, 10)), pilot, now, "fr_CH")) == []
        [content] = await member.wait_for(room, bot.user_id, 1)
    finally:
        await running.stop()
    assert f'Pilote : <a href="https://matrix.to/#/{member.user_id}">Jamila Hammoudi</a>' in str(content["formatted_body"])
    assert "Pilote : Jamila Hammoudi" in str(content["body"])
    assert content["m.mentions"] == {"user_ids": [member.user_id]}

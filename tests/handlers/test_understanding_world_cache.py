"""The group's World is kept between questions (handlers/understanding/world_cache.py):
what a member reads must still follow every change of members and meetings."""

from __future__ import annotations

from storage.models import replace
from tests.handlers.questions_eval import ask, build_group


def test_a_member_added_after_a_question_is_known_to_the_next() -> None:
    chat = build_group("aines35")
    assert "Odile Ferrand" not in ask(chat, "qui représente la médiathèque de Bruz ?")
    chat.store.group(chat.group.slug).add_member("Odile Ferrand", "Médiathèque de Bruz", "Directrice")
    assert "Odile Ferrand" in ask(chat, "qui représente la médiathèque de Bruz ?")


def test_a_member_renamed_or_a_meeting_moved_is_read_anew() -> None:
    chat = build_group("aines35")
    data = chat.store.group(chat.group.slug)
    assert "Maison des associations" in ask(chat, "c'est où la prochaine réunion ?")
    upcoming = min((m for m in data.meetings() if m.start > chat.clock.now()), key=lambda m: m.start)
    data.update_meeting(upcoming.number, lambda m: replace(m, place="Salle de la Cité, Rennes"))
    reply = ask(chat, "c'est où la prochaine réunion ?")
    assert "Salle de la Cité" in reply and "Maison des associations" not in reply, reply
    yann = next(m for m in data.members() if m.name == "Yann Quéré")
    data.update_member(yann.number, lambda m: replace(m, organisation="CCAS de Bruz"))
    assert "Yann Quéré" in ask(chat, "qui représente le CCAS de Bruz ?")


def test_two_groups_of_one_store_keep_their_own_worlds() -> None:
    chat = build_group("aines35")
    assert "Yann Quéré" in ask(chat, "qui coordonne le groupe ?")
    other = build_group("basque64", store=chat.store)
    assert "Maite Etcheverry" in ask(other, "qui coordonne le groupe ?")
    assert "Yann Quéré" in ask(chat, "qui coordonne le groupe ?")

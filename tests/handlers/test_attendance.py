"""Attendance: coordinators record who came to the meeting just held (names
matched fuzzily, doubts asked back, unknown names offered as new members,
nothing recorded meanwhile); members announce themselves before a meeting
and /prochaine_seance counts them."""

from __future__ import annotations

from storage.attendance import attendance
from storage.models import replace
from tests.helpers import MEMBER, Chat, at, seed_people


def _two_meetings(chat: Chat) -> None:
    seed_people(chat)
    data = chat.store.group("rte")
    data.add_meeting(at("2026-11-19 09:00"), at("2026-11-19 11:00"), "Mairie")
    data.add_meeting(at("2026-11-26 09:00"), at("2026-11-26 11:00"), "Mairie")


def test_present_excused_absent_for_the_meeting_just_held(chat: Chat) -> None:
    _two_meetings(chat)
    assert chat.say("/presents claire dubois, claire martin et kerouedan") == (
        "Séance n°1 du jeudi 19 novembre 2026, 09h00–11h00\n"
        "Noté présents : Claire Dubois, Claire Martin, Thibault du Kerouëdan\n"
        "En tout : 3 présents, 0 excusé, 0 absent.")
    chat.say("/excuses jamila")
    assert chat.say("/absents") == (
        "Séance n°1 du jeudi 19 novembre 2026, 09h00–11h00 : noté absents : Marc Dubois, Sabina Cervetti.\nEn tout : 3 présents, 1 excusé, 2 absents.")
    stored = attendance(chat.store, "rte", "1")
    assert (stored.present, stored.excused, stored.absent) == ((4, 6, 1), (2,), (5, 3))
    assert chat.say("/presence", sender=MEMBER) == (
        "Présences — séance n°1 du jeudi 19 novembre 2026, 09h00–11h00\n"
        "Présents (3)\n  • Claire Dubois (Ville de Meyrin)\n  • Claire Martin (ATD Quart Monde)\n"
        "  • Thibault du Kerouëdan (Fondation Zoein)\n"
        "Excusés (1)\n  • Jamila Hammoudi (Hospice général)\n"
        "Absents (2)\n  • Marc Dubois (Office cantonal de l'emploi)\n  • Sabina Cervetti (Hospice général)")


def test_doubtful_or_unknown_names_record_nothing(chat: Chat) -> None:
    _two_meetings(chat)
    assert chat.say("/presents dubois, Zorglub, hammoudi") == (
        "Rien n'a été enregistré :\n"
        "« dubois » : plusieurs membres — Claire Dubois (Ville de Meyrin), Marc Dubois (Office cantonal de l'emploi) ; précisez.\n"
        "« Zorglub » n'est pas dans le répertoire : ajoutez-le avec /membre_ajouter Zorglub ; <organisation>\n"
        "Puis refaites la commande.")
    assert not attendance(chat.store, "rte", "1").recorded


def test_an_explicit_number_and_no_meeting_just_held(chat: Chat) -> None:
    _two_meetings(chat)
    chat.clock.set(at("2026-11-25 10:00"))  # six days after n°1: still "just held"
    assert chat.say("/presents n°1 martin").startswith("Séance n°1 du")
    chat.clock.set(at("2026-11-27 10:00"))
    assert chat.say("/excuses séance 1 : hammoudi").startswith("Séance n°1 du")
    assert chat.say("/presents martin").startswith("Séance n°2 du")
    chat.clock.set(at("2026-12-04 12:00"))
    assert chat.say("/presents martin").startswith("Aucune séance ne s'est tenue ces 7 derniers jours")
    assert chat.say("/presents n°9 martin").startswith("Il n'y a pas de séance n°9.")


def test_members_announce_themselves_and_the_next_meeting_counts_them(chat: Chat) -> None:
    _two_meetings(chat)
    data = chat.store.group("rte")
    data.update_member(2, lambda m: replace(m, platform_ids={"telegram": "jamila"}))
    data.update_member(6, lambda m: replace(m, platform_ids={"telegram": "claire"}))
    assert chat.say("/present", sender="jamila", name="J") == (
        "C'est noté, Jamila Hammoudi : présent(e) à la séance n°2 du jeudi 26 novembre 2026, 09h00–11h00.\n"
        "Annoncés : 1 présent, 0 excusé (/present, /excuse)")
    chat.say("/excuse", sender="claire", name="C")
    assert chat.say("/prochaine_seance").endswith("Annoncés : 1 présent, 1 excusé (/present, /excuse)")
    assert chat.say("/presence 2").endswith("Annoncés présents : Jamila Hammoudi\nAnnoncés excusés : Claire Martin")
    assert chat.say("/present", sender=MEMBER, name="Inconnu").startswith("Je ne vous connais pas encore")


def test_members_may_not_record_attendance(chat: Chat) -> None:
    _two_meetings(chat)
    assert chat.say("/presents martin", sender=MEMBER).startswith("Désolé, /presents est réservé aux coordinateurs")
    assert not attendance(chat.store, "rte", "1").recorded

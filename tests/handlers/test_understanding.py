"""The parts of understanding a member relies on, each seen through what
the bot answers: spelling, names and bodies as people write them, periods,
addressing, and the way the bot says it is unsure."""

from __future__ import annotations

from datetime import timedelta

import pytest

from handlers.understanding.addressing import called_by_name, strip_address
from handlers.understanding.normalise import words
from tests.handlers.questions_eval import build_group
from tests.helpers import COORDINATOR, Chat


@pytest.fixture(scope="module")
def chat() -> Chat:
    return build_group()


def ask(chat: Chat, text: str) -> str:
    return chat.say(text, private=True)


def test_shorthand_typos_and_missing_accents_read_as_the_plain_words() -> None:
    assert [w.lemma for w in words("prochainne sceance")] == ["prochain", "reunion"]
    assert [w.lemma for w in words("prochain rdv")] == ["prochain", "reunion"]
    assert [w.lemma for w in words("qu'a-t-on decide")][-1] == "decider"


@pytest.mark.parametrize(("question", "shown"), [
    ("c'est qui Mme Lefevre ?", "Nathalie Lefèvre\nOrganisation : Conseil départemental des Hauts-de-Seine"),
    ("que fait M. Okafor ?", "Rôle : Conseiller municipal délégué à la jeunesse"),
    ("qui représente le CD92 ?", "Nathalie Lefèvre"),
    ("qui représente le département ?", "Lucas Fontaine"),
    ("qui vient de la mairie de Nanterre ?", "Karim Benali"),
    ("qui représente la commune de Colombes ?", "Paul Dumont"),
    # Clamart appears only in a role ("adjoint au maire de Clamart").
    ("qui représente Clamart ?", "Mehdi Haddad"),
    ("qui préside l'AMD 92 ?", "Sophie Garnier"),
])
def test_people_and_bodies_as_members_name_them(chat: Chat, question: str, shown: str) -> None:
    assert shown in ask(chat, question)


def test_a_common_word_is_not_taken_for_a_name(chat: Chat) -> None:
    # Thomas Petit is a member; "petit" in a sentence is not him.
    assert "Thomas Petit" not in ask(chat, "j'ai un petit souci avec mon ordinateur")
    assert "Thomas Petit" in ask(chat, "c'est qui M. Petit ?")


def test_meetings_by_month_place_order_and_day(chat: Chat) -> None:
    assert ask(chat, "la réunion de mars").startswith("Séance n°6")
    assert ask(chat, "la réunion à Sceaux, c'était quand ?").startswith("Séance n°2")
    assert ask(chat, "la dernière réunion ?").startswith("Dernière séance n°3")
    assert ask(chat, "la réunion du 10 décembre ?").startswith("Séance n°4")
    assert ask(chat, "on se voit quand ?").startswith("Prochaine séance n°4")


def test_dates_in_a_period(chat: Chat) -> None:
    december = ask(chat, "les échéances ce mois-ci ?")
    assert "appel à projets" in december and "questionnaire" not in december
    january = ask(chat, "qu'est-ce qu'il y a en janvier ?")
    assert "questionnaire" in january and "appel à projets" not in january
    assert "Validation du budget 2027" in ask(chat, "jusqu'à quand pour valider le budget ?")


def test_decisions_by_lemma_and_synonym(chat: Chat) -> None:
    velo = ask(chat, "qu'a-t-on décidé pour les vélos ?")
    assert "pistes cyclables" in velo and "charte" not in velo
    assert "subvention de 15 000 €" in ask(chat, "décidé à propos du financement du forum ?")
    assert "Je ne trouve aucune décision du groupe sur" in ask(chat, "qu'a-t-on décidé sur la piscine ?")


def test_unsure_says_what_was_understood_and_offers_readings(chat: Chat) -> None:
    reply = ask(chat, "budget ?")
    assert reply.startswith("Je ne suis pas sûr d'avoir compris (« budget »).\nVouliez-vous :")
    # The closest readings: the deadlines about the budget, or its decisions.
    assert "• les dates et échéances d'une période ?" in reply and "• les décisions sur un sujet ?" in reply


def test_task_questions_answer_from_the_group_tasks() -> None:
    chat = build_group()  # its own group: the tasks written here stay out of the other tests
    data = chat.store.group(chat.group.slug)
    today = chat.clock.now().date()
    me = data.add_member("Léa Marchand", "Ville de Sceaux", "", {"telegram": COORDINATOR})
    other = next(m for m in data.members() if m.name == "Nathalie Lefèvre")
    data.add_task("Envoyer le bilan des ateliers", pilot=other.number, due=today - timedelta(days=3))
    data.add_task("Réserver la salle du forum", pilot=me.number, due=today + timedelta(days=10))
    late = ask(chat, "quelles tâches sont en retard ?")
    assert "Envoyer le bilan des ateliers" in late and "Nathalie Lefèvre" in late
    assert "Réserver la salle" not in late
    mine = ask(chat, "qu'est-ce que je dois faire ?")
    assert "Réserver la salle du forum" in mine and "Envoyer le bilan" not in mine


@pytest.mark.parametrize(("raw", "question"), [
    ("qui représente Sceaux @GreffierBot ?", "qui représente Sceaux ?"),
    ("Greffier, qui représente Sceaux ?", "qui représente Sceaux ?"),
    ("Greffier : prochaine réunion", "prochaine réunion"),
    ("@greffier:example.org la dernière réunion", "la dernière réunion"),
])
def test_the_mention_is_removed_before_understanding(raw: str, question: str) -> None:
    assert strip_address(raw) == question


def test_greffier_as_an_ordinary_word_is_not_addressing(chat: Chat) -> None:
    assert not called_by_name("le greffier du tribunal a signé")
    assert strip_address("le greffier du tribunal a signé") == "le greffier du tribunal a signé"
    assert chat.reply("le greffier du tribunal a signé", addressed=False) is None
    assert "Sophie Garnier" in chat.say("Greffier, qui représente Sceaux ?", addressed=False)


def test_someone_the_group_does_not_know_is_said_so_with_close_names(chat: Chat) -> None:
    assert ask(chat, "c'est qui Mme Lefebre ?") == (
        "Je ne trouve pas « Lefebre » parmi les membres ni les organisations du groupe. "
        "Vouliez-vous dire : Nathalie Lefèvre ?\nTapez /membres pour l'annuaire."
    )
    # "Jean" alone would be Jean-Baptiste Okafor; "Jean Dupont" is someone else.
    assert ask(chat, "qui est Jean Dupont ?").startswith("Je ne trouve pas « Jean Dupont »")
    assert ask(chat, "qui est le maire de Puteaux ?").startswith("Je ne trouve personne avec le rôle « maire »")


def test_in_a_group_other_bots_commands_get_no_answer_but_our_misspellings_do(chat: Chat) -> None:
    assert chat.reply("/roll 2d6", addressed=False) is None
    assert chat.reply("!meteo Nanterre", addressed=False) is None
    assert chat.say("/prochaine_sceance", addressed=False).startswith(
        "Je ne connais pas la commande « /prochaine_sceance ». Vouliez-vous dire /prochaine_seance ?")
    # Addressed or in private, an unknown command is still explained.
    assert chat.say("/roll 2d6", addressed=True).startswith("Je ne connais pas la commande « /roll »")
    assert chat.say("/roll 2d6", private=True, addressed=False).startswith("Je ne connais pas la commande « /roll »")


def test_decisions_by_number_and_by_meeting(chat: Chat) -> None:
    assert ask(chat, "la décision n°3 ?").startswith("Décision n°3 — mardi 20 octobre 2026, séance n°2")
    assert ask(chat, "décision 12") == "Il n'y a pas de décision n°12 (la dernière est la n°7)."
    last = ask(chat, "qu'est-ce qui a été décidé à la dernière réunion ?")
    assert last.startswith("Décisions de la séance n°3 (mardi 17 novembre 2026) : 3")
    assert "charte" not in last  # taken at the first meeting


def test_who_is_in_charge_of_a_topic(chat: Chat) -> None:
    reply = ask(chat, "qui s'occupe de la communication ?")
    assert reply == ("En charge de « communication » d'après leur rôle :\n"
                     "• Élise Charpentier — Ville d'Issy-les-Moulineaux — Directrice de la communication")


def test_no_meeting_in_a_period_is_an_answer_with_the_next_one(chat: Chat) -> None:
    assert ask(chat, "y a-t-il une réunion cette semaine ?").startswith(
        "Aucune séance cette semaine.\nProchaine séance n°4 — jeudi 10 décembre 2026, 14h00–16h30")


def test_an_impossible_day_is_said_so_and_long_text_is_not_echoed_whole(chat: Chat) -> None:
    assert ask(chat, "la réunion du 31 février ?") == "Le 31 février n'existe pas : vérifiez la date."
    reply = ask(chat, "x" * 2000)
    assert len(reply) < 400 and "…" in reply


def test_common_words_do_not_stand_for_people_or_bodies(chat: Chat) -> None:
    # "Petit" opens the sentence; "défense" is a word of Paris Ouest La Défense's name.
    assert "Thomas Petit" not in ask(chat, "Petit rappel : pensez à signer la feuille")
    assert "Amandine Roussel" not in ask(chat, "la défense de l'environnement, on en parle ?")


def test_a_bot_named_otherwise_is_called_by_its_own_name() -> None:
    # The names come from the platform (Telegram's getMe username here):
    # « Clerc, … » and @ClercBot address it; « Greffier, … » no longer does.
    chat = build_group()
    chat.router.names = frozenset({"clercbot"})  # as getMe would set it
    assert "Sophie Garnier" in chat.say("Clerc, qui représente Sceaux ?", addressed=False)
    assert "Sophie Garnier" in chat.say("qui représente Sceaux @ClercBot ?", addressed=True)
    assert chat.reply("Greffier, qui représente Sceaux ?", addressed=False) is None
    assert chat.reply("le clerc de notaire a signé", addressed=False) is None
    assert strip_address("@ClercBot la dernière réunion", ("clercbot",)) == "la dernière réunion"
    assert called_by_name("bonjour Clerc : on se voit quand ?", ("ClercBot",))
    assert not called_by_name("Greffier, on se voit quand ?", ("ClercBot",))


def test_without_a_platform_name_the_console_answers_to_greffier() -> None:
    assert called_by_name("Greffier, on se voit quand ?", ())
    assert strip_address("qui représente Sceaux @GreffierBot ?", ()) == "qui représente Sceaux ?"

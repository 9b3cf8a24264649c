"""General causes found by the blind set 17f (a Jura / Jura bernois group in
chat register, questions_heldout17f.tsv), each tested in other words on
other groups: adverbs in -ment are words, not slips (« finalement » is no
« financement »); « tout » before an order word (« la toute première »);
a body's initials then its last word (« la HE-Arc », « la HEG Arc »), also
as the meeting place written in full; the « cheffe de service » of a body
that is itself a service; « qui sera à <lieu> <jour> » asks who comes; a
question of content (« en quelles langues ») is no task status; an amount
asked with « combien » finds the decision that states it; a decision in
the words the examples also use (« l'envoi des comptes rendus »); a clock
time in a decision answers « à quelle heure » and « l'horaire »."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from handlers.understanding.acronyms import acronyms
from handlers.understanding.adverbs import is_adverb
from handlers.understanding.normalise import words
from storage.models import AgendaItem
from tests.handlers.questions_eval import ask, build_group
from tests.handlers.questions_groups import NOW, PARIS, invented_group
from tests.helpers import Chat

_CHATS: dict[str, Chat] = {}


def _chat(slug: str) -> Chat:
    if slug not in _CHATS:
        _CHATS[slug] = build_group(slug)
    return _CHATS[slug]


@pytest.mark.parametrize("adverb", ["finalement", "normalement", "concretement", "évidemment", "apparemment",
                                    "precisement", "dernierement", "couramment", "actuellement"])
def test_an_adverb_is_read_as_typed(adverb: str) -> None:
    assert is_adverb(adverb.casefold())
    assert [w.raw for w in words(adverb)] == [adverb]


@pytest.mark.parametrize("slip", ["financment", "rapidment", "lment"])
def test_a_slip_ending_in_ment_is_no_adverb(slip: str) -> None:
    assert not is_adverb(slip)


@pytest.mark.parametrize(("slug", "question", "shown"), [
    ("vs-sion", "normalement c'est où jeudi ?", "Monthey"),
    ("reseau92", "finalement la prochaine réunion c'est où ?", "Boulogne-Billancourt"),
])
def test_a_discourse_adverb_is_no_topic(slug: str, question: str, shown: str) -> None:
    reply = ask(_chat(slug), question)
    assert shown in reply and "pas sûr" not in reply


@pytest.mark.parametrize(("slug", "question", "shown"), [
    ("reseau92", "la toute première réunion c'était où ?", "Mairie de Nanterre"),
    ("vs-sion", "les toutes dernieres decisions ?", "Dernières décisions"),
])
def test_tout_before_an_order_word_only_stresses_it(slug: str, question: str, shown: str) -> None:
    reply = ask(_chat(slug), question)
    assert shown in reply and "pas sûr" not in reply


def test_a_body_s_initials_then_its_last_word_are_an_acronym() -> None:
    assert "hearc" in acronyms("Haute École Arc")
    assert "hegarc" in acronyms("Haute école de gestion Arc")


def _schools() -> Chat:
    chat = invented_group(
        "ecoles-ne",
        ("Sonia Favre", "Haute école de gestion Arc", "Professeure d'économie sociale"),
        ("Marc Dufour", "Ville de Neuchâtel", "Conseiller communal"),
    )
    chat.store.group("ecoles-ne").add_meeting(
        datetime(2027, 1, 12, 14, 0, tzinfo=PARIS), datetime(2027, 1, 12, 16, 0, tzinfo=PARIS),
        "Haute école de gestion Arc, salle B1", (AgendaItem("Stages en entreprise sociale", "Marc Dufour"),))
    chat.store.group("ecoles-ne").add_meeting(
        datetime(2027, 2, 9, 14, 0, tzinfo=PARIS), datetime(2027, 2, 9, 16, 0, tzinfo=PARIS), "Hôtel de ville de Neuchâtel", ())
    return chat


def test_a_body_named_by_initials_and_last_word_is_found() -> None:
    reply = ask(_schools(), "qui vient de la HEG-Arc ?")
    assert "Sonia Favre" in reply and "Marc Dufour" not in reply


def test_a_meeting_at_a_body_named_by_its_initials_is_that_place() -> None:
    reply = ask(_schools(), "la réunion à la HEG Arc c'est quand ?")
    assert "salle B1" in reply and "12 janvier" in reply and "pas sûr" not in reply


def test_the_head_of_a_service_that_is_the_body_is_its_head() -> None:
    # Valérie Crettenand is « Cheffe de service » at the Service de l'action sociale (SAS).
    reply = ask(_chat("vs-sion"), "c'est qui la cheffe du SAS ?")
    assert "Valérie Crettenand" in reply and "Je ne trouve personne" not in reply


def test_a_head_of_a_service_within_a_larger_body_is_still_no_head_of_it() -> None:
    # Nathalie Fournier heads a service of the Ville de Sion, not the town.
    reply = ask(_chat("vs-sion"), "qui est la cheffe de la Ville de Sion ?")
    assert "Je ne trouve personne" in reply


@pytest.mark.parametrize(("slug", "question", "shown"), [
    ("handicap57", "qui sera à Metz jeudi ?", "Thomas Rinaldi"),
    ("handicap57", "qui sera là jeudi ?", "Thomas Rinaldi"),
])
def test_who_will_be_somewhere_asks_who_comes(slug: str, question: str, shown: str) -> None:
    reply = ask(_chat(slug), question)
    assert shown in reply and "Annonc" in reply


def test_who_will_be_the_next_holder_is_no_announcement() -> None:
    assert "Annonc" not in ask(_chat("handicap57"), "qui sera la prochaine présidente ?")


def test_a_question_of_content_is_no_task_status() -> None:
    # Valais: a task « Traduire le dépliant en allemand et en portugais » and a decision on the leaflet's
    # languages (« édité en français, en allemand et en portugais »); « en quelles langues » is no yes-or-no
    # question on the task's status, so the task does not win the tie.
    reply = ask(_chat("vs-sion"), "le dépliant est traduit en quelles langues ?")
    assert "Tâche" not in reply


@pytest.mark.parametrize(("slug", "question", "decision"), [
    ("reseau92", "combien on demande au Département pour le forum ?", "Décision n°3"),  # 15 000 €
    ("vs-sion", "c'est combien le budget de la permanence itinérante ?", "Décision n°6"),  # 90 000 francs
])
def test_an_amount_asked_finds_the_decision_that_states_it(slug: str, question: str, decision: str) -> None:
    reply = ask(_chat(slug), question)
    assert decision in reply and "pas sûr" not in reply


def test_combien_without_an_amount_in_the_decisions_is_no_decision() -> None:
    reply = ask(_chat("reseau92"), "combien de communes viennent au forum ?")
    assert "Décision" not in reply


@pytest.mark.parametrize(("slug", "question", "decision"), [
    # Moselle: « Les comptes rendus sont envoyés à tous les membres dans les quinze jours … ».
    ("handicap57", "l'envoi des comptes rendus, qu'est-ce qu'on avait dit ?", "Décision n°6"),
    # Valais: « Les procès-verbaux sont déposés sur social.up dans la semaine qui suit chaque séance. »
    ("vs-sion", "le dépôt des procès-verbaux, qu'est-ce qu'on avait dit ?", "Décision n°7"),
])
def test_a_decision_in_words_the_examples_use_too(slug: str, question: str, decision: str) -> None:
    reply = ask(_chat(slug), question)
    assert decision in reply and "pas sûr" not in reply


def _bureau() -> Chat:
    chat = invented_group(
        "bureau-ne",
        ("Lina Perret", "Ville de Neuchâtel", "Conseillère communale, présidente du bureau"),
        ("Yves Matthey", "Caritas Neuchâtel", "Directeur"),
    )
    data = chat.store.group("bureau-ne")
    for text in ("Les réunions du bureau se tiennent à 17h30 à l'hôtel de ville.",
                 "Une permanence juridique gratuite est ouverte aux locataires."):
        data.add_decision(text, date(2026, 11, 3), None, "Lina Perret", "telegram:coord-1", NOW)
    return chat


@pytest.mark.parametrize("question", [
    "l'horaire des réunions du bureau, c'était décidé ?",
    "les réunions du bureau commencent à quelle heure, on avait décidé quoi ?",
])
def test_a_clock_time_in_a_decision_answers_the_hour(question: str) -> None:
    reply = ask(_bureau(), question)
    assert "17h30" in reply and "permanence juridique" not in reply and "pas sûr" not in reply


# After the first run of 17fb: irregular derivations and Swiss words as families, a letter's closing,
# a title's holders told apart by the words after it, an idiom, « c'est <jour> la séance ? ».

def _kin_bureau() -> Chat:
    chat = invented_group(
        "bureau-ju",
        ("Lina Perret", "Ville de Neuchâtel", "Conseillère communale, présidente du bureau"),
        ("Inès Favre", "Ville de Bienne", "Conseillère des associations"),
        ("Hugo Roux", "Mission locale", "Conseiller en insertion"),
    )
    data = chat.store.group("bureau-ju")
    for text in ("Le bureau est élu pour deux ans par l'assemblée.",
                 "Une ligne d'écoute contre la solitude des personnes âgées est ouverte en janvier.",
                 "Le local associatif ouvre aussi le dimanche.",
                 "Le local associatif est repeint au printemps."):
        data.add_decision(text, date(2026, 11, 3), None, "Lina Perret", "telegram:coord-1", NOW)
    return chat


@pytest.mark.parametrize(("question", "shown"), [
    ("qu'a-t-on décidé pour l'élection du bureau ?", "élu pour deux ans"),
    ("on a décidé quoi pour les aînés isolés ?", "ligne d'écoute"),
    ("l'ouverture du local, c'était décidé ?", "ouvre aussi le dimanche"),
])
def test_an_irregular_derivation_or_a_kin_word_finds_the_decision(question: str, shown: str) -> None:
    reply = ask(_kin_bureau(), question)
    assert shown in reply and "pas sûr" not in reply


def test_the_swiss_tournus_is_the_rotation_of_meetings() -> None:
    # « Les réunions ont lieu à tour de rôle dans les communes membres. » (n°2)
    reply = ask(_chat("reseau92"), "la décision sur le tournus des réunions stp")
    assert "Décision n°2" in reply and "pas sûr" not in reply


def test_a_letter_s_closing_asks_nothing_more() -> None:
    reply = ask(_chat("reseau92"), "Madame, Monsieur, je me permets de vous demander où aura lieu notre prochaine "
                                   "réunion. Avec mes remerciements")
    assert "Boulogne-Billancourt" in reply and "pas sûr" not in reply


def test_the_words_after_a_title_tell_its_holders_apart() -> None:
    reply = ask(_kin_bureau(), "qui conseille les associations ?")
    assert "Inès Favre" in reply and "Hugo Roux" not in reply and "Lina Perret" not in reply


def test_what_someone_does_in_life_is_who_they_are() -> None:
    reply = ask(_chat("reseau92"), "Karim Benali il fait quoi dans la vie ?")
    assert "Ville de Nanterre" in reply and "pas sûr" not in reply


def test_whether_the_meeting_is_on_a_day() -> None:
    reply = ask(_chat("vs-sion"), "c'est après-demain la séance ?")
    assert "Séance n°5" in reply and "pas sûr" not in reply

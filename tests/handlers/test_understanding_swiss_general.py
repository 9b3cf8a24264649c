"""General causes found by the Swiss-French blind set 16h (a Valais group,
questions_heldout16h.tsv), each tested in other words on other groups: the
head of a commune asked by another country's word (syndic, maire,
bourgmestre, président de commune), a body's capitalised initials written
alone (« la HES » for the HES-SO, « l'OAI » for OAI-NE), amounts said in
words against digits in the records (« quinze mille euros », « 15 000 € »),
printed matter, travelling services and languages as topic families, a
member's first name that is also a French word opening a question, a
meeting « chez » a body, two capitals of a body's name (« l'AI », never
« j'ai »), a role's words that spell another body's initials, the duties
of a title (the secretary's minutes), an event named by a deadline's words,
the date of a named time of year (general knowledge), what will be spoken
of at a place."""

from __future__ import annotations

import pytest

from storage.store import Store
from tests.handlers.questions_eval import ask, build_group
from tests.handlers.questions_groups import NOW
from tests.helpers import Chat, group_config, make_chat

_CHATS: dict[str, Chat] = {}


def _chat(slug: str) -> Chat:
    if slug not in _CHATS:
        _CHATS[slug] = build_group(slug)
    return _CHATS[slug]


@pytest.mark.parametrize(("slug", "question", "holder"), [
    ("integration-fr", "qui est le maire de Bulle ?", "Jean-Marc Pittet"),  # a Syndic
    ("pcs-namur", "c'est qui le maire d'Andenne ?", "Benoît Collignon"),  # a Bourgmestre
    ("vs-sion", "qui est le syndic de Sierre ?", "Pierre-Yves Bonvin"),  # a Président de commune
])
def test_the_head_of_a_commune_is_found_by_another_country_s_word(slug: str, question: str, holder: str) -> None:
    reply = ask(_chat(slug), question)
    assert holder in reply and "pas sûr" not in reply


def test_a_commune_without_such_a_head_is_not_given_another_member() -> None:
    # Renens has only a municipal in the group: no head of the commune to name.
    reply = ask(_chat("logement-vd"), "qui est le syndic de Renens ?")
    assert "Je ne trouve personne" in reply and "Marc-Henri Dubuis" not in reply


@pytest.mark.parametrize(("slug", "question", "member"), [
    ("insertion-ne", "qui représente l'OAI ?", "Sarah Jeanneret"),  # Office de l'assurance-invalidité (OAI-NE)
    ("quartiers-romands", "qui vient de la HETS ?", "Julien Menétrey"),  # … (HETS-FR)
    ("vs-sion", "qui représente la HES ?", "Romain Dayer"),  # HES-SO Valais-Wallis
])
def test_a_body_s_written_initials_alone_name_it(slug: str, question: str, member: str) -> None:
    assert member in ask(_chat(slug), question)


@pytest.mark.parametrize(("slug", "question", "decision"), [
    ("reseau92", "qu'a-t-on décidé pour les quinze mille euros ?", "Décision n°3"),  # « 15 000 € »
    ("aide-alim44", "on a décidé quoi pour les vingt mille euros ?", "Décision n°5"),  # « 20 000 € »
    ("montreuil93", "les trois mille euros, c'était décidé pour quoi ?", "Décision n°4"),  # « 3 000 euros »
    ("vs-sion", "on a décidé quoi pour les trois cents ménages ?", "Décision n°4"),  # « 300 ménages »
])
def test_an_amount_said_in_words_finds_the_decision_writing_it_in_digits(slug: str, question: str, decision: str) -> None:
    reply = ask(_chat(slug), question)
    assert decision in reply and "pas sûr" not in reply


def test_an_amount_no_decision_writes_finds_none() -> None:
    reply = ask(_chat("reseau92"), "qu'a-t-on décidé pour les trois mille euros ?")
    assert "Décision n°" not in reply


@pytest.mark.parametrize(("slug", "question", "decision"), [
    ("basque64", "la permanence mobile dans les villages, c'est décidé ?", "Décision n°3"),  # « itinérantes »
    ("basque64", "qu'a-t-on décidé pour les langues du guide ?", "Décision n°6"),  # « en basque et en espagnol »
    ("vs-sion", "il y a eu une décision sur les flyers ?", "Décision n°2"),  # « un dépliant »
])
def test_a_topic_family_finds_the_decision_in_its_own_words(slug: str, question: str, decision: str) -> None:
    reply = ask(_chat(slug), question)
    assert decision in reply and "pas sûr" not in reply


@pytest.mark.parametrize(("question", "member"), [
    ("Olivier, il travaille où ?", "Olivier Marchetti"),
    ("Claire, elle est de quelle organisation ?", "Claire Dumont"),
])
def test_a_first_name_that_is_a_french_word_opening_a_question_is_the_member(question: str, member: str) -> None:
    reply = ask(_chat("reseau92"), question)
    assert member in reply and "Organisation" in reply


def test_a_first_name_opening_a_request_to_them_is_not_answered_about_them() -> None:
    reply = ask(_chat("reseau92"), "Claire, tu peux m'envoyer le lien ?")
    assert "Sous-préfète" not in reply


def test_a_meeting_at_a_body_s_premises_is_that_meeting() -> None:
    reply = ask(_chat("vs-sion"), "c'est quand la séance chez Pro Senectute ?")
    assert "Séance n°7" in reply and "pas sûr" not in reply


@pytest.fixture(scope="module")
def invented() -> Chat:
    """A Vaud group of its own: an invalidity office written with its two capitals, two heads of service."""
    chat = make_chat(Store.memory(), NOW, group_config("nyon", timezone="Europe/Zurich", locale="fr_CH"))
    data = chat.store.group("nyon")
    data.add_member("Lucie Sautebin", "Office AI du canton de Vaud", "Conseillère en réadaptation")
    data.add_member("Marco Bianchi", "Service de l'action sociale (SAS)", "Chef de service")
    data.add_member("Julie Favre", "Ville de Nyon", "Cheffe du service des affaires sociales")
    data.add_member("Noé Martin", "Ville de Nyon", "Secrétaire du groupe")
    data.add_member("Inès Roulin", "Ville de Gland", "Secrétaire générale")
    data.add_member("Léa Monnier", "HES-SO Genève", "Chargée de cours à la Haute école de santé, référente stages")
    return chat


@pytest.mark.parametrize("question", ["qui représente l'AI ?", "notre contact à l'AI, c'est qui ?"])
def test_two_capitals_of_a_body_s_name_name_it_typed_in_capitals(invented: Chat, question: str) -> None:
    assert "Lucie Sautebin" in ask(invented, question)


def test_the_same_two_letters_in_lower_case_are_the_verb(invented: Chat) -> None:
    # « j'ai » is no invalidity office: the asker's own tasks, not Lucie's body.
    assert "Lucie Sautebin" not in ask(invented, "qu'est-ce que j'ai à faire ?")


def test_a_role_s_words_spelling_another_body_s_initials_name_the_role(invented: Chat) -> None:
    # « service des affaires sociales » spells SAS; the words are Julie's role, not Marco's body.
    reply = ask(invented, "c'est qui le chef du service des affaires sociales ?")
    assert "Julie Favre" in reply and "pas sûr" not in reply


def test_the_minutes_are_the_group_s_secretary_s_not_a_secretary_general_s(invented: Chat) -> None:
    reply = ask(invented, "qui s'occupe des procès-verbaux ?")
    assert "Noé Martin" in reply and "Inès Roulin" not in reply


@pytest.mark.parametrize(("slug", "question", "deadline"), [
    ("reseau92", "c'est quand le forum intercommunal ?", "Forum intercommunal de l'emploi"),
    ("vernier", "c'est quand le forum économique ?", "Inscription au Forum économique"),
    ("logement-vd", "c'est quand la journée romande du logement ?", "Journée romande du logement"),
])
def test_an_event_named_by_a_deadline_s_words_is_that_deadline(slug: str, question: str, deadline: str) -> None:
    reply = ask(_chat(slug), question)
    assert deadline in reply and "pas sûr" not in reply


@pytest.mark.parametrize("question", ["les vacances de Pâques c'est quand ?", "quand tombent les vacances de la Toussaint ?",
                                      "c'est quand les vacances de Noël en Île-de-France ?"])
def test_the_date_of_a_named_time_of_year_is_not_asked_of_the_group(question: str) -> None:
    reply = ask(_chat("reseau92"), question)
    assert "Séance n°" not in reply and "Échéance n°" not in reply


def test_the_group_s_meetings_in_the_holidays_are_still_answered() -> None:
    assert "Aucune séance pendant les vacances de Noël" in ask(_chat("reseau92"), "on se réunit pendant les vacances de Noël ?")


@pytest.mark.parametrize(("slug", "question", "item"), [
    ("vernier", "de quoi on va parler à l'université ?", "Évaluation scientifique"),
    ("integration-fr", "de quoi va-t-on parler à Givisiez ?", "Bilan des logements d'urgence"),
])
def test_what_will_be_spoken_of_at_a_place_is_that_meeting_s_agenda(slug: str, question: str, item: str) -> None:
    assert item in ask(_chat(slug), question)


@pytest.mark.parametrize(("slug", "question", "meeting"), [
    ("reseau92", "où se déroule la prochaine séance ?", "Prochaine séance n°4"),
    ("vernier", "la prochaine réunion se déroule dans quelle salle ?", "Prochaine séance n°4"),
])
def test_se_derouler_is_present_as_well_as_past(slug: str, question: str, meeting: str) -> None:
    reply = ask(_chat(slug), question)
    assert meeting in reply and "pas sûr" not in reply


def test_s_etre_deroule_still_asks_a_meeting_held() -> None:
    assert "Prochaine séance" not in ask(_chat("reseau92"), "la réunion s'est déroulé où ?")


@pytest.mark.parametrize(("slug", "question", "meeting"), [
    ("reseau92", "la réunion de septembre c'était quel jour ?", "Séance n°1"),
    ("emploi93", "la réunion de novembre c'était quel jour déjà ?", "Séance n°2"),
    ("vernier", "c'est quel jour la séance à l'université ?", "Séance n°5"),
])
def test_quel_jour_asks_the_date_of_the_meeting_named(slug: str, question: str, meeting: str) -> None:
    reply = ask(_chat(slug), question)
    assert meeting in reply and "pas sûr" not in reply


@pytest.mark.parametrize("question", ["qui vient de la Haute école de santé ?", "qui représente la haute ecole de sante ?"])
def test_a_body_a_role_names_by_its_kind_is_that_member_s(invented: Chat, question: str) -> None:
    reply = ask(invented, question)
    assert "Léa Monnier" in reply and "pas sûr" not in reply


@pytest.mark.parametrize(("slug", "question", "member"), [
    ("alimentation69", "qui est le contact de la Banque alimentaire ?", "Yacine Belkacem"),
    ("logement-vd", "qui est le contact de l'ASLOCA ?", "Pierre-Alain Gilliéron"),
])
def test_the_contact_of_a_body_is_its_member_not_who_someone_is(slug: str, question: str, member: str) -> None:
    reply = ask(_chat(slug), question)
    assert member in reply and "pas sûr" not in reply

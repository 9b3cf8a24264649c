"""Questions typed on a phone (set 19e's angle), each rule on sentences of
other groups than the set's: punctuation dictated aloud, question words
glued without space or apostrophe, slips that make another French word,
a name's four-letter first name or its particle's surname slipped, a title
slipped, accents left out, the State's youth-and-sport service."""

from __future__ import annotations

from functools import cache

import pytest

from handlers.understanding.accents import with_accents
from handlers.understanding.dictation import spoken_punctuation
from handlers.understanding.normalise import words
from tests.handlers.questions_eval import ask
from tests.handlers.questions_groups import build_group, invented_group
from tests.helpers import Chat


@cache
def group(slug: str) -> Chat:
    return build_group(slug)


@pytest.mark.parametrize(("said", "written"), [
    ("quand est la prochaine réunion point d'interrogation", "quand est la prochaine réunion?"),
    ("qui représente la CAF virgule s'il te plaît", "qui représente la CAF, s'il te plaît"),
    ("ok je note point", "ok je note."),
    ("qui vient jeudi point d’interrogation merci", "qui vient jeudi? merci"),
])
def test_punctuation_said_aloud_is_written_as_its_mark(said: str, written: str) -> None:
    assert spoken_punctuation(said) == written


@pytest.mark.parametrize("text", ["on fait le point", "le point sur le budget ?", "un point d'interrogation demeure",
                                  "la virgule est mal placée", "c'est au point mort", "voilà le premier point"])
def test_point_and_virgule_as_nouns_are_kept(text: str) -> None:
    assert spoken_punctuation(text) == text


def test_a_dictated_question_is_answered() -> None:
    reply = ask(group("reseau92"), "greffier quand est la prochaine réunion point d'interrogation")
    assert "Hôtel de ville de Boulogne-Billancourt" in reply
    assert "Sophie Garnier" in ask(group("reseau92"), "qui est la présidente de l'AMD 92 point d'interrogation")


@pytest.mark.parametrize("question", ["cestquand la prochaine reu", "CESTQUAND LA PROCHAINE REUNION",
                                      "keske cest la prochaine reunion", "la prochaine réunion cestou ?"])
def test_question_words_glued_without_space_or_apostrophe(question: str) -> None:
    assert "Hôtel de ville de Boulogne-Billancourt" in ask(group("reseau92"), question)


@pytest.mark.parametrize(("slug", "question", "shown"), [
    ("reseau92", "la réunion de mars c'est à quelle hure ?", "Mairie de Montrouge"),
    ("reseau92", "c'état où la dernière réunion ?", "Maison de l'emploi de Gennevilliers"),
    ("reseau92", "qui fait patrie du réseau ?", "Membres du groupe"),
    ("emploi93", "qui vent de la mission locale ?", "Julien Lemaire"),
    ("reseau92", "les dattes limites de décembre ?", "rapport annuel"),
])
def test_a_slip_that_makes_another_french_word_is_read_beside_its_context(slug: str, question: str, shown: str) -> None:
    assert shown in ask(group(slug), question)


def test_the_french_word_is_kept_outside_that_context() -> None:
    # « vent » and « partir » keep their meaning where no « qui » or « fait » makes them a slip.
    assert [w.folded for w in words("le vent va partir")] == ["le", "vent", "va", "partir"]


@pytest.mark.parametrize(("slug", "question", "shown"), [
    ("reseau92", "commen contater Karm Bennali ?", "Adjoint au maire chargé de l'emploi"),
    ("reseau92", "qui est mehi haaddad", "Trésorier, adjoint au maire de Clamart"),
    ("copil-logement35", "Rona Cadoiu, c'est qui ?", "Ronan Cadiou"),
    ("copil-logement35", "qui est Corrinne Le Bihab ?", "Corinne Le Bihan"),
])
def test_a_name_slipped_in_both_words_is_read_when_one_says_who(slug: str, question: str, shown: str) -> None:
    reply = ask(group(slug), question)
    assert shown in reply and "Je ne" not in reply, reply


def test_a_title_slipped_is_still_a_title() -> None:
    reply = ask(group("reseau92"), "que fait Monseiur Benali ?")
    assert "Adjoint au maire chargé de l'emploi" in reply
    # A four-letter word alone is no name: « Mme Lefebre » is still offered, not answered.
    assert "Vouliez-vous dire : Nathalie Lefèvre" in ask(group("reseau92"), "c'est qui Mme Lefebre ?")


@pytest.mark.parametrize(("typed", "meant"), [
    ("fete", "fête"), ("fetes", "fêtes"), ("creneau", "créneau"), ("depot", "dépôt"), ("echeances", "échéances"),
    ("foret", "foret"),  # « forêt » or a drill: left as typed
    ("garnier", "garnier"),
])
def test_accents_are_put_back_where_one_word_is_meant(typed: str, meant: str) -> None:
    assert with_accents(typed) == meant


def test_a_word_typed_without_accents_keeps_its_meaning() -> None:
    # « fete » was read as « ete » then « être »: the topic was lost.
    assert [w.lemma for w in words("la fete des voisins")][1] == "fete"
    reply = ask(group("sms06"), "qu'a-t-on décidé sur la fete du sport ?")
    assert "Décisions sur « fete" in reply and "promenade des Anglais" in reply


def test_a_slip_keeps_the_first_letter_typed() -> None:
    assert "faire" in [w.folded for w in words("qu'est-ce que je dois faide ?")]


def test_the_state_s_youth_and_sport_service_is_the_state() -> None:
    chat = invented_group("sport31", ("Paul Vidal", "DRAJES Occitanie", "Conseiller d'éducation populaire"),
                          ("Anne Roux", "Ville de Toulouse", "Directrice des sports"))
    assert "Paul Vidal" in ask(chat, "qui représente l'État ?")
    assert "Paul Vidal" in ask(chat, "qui vient de jeunesse et sports ?")


def test_a_sport_cut_short_finds_the_decision() -> None:
    assert "licences de football" in ask(group("sms06"), "on a decide koi pr les licences de foot")


@pytest.mark.parametrize(("typed", "read"), [
    ("quelles dares à retenir", "dates"),      # not « d'ares »
    ("quans a-t-on eu la réunion", "quand"),   # not « qu'ans »
    ("jusqu'à quajd pour le bilan", "quand"),  # not « qu'ajd » (« aujourd'hui »)
    ("lsite des décisions", "liste"),          # not « l'site »
])
def test_a_slip_is_no_elision_before_a_short_word(typed: str, read: str) -> None:
    assert read in [w.folded for w in words(typed)]


@pytest.mark.parametrize(("typed", "read"), [
    ("lage du capitaine", ["l", "age"]), ("dun jour à lautre", ["d", "un"]), ("lusine", ["l", "usine"]),
])
def test_an_elision_before_a_short_word_is_still_read(typed: str, read: list[str]) -> None:
    assert [w.folded for w in words(typed)][:2] == read


def test_an_acronym_of_the_group_glued_to_its_elision_is_read() -> None:
    # « l'AMD 92 » typed without apostrophe nor capitals.
    assert "Sophie Garnier" in ask(group("reseau92"), "qui préside lamd 92 ?")


def test_a_fact_asked_without_its_question_mark_is_answered() -> None:
    # A decision stating a rhythm, asked as typed on a phone: no « ? ».
    reply = ask(group("reseau92"), "la lettre d'information parait tous les combien")
    assert "paraîtra chaque trimestre" in reply


@pytest.mark.parametrize(("slug", "question", "shown"), [
    ("reseau92", "ya quoi en janvier", "Réponse au questionnaire sur la mobilité"),
    ("emploi93", "il y a quoi en mars", "Candidatures au fonds départemental d'insertion"),
])
def test_a_period_asked_without_its_question_mark_gets_its_agenda(slug: str, question: str, shown: str) -> None:
    reply = ask(group(slug), question)
    assert reply.startswith("Agenda") and shown in reply, reply


def test_summer_glued_to_its_elision_is_summer() -> None:
    assert [w.folded for w in words("le forum jobs dete")][-2:] == ["d", "ete"]

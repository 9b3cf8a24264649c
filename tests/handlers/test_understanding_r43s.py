"""Rows of blind set 49b (mjc35, the board of an MJC: the asker's own business) and of the lead's set 84
(ccid80, the CCID of a commune of the Somme) missed after the forty-first round, and two rows the last merge
lost, asked in other words, with the neighbours that must stay as they were:

- « next CA ? »: English « next » before the word it qualifies is « prochain » (english_sittings.py);
- « le vote sur l'espace jeunes c'était unanime ou pas ? », « le vote sur les tarifs, il y a eu des
  abstentions ? »: of two decisions the topic finds alike, the one recording the outcome named, or both
  (vote_record._tied);
- « je suis attendu quand la prochaine fois ? »: being expected is the sitting's business (explained.toml);
- « on se retrouve où mardi, je viens direct du taf »: the question before a clause of the asker's own, read
  alone when the whole is no sure answer (context_tail.asked_before_context);
- « notre asso a voté quoi sur le local ? »: the body whose premises hold the sittings voting is the group
  deciding (own_body.py);
- « on a décidé quoi … pendant que j'étais pas là ? »: the absence told after the question, read away
  (told_absence.without_absence_after);
- « il se passe quoi si je loupe trois conseils de suite ? »: what follows from a case is the rule on it;
  « les gens qui ont déclaré … par erreur, on fait quoi ? »: who is in the case said by what they did
  (handled_case.py);
- « j'ai raté quoi le 19 ? »: what the asker missed at a sitting held is what it decided
  (told_absence.missed_as_decided);
- « l'ouverture de l'espace jeunes c'est définitif ? »: the decision's record says whether it was adopted
  outright (vote_record.py);
- « la DDCS enfin le SDJES »: « enfin » without its comma mends a body's name by another (self_corrected.py);
- « Maëlle était là le 19 pour me remplacer ? »: there in someone's stead is there (explained.toml);
  « j'ai été noté comment … ? »: the asker's mark (own_turn.own_mark);
- « qui sont les commissaires titulaires ? »: a unit after a body's comma named by its people in the plural is
  that body (world.people_unit, entities.py);
- « la commission des impôts » is the CCID (lexicon.toml [shorthand_phrases]), « les services fiscaux » the
  DGFiP (entities.toml); « la règle sur le rythme des réunions de la CCID »: the group's sittings
  (group_body.py) and their rhythm's decision (rhythm_asked.py); « cabanons », « d'avion », « maisons »: the
  records' « abris de jardin », « aériennes », « pavillons » (lexicon.toml [topics]); « la tournée sur le
  terrain » is the site visit (lexicon.toml [shorthand_phrases]), whose hour asked is no period's dates
  (meeting_rivals.py);
- set 16h « où on s'est vu la dernière fois ? »: the chat reading is no rival of a sitting picked by its order
  and asked where or when (chat.sitting_place_asked); set 34c « … se rencontre-tu souvent ? »: « souvent » is the
  adverb, no glued « s'ouvrent » (lexicon.toml [lemmas])."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def mjc() -> Chat:
    return build_group("mjc35")


@pytest.fixture(scope="module")
def ccid() -> Chat:
    return build_group("ccid80")


def test_next_in_english(mjc: Chat) -> None:
    assert "n°4" in sure(mjc, "next réunion du CA ?", "meeting_which")


def test_a_vote_asked_of_two_decisions_alike(mjc: Chat) -> None:
    reply = sure(mjc, "le vote pour l'espace jeunes, il y a eu des voix contre ?", "decisions_topic")
    assert "1 contre" in reply and "Décision n°4" not in reply  # the one recording a vote against
    reply = sure(mjc, "les tarifs des ateliers c'était voté à l'unanimité ?", "decisions_topic")
    assert "1 abstention" in reply and "Sortir !" in reply  # both decisions on the tariffs, each with its vote
    # Neighbours: a vote cast in the chat asks nothing.
    assert not outcome_of(mjc, "j'ai voté contre, je l'assume").confident


def test_the_asker_expected_and_the_asker_s_context(mjc: Chat) -> None:
    assert "n°4" in sure(mjc, "je serai attendue quand la prochaine fois ?", "meeting_next")
    assert "Ti Douar" in sure(mjc, "c'est où mardi, je finis le boulot à 19h", "meeting_which")
    # An offer to someone (« tu ») is no question.
    assert not outcome_of(mjc, "on se voit quand tu veux, je suis dispo toute la semaine").confident


def test_our_body_voting_is_the_group_deciding(mjc: Chat) -> None:
    assert "quotient familial" in sure(mjc, "notre association avait adopté quoi pour les tarifs ?", "decisions_topic")


def test_absence_told_after_the_question(mjc: Chat) -> None:
    assert "quotient familial" in sure(mjc, "on a voté quoi sur les tarifs pendant que j'étais absent ?",
                                       "decisions_topic")


def test_what_follows_from_a_case(mjc: Chat) -> None:
    assert "démissionnaire" in sure(mjc, "que se passe-t-il si je rate trois conseils de suite ?", "decisions_topic")
    # Neighbour: what happens on a day is that day's agenda.
    assert "n°4" in sure(mjc, "il se passe quoi mardi ?", "dates_period")


def test_what_one_missed_and_whether_it_is_final(mjc: Chat) -> None:
    assert "Décisions de la séance n°1" in sure(mjc, "j'ai manqué quoi en septembre ?", "decisions_recent")
    # A sitting to come, asked in the present: no decisions yet.
    assert not outcome_of(mjc, "je rate quoi si je viens pas mardi ?").confident
    assert "temps plein" in sure(mjc, "le passage de l'animateur à temps plein c'est définitif ?", "decisions_topic")


def test_there_in_someone_s_stead_and_one_s_mark(mjc: Chat) -> None:
    assert "parmi les présents" in sure(mjc, "Katell était là le 19 pour me remplacer ?", "attendance_meeting")
    assert "parmi les présents de la séance n°1" in sure(mjc, "j'ai été notée comment en septembre ?",
                                                        "attendance_meeting")
    # Neighbour: who stands in for the asker is still the substitute's title.
    assert "Maëlle Rouxel" in sure(mjc, "qui me remplace le 8 ?", "role_holder")


def test_a_body_mended_without_its_comma(mjc: Chat) -> None:
    assert "Mathieu Le Roux" in sure(mjc, "la CAF enfin le SDJES, qui y va ?", "org_representative")


def test_a_unit_named_by_its_people(ccid: Chat) -> None:
    reply = sure(ccid, "les commissaires titulaires, c'est qui ?", "org_representative")
    assert "Didier Lheureux" in reply and "Martine Vasseur" not in reply
    assert "Régis Facon" in sure(ccid, "qui sont les commissaires suppléants ?", "org_representative")
    # Neighbour: one title asked stays its holder's.
    assert "Martine Vasseur" in sure(ccid, "qui est commissaire suppléant ?", "role_holder")


def test_the_tax_commission_and_the_tax_office(ccid: Chat) -> None:
    assert "n°4" in sure(ccid, "c'est quand la prochaine réunion de la commission communale des impôts directs ?",
                         "meeting_which")
    assert "Bernard Caron" in sure(ccid, "qui préside la commission des impôts ?", "role_holder")
    assert "Fabrice Maillard" in sure(ccid, "l'administration fiscale c'est qui ?", "org_representative")
    # Neighbour: « les impôts » alone are still the tax office.
    assert "Fabrice Maillard" in sure(ccid, "qui représente les impôts ?", "org_representative")


def test_the_rule_on_the_group_s_rhythm(ccid: Chat) -> None:
    reply = sure(ccid, "quelle est la règle sur la périodicité des séances de la CCID ?", "decisions_topic")
    assert "deux fois par an" in reply and "procès-verbal" not in reply


def test_the_records_words_for_a_property(ccid: Chat) -> None:
    assert "catégorie 5" in sure(ccid, "les maisons du lotissement des Peupliers, on avait décidé quoi ?",
                                 "decisions_topic")
    assert "géomètre" in sure(ccid, "les abris de jardin repérés en avion, on avait décidé quoi ?", "decisions_topic")


def test_a_case_said_by_its_people(ccid: Chat) -> None:
    assert "courrier" in sure(ccid, "ceux qui ont déclaré une résidence secondaire à tort, on en fait quoi ?",
                              "decisions_topic")


def test_the_site_visit(ccid: Chat) -> None:
    assert "n°2" in sure(ccid, "la tournée de terrain c'était où ?", "meeting_which")
    assert "09h30" in sure(ccid, "la visite terrain avait commencé à quelle heure ?", "meeting_which")
    # A round of another kind is no sitting.
    assert not outcome_of(ccid, "la tournée du facteur passe à quelle heure ?").confident


def test_the_two_rows_the_last_merge_lost() -> None:
    sion = build_group("vs-sion")
    assert "n°4" in sure(sion, "où on s'est retrouvés la dernière fois ?", "meeting_last")
    assert "n°5" in sure(sion, "où on se voit, la prochaine fois ?", "meeting_next")
    assert not outcome_of(sion, "on s'est vu hier, c'était sympa").confident
    rosemont = build_group("tqrosemont")
    assert "une fois par mois" in sure(rosemont, "Le comité de coordination se réunit-tu souvent ?", "decisions_topic")
    assert not outcome_of(rosemont, "souvent les gens oublient").confident

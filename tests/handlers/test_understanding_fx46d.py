"""What the lead's blind set 94 (clsm69, the conseil local de santé mentale of
the invented town of Rochenoire, asked by the UNAFAM's delegate on Tuesday 1
December 2026) missed on its first run, asked in other words, with the
neighbours that must stay as they were:

- « qui pilote le GT jeunes ? » of three « pilote du groupe de travail … »:
  the pilot of the working group named, not every pilot; and « qui anime le
  groupe de travail logement ? », where the one « animatrice » runs another
  thing, the working group's pilot (group_holders.of_subgroup);
- « la référente santé de la mission locale ? »: a body said in several
  words is named by a record only when the record writes them side by side,
  not by « Chargée de mission du contrat local de santé »
  (record_named._written_together);
- « les représentants de l'hôpital ? » of a « CH Le Vinatier, … »: « CH »
  before a name is a centre hospitalier (entities.toml [kinds]);
- « qui sont les psychiatres du CLSM ? » in the CLSM: a title asked of the
  group by its own name, which its offices' roles say (« présidente du
  CLSM »), is asked of its members (answers_people.role_holder);
- « les hospitalisations sous contrainte » find the « soins sans
  consentement » (SDRE) of a decision (lexicon.toml [topics]);
- « qui vient du Vinatier ? » of three bodies written « CH Le Vinatier,
  <unit> »: a proper name of the one institution they are units of names
  them all (world._org_aliases);
- « est-ce que j'étais là à la plénière d'octobre ? »: « là » before « à »
  and the meeting asks the asker's own mark (own_presence.py);
- « … finit à quelle heure à peu près ? »: « à peu près » is read
  « environ » (lexicon.toml [shorthand_phrases]), an approximation closing
  the question, framing (hedges.approximations), no clipped « président »;
- « la plénière du printemps finit tard ? »: early or late hours are what
  the meeting's line shows (explained.toml [family] meetings)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def clsm() -> Chat:
    return build_group("clsm69")


def test_the_pilot_of_the_working_group_named(clsm: Chat) -> None:
    reply = sure(clsm, "c'est qui le pilote du groupe de travail jeunes ?", "role_holder")
    assert "Julien Riboulet" in reply and "Karima Benali" not in reply and "Bertrand Gay" not in reply
    reply = sure(clsm, "qui pilote le GT logement svp ?", "role_holder")
    assert "Karima Benali" in reply and "Julien Riboulet" not in reply
    # « anime » asked of a working group whose pilot alone steers it: not the animatrice of the cellule.
    reply = sure(clsm, "qui anime le GT logement ?", "role_holder")
    assert "Karima Benali" in reply and "Claire Demarest" not in reply


def test_the_pilot_neighbours_stay(clsm: Chat) -> None:
    # The cellule's animatrice is still who runs the cellule.
    assert "Claire Demarest" in sure(clsm, "qui est l'animatrice de la cellule ?", "role_holder")
    # In a group whose working groups meet, their animateurs as before (formation_subject.formation_lead).
    pcaet = build_group("pcaet-clermontais")
    reply = sure(pcaet, "qui anime le groupe de travail habitat ?", "role_holder")
    assert "Sylvie Fabre" in reply and "Nadia Benali" not in reply


def test_a_title_then_a_body_in_several_words(clsm: Chat) -> None:
    reply = sure(clsm, "la référente santé à la mission locale ?", "role_holder")
    assert "Élodie Massardier" in reply and "Pauline Vial" not in reply
    # A body a record writes whole still names that record (« … à la Mission locale »).
    assert "point d'écoute" in sure(clsm, "la mission locale, le point d'écoute c'est quel jour ?", "decisions_topic")


def test_a_body_with_an_adjective_the_member_leaves_out() -> None:
    # « le syndicat de tri » of « Syndicat mixte de tri »: one word right after the noun still writes the body
    # together (set 48b's row lost at the merge and mended there), not a word after a little word (above).
    sivom = build_group("sivom15")
    for text in ("elle a été élue à combien de voix au syndicat de tri, Mireille ?",
                 "Mireille Teyssèdre est élue au syndicat de tri par combien de voix ?"):
        assert "7 voix sur 9" in sure(sivom, text, "decisions_topic")


def test_the_hospital_by_its_initials(clsm: Chat) -> None:
    for question in ("quelqu'un de l'hôpital dans le groupe ?", "c'est qui les gens de l'hosto ?"):
        outcome = outcome_of(clsm, question)
        assert outcome.confident and outcome.intent in ("org_representative", "org_members"), question
        assert "Yves Lambertin" in outcome.reply.plain() and "Sandrine Colomb" in outcome.reply.plain()
        assert "Monique Sauvageot" not in outcome.reply.plain()


def test_a_title_of_the_group_by_its_own_name(clsm: Chat) -> None:
    reply = sure(clsm, "le pédopsychiatre du CLSM c'est qui ?", "role_holder")
    assert "Anne-Sophie Rivoire" in reply
    assert "Yves Lambertin" in sure(clsm, "c'est qui le psychiatre du CLSM ?", "role_holder")
    # The offices held in the group's name as before.
    assert "Hélène Martinon" in sure(clsm, "qui préside le CLSM ?", "role_holder")
    # A title nobody holds stays unanswered.
    assert not outcome_of(clsm, "le trésorier du CLSM c'est qui ?").confident


def test_care_without_consent(clsm: Chat) -> None:
    reply = sure(clsm, "qu'est-ce qui a été décidé sur les soins sous contrainte ?", "decisions_topic")
    assert "bilan anonymisé" in reply


def test_chatter_stays_quiet(clsm: Chat) -> None:
    for text in ("Karima pilote très bien le groupe logement, merci à elle.",
                 "Je passe à l'hôpital cet après-midi, je vous tiens au courant."):
        assert not outcome_of(clsm, text).confident, text


def test_the_institution_of_several_units(clsm: Chat) -> None:
    for question in ("quelqu'un du Vinatier dans le groupe ?", "les gens du CH Le Vinatier ?"):
        outcome = outcome_of(clsm, question)
        assert outcome.confident and outcome.intent in ("org_representative", "org_members"), question
        reply = outcome.reply.plain()
        assert "Yves Lambertin" in reply and "Anne-Sophie Rivoire" in reply and "Sandrine Colomb" in reply
        assert "Bertrand Gay" not in reply


def test_was_i_there_at_a_meeting(clsm: Chat) -> None:
    assert "parmi les présents" in sure(clsm, "j'étais bien là au comité de pilotage de septembre ?",
                                        "attendance_meeting")
    assert "parmi les excusés" in sure(clsm, "est-ce que j'étais là à l'assemblée plénière d'octobre ?",
                                       "attendance_meeting")
    # A remark about having been there is no question.
    assert not outcome_of(clsm, "j'étais là à la plénière, c'était très réussi.").confident


def test_an_approximation_asks_nothing_more(clsm: Chat) -> None:
    assert "16h30" in sure(clsm, "la réunion de mardi se termine vers quelle heure à peu près ?", "meeting_which")
    assert "n°6" in sure(clsm, "la plénière de mars commence à quelle heure environ ?", "meeting_which")
    # The president is still asked by the clipped word.
    assert "Hélène Martinon" in sure(clsm, "c'est qui la prési ?", "role_holder")


def test_early_or_late_hours(clsm: Chat) -> None:
    assert "17h30–20h00" in sure(clsm, "la plénière de mars finit tard ?", "meeting_which")
    assert "14h00–16h00" in sure(clsm, "le comité de janvier commence tôt ?", "meeting_which")
    # Leaving early is news, no question.
    assert not outcome_of(clsm, "je partirai plus tôt mardi, désolée.").confident

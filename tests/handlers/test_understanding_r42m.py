"""What the forty-first round's merge mended: rules of this round's branches
that met other groups only once merged (the whole-set run against main):

- « les membres du CPAS ? » where two CPAS of two communes sit: a
  « Présidente du CPAS » held at the CPAS of another commune is that body's
  own office, not the group's body chaired by another's member
  (group_body.py);
- a long polite question on the method « retenue au comité technique » is
  the decision, not the sitting's agenda: set 49b's reading of « au dernier
  CA » in decided_questions.py now leaves the sitting's words out only when
  an order word picks it;
- « si je ne viens pas à la prochaine, je rate quoi ? » no longer answers
  the latest decisions: set 49b's example « j'ai raté quoi <periode> » taken
  back from decisions_recent;
- « l'appel à nouveaux membres c'est pour quand ? » is the decision holding
  those words, not the deadline « Appel à projets … » sharing its head noun
  only (deadline_asked.py, the lead's set 84's rule narrowed);
- « le vote du budget primitif c'est quel jour ? » is again the sitting whose
  agenda votes it (test_understanding_r41e): set 49c's reading of a vote said
  active at a coming sitting (agenda_when.py) taken back — its mends for older
  tests (« c'est quand le vote du budget du FAJ ? », « la réunion où on
  vote … ») kept breaking another; a point « seen » at a sitting (« on voit
  les impayés quand ? ») is kept, « on se voit quand ? » left to the meeting."""

from __future__ import annotations

from tests.handlers.questions_eval import build_group, group_of, outcome_of, sure


def test_a_body_of_which_two_sit_is_no_group_body() -> None:
    chat = build_group(group_of("questions_heldout19g.tsv"))
    reply = sure(chat, "qui sont les membres du CPAS ?", "org_members")
    assert "Sabrina Collignon" in reply and "Membres du groupe" not in reply
    # Neighbour: a body whose office a member of another body holds is still the group's (round 41's review).
    cdad = build_group(group_of("questions_heldout_lead41.tsv"))
    assert "Membres du groupe" in sure(cdad, "les membres du CDAD ?", "directory")


def test_a_method_retained_at_a_sitting_is_the_decision() -> None:
    chat = build_group(group_of("questions_heldout24d.tsv"))
    reply = sure(chat, "Pourriez-vous me rappeler la méthode d'instruction retenue au comité technique ?",
                 "decisions_topic")
    assert "binômes" in reply


def test_an_absence_supposed_is_no_request_for_the_decisions() -> None:
    chat = build_group(group_of("questions_heldout43b.tsv"))
    outcome = outcome_of(chat, "si je ne viens pas à la prochaine réunion, je rate quoi ?")
    assert not (outcome.confident and outcome.intent == "decisions_recent"), outcome.reply.plain()


def test_a_deadline_sharing_only_its_head_noun_is_not_asked() -> None:
    chat = build_group(group_of("questions_heldout_lead27.tsv"))
    assert "septembre 2027" in sure(chat, "l'appel à nouveaux membres, on le lance quand ?", "decisions_topic")
    # Neighbour: the deadline named whole stays the deadline.
    assert "Appel à projets" in sure(chat, "l'appel à projets Villages en transition c'est pour quand ?",
                                     "dates_period")


def test_a_point_seen_at_a_coming_sitting_but_not_a_vote() -> None:
    copro = build_group("copro93")
    assert "n°4" in sure(copro, "le relogement on le voit quand ?", "meeting_which")
    # Neighbour: « on se voit » is the group meeting (set 30b's frame), no point seen.
    assert "n°4" in sure(build_group(group_of("questions_heldout37b.tsv")),
                         "Assalamou alaykoum, on se voit quand ?", "meeting_next")

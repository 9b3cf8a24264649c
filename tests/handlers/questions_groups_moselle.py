"""A group the understanding was never tuned on, for the attendance
engineer's blind set 16d (who came, who was excused, who is coming, the
minutes): the Moselle working group on the inclusion of disabled people
(the MDPH, the Département, the towns of Metz and Thionville, Metz
Métropole, the CCAS of Thionville, the school inclusion service, the ARS,
associations). Five meetings were held; the coordinator recorded who came
to four of them with /presents, /excuses and /absents (the June one was
never recorded, one member of September was never marked), and members
said /present or /excuse for the next one (Thursday 3 December 2026).

The coordinator of the group is also a member (Sabine Muller, linked to
the test sender), so that « est-ce que j'étais là ? » has an answer.
Organisation names are real public bodies or plausible ones; every
person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["MOSELLE_AFTER_SETUP", "MOSELLE_GROUPS"]

SLUG = "handicap57"

INCLUSION_MEMBERS = (
    ("Sabine Muller", "Ville de Metz", "Conseillère municipale déléguée au handicap et à l'accessibilité, coordinatrice du groupe"),
    ("Christine Keller", "MDPH de la Moselle", "Directrice adjointe"),
    ("Jérôme Weber", "Département de la Moselle", "Chef du service autonomie"),
    ("Farid Benhamou", "Ville de Thionville", "Adjoint au maire chargé de l'accessibilité"),
    ("Anne-Sophie Becker", "APF France handicap", "Directrice territoriale de la Moselle"),
    ("Laurent Schmitt", "UNAFAM Moselle", "Délégué départemental"),
    ("Nadia Ouali", "Cap emploi Moselle", "Chargée de mission maintien dans l'emploi"),
    ("Pierre Klein", "Metz Métropole", "Chargé de mission mobilité et transport adapté"),
    ("Martine Hoffmann", "CCAS de Thionville", "Responsable du pôle seniors et handicap"),
    ("Thomas Rinaldi", "DSDEN de la Moselle", "Inspecteur de l'éducation nationale chargé de l'école inclusive"),
    ("Élodie Marchal", "ARS Grand Est", "Chargée de mission offre médico-sociale, délégation de la Moselle"),
    ("Yves Lorrain", "Association Valentin Haüy", "Président du comité de Metz"),
    ("Hélène Strauss", "Ville de Metz", "Cheffe de projet accessibilité, secrétaire du groupe"),
    ("Gérard Bauer", "Comité départemental handisport de la Moselle", "Président"),
)

INCLUSION_MEETINGS = (
    ("2026-03-12 14:00", "2026-03-12 16:30", "Hôtel de Ville de Metz, salon de Guise", ()),
    ("2026-06-18 09:30", "2026-06-18 12:00", "Mairie de Thionville, salle des mariages", ()),
    ("2026-09-24 14:00", "2026-09-24 16:30", "MDPH de la Moselle, Metz",
     ("Délais de traitement des dossiers", "Forum handicap et emploi", "Accessibilité des bureaux de vote")),
    ("2026-10-15 14:00", "2026-10-15 16:00", "Mairie de Thionville, salle des fêtes", ()),
    ("2026-11-12 09:30", "2026-11-12 11:30", "Visioconférence", ()),
    ("2026-12-03 14:00", "2026-12-03 16:30", "Hôtel du Département, Metz",
     ("Bilan du forum handicap et emploi", "Diagnostic des bureaux de vote", "Calendrier 2027")),
    ("2027-01-14 14:00", "2027-01-14 16:00", "Centre social Le Lierre, Thionville", ()),
    ("2027-02-11 09:30", "2027-02-11 11:30", "Visioconférence", ()),
)

INCLUSION_DEADLINES = (
    ("2026-12-11", "Retour des diagnostics d'accessibilité des bureaux de vote"),
    ("2027-01-08", "Dépôt des candidatures au label Ville accessible"),
    ("2027-04-02", "Journée départementale de sensibilisation à l'autisme à Metz"),
)

INCLUSION_DECISIONS = (
    ("2026-03-12", 1, "Le groupe adopte sa charte et se réunit toutes les six semaines, alternativement à Metz et à Thionville."),
    ("2026-03-12", 1, "La MDPH présente chaque trimestre le délai moyen de traitement des dossiers."),
    ("2026-09-24", 3, "Un forum handicap et emploi est organisé en novembre avec Cap emploi."),
    ("2026-09-24", 3, "Les deux villes réalisent un diagnostic de l'accessibilité de leurs bureaux de vote."),
    ("2026-09-24", 3, "Le transport adapté de Metz Métropole est ouvert aux sorties culturelles le week-end."),
    ("2026-10-15", 4, "Les comptes rendus sont envoyés à tous les membres dans les quinze jours qui suivent la séance."),
    ("2026-11-12", 5, "Une permanence de la MDPH est ouverte un mercredi par mois au CCAS de Thionville."),
)

# What the coordinator typed after each meeting (séance n°2, in June, was never recorded; in
# September Laurent Schmitt was marked neither present nor excused).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Sabine Muller, Christine Keller, Jérôme Weber, Farid Benhamou, Anne-Sophie Becker, "
    "Laurent Schmitt, Pierre Klein, Hélène Strauss et Yves Lorrain",
    "/excuses n°1 Nadia Ouali",
    "/absents n°1",
    "/presents n°3 Sabine Muller, Christine Keller, Jérôme Weber, Anne-Sophie Becker, Nadia Ouali, Pierre Klein, "
    "Martine Hoffmann, Thomas Rinaldi, Hélène Strauss, Gérard Bauer",
    "/excuses n°3 Farid Benhamou, Élodie Marchal, Yves Lorrain",
    "/presents n°4 Sabine Muller, Farid Benhamou, Anne-Sophie Becker, Laurent Schmitt, Martine Hoffmann, "
    "Pierre Klein, Hélène Strauss",
    "/excuses n°4 Christine Keller, Jérôme Weber, Thomas Rinaldi, Gérard Bauer",
    "/absents n°4",
    "/presents n°5 Sabine Muller, Jérôme Weber, Anne-Sophie Becker, Nadia Ouali, Pierre Klein, Élodie Marchal, "
    "Hélène Strauss, Laurent Schmitt",
    "/excuses n°5 Christine Keller, Farid Benhamou",
)

# What members said in the chat before Thursday's meeting (séance n°6).
RSVPS = (
    ("Christine Keller", "/present"),
    ("Anne-Sophie Becker", "/present"),
    ("Pierre Klein", "/present"),
    ("Thomas Rinaldi", "/present"),
    ("Jérôme Weber", "/excuse"),
    ("Gérard Bauer", "/excuse"),
)


record_attendance = recorded_attendance(SLUG, "Sabine Muller", "m57", ATTENDANCE_COMMANDS, RSVPS)


MOSELLE_GROUPS = {
    SLUG: (INCLUSION_MEMBERS, INCLUSION_MEETINGS, INCLUSION_DEADLINES, INCLUSION_DECISIONS, "Hélène Strauss"),
}

# What is typed after the group is set up, per group (questions_groups.build_group runs it).
MOSELLE_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}

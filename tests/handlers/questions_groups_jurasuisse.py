"""A group the understanding was never tuned on, for the blind sets 17f and
17fb (a stranger's general set in Swiss French and chat register): the
interjurassian working group on social cohesion, led from Delémont by the
canton of Jura's Service de l'action sociale, with the towns of Delémont,
Porrentruy and Moutier, a commune of the Franches-Montagnes, the regional
social services of Tramelan (Bernese Jura), the Conseil du Jura bernois,
Pro Senectute, Caritas, the Red Cross, the association for migrants and the
Haute École Arc. Plenary sessions start at 14h15 in turn in the communes; a
short « séance restreinte » met by video. The coordinator recorded who came
to two sessions, and members said whether they come on Thursday 3 December.
Swiss usage in the roles: conseillère communale, maire, conseiller
municipal, cheffe de service, collaborateur scientifique. The secretary
(the test sender) is a member, so « mes tâches » has an answer.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["JURASUISSE_AFTER_SETUP", "JURASUISSE_GROUPS", "JURASUISSE_TASKS"]

SLUG = "jura-cohesion"

JU_MEMBERS = (
    ("Murielle Frossard", "Service de l'action sociale (SAS)", "Cheffe de service, présidente du groupe de travail"),
    ("Loïc Chételat", "Service de l'action sociale (SAS)", "Collaborateur scientifique, secrétaire du groupe"),
    ("Corinne Queloz", "Ville de Delémont", "Conseillère communale, cheffe du département de la cohésion sociale"),
    ("Bertrand Willemin", "Commune de Porrentruy", "Délégué à la jeunesse et à l'intégration"),
    ("Anouk Girardin", "Commune de Saignelégier", "Maire"),
    ("Raphaël Schaffter", "Ville de Moutier", "Conseiller municipal chargé des affaires sociales"),
    ("Sylvie Houlmann", "Services sociaux régionaux de Tramelan", "Responsable des services sociaux"),
    ("Denis Eschmann", "Conseil du Jura bernois (CJB)", "Membre du Conseil, section affaires sociales"),
    ("Martine Beuret", "Pro Senectute Arc jurassien", "Directrice"),
    ("Yannick Marchand", "Caritas Jura", "Responsable de l'épicerie solidaire et des bénévoles"),
    ("Céline Rérat", "Croix-Rouge jurassienne", "Coordinatrice du service des transports bénévoles"),
    ("Pascal Juillerat", "Association jurassienne d'accueil des migrants (AJAM)", "Responsable de l'intégration"),
    ("Nadia Boillat", "Service des communes (SCom)", "Juriste, conseillère des communes"),
    ("Thierry Crevoisier", "Haute École Arc", "Professeur, responsable de l'étude sur la solitude des aînés"),
)

JU_MEETINGS = (
    ("2026-09-03 14:15", "2026-09-03 16:30", "Hôtel de ville de Delémont, salle du Conseil de ville", ()),
    ("2026-10-08 09:00", "2026-10-08 11:30", "Salle de la Marelle, Tramelan", ()),
    ("2026-11-05 14:15", "2026-11-05 16:45", "Hôtel de ville de Porrentruy, salle des Chevaliers", ()),
    ("2026-11-19 12:15", "2026-11-19 13:30", "Séance restreinte, visioconférence", ()),
    ("2026-12-03 14:15", "2026-12-03 16:30", "Hôtel de ville de Moutier, salle du Conseil",
     ("Ouverture de l'épicerie solidaire de Moutier", "Bilan de la Semaine de la solidarité",
      "Budget 2027 du groupe", "Divers")),
    ("2027-01-14 09:30", "2027-01-14 12:00", "Hôtel de ville de Saignelégier",
     ("Premiers résultats de l'étude sur la solitude des aînés",)),
    ("2027-02-25 14:15", "2027-02-25 16:30", "Haute École Arc, Delémont", ("Rapport au Gouvernement jurassien",)),
    ("2027-04-22 14:15", "2027-04-22 16:00", "Visioconférence", ()),
)

JU_DEADLINES = (
    ("2026-12-04", "Retour des listes de chauffeurs bénévoles à la Croix-Rouge"),
    ("2026-12-11", "Inscriptions au repas de Noël des aînés à Delémont"),
    ("2027-01-15", "Réponse à la consultation sur la révision de la loi sur l'action sociale"),
    ("2027-01-29", "Envoi des questionnaires de l'étude sur la solitude"),
    ("2027-03-20", "Journée interjurassienne de la cohésion sociale à Saint-Imier"),
)

JU_DECISIONS = (
    ("2026-09-03", 1, "Le groupe de travail se réunit chaque mois, à tour de rôle dans les communes du Jura et du Jura bernois."),
    ("2026-09-03", 1, "Les séances plénières ont lieu le jeudi et commencent à 14h15."),
    ("2026-10-08", 2, "Une épicerie solidaire ouvre à Moutier le samedi matin, tenue par des bénévoles de Caritas."),
    ("2026-10-08", 2, "La Haute École Arc conduit une étude sur la solitude des personnes de plus de 75 ans."),
    ("2026-11-05", 3, "Le groupe demande au Canton un soutien de 45 000 francs pour les transports bénévoles."),
    ("2026-11-05", 3, "Les communes de moins de 1000 habitants peuvent rejoindre le groupe comme observatrices."),
    ("2026-11-05", 3, "Les procès-verbaux sont envoyés par courriel dans les dix jours qui suivent chaque séance."),
    ("2026-11-19", 4, "Un flyer commun sur les aides sociales est traduit en portugais, en tigrinya et en albanais."),
)

JURASUISSE_TASKS = {
    SLUG: (
        ("Trouver dix bénévoles pour l'épicerie solidaire de Moutier", "Yannick Marchand", "2026-11-27", 2),
        ("Rédiger le questionnaire sur la solitude des aînés", "Thierry Crevoisier", "2026-12-18", 2),
        ("Traduire le flyer en tigrinya et en albanais", "Pascal Juillerat", "2026-11-30", 4),
        ("Réserver la salle du Conseil à Moutier", "Raphaël Schaffter", "2026-11-25", 3, "done"),
        ("Envoyer le projet de budget 2027 aux communes", "Loïc Chételat", "2026-12-10", 3),
        ("Recenser les chauffeurs bénévoles du Jura bernois", "Sylvie Houlmann", "2026-11-20", 3),
    ),
}

# What the secretary typed after two sessions (the first two were never recorded).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Murielle Frossard, Loïc Chételat, Corinne Queloz, Bertrand Willemin, Raphaël Schaffter, "
    "Martine Beuret, Yannick Marchand, Céline Rérat, Pascal Juillerat",
    "/excuses n°3 Anouk Girardin, Denis Eschmann",
    "/presents n°4 Murielle Frossard, Loïc Chételat, Sylvie Houlmann, Nadia Boillat, Thierry Crevoisier",
    "/excuses n°4 Corinne Queloz",
)

# What members said in the chat before Thursday's session (n°5).
RSVPS = (
    ("Corinne Queloz", "/present"),
    ("Martine Beuret", "/present"),
    ("Yannick Marchand", "/present"),
    ("Denis Eschmann", "/excuse"),
)


record_attendance = recorded_attendance(SLUG, "Loïc Chételat", "ju", ATTENDANCE_COMMANDS, RSVPS)


JURASUISSE_GROUPS = {
    SLUG: (JU_MEMBERS, JU_MEETINGS, JU_DEADLINES, JU_DECISIONS, "Loïc Chételat"),
}

# What is typed after the group is set up (questions_groups.build_group runs it).
JURASUISSE_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}

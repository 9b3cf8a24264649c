"""A group written by the lead in the twenty-sixth round, for the lead's
blind set 40, written at the start of the round out of every engineer's
reach and measured once on main before any of the round's work: the
filière gérontologique of the Chalonnais, in Saône-et-Loire — the
coordinator of the département's support-for-coordination service (DAC,
once the PTA) who runs it, the hospital's geriatrician, a nursing home's
director, the CLIC, the Department's APA team, the ARS's delegation, a
home-nursing service (SSIAD), the town's CCAS, the hospital-at-home
service, the CARSAT, France Alzheimer, the agglomeration's vice-president
for solidarity, the MSA and the CPTS. A steering committee (« comité de
filière ») once a quarter, a working group on discharges from hospital in
between. A stranger's general set: every family, in the words of health
and social-care professionals. Tasks and attendance in the store; the
person asking is a member, not the coordinator: the SSIAD's nurse
coordinator. Organisation names are real public bodies or plausible ones;
every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["GERONTO71_AFTER_SETUP", "GERONTO71_ASKERS", "GERONTO71_GROUPS", "GERONTO71_TASKS"]

SLUG = "geronto71"

GERONTO71_MEMBERS = (
    ("Claire Dumoulin", "DAC 71", "Coordinatrice de la filière gérontologique"),
    ("Hélène Vasseur", "Centre hospitalier William Morey", "Médecin gériatre, cheffe du service de gériatrie"),
    ("Bruno Lacombe", "EHPAD Les Charmilles", "Directeur"),
    ("Agnès Rivière", "CLIC du Chalonnais", "Responsable du CLIC"),
    ("Patrick Moulin", "Conseil départemental de Saône-et-Loire", "Responsable de l'équipe APA du territoire"),
    ("Sophie Klein", "ARS Bourgogne-Franche-Comté", "Chargée de mission parcours des personnes âgées"),
    ("Marc Tissier", "SSIAD ADMR du Chalonnais", "Infirmier coordinateur"),
    ("Émilie Caron", "CCAS de Chalon-sur-Saône", "Directrice du CCAS"),
    ("Rachid Benali", "HAD de Saône-et-Loire", "Médecin coordonnateur"),
    ("Valérie Guérin", "CARSAT Bourgogne-Franche-Comté", "Conseillère action sociale retraite"),
    ("Lucie Marchetti", "France Alzheimer Saône-et-Loire", "Présidente de l'antenne du Chalonnais"),
    ("Jean-Paul Ferrand", "Le Grand Chalon", "Vice-président chargé des solidarités"),
    ("Nathalie Pons", "MSA Bourgogne", "Travailleuse sociale"),
    ("Denis Aubry", "CPTS du Grand Chalon", "Pharmacien, président de la CPTS"),
)

GERONTO71_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Comité de filière, centre hospitalier William Morey", ()),
    ("2026-10-13 09:30", "2026-10-13 11:30", "Groupe de travail sorties d'hospitalisation, EHPAD Les Charmilles", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Comité de filière, Maison des seniors de Chalon-sur-Saône", ()),
    ("2026-12-08 14:00", "2026-12-08 16:00", "Groupe de travail sorties d'hospitalisation, CLIC du Chalonnais",
     ("Fiche de liaison hôpital-domicile", "Bilan des retours à domicile de l'automne", "Astreinte infirmière de week-end")),
    ("2027-01-21 14:00", "2027-01-21 16:30", "Comité de filière, hôtel de l'agglomération du Grand Chalon",
     ("Rapport d'activité 2026 de la filière", "Formation des aides à domicile aux chutes")),
    ("2027-03-16 09:30", "2027-03-16 11:30", "Groupe de travail sorties d'hospitalisation, centre hospitalier William Morey", ()),
    ("2027-06-03 14:00", "2027-06-03 16:30", "Comité de filière, mairie de Saint-Rémy",
     ("Plan canicule 2027",)),
)

GERONTO71_DEADLINES = (
    ("2026-12-04", "Retour des questionnaires des médecins traitants"),
    ("2026-12-15", "Dépôt de la demande de financement à l'ARS"),
    ("2027-01-08", "Inscriptions à la journée des aidants"),
    ("2027-01-29", "Bilan des fiches de liaison"),
    ("2027-03-31", "Envoi du rapport d'activité 2026 à l'ARS"),
)

GERONTO71_DECISIONS = (
    ("2026-09-17", 1, "Le comité de filière se réunit un jeudi après-midi par trimestre."),
    ("2026-09-17", 1, "Une fiche de liaison commune accompagne chaque patient de plus de 75 ans qui quitte l'hôpital."),
    ("2026-09-17", 1, "La filière demande à l'ARS 35 000 euros pour une astreinte infirmière le week-end."),
    ("2026-10-13", 2, "Le CLIC prévient le SSIAD quarante-huit heures avant la sortie d'un patient qu'il suit."),
    ("2026-10-13", 2, "Les EHPAD réservent deux places d'hébergement temporaire aux sorties d'hospitalisation."),
    ("2026-10-13", 2, "Le questionnaire aux médecins traitants est diffusé par la CPTS."),
    ("2026-11-19", 3, "La journée des aidants a lieu le samedi 6 février 2027 à la Maison des seniors."),
    ("2026-11-19", 3, "Les aides à domicile suivent une formation à la prévention des chutes au premier trimestre 2027."),
    ("2026-11-19", 3, "Le numéro unique de la filière est tenu par le DAC du lundi au vendredi."),
    ("2026-11-19", 3, "Le plan grand froid est coordonné par le CCAS de Chalon-sur-Saône."),
)

GERONTO71_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de septembre", "Claire Dumoulin", "2026-09-25", 1, "done"),
        ("Rédiger la fiche de liaison hôpital-domicile", "Hélène Vasseur", "2026-11-20", 2),
        ("Recenser les places d'hébergement temporaire", "Bruno Lacombe", "2026-11-27", 2),
        ("Préparer le bilan des retours à domicile de l'automne", "Marc Tissier", "2026-11-30", 3),
        ("Relancer les médecins traitants pour le questionnaire", "Denis Aubry", "2026-12-03", 2),
        ("Monter le dossier de financement de l'astreinte", "Claire Dumoulin", "2026-12-14", 3),
        ("Réserver la salle de la journée des aidants", "Émilie Caron", "2026-12-18", 3),
        ("Trouver des formateurs pour la prévention des chutes", "Valérie Guérin", "2027-01-15", 3),
        ("Organiser l'astreinte du week-end avec les infirmiers libéraux", "Marc Tissier", "2027-01-22", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the SSIAD's nurse coordinator.
GERONTO71_ASKERS = {SLUG: "Marc Tissier"}

GERONTO71_GROUPS = {
    SLUG: (GERONTO71_MEMBERS, GERONTO71_MEETINGS, GERONTO71_DEADLINES, GERONTO71_DECISIONS, "Claire Dumoulin"),
}

# What was typed after the November steering committee at the Maison des seniors (séance n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Claire Dumoulin, Hélène Vasseur, Agnès Rivière, Patrick Moulin, Marc Tissier, "
    "Émilie Caron, Valérie Guérin, Lucie Marchetti, Denis Aubry",
    "/excuses n°3 Bruno Lacombe, Sophie Klein",
    "/absents n°3",
)

# What members said in the chat before the working group of 8 December (séance n°4).
RSVPS = (
    ("Bruno Lacombe", "/present"),
    ("Rachid Benali", "/present"),
    ("Nathalie Pons", "/present"),
    ("Jean-Paul Ferrand", "/excuse"),
)

GERONTO71_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Marc Tissier", "gt", ATTENDANCE_COMMANDS, RSVPS),
}

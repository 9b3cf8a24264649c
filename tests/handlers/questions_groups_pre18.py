"""A group written by the lead in the twenty-third round, for the lead's
blind set 36, written at the start of the round out of every engineer's
reach and measured once on main before any of the round's work: the
programme de réussite éducative (PRE) of Vierzon, in the Cher — the town's
coordinator and the deputy mayor for education who chairs it, the
Education nationale's inspector and a secondary school's head, the CCAS's
pathway workers, a social centre, the CAF, the Department's social action
and PMI, street educators, the hospital's child psychiatry unit, the
media library and the prefect's delegate for the priority areas. A monthly
support team (the « EPS ») on Tuesday mornings, a steering committee
three times a year. The set leans on dates and periods inside questions
(« d'ici les vacances », « avant l'été », « la semaine du 14 », « fin
janvier »). Tasks and attendance in the store; the person asking is a
member, not the coordinator: a pathway worker of the CCAS. Organisation
names are real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["PRE18_AFTER_SETUP", "PRE18_ASKERS", "PRE18_GROUPS", "PRE18_TASKS"]

SLUG = "pre18"

PRE18_MEMBERS = (
    ("Sophie Marchand", "Ville de Vierzon", "Coordinatrice du programme de réussite éducative"),
    ("Hervé Tissier", "Ville de Vierzon", "Adjoint au maire chargé de l'éducation, président du comité de pilotage"),
    ("Nathalie Bourdin", "Éducation nationale", "Inspectrice de l'Éducation nationale de la circonscription de Vierzon"),
    ("Olivier Ragot", "Collège Édouard-Vaillant", "Principal du collège"),
    ("Leïla Haddad", "CCAS de Vierzon", "Référente de parcours"),
    ("Julien Perrot", "CCAS de Vierzon", "Référent de parcours"),
    ("Damien Couturier", "Centre socioculturel du Colombier", "Directeur du centre social"),
    ("Émilie Rousset", "CAF du Cher", "Conseillère territoriale"),
    ("Thierry Gaudin", "Conseil départemental du Cher", "Responsable de la Maison départementale d'action sociale de Vierzon"),
    ("Claire Lemoine", "Conseil départemental du Cher", "Médecin de PMI"),
    ("Rachid Benali", "Prévention spécialisée du Cher", "Éducateur de rue"),
    ("Martine Pelletier", "Centre hospitalier George-Sand", "Psychologue au CMP enfants"),
    ("Yves Moreau", "Médiathèque Paul-Éluard", "Responsable du secteur jeunesse"),
    ("Aurélie Fournier", "Préfecture du Cher", "Déléguée du préfet pour les quartiers prioritaires"),
)

PRE18_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:00", "Comité de pilotage, hôtel de ville, Vierzon", ()),
    ("2026-10-13 09:30", "2026-10-13 12:00", "Équipe pluridisciplinaire de soutien, CCAS de Vierzon", ()),
    ("2026-11-17 09:30", "2026-11-17 12:00", "Équipe pluridisciplinaire de soutien, centre socioculturel du Colombier",
     ()),
    ("2026-12-15 09:30", "2026-12-15 12:00", "Équipe pluridisciplinaire de soutien, collège Édouard-Vaillant",
     ("Bilan des parcours du premier trimestre", "Stage de théâtre des vacances d'hiver",
      "Nouvelles orientations des écoles")),
    ("2027-01-21 14:00", "2027-01-21 16:30", "Comité de pilotage, hôtel de ville, Vierzon",
     ("Budget 2027 du programme", "Évaluation à mi-parcours", "Convention avec la CAF")),
    ("2027-03-16 09:30", "2027-03-16 12:00", "Équipe pluridisciplinaire de soutien, médiathèque Paul-Éluard", ()),
    ("2027-06-22 14:00", "2027-06-22 16:30", "Comité de pilotage, hôtel de ville, Vierzon", ("Bilan de l'année",)),
)

PRE18_DEADLINES = (
    ("2026-12-09", "Retour des fiches d'orientation des écoles"),
    ("2026-12-18", "Dossier de programmation du contrat de ville"),
    ("2027-01-08", "Bilan des ateliers de soutien scolaire"),
    ("2027-02-12", "Inscriptions au stage de théâtre"),
    ("2027-04-30", "Rapport d'activité 2026"),
)

PRE18_DECISIONS = (
    ("2026-09-17", 1, "L'équipe pluridisciplinaire de soutien se réunit un mardi matin par mois, hors vacances scolaires."),
    ("2026-09-17", 1, "Le programme suit 120 enfants cette année, de la maternelle à la cinquième."),
    ("2026-09-17", 1, "Les familles signent un accord écrit avant toute prise en charge."),
    ("2026-10-13", 2, "Les ateliers de soutien scolaire ont lieu le mercredi après-midi à la médiathèque."),
    ("2026-10-13", 2, "Le programme finance jusqu'à dix séances d'orthophonie par enfant."),
    ("2026-10-13", 2, "Un parcours dure au plus deux ans."),
    ("2026-11-17", 3, "Un stage de théâtre est proposé aux collégiens pendant les vacances d'hiver."),
    ("2026-11-17", 3, "La CAF finance l'accompagnement à la scolarité à hauteur de 15 000 euros."),
    ("2026-11-17", 3, "Les référents de parcours rencontrent chaque famille au moins une fois par mois."),
    ("2026-11-17", 3, "Le comité de pilotage de janvier vote le budget 2027."),
)

PRE18_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de pilotage", "Sophie Marchand", "2026-09-24", 1, "done"),
        ("Recenser les besoins d'orthophonie", "Martine Pelletier", "2026-11-20", 2),
        ("Relancer les écoles pour les fiches d'orientation", "Nathalie Bourdin", "2026-11-27", 2),
        ("Mettre à jour la liste des enfants suivis", "Leïla Haddad", "2026-12-04", 3),
        ("Réserver la salle de théâtre pour le stage d'hiver", "Yves Moreau", "2026-12-11", 3),
        ("Préparer le bilan du premier trimestre", "Leïla Haddad", "2026-12-14", 3),
        ("Préparer le budget 2027", "Sophie Marchand", "2027-01-14", 3),
        ("Rédiger la convention avec la CAF", "Émilie Rousset", "2027-01-15", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): a pathway worker of the CCAS.
PRE18_ASKERS = {SLUG: "Leïla Haddad"}

PRE18_GROUPS = {
    SLUG: (PRE18_MEMBERS, PRE18_MEETINGS, PRE18_DEADLINES, PRE18_DECISIONS, "Sophie Marchand"),
}

# What the coordinator's account typed after the support team at the social centre (séance n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Sophie Marchand, Nathalie Bourdin, Leïla Haddad, Julien Perrot, Damien Couturier, "
    "Thierry Gaudin, Rachid Benali, Yves Moreau",
    "/excuses n°3 Martine Pelletier, Émilie Rousset",
    "/absents n°3",
)

# What members said in the chat before the December support team at the school (séance n°4).
RSVPS = (
    ("Olivier Ragot", "/present"),
    ("Damien Couturier", "/present"),
    ("Claire Lemoine", "/present"),
    ("Rachid Benali", "/excuse"),
)

PRE18_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Leïla Haddad", "pr", ATTENDANCE_COMMANDS, RSVPS),
}

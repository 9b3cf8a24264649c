"""A group written by helper w38c in the thirty-seventh round, for the lead's
blind set 75 (a stranger's general set in the words of the members of a
commission consultative for the integration of foreigners in the canton of
Neuchâtel, who write Swiss French): the « Commission consultative pour
l'intégration des étrangers » of the invented Ville des Rochettes, chief town
of an invented district — the conseiller communal who chairs it, a conseillère
générale who is its vice-president, the Ville's délégué à l'intégration (the
group's coordinator), the canton's service de la cohésion multiculturelle
(COSM) and Service des migrations (SMIG), the invented centre d'accueil des
Pâquerettes for asylum seekers, the services sociaux régionaux and the ORP,
Caritas Neuchâtel's head of integration (the asker), EPER's project officer,
an invented federation of migrants' associations (its president and its
secretary), the cercle scolaire's director and its teacher of the classes
d'accueil, the police neuchâteloise's police de proximité, an invented
community interpreting service, the Croix-Rouge neuchâteloise and an invented
French courses association (its president and its coordinator).
Meetings: the séance of March at the Hôtel de Ville, the review of the
Semaine d'actions contre le racisme in May, the visit of the centre d'accueil
in September, the autumn séance of November (PIC and budget 2027), the séance
of 10 December on the newcomers, the working group on French courses for the
parents in January and the séance of February on the Semaine 2027. Tasks
(three late, one of them the asker's; one done; one cancelled), the attendance
of the May review and the November séance in the store, announced presences
for the séance of 10 December; the person asking is a member, not the
coordinator. Organisation names are public bodies (the COSM, the Service des
migrations, the ORP, Caritas Neuchâtel, EPER, the police neuchâteloise, the
Croix-Rouge neuchâteloise) or invented ones (the Ville, its services, the
centre, the federation, the cercle scolaire, the interpreting service, the
association); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["INTEGNE26_AFTER_SETUP", "INTEGNE26_ASKERS", "INTEGNE26_GROUPS", "INTEGNE26_TASKS"]

SLUG = "integne26"
ASKER = "Mireille Huguenin"
FEDERATION = "Fédération des associations de migrants des Rochettes (FAMR)"
CERCLE = "Cercle scolaire des Rochettes"
PARLONS = "Parlons français, association de cours de français des Rochettes"

INTEGNE26_MEMBERS = (
    ("Pascal Jeanneret", "Ville des Rochettes, Conseil communal", "Conseiller communal, dicastère de la cohésion "
                                                                  "sociale, président de la commission"),
    ("Rosa Mendes", "Ville des Rochettes, Conseil général", "Conseillère générale, vice-présidente de la "
                                                            "commission"),
    ("Raphaël Vuilleumier", "Ville des Rochettes, bureau de l'intégration", "Délégué à l'intégration, "
                                                                           "coordinateur de la commission"),
    ("Sandrine Perrenoud", "Service de la cohésion multiculturelle (COSM)", "Collaboratrice scientifique, "
                                                                           "répondante du programme "
                                                                           "d'intégration cantonal (PIC)"),
    ("Olivier Matthey", "Service des migrations (SMIG)", "Chef de l'office de l'asile"),
    ("Luca Ferrari", "Centre d'accueil des Pâquerettes pour requérants d'asile", "Responsable du centre "
                                                                                "d'accueil"),
    ("Catherine Robert-Nicoud", "Services sociaux régionaux des Rochettes", "Cheffe du guichet social régional"),
    ("Thierry Guyot", "Office régional de placement (ORP) des Rochettes", "Conseiller en personnel, référent "
                                                                         "pour les personnes réfugiées"),
    ("Mireille Huguenin", "Caritas Neuchâtel", "Responsable du secteur intégration"),
    ("Stefan Brügger", "EPER (HEKS), bureau romand", "Chargé de projet pour l'insertion professionnelle des "
                                                     "personnes réfugiées"),
    ("Amadou Diallo", FEDERATION, "Président de la fédération"),
    ("Fatma Yilmaz", FEDERATION, "Secrétaire de la fédération, responsable de la Fête interculturelle"),
    ("Jean-Daniel Monnier", CERCLE, "Directeur de l'école obligatoire"),
    ("Valérie Schneider", CERCLE, "Enseignante des classes d'accueil, référente pour les élèves allophones"),
    ("Yves Cuche", "Police neuchâteloise, police de proximité", "Sergent-major, chef du poste de proximité des "
                                                                "Rochettes"),
    ("Hanna Tesfay", "Se comprendre, service d'interprétariat communautaire", "Coordinatrice des interprètes, "
                                                                             "interprète en tigrigna"),
    ("Monique Favre", "Croix-Rouge neuchâteloise", "Responsable du programme de parrainage des familles "
                                                   "réfugiées"),
    ("Ana Lopes", PARLONS, "Présidente de l'association"),
    ("Marc Aellen", PARLONS, "Coordinateur des cours de français, formateur d'adultes"),
)

INTEGNE26_MEETINGS = (
    ("2026-03-12 18:00", "2026-03-12 20:00", "Séance de la commission consultative pour l'intégration des "
                                             "étrangers, salle du Conseil général, Hôtel de Ville des Rochettes",
     ()),
    ("2026-05-20 18:00", "2026-05-20 20:00", "Bilan de la Semaine d'actions contre le racisme 2026, Maison des "
                                             "associations des Rochettes", ()),
    ("2026-09-08 17:30", "2026-09-08 19:30", "Visite du centre d'accueil des Pâquerettes et séance avec l'équipe du "
                                             "centre", ()),
    ("2026-11-12 18:00", "2026-11-12 20:30", "Séance d'automne de la commission : bilan du programme d'intégration "
                                             "cantonal et budget 2027, salle du Conseil général, Hôtel de Ville des "
                                             "Rochettes", ()),
    ("2026-12-10 18:00", "2026-12-10 20:00", "Séance de commission : accueil des nouveaux arrivants, Maison des "
                                             "associations des Rochettes, salle du Tilleul",
     ("Bilan de la séance d'accueil des nouveaux arrivants de novembre",
      "Lancement de la permanence d'interprétariat au guichet social",
      "Calendrier des séances 2027",
      "Divers")),
    ("2027-01-27 14:00", "2027-01-27 16:30", "Groupe de travail sur les cours de français pour les parents d'élèves "
                                             "allophones, collège des Cerisiers",
     ("Horaires et lieux des cours",
      "Garde des enfants pendant les cours")),
    ("2027-02-25 18:00", "2027-02-25 20:00", "Séance de commission : Semaine d'actions contre le racisme 2027, salle "
                                             "du Conseil général, Hôtel de Ville des Rochettes",
     ("Programme de la Semaine d'actions contre le racisme",
      "Stands des associations communautaires",
      "Rapport annuel 2026 de la commission")),
)

INTEGNE26_DEADLINES = (
    ("2026-12-04", "Retour des remarques sur le procès-verbal de la séance du 12 novembre"),
    ("2026-12-15", "Dépôt des demandes de subvention communale pour les projets d'intégration 2027"),
    ("2026-12-18", "Inscription des familles aux cours de français parents-enfants du semestre de printemps"),
    ("2027-01-15", "Envoi des propositions d'animations pour la Semaine d'actions contre le racisme"),
    ("2027-01-29", "Remise au COSM du rapport d'activité 2026 des projets soutenus par le PIC"),
    ("2027-02-12", "Envoi des documents de la séance de février aux membres de la commission"),
)

INTEGNE26_DECISIONS = (
    ("2026-03-12", 1, "La commission se réunit cinq fois par an, en principe le jeudi à 18 heures."),
    ("2026-03-12", 1, "Le procès-verbal de chaque séance est envoyé aux membres dans les trois semaines."),
    ("2026-03-12", 1, "Un membre empêché peut se faire remplacer par un suppléant de son organisation."),
    ("2026-05-20", 2, "La Semaine d'actions contre le racisme 2027 se tient sur la place du Marché et dans les "
                      "écoles du cercle scolaire."),
    ("2026-05-20", 2, "Chaque association communautaire reçoit un stand gratuit à la Fête interculturelle de "
                      "septembre."),
    ("2026-05-20", 2, "Un flyer de bienvenue traduit en douze langues est remis aux nouveaux arrivants au contrôle "
                      "des habitants."),
    ("2026-09-08", 3, "Les enfants du centre d'accueil des Pâquerettes sont scolarisés dans les classes d'accueil "
                      "du collège des Cerisiers."),
    ("2026-09-08", 3, "Une navette gratuite relie le centre d'accueil au centre-ville le mercredi après-midi."),
    ("2026-09-08", 3, "Les entretiens de parents à l'école se font avec un interprète communautaire payé par le "
                      "canton."),
    ("2026-11-12", 4, "Le budget 2027 des projets d'intégration de la Ville est fixé à septante mille francs."),
    ("2026-11-12", 4, "Les subventions aux projets sont plafonnées à cinq mille francs par association et par "
                      "année."),
    ("2026-11-12", 4, "Une séance d'accueil des nouveaux arrivants est organisée deux fois par an, au printemps et "
                      "en automne."),
    ("2026-11-12", 4, "Une permanence d'interprétariat est testée au guichet social régional le mardi matin "
                      "pendant six mois."),
    ("2026-11-12", 4, "Les cours de français pour les parents allophones sont gratuits, avec une garde d'enfants "
                      "sur place."),
)

INTEGNE26_TASKS = {
    SLUG: (
        ("Organiser un repas canadien avec les familles du centre d'accueil", "Luca Ferrari", "2026-10-09", 3,
         "cancelled"),
        ("Faire traduire le flyer de bienvenue en douze langues", "Hanna Tesfay", "2026-10-30", 2, "done"),
        ("Rédiger le règlement d'attribution des subventions aux projets d'intégration", "Rosa Mendes",
         "2026-11-06", 3),
        ("Recenser les besoins en interprètes des écoles du cercle scolaire", "Valérie Schneider", "2026-11-20", 3),
        ("Rédiger la synthèse des demandes reçues à la permanence sociale de Caritas", "Mireille Huguenin",
         "2026-11-27", 3),
        ("Préparer le bilan de la séance d'accueil des nouveaux arrivants", "Sandrine Perrenoud", "2026-12-09", 4),
        ("Présenter le planning de la permanence d'interprétariat au guichet social", "Catherine Robert-Nicoud",
         "2026-12-10", 4),
        ("Relire la brochure « Bienvenue aux Rochettes » avant impression", "Mireille Huguenin", "2026-12-16", 4),
        ("Demander l'autorisation d'occuper la place du Marché pour la Semaine d'actions contre le racisme",
         "Yves Cuche", "2027-01-22", 4),
        ("Proposer des horaires de cours de français pour les parents d'élèves", "Ana Lopes", "2027-01-27", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): Caritas Neuchâtel's head of integration.
INTEGNE26_ASKERS = {SLUG: ASKER}

INTEGNE26_GROUPS = {
    SLUG: (INTEGNE26_MEMBERS, INTEGNE26_MEETINGS, INTEGNE26_DEADLINES, INTEGNE26_DECISIONS, "Raphaël Vuilleumier"),
}

# What the délégué typed after the review of the Semaine (n°2) and the autumn séance (n°4); nothing was recorded for
# the séance of March (n°1) nor for the visit of the centre d'accueil (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Pascal Jeanneret, Rosa Mendes, Raphaël Vuilleumier, Sandrine Perrenoud, Mireille Huguenin, "
    "Amadou Diallo, Fatma Yilmaz, Jean-Daniel Monnier, Yves Cuche, Hanna Tesfay, Monique Favre, Ana Lopes",
    "/excuses n°2 Olivier Matthey, Catherine Robert-Nicoud, Stefan Brügger",
    "/absents n°2 Thierry Guyot",
    "/presents n°4 Pascal Jeanneret, Raphaël Vuilleumier, Sandrine Perrenoud, Olivier Matthey, Luca Ferrari, "
    "Catherine Robert-Nicoud, Thierry Guyot, Stefan Brügger, Amadou Diallo, Jean-Daniel Monnier, "
    "Valérie Schneider, Hanna Tesfay, Ana Lopes, Marc Aellen",
    "/excuses n°4 Mireille Huguenin, Rosa Mendes, Monique Favre",
    "/absents n°4 Yves Cuche",
)

# What members said in the chat before the séance of 10 December (n°5).
RSVPS = (
    ("Pascal Jeanneret", "/present"),
    ("Raphaël Vuilleumier", "/present"),
    ("Sandrine Perrenoud", "/present"),
    ("Catherine Robert-Nicoud", "/present"),
    ("Amadou Diallo", "/present"),
    ("Hanna Tesfay", "/present"),
    ("Luca Ferrari", "/present"),
    ("Ana Lopes", "/present"),
    ("Olivier Matthey", "/excuse"),
    ("Jean-Daniel Monnier", "/excuse"),
)

INTEGNE26_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "integne26", ATTENDANCE_COMMANDS, RSVPS),
}

"""A group written by helper w29c in the twenty-eighth round, for the
lead's blind set 48 (a stranger's general set in Swiss French, in the words
of the partners of a Geneva contrat de quartier): the steering group
(comité de pilotage) of an invented contrat de quartier des Marronniers in
the commune of Vernier (Geneva), whose partners share the platform
social.up — the commune's conseiller administratif in charge of social
cohesion (who chairs), the coordinator of the contrat de quartier and the
secretary of the sittings (both of the Ville de Vernier), the Hospice
général's social worker, the FASe's travailleur social hors murs, the
maison de quartier (its animator and the president of its committee), an
invented fondation immobilière (its social manager and the head
caretaker), the police municipale (APM), the parents' association, the
residents' association (the asker's) and the tenants' association, the
canton's Bureau de l'intégration et de la citoyenneté, the school's
director and Pro Senectute. Comité de pilotage (« copil »), a marche
exploratoire, forums de quartier and a working group on outdoor spaces.
Tasks (three late, one of them the asker's; two done; one cancelled), the
attendance of the marche exploratoire and of the November copil in the
store, announced presences for the copil of 10 December. The group's time
zone is Europe/Zurich (the same offsets as Europe/Paris, in which the
harness builds every group). Organisation names are real public bodies or
invented (the contrat de quartier, the fondation, the associations); every
person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["VERNIER48_AFTER_SETUP", "VERNIER48_ASKERS", "VERNIER48_GROUPS", "VERNIER48_TASKS"]

SLUG = "quartier-vernier48"
ASKER = "Michel Golay"
VILLE = "Ville de Vernier"
MQ = "Maison de quartier des Marronniers"
FONDATION = "Fondation immobilière Rhône-Lignon"

VERNIER48_MEMBERS = (
    ("Pascal Rochat", VILLE, "Conseiller administratif chargé de la cohésion sociale, président du comité de "
                             "pilotage"),
    ("Nadia Berthoud", VILLE, "Coordinatrice du contrat de quartier, service de la cohésion sociale"),
    ("Cédric Favre", VILLE, "Assistant administratif, secrétaire des séances du comité de pilotage"),
    ("Sandrine Jaquier", "Hospice général", "Assistante sociale au centre d'action sociale de Vernier"),
    ("Kevin Dubuis", "Fondation genevoise pour l'animation socioculturelle (FASe)", "Travailleur social hors murs"),
    ("Laura Pittet", MQ, "Animatrice socioculturelle, responsable de l'équipe d'animation"),
    ("Jean-Daniel Perrin", MQ, "Président du comité de l'association de la maison de quartier"),
    ("Marie-Claude Gander", FONDATION, "Gérante sociale des immeubles des Marronniers"),
    ("Ardian Berisha", FONDATION, "Concierge principal des immeubles des Marronniers"),
    ("Stéphane Chappuis", "Police municipale de Vernier", "Sergent, responsable de la police de proximité"),
    ("Samira Haddad", "Association des parents d'élèves des Marronniers", "Présidente"),
    ("Michel Golay", "Association des habitants des Marronniers", "Président"),
    ("Rosa Ferreira", "Association des locataires des Marronniers", "Co-présidente"),
    ("Thomas Ducret", "Bureau de l'intégration et de la citoyenneté", "Chargé de projets intégration, référent du "
                                                                      "programme d'intégration cantonal"),
    ("Christine Aebischer", "École des Marronniers", "Directrice d'établissement"),
    ("Patricia Monod", "Pro Senectute Genève", "Travailleuse sociale, action communautaire pour les aînés"),
)

VERNIER48_MEETINGS = (
    ("2026-09-10 18:30", "2026-09-10 20:30", "Comité de pilotage, salle des commissions de la mairie de Vernier", ()),
    ("2026-10-03 10:00", "2026-10-03 12:30", "Marche exploratoire, départ place des Marronniers", ()),
    ("2026-10-28 18:30", "2026-10-28 21:00", "Forum de quartier, aula de l'école des Marronniers", ()),
    ("2026-11-17 18:30", "2026-11-17 20:30", "Comité de pilotage, maison de quartier des Marronniers", ()),
    ("2026-12-10 18:30", "2026-12-10 20:30", "Comité de pilotage, salle des commissions de la mairie de Vernier",
     ("Plan d'actions 2027 du contrat de quartier", "Règlement du fonds de quartier",
      "Bilan de la présence hors murs dans le préau", "Calendrier du budget participatif")),
    ("2027-01-20 14:00", "2027-01-20 16:00", "Groupe de travail espaces extérieurs, local de l'association des "
                                             "habitants",
     ("Éclairage du chemin piéton", "Aménagement de la place des Marronniers")),
    ("2027-03-06 10:00", "2027-03-06 12:30", "Forum de quartier, aula de l'école des Marronniers",
     ("Présentation des projets du budget participatif",)),
)

VERNIER48_DEADLINES = (
    ("2026-12-11", "Retour des associations sur le plan d'actions 2027"),
    ("2026-12-18", "Dépôt des demandes de soutien au fonds de quartier"),
    ("2027-01-29", "Dépôt des projets d'habitants pour le budget participatif"),
    ("2027-02-15", "Remise du rapport intermédiaire au Conseil administratif"),
    ("2027-03-31", "Dépôt de la demande de financement au programme d'intégration cantonal"),
)

VERNIER48_DECISIONS = (
    ("2026-09-10", 1, "Le comité de pilotage se réunit tous les deux mois, en alternance à la mairie et à la maison "
                      "de quartier."),
    ("2026-09-10", 1, "Le fonds de quartier dispose de 60 000 francs par année pour les projets d'habitants."),
    ("2026-09-10", 1, "Les procès-verbaux sont envoyés aux partenaires dans les dix jours qui suivent la séance."),
    ("2026-10-03", 2, "La commune renforce l'éclairage du chemin piéton entre l'allée 12 et l'arrêt du tram."),
    ("2026-10-03", 2, "Les bancs de la place des Marronniers sont déplacés à l'ombre des platanes."),
    ("2026-10-28", 3, "Une permanence d'écrivain public est ouverte le mardi soir à la maison de quartier."),
    ("2026-10-28", 3, "Les habitants votent le budget participatif au printemps 2027."),
    ("2026-11-17", 4, "Les travailleurs sociaux hors murs assurent une présence dans le préau le vendredi soir "
                      "jusqu'à 22 heures."),
    ("2026-11-17", 4, "Un cours de français pour les mamans est proposé pendant les heures d'école."),
    ("2026-11-17", 4, "La fondation vide et ferme les caves de l'allée 18 avant l'été."),
    ("2026-11-17", 4, "La fête de quartier 2027 a lieu le samedi 12 juin."),
)

VERNIER48_TASKS = {
    SLUG: (
        ("Envoyer le PV du comité de pilotage de septembre", "Cédric Favre", "2026-09-21", 1, "done"),
        ("Traduire le flyer du forum en portugais, albanais et tigrinya", "Thomas Ducret", "2026-10-20", 1, "done"),
        ("Relever les points sombres signalés pendant la marche exploratoire", "Stéphane Chappuis", "2026-10-16", 2),
        ("Commander des bancs neufs pour la place des Marronniers", "Marie-Claude Gander", "2026-11-06", 2,
         "cancelled"),
        ("Demander aux SIG un devis pour l'éclairage du chemin piéton", "Nadia Berthoud", "2026-11-13", 2),
        ("Recenser les bénévoles pour la permanence d'écrivain public", "Michel Golay", "2026-11-27", 3),
        ("Rédiger le règlement du fonds de quartier", "Nadia Berthoud", "2026-12-04", 1),
        ("Trouver une salle pour le cours de français des mamans", "Laura Pittet", "2026-12-09", 4),
        ("Organiser la présence du vendredi soir dans le préau", "Kevin Dubuis", "2026-12-11", 4),
        ("Informer les parents du cours de français", "Samira Haddad", "2026-12-15", 4),
        ("Faire remonter à la fondation les problèmes d'humidité des appartements", "Rosa Ferreira", "2026-12-18", 2),
        ("Accompagner les familles vers les permanences sociales", "Sandrine Jaquier", "2027-01-15", 3),
        ("Présenter le fonds de quartier à l'assemblée de l'association des habitants", "Michel Golay",
         "2027-01-22", 4),
        ("Présenter le contrat de quartier au Conseil municipal", "Pascal Rochat", "2027-01-26", 4),
        ("Organiser un café des aînés à la maison de quartier", "Patricia Monod", "2027-02-05", 3),
        ("Réserver l'aula pour le forum de mars", "Christine Aebischer", "2027-02-12", 4),
        ("Préparer le vote du budget participatif", "Jean-Daniel Perrin", "2027-02-26", 3),
        ("Préparer la demande au programme d'intégration cantonal", "Thomas Ducret", "2027-03-19", 4),
        ("Vider et fermer les caves de l'allée 18", "Ardian Berisha", "2027-05-28", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the president of the residents'
# association.
VERNIER48_ASKERS = {SLUG: ASKER}

VERNIER48_GROUPS = {
    SLUG: (VERNIER48_MEMBERS, VERNIER48_MEETINGS, VERNIER48_DEADLINES, VERNIER48_DECISIONS, "Nadia Berthoud"),
}

# What the coordinator typed after the marche exploratoire (n°2) and the November copil (n°4); nothing was
# recorded for the copil of September (n°1) nor for the forum of October (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Nadia Berthoud, Pascal Rochat, Stéphane Chappuis, Kevin Dubuis, Laura Pittet, Michel Golay, "
    "Rosa Ferreira, Samira Haddad, Marie-Claude Gander, Patricia Monod, Thomas Ducret",
    "/excuses n°2 Sandrine Jaquier, Christine Aebischer",
    "/absents n°2 Ardian Berisha",
    "/presents n°4 Pascal Rochat, Nadia Berthoud, Cédric Favre, Sandrine Jaquier, Kevin Dubuis, Laura Pittet, "
    "Jean-Daniel Perrin, Marie-Claude Gander, Michel Golay, Samira Haddad, Thomas Ducret, Christine Aebischer",
    "/excuses n°4 Stéphane Chappuis, Patricia Monod",
    "/absents n°4 Rosa Ferreira",
)

# What members said in the chat before the copil of 10 December (n°5).
RSVPS = (
    ("Pascal Rochat", "/present"),
    ("Nadia Berthoud", "/present"),
    ("Kevin Dubuis", "/present"),
    ("Marie-Claude Gander", "/present"),
    ("Thomas Ducret", "/present"),
    ("Sandrine Jaquier", "/present"),
    ("Stéphane Chappuis", "/excuse"),
    ("Christine Aebischer", "/excuse"),
)

VERNIER48_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "vq", ATTENDANCE_COMMANDS, RSVPS),
}

"""A group written by helper r39c in the thirty-eighth round, for blind set 46c
(amounts, figures and budgets): the comité d'attribution of the Fonds d'aide
aux jeunes (FAJ) of the Gironde and its youth-autonomy partners — the
Département's vice-president for youth who chairs it, the FAJ's head of unit
who coordinates it, an instructor and the fund's budget officer; the missions
locales of Bordeaux, the Médoc and the Libournais; the CAF; the CCAS of
Mérignac and Libourne; the CROUS; a foyer de jeunes travailleurs (URHAJ); a
prevention association; the PJJ; the Secours populaire; the Région (transport
and training aids); the Banque alimentaire; the CLLAJ; France Travail.
Meetings: the comités of 15 September (Bordeaux), 13 October (Libourne,
nothing recorded) and 17 November (the last, Bordeaux); the comité of Tuesday
8 December (the next); the working group on housing of 12 January at the
CLLAJ; the comité of 9 February at Lesparre-Médoc. The attendance of 15
September and 17 November is in the store, and the announced presences for 8
December; the person asking is the mission locale du Libournais's housing
referent, a member, not the coordinator. Real public bodies are named; the
foyer, the prevention association and every person are invented; every amount
is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["FAJ33_AFTER_SETUP", "FAJ33_ASKERS", "FAJ33_GROUPS", "FAJ33_TASKS"]

SLUG = "faj33"
ASKER = "Gaëlle Ferrand"
CD33 = "Département de la Gironde"

FAJ33_MEMBERS = (
    ("Christine Lamarque", CD33, "Vice-présidente chargée de la jeunesse, présidente du comité d'attribution du FAJ"),
    ("Yannick Dupouy", CD33, "Chef du service du Fonds d'aide aux jeunes, coordinateur du comité"),
    ("Sandrine Labat", CD33, "Instructrice des demandes d'aide du FAJ"),
    ("Marc Peyrat", CD33, "Gestionnaire budgétaire du FAJ"),
    ("Mehdi Ould-Ali", "Mission locale de Bordeaux", "Conseiller référent du Contrat d'engagement jeune"),
    ("Laetitia Brun", "Mission locale du Médoc", "Directrice de la mission locale"),
    ("Gaëlle Ferrand", "Mission locale du Libournais", "Conseillère en insertion, référente logement"),
    ("Olivier Cazaux", "CAF de la Gironde", "Responsable du pôle action sociale"),
    ("Nadia Khelifi", "CCAS de Mérignac", "Directrice du CCAS"),
    ("Romain Lestage", "CCAS de Libourne", "Travailleur social, référent jeunes"),
    ("Pauline Marchand", "CROUS de Bordeaux-Aquitaine", "Assistante sociale du service social étudiant"),
    ("Thomas Dubernet", "URHAJ Nouvelle-Aquitaine",
     "Directeur du foyer de jeunes travailleurs Les Chartrons, Bordeaux"),
    ("Inès Garcia", "Prévention Rive Droite", "Éducatrice de prévention spécialisée, Cenon"),
    ("Franck Mongeaud", "PJJ Gironde", "Éducateur à l'unité éducative de milieu ouvert de Bordeaux"),
    ("Maryse Darrigade", "Secours populaire de la Gironde", "Bénévole, responsable de l'aide aux étudiants"),
    ("Julien Baqué", "Région Nouvelle-Aquitaine", "Chargé de mission mobilité et formation des jeunes"),
    ("Hélène Sarrazin", "Banque alimentaire de la Gironde", "Responsable des partenariats"),
    ("Kevin Larrieu", "CLLAJ de Bordeaux Métropole", "Conseiller logement jeunes"),
    ("Sophie Etcheverry", "France Travail", "Conseillère à l'agence de Libourne"),
)

FAJ33_MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 17:00", "Comité d'attribution du FAJ : bilan du premier semestre, "
                                             "Immeuble Gironde, Bordeaux", ()),
    ("2026-10-13 14:00", "2026-10-13 16:30", "Comité d'attribution du FAJ : aides à la mobilité, "
                                             "Mission locale du Libournais, Libourne", ()),
    ("2026-11-17 14:00", "2026-11-17 17:00", "Comité d'attribution du FAJ : budget 2027, "
                                             "Immeuble Gironde, Bordeaux", ()),
    ("2026-12-08 14:00", "2026-12-08 17:00", "Comité d'attribution du FAJ, Immeuble Gironde, Bordeaux",
     ("Examen des 38 demandes d'aide d'urgence reçues en novembre",
      "Point sur l'enveloppe 2027 avant la commission permanente",
      "Bilan des aides au permis de conduire",
      "Convention avec le CLLAJ",
      "Questions diverses")),
    ("2027-01-12 09:30", "2027-01-12 12:00", "Groupe de travail logement des jeunes, CLLAJ de Bordeaux Métropole, "
                                             "Bordeaux",
     ("Montant de l'aide à l'installation en 2027",
      "Dépôt de garantie et garantie Visale")),
    ("2027-02-09 14:00", "2027-02-09 17:00", "Comité d'attribution du FAJ, Mission locale du Médoc, Lesparre-Médoc",
     ("Bilan annuel 2026 du FAJ",
      "Premières attributions 2027")),
)

FAJ33_DEADLINES = (
    ("2026-12-04", "Envoi au Département des bilans d'activité 2026 des missions locales"),
    ("2026-12-11", "Dépôt des dossiers d'aide au permis de conduire pour la session de janvier"),
    ("2026-12-18", "Transmission à la CAF de la liste des bénéficiaires de l'aide à l'installation"),
    ("2027-01-15", "Vote de l'enveloppe 2027 du FAJ en commission permanente"),
    ("2027-01-29", "Dépôt de la demande de subvention de 3 000 € du Secours populaire pour les colis étudiants"),
    ("2027-02-26", "Remise du bilan chiffré 2026 du FAJ à l'assemblée départementale"),
)

FAJ33_DECISIONS = (
    ("2026-09-15", 1, "Le comité d'attribution se réunit une fois par mois, le mardi à 14h."),
    ("2026-09-15", 1, "L'aide d'urgence du FAJ est plafonnée à 300 euros par jeune et par demande."),
    ("2026-09-15", 1, "Le FAJ est ouvert aux jeunes de 18 à 25 ans, jusqu'à 30 ans pour les sortants de l'aide "
                      "sociale à l'enfance."),
    ("2026-09-15", 1, "Le comité prend acte du bilan du premier semestre 2026 : 612 jeunes aidés pour un montant de "
                      "186 000 euros."),
    ("2026-10-13", 2, "L'aide au permis de conduire est de 800 euros par jeune, versée directement à "
                      "l'auto-école."),
    ("2026-10-13", 2, "La Région prend en charge 50 % de l'abonnement de transport des jeunes en formation."),
    ("2026-10-13", 2, "Les aides à la mobilité sont réservées aux jeunes en Contrat d'engagement jeune ou en "
                      "formation."),
    ("2026-11-17", 3, "Le comité propose une enveloppe 2027 du FAJ de 420 000 euros, dont 120 000 euros pour "
                      "l'aide d'urgence."),
    ("2026-11-17", 3, "L'aide à l'installation dans un premier logement est de 500 euros au plus, cumulable avec "
                      "l'aide de la CAF."),
    ("2026-11-17", 3, "La CAF participe au fonds à hauteur de 60 000 euros par an."),
    ("2026-11-17", 3, "Le FAJ prend en charge 80 % du loyer du premier mois en foyer de jeunes travailleurs, dans "
                      "la limite de 350 euros."),
    ("2026-11-17", 3, "Une subvention de 15 000 euros est versée au CLLAJ de Bordeaux Métropole pour "
                      "l'accompagnement des jeunes vers le logement."),
    ("2026-11-17", 3, "Les demandes d'aide d'urgence sont instruites sous 72 heures par le service du FAJ."),
    ("2026-11-17", 3, "Les bons alimentaires sont de 50 euros par semaine, pendant quatre semaines au plus."),
    ("2026-11-17", 3, "Un jeune ne peut pas recevoir plus de 1 500 euros d'aides du FAJ sur douze mois."),
)

FAJ33_TASKS = {
    SLUG: (
        ("Envoyer le bilan d'activité 2026 de la mission locale du Libournais", "Gaëlle Ferrand", "2026-12-04", 3),
        ("Transmettre les douze dossiers d'aide au permis du Libournais", "Gaëlle Ferrand", "2026-11-27", 2),
        ("Préparer le tableau budgétaire de l'enveloppe 2027", "Marc Peyrat", "2026-12-04", 3),
        ("Rédiger la convention de subvention avec le CLLAJ", "Yannick Dupouy", "2026-11-30", 3),
        ("Chiffrer le coût de l'aide à l'installation pour 2027", "Kevin Larrieu", "2027-01-08", 3),
        ("Envoyer le compte rendu du comité du 17 novembre", "Sandrine Labat", "2026-11-24", 3, "done"),
        ("Confirmer par écrit la participation de la CAF pour 2027", "Olivier Cazaux", "2026-12-15", 3),
        ("Organiser une réunion d'information sur le Pass mobilité à Lesparre", "Julien Baqué", "2026-11-20", 2,
         "cancelled"),
        ("Distribuer les bons alimentaires de décembre aux étudiants", "Hélène Sarrazin", "2026-12-10", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the Libournais's housing referent.
FAJ33_ASKERS = {SLUG: ASKER}

FAJ33_GROUPS = {
    SLUG: (FAJ33_MEMBERS, FAJ33_MEETINGS, FAJ33_DEADLINES, FAJ33_DECISIONS, "Yannick Dupouy"),
}

# What the coordinator typed after the comités of 15 September (n°1) and 17 November (n°3); nothing was recorded
# for the comité of 13 October (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Christine Lamarque, Yannick Dupouy, Sandrine Labat, Marc Peyrat, Mehdi Ould-Ali, Laetitia Brun, "
    "Gaëlle Ferrand, Olivier Cazaux, Nadia Khelifi, Pauline Marchand, Thomas Dubernet, Kevin Larrieu, "
    "Sophie Etcheverry",
    "/excuses n°1 Julien Baqué, Franck Mongeaud, Hélène Sarrazin",
    "/absents n°1 Inès Garcia, Romain Lestage, Maryse Darrigade",
    "/presents n°3 Christine Lamarque, Yannick Dupouy, Sandrine Labat, Marc Peyrat, Mehdi Ould-Ali, "
    "Gaëlle Ferrand, Olivier Cazaux, Romain Lestage, Thomas Dubernet, Julien Baqué, Kevin Larrieu",
    "/excuses n°3 Laetitia Brun, Nadia Khelifi, Pauline Marchand, Maryse Darrigade",
    "/absents n°3 Franck Mongeaud",
)

# What members said in the chat before the comité of 8 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Christine Lamarque", "/present"),
    ("Yannick Dupouy", "/present"),
    ("Marc Peyrat", "/present"),
    ("Olivier Cazaux", "/present"),
    ("Kevin Larrieu", "/present"),
    ("Thomas Dubernet", "/present"),
    ("Julien Baqué", "/excuse"),
    ("Pauline Marchand", "/excuse"),
)

FAJ33_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "f33", ATTENDANCE_COMMANDS, RSVPS),
}

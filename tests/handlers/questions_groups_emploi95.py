"""A group written by the lead during the eighth round, never shown to its
engineers: a Val-d'Oise « cité de l'emploi » task force around Sarcelles
and Garges-lès-Gonesse (the sous-préfecture, France Travail, the mission
locale, the communauté d'agglomération Roissy Pays de France, the PLIE,
the Département, employers' and insertion associations), written in a
chat register. Tasks in the store; the person asking is linked to a member.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

__all__ = ["EMPLOI95_ASKERS", "EMPLOI95_GROUPS", "EMPLOI95_TASKS"]

EMPLOI95_MEMBERS = (
    ("Nathalie Bouaziz", "Sous-préfecture de Sarcelles", "Déléguée du préfet, pilote de la cité de l'emploi"),
    ("Karim Haddad", "France Travail", "Directeur de l'agence de Garges-lès-Gonesse"),
    ("Sophie Marchand", "France Travail", "Conseillère entreprises"),
    ("Abdoulaye Sow", "Mission locale Val-d'Oise Est", "Directeur adjoint"),
    ("Céline Dufresne", "Communauté d'agglomération Roissy Pays de France", "Responsable du service emploi et insertion"),
    ("Marc Lemaire", "PLIE Roissy Pays de France", "Coordinateur des parcours"),
    ("Inès Belkacem", "Ville de Sarcelles", "Adjointe au maire chargée de l'emploi"),
    ("Julien Ferreira", "Ville de Garges-lès-Gonesse", "Chef de projet politique de la ville"),
    ("Aïcha Traoré", "Conseil départemental du Val-d'Oise", "Chargée de mission RSA et insertion"),
    ("Pierre-Yves Caron", "GEIQ BTP Val-d'Oise", "Responsable du recrutement"),
    ("Samia Kaci", "Association Potentiel Femmes", "Présidente"),
    ("Olivier Nguyen", "Sous-préfecture de Sarcelles", "Chargé de mission cité de l'emploi, animateur de la cellule"),
)

EMPLOI95_MEETINGS = (
    ("2026-09-22 10:00", "2026-09-22 12:00", "Sous-préfecture de Sarcelles, salle Marianne", ()),
    ("2026-10-20 14:00", "2026-10-20 16:00", "Agence France Travail, Garges-lès-Gonesse", ()),
    ("2026-11-24 10:00", "2026-11-24 12:00", "Mairie de Sarcelles, salle des commissions", ()),
    ("2026-12-15 10:00", "2026-12-15 12:00", "Sous-préfecture de Sarcelles, salle Marianne",
     ("Forum de l'emploi de février", "Mobilité vers la plateforme de Roissy", "Points divers")),
    ("2027-01-26 14:00", "2027-01-26 16:00", "Maison de l'emploi de Villiers-le-Bel", ("Bilan des parcours 2026",)),
    ("2027-03-02 10:00", "2027-03-02 12:00", "Sous-préfecture de Sarcelles, salle Marianne", ()),
)

EMPLOI95_DEADLINES = (
    ("2026-12-04", "Liste des jeunes pour la session de recrutement BTP"),
    ("2026-12-18", "Réponse à l'appel à projets quartiers prioritaires"),
    ("2027-01-15", "Programme du forum de l'emploi"),
    ("2027-02-12", "Tableau de bord annuel de la cité de l'emploi"),
)

EMPLOI95_DECISIONS = (
    ("2026-09-22", 1, "La cellule opérationnelle se réunit tous les mois en alternant Sarcelles et Garges."),
    ("2026-09-22", 1, "Chaque structure désigne un référent unique pour le suivi des jeunes des quartiers prioritaires."),
    ("2026-10-20", 2, "Un forum de l'emploi est organisé au gymnase Nelson-Mandela de Sarcelles en février."),
    ("2026-10-20", 2, "Les navettes vers la plateforme aéroportuaire de Roissy sont financées par l'agglomération pendant six mois."),
    ("2026-11-24", 3, "France Travail ouvre des ateliers de préparation aux entretiens chaque mardi matin."),
    ("2026-11-24", 3, "Le GEIQ BTP réserve quinze places d'alternance aux habitants des quartiers prioritaires."),
)

EMPLOI95_TASKS = {
    "emploi95": (
        ("Transmettre la liste des jeunes au GEIQ", "Abdoulaye Sow", "2026-11-30", 3),
        ("Réserver le gymnase pour le forum", "Inès Belkacem", "2026-12-11", 3),
        ("Écrire la réponse à l'appel à projets", "Olivier Nguyen", "2026-12-16", 3),
        ("Chiffrer le coût des navettes", "Céline Dufresne", "2026-11-20", 2),
        ("Mettre à jour le tableau de bord", "Olivier Nguyen", "2027-02-05", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches »).
EMPLOI95_ASKERS = {"emploi95": "Olivier Nguyen"}

EMPLOI95_GROUPS = {
    "emploi95": (EMPLOI95_MEMBERS, EMPLOI95_MEETINGS, EMPLOI95_DEADLINES, EMPLOI95_DECISIONS, "Olivier Nguyen"),
}

"""A group written by the lead during the twelfth round, never shown to its
engineers, measured once on main before the round's merges and once on the
round's final code: the follow-up committee of the urban renewal of a
Montpellier district (the metropolis, the town, the social landlord, the
State's services, the residents' council, a neighbourhood company, the family
allowance fund, a public bank). Residents and officials mixed: everyday
register. Tasks in the store; the person asking is linked to a member (a
resident); no attendance recorded. Organisation names are real public bodies
or plausible ones; buildings and every person are invented."""

from __future__ import annotations

__all__ = ["MOSSON34_ASKERS", "MOSSON34_GROUPS", "MOSSON34_TASKS"]

SLUG = "mosson34"

MOSSON34_MEMBERS = (
    ("Vincent Pujol", "Montpellier Méditerranée Métropole", "Chef de projet renouvellement urbain"),
    ("Aurélie Vidal", "Montpellier Méditerranée Métropole", "Assistante du projet, secrétariat du comité"),
    ("Lina Morel", "Montpellier Méditerranée Métropole", "Facilitatrice des clauses sociales"),
    ("Jean-Marc Roca", "Ville de Montpellier", "Adjoint au maire délégué à la politique de la ville, président du comité"),
    ("Sabrina Ouali", "ACM Habitat", "Responsable du relogement"),
    ("Olivier Castan", "DDTM de l'Hérault", "Délégué territorial adjoint de l'ANRU"),
    ("Malika Benhamou", "Préfecture de l'Hérault", "Déléguée du préfet"),
    ("Gérard Fabre", "Conseil citoyen de la Mosson", "Habitant, porte-parole du conseil citoyen"),
    ("Fatima Zerrouki", "Régie de quartier Montpellier Ouest", "Directrice"),
    ("Pascale Guiraud", "CAF de l'Hérault", "Travailleuse sociale"),
    ("Romain Bastide", "Banque des Territoires", "Chargé de développement territorial"),
)

MOSSON34_MEETINGS = (
    ("2026-10-08 09:30", "2026-10-08 12:00", "Maison pour tous Léo-Lagrange", ()),
    ("2026-11-19 09:30", "2026-11-19 12:00", "Hôtel de Métropole, salle 3", ()),
    ("2026-12-10 18:00", "2026-12-10 20:00", "Maison du projet de la Mosson",
     ("Démolition du bâtiment Les Tilleuls", "Relogement des locataires", "Calendrier des travaux")),
    ("2027-01-21 09:30", "2027-01-21 12:00", "Hôtel de Métropole, salle 3", ("Jardins partagés",)),
    ("2027-03-04 18:00", "2027-03-04 20:00", "Maison du projet de la Mosson", ()),
)

MOSSON34_DEADLINES = (
    ("2026-12-04", "Enquête sociale auprès des locataires du bâtiment Les Tilleuls"),
    ("2026-12-18", "Avis du conseil citoyen sur le plan guide"),
    ("2027-02-12", "Dossier de clause d'insertion pour le chantier de démolition"),
)

MOSSON34_DECISIONS = (
    ("2026-10-08", 1, "Les réunions publiques avec les habitants se tiennent en soirée à la Maison du projet."),
    ("2026-10-08", 1, "Chaque famille relogée bénéficie d'un accompagnement individuel par ACM Habitat."),
    ("2026-11-19", 2, "La démolition du bâtiment Les Tilleuls est repoussée à l'automne 2027."),
    ("2026-11-19", 2, "Le loyer des familles relogées ne dépasse pas leur loyer actuel, charges comprises."),
    ("2026-11-19", 2, "Un local est réservé au conseil citoyen au rez-de-chaussée de la Maison du projet."),
    ("2026-11-19", 2, "Les jardins partagés sont confiés à la régie de quartier."),
)

MOSSON34_TASKS = {
    SLUG: (
        ("Finaliser l'enquête sociale des Tilleuls", "Sabrina Ouali", "2026-12-04", 2),
        ("Rédiger l'avis du conseil citoyen", "Gérard Fabre", "2026-12-18", 2),
        ("Préparer la clause d'insertion du chantier", "Lina Morel", "2027-02-12", 2),
        ("Envoyer le compte rendu du 19 novembre", "Aurélie Vidal", "2026-11-26", 2),
        ("Mettre à jour le calendrier des travaux", "Vincent Pujol", "2026-11-30", 2),
        ("Trouver un interprète en arabe pour la réunion publique", "Fatima Zerrouki", "2026-12-08", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
MOSSON34_ASKERS = {SLUG: "Gérard Fabre"}

MOSSON34_GROUPS = {
    SLUG: (MOSSON34_MEMBERS, MOSSON34_MEETINGS, MOSSON34_DEADLINES, MOSSON34_DECISIONS, "Vincent Pujol"),
}

"""A group written by engineer C of the tenth round before reading the
understanding code: the Contrat local de santé (CLS) of Saint-Pierre, La
Réunion — the town and its CCAS, the regional health agency, the Département
(PMI), the social security fund (CGSS), the university hospital's southern
site, the State (sous-préfecture, DEETS), the CAF, two neighbouring communes
and three associations. Its members name one another's bodies by what they
are (« l'État », « la sécu », « l'hôpital », « le 974 ») and the group by its
own name (« le CLS »), which two members carry in their roles. Tasks in the
store. Organisation names are real public bodies or plausible ones; every
person is invented."""

from __future__ import annotations

__all__ = ["SANTE974_GROUPS", "SANTE974_TASKS"]

SLUG = "sante974"

SANTE974_MEMBERS = (
    ("Marie-Claude Payet", "Ville de Saint-Pierre", "Coordinatrice du Contrat local de santé"),
    ("Jean-Hugues Hoarau", "Ville de Saint-Pierre", "Adjoint au maire délégué à la santé, président du comité de pilotage du CLS"),
    ("Didier Grondin", "ARS La Réunion", "Délégué territorial Sud"),
    ("Laetitia Nativel", "ARS La Réunion", "Chargée de mission prévention et promotion de la santé"),
    ("Aurélie Técher", "Département de La Réunion", "Cheffe du service de PMI du territoire Sud"),
    ("Nadia Valy", "CGSS de La Réunion", "Responsable de la mission accompagnement santé"),
    ("Olivier Lebon", "CHU de La Réunion, site Sud", "Médecin addictologue"),
    ("Christine Maillot", "Sous-préfecture de Saint-Pierre", "Déléguée du préfet pour la politique de la ville"),
    ("Ludovic Sautron", "DEETS de La Réunion", "Inspecteur, pôle cohésion sociale"),
    ("Sabine Fontaine", "CCAS de Saint-Pierre", "Directrice"),
    ("Patrick Boyer", "Commune du Tampon", "Directeur de la santé publique"),
    ("Josiane Rivière", "Commune de Petite-Île", "Conseillère municipale déléguée aux affaires sociales"),
    ("Fabrice Dijoux", "CAF de La Réunion", "Conseiller technique action sociale"),
    ("Yasmina Ah-Kiem", "Association Kaz Santé", "Animatrice prévention diabète"),
    ("Thierry Robert", "Croix-Rouge française, délégation de La Réunion", "Coordinateur du bus santé"),
    ("Mélissa Hoareau", "Réseau Oté Addictions", "Éducatrice spécialisée"),
)

SANTE974_MEETINGS = (
    ("2026-09-22 09:00", "2026-09-22 12:00", "Hôtel de ville de Saint-Pierre, salle du conseil", ()),
    ("2026-10-20 09:00", "2026-10-20 11:30", "CHU Sud, Terre-Sainte, salle de formation", ()),
    ("2026-11-17 14:00", "2026-11-17 16:30", "Maison de santé de Ravine des Cabris", ()),
    ("2026-12-08 09:00", "2026-12-08 12:00", "Hôtel de ville de Saint-Pierre, salle du conseil",
     ("Bilan du bus de dépistage", "Forum santé des jeunes", "Programmation 2027")),
    ("2027-01-19 09:00", "2027-01-19 11:00", "Visioconférence", ("Évaluation à mi-parcours du CLS",)),
    ("2027-03-09 09:00", "2027-03-09 12:00", "Mairie du Tampon, salle des délibérations", ()),
)

SANTE974_DEADLINES = (
    ("2026-12-11", "Retour des fiches actions du CLS"),
    ("2026-12-18", "Dépôt des dossiers à l'appel à projets prévention du diabète"),
    ("2027-01-29", "Rapport d'évaluation à mi-parcours"),
    ("2027-03-24", "Village santé sur le front de mer de Saint-Pierre"),
)

SANTE974_DECISIONS = (
    ("2026-09-22", 1, "Le comité de pilotage se réunit tous les trois mois, en alternance à Saint-Pierre et au Tampon."),
    ("2026-09-22", 1, "Le contrat retient quatre axes : diabète et nutrition, addictions, santé mentale, accès aux droits."),
    ("2026-10-20", 2, "La CGSS finance deux permanences d'accès aux droits par mois au CCAS."),
    ("2026-10-20", 2, "Le bus de dépistage du diabète passe une fois par mois dans les écarts des Hauts."),
    ("2026-11-17", 3, "Le Département met une sage-femme de PMI à disposition de la maison de santé de Ravine des Cabris."),
    ("2026-11-17", 3, "La sous-préfecture cofinance la médiation santé dans les quartiers prioritaires."),
    ("2026-11-17", 3, "Le forum santé des jeunes a lieu au lycée de Bois d'Olive en mars 2027."),
)

SANTE974_TASKS = {
    SLUG: (
        ("Envoyer le planning du bus santé aux communes", "Thierry Robert", "2026-11-27", 3),
        ("Réserver le lycée de Bois d'Olive", "Marie-Claude Payet", "2027-01-15", 3),
        ("Recenser les familles suivies en PMI à Ravine des Cabris", "Aurélie Técher", "2026-12-04", 3),
        ("Rédiger le compte rendu du 17 novembre", "Marie-Claude Payet", "2026-11-24", 3),
    ),
}

SANTE974_GROUPS = {
    SLUG: (SANTE974_MEMBERS, SANTE974_MEETINGS, SANTE974_DEADLINES, SANTE974_DECISIONS, "Marie-Claude Payet"),
}

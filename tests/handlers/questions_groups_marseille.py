"""A group the understanding was never tuned on, for the blind set on
organisations and places (set 15a): a Bouches-du-Rhône network of social
centres and public bodies (CAF, Métropole Aix-Marseille-Provence,
Département, CPAM, Préfecture, La Poste, France Travail, two missions
locales, communes with compound names, associations with long names and
acronyms, members whose town appears only in their role). Tasks in the
store. Organisation names are real public bodies or plausible ones; every
person is invented."""

from __future__ import annotations

__all__ = ["MARSEILLE_GROUPS", "MARSEILLE_TASKS"]

SOCIAL_NETWORK_MEMBERS = (
    ("Karima Haddad", "CAF des Bouches-du-Rhône", "Conseillère technique territoriale action sociale"),
    ("Olivier Castellani", "Métropole Aix-Marseille-Provence", "Chargé de mission cohésion sociale"),
    ("Samir Touati", "Métropole Aix-Marseille-Provence", "Directeur de la politique de la ville du Pays d'Aix"),
    ("Sandrine Pellegrino", "Conseil départemental des Bouches-du-Rhône",
     "Responsable de la Maison départementale de la solidarité de Martigues"),
    ("Julie Estève", "Conseil départemental des Bouches-du-Rhône", "Cheffe du service insertion"),
    ("Rachid Benamar", "Centre social Saint-Just La Solidarité", "Directeur, coordinateur du réseau"),
    ("Amandine Roche", "Centre social L'Escale", "Référente familles à Port-de-Bouc"),
    ("Patrick Orsini", "Fédération des centres sociaux des Bouches-du-Rhône (FCS 13)", "Délégué fédéral"),
    ("Élodie Fabre", "Ville de Saint-Martin-de-Crau", "Directrice du CCAS"),
    ("Jean-Luc Roustan", "Ville de Châteauneuf-les-Martigues", "Adjoint au maire délégué à l'action sociale"),
    ("Nadia Ferhat", "Commune des Pennes-Mirabeau", "Coordinatrice de l'espace de vie sociale"),
    ("Thomas Giraud", "La Poste", "Responsable des maisons France services du secteur Étang de Berre"),
    ("Mireille Santoni", "France Travail", "Conseillère entreprises, agence de Vitrolles"),
    ("Yacine Belkhir", "Mission locale de Marseille", "Conseiller en insertion professionnelle"),
    ("Hélène Marchetti", "Mission locale Est Étang de Berre", "Directrice adjointe"),
    ("Fatou Diallo", "Association pour la formation, l'insertion et l'accompagnement des familles (AFIAF)",
     "Présidente"),
    ("Gérard Lopez", "Accueil, Dialogue et Entraide dans les Quartiers (ADEQ)", "Trésorier, bénévole à Aubagne"),
    ("Laetitia Morel", "CPAM des Bouches-du-Rhône", "Référente accès aux droits"),
    ("Christophe Vidal", "Préfecture des Bouches-du-Rhône", "Délégué du préfet pour les 13e et 14e arrondissements"),
)

SOCIAL_NETWORK_MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 16:30", "CAF des Bouches-du-Rhône, 215 chemin de Gibbes, Marseille", ()),
    ("2026-10-13 09:30", "2026-10-13 12:00", "Centre social Saint-Just La Solidarité, Marseille", ()),
    ("2026-11-17 14:00", "2026-11-17 16:00", "Mairie de Saint-Martin-de-Crau, salle du conseil", ()),
    ("2026-12-10 09:30", "2026-12-10 12:00", "Hôtel de la Métropole, Marseille",
     ("Bilan de la rentrée dans les centres sociaux", "Plan pauvreté 2027", "Accès aux droits en zone rurale")),
    ("2027-01-21 14:00", "2027-01-21 16:30", "Mairie de Châteauneuf-les-Martigues, salle des fêtes", ("Budget 2027",)),
    ("2027-02-18 14:00", "2027-02-18 16:00", "Maison des associations des Pennes-Mirabeau", ()),
    ("2027-03-18 09:30", "2027-03-18 11:00", "Visioconférence", ()),
)

SOCIAL_NETWORK_DEADLINES = (
    ("2026-12-04", "Remontée des fréquentations des accueils de loisirs"),
    ("2026-12-15", "Dépôt des dossiers de subvention Animation collective familles à la CAF"),
    ("2027-01-15", "Bilan du contrat de ville 2026"),
    ("2027-02-12", "Candidatures à l'appel à projets du Département pour l'insertion des jeunes"),
)

SOCIAL_NETWORK_DECISIONS = (
    ("2026-09-15", 1, "Le réseau se réunit tous les mois, à tour de rôle chez un de ses membres."),
    ("2026-09-15", 1, "La CAF finance deux postes supplémentaires de référents familles."),
    ("2026-10-13", 2, "Les maisons France services de La Poste accueillent les usagers des centres sociaux le mercredi."),
    ("2026-10-13", 2, "Un guide commun de l'accès aux droits est rédigé avec la CPAM."),
    ("2026-11-17", 3, "Les missions locales organisent un forum de l'alternance à Vitrolles en mars."),
    ("2026-11-17", 3, "Le covoiturage solidaire est expérimenté entre Saint-Martin-de-Crau et Arles."),
)

MARSEILLE_TASKS = {
    "marseille13": (
        ("Recenser les besoins en mobilité des familles", "Élodie Fabre", "2026-11-25", 3),
        ("Rédiger le guide de l'accès aux droits", "Laetitia Morel", "2026-12-20", 2),
        ("Préparer le forum de l'alternance", "Hélène Marchetti", "2027-02-01", 3),
        ("Envoyer la liste des permanences France services", "Thomas Giraud", "2026-11-20", 2),
    ),
}

MARSEILLE_GROUPS = {
    "marseille13": (SOCIAL_NETWORK_MEMBERS, SOCIAL_NETWORK_MEETINGS, SOCIAL_NETWORK_DEADLINES,
                    SOCIAL_NETWORK_DECISIONS, "Rachid Benamar"),
}

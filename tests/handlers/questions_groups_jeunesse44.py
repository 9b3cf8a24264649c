"""A Loire-Atlantique youth-and-employment working group, written for the
eighth round's set 17b (roles and charges worded unlike roles): the
mission locale of Nantes and of Saint-Nazaire, the Département, the CAF,
the préfecture and the sous-préfecture of Saint-Nazaire, the Région, Nantes
Métropole, the cities of Nantes and Saint-Nazaire, France Travail and two
associations. Several members share an organisation, a kind of body
(préfecture / sous-préfecture, ville / métropole) or a word of their titles
(« référent », « chargé de mission »), so a question naming one of them
must find the right one. Tasks in the store. Organisation names are real
public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["JEUNESSE44_GROUPS", "JEUNESSE44_TASKS"]

# Set 17bb's group, written after the fixes of set 17b and asked without looking at its failures: a
# Maine-et-Loire youth-insertion committee (Angers, Cholet, Saumur), built the same way.

JEUNESSE44_MEMBERS = (
    ("Gwenaëlle Le Goff", "Mission locale du Pays nantais", "Directrice"),
    ("Yannick Berthelot", "Mission locale du Pays nantais", "Conseiller référent du contrat d'engagement jeune"),
    ("Ronan Guillou", "Mission locale de l'agglomération nazairienne", "Directeur adjoint, chargé du logement des jeunes"),
    ("Maëlle Guérin", "Conseil départemental de Loire-Atlantique", "Cheffe du service insertion des jeunes"),
    ("Hugo Lemoine", "Conseil départemental de Loire-Atlantique", "Gestionnaire du fonds d'aide aux jeunes et du budget du groupe"),
    ("Marion Le Bihan", "Conseil départemental de Loire-Atlantique", "Coordinatrice du groupe de travail jeunesse"),
    ("Nadège Fournier", "CAF de Loire-Atlantique", "Conseillère technique, interlocutrice des partenaires jeunesse"),
    ("Olivier Caradec", "CAF de Loire-Atlantique", "Responsable du service action sociale"),
    ("Élodie Prigent", "Sous-préfecture de Saint-Nazaire", "Référente insertion et politique de la ville"),
    ("Thierry Jaouen", "Préfecture de la Loire-Atlantique", "Délégué du préfet pour les quartiers prioritaires de Nantes"),
    ("Karim Belhadj", "Ville de Saint-Nazaire", "Adjoint au maire chargé de la jeunesse"),
    ("Solène Rivière", "Ville de Nantes", "Directrice de la jeunesse et de la vie associative"),
    ("Damien Pichon", "Nantes Métropole", "Chargé de mission emploi des jeunes"),
    ("Anne-Sophie Bréhier", "Région Pays de la Loire", "Chargée de mission orientation et formation"),
    ("Laëtitia Moal", "France Travail", "Conseillère entreprises, référente jeunes"),
    ("Fabrice Ollivier", "Association Tremplin Jeunes 44", "Coordinateur des bénévoles"),
    ("Jacqueline Roux", "Association Tremplin Jeunes 44", "Présidente bénévole"),
    ("Inès Chauvin", "Unis-Cité Pays de la Loire", "Responsable du service civique à Nantes"),
    ("Pauline Hervé", "Ville de Nantes", "Secrétaire du groupe, chargée des inscriptions aux ateliers"),
)

JEUNESSE44_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:30", "Mission locale du Pays nantais, Nantes", ()),
    ("2026-10-22 09:30", "2026-10-22 12:00", "Sous-préfecture de Saint-Nazaire, salle Jules Verne", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Hôtel du Département, Nantes", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Maison de quartier de Bellevue, Nantes",
     ("Bilan du contrat d'engagement jeune", "Fonds d'aide aux jeunes 2027", "Parrainage par des bénévoles")),
    ("2027-01-14 09:30", "2027-01-14 11:30", "Visioconférence", ("Préparation du forum jobs d'été",)),
    ("2027-03-11 14:00", "2027-03-11 16:30", "Mairie de Saint-Nazaire, salle du conseil", ()),
)

JEUNESSE44_DEADLINES = (
    ("2026-12-04", "Retour des chiffres du contrat d'engagement jeune"),
    ("2026-12-17", "Demande de financement au fonds d'aide aux jeunes"),
    ("2027-01-22", "Inscriptions des employeurs au forum jobs d'été"),
    ("2027-02-20", "Forum jobs d'été à Saint-Nazaire"),
)

JEUNESSE44_DECISIONS = (
    ("2026-09-24", 1, "Le groupe se réunit une fois par mois, en alternance à Nantes et à Saint-Nazaire."),
    ("2026-09-24", 1, "La mission locale et la CAF tiennent une permanence commune pour les jeunes parents."),
    ("2026-10-22", 2, "Un forum jobs d'été est organisé à Saint-Nazaire en février."),
    ("2026-10-22", 2, "Le Département relève le plafond du fonds d'aide aux jeunes à 800 € par an."),
    ("2026-11-19", 3, "Des bénévoles de Tremplin Jeunes 44 parrainent les jeunes suivis en contrat d'engagement."),
    ("2026-11-19", 3, "Les aides au permis de conduire vont d'abord aux jeunes sans solution de transport."),
)

JEUNESSE44_TASKS = {
    "jeunesse44": (
        ("Recenser les jeunes sans solution à la sortie du lycée", "Yannick Berthelot", "2026-11-27", 3),
        ("Envoyer la convention de partenariat à la CAF", "Nadège Fournier", "2026-12-11", 3),
        ("Recruter les bénévoles pour le parrainage", "Fabrice Ollivier", "2026-12-18", 3),
        ("Réserver le gymnase pour le forum jobs d'été", "Karim Belhadj", "2027-02-01", 3),
        ("Mettre à jour la carte des lieux d'accueil des jeunes", "Damien Pichon", "2026-11-25", 2),
    ),
}

JEUNESSE49_MEMBERS = (
    ("Clémence Aubry", "Mission locale angevine", "Directrice"),
    ("Mathis Rousseau", "Mission locale du Choletais", "Conseiller insertion, référent mobilité"),
    ("Véronique Pasquier", "Conseil départemental de Maine-et-Loire", "Directrice adjointe de l'insertion"),
    ("Jérôme Tessier", "Conseil départemental de Maine-et-Loire", "Chargé de mission prévention spécialisée"),
    ("Émilie Rabin", "Conseil départemental de Maine-et-Loire", "Secrétaire du comité, gestion des inscriptions aux commissions"),
    ("Aurore Gaudin", "CAF de Maine-et-Loire", "Chargée de développement territorial"),
    ("Benoît Lhomme", "Préfecture de Maine-et-Loire", "Délégué du préfet, quartiers de Monplaisir et Belle-Beille"),
    ("Samia Kerrouche", "Sous-préfecture de Cholet", "Secrétaire générale"),
    ("Frédéric Bazin", "Angers Loire Métropole", "Vice-président à l'emploi et à l'insertion"),
    ("Cécile Marchand", "Ville de Saumur", "Adjointe au maire, jeunesse et sports"),
    ("Julien Brosseau", "Ville d'Angers", "Responsable du bureau information jeunesse"),
    ("Lucie Fontaine", "Association Passerelle Jeunes 49", "Animatrice du réseau de parrains"),
    ("Patrick Gilet", "Association Passerelle Jeunes 49", "Trésorier"),
    ("Nora Belaïd", "France Travail", "Directrice de l'agence d'Angers Centre"),
    ("Hervé Dupas", "École de la 2e chance de Maine-et-Loire", "Directeur"),
    ("Manon Leclerc", "Région Pays de la Loire", "Chargée de mission Pass mobilité"),
)

JEUNESSE49_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Mairie d'Angers, salon d'honneur", ()),
    ("2026-10-15 09:30", "2026-10-15 12:00", "Sous-préfecture de Cholet", ()),
    ("2026-11-12 14:00", "2026-11-12 16:30", "Hôtel du Département, Angers", ()),
    ("2026-12-08 09:30", "2026-12-08 12:00", "Mission locale angevine, Angers",
     ("Bilan des parrainages", "Pass mobilité 2027", "Calendrier du premier semestre")),
    ("2027-01-19 14:00", "2027-01-19 16:00", "Visioconférence", ()),
    ("2027-02-16 14:00", "2027-02-16 16:30", "Mairie de Saumur", ("Salon de l'apprentissage : bilan",)),
)

JEUNESSE49_DEADLINES = (
    ("2026-12-05", "Envoi des fiches de repérage des décrocheurs"),
    ("2026-12-19", "Dossier de demande au fonds de prévention"),
    ("2027-01-29", "Inscriptions au salon de l'apprentissage de Cholet"),
)

JEUNESSE49_DECISIONS = (
    ("2026-09-17", 1, "Le comité se réunit tous les mois, à tour de rôle à Angers, Cholet et Saumur."),
    ("2026-10-15", 2, "Un salon de l'apprentissage est organisé à Cholet fin janvier."),
    ("2026-10-15", 2, "La CAF finance deux postes d'animateurs dans les quartiers prioritaires d'Angers."),
    ("2026-11-12", 3, "Les parrains bénévoles suivent une formation de deux demi-journées."),
    ("2026-11-12", 3, "Le Pass mobilité couvre le permis et la location de scooters pour les moins de 26 ans."),
)

JEUNESSE44_TASKS["jeunesse49"] = (
    ("Recenser les décrocheurs du Choletais", "Mathis Rousseau", "2026-11-26", 3),
    ("Réserver la salle du salon de l'apprentissage", "Samia Kerrouche", "2027-01-10", 3),
    ("Former les nouveaux parrains", "Lucie Fontaine", "2026-12-15", 3),
    ("Préparer le budget 2027 de l'association", "Patrick Gilet", "2026-12-20", 3),
)

JEUNESSE44_GROUPS = {
    "jeunesse49": (JEUNESSE49_MEMBERS, JEUNESSE49_MEETINGS, JEUNESSE49_DEADLINES, JEUNESSE49_DECISIONS,
                   "Émilie Rabin"),
    "jeunesse44": (JEUNESSE44_MEMBERS, JEUNESSE44_MEETINGS, JEUNESSE44_DEADLINES, JEUNESSE44_DECISIONS,
                   "Marion Le Bihan"),
}

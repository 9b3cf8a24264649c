"""A group the understanding was never tuned on, for the entity engineer's
held-out sets: the Strasbourg steering committee on digital inclusion
(Eurométropole, Ville, CeA, Préfecture, Région, CAF, France Travail, a
social landlord, centres sociaux, CCAS, UDAF, a conseil citoyen). Its
names collide on purpose: bodies that are also meeting places (Mairie de
Schiltigheim, Eurométropole, Préfecture), a conseil citoyen that is also
a decision's topic, long names with acronyms and informal short forms,
two Karims and two Wagners, particles and hyphens (de La Tour, Le Goff,
N'Diaye, Ben Saïd), a role that names a town. Tasks in the store.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

__all__ = ["STRASBOURG_GROUPS", "STRASBOURG_TASKS"]

INCLUSION_MEMBERS = (
    ("Céline de La Tour", "Ville de Strasbourg", "Adjointe à la maire chargée du numérique, présidente du comité"),
    ("Yann Le Goff", "Eurométropole de Strasbourg", "Chef du service inclusion numérique, secrétaire du comité"),
    ("Aminata N'Diaye", "Conseil citoyen du Neuhof", "Membre tirée au sort, porte-parole"),
    ("Karim Ben Saïd", "Collectivité européenne d'Alsace (CeA)", "Vice-président chargé de l'insertion"),
    ("Karim Wagner", "CAF du Bas-Rhin", "Conseiller technique action sociale"),
    ("Marie Wagner", "Ville de Schiltigheim", "Directrice générale des services"),
    ("Thomas Schmitt", "Préfecture du Bas-Rhin", "Délégué du préfet pour les quartiers prioritaires"),
    ("Sophie Muller", "Région Grand Est", "Chargée de mission territoires numériques"),
    ("Julien Fischer", "France Travail", "Directeur de l'agence de Lingolsheim"),
    ("Nadia Kessler", "Alsace Habitat", "Responsable du développement social urbain"),
    ("Pierre-Étienne Roth", "Emmaüs Connect", "Responsable du programme strasbourgeois"),
    ("Léa Hoffmann", "Fédération des centres sociaux du Bas-Rhin", "Déléguée fédérale"),
    ("Mathilde Gérard", "Centre communal d'action sociale de Strasbourg (CCAS)", "Directrice générale adjointe"),
    ("Hugo Da Silva", "Union départementale des associations familiales du Bas-Rhin (UDAF 67)",
     "Responsable du point conseil budget"),
    ("Émilie Klein", "Les Petits Débrouillards Grand Est", "Animatrice en médiation numérique"),
    ("Olivier Meyer", "Ville d'Illkirch-Graffenstaden", "Adjoint au maire chargé des solidarités"),
    ("Sarah Lévy", "Réseau des médiathèques de Strasbourg", "Cheffe de projet médiation numérique"),
    ("Vincent Lefebvre", "Banque des Territoires", "Chargé de développement territorial"),
    ("Fatima El Amrani", "Espace France Services de Cronenbourg", "Conseillère numérique"),
    ("Louis Bauer", "Ville de Strasbourg", "Chargé de mission numérique, référent du quartier de Hautepierre"),
)

INCLUSION_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:00", "Eurométropole de Strasbourg, parc de l'Étoile", ()),
    ("2026-10-13 09:30", "2026-10-13 12:00", "Mairie de Schiltigheim, salle des fêtes", ()),
    ("2026-11-10 14:00", "2026-11-10 16:30", "Centre socio-culturel du Neuhof", ()),
    ("2026-11-26 14:00", "2026-11-26 15:30", "Visioconférence", ()),
    ("2026-12-10 09:30", "2026-12-10 12:00", "Préfecture du Bas-Rhin, salle Europe",
     ("Bilan des permanences numériques", "Pass numérique 2027", "Charte des aidants numériques")),
    ("2027-01-21 14:00", "2027-01-21 16:30", "Médiathèque André Malraux", ("Formation des aidants",)),
    ("2027-03-11 09:30", "2027-03-11 12:00", "Maison de la Région, Strasbourg", ()),
)

INCLUSION_DEADLINES = (
    ("2026-12-07", "Remontée des chiffres de fréquentation des permanences"),
    ("2026-12-18", "Dépôt des dossiers de l'appel à projets Pass numérique"),
    ("2027-01-15", "Bilan annuel des conseillers numériques"),
    ("2027-02-26", "Forum de l'inclusion numérique à Schiltigheim"),
)

INCLUSION_DECISIONS = (
    ("2026-09-22", 1, "Le comité se réunit toutes les six semaines, en alternance à Strasbourg et dans les communes."),
    ("2026-09-22", 1, "Le conseil citoyen du Neuhof dispose de deux sièges au comité."),
    ("2026-10-13", 2, "Les pass numériques sont distribués par le CCAS et les centres sociaux."),
    ("2026-10-13", 2, "Une carte des lieux de médiation numérique est publiée sur le site de l'Eurométropole."),
    ("2026-11-10", 3, "Alsace Habitat ouvre une permanence numérique dans trois halls d'immeuble."),
    ("2026-11-10", 3, "Les aidants numériques suivent la formation Aidants Connect avant mars."),
    ("2026-11-26", 4, "La Région cofinance dix postes de conseillers numériques en 2027."),
)

STRASBOURG_TASKS = {
    "inclusion67": (
        ("Mettre à jour la carte des lieux de médiation", "Yann Le Goff", "2026-11-20", 2),
        ("Préparer la convention des permanences en pied d'immeuble", "Nadia Kessler", "2026-12-15", 3),
        ("Recenser les aidants à former", "Léa Hoffmann", "2026-11-27", 3),
        ("Envoyer le bilan de distribution des pass numériques", "Mathilde Gérard", "2027-01-08", 4),
        ("Organiser le forum de Schiltigheim", "Marie Wagner", "2027-02-10", 4),
        ("Collecter les besoins des habitants du Neuhof", "Aminata N'Diaye", "2027-01-15", 3),
        ("Chiffrer les postes de conseillers numériques", "Sophie Muller", "2026-12-20", 4),
    ),
}

STRASBOURG_GROUPS = {
    "inclusion67": (INCLUSION_MEMBERS, INCLUSION_MEETINGS, INCLUSION_DEADLINES, INCLUSION_DECISIONS, "Yann Le Goff"),
}

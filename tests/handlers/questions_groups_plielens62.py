"""A group written by helper r14b in the thirteenth round, for its blind set 22b:
the steering committee (comité de pilotage) of the PLIE of the Lens-Liévin and
Hénin-Carvin conurbations (Pas-de-Calais), run by the association ALPES, with
the two agglomerations (CALL, CAHC), the Département du Pas-de-Calais, France
Travail, the Mission locale, the DDETS, the Région Hauts-de-France, Cap emploi,
the CAF, a régie de quartier, the CCAS de Lens and two food-aid associations.
Its decisions carry the facts members ask about in other words: ages, amounts,
counts, who pays. Organisation names are real public bodies or plausible ones;
every person is invented."""

from __future__ import annotations

__all__ = ["PLIELENS62_GROUPS"]

SLUG = "plie-lens62"

PLIELENS62_MEMBERS = (
    ("Bernard Lefebvre", "Communauté d'agglomération de Lens-Liévin (CALL)",
     "Vice-président chargé de l'emploi et de l'insertion, président du comité"),
    ("Sylvie Dewaele", "ALPES (PLIE Lens-Liévin Hénin-Carvin)", "Directrice du PLIE"),
    ("Élodie Marchand", "ALPES (PLIE Lens-Liévin Hénin-Carvin)", "Référente de parcours, secrétaire du comité"),
    ("Karima Benali", "Communauté d'agglomération d'Hénin-Carvin (CAHC)", "Chargée de mission emploi"),
    ("Jean-Marc Delattre", "Département du Pas-de-Calais", "Chef du service insertion, Maison du Département Solidarité de Lens-Liévin"),
    ("Audrey Caron", "France Travail Lens", "Directrice d'agence"),
    ("Mehdi Ouali", "Mission locale de Lens-Liévin", "Conseiller référent contrat d'engagement jeune"),
    ("Nathalie Vasseur", "DDETS du Pas-de-Calais", "Chargée de mission insertion par l'activité économique"),
    ("Julien Szymanski", "Région Hauts-de-France", "Chargé de mission formation"),
    ("Véronique Hanot", "Cap emploi Pas-de-Calais", "Conseillère en insertion professionnelle"),
    ("Gérald Lenoir", "CAF du Pas-de-Calais", "Conseiller technique action sociale"),
    ("Thomas Dubus", "Régie de quartier de Liévin", "Directeur"),
    ("Christelle Lemaire", "CCAS de Lens", "Responsable de l'action sociale"),
    ("Patrick Wojcik", "Restos du Cœur du Pas-de-Calais", "Responsable du centre de Lens"),
    ("Fatima Zerrouki", "Secours populaire français, fédération du Pas-de-Calais", "Bénévole coordinatrice"),
)

PLIELENS62_MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 16:30", "Comité de pilotage, siège de la CALL, Liévin", ()),
    ("2026-10-13 14:00", "2026-10-13 16:30", "Comité de pilotage, Hôtel de Ville de Hénin-Beaumont", ()),
    ("2026-11-03 09:30", "2026-11-03 11:30", "Réunion technique des référents, ALPES, Lens", ()),
    ("2026-11-24 14:00", "2026-11-24 16:30", "Comité de pilotage, Maison du Département Solidarité, Lens", ()),
    ("2026-12-15 14:00", "2026-12-15 16:30", "Comité de pilotage, siège de la CALL, Liévin",
     ("Bilan intermédiaire FSE+", "Plan grand froid : point d'étape", "Forum de l'emploi 2027")),
    ("2027-01-26 14:00", "2027-01-26 16:30", "Comité de pilotage, Régie de quartier de Liévin",
     ("Démarrage du chantier espaces verts", "Clauses sociales 2027")),
)

PLIELENS62_DEADLINES = (
    ("2026-12-11", "Bilan intermédiaire FSE+ à transmettre à la DDETS"),
    ("2027-01-08", "Candidatures au chantier espaces verts de la régie"),
    ("2027-02-26", "Inscriptions des entreprises au forum de l'emploi"),
)

PLIELENS62_DECISIONS = (
    ("2026-09-15", 1, "Le comité de pilotage se réunit toutes les six semaines ; une réunion technique des "
                      "référents de parcours a lieu entre deux comités."),
    ("2026-09-15", 1, "Le PLIE accompagne les demandeurs d'emploi de longue durée âgés de 26 à 64 ans, "
                      "orientés par France Travail, le Département ou Cap emploi."),
    ("2026-09-15", 1, "Les jeunes de 16 à 25 ans sont orientés vers la Mission locale de Lens-Liévin, qui les "
                      "accompagne dans le cadre du contrat d'engagement jeune."),
    ("2026-10-13", 2, "L'accompagnement par un référent unique dure 18 mois au plus, renouvelable une fois "
                      "pour 6 mois."),
    ("2026-10-13", 2, "La Régie de quartier de Liévin recrute 12 salariés en insertion pour son chantier "
                      "d'entretien des espaces verts, à partir du 1er février 2027."),
    ("2026-10-13", 2, "Le Fonds de solidarité logement du Département avance le dépôt de garantie des "
                      "participants qui entrent dans un logement, jusqu'à 800 euros."),
    ("2026-10-13", 2, "La CALL met à disposition un minibus de 9 places pour conduire les participants sans "
                      "voiture aux chantiers de Loos-en-Gohelle."),
    ("2026-11-24", 4, "Le budget 2027 du PLIE est validé à 1,4 million d'euros, financé par le FSE+, le "
                      "Département du Pas-de-Calais et les deux agglomérations."),
    ("2026-11-24", 4, "Le CCAS de Lens attribue aux familles des participants un bon d'aide alimentaire de "
                      "60 euros par mois, pendant trois mois au plus."),
    ("2026-11-24", 4, "Le permis de conduire des participants est financé par la Région Hauts-de-France "
                      "à hauteur de 1 200 euros par personne."),
    ("2026-11-24", 4, "La CAF du Pas-de-Calais réserve 15 places en crèche à Lens et Liévin pour les enfants "
                      "des participants qui suivent une formation."),
    ("2026-11-24", 4, "Le forum de l'emploi du bassin minier aura lieu le jeudi 11 mars 2027 au Colisée de Lens."),
    ("2026-11-24", 4, "Pendant le plan grand froid, du 1er décembre au 31 mars, l'accueil de jour du CCAS de Lens "
                      "reste ouvert jusqu'à 20h et les Restos du Cœur y servent un repas chaud le soir."),
    ("2026-11-24", 4, "Les marchés publics de la CALL réservent 10 % des heures de travail aux participants du "
                      "PLIE au titre de la clause sociale."),
)

PLIELENS62_GROUPS = {
    SLUG: (PLIELENS62_MEMBERS, PLIELENS62_MEETINGS, PLIELENS62_DEADLINES, PLIELENS62_DECISIONS,
           "Bernard Lefebvre"),
}

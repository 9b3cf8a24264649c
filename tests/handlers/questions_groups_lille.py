"""A group the understanding was never tuned on, for the held-out set on
people and roles (set 15b): a Nord research-action group on youth between
the Université de Lille, the Ville de Lille, the Métropole européenne de
Lille (MEL), associations, a mission locale, the CROUS and a foundation.
Its roles are written as people write them in minutes: a discipline
rather than a job title (« maître de conférences en sociologie », « en
économie », « en urbanisme »), feminine forms (« chargée de mission »,
« bénévole référente », « coordinatrice », « élue déléguée »), a
residence that someone manages, several people of one organisation, two
people sharing a first name. Tasks in the store. A second group (energie38, set 15b2, written
after the first set's fixes without looking at its answers): an Isère
network on energy poverty, with practitioners named by their trade
(« thermicienne », « psychologue », « géographe », « médiatrice »).
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

__all__ = ["LILLE_GROUPS", "LILLE_TASKS"]

YOUTH_MEMBERS = (
    ("Julien Delattre", "Université de Lille", "Maître de conférences en sociologie, responsable scientifique de la recherche-action"),
    ("Amélie Wattiez", "Université de Lille", "Doctorante en sciences de l'éducation"),
    ("Marc Leroux", "Université de Lille", "Professeur en aménagement et urbanisme"),
    ("Sophie Ledoux", "Université de Lille", "Ingénieure d'études, secrétaire du groupe"),
    ("Nora Benhamou", "Ville de Lille", "Chargée de mission jeunesse"),
    ("Sabrina Mahieu", "Ville de Lille", "Conseillère municipale, élue déléguée à la jeunesse, présidente du comité de pilotage"),
    ("Catherine Delannoy", "Ville de Lille", "Directrice de la jeunesse et de la vie étudiante"),
    ("Grégory Lemaire", "Métropole européenne de Lille (MEL)", "Directeur adjoint de la cohésion sociale"),
    ("Inès Carpentier", "Métropole européenne de Lille (MEL)", "Chargée d'études en économie à l'observatoire territorial"),
    ("Thierry Vanhoutte", "Habitat Jeunes Lille Métropole", "Gestionnaire de la résidence Les Tilleuls"),
    ("Mélanie Desmet", "Avenir Jeunes Nord", "Coordinatrice du pôle insertion"),
    ("Odile Lecomte", "Avenir Jeunes Nord", "Bénévole référente de l'accompagnement scolaire"),
    ("Jean-Pierre Descamps", "Avenir Jeunes Nord", "Président de l'association"),
    ("Karim Haddouche", "Centre social du Faubourg de Béthune", "Animateur de réseau jeunesse"),
    ("Hélène Dewulf", "Fondation de France", "Déléguée régionale Nord, chargée de programmes"),
    ("Yassine Bouzidi", "Mission locale de Lille", "Conseiller en insertion professionnelle"),
    ("Laetitia Gheysens", "CIDFF du Nord", "Juriste, permanence d'accès au droit des jeunes"),
    ("Olivier Maes", "CROUS Lille Nord-Pas-de-Calais", "Responsable du service social"),
    ("Karim Boulahya", "Ville de Roubaix", "Adjoint au maire chargé de la politique de la ville"),
    ("Anaïs Boulanger", "Conseil lillois de la jeunesse", "Volontaire en service civique, représentante des jeunes"),
)

YOUTH_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Maison de la recherche, campus Pont-de-Bois, Villeneuve-d'Ascq", ()),
    ("2026-10-15 14:00", "2026-10-15 16:30", "Hôtel de ville de Lille, salle du conseil", ()),
    ("2026-11-19 09:30", "2026-11-19 12:00", "Centre social du Faubourg de Béthune", ()),
    ("2026-12-10 14:00", "2026-12-10 17:00", "Siège de la MEL, boulevard des Cités Unies",
     ("Premiers résultats de l'enquête", "Logement des jeunes", "Budget de la seconde année")),
    ("2027-01-21 14:00", "2027-01-21 16:30", "Résidence Les Tilleuls, Lille-Moulins", ("Restitution aux jeunes",)),
    ("2027-03-18 09:30", "2027-03-18 12:00", "Hôtel de ville de Roubaix", ()),
)

YOUTH_DEADLINES = (
    ("2026-12-04", "Retour des questionnaires aux jeunes"),
    ("2026-12-18", "Dossier de financement à la Fondation de France"),
    ("2027-01-29", "Synthèse des entretiens"),
    ("2027-03-05", "Article pour la revue de l'observatoire"),
)

YOUTH_DECISIONS = (
    ("2026-09-17", 1, "Le groupe se réunit une fois par mois, alternativement à l'université et chez un partenaire."),
    ("2026-09-17", 1, "Deux jeunes du conseil lillois de la jeunesse siègent au comité de pilotage."),
    ("2026-10-15", 2, "L'enquête par questionnaire porte sur cinq cents jeunes de 16 à 25 ans."),
    ("2026-10-15", 2, "La Fondation de France finance une seconde année de terrain."),
    ("2026-11-19", 3, "Des entretiens collectifs sont menés à la résidence Les Tilleuls."),
)

LILLE_TASKS = {
    "lille59": (
        ("Relancer les jeunes pour le questionnaire", "Anaïs Boulanger", "2026-11-28", 3),
        ("Rédiger la note de synthèse des entretiens", "Amélie Wattiez", "2027-01-20", 3),
        ("Préparer la salle de la résidence", "Thierry Vanhoutte", "2027-01-15", 3),
        ("Monter le dossier de la Fondation de France", "Julien Delattre", "2026-12-15", 2),
        ("Extraire les chiffres du chômage des jeunes", "Inès Carpentier", "2026-11-26", 2),
    ),
}

ENERGY_MEMBERS = (
    ("Claire Rambaud", "Grenoble-Alpes Métropole", "Vice-présidente déléguée à la transition énergétique, présidente du réseau"),
    ("Baptiste Gerbaud", "Agence locale de l'énergie et du climat (ALEC)", "Ingénieur thermicien"),
    ("Solène Vial", "ALEC", "Conseillère info-énergie, secrétaire du réseau"),
    ("Mathis Roybon", "Université Grenoble Alpes", "Doctorant en géographie"),
    ("Agnès Perrier", "Université Grenoble Alpes", "Professeure de psychologie sociale"),
    ("Yanis Belkheir", "Ville d'Échirolles", "Médiateur social"),
    ("Lucile Brun", "Ville de Grenoble", "Responsable administrative et financière du CCAS"),
    ("Damien Chabert", "Actis", "Chargé de la réhabilitation du parc"),
    ("Maud Guillot", "Compagnons Bâtisseurs", "Formatrice en auto-réhabilitation"),
    ("Rachid Ouali", "Secours catholique de l'Isère", "Bénévole, trésorier de l'antenne"),
    ("Pauline Cottave", "Département de l'Isère", "Éducatrice spécialisée"),
    ("Hervé Mollard", "CAF de l'Isère", "Statisticien à l'observatoire"),
)

ENERGY_MEETINGS = (
    ("2026-10-06 14:00", "2026-10-06 16:30", "Le Forum, Grenoble-Alpes Métropole", ()),
    ("2026-11-10 14:00", "2026-11-10 16:30", "Maison des habitants, Échirolles", ()),
    ("2026-12-15 14:00", "2026-12-15 17:00", "ALEC, rue Gustave-Eiffel, Grenoble", ("Visites à domicile", "Fonds d'aide")),
    ("2027-02-09 14:00", "2027-02-09 16:30", "Hôtel du Département, Grenoble", ()),
)

ENERGY_DEADLINES = (
    ("2026-12-11", "Liste des logements à visiter"),
    ("2027-01-15", "Bilan des permanences énergie"),
)

ENERGY_DECISIONS = (
    ("2026-10-06", 1, "Le réseau se réunit tous les deux mois, à tour de rôle chez un membre."),
    ("2026-11-10", 2, "Les visites à domicile sont faites en binôme par un médiateur et un conseiller."),
    ("2026-11-10", 2, "Un fonds d'aide aux petits travaux est demandé à la Métropole."),
)

LILLE_TASKS["energie38"] = (
    ("Chiffrer les factures impayées", "Hervé Mollard", "2026-11-30", 2),
    ("Préparer la grille de visite", "Solène Vial", "2026-12-10", 2),
)

LILLE_GROUPS = {
    "lille59": (YOUTH_MEMBERS, YOUTH_MEETINGS, YOUTH_DEADLINES, YOUTH_DECISIONS, "Julien Delattre"),
    "energie38": (ENERGY_MEMBERS, ENERGY_MEETINGS, ENERGY_DEADLINES, ENERGY_DECISIONS, "Solène Vial"),
}

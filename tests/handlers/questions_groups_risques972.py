"""A Martinique working group on major natural risks (earthquakes, cyclones,
tsunamis, floods), written for the twelfth round's set 21h (messages typed
fast on a phone or dictated: SMS abbreviations, missing apostrophes and
accents, words glued or split, capitals, no punctuation, numbers said in
words): the CACEM (the urban community of the centre of Martinique), the
towns of Fort-de-France, Le Lamentin and Schœlcher, the Collectivité
Territoriale de Martinique, the prefecture, the fire and rescue service,
Météo-France, the rectorate, the BRGM, the regional health agency, the
Red Cross, EDF and a residents' association. Several members share the
CACEM, or a word of their titles (« chargée », « référent »). Tasks in the
store; the person asking is the group's coordinator. Organisation names are
real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["RISQUES972_ASKERS", "RISQUES972_GROUPS", "RISQUES972_TASKS"]

SLUG = "risques972"

RISQUES972_MEMBERS = (
    ("Josiane Rosemond", "CACEM", "Vice-présidente chargée des risques majeurs, présidente du groupe de travail"),
    ("Marie-Line Bellance", "CACEM", "Chargée de mission prévention des risques, coordinatrice du groupe"),
    ("Corinne Lagier", "CACEM", "Assistante du groupe, chargée des comptes rendus"),
    ("Frantz Ursulet", "Ville de Fort-de-France", "Directeur de la sécurité civile et des risques"),
    ("Rodrigue Nelson", "Ville du Lamentin", "Adjoint au maire délégué à la sécurité"),
    ("Sandrine Valmont", "Ville de Schœlcher", "Responsable du plan communal de sauvegarde"),
    ("Gilles Moutou", "Collectivité Territoriale de Martinique", "Chef du service prévention des risques et aménagement"),
    ("Hélène Marie-Sainte", "Préfecture de la Martinique", "Adjointe au chef du service interministériel de défense et de protection civiles"),
    ("Patrick Eugénie", "SDIS de la Martinique", "Chef du groupement prévision, référent des exercices"),
    ("Yannick Théodose", "Météo-France Antilles-Guyane", "Prévisionniste, référent vigilance cyclonique"),
    ("Nadège Clémenté", "Rectorat de la Martinique", "Conseillère sécurité du recteur, chargée des plans de mise en sûreté des écoles"),
    ("Éric Jean-Louis", "BRGM Martinique", "Ingénieur risques sismiques"),
    ("Olivier Destin", "ARS Martinique", "Responsable de la veille et des urgences sanitaires"),
    ("Léa Sainte-Rose", "Croix-Rouge française de Martinique", "Coordinatrice des bénévoles d'urgence"),
    ("Murielle Charlery", "EDF Martinique", "Chargée des relations avec les collectivités"),
    ("Daniel Cyrille", "Association Martinique Prévention Séisme", "Président de l'association"),
)

RISQUES972_MEETINGS = (
    ("2026-09-24 17:30", "2026-09-24 19:30", "Hôtel communautaire de la CACEM, Fort-de-France", ()),
    ("2026-10-29 17:30", "2026-10-29 19:30", "Mairie du Lamentin, salle des délibérations", ()),
    ("2026-11-19 09:00", "2026-11-19 12:00", "Caserne du SDIS, Le Lamentin", ()),
    ("2026-12-10 17:30", "2026-12-10 19:30", "Hôtel communautaire de la CACEM, Fort-de-France",
     ("Bilan de la saison cyclonique", "Plans communaux de sauvegarde", "Exercice Caraïbe Wave 2027")),
    ("2027-01-21 09:00", "2027-01-21 11:00", "Visioconférence", ("Renforcement parasismique des écoles",)),
    ("2027-02-25 17:30", "2027-02-25 19:30", "Mairie de Schœlcher", ("Kits d'urgence distribués",)),
    ("2027-03-25 14:00", "2027-03-25 17:00", "Préfecture de la Martinique, Fort-de-France", ()),
)

RISQUES972_DEADLINES = (
    ("2026-12-04", "Retour des fiches réflexes des communes"),
    ("2026-12-18", "Inventaire des abris cycloniques"),
    ("2027-01-15", "Dépôt du dossier FEDER pour le renforcement parasismique des écoles"),
    ("2027-03-11", "Exercice Caraïbe Wave (alerte tsunami)"),
    ("2027-03-31", "Mise à jour des plans communaux de sauvegarde"),
)

RISQUES972_DECISIONS = (
    ("2026-09-24", 1, "Le groupe de travail se réunit chaque mois, le jeudi, en alternance entre les communes de la CACEM."),
    ("2026-09-24", 1, "Une réunion publique sur le risque sismique est organisée dans chaque commune avant juin 2027."),
    ("2026-10-29", 2, "La CACEM finance cent cinquante kits d'urgence pour les familles des quartiers inondables."),
    ("2026-10-29", 2, "Les sirènes d'alerte tsunami du front de mer de Fort-de-France sont testées le premier mercredi de chaque mois."),
    ("2026-11-19", 3, "La Croix-Rouge forme deux cents bénévoles aux premiers secours d'ici juin 2027."),
    ("2026-11-19", 3, "Les écoles du Lamentin participent à l'exercice Caraïbe Wave du 11 mars 2027."),
    ("2026-11-19", 3, "Le SDIS prête un local au Lamentin pour stocker le matériel d'urgence."),
)

RISQUES972_TASKS = {
    SLUG: (
        ("Envoyer les fiches réflexes aux mairies", "Marie-Line Bellance", "2026-11-26", 3),
        ("Recenser les abris cycloniques de Fort-de-France", "Frantz Ursulet", "2026-12-15", 3),
        ("Commander les kits d'urgence", "Marie-Line Bellance", "2026-12-18", 2),
        ("Rédiger le compte rendu de la réunion du 19 novembre", "Corinne Lagier", "2026-11-27", 3),
        ("Préparer le scénario de l'exercice Caraïbe Wave", "Patrick Eugénie", "2027-02-01", 3),
        ("Monter le dossier FEDER des écoles", "Gilles Moutou", "2027-01-08", 3),
        ("Planifier les formations aux premiers secours", "Léa Sainte-Rose", "2026-11-30", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
RISQUES972_ASKERS = {SLUG: "Marie-Line Bellance"}

RISQUES972_GROUPS = {
    SLUG: (RISQUES972_MEMBERS, RISQUES972_MEETINGS, RISQUES972_DEADLINES, RISQUES972_DECISIONS, "Marie-Line Bellance"),
}

"""A group written during the seventh round of helpers (adversarial angle),
before its author read the understanding code: a Pas-de-Calais working
group on energy poverty and housing in the former mining basin (CCAS de
Lens, Ville de Liévin and its CCAS, Ville d'Hénin-Beaumont, the CAF and
the Département, the agglomeration, a social landlord, SOLIHA, the ADIL,
EDF's solidarity desk, associations). Built for near misses: two members
from Liévin, a « président du groupe » who is only a vice-président of his
body, first names shared with chat (Paul, Karim, Martine), a meeting at the
CAF's office in Arras while no member comes from the Ville d'Arras, no
meeting in February. Tasks in the store. Organisation names are real
public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["PASDECALAIS_GROUPS", "PASDECALAIS_TASKS"]

PRECARITE_MEMBERS = (
    ("Martine Delattre", "CCAS de Lens", "Directrice, coordinatrice du groupe"),
    ("Ludovic Caron", "Communauté d'agglomération de Lens-Liévin",
     "Vice-président chargé de l'habitat, président du groupe"),
    ("Karim Boudjema", "Ville de Liévin", "Adjoint au maire chargé du logement"),
    ("Franck Dupuis", "CCAS de Liévin", "Directeur"),
    ("Paul Lefebvre", "CAF du Pas-de-Calais", "Conseiller technique logement et énergie"),
    ("Sandrine Wojcik", "Département du Pas-de-Calais", "Cheffe du service du Fonds de solidarité logement"),
    ("Jean-Pierre Vandamme", "Ville d'Hénin-Beaumont", "Conseiller municipal délégué à l'habitat"),
    ("Nadia Cherfi", "Ville de Lens", "Chargée de mission à la Maison de l'habitat"),
    ("Grégory Lemaire", "Pas-de-Calais Habitat", "Responsable de la gestion locative du secteur de Lens"),
    ("Sophie Dhainaut", "SOLIHA Pas-de-Calais", "Conseillère en rénovation énergétique"),
    ("Thérèse Kaczmarek", "Secours populaire du Pas-de-Calais", "Bénévole, référente précarité énergétique"),
    ("Aurélie Bacquet", "EDF", "Correspondante solidarité Hauts-de-France"),
    ("Mohamed Benali", "ADIL du Pas-de-Calais", "Juriste"),
    ("Julie Lenoir", "Compagnons Bâtisseurs Hauts-de-France", "Animatrice technique, auto-réhabilitation accompagnée"),
    ("Élodie Pruvost", "Carsat Hauts-de-France", "Assistante de service social"),
)

PRECARITE_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:30", "Maison de l'habitat, Lens", ()),
    ("2026-10-22 09:30", "2026-10-22 12:00", "Mairie de Liévin, salle des fêtes", ()),
    ("2026-11-19 14:00", "2026-11-19 16:00", "Visioconférence", ()),
    ("2026-12-17 14:00", "2026-12-17 16:30", "Hôtel de ville d'Hénin-Beaumont, salle du conseil",
     ("Bilan du chèque énergie", "Repérage des passoires thermiques", "Calendrier 2027")),
    ("2027-01-21 09:30", "2027-01-21 12:00", "CAF du Pas-de-Calais, Arras",
     ("Nouveau règlement du Fonds de solidarité logement",)),
    ("2027-03-18 14:00", "2027-03-18 16:00", "Mairie de Lens, salle Bollaert", ()),
)

PRECARITE_DEADLINES = (
    ("2026-12-04", "Retour des fiches de repérage des logements énergivores"),
    ("2026-12-15", "Dépôt du dossier de candidature SLIME"),
    ("2027-01-08", "Envoi des chiffres des impayés d'énergie à la CAF"),
    ("2027-02-05", "Forum de l'habitat à Liévin"),
    ("2027-03-31", "Fin de la trêve hivernale"),
)

PRECARITE_DECISIONS = (
    ("2026-09-24", 1, "Le groupe se réunit chaque mois, à tour de rôle à Lens, Liévin et Hénin-Beaumont."),
    ("2026-09-24", 1, "Un fichier commun de repérage des logements énergivores est tenu par SOLIHA."),
    ("2026-10-22", 2, "Les visites à domicile sont assurées en binôme par un CCAS et les Compagnons Bâtisseurs."),
    ("2026-10-22", 2, "Le groupe répond à l'appel à projets SLIME avec la Communauté d'agglomération."),
    ("2026-11-19", 3, "Un kit d'économies d'énergie est distribué aux familles suivies par la CAF."),
    ("2026-11-19", 3, "Les impayés d'énergie sont signalés au Fonds de solidarité logement dès le deuxième mois."),
)

PRECARITE_TASKS = {
    "precarite62": (
        ("Mettre à jour le fichier de repérage des logements énergivores", "Sophie Dhainaut", "2026-11-27", 1),
        ("Rédiger le dossier de candidature SLIME", "Ludovic Caron", "2026-12-12", 2),
        ("Commander les kits d'économies d'énergie", "Paul Lefebvre", "2026-12-10", 3),
        ("Envoyer le compte rendu de la réunion du 19 novembre", "Karim Boudjema", "2026-11-26", 3),
    ),
}

PASDECALAIS_GROUPS = {
    "precarite62": (PRECARITE_MEMBERS, PRECARITE_MEETINGS, PRECARITE_DEADLINES, PRECARITE_DECISIONS,
                    "Martine Delattre"),
}
PASDECALAIS_TASKS = PRECARITE_TASKS

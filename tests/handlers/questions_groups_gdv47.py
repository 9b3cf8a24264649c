"""A group written by helper r21d in the twenty-first round, for blind set
29d: the commission consultative of the « schéma départemental d'accueil et
d'habitat des gens du voyage » of Lot-et-Garonne — the State (DDETS,
prefecture), the Département, the CAF, three agglomerations (Agen, Val de
Garonne, Grand Villeneuvois), the town of Marmande, the mayors' association,
the gendarmerie, the national education, the hospital's health mediation,
the Mission locale and a travellers' association. Commissions (Thursday)
alternate with technical groups (Tuesday). The members are made so that
loose references are hard: two Sandrines, a Marie and a Marie-Christine, a
Jean-Pierre called « JP », a Paul called « Paulo », particles and hyphens in
last names (Hélène de Lamothe, François Dupuy-Marsan), a member who replaced
someone no longer in the group (« remplace Karim Mansouri ») while another
Karim is a member. Tasks in the store; attendance typed with /presents,
/excuses, /absents and members' /present or /excuse for 15 December. The
person asking is the schéma's coordinator at the DDETS. Organisation names
are public bodies or plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["GDV47_AFTER_SETUP", "GDV47_ASKERS", "GDV47_GROUPS", "GDV47_TASKS"]

SLUG = "gdv47"
ASKER = "Camille Estève"

MEMBERS = (
    ("Camille Estève", "DDETS de Lot-et-Garonne", "Coordinatrice du schéma départemental d'accueil des gens du voyage"),
    ("Sandrine Lafitte", "DDETS de Lot-et-Garonne", "Cheffe du pôle logement et hébergement"),
    ("Sandrine Bordes", "CAF de Lot-et-Garonne",
     "Conseillère technique territoriale, remplace Karim Mansouri depuis octobre"),
    ("Jean-Pierre Castagné", "Association des maires de Lot-et-Garonne",
     "Maire de Casseneuil, président de la commission consultative"),
    ("Marie Lopez", "Préfecture de Lot-et-Garonne", "Directrice des sécurités"),
    ("Marie-Christine Gaubert", "Conseil départemental de Lot-et-Garonne", "Cheffe du service insertion et action sociale"),
    ("Nathalie Durand", "Agglomération d'Agen", "Responsable du service des gens du voyage"),
    ("Paul Ferreira", "Val de Garonne Agglomération", "Gestionnaire des aires d'accueil"),
    ("Thierry Bonnefoy", "Val de Garonne Agglomération", "Vice-président chargé de l'habitat"),
    ("Hélène de Lamothe", "Communauté d'agglomération du Grand Villeneuvois", "Vice-présidente chargée de la jeunesse"),
    ("François Dupuy-Marsan", "Ville de Marmande", "Directeur de la tranquillité publique"),
    ("Karim Haddou", "Association Voyageurs 47", "Médiateur"),
    ("Thomas Roux", "Groupement de gendarmerie de Lot-et-Garonne", "Commandant de la compagnie de Marmande"),
    ("Élodie Sarrazin", "DSDEN de Lot-et-Garonne", "Coordinatrice de la scolarisation des enfants du voyage"),
    ("Laëtitia Guiraud", "Centre hospitalier d'Agen-Nérac", "Infirmière de médiation en santé"),
    ("Sébastien Ortiz", "Mission locale de l'Agenais", "Conseiller en insertion professionnelle"),
)

MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Commission consultative, préfecture d'Agen, salle Jasmin", ()),
    ("2026-10-20 09:30", "2026-10-20 12:00", "Groupe technique, Val de Garonne Agglomération, Marmande", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Commission consultative, hôtel du Département, Agen", ()),
    ("2026-12-15 09:30", "2026-12-15 12:00", "Groupe technique, Grand Villeneuvois, Villeneuve-sur-Lot",
     ("Bilan de la saison des grands passages", "Scolarisation des enfants du voyage", "Médiation en santé")),
    ("2027-01-21 14:00", "2027-01-21 16:30", "Commission consultative, préfecture d'Agen, salle Jasmin",
     ("Révision du schéma 2027-2032", "Aire de grand passage de Marmande")),
    ("2027-03-16 09:30", "2027-03-16 12:00", "Groupe technique, Agglomération d'Agen", ()),
)

DEADLINES = (
    ("2026-12-11", "Retour des bilans de fréquentation des aires d'accueil"),
    ("2026-12-18", "Envoi des propositions pour la révision du schéma"),
    ("2027-01-15", "Diagnostic des besoins en habitat adapté"),
    ("2027-03-31", "Rapport annuel du schéma"),
)

DECISIONS = (
    ("2026-09-17", 1, "La commission consultative se réunit trois fois par an et le groupe technique entre deux "
                      "commissions."),
    ("2026-09-17", 1, "Sur proposition de Nathalie Durand, le tarif des aires d'accueil est harmonisé à 3 euros par "
                      "jour et par emplacement."),
    ("2026-10-20", 2, "Paul Ferreira est chargé du recensement des places disponibles sur les aires de Val de Garonne."),
    ("2026-10-20", 2, "Une permanence de la CAF est tenue une fois par mois sur l'aire d'accueil d'Agen."),
    ("2026-10-20", 2, "Sur proposition d'Élodie Sarrazin, une tablette est prêtée aux enfants inscrits au CNED."),
    ("2026-11-19", 3, "L'aire de grand passage de Marmande est agrandie à 200 caravanes pour l'été 2027."),
    ("2026-11-19", 3, "Sur proposition d'Hélène de Lamothe, un groupe de travail sur l'insertion des jeunes voyageurs "
                      "est créé avec la Mission locale."),
    ("2026-11-19", 3, "La médiation en santé est prolongée jusqu'en décembre 2027, portée par le centre hospitalier."),
    ("2026-11-19", 3, "Le Département finance deux terrains familiaux à Villeneuve-sur-Lot."),
    ("2026-11-19", 3, "François Dupuy-Marsan coordonne avec la gendarmerie le suivi des stationnements illicites."),
)

GDV47_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de la commission du 19 novembre", "Camille Estève", "2026-11-27", 3),
        ("Recenser les places disponibles sur les aires de Val de Garonne", "Paul Ferreira", "2026-12-11", 2),
        ("Préparer la permanence CAF sur l'aire d'Agen", "Sandrine Bordes", "2026-12-08", 2),
        ("Chiffrer l'agrandissement de l'aire de grand passage", "Thierry Bonnefoy", "2026-11-30", 3),
        ("Transmettre le bilan des stationnements illicites de l'été", "François Dupuy-Marsan", "2026-11-20", 2, "done"),
        ("Organiser la réunion avec les familles sur la scolarisation", "Élodie Sarrazin", "2027-01-08", 3),
        ("Rédiger la note sur les terrains familiaux", "Marie-Christine Gaubert", "2026-12-18", 3),
        ("Mettre à jour l'annuaire des référents", "Sandrine Lafitte", "2026-11-25", 1),
        ("Contacter les familles pour la médiation en santé", "Laëtitia Guiraud", None, 3),
    ),
}

# What the secretary typed after each meeting: n°1 11 present, 2 excused, 1 absent; n°2 9 present,
# 2 excused; n°3 13 present, 2 excused, 1 absent.
ATTENDANCE_COMMANDS = (
    "/presents n°1 Camille Estève, Sandrine Lafitte, Jean-Pierre Castagné, Marie Lopez, Marie-Christine Gaubert, "
    "Nathalie Durand, Paul Ferreira, Thierry Bonnefoy, Hélène de Lamothe, Karim Haddou, Thomas Roux",
    "/excuses n°1 Élodie Sarrazin, François Dupuy-Marsan",
    "/absents n°1 Laëtitia Guiraud",
    "/presents n°2 Camille Estève, Sandrine Lafitte, Nathalie Durand, Paul Ferreira, François Dupuy-Marsan, "
    "Karim Haddou, Élodie Sarrazin, Thomas Roux, Sébastien Ortiz",
    "/excuses n°2 Laëtitia Guiraud, Marie-Christine Gaubert",
    "/presents n°3 Camille Estève, Sandrine Lafitte, Jean-Pierre Castagné, Marie Lopez, Marie-Christine Gaubert, "
    "Nathalie Durand, Thierry Bonnefoy, Hélène de Lamothe, François Dupuy-Marsan, Karim Haddou, Élodie Sarrazin, "
    "Laëtitia Guiraud, Sandrine Bordes",
    "/excuses n°3 Paul Ferreira, Thomas Roux",
    "/absents n°3 Sébastien Ortiz",
)

# What members said before the technical group of 15 December (n°4).
RSVPS = (
    ("Paul Ferreira", "/present"),
    ("Karim Haddou", "/present"),
    ("Nathalie Durand", "/present"),
    ("Hélène de Lamothe", "/excuse"),
    ("Thomas Roux", "/excuse"),
)

GDV47_ASKERS = {SLUG: ASKER}
GDV47_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, "Camille Estève")}
# What is typed after the group is set up (questions_groups.build_group runs it).
GDV47_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "gdv47", ATTENDANCE_COMMANDS, RSVPS),
}

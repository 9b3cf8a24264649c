"""A group the understanding was never tuned on, for the nineteenth round's
blind set 27c (spoken word order: the topic fronted or dislocated, clefts
and afterthoughts — « la formation, qui l'organise ? », « le budget, on l'a
voté ou pas ? », « c'est qui qui gère les inscriptions ? »): the members of
the « pôle d'équilibre territorial et rural » (PETR) of the Pays de Langres,
Haute-Marne — the PETR's staff and president, the three communautés de
communes, the town of Langres, the Département, the sub-prefecture, the
MSA, the CAF, the CPAM, the mission locale, the conseil de développement,
the tourist office and Familles rurales. The comité syndical alternates
with the commission mobilités and the France Services network's meetings;
the words of tasks, deadlines, decisions and agenda items overlap on
purpose (formation, inscriptions, devis, rapport, budget, local, salle,
navette, plan de mobilité).

The secretary typed who came to the comité syndical of 19 November;
members said /present or /excuse for the commission of Thursday 3
December. The test sender is linked to Claire Mougin (the PETR's
director). Organisation names are real public bodies or plausible ones;
every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["LANGRES52_AFTER_SETUP", "LANGRES52_ASKERS", "LANGRES52_GROUPS", "LANGRES52_TASKS"]

SLUG = "petr-langres"
ASKER = "Claire Mougin"

MEMBERS = (
    ("Gérard Thiébaut", "PETR du Pays de Langres", "Président du PETR, maire de Chalindrey"),
    ("Claire Mougin", "PETR du Pays de Langres", "Directrice du PETR"),
    ("Fanny Royer", "PETR du Pays de Langres",
     "Chargée de mission mobilité, animatrice de la commission mobilités"),
    ("Marc Collinet", "PETR du Pays de Langres", "Animateur du programme LEADER"),
    ("Sabrina Ferrand", "PETR du Pays de Langres", "Coordinatrice du contrat local de santé"),
    ("Sylvie Jacquot", "PETR du Pays de Langres", "Assistante de gestion, finances et ressources humaines"),
    ("Julien Perrot", "Communauté de communes du Grand Langres",
     "Vice-président chargé des services à la population"),
    ("Nadège Humbert", "Communauté de communes des Savoir-Faire",
     "Animatrice de l'espace France Services de Val-de-Meuse, coordinatrice du réseau France Services"),
    ("Thierry Lambert", "Communauté de communes Auberive Vingeanne et Montsaugeonnais",
     "Directeur général des services"),
    ("Élise Vautrin", "Ville de Langres", "Adjointe au maire chargée de la vie associative"),
    ("Patrick Grosjean", "Conseil départemental de la Haute-Marne", "Chargé de mission attractivité du territoire"),
    ("Hélène Barbier", "Sous-préfecture de Langres", "Secrétaire générale, référente France Services"),
    ("Yannick Didier", "MSA Sud Champagne", "Travailleur social"),
    ("Amandine Chevalier", "CAF de la Haute-Marne", "Conseillère territoriale"),
    ("Laurent Mathey", "CPAM de la Haute-Marne", "Responsable de l'accueil et de l'accompagnement des assurés"),
    ("Romain Petitjean", "Mission locale de Langres", "Conseiller emploi et mobilité des jeunes"),
    ("Odile Masson", "Conseil de développement du Pays de Langres", "Présidente"),
    ("Bastien Renard", "Office de tourisme du Pays de Langres", "Directeur"),
    ("Laetitia Cordier", "Familles rurales de la Haute-Marne", "Animatrice du transport solidaire"),
)

MEETINGS = (
    ("2026-09-22 18:00", "2026-09-22 20:00", "Comité syndical du PETR, salle des fêtes de Chalindrey", ()),
    ("2026-10-08 14:00", "2026-10-08 16:30", "Commission mobilités, maison du Pays, Langres", ()),
    ("2026-10-20 09:30", "2026-10-20 12:00", "Réseau France Services, espace France Services de Val-de-Meuse", ()),
    ("2026-11-19 18:00", "2026-11-19 20:30", "Comité syndical du PETR, hôtel de ville de Langres", ()),
    ("2026-12-03 14:00", "2026-12-03 16:30", "Commission mobilités, maison du Pays, Langres",
     ("Navette du marché de Langres", "Bilan du transport solidaire", "Réunion publique du plan de mobilité")),
    ("2026-12-15 09:30", "2026-12-15 12:00", "Réseau France Services, sous-préfecture de Langres",
     ("Formation Mon espace santé", "Bus France Services itinérant", "Ouverture du samedi matin")),
    ("2027-01-21 18:00", "2027-01-21 20:30", "Comité syndical du PETR, salle des fêtes de Chalindrey",
     ("Vote du budget 2027", "Rapport d'activité 2026", "Installation rue Diderot")),
    ("2027-02-11 14:00", "2027-02-11 16:30", "Commission mobilités, mairie d'Auberive", ()),
)

DEADLINES = (
    ("2026-12-11", "Dépôt du dossier LEADER de la navette du marché"),
    ("2026-12-18", "Retour des devis pour le bus France Services"),
    ("2027-01-08", "Clôture des inscriptions à la formation Mon espace santé"),
    ("2027-01-15", "Envoi du rapport d'activité 2026 aux communautés de communes"),
    ("2027-02-26", "Avis du conseil de développement sur le plan de mobilité"),
)

DECISIONS = (
    ("2026-09-22", 1, "Le comité syndical se réunit tous les deux mois, en alternance à Chalindrey et à Langres."),
    ("2026-09-22", 1, "Le PETR élabore un plan de mobilité simplifié pour l'ensemble du Pays de Langres."),
    ("2026-09-22", 1, "Le conseil de développement tient une permanence à la maison du Pays le premier lundi du "
                      "mois."),
    ("2026-10-08", 2, "Une navette gratuite relie Val-de-Meuse au marché de Langres le vendredi matin à partir du "
                      "8 janvier 2027."),
    ("2026-10-08", 2, "Le transport solidaire de Familles rurales est étendu aux communes de la communauté de "
                      "communes Auberive Vingeanne et Montsaugeonnais."),
    ("2026-10-08", 2, "Une voie verte entre Langres et le lac de la Liez est inscrite au plan de mobilité."),
    ("2026-10-20", 3, "Une formation Mon espace santé est proposée aux agents France Services en janvier, avec la "
                      "CPAM."),
    ("2026-10-20", 3, "Les espaces France Services du Pays ouvrent un samedi matin par mois à partir de février "
                      "2027."),
    ("2026-10-20", 3, "Un bus France Services itinérant passe deux fois par mois dans les communes de moins de 300 "
                      "habitants."),
    ("2026-11-19", 4, "Le budget 2027 du PETR sera voté au comité syndical de janvier."),
    ("2026-11-19", 4, "La cotisation des communautés de communes est maintenue à 2,50 euros par habitant."),
    ("2026-11-19", 4, "Le PETR loue le local de la rue Diderot à Langres pour y installer son siège en mars 2027."),
    ("2026-11-19", 4, "Le rapport d'activité 2026 est présenté au comité syndical de janvier."),
    ("2026-11-19", 4, "Une réunion publique sur le plan de mobilité est organisée à Langres en février 2027."),
)

LANGRES52_TASKS = {
    SLUG: (
        ("Organiser la formation Mon espace santé des agents France Services", "Sabrina Ferrand", "2027-01-12", 3),
        ("Centraliser les inscriptions à la formation", "Nadège Humbert", "2027-01-08", 3),
        ("Demander les devis pour le bus France Services", "Thierry Lambert", "2026-12-18", 3),
        ("Mettre à jour la carte des espaces France Services", "Hélène Barbier", "2026-11-20", 3, "done"),
        ("Préparer le dossier LEADER de la navette du marché", "Marc Collinet", "2026-12-11", 2),
        ("Recenser les chauffeurs bénévoles du transport solidaire", "Laetitia Cordier", "2026-12-31", 2),
        ("Réserver la salle pour la réunion publique du plan de mobilité", "Fanny Royer", "2026-11-27", 4),
        ("Envoyer le compte rendu du comité syndical du 19 novembre", "Claire Mougin", "2026-11-26", 4, "done"),
        ("Rédiger le rapport d'activité 2026", "Claire Mougin", "2027-01-08", 4),
        ("Préparer le projet de budget 2027", "Sylvie Jacquot", "2027-01-08", 4),
        ("Visiter le local de la rue Diderot avec le propriétaire", "Julien Perrot", "2026-11-30", 4),
        ("Faire connaître la navette du marché dans les mairies", "Élise Vautrin", "2026-12-20", 2),
    ),
}

# What the secretary typed after the comité syndical of 19 November (séance n°4); the earlier meetings were never
# recorded.
ATTENDANCE_COMMANDS = (
    "/presents n°4 Gérard Thiébaut, Claire Mougin, Fanny Royer, Marc Collinet, Sylvie Jacquot, Julien Perrot, "
    "Thierry Lambert, Élise Vautrin, Patrick Grosjean, Hélène Barbier, Odile Masson",
    "/excuses n°4 Nadège Humbert, Sabrina Ferrand, Bastien Renard",
    "/absents n°4 Amandine Chevalier",
)

# What members said before the commission mobilités of Thursday 3 December (séance n°5).
RSVPS = (
    ("Fanny Royer", "/present"),
    ("Laetitia Cordier", "/present"),
    ("Romain Petitjean", "/present"),
    ("Élise Vautrin", "/present"),
    ("Patrick Grosjean", "/excuse"),
)

record_attendance = recorded_attendance(SLUG, ASKER, "petr52", ATTENDANCE_COMMANDS, RSVPS)

LANGRES52_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, "Gérard Thiébaut")}
# The PETR's director is the test sender: « je », « mes tâches » name her.
LANGRES52_ASKERS = {SLUG: ASKER}
LANGRES52_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}

"""A group written by helper r38c in the thirty-seventh round, for blind set 45c
(questions that are not for the bot, beside real ones): the bureau élargi of
the Office municipal des sports (OMS) of Val-de-Lay, an invented town of the
Vendée — the adjoint aux sports who chairs it, the OMS's director who
coordinates it, its secretary and its treasurer; the town's sports
department; the presidents of six clubs (foot, basket, judo, natation,
cyclisme, handisport); the Département de la Vendée; the SDJES; the CDOS; the
EPS teacher of the collège; the USEP and the UNSS; the Communauté de
communes (for the piscine intercommunale); a sport-santé association and the
Maison de quartier des Ormeaux.
Meetings: the bureau élargi of 17 September, the commission des équipements
of 15 October (nothing recorded), the bureau élargi of Thursday 19 November
(the last one), the bureau élargi of Thursday 10 December (the next), the
meeting at the piscine on 14 January and the soirée des trophées of Friday 29
January. The attendance of 17 September and 19 November is in the store, and
the announced presences for 10 December; the person asking is the president
of the swimming club, a member, not the coordinator. Real public bodies are
named; the town, the clubs, the collège, the piscine and the associations are
invented; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["OMS85_AFTER_SETUP", "OMS85_ASKERS", "OMS85_GROUPS", "OMS85_TASKS"]

SLUG = "oms85"
ASKER = "Émilie Guéry"
OMS = "Office municipal des sports (OMS) de Val-de-Lay"
VILLE = "Ville de Val-de-Lay"

OMS85_MEMBERS = (
    ("Jean-Yves Merlet", VILLE, "Adjoint au maire chargé des sports, président de l'OMS"),
    ("Audrey Gaborit", OMS, "Directrice de l'OMS, coordinatrice du bureau élargi"),
    ("Mathilde Guillet", OMS, "Secrétaire de l'OMS, chargée de la communication"),
    ("Hervé Chauvet", OMS, "Trésorier de l'OMS"),
    ("Thierry Bouquet", VILLE, "Responsable du service des sports et des équipements sportifs"),
    ("Marc Charrier", "FC Val-de-Lay", "Président du club de football"),
    ("Sophie Rabiller", "Val-de-Lay Basket Club", "Présidente du club de basket"),
    ("Nicolas Poiraud", "Judo Club du Lay", "Président et professeur du club de judo"),
    ("Émilie Guéry", "Les Dauphins du Lay", "Présidente du club de natation"),
    ("Patrick Boisseau", "Vélo Club Val-de-Lay", "Président du club de cyclisme"),
    ("Karima Benhadj", "Handisport Val-de-Lay", "Présidente de l'association handisport"),
    ("Christophe Renaud", "Département de la Vendée", "Chargé de mission au service des sports du Département"),
    ("Laure Michaud", "SDJES de la Vendée", "Conseillère d'animation sportive"),
    ("Bernard Girard", "CDOS de la Vendée", "Vice-président, référent des offices municipaux des sports"),
    ("Julie Tessier", "Collège du Marais, Val-de-Lay",
     "Professeure d'EPS, responsable de l'association sportive du collège (UNSS)"),
    ("Fanny Burgaud", "UNSS Vendée", "Directrice du service départemental de l'UNSS"),
    ("Damien Fradet", "USEP Vendée", "Délégué départemental de l'USEP"),
    ("Anne-Sophie Bironneau", "Communauté de communes du Pays du Lay",
     "Directrice de la piscine intercommunale Aqualay"),
    ("Valérie Soulard", "Bouger Santé Vendée",
     "Enseignante en activité physique adaptée, coordinatrice du sport sur ordonnance"),
    ("Yannick Pelletier", "Maison de quartier des Ormeaux", "Animateur jeunesse"),
)

OMS85_MEETINGS = (
    ("2026-09-17 19:00", "2026-09-17 21:00", "Bureau élargi de l'OMS : bilan du forum des associations, "
                                             "Maison des sports, Val-de-Lay", ()),
    ("2026-10-15 18:30", "2026-10-15 20:30", "Commission des équipements : créneaux du gymnase et de la piscine, "
                                             "complexe sportif de la Vallée", ()),
    ("2026-11-19 19:00", "2026-11-19 21:00", "Bureau élargi de l'OMS : subventions 2027 et Téléthon, "
                                             "Maison des sports, Val-de-Lay", ()),
    ("2026-12-10 19:00", "2026-12-10 21:00", "Bureau élargi de l'OMS, Maison des sports, Val-de-Lay",
     ("Répartition des subventions 2027 aux clubs",
      "Bilan du Téléthon",
      "Préparation de la soirée des trophées des sportifs",
      "Point sur le sport sur ordonnance",
      "Questions diverses")),
    ("2027-01-14 18:30", "2027-01-14 20:30", "Réunion sur les créneaux de la piscine intercommunale, "
                                             "piscine Aqualay, Val-de-Lay",
     ("Créneaux des clubs pour le deuxième trimestre",
      "Accueil des scolaires et de l'USEP")),
    ("2027-01-29 19:00", "2027-01-29 22:00", "Soirée des trophées des sportifs, salle des fêtes, Val-de-Lay",
     ("Remise des trophées",
      "Vin d'honneur")),
)

OMS85_DEADLINES = (
    ("2026-12-04", "Dépôt des demandes de subvention 2027 des clubs à l'OMS"),
    ("2026-12-18", "Envoi des propositions de lauréats pour les trophées des sportifs"),
    ("2027-01-08", "Retour des plannings de créneaux du deuxième trimestre au service des sports"),
    ("2027-01-15", "Dépôt de la demande d'aide au Département pour le matériel handisport"),
    ("2027-02-26", "Réponse à l'appel à projets sport-santé de l'ARS Pays de la Loire"),
)

OMS85_DECISIONS = (
    ("2026-09-17", 1, "Le forum des associations 2027 a lieu le premier samedi de septembre au complexe sportif "
                      "de la Vallée."),
    ("2026-09-17", 1, "L'OMS prend en charge la location du minibus pour les déplacements de Handisport "
                      "Val-de-Lay."),
    ("2026-09-17", 1, "Le bureau élargi se réunit une fois par mois, le jeudi soir à la Maison des sports."),
    ("2026-10-15", 2, "Le gymnase de la Vallée est réservé au basket le mardi et le vendredi soir."),
    ("2026-10-15", 2, "La piscine Aqualay réserve deux lignes d'eau aux Dauphins du Lay le mercredi de 18h à "
                      "20h."),
    ("2026-10-15", 2, "Le dojo est ouvert au Judo Club du Lay le samedi matin à partir de janvier 2027."),
    ("2026-11-19", 3, "L'enveloppe des subventions 2027 de l'OMS aux clubs est de 48 000 euros."),
    ("2026-11-19", 3, "Les subventions sont réparties selon le nombre de licenciés, les moins de 18 ans comptant "
                      "double."),
    ("2026-11-19", 3, "L'OMS participe au Téléthon le samedi 5 décembre avec un relais de natation et une "
                      "randonnée à vélo."),
    ("2026-11-19", 3, "Le sport sur ordonnance est proposé avec Bouger Santé Vendée à partir de février 2027."),
    ("2026-11-19", 3, "Les clés des salles municipales se retirent au service des sports, jamais chez un "
                      "président de club."),
    ("2026-11-19", 3, "Les trophées des sportifs récompensent aussi un bénévole de l'année."),
)

OMS85_TASKS = {
    SLUG: (
        ("Envoyer le dossier de subvention 2027 des Dauphins du Lay", "Émilie Guéry", "2026-12-04", 3),
        ("Transmettre le nombre de licenciés du club de natation au trésorier", "Émilie Guéry", "2026-11-27", 3),
        ("Mettre à jour le planning des créneaux du gymnase de la Vallée", "Thierry Bouquet", "2026-11-26", 2),
        ("Réserver la salle des fêtes pour la soirée des trophées", "Mathilde Guillet", "2026-11-20", 1, "done"),
        ("Organiser une démonstration de basket fauteuil au collège", "Karima Benhadj", "2026-11-13", 1,
         "cancelled"),
        ("Préparer le tableau de répartition des subventions 2027", "Hervé Chauvet", "2026-12-08", 3),
        ("Organiser le relais de natation du Téléthon", "Anne-Sophie Bironneau", "2026-12-03", 3),
        ("Rédiger le compte rendu du bureau élargi du 19 novembre", "Audrey Gaborit", "2026-12-03", 3),
        ("Présenter le sport sur ordonnance aux médecins de la commune", "Valérie Soulard", "2027-01-15", 3),
        ("Commander les trophées et les médailles", "Mathilde Guillet", "2027-01-08", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the swimming club's president.
OMS85_ASKERS = {SLUG: ASKER}

OMS85_GROUPS = {
    SLUG: (OMS85_MEMBERS, OMS85_MEETINGS, OMS85_DEADLINES, OMS85_DECISIONS, "Audrey Gaborit"),
}

# What the coordinator typed after the bureaux élargis of 17 September (n°1) and 19 November (n°3); nothing was
# recorded for the commission des équipements of 15 October (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Jean-Yves Merlet, Audrey Gaborit, Mathilde Guillet, Hervé Chauvet, Thierry Bouquet, "
    "Marc Charrier, Sophie Rabiller, Nicolas Poiraud, Émilie Guéry, Patrick Boisseau, Karima Benhadj, "
    "Bernard Girard, Yannick Pelletier",
    "/excuses n°1 Christophe Renaud, Laure Michaud, Julie Tessier",
    "/absents n°1 Damien Fradet, Fanny Burgaud",
    "/presents n°3 Jean-Yves Merlet, Audrey Gaborit, Mathilde Guillet, Hervé Chauvet, Thierry Bouquet, "
    "Sophie Rabiller, Nicolas Poiraud, Patrick Boisseau, Karima Benhadj, Christophe Renaud, Laure Michaud, "
    "Anne-Sophie Bironneau",
    "/excuses n°3 Émilie Guéry, Marc Charrier, Valérie Soulard",
    "/absents n°3 Yannick Pelletier",
)

# What members said in the chat before the bureau élargi of 10 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Jean-Yves Merlet", "/present"),
    ("Audrey Gaborit", "/present"),
    ("Hervé Chauvet", "/present"),
    ("Sophie Rabiller", "/present"),
    ("Nicolas Poiraud", "/present"),
    ("Bernard Girard", "/present"),
    ("Valérie Soulard", "/present"),
    ("Marc Charrier", "/excuse"),
    ("Christophe Renaud", "/excuse"),
)

OMS85_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "o85", ATTENDANCE_COMMANDS, RSVPS),
}

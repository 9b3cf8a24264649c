"""A group written by helper r41c in the fortieth round, for blind set 48c
(is it still on — changes, confirmations and hearsay): the organising
committee of an invented departmental job fair in the Loiret, the « Forum de
l'emploi et de l'alternance » and its satellite forums — the Département's
vice-president who chairs it, the head of the Département's insertion
service who coordinates it, a chargée de projet of that service (the person
asking) and its assistant; France Travail, the Mission locale, the CCI and
the CMA, Cap emploi, the APEC; two communautés de communes hosting satellite
forums; the manager of the salle; the Région; the armed forces' recruitment
office; a temporary-work agency; a GEIQ; a coach operator (the shuttles); the
communication agency.
Meetings: the committees of 22 September and 15 October, the committee of 19
November (the last held); the committee planned on Thursday 10 December,
moved to Friday 11 December at 9h30 (the next); the satellites' meeting of
15 December at Pithiviers, cancelled; the committee planned on 21 January,
brought forward to 14 January; the review of 16 February. The changes are
typed by the coordinator as the group would (/seance_deplacer,
/seance_annuler, /decision_modifier, /decision_annuler); the attendance of 22
September and 19 November is in the store, and the announced presences for
11 December. Members replaced hold the title now, their role saying whom
they replaced. Real public bodies are named; the agencies, companies and
every person are invented; every figure is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance, typed
from tests.helpers import Chat

__all__ = ["FORUM45_AFTER_SETUP", "FORUM45_ASKERS", "FORUM45_GROUPS", "FORUM45_TASKS"]

SLUG = "forum45"
ASKER = "Nadia Belkacem"
INSERTION = "Département du Loiret, service insertion"

FORUM45_MEMBERS = (
    ("Martine Rabier", "Département du Loiret",
     "Vice-présidente chargée de l'insertion et de l'emploi, présidente du comité d'organisation du forum"),
    ("Olivier Chaumette", INSERTION, "Chef du service insertion, coordinateur du comité d'organisation"),
    ("Nadia Belkacem", INSERTION, "Chargée de projet insertion, référente des exposants"),
    ("Valérie Hamon", INSERTION, "Assistante administrative, inscriptions des exposants"),
    ("Julien Roussel", "France Travail", "Responsable d'équipe entreprises, agence d'Orléans Nord"),
    ("Awa Diallo", "Mission locale de l'Orléanais", "Conseillère relations entreprises"),
    ("Sandrine Pelletier", "CCI Centre-Val de Loire, délégation du Loiret",
     "Chargée de relations entreprises, remplace Hélène Vasseur depuis le 2 novembre 2026"),
    ("Thomas Girard", "Chambre de métiers et de l'artisanat Centre-Val de Loire",
     "Conseiller emploi-apprentissage, antenne du Loiret"),
    ("Isabelle Moreau", "Cap emploi 45", "Chargée de mission insertion des personnes handicapées"),
    ("Rachid Hamdi", "APEC Centre-Val de Loire", "Consultant relations entreprises, centre d'Orléans"),
    ("Élodie Marchand", "Communauté de communes des Loges", "Chargée de développement économique"),
    ("Frédéric Baudry", "Communauté de communes du Pithiverais",
     "Vice-président chargé du développement économique et de l'emploi"),
    ("Patrick Souchet", "Ville de Fleury-les-Aubrais", "Régisseur de la salle Jean-Zay"),
    ("Émilie Chevrier", "Région Centre-Val de Loire", "Chargée de mission orientation et formation"),
    ("Sébastien Morin", "CIRFA d'Orléans", "Adjudant-chef, conseiller en recrutement des armées"),
    ("Aurélie Dumas", "Intérim Val de Loire", "Responsable de l'agence d'Orléans"),
    ("Mathieu Lhomme", "GEIQ Industrie Loiret", "Directeur"),
    ("Stéphanie Collin", "Cars Loiret Voyages", "Responsable commerciale, navettes et transports occasionnels"),
    ("Julie Vernet", "Agence Bord de Loire",
     "Chargée de communication du forum, a repris le dossier de Manon Ricard partie fin octobre"),
    ("Grégory Tessier", "Département du Loiret", "Chargé de presse, direction de la communication"),
)

FORUM45_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:00", "Comité d'organisation : lancement du forum 2027, "
                                             "Hôtel du Département, Orléans", ()),
    ("2026-10-15 09:30", "2026-10-15 11:30", "Comité d'organisation : exposants et plan de salle, "
                                             "salle Jean-Zay, Fleury-les-Aubrais", ()),
    ("2026-11-19 14:00", "2026-11-19 16:00", "Comité d'organisation : communication et transports, "
                                             "Hôtel du Département, Orléans", ()),
    ("2026-12-10 14:00", "2026-12-10 16:00", "Comité d'organisation, Hôtel du Département, Orléans",
     ("Point sur les 142 employeurs inscrits",
      "Plan de salle définitif avec le régisseur",
      "Horaires des navettes depuis la gare des Aubrais",
      "Programme des ateliers CV et simulation d'entretien",
      "Questions diverses")),
    ("2026-12-15 14:00", "2026-12-15 16:00", "Réunion des forums satellites, "
                                             "Communauté de communes du Pithiverais, Pithiviers",
     ("Organisation du forum satellite de Pithiviers",
      "Avenir du forum satellite de Jargeau")),
    ("2027-01-21 14:00", "2027-01-21 16:00", "Comité d'organisation : dernière ligne droite, "
                                             "salle Jean-Zay, Fleury-les-Aubrais",
     ("Visite de la salle et montage des stands",
      "Accueil des exposants et des visiteurs",
      "Planning des bénévoles")),
    ("2027-02-16 14:00", "2027-02-16 16:00", "Comité de bilan du forum, Hôtel du Département, Orléans",
     ("Bilan chiffré du forum",
      "Préparation des forums satellites de mars")),
)

FORUM45_DEADLINES = (
    ("2026-12-04", "Clôture des inscriptions des employeurs exposants"),
    ("2026-12-18", "Validation du plan de salle par le régisseur de la salle Jean-Zay"),
    ("2027-01-08", "Bon à tirer de l'affiche et du flyer du forum"),
    ("2027-01-15", "Confirmation des horaires des navettes par Cars Loiret Voyages"),
    ("2027-01-22", "Liste définitive des ateliers et des intervenants"),
    ("2027-02-26", "Bilan chiffré du forum remis à la vice-présidente"),
)

FORUM45_DECISIONS = (
    ("2026-09-22", 1, "Le forum de l'emploi et de l'alternance 2027 a lieu le jeudi 4 février 2027 de 9h à 17h, "
                      "salle Jean-Zay à Fleury-les-Aubrais."),
    ("2026-09-22", 1, "Le comité d'organisation se réunit une fois par mois, le jeudi de 14h à 16h, jusqu'au "
                      "forum."),
    ("2026-09-22", 1, "Deux forums satellites sont organisés en mars 2027, à Pithiviers avec la communauté de "
                      "communes du Pithiverais et à Jargeau avec la communauté de communes des Loges."),
    ("2026-09-22", 1, "Les stands sont gratuits pour les employeurs, dans la limite de 150 stands."),
    ("2026-10-15", 2, "Les stands sont regroupés par filière : industrie et logistique, BTP, santé et services à "
                      "la personne, commerce et hôtellerie-restauration, défense et sécurité."),
    ("2026-10-15", 2, "Une navette gratuite relie la gare des Aubrais à la salle Jean-Zay toutes les 20 minutes "
                      "de 8h30 à 17h30, assurée par Cars Loiret Voyages."),
    ("2026-10-15", 2, "Le forum satellite du Pithiverais se tient le mardi 9 mars 2027 à la salle des fêtes de "
                      "Pithiviers."),
    ("2026-10-15", 2, "Un espace job dating, avec des entretiens de 20 minutes, est animé par France Travail et "
                      "la Mission locale."),
    ("2026-10-15", 2, "Le CIRFA tient un stand commun de l'armée de Terre, de la Marine et de l'armée de l'Air "
                      "et de l'Espace."),
    ("2026-11-19", 3, "Le forum est avancé au jeudi 28 janvier 2027, au lieu du 4 février, pour ne pas tomber "
                      "le même jour que le salon régional de l'orientation."),
    ("2026-11-19", 3, "L'agence Bord de Loire réalise l'affiche, le flyer et la campagne sur les réseaux "
                      "sociaux pour 6 500 euros."),
    ("2026-11-19", 3, "Les ateliers CV et simulation d'entretien sont animés par l'APEC et Cap emploi en salle "
                      "B, toutes les heures."),
    ("2026-11-19", 3, "Le forum satellite de Jargeau est abandonné : les employeurs des Loges sont invités au "
                      "forum de Fleury-les-Aubrais, avec un car au départ de Jargeau."),
    ("2026-11-19", 3, "Un buffet est offert aux exposants à 12h30 dans le hall de la salle Jean-Zay."),
    ("2026-11-19", 3, "Le forum ouvre au public de 9h à 16h30 ; les exposants sont accueillis dès 7h30."),
)

FORUM45_TASKS = {
    SLUG: (
        ("Relancer les artisans du BTP pour les inscriptions au forum", "Thomas Girard", "2026-11-27", 2),
        ("Réserver la halle du marché de Pithiviers pour le forum satellite", "Frédéric Baudry", "2026-11-30", 3),
        ("Envoyer le compte rendu du comité du 19 novembre", "Olivier Chaumette", "2026-11-26", 3, "done"),
        ("Commander 500 goodies au logo du forum", "Julie Vernet", "2026-11-20", 2, "cancelled"),
        ("Réserver la salle des fêtes de Jargeau", "Élodie Marchand", "2026-12-15", 1, "cancelled"),
        ("Mettre à jour la liste des employeurs inscrits", "Nadia Belkacem", "2026-12-07", 3),
        ("Envoyer l'invitation au forum aux bénéficiaires du RSA", "Nadia Belkacem", "2027-01-12", 3),
        ("Finaliser le plan de salle à 130 stands", "Patrick Souchet", "2026-12-10", 3),
        ("Confirmer les horaires de la navette des Aubrais", "Stéphanie Collin", "2027-01-15", 3),
        ("Préparer le stand commun des armées", "Sébastien Morin", "2027-01-20", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the chargée de projet insertion.
FORUM45_ASKERS = {SLUG: ASKER}

FORUM45_GROUPS = {
    SLUG: (FORUM45_MEMBERS, FORUM45_MEETINGS, FORUM45_DEADLINES, FORUM45_DECISIONS, "Olivier Chaumette"),
}

# What the coordinator typed after the committees of 22 September (n°1) and 19 November (n°3); nothing was
# recorded for the committee of 15 October (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Martine Rabier, Olivier Chaumette, Nadia Belkacem, Valérie Hamon, Julien Roussel, Awa Diallo, "
    "Thomas Girard, Isabelle Moreau, Rachid Hamdi, Élodie Marchand, Frédéric Baudry, Patrick Souchet, "
    "Sébastien Morin, Mathieu Lhomme",
    "/excuses n°1 Émilie Chevrier, Aurélie Dumas, Stéphanie Collin",
    "/absents n°1 Grégory Tessier",
    "/presents n°3 Martine Rabier, Olivier Chaumette, Nadia Belkacem, Julien Roussel, Sandrine Pelletier, "
    "Thomas Girard, Isabelle Moreau, Frédéric Baudry, Élodie Marchand, Stéphanie Collin, Julie Vernet, "
    "Grégory Tessier",
    "/excuses n°3 Awa Diallo, Rachid Hamdi, Patrick Souchet, Émilie Chevrier",
    "/absents n°3 Sébastien Morin, Aurélie Dumas",
)

# The changes the coordinator typed since (each reply's first words, checked): the committee of 10 December
# moved to Friday 11 at 9h30, the satellites' meeting cancelled, the committee of 21 January brought forward a
# week, the stands' limit and the Pithiviers forum's place changed, the first date of the forum withdrawn.
CHANGES = (
    ("/seance_deplacer 4 11/12 9h30", "Séance n°4"),
    ("/seance_annuler 5 points repris au comité du 11 décembre", "Séance n°5"),
    ("/seance_deplacer 6 14/01 14h", "Séance n°6"),
    ("/decision_modifier 4 Les stands sont gratuits pour les employeurs, dans la limite de 130 stands, pour "
     "laisser la place aux ateliers.", "Décision n°4"),
    ("/decision_modifier 7 Le forum satellite du Pithiverais se tient le mardi 9 mars 2027 à la halle du marché "
     "de Pithiviers, et non plus à la salle des fêtes, en travaux.", "Décision n°7"),
    ("/decision_annuler 1 remplacée par la décision n°10 (forum avancé au 28 janvier)", "Décision n°1"),
)

# What members said in the chat before the committee of 11 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Martine Rabier", "/present"),
    ("Olivier Chaumette", "/present"),
    ("Julien Roussel", "/present"),
    ("Sandrine Pelletier", "/present"),
    ("Patrick Souchet", "/present"),
    ("Stéphanie Collin", "/present"),
    ("Julie Vernet", "/present"),
    ("Thomas Girard", "/excuse"),
    ("Frédéric Baudry", "/excuse"),
)


def _setup(chat: Chat) -> None:
    """The attendance of the held committees, then the changes, then the announced presences."""
    recorded_attendance(SLUG, ASKER, "fo45", ATTENDANCE_COMMANDS, ())(chat)
    for text, expected in CHANGES:
        typed(chat, text, expected)
    recorded_attendance(SLUG, ASKER, "fo45", (), RSVPS)(chat)


FORUM45_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: _setup}

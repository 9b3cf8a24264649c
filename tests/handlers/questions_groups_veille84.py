"""A group written by helper w34b in the thirty-third round, for the
lead's blind set 62 (a stranger's general set in the words of the people
who sit on a CCAS's cellule de veille for isolated elderly people and the
summer heat and winter cold plans: the deputy mayor, the CCAS, the home-help
services, the SSIAD, the Red Cross, the Petits Frères des Pauvres, a
pharmacist, a GP, the social landlord's caretakers, La Poste, the
Département's APA team, the CLIC, the fire service and the town's
mediators): the cellule de veille of the CCAS of an invented town of the
Vaucluse, Montclar-du-Comtat — the deputy mayor for seniors who chairs it
(the mairie's one member); the CCAS's director who runs it (the group's
coordinator) and the CCAS's officer who keeps the register of vulnerable
people and the phone chain (the CCAS's two members); the responsable de
secteur of an invented ADMR association (the asker) and the head of
agency of an invented private SAAD, Ventoux Services à la personne; the
infirmière coordinatrice of an invented SSIAD; the president of the Red
Cross's local unit; the coordinator of the Petits Frères des Pauvres'
local team; a pharmacist (referent for the town's pharmacies); a GP (the
cellule's medical referent); a caretaker of Grand Delta Habitat (referent
of the caretakers); La Poste's postwoman, correspondent of « Veiller sur
mes parents »; the Département de Vaucluse's APA evaluator; the
coordinator of an invented CLIC du Comtat Venaissin; the SDIS de
Vaucluse's head of the town's fire station; the head of the town's
mediators and a mediator of the quartier des Aires (the mediation
service's two members). Meetings: the launch of the heat plan in June at
the mairie, the review of the summer in September at the CCAS, the working
group on home visits and the phone chain in October at the CLIC, the
launch of the cold plan in November at the fire station, the monthly
cellule of 8 December at the CCAS, the cellule of January and the annual
review of the scheme in March at the mairie; the register, the phone
chain, the cool rooms and the heated room, home visits in pairs, the
caretakers' and postwomen's watch, the pharmacies' leaflet, the Christmas
meal, the 2027 heat plan. Tasks (four late, one of them the asker's; three
done; one cancelled), the attendance of the September review and of the
November launch of the cold plan in the store, announced presences for the
cellule of 8 December; the person asking is a member, not the coordinator.
Organisation names are public bodies or real organisations (the CCAS and
mairie of an invented town, the ADMR, the Croix-Rouge française, the
Petits Frères des Pauvres, Grand Delta Habitat, La Poste, the Département
de Vaucluse, the SDIS de Vaucluse) or invented ones; every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["VEILLE84_AFTER_SETUP", "VEILLE84_ASKERS", "VEILLE84_GROUPS", "VEILLE84_TASKS"]

SLUG = "veille84"
ASKER = "Sandrine Méjean"
CCAS = "CCAS de Montclar-du-Comtat"
MEDIATION = "Service de médiation sociale de la ville de Montclar-du-Comtat"

VEILLE84_MEMBERS = (
    ("Mireille Bonnefoy", "Mairie de Montclar-du-Comtat", "Adjointe au maire chargée des seniors et de l'autonomie, "
                                                          "présidente de la cellule de veille"),
    ("Olivier Granier", CCAS, "Directeur du CCAS, coordinateur de la cellule de veille personnes âgées isolées, "
                              "canicule et grand froid"),
    ("Laetitia Fabre", CCAS, "Chargée d'accueil, gestionnaire du registre des personnes vulnérables et de la chaîne "
                             "téléphonique"),
    ("Sandrine Méjean", "ADMR du Comtat, service d'aide et d'accompagnement à domicile",
     "Responsable de secteur de l'aide à domicile"),
    ("Karim Belkacem", "Ventoux Services à la personne, service d'aide à domicile", "Responsable d'agence"),
    ("Agnès Reboul", "SSIAD du Comtat, service de soins infirmiers à domicile", "Infirmière coordinatrice"),
    ("Jean-Pierre Vidal", "Croix-Rouge française, unité locale du Comtat", "Président de l'unité locale"),
    ("Colette Dumas", "Petits Frères des Pauvres, équipe de Montclar-du-Comtat",
     "Coordinatrice bénévole de l'équipe locale"),
    ("Thomas Guigue", "Pharmacie du Cours, Montclar-du-Comtat", "Pharmacien titulaire, référent des pharmacies de la "
                                                                "commune"),
    ("Hélène Sabatier", "Cabinet médical des Lavandes, Montclar-du-Comtat",
     "Médecin généraliste, référente médicale de la cellule de veille"),
    ("Marc Chabaud", "Grand Delta Habitat", "Gardien de la résidence Les Oliviers, référent des gardiens de "
                                            "Montclar-du-Comtat"),
    ("Nadège Roux", "La Poste, bureau de Montclar-du-Comtat", "Factrice, correspondante du service « Veiller sur mes "
                                                              "parents »"),
    ("Fabienne Ollier", "Département de Vaucluse, pôle autonomie",
     "Évaluatrice médico-sociale de l'équipe APA du secteur du Comtat"),
    ("Christine Allègre", "CLIC du Comtat Venaissin", "Coordinatrice du centre local d'information et de coordination "
                                                      "gérontologique"),
    ("Rémi Bastide", "SDIS de Vaucluse", "Lieutenant, chef du centre d'incendie et de secours de Montclar-du-Comtat"),
    ("Yassine Haddou", MEDIATION, "Responsable de l'équipe des médiateurs sociaux"),
    ("Manon Teissier", MEDIATION, "Médiatrice sociale du quartier des Aires"),
)

VEILLE84_MEETINGS = (
    ("2026-06-16 14:00", "2026-06-16 16:00", "Cellule de veille : lancement du plan canicule 2026, salle du conseil "
                                             "municipal, mairie de Montclar-du-Comtat", ()),
    ("2026-09-24 14:00", "2026-09-24 16:30", "Cellule de veille : bilan de la veille canicule de l'été 2026, salle des "
                                             "Tilleuls, CCAS de Montclar-du-Comtat", ()),
    ("2026-10-20 09:30", "2026-10-20 11:30", "Groupe de travail visites à domicile et chaîne téléphonique, salle de "
                                             "réunion du CLIC du Comtat Venaissin, Carpentras", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Cellule de veille : lancement du plan grand froid 2026-2027, salle de "
                                             "réunion du centre d'incendie et de secours de Montclar-du-Comtat", ()),
    ("2026-12-08 14:00", "2026-12-08 16:00", "Cellule de veille mensuelle présidée par l'adjointe aux seniors, salle "
                                             "des Tilleuls, CCAS de Montclar-du-Comtat",
     ("Point sur le registre des personnes vulnérables et les nouvelles inscriptions",
      "Organisation de la veille et des visites à domicile pendant les fêtes",
      "Premier bilan de l'accueil chauffé de la salle des Tilleuls",
      "Repas de Noël des aînés isolés avec les Petits Frères des Pauvres")),
    ("2027-01-14 14:00", "2027-01-14 16:00", "Cellule de veille mensuelle, salle des Tilleuls, CCAS de "
                                             "Montclar-du-Comtat",
     ("Relance annuelle du registre des personnes vulnérables",
      "Bilan de la veille des fêtes de fin d'année")),
    ("2027-03-16 09:30", "2027-03-16 12:30", "Revue annuelle du dispositif de veille présidée par l'adjointe aux "
                                             "seniors, salle du conseil municipal, mairie de Montclar-du-Comtat",
     ("Bilan 2026 du registre, de la chaîne téléphonique et des visites à domicile",
      "Préparation du plan canicule 2027 et choix des salles rafraîchies")),
)

VEILLE84_DEADLINES = (
    ("2026-12-11", "Retour au CCAS des listes de bénéficiaires isolés des SAAD et du SSIAD pour la période des fêtes"),
    ("2026-12-18", "Inscription des personnes isolées au repas de Noël solidaire des Petits Frères des Pauvres"),
    ("2027-01-29", "Retour des formulaires de réinscription au registre des personnes vulnérables"),
    ("2027-02-26", "Envoi au CCAS des bilans d'activité 2026 des partenaires pour la revue annuelle"),
    ("2027-04-30", "Transmission à la préfecture de Vaucluse du plan communal canicule 2027 actualisé"),
)

VEILLE84_DECISIONS = (
    ("2026-06-16", 1, "La salle Saint-Roch et la médiathèque des Remparts sont ouvertes comme salles rafraîchies de "
                      "13 h à 19 h dès la vigilance orange canicule."),
    ("2026-06-16", 1, "Pendant une vigilance orange ou rouge canicule, chaque inscrit du registre des personnes "
                      "vulnérables est appelé tous les jours par la chaîne téléphonique du CCAS."),
    ("2026-06-16", 1, "Un inscrit qui ne répond pas à deux appels de suite reçoit une visite à domicile dans les trois "
                      "heures, par les médiateurs ou par les pompiers en cas de doute."),
    ("2026-09-24", 2, "Le registre des personnes vulnérables est relancé chaque année en janvier par un courrier à tous "
                      "les inscrits et à tous les habitants de plus de 75 ans."),
    ("2026-09-24", 2, "La factrice correspondante du service Veiller sur mes parents signale au CCAS, avec leur accord, "
                      "les personnes âgées isolées repérées pendant la tournée."),
    ("2026-10-20", 3, "Les visites à domicile se font en binôme : un médiateur avec un bénévole de la Croix-Rouge ou "
                      "des Petits Frères des Pauvres."),
    ("2026-10-20", 3, "Du 1er novembre au 31 mars, la chaîne téléphonique appelle chaque inscrit du registre une fois "
                      "par semaine, le lundi matin."),
    ("2026-11-19", 4, "La salle des Tilleuls du CCAS est ouverte comme lieu d'accueil chauffé de 9 h à 17 h dès le "
                      "déclenchement du plan grand froid."),
    ("2026-11-19", 4, "Les gardiens de Grand Delta Habitat passent une fois par semaine chez les locataires de plus de "
                      "80 ans vivant seuls aux Oliviers et au Grand Pré."),
    ("2026-11-19", 4, "Le SSIAD et les services d'aide à domicile signalent au CCAS sous 24 heures tout bénéficiaire "
                      "privé de chauffage ou laissé seul par son aidant."),
    ("2026-11-19", 4, "Les pharmaciens remettent le dépliant grand froid à chaque client de plus de 75 ans et proposent "
                      "l'inscription au registre."),
    ("2026-11-19", 4, "La Croix-Rouge assure le transport vers la salle des Tilleuls des personnes qui ne peuvent pas se "
                      "déplacer, sur appel au CCAS."),
)

VEILLE84_TASKS = {
    SLUG: (
        ("Signer la convention « Veiller sur mes parents » avec La Poste", "Mireille Bonnefoy", "2026-10-30", 2,
         "done"),
        ("Établir le planning des binômes de visite à domicile pour l'hiver", "Yassine Haddou", "2026-11-06", 3,
         "done"),
        ("Former les facteurs du bureau de Montclar au repérage des personnes âgées isolées", "Nadège Roux",
         "2026-11-13", 2),
        ("Organiser une réunion d'information sur le registre dans le quartier des Aires", "Manon Teissier",
         "2026-11-18", 2, "done"),
        ("Recenser les bénéficiaires de l'ADMR qui vivent seuls sans famille proche", "Sandrine Méjean",
         "2026-11-20", 3),
        ("Organiser une formation aux gestes de premiers secours pour les aides à domicile", "Rémi Bastide",
         "2026-11-25", 2, "cancelled"),
        ("Recenser les locataires de plus de 80 ans vivant seuls aux Oliviers et au Grand Pré", "Marc Chabaud",
         "2026-11-26", 4),
        ("Tester la chaîne téléphonique avec les bénévoles de la Croix-Rouge", "Jean-Pierre Vidal", "2026-11-27", 3),
        ("Diffuser le dépliant grand froid dans les pharmacies de la commune", "Thomas Guigue", "2026-12-04", 4),
        ("Préparer la liste des bénévoles disponibles pendant les fêtes", "Colette Dumas", "2026-12-09", 4),
        ("Transmettre au CCAS la liste des bénéficiaires de l'APA vivant seuls à Montclar", "Fabienne Ollier",
         "2026-12-10", 2),
        ("Mettre à jour la fiche de liaison entre le SSIAD et les services d'aide à domicile", "Agnès Reboul",
         "2026-12-14", 3),
        ("Rédiger le courrier de relance annuelle du registre des personnes vulnérables", "Laetitia Fabre",
         "2026-12-15", 2),
        ("Rédiger une fiche de repérage de la fragilité pour les médecins et les infirmiers", "Hélène Sabatier",
         "2026-12-16", 3),
        ("Organiser le remplacement des aides à domicile pendant les fêtes pour les bénéficiaires isolés",
         "Sandrine Méjean", "2026-12-17", 4),
        ("Mettre en place un appel de courtoisie hebdomadaire pour les bénéficiaires seuls pendant les fêtes",
         "Karim Belkacem", "2026-12-18", 4),
        ("Recenser les clubs et associations d'aînés pour le guide du CLIC", "Christine Allègre", "2027-01-22", 4),
        ("Préparer le bilan annuel 2026 du dispositif de veille", "Olivier Granier", "2027-03-05", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the ADMR's responsable de secteur.
VEILLE84_ASKERS = {SLUG: ASKER}

VEILLE84_GROUPS = {
    SLUG: (VEILLE84_MEMBERS, VEILLE84_MEETINGS, VEILLE84_DEADLINES, VEILLE84_DECISIONS, "Olivier Granier"),
}

# What the CCAS's director typed after the review of the summer (n°2) and the launch of the cold plan at the fire
# station (n°4); nothing was recorded for the launch of the heat plan (n°1) nor for the working group at the CLIC (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Mireille Bonnefoy, Olivier Granier, Laetitia Fabre, Sandrine Méjean, Agnès Reboul, "
    "Jean-Pierre Vidal, Colette Dumas, Nadège Roux, Fabienne Ollier, Christine Allègre, Yassine Haddou",
    "/excuses n°2 Hélène Sabatier, Thomas Guigue, Karim Belkacem",
    "/absents n°2 Marc Chabaud",
    "/presents n°4 Olivier Granier, Laetitia Fabre, Karim Belkacem, Agnès Reboul, Jean-Pierre Vidal, Colette Dumas, "
    "Thomas Guigue, Marc Chabaud, Fabienne Ollier, Christine Allègre, Rémi Bastide, Yassine Haddou, Manon Teissier",
    "/excuses n°4 Mireille Bonnefoy, Sandrine Méjean, Hélène Sabatier",
    "/absents n°4 Nadège Roux",
)

# What members said in the chat before the monthly cellule of 8 December at the CCAS (n°5).
RSVPS = (
    ("Mireille Bonnefoy", "/present"),
    ("Olivier Granier", "/present"),
    ("Laetitia Fabre", "/present"),
    ("Jean-Pierre Vidal", "/present"),
    ("Colette Dumas", "/present"),
    ("Thomas Guigue", "/present"),
    ("Fabienne Ollier", "/present"),
    ("Yassine Haddou", "/present"),
    ("Hélène Sabatier", "/excuse"),
    ("Rémi Bastide", "/excuse"),
)

VEILLE84_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "ve84", ATTENDANCE_COMMANDS, RSVPS),
}

"""A group written by helper r40b in the thirty-ninth round, for blind set
47b (members who name each other and the bodies as they do in a chat: first
names shortened, a first name with an article, initials, a surname
misspelled or typed fast, a double first name cut, a title with no name, a
nickname of a body, and a name the group does not hold): the conseil local
de sécurité et de prévention de la délinquance (CLSPD) of an invented town
of the Gard near Alès, Montcalvel-les-Mines — the mayor who chairs it, his
deputy for public tranquillity, the town's prevention coordinator (who
takes the apologies), the head of the town's médiateurs (the asker), the
head of the police municipale; the sous-préfet's delegate; the procureur's
delegate; the captain commanding the gendarmerie's company of Alès; an
invented collège's principal and CPE; an invented prévention spécialisée
association; an invented bailleur social; an invented bus operator; the PJJ;
the SPIP du Gard; France Victimes 30; the CCAS; an invented shopkeepers'
association; the town's youth centre; the Département du Gard.
Meetings: the plenary CLSPD of September, a cellule de veille at the
Fontanilles in October, a working group on violences intrafamiliales in
November, the next plenary on Thursday 10 December at 9:30, the next cellule
de veille in January and a working group on the collège's surroundings in
March. Attendance is recorded for the three past meetings, and the announced
presences for 10 December; the person asking is a member, not the
coordinator.
Organisation names are public bodies (the sous-préfecture d'Alès, the
tribunal judiciaire d'Alès, the gendarmerie, the PJJ, the SPIP du Gard,
France Victimes, the Département du Gard) or invented ones (the town and its
services, the collège, the associations, the bailleur, the bus operator);
every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CLSPD30_AFTER_SETUP", "CLSPD30_ASKERS", "CLSPD30_GROUPS", "CLSPD30_TASKS"]

SLUG = "clspd30"
ASKER = "Karim Messaoudi"
MAIRIE = "Mairie de Montcalvel-les-Mines"
CONSEIL = "salle du conseil municipal, mairie de Montcalvel-les-Mines"
FONTANILLES = "Maison de quartier des Fontanilles, Montcalvel-les-Mines"

CLSPD30_MEMBERS = (
    ("Patrick Roumieux", MAIRIE, "Maire, président du CLSPD"),
    ("Hélène Fesquet", MAIRIE, "Adjointe au maire chargée de la tranquillité publique"),
    ("Stéphanie Arnal", MAIRIE, "Coordinatrice prévention de la délinquance, coordinatrice du CLSPD"),
    ("Karim Messaoudi", MAIRIE, "Responsable de l'équipe des médiateurs de la ville"),
    ("Jean-Michel Dupont", "Police municipale de Montcalvel-les-Mines", "Chef de service de la police municipale"),
    ("Frédéric Lefèvre", "Sous-préfecture d'Alès", "Délégué du sous-préfet, chargé de la prévention de la "
                                                    "délinquance et de la politique de la ville"),
    ("Marie-Claire Dautun", "Tribunal judiciaire d'Alès", "Déléguée du procureur de la République"),
    ("Emmanuelle García", "Gendarmerie nationale", "Capitaine, commandante de la compagnie de gendarmerie d'Alès"),
    ("Sébastien Ben Hamou", "Collège Les Châtaigniers", "Principal"),
    ("Catherine Pellet", "Collège Les Châtaigniers", "Conseillère principale d'éducation"),
    ("Dominique N'Guyen", "Association Cévennes Prévention", "Chef de service de la prévention spécialisée"),
    ("Nathalie Jourdan", "Habitat Cévenol", "Responsable de la gestion de proximité"),
    ("Valérie Soustelle", "Cévennes Bus", "Responsable sûreté et prévention du réseau"),
    ("Alexandre Rouvière", "Protection judiciaire de la jeunesse", "Responsable de l'unité éducative de milieu "
                                                                   "ouvert d'Alès"),
    ("Jean-Paul Larguier", "SPIP du Gard", "Conseiller pénitentiaire d'insertion et de probation, référent "
                                           "travail d'intérêt général"),
    ("Marie-Josée Teissier", "France Victimes 30", "Juriste, intervenante d'aide aux victimes"),
    ("Sandrine Boissier", "CCAS de Montcalvel-les-Mines", "Directrice du CCAS"),
    ("Gilles Chapelier", "Association Montcalvel Commerces", "Président de l'association des commerçants"),
    ("Yannick Vidalenc", "Maison des jeunes et de la culture de Montcalvel", "Directeur de la MJC"),
    ("Thomas Cabanis", "Département du Gard", "Chef du service prévention et protection de l'enfance, "
                                              "territoire des Cévennes"),
)

CLSPD30_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", f"CLSPD en séance plénière : bilan de l'été, {CONSEIL}", ()),
    ("2026-10-13 09:30", "2026-10-13 11:30", f"Cellule de veille tranquillité publique des Fontanilles, "
                                             f"{FONTANILLES}", ()),
    ("2026-11-19 14:00", "2026-11-19 16:00", "Groupe de travail violences intrafamiliales, CCAS de "
                                             "Montcalvel-les-Mines", ()),
    ("2026-12-10 09:30", "2026-12-10 12:00", f"CLSPD en séance plénière, {CONSEIL}",
     ("Bilan de la vidéoprotection place de la Fontaine",
      "Rodéos motorisés aux Fontanilles",
      "Dossier FIPD 2027",
      "Présentation de la stratégie territoriale 2027-2030")),
    ("2027-01-19 09:30", "2027-01-19 11:30", f"Cellule de veille tranquillité publique des Fontanilles, "
                                             f"{FONTANILLES}",
     ("Occupation des halls du bâtiment C",
      "Suivi des jeunes repérés par les médiateurs")),
    ("2027-03-10 17:00", "2027-03-10 19:00", "Groupe de travail prévention aux abords du collège, Collège Les "
                                             "Châtaigniers",
     ("Sécurité aux arrêts de bus du collège",
      "Harcèlement et réseaux sociaux")),
)

CLSPD30_DEADLINES = (
    ("2026-11-27", "Retour des signalements des bailleurs sur l'occupation des halls"),
    ("2026-12-04", "Transmission à la sous-préfecture du dossier FIPD 2027"),
    ("2026-12-18", "Remise du diagnostic local de sécurité actualisé"),
    ("2027-01-08", "Inscription des jeunes aux chantiers éducatifs des vacances d'hiver"),
    ("2027-01-29", "Avis des partenaires sur la stratégie territoriale de prévention 2027-2030"),
    ("2027-03-31", "Bilan annuel des travaux d'intérêt général accueillis par la commune"),
)

CLSPD30_DECISIONS = (
    ("2026-09-17", 1, "La vidéoprotection est étendue à la place de la Fontaine et au parking de la gare routière."),
    ("2026-09-17", 1, "Le CLSPD se réunit en séance plénière deux fois par an et la cellule de veille tous les trois "
                      "mois."),
    ("2026-09-17", 1, "Les excuses sont adressées à Stéphanie Arnal, coordinatrice du CLSPD."),
    ("2026-09-17", 1, "Les médiateurs de nuit interviennent du jeudi au samedi, de 19 h à 1 h, de juin à "
                      "septembre."),
    ("2026-09-17", 1, "La commune accueille six postes de travail d'intérêt général par an aux services "
                      "techniques."),
    ("2026-10-13", 2, "Un éclairage renforcé est installé dans les halls du bâtiment C des Fontanilles."),
    ("2026-10-13", 2, "Les informations nominatives échangées en cellule de veille restent confidentielles et ne "
                      "figurent pas au compte rendu."),
    ("2026-10-13", 2, "Une patrouille commune de la police municipale et des médiateurs a lieu le vendredi soir "
                      "aux Fontanilles."),
    ("2026-10-13", 2, "Les commerçants signalent les incivilités à un numéro unique de la police municipale."),
    ("2026-11-19", 3, "Une permanence de France Victimes se tient au CCAS le mardi matin, de 9 h à 12 h."),
    ("2026-11-19", 3, "Habitat Cévenol réserve deux logements d'urgence aux victimes de violences conjugales."),
    ("2026-11-19", 3, "Les agents du CCAS et les médiateurs suivent une formation au repérage des violences "
                      "conjugales au premier trimestre 2027."),
    ("2026-11-19", 3, "Le budget des chantiers éducatifs est fixé à 12 000 € pour 2027, financé pour moitié par "
                      "le FIPD."),
)

CLSPD30_TASKS = {
    SLUG: (
        ("Faire chiffrer l'extension de la vidéoprotection place de la Fontaine", "Hélène Fesquet", "2026-11-13",
         1, "done"),
        ("Organiser une réunion d'information des commerçants sur le numéro unique", "Gilles Chapelier",
         "2026-10-30", 2, "cancelled"),
        ("Envoyer le compte rendu du groupe de travail du 19 novembre", "Stéphanie Arnal", "2026-11-27", 3),
        ("Rédiger la fiche de la permanence France Victimes pour le site de la mairie", "Marie-Josée Teissier",
         "2026-11-25", 3),
        ("Recueillir les signalements des médiateurs sur les rodéos motorisés", "Karim Messaoudi", "2026-11-20", 2),
        ("Préparer le planning des médiateurs pour les fêtes de fin d'année", "Karim Messaoudi", "2026-12-08", 1),
        ("Recenser les halls d'immeubles occupés aux Fontanilles", "Nathalie Jourdan", "2026-12-15", 2),
        ("Faire le point sur les dégradations dans les bus de la ligne 3", "Valérie Soustelle", "2026-12-09", 2),
        ("Proposer de nouveaux postes de TIG aux services techniques", "Jean-Paul Larguier", "2027-01-15", 1),
        ("Présenter le protocole de rappel à l'ordre aux chefs d'établissement", "Marie-Claire Dautun",
         "2027-01-20", 1),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the head of the town's médiateurs.
CLSPD30_ASKERS = {SLUG: ASKER}

CLSPD30_GROUPS = {
    SLUG: (CLSPD30_MEMBERS, CLSPD30_MEETINGS, CLSPD30_DEADLINES, CLSPD30_DECISIONS, "Stéphanie Arnal"),
}

# What the coordinator typed after the plenary of September (n°1), the cellule de veille of October (n°2) and the
# working group on violences intrafamiliales (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Patrick Roumieux, Hélène Fesquet, Stéphanie Arnal, Karim Messaoudi, Jean-Michel Dupont, "
    "Frédéric Lefèvre, Marie-Claire Dautun, Emmanuelle García, Sébastien Ben Hamou, Dominique N'Guyen, "
    "Nathalie Jourdan, Valérie Soustelle, Jean-Paul Larguier, Sandrine Boissier, Gilles Chapelier, Thomas Cabanis",
    "/excuses n°1 Catherine Pellet, Alexandre Rouvière, Marie-Josée Teissier",
    "/absents n°1 Yannick Vidalenc",
    "/presents n°2 Hélène Fesquet, Stéphanie Arnal, Karim Messaoudi, Jean-Michel Dupont, Emmanuelle García, "
    "Dominique N'Guyen, Nathalie Jourdan, Yannick Vidalenc, Alexandre Rouvière",
    "/excuses n°2 Frédéric Lefèvre",
    "/presents n°3 Hélène Fesquet, Stéphanie Arnal, Karim Messaoudi, Marie-Claire Dautun, Emmanuelle García, "
    "Nathalie Jourdan, Marie-Josée Teissier, Sandrine Boissier, Thomas Cabanis, Catherine Pellet",
    "/excuses n°3 Jean-Michel Dupont, Jean-Paul Larguier",
    "/absents n°3 Frédéric Lefèvre",
)

# What members said in the chat before the plenary of 10 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Patrick Roumieux", "/present"),
    ("Hélène Fesquet", "/present"),
    ("Stéphanie Arnal", "/present"),
    ("Jean-Michel Dupont", "/present"),
    ("Frédéric Lefèvre", "/present"),
    ("Emmanuelle García", "/present"),
    ("Nathalie Jourdan", "/present"),
    ("Sébastien Ben Hamou", "/present"),
    ("Marie-Josée Teissier", "/present"),
    ("Marie-Claire Dautun", "/excuse"),
    ("Valérie Soustelle", "/excuse"),
    ("Gilles Chapelier", "/excuse"),
)

CLSPD30_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "c30", ATTENDANCE_COMMANDS, RSVPS),
}

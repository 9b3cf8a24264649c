"""A group written by helper w31a in the thirtieth round, for the lead's
blind set 52 (a stranger's general set in the words of the people who sit
on the local information commission of a nuclear site: elected officials,
the operator's and the State's officers, associations, unions and a
school's head): the commission locale d'information (CLI) of an invented
nuclear power station, the CNPE de Saint-Sernin-de-Garonne (an invented
commune on the Garonne, upstream of Verdun-sur-Garonne, in the
Tarn-et-Garonne) — the Département's vice-president for the environment who
chairs the CLI and the CLI's chargée de mission who runs it (the
coordinator), the CNPE's director and its communication officer (EDF), the
ASNR's inspector for the site at its division de Bordeaux, the mayors of
Saint-Sernin-de-Garonne, of Verdun-sur-Garonne (vice-president of the CLI)
and of Mas-Grenier, France Nature Environnement Tarn-et-Garonne's referent
for energy and an invented environmental association, Vigilance Garonne
(its spokeswoman: the asker), the chambre d'agriculture's elected member
(a fruit grower at Bourret), a CGT delegate at the CNPE and the CFDT's
departmental secretary, a public-health doctor of the ARS Occitanie, the
head of the Préfecture's SIDPC (referent for the PPI), the SDIS's officer
for planning, and the head of the school of Saint-Sernin-de-Garonne who
relays the iodine tablets campaign. Plenary assemblies, a visit of the
reactor 1's ten-yearly outage, the observation of a PPI exercise at the
Préfecture, a commission technique, a public meeting and the plenary that
adopts the annual report; significant events, independent measurements in
the Garonne's sediments, the alert siren of Mas-Grenier, the iodine
tablets in the 20 km radius, the warning leaflet, the CLI's budget. Tasks
(four late, one of them the asker's; two done; one cancelled), the
attendance of the visit of the outage and of the commission technique in
the store, announced presences for the plenary of 9 December; the person
asking is a member, not the coordinator. Organisation names are public
bodies (the Département, EDF, the ASNR, the Préfecture, the ARS, the SDIS,
the chambre d'agriculture, the mairies of real communes, FNE, the unions);
the power station, its commune, the association and the school are
invented, and every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CLI82_AFTER_SETUP", "CLI82_ASKERS", "CLI82_GROUPS", "CLI82_TASKS"]

SLUG = "cli82"
ASKER = "Mathilde Sarrazy"
DEPARTEMENT = "Département de Tarn-et-Garonne"
EDF = "EDF, CNPE de Saint-Sernin-de-Garonne"

CLI82_MEMBERS = (
    ("Jean-Louis Cayrou", DEPARTEMENT, "Vice-président du conseil départemental chargé de l'environnement, président "
                                       "de la commission locale d'information"),
    ("Claire Vidaillac", DEPARTEMENT, "Chargée de mission de la commission locale d'information (CLI)"),
    ("Stéphane Lapeyrade", EDF, "Directeur du centre nucléaire de production d'électricité"),
    ("Audrey Pélissié", EDF, "Chargée de communication du CNPE, relations avec la CLI et les élus"),
    ("Camille Dauzat", "ASNR, division de Bordeaux", "Inspectrice de la sûreté nucléaire, référente du CNPE de "
                                                     "Saint-Sernin-de-Garonne"),
    ("Bernard Sirven", "Mairie de Saint-Sernin-de-Garonne", "Maire de Saint-Sernin-de-Garonne"),
    ("Josiane Belloc", "Mairie de Verdun-sur-Garonne", "Maire de Verdun-sur-Garonne, vice-présidente de la CLI"),
    ("Alain Sabatié", "Mairie de Mas-Grenier", "Maire de Mas-Grenier"),
    ("Gérard Malbec", "France Nature Environnement Tarn-et-Garonne", "Administrateur, référent énergie et nucléaire"),
    ("Mathilde Sarrazy", "Vigilance Garonne", "Porte-parole de l'association de protection de l'environnement"),
    ("Thierry Aygalenq", "Chambre d'agriculture de Tarn-et-Garonne", "Élu de la chambre d'agriculture, arboriculteur "
                                                                     "à Bourret"),
    ("Fabien Delbreil", "CGT Mines-Énergie", "Délégué syndical au CNPE, technicien de maintenance"),
    ("Sandrine Molinié", "Union départementale CFDT de Tarn-et-Garonne", "Secrétaire générale de l'union "
                                                                         "départementale"),
    ("Isabelle Marrot", "ARS Occitanie, délégation départementale de Tarn-et-Garonne", "Médecin inspectrice de santé "
                                                                                       "publique, référente "
                                                                                       "santé-environnement"),
    ("Olivier Péchaud", "Préfecture de Tarn-et-Garonne", "Chef du service interministériel de défense et de "
                                                         "protection civiles (SIDPC), référent du plan particulier "
                                                         "d'intervention (PPI)"),
    ("Yannick Bergounioux", "SDIS de Tarn-et-Garonne", "Commandant, chef du groupement prévision et planification"),
    ("Nathalie Escudié", "École élémentaire de Saint-Sernin-de-Garonne", "Directrice d'école, relais de la campagne "
                                                                         "de distribution des comprimés d'iode "
                                                                         "auprès des écoles"),
)

CLI82_MEETINGS = (
    ("2026-09-17 14:30", "2026-09-17 17:00", "Assemblée plénière de la CLI, hôtel du Département, Montauban", ()),
    ("2026-10-06 09:30", "2026-10-06 12:30", "Visite du chantier de l'arrêt décennal du réacteur 1, CNPE de "
                                             "Saint-Sernin-de-Garonne", ()),
    ("2026-10-21 08:30", "2026-10-21 12:30", "Observation de l'exercice PPI, centre opérationnel départemental, "
                                             "préfecture de Tarn-et-Garonne, Montauban", ()),
    ("2026-11-19 18:00", "2026-11-19 20:30", "Commission technique sûreté et environnement de la CLI, mairie de "
                                             "Verdun-sur-Garonne", ()),
    ("2026-12-09 14:30", "2026-12-09 17:00", "Assemblée plénière de la CLI, hôtel du Département, Montauban",
     ("Point de l'exploitant sur l'arrêt décennal du réacteur 1",
      "Retour d'expérience de l'exercice PPI du 21 octobre",
      "Bilan des inspections de l'ASNR en 2026",
      "Campagne de distribution des comprimés d'iode dans le rayon de 20 km")),
    ("2027-01-21 18:30", "2027-01-21 21:00", "Réunion publique d'information de la CLI, salle des fêtes de "
                                             "Verdun-sur-Garonne",
     ("Résultats de la surveillance de l'environnement autour du CNPE",
      "Questions des habitants sur le PPI et les comprimés d'iode")),
    ("2027-03-16 14:30", "2027-03-16 17:00", "Assemblée plénière de la CLI, salle du conseil municipal, mairie de "
                                             "Saint-Sernin-de-Garonne",
     ("Adoption du rapport annuel d'activité 2026 de la CLI",
      "Programme des mesures indépendantes dans les sédiments de la Garonne")),
)

CLI82_DEADLINES = (
    ("2026-12-04", "Envoi à la chargée de mission des questions des membres pour l'assemblée plénière"),
    ("2026-12-18", "Commande des comprimés d'iode par les écoles et établissements recevant du public du rayon PPI"),
    ("2027-01-15", "Remise des contributions des membres au rapport annuel 2026 de la CLI"),
    ("2027-02-12", "Avis de la CLI dans la consultation publique sur le réexamen périodique du réacteur 1"),
    ("2027-03-31", "Dépôt de la demande de subvention de fonctionnement 2027 de la CLI auprès de l'ASNR"),
)

CLI82_DECISIONS = (
    ("2026-09-17", 1, "La CLI organise chaque année une réunion publique d'information, à tour de rôle dans une "
                      "commune du rayon PPI."),
    ("2026-09-17", 1, "Le rapport annuel d'activité de la CLI est adopté en assemblée plénière au mois de mars."),
    ("2026-09-17", 1, "Les comptes rendus des séances de la CLI sont publiés sur le site internet du Département sous "
                      "un mois."),
    ("2026-10-06", 2, "L'exploitant adresse à la CLI une présentation écrite de chaque événement significatif de "
                      "niveau 1 ou plus sur l'échelle INES dans les quinze jours."),
    ("2026-10-06", 2, "Une campagne de mesures indépendantes de la radioactivité dans les sédiments de la Garonne est "
                      "confiée en 2027 à un laboratoire agréé."),
    ("2026-10-21", 3, "La CLI demande le remplacement de la sirène d'alerte de Mas-Grenier, restée inaudible pendant "
                      "l'exercice, avant l'été 2027."),
    ("2026-10-21", 3, "Le prochain exercice PPI comprendra la mise à l'abri réelle d'une école du rayon de 5 km."),
    ("2026-11-19", 4, "Les comprimés d'iode sont distribués dans les écoles du rayon de 20 km par les directeurs "
                      "d'école, avec une lettre aux familles."),
    ("2026-11-19", 4, "Les questions des habitants pour la réunion publique sont recueillies à l'avance par un "
                      "formulaire en ligne."),
    ("2026-11-19", 4, "Le budget de fonctionnement 2027 de la CLI est fixé à 48 000 euros."),
    ("2026-11-19", 4, "Un dépliant sur la conduite à tenir en cas d'alerte nucléaire est diffusé avec le magazine du "
                      "Département en février 2027."),
)

CLI82_TASKS = {
    SLUG: (
        ("Désigner les deux observateurs de la CLI pour l'exercice PPI", "Jean-Louis Cayrou", "2026-10-09", 1,
         "done"),
        ("Publier le compte rendu de l'assemblée plénière de septembre sur le site du Département",
         "Claire Vidaillac", "2026-10-16", 1, "done"),
        ("Consulter trois laboratoires agréés pour les mesures dans les sédiments de la Garonne", "Gérard Malbec",
         "2026-11-13", 2),
        ("Préparer les questions de Vigilance Garonne sur les rejets thermiques dans la Garonne", "Mathilde Sarrazy",
         "2026-11-20", 2),
        ("Organiser une visite du centre d'information du public pour les élèves de CM2", "Nathalie Escudié",
         "2026-11-25", 2, "cancelled"),
        ("Faire vérifier la sirène d'alerte de Mas-Grenier", "Alain Sabatié", "2026-11-27", 3),
        ("Envoyer aux membres le retour d'expérience de l'exercice PPI", "Olivier Péchaud", "2026-11-27", 3),
        ("Transmettre à la CLI les lettres de suite des inspections de 2026", "Camille Dauzat", "2026-12-04", 2),
        ("Présenter l'avancement de l'arrêt décennal du réacteur 1", "Stéphane Lapeyrade", "2026-12-09", 2),
        ("Préparer la lettre aux familles sur les comprimés d'iode", "Isabelle Marrot", "2026-12-11", 4),
        ("Réserver la salle des fêtes de Verdun-sur-Garonne pour la réunion publique", "Josiane Belloc",
         "2026-12-11", 4),
        ("Recenser les écoles du rayon de 20 km qui n'ont pas commandé leurs comprimés d'iode", "Nathalie Escudié",
         "2026-12-16", 4),
        ("Mettre en ligne le formulaire de questions des habitants pour la réunion publique", "Claire Vidaillac",
         "2026-12-18", 4),
        ("Fournir les visuels du CNPE pour le dépliant sur la conduite à tenir en cas d'alerte", "Audrey Pélissié",
         "2027-01-08", 4),
        ("Rédiger la contribution de Vigilance Garonne au rapport annuel", "Mathilde Sarrazy", "2027-01-15", 1),
        ("Recueillir les questions des agriculteurs sur les restrictions de consommation en cas d'accident",
         "Thierry Aygalenq", "2027-01-22", 3),
        ("Informer les salariés des entreprises prestataires des conclusions de la visite", "Fabien Delbreil",
         "2027-02-05", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): Vigilance Garonne's spokeswoman.
CLI82_ASKERS = {SLUG: ASKER}

CLI82_GROUPS = {
    SLUG: (CLI82_MEMBERS, CLI82_MEETINGS, CLI82_DEADLINES, CLI82_DECISIONS, "Claire Vidaillac"),
}

# What the CLI's chargée de mission typed after the visit of the outage (n°2) and the commission technique (n°4);
# nothing was recorded for the plenary of September (n°1) nor for the observation of the PPI exercise (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Jean-Louis Cayrou, Claire Vidaillac, Stéphane Lapeyrade, Audrey Pélissié, Camille Dauzat, "
    "Bernard Sirven, Gérard Malbec, Mathilde Sarrazy, Thierry Aygalenq, Fabien Delbreil",
    "/excuses n°2 Josiane Belloc, Isabelle Marrot",
    "/absents n°2 Sandrine Molinié",
    "/presents n°4 Claire Vidaillac, Josiane Belloc, Stéphane Lapeyrade, Camille Dauzat, Gérard Malbec, "
    "Thierry Aygalenq, Isabelle Marrot, Olivier Péchaud, Nathalie Escudié, Alain Sabatié, Yannick Bergounioux, "
    "Bernard Sirven",
    "/excuses n°4 Jean-Louis Cayrou, Mathilde Sarrazy, Audrey Pélissié",
    "/absents n°4 Fabien Delbreil",
)

# What members said in the chat before the plenary of 9 December (n°5).
RSVPS = (
    ("Jean-Louis Cayrou", "/present"),
    ("Claire Vidaillac", "/present"),
    ("Stéphane Lapeyrade", "/present"),
    ("Camille Dauzat", "/present"),
    ("Olivier Péchaud", "/present"),
    ("Isabelle Marrot", "/present"),
    ("Alain Sabatié", "/excuse"),
    ("Sandrine Molinié", "/excuse"),
)

CLI82_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "cli82", ATTENDANCE_COMMANDS, RSVPS),
}

"""A group written by helper w33b in the thirty-second round, for the
lead's blind set 59 (a stranger's general set in the words of the people
who sit on a pôle départemental de lutte contre l'habitat indigne: the
Préfecture, the DDTM, the ARS, the CAF and the MSA, the ADIL, the parquet,
the communes' hygiene services, the Département's housing fund, the
operator, the Anah, the police, the firemen and a tenants' association):
the PDLHI of the Var — the Préfecture's secrétaire générale adjointe who
chairs it; the DDTM's chargé de mission habitat indigne who coordinates it
(the group's coordinator) and the pôle's assistant who keeps the reports
on the Histologe platform (the DDTM's two members); the ARS
Provence-Alpes-Côte d'Azur's délégation départementale (its engineer for
insalubrity); the CAF du Var (its officer for the conservation of housing
allowances); the MSA Provence-Azur (its social worker for rural housing);
the ADIL du Var (its lawyer); the parquet of the tribunal judiciaire de
Toulon (its vice-procureure, referent for the marchands de sommeil); the
service communal d'hygiène et de santé of Toulon (its director and an
inspecteur de salubrité: two members) and that of Draguignan (its head,
a technicienne sanitaire: the asker); the Département du Var (the head of
its fonds de solidarité pour le logement); SOLIHA Var (the project head of
the programme against unfit housing); the Anah's local delegation; the
police nationale at Toulon (a commandant, referent for the marchands de
sommeil); the SDIS du Var (its prevention officer, referent for buildings
threatening ruin); the CNL du Var (its president, a tenants'
association). Meetings: the comité technique of September at the DDTM,
the cellule on marchands de sommeil at the tribunal judiciaire, the
working group on rehousing at the hôtel du Département, the comité
technique of November at the sous-préfecture de Draguignan, the annual
comité de pilotage of 15 December at the Préfecture, the comité technique
of January and the training day for mayors in March at Le Luc; reports
on Histologe, visits, arrêtés de mise en sécurité (péril) and de
traitement de l'insalubrité, works done d'office, rehousing and the FSL,
the conservation of housing allowances, the marchands de sommeil, the
2027 plan of action. Tasks (four late, one of them the asker's; two done;
one cancelled), the attendance of the cellule on marchands de sommeil and
of the November comité technique in the store, announced presences for the
comité de pilotage of 15 December; the person asking is a member, not the
coordinator. Organisation names are public bodies or real organisations
(the Préfecture, the DDTM, the ARS, the CAF, the MSA, the ADIL, the
parquet, the communes' SCHS, the Département, SOLIHA, the Anah, the
police, the SDIS, the CNL); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["PDLHI83_AFTER_SETUP", "PDLHI83_ASKERS", "PDLHI83_GROUPS", "PDLHI83_TASKS"]

SLUG = "pdlhi83"
ASKER = "Sabrina Ferrero"
DDTM = "DDTM du Var"
SCHS_TOULON = "Service communal d'hygiène et de santé de Toulon"

PDLHI83_MEMBERS = (
    ("Anne-Laure Castellan", "Préfecture du Var", "Secrétaire générale adjointe de la préfecture du Var, présidente du "
                                                  "pôle départemental de lutte contre l'habitat indigne"),
    ("Franck Audibert", DDTM, "Chargé de mission habitat indigne, coordinateur du pôle départemental de lutte contre "
                              "l'habitat indigne (PDLHI)"),
    ("Marion Lopez", DDTM, "Assistante du PDLHI, gestionnaire des signalements sur la plateforme Histologe"),
    ("Nadia Benyahia", "ARS Provence-Alpes-Côte d'Azur, délégation départementale du Var",
     "Ingénieure d'études sanitaires, référente habitat insalubre"),
    ("Corinne Giraud", "CAF du Var", "Responsable du service prestations logement, référente de la conservation des "
                                     "allocations logement"),
    ("Thierry Pellegrin", "MSA Provence-Azur", "Travailleur social, référent logement indigne en milieu rural"),
    ("Maxime Arnaud", "ADIL du Var", "Juriste, référent habitat indigne et rapports locatifs"),
    ("Claire Daumas", "Parquet du tribunal judiciaire de Toulon", "Vice-procureure de la République, référente habitat "
                                                                  "indigne et marchands de sommeil"),
    ("Gilles Marcellin", SCHS_TOULON, "Directeur du service communal d'hygiène et de santé"),
    ("Karim Haddad", SCHS_TOULON, "Inspecteur de salubrité"),
    ("Sabrina Ferrero", "Service communal d'hygiène et de santé de Draguignan",
     "Technicienne sanitaire, responsable du service communal d'hygiène et de santé"),
    ("Valérie Rostagni", "Département du Var", "Responsable du fonds de solidarité pour le logement (FSL)"),
    ("Romain Testud", "SOLIHA Var", "Chef de projet du programme d'intérêt général de lutte contre l'habitat indigne"),
    ("Isabelle Mouret", "Anah, délégation locale du Var", "Cheffe de la délégation locale de l'Anah, chargée des aides "
                                                          "aux travaux"),
    ("Éric Santoni", "Police nationale, commissariat central de Toulon",
     "Commandant de police, référent marchands de sommeil de la sûreté départementale"),
    ("Laurent Bonifay", "SDIS du Var", "Capitaine, officier prévention, référent bâtiments menaçant ruine"),
    ("Josiane Barbaroux", "CNL du Var, Confédération nationale du logement",
     "Présidente de la fédération départementale, association de locataires"),
)

PDLHI83_MEETINGS = (
    ("2026-09-17 09:30", "2026-09-17 12:00", "Comité technique du PDLHI, salle Faron, DDTM du Var, Toulon", ()),
    ("2026-10-06 14:00", "2026-10-06 16:30", "Cellule de lutte contre les marchands de sommeil avec le parquet et la "
                                             "police, salle de réunion du parquet, tribunal judiciaire de Toulon", ()),
    ("2026-10-22 09:30", "2026-10-22 12:00", "Groupe de travail relogement et hébergement des occupants, hôtel du "
                                             "Département du Var, Toulon", ()),
    ("2026-11-19 09:30", "2026-11-19 12:30", "Comité technique du PDLHI, salle de réunion de la sous-préfecture de "
                                             "Draguignan", ()),
    ("2026-12-15 14:00", "2026-12-15 17:00", "Comité de pilotage annuel du PDLHI présidé par la secrétaire générale "
                                             "adjointe, salle de l'Arsenal, préfecture du Var, Toulon",
     ("Bilan 2026 des signalements et des arrêtés",
      "Projet de plan d'action 2027 du PDLHI",
      "Protocole de conservation des allocations logement avec la CAF et la MSA",
      "Convention avec le parquet sur la lutte contre les marchands de sommeil")),
    ("2027-01-21 09:30", "2027-01-21 12:00", "Comité technique du PDLHI, salle Faron, DDTM du Var, Toulon",
     ("Signalements en attente de visite depuis plus d'un mois",
      "Suivi des arrêtés de mise en sécurité du centre ancien de Draguignan")),
    ("2027-03-16 09:00", "2027-03-16 16:30", "Journée départementale de formation des maires à la lutte contre "
                                             "l'habitat indigne, salle des fêtes du Luc",
     ("Les pouvoirs de police du maire : arrêtés de mise en sécurité et de traitement de l'insalubrité",
      "Le permis de louer et la déclaration de mise en location")),
)

PDLHI83_DEADLINES = (
    ("2026-12-10", "Envoi à la DDTM des bilans 2026 des arrêtés pris par les communes et les SCHS"),
    ("2026-12-18", "Retour des membres sur le projet de plan d'action 2027 du PDLHI"),
    ("2027-01-15", "Transmission à la DIHAL du bilan annuel 2026 du pôle départemental"),
    ("2027-02-12", "Dépôt auprès de l'Anah des demandes de subvention pour les travaux d'office engagés par les "
                   "communes"),
    ("2027-03-05", "Inscription des élus à la journée départementale de formation des maires"),
)

PDLHI83_DECISIONS = (
    ("2026-09-17", 1, "Tout signalement de logement indigne est enregistré sur la plateforme Histologe dans les huit "
                      "jours suivant sa réception."),
    ("2026-09-17", 1, "Le logement signalé est visité dans un délai d'un mois, par l'ARS ou par le SCHS de la "
                      "commune."),
    ("2026-09-17", 1, "Le comité technique du PDLHI se réunit tous les deux mois, le jeudi matin."),
    ("2026-10-06", 2, "Les dossiers de marchands de sommeil présumés sont transmis au parquet de Toulon par une fiche "
                      "de signalement commune signée par le coordinateur du pôle."),
    ("2026-10-06", 2, "La police et le parquet mènent une opération de contrôle conjointe par trimestre dans les "
                      "immeubles signalés."),
    ("2026-10-22", 3, "Le relogement des occupants évacués est à la charge du propriétaire, à défaut de la commune, "
                      "avec une avance du FSL plafonnée à 1 500 euros par ménage."),
    ("2026-10-22", 3, "Le FSL prend en charge le dépôt de garantie et le premier mois de loyer des ménages relogés "
                      "après un arrêté de traitement de l'insalubrité."),
    ("2026-11-19", 4, "La CAF et la MSA conservent l'allocation logement pendant 18 mois dès le constat de "
                      "non-décence, sans attendre l'arrêté."),
    ("2026-11-19", 4, "Le plan d'action 2027 du PDLHI retient trois priorités : les centres anciens de Toulon et de "
                      "Draguignan, les divisions pavillonnaires et les campings occupés à l'année."),
    ("2026-11-19", 4, "Le SDIS participe systématiquement à la visite de tout immeuble menacé d'effondrement avant "
                      "un arrêté de mise en sécurité."),
    ("2026-11-19", 4, "L'ADIL tient une permanence juridique pour les locataires de logements indignes un mercredi "
                      "sur deux à la maison de la justice et du droit de Draguignan."),
)

PDLHI83_TASKS = {
    SLUG: (
        ("Ouvrir les comptes Histologe des deux SCHS et de la MSA", "Marion Lopez", "2026-10-09", 1, "done"),
        ("Signer la fiche de signalement commune des marchands de sommeil", "Claire Daumas", "2026-10-30", 2,
         "done"),
        ("Programmer la première opération de contrôle conjointe dans les immeubles signalés de la basse ville de "
         "Toulon", "Éric Santoni", "2026-11-13", 2),
        ("Dresser la liste des logements du centre ancien de Draguignan visités sans suite depuis un an",
         "Sabrina Ferrero", "2026-11-20", 1),
        ("Organiser une réunion d'information sur le FSL pour les travailleurs sociaux des maisons départementales",
         "Valérie Rostagni", "2026-11-25", 3, "cancelled"),
        ("Visiter les logements signalés par la CNL dans le quartier du Pont-du-Las", "Karim Haddad", "2026-11-26",
         3),
        ("Chiffrer les travaux d'office des deux immeubles sous arrêté de la basse ville de Toulon", "Romain Testud",
         "2026-11-27", 3),
        ("Envoyer aux membres la procédure de conservation de l'allocation logement", "Corinne Giraud", "2026-12-04",
         4),
        ("Transmettre le bilan 2026 des arrêtés d'insalubrité pris à Toulon", "Gilles Marcellin", "2026-12-08", 4),
        ("Rédiger le projet de plan d'action 2027 du PDLHI", "Franck Audibert", "2026-12-09", 4),
        ("Préparer le calendrier des permanences juridiques à la maison de la justice et du droit de Draguignan",
         "Maxime Arnaud", "2026-12-11", 4),
        ("Mettre à jour la grille de visite de l'insalubrité pour les SCHS", "Nadia Benyahia", "2026-12-14", 1),
        ("Recenser les logements de saisonniers agricoles signalés dans le Haut-Var", "Thierry Pellegrin",
         "2026-12-17", 4),
        ("Diffuser aux locataires le dépliant sur les droits des occupants d'un logement sous arrêté",
         "Josiane Barbaroux", "2027-01-08", 3),
        ("Recenser les campings du Var occupés à l'année", "Laurent Bonifay", "2027-01-29", 4),
        ("Préparer l'intervention de l'Anah pour la journée de formation des maires", "Isabelle Mouret", "2027-02-26",
         4),
        ("Préparer le retour d'expérience du SCHS de Draguignan pour la journée de formation des maires",
         "Sabrina Ferrero", "2027-03-02", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the technicienne sanitaire who heads the
# SCHS of Draguignan.
PDLHI83_ASKERS = {SLUG: ASKER}

PDLHI83_GROUPS = {
    SLUG: (PDLHI83_MEMBERS, PDLHI83_MEETINGS, PDLHI83_DEADLINES, PDLHI83_DECISIONS, "Franck Audibert"),
}

# What the DDTM's coordinator typed after the cellule on marchands de sommeil at the tribunal judiciaire (n°2) and the
# comité technique of November at the sous-préfecture de Draguignan (n°4); nothing was recorded for the comité
# technique of September (n°1) nor for the working group on rehousing (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Franck Audibert, Claire Daumas, Éric Santoni, Maxime Arnaud, Corinne Giraud, Gilles Marcellin, "
    "Karim Haddad, Nadia Benyahia, Josiane Barbaroux",
    "/excuses n°2 Sabrina Ferrero, Thierry Pellegrin",
    "/absents n°2 Laurent Bonifay",
    "/presents n°4 Franck Audibert, Marion Lopez, Nadia Benyahia, Corinne Giraud, Thierry Pellegrin, Maxime Arnaud, "
    "Gilles Marcellin, Sabrina Ferrero, Valérie Rostagni, Romain Testud, Isabelle Mouret, Laurent Bonifay",
    "/excuses n°4 Claire Daumas, Éric Santoni, Josiane Barbaroux",
    "/absents n°4 Karim Haddad",
)

# What members said in the chat before the comité de pilotage of 15 December at the Préfecture (n°5).
RSVPS = (
    ("Anne-Laure Castellan", "/present"),
    ("Franck Audibert", "/present"),
    ("Claire Daumas", "/present"),
    ("Nadia Benyahia", "/present"),
    ("Corinne Giraud", "/present"),
    ("Valérie Rostagni", "/present"),
    ("Isabelle Mouret", "/present"),
    ("Laurent Bonifay", "/excuse"),
    ("Josiane Barbaroux", "/excuse"),
)

PDLHI83_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "pd83", ATTENDANCE_COMMANDS, RSVPS),
}

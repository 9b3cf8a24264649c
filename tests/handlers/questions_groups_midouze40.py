"""A group written by helper w28c in the twenty-seventh round, for the
lead's blind set 45 (a stranger's general set in the words of rural
elected officials and river technicians): an invented syndicat mixte du
bassin versant de la Midouze, in the Landes (the Douze and the Midou, which
meet at Mont-de-Marsan), that holds the GEMAPI competence for its
communautés de communes — its president (mayor of Roquefort), its river
technician who coordinates, its secretary-accountant, four vice-presidents
or delegates who are mayors or deputies of communes whose names are also
common words or first names (Campagne, Vert, Bretagne-de-Marsan,
Saint-Justin, Gouts), the communauté de communes des Landes d'Armagnac's
GEMAPI officer, and partners: the chambre d'agriculture, the FDSEA (the
asker, who speaks for the irrigators), the fishing federation, the DDTM's
police de l'eau, the Agence de l'eau Adour-Garonne, the OFB, an
environmental association (SEPANSO), a water company (SAUR) and the
Institution Adour that runs the SAGE. Comité syndical, bureau, a
commission « inondations » and field visits (« visite de terrain ») at a
named place; floods, dykes, the PAPI, ecological continuity, works in the
river, low water. Tasks (four late, one of them the asker's; two done; one
cancelled) and the attendance of the field visit and of the bureau in the
store, announced presences for the comité syndical of 9 December; the
person asking is a member, not the coordinator. Organisation names are
real public bodies or plausible ones (the syndicat is invented); every
person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["MIDOUZE40_AFTER_SETUP", "MIDOUZE40_ASKERS", "MIDOUZE40_GROUPS", "MIDOUZE40_TASKS"]

SLUG = "riviere-midouze"
ASKER = "Benoît Larrieu"
SYNDICAT = "Syndicat mixte du bassin versant de la Midouze"

MIDOUZE40_MEMBERS = (
    ("Jean-Marc Lalanne", SYNDICAT, "Président du syndicat, maire de Roquefort"),
    ("Damien Labarthe", SYNDICAT, "Technicien de rivière, coordinateur du syndicat"),
    ("Sophie Lacoste", SYNDICAT, "Secrétaire comptable du syndicat"),
    ("Sylvie Dufau", "Mairie de Campagne", "Maire de Campagne, vice-présidente du syndicat chargée de la prévention "
                                           "des inondations, présidente de la commission inondations"),
    ("Alain Dubroca", "Mairie de Vert", "Premier adjoint au maire de Vert, vice-président du syndicat chargé des "
                                        "travaux en rivière"),
    ("Marie-Christine Bats", "Mairie de Bretagne-de-Marsan", "Maire de Bretagne-de-Marsan, vice-présidente du "
                                                             "syndicat chargée de la continuité écologique"),
    ("Francis Lamarque", "Mairie de Saint-Justin", "Adjoint au maire de Saint-Justin, délégué au comité syndical"),
    ("Patricia Darrigade", "Mairie de Gouts", "Maire de Gouts, membre du bureau syndical"),
    ("Laetitia Darrieutort", "Communauté de communes des Landes d'Armagnac", "Chargée de mission GEMAPI"),
    ("Christophe Ducos", "Chambre d'agriculture des Landes", "Conseiller gestion de l'eau et irrigation"),
    ("Benoît Larrieu", "FDSEA des Landes", "Agriculteur, responsable de la section des irrigants"),
    ("Nathalie Cazenave", "Fédération des Landes pour la pêche et la protection du milieu aquatique",
     "Chargée d'études milieux aquatiques"),
    ("Olivier Pédeboscq", "DDTM des Landes", "Chef du service police de l'eau"),
    ("Claire Mounier", "Agence de l'eau Adour-Garonne", "Chargée d'interventions, délégation de Pau"),
    ("Thierry Sabathé", "Office français de la biodiversité", "Inspecteur de l'environnement, service "
                                                              "départemental des Landes"),
    ("Hélène Lafitte", "SEPANSO Landes", "Administratrice, référente zones humides"),
    ("Romain Bordes", "SAUR", "Responsable d'exploitation eau potable, agence des Landes"),
    ("Élodie Bergès", "Institution Adour", "Animatrice du SAGE Midouze"),
)

MIDOUZE40_MEETINGS = (
    ("2026-09-15 18:00", "2026-09-15 20:00", "Comité syndical, salle des fêtes de Roquefort", ()),
    ("2026-10-08 09:30", "2026-10-08 12:00", "Commission inondations, mairie de Campagne", ()),
    ("2026-10-21 14:00", "2026-10-21 17:00", "Visite de terrain, seuil du moulin de Saint-Justin", ()),
    ("2026-11-17 18:00", "2026-11-17 20:00", "Bureau syndical, siège du syndicat, Mont-de-Marsan", ()),
    ("2026-12-09 18:30", "2026-12-09 20:30", "Comité syndical, salle polyvalente de Bretagne-de-Marsan",
     ("Débat d'orientation budgétaire 2027", "Programme pluriannuel de gestion des cours d'eau 2027-2031",
      "Convention avec la fédération de pêche", "Recrutement du second technicien de rivière")),
    ("2027-01-14 09:30", "2027-01-14 12:00", "Commission inondations, mairie de Vert",
     ("Étude de dangers des digues de Roquefort", "Pose des repères de crue")),
    ("2027-03-03 14:00", "2027-03-03 17:00", "Visite de terrain, barthes de Gouts",
     ("Restauration des prairies inondables",)),
)

MIDOUZE40_DEADLINES = (
    ("2026-12-07", "Retour des observations des communes sur le programme pluriannuel de gestion"),
    ("2026-12-22", "Dépôt de la demande d'aide à l'Agence de l'eau pour les travaux 2027"),
    ("2027-01-15", "Déclaration des volumes prélevés pour l'irrigation en 2026"),
    ("2027-02-24", "Clôture de l'enquête publique sur la déclaration d'intérêt général"),
    ("2027-03-31", "Dépôt du dossier de labellisation du PAPI d'intention"),
)

MIDOUZE40_DECISIONS = (
    ("2026-09-15", 1, "Le comité syndical se réunit une fois par trimestre, en alternance dans les communes du "
                      "bassin."),
    ("2026-09-15", 1, "La contribution des communautés de communes au titre de la GEMAPI est fixée à 8 euros par "
                      "habitant pour 2027."),
    ("2026-09-15", 1, "Le syndicat engage un PAPI d'intention sur le bassin de la Midouze avec l'Institution "
                      "Adour."),
    ("2026-10-08", 2, "Une étude de dangers des digues de Roquefort est confiée à un bureau d'études."),
    ("2026-10-08", 2, "Des repères de crue sont posés dans les communes touchées par la crue de janvier 2026."),
    ("2026-10-08", 2, "Les embâcles sont retirés après chaque crue par l'équipe rivière du syndicat."),
    ("2026-10-21", 3, "Le seuil du moulin de Saint-Justin est équipé d'une passe à poissons plutôt qu'arasé."),
    ("2026-10-21", 3, "Les travaux en rivière sont suspendus du 1er novembre au 31 mars pour protéger le frai de "
                      "la truite."),
    ("2026-11-17", 4, "Le syndicat propose au préfet une baisse de 30 % des prélèvements d'irrigation dès le "
                      "seuil d'alerte d'étiage."),
    ("2026-11-17", 4, "Un second technicien de rivière est recruté au printemps 2027."),
    ("2026-11-17", 4, "Le syndicat achète dix hectares de barthes à Gouts avec l'aide de l'Agence de l'eau."),
)

MIDOUZE40_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité syndical de septembre", "Sophie Lacoste", "2026-09-25", 1, "done"),
        ("Recenser les embâcles sur le Midou", "Damien Labarthe", "2026-11-06", 2),
        ("Commander une étude d'arasement du seuil de Saint-Justin", "Marie-Christine Bats", "2026-11-13", 2,
         "cancelled"),
        ("Consulter trois bureaux d'études pour l'étude de dangers des digues", "Laetitia Darrieutort",
         "2026-11-20", 2),
        ("Commander les repères de crue", "Sylvie Dufau", "2026-11-25", 2, "done"),
        ("Recenser les points de prélèvement des irrigants sur la Douze", "Benoît Larrieu", "2026-11-27", 3),
        ("Chiffrer la passe à poissons du moulin de Saint-Justin", "Nathalie Cazenave", "2026-11-30", 3),
        ("Rencontrer le propriétaire du moulin de Saint-Justin", "Francis Lamarque", "2026-12-11", 3),
        ("Rédiger la fiche de poste du second technicien", "Damien Labarthe", "2026-12-15", 4),
        ("Diffuser aux agriculteurs le guide des bandes enherbées", "Christophe Ducos", "2026-12-18", 3),
        ("Présenter la baisse des prélèvements aux irrigants", "Benoît Larrieu", "2027-01-08", 4),
        ("Transmettre les volumes prélevés pour l'eau potable en 2026", "Romain Bordes", "2027-01-22", 4),
        ("Contrôler le débit réservé des moulins de la Douze", "Thierry Sabathé", "2027-01-29", 3),
        ("Négocier l'achat des barthes avec les propriétaires", "Patricia Darrigade", "2027-02-19", 4),
        ("Préparer le dossier du PAPI d'intention", "Élodie Bergès", "2027-03-12", 1),
        ("Organiser une sortie sur les zones humides avec les écoles", "Hélène Lafitte", "2027-04-16", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the FDSEA's irrigators' representative.
MIDOUZE40_ASKERS = {SLUG: ASKER}

MIDOUZE40_GROUPS = {
    SLUG: (MIDOUZE40_MEMBERS, MIDOUZE40_MEETINGS, MIDOUZE40_DEADLINES, MIDOUZE40_DECISIONS, "Damien Labarthe"),
}

# What the technician typed after the field visit at Saint-Justin (n°3) and the bureau (n°4); nothing was recorded
# for the comité syndical of September (n°1) nor for the commission inondations of October (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Damien Labarthe, Jean-Marc Lalanne, Marie-Christine Bats, Francis Lamarque, Alain Dubroca, "
    "Nathalie Cazenave, Thierry Sabathé, Benoît Larrieu, Hélène Lafitte, Christophe Ducos",
    "/excuses n°3 Sylvie Dufau, Claire Mounier",
    "/absents n°3 Olivier Pédeboscq",
    "/presents n°4 Jean-Marc Lalanne, Damien Labarthe, Sophie Lacoste, Sylvie Dufau, Alain Dubroca, "
    "Patricia Darrigade, Benoît Larrieu, Christophe Ducos, Claire Mounier, Laetitia Darrieutort",
    "/excuses n°4 Marie-Christine Bats, Olivier Pédeboscq",
    "/absents n°4 Francis Lamarque",
)

# What members said in the chat before the comité syndical of 9 December (n°5).
RSVPS = (
    ("Jean-Marc Lalanne", "/present"),
    ("Damien Labarthe", "/present"),
    ("Sylvie Dufau", "/present"),
    ("Claire Mounier", "/present"),
    ("Olivier Pédeboscq", "/present"),
    ("Alain Dubroca", "/excuse"),
    ("Hélène Lafitte", "/excuse"),
)

MIDOUZE40_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "mz", ATTENDANCE_COMMANDS, RSVPS),
}

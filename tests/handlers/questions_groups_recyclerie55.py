"""A group written by helper r33c in the thirty-second round, for blind set
40c (ordinals, superlatives and picking one item from a list: « la deuxième
réunion de janvier », « la première échéance », « les deux dernières
décisions », « l'avant-dernière séance », « celle d'après la prochaine »,
« la tâche la plus en retard », « qui a le plus de tâches ? »): the comité de
pilotage of the ressourcerie-recyclerie « La Trouvaille » of the invented
communauté de communes des Hauts de l'Aire, in the Meuse — the
vice-president for waste who chairs it, the project's chargée de mission
who runs it (the coordinator), the invented SMICTOM de l'Aire et de
l'Ornain (its head of the déchetteries), the ADEME's regional office, the
invented chantier d'insertion Les Ateliers de l'Aire (its director and its
encadrante technique, the asker: a member, not the coordinator), an Emmaüs
community, the Département de la Meuse's insertion service, France
Travail's agency of Bar-le-Duc, the Région Grand Est's circular economy
service, the mayors of Vaubécourt and Seuil-d'Argonne, the invented repair
café Répar'Aire, the CMA Grand Est and the OPH de la Meuse (the social
landlord that lends the building: a former shop at the foot of the
résidence du Moulin). Comités de pilotage, a visit of the building, a
working group on hiring with France Travail, a working group on collection
and tonnages, the inauguration; the building's works, the caissons de
réemploi at the déchetteries, the six employees in insertion, the opening
date, the tonnages. Tasks (four late, two done, one cancelled; the
asker's own), attendance of the visit (n°2) and of the hiring group (n°3),
announced presences for the copil of 8 December. Organisation names other
than the communauté de communes, the SMICTOM, the chantier d'insertion and
the repair café are public bodies; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["RECYCLERIE55_AFTER_SETUP", "RECYCLERIE55_ASKERS", "RECYCLERIE55_GROUPS", "RECYCLERIE55_TASKS"]

SLUG = "recyclerie55"
ASKER = "Nadège Poirson"
CC = "Communauté de communes des Hauts de l'Aire"
ACI = "Les Ateliers de l'Aire, chantier d'insertion"

RECYCLERIE55_MEMBERS = (
    ("Bernard Collignon", CC, "Vice-président chargé des déchets et de l'économie circulaire, président du comité de "
                              "pilotage"),
    ("Amandine Thiébaut", CC, "Chargée de mission ressourcerie"),
    ("Régis Humbert", "SMICTOM de l'Aire et de l'Ornain", "Responsable des déchetteries"),
    ("Sylvie Marchal", "ADEME Grand Est", "Ingénieure économie circulaire"),
    ("Jérôme Aubry", ACI, "Directeur du chantier d'insertion"),
    ("Nadège Poirson", ACI, "Encadrante technique de la ressourcerie"),
    ("Frédéric Lallemand", "Emmaüs, communauté de Bar-le-Duc", "Responsable du bric-à-brac"),
    ("Catherine Gérardin", "Département de la Meuse", "Chargée de mission insertion par l'activité économique"),
    ("Mickaël Didelot", "France Travail, agence de Bar-le-Duc", "Conseiller entreprises"),
    ("Hélène Varnier", "Région Grand Est", "Chargée de projets au service économie circulaire"),
    ("Denis Mangin", "Commune de Vaubécourt", "Maire"),
    ("Monique Renaudin", "Commune de Seuil-d'Argonne", "Maire"),
    ("Paul Husson", "Répar'Aire, association de repair café", "Président"),
    ("Laure Guillaume", "Chambre de métiers et de l'artisanat Grand Est, délégation de la Meuse",
     "Conseillère en développement économique"),
    ("Olivier Pierson", "OPH de la Meuse", "Responsable du patrimoine"),
)

RECYCLERIE55_MEETINGS = (
    ("2026-09-10 14:00", "2026-09-10 16:30", "Comité de pilotage de lancement de la ressourcerie, salle du conseil "
                                             "communautaire, Vaubécourt", ()),
    ("2026-10-06 09:30", "2026-10-06 12:30", "Visite du bâtiment de la future ressourcerie, ancien magasin de la "
                                             "résidence du Moulin, Seuil-d'Argonne", ()),
    ("2026-11-12 14:00", "2026-11-12 16:00", "Groupe de travail recrutement et insertion, agence France Travail de "
                                             "Bar-le-Duc", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "Comité de pilotage de la ressourcerie, salle du conseil communautaire, "
                                             "Vaubécourt",
     ("Point d'avancement des travaux du bâtiment",
      "Caissons de réemploi dans les déchetteries",
      "Recrutement des salariés en insertion",
      "Date d'ouverture de la boutique")),
    ("2027-01-14 09:30", "2027-01-14 12:00", "Groupe de travail collecte et tonnages, salle de réunion du SMICTOM, "
                                             "Vaubécourt",
     ("Objectifs de tonnage pour 2027",
      "Tri des apports en déchetterie")),
    ("2027-01-28 14:00", "2027-01-28 16:30", "Comité de pilotage de la ressourcerie, mairie de Seuil-d'Argonne",
     ("Budget de fonctionnement 2027",
      "Grille des prix de la boutique")),
    ("2027-04-17 10:00", "2027-04-17 12:00", "Inauguration de la ressourcerie La Trouvaille, Seuil-d'Argonne",
     ("Programme de l'inauguration",)),
)

RECYCLERIE55_DEADLINES = (
    ("2026-12-11", "Dépôt du dossier de subvention à l'ADEME pour l'aménagement de la ressourcerie"),
    ("2026-12-18", "Réponse des entreprises à la consultation pour les travaux du bâtiment"),
    ("2027-01-08", "Dépôt de la demande de conventionnement du chantier d'insertion auprès de la DDETS"),
    ("2027-02-26", "Fin des travaux d'aménagement du bâtiment"),
    ("2027-03-12", "Fin du recrutement des six salariés en insertion"),
)

RECYCLERIE55_DECISIONS = (
    ("2026-09-10", 1, "Le comité de pilotage se réunit toutes les six semaines, en alternance à Vaubécourt et à "
                      "Seuil-d'Argonne."),
    ("2026-09-10", 1, "La ressourcerie s'installe dans l'ancien magasin de la résidence du Moulin à Seuil-d'Argonne, "
                      "prêté par l'OPH de la Meuse pour un euro symbolique par an pendant neuf ans."),
    ("2026-09-10", 1, "Le chantier d'insertion Les Ateliers de l'Aire gère la boutique et l'atelier de réparation."),
    ("2026-09-10", 1, "Un caisson de réemploi est installé dans chacune des trois déchetteries du SMICTOM : "
                      "Vaubécourt, Seuil-d'Argonne et Rembercourt-Sommaisne."),
    ("2026-10-06", 2, "Les travaux du bâtiment (mise aux normes électriques, accessibilité, atelier de 120 m²) sont "
                      "estimés à 180 000 euros HT, financés à moitié par l'ADEME et la Région."),
    ("2026-10-06", 2, "La boutique ouvre au public le samedi 3 avril 2027, le mercredi et le samedi de 9 h à 17 h."),
    ("2026-11-12", 3, "Six salariés en insertion sont recrutés en CDDI de 26 heures par semaine."),
    ("2026-11-12", 3, "Le recrutement passe par une information collective avec France Travail en janvier, puis des "
                      "périodes d'immersion."),
    ("2026-11-12", 3, "Emmaüs reprend les textiles et les objets que la ressourcerie ne peut pas vendre."),
    ("2026-11-12", 3, "L'objectif de la première année est de détourner 150 tonnes de l'enfouissement."),
    ("2026-11-12", 3, "Répar'Aire anime un atelier de réparation dans la ressourcerie le premier samedi du mois."),
)

RECYCLERIE55_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de lancement", "Amandine Thiébaut", "2026-09-18", 1, "done"),
        ("Transmettre les plans de l'ancien magasin de la résidence du Moulin", "Olivier Pierson", "2026-09-30", 1,
         "done"),
        ("Faire réaliser le diagnostic électrique du bâtiment", "Olivier Pierson", "2026-11-06", 2),
        ("Rédiger le cahier des charges des travaux d'aménagement", "Amandine Thiébaut", "2026-11-13", 2),
        ("Chiffrer les caissons de réemploi des trois déchetteries", "Régis Humbert", "2026-11-20", 1),
        ("Proposer à Emmaüs une convention de reprise des textiles", "Frédéric Lallemand", "2026-11-25", 3, "done"),
        ("Recenser les artisans réparateurs intéressés par la ressourcerie", "Laure Guillaume", "2026-11-26", 3),
        ("Organiser la visite d'une ressourcerie voisine avec les élus", "Jérôme Aubry", "2026-11-27", 2,
         "cancelled"),
        ("Rédiger les fiches de poste des salariés en insertion", "Nadège Poirson", "2026-12-04", 3),
        ("Présenter l'aide du Département aux postes en insertion", "Catherine Gérardin", "2026-12-08", 3),
        ("Préparer le dossier de subvention ADEME", "Amandine Thiébaut", "2026-12-09", 2),
        ("Proposer un local de stockage provisoire à Vaubécourt", "Denis Mangin", "2026-12-11", 2),
        ("Vérifier l'éligibilité du projet à l'aide régionale Climaxion", "Hélène Varnier", "2026-12-15", 2),
        ("Lister l'outillage de l'atelier de réparation", "Nadège Poirson", "2026-12-18", 2),
        ("Organiser l'information collective de recrutement", "Mickaël Didelot", "2027-01-15", 3),
        ("Planifier les ateliers de réparation du premier semestre", "Paul Husson", "2027-01-22", 3),
        ("Former les gardiens des déchetteries au tri des objets réutilisables", "Régis Humbert", "2027-01-29", 1),
        ("Préparer la communication sur l'ouverture de la boutique", "Amandine Thiébaut", "2027-03-05", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the encadrante technique of the chantier
# d'insertion that will run the shop.
RECYCLERIE55_ASKERS = {SLUG: ASKER}

RECYCLERIE55_GROUPS = {
    SLUG: (RECYCLERIE55_MEMBERS, RECYCLERIE55_MEETINGS, RECYCLERIE55_DEADLINES, RECYCLERIE55_DECISIONS,
           "Amandine Thiébaut"),
}

# What the chargée de mission typed after the visit of the building (n°2) and the hiring group at France Travail
# (n°3); nothing was recorded for the launching copil of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Bernard Collignon, Amandine Thiébaut, Régis Humbert, Sylvie Marchal, Jérôme Aubry, "
    "Nadège Poirson, Hélène Varnier, Monique Renaudin, Paul Husson, Laure Guillaume, Olivier Pierson",
    "/excuses n°2 Denis Mangin, Catherine Gérardin",
    "/absents n°2 Frédéric Lallemand",
    "/presents n°3 Amandine Thiébaut, Jérôme Aubry, Nadège Poirson, Frédéric Lallemand, Catherine Gérardin, "
    "Mickaël Didelot, Hélène Varnier, Denis Mangin, Laure Guillaume, Bernard Collignon",
    "/excuses n°3 Sylvie Marchal, Paul Husson, Monique Renaudin",
    "/absents n°3 Olivier Pierson",
)

# What members said in the chat before the copil of 8 December at Vaubécourt (n°4).
RSVPS = (
    ("Bernard Collignon", "/present"),
    ("Amandine Thiébaut", "/present"),
    ("Régis Humbert", "/present"),
    ("Sylvie Marchal", "/present"),
    ("Jérôme Aubry", "/present"),
    ("Olivier Pierson", "/present"),
    ("Denis Mangin", "/present"),
    ("Frédéric Lallemand", "/excuse"),
    ("Hélène Varnier", "/excuse"),
)

RECYCLERIE55_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "recyc55", ATTENDANCE_COMMANDS, RSVPS),
}

"""A group written by helper w34a in the thirty-third round, for the
lead's blind set 61 (a stranger's general set in the words of the people
who sit on the comité de jumelage et des partenariats internationaux of a
small Alsatian town: the deputy mayor for international relations who
chairs it, the town's partnerships officer who runs it, the association
of the twinning committee and its volunteers, the partner towns in
Baden-Württemberg and in Burkina Faso, the collège's German teacher, the
OFAJ, the Région Grand Est, the Eurodistrict, the Collectivité européenne
d'Alsace (the Département's European affairs), the music school, the
football club and the Office de tourisme): the comité of an invented town
of about 20,000 people in the Haut-Rhin, Altmatten, twinned since 1987
with an invented town of Baden-Württemberg, Lindenhausen, and partnered
with an invented rural commune of Burkina Faso, Tangsèga — the deputy
mayor for international relations and twinning who chairs the comité and
the town's officer for international relations (the group's
coordinator), the town's two members; the association du comité de
jumelage's president, treasurer, secretary (host families) and a
volunteer who is referent for the partnership with Tangsèga (the
association's four members); the twinning officer of the Stadt
Lindenhausen; the secrétaire général of the mairie de Tangsèga and the
director of the école primaire de Tangsèga-Centre (the two Burkinabè
correspondents, who write French as a second language, as does the
German one); the German teacher of the collège Albert-Schweitzer who runs
the pupils' exchange with Lindenhausen (the asker); the OFAJ's programme
officer for school exchanges and twinnings; the Région Grand Est's officer
for international relations; the Eurodistrict Région Freiburg / Centre et
Sud Alsace's project officer (the fonds des petits projets); the
Collectivité européenne d'Alsace's officer for European and cross-border
affairs; the director of the music school; the FC Altmatten's head of its
football school; the director of the Office de tourisme. Meetings: the
comité of September at the hôtel de ville, the working group on the
pupils' exchange at the collège's CDI, the working group on the solidarity
project (a borehole well for Tangsèga's school) by video call, the joint
meeting of both twinning committees at Lindenhausen's Rathaus in November,
the next comité at the maison des associations, the working group on the
40th anniversary at the Office de tourisme in January, the association's
general assembly in March; the 40th anniversary of the twinning (May 2027
at Altmatten, September at Lindenhausen), the exchange of pupils, the
Tangsèga delegation's visit in April, the well, the grants (OFAJ,
Eurodistrict, Région). Tasks (four late, one of them the asker's; two
done; one cancelled), the attendance of the comité of September and of the
joint meeting of November in the store, announced presences for the comité
of 8 December; the person asking is a member, not the coordinator.
Organisation names are public bodies or real organisations (the OFAJ, the
Région Grand Est, the Eurodistrict, the Collectivité européenne d'Alsace)
or invented ones (the towns, the association, the collège, the schools,
the club, the Office de tourisme); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["JUMELAGE68_AFTER_SETUP", "JUMELAGE68_ASKERS", "JUMELAGE68_GROUPS", "JUMELAGE68_TASKS"]

SLUG = "jumelage68"
ASKER = "Claire Ehrhart"
VILLE = "Ville d'Altmatten"
ASSO = "Association du comité de jumelage d'Altmatten"

JUMELAGE68_MEMBERS = (
    ("Jean-Paul Wagner", VILLE, "Adjoint au maire chargé des relations internationales et du jumelage, président du "
                                "comité de jumelage et des partenariats internationaux"),
    ("Sophie Kieffer", VILLE, "Chargée des relations internationales et des jumelages de la ville, coordinatrice du "
                              "comité"),
    ("Marcel Hertzog", ASSO, "Président de l'association du comité de jumelage"),
    ("Gérard Hassler", ASSO, "Trésorier de l'association du comité de jumelage"),
    ("Odile Fritsch", ASSO, "Secrétaire de l'association, responsable des familles d'accueil"),
    ("Monique Fischer", ASSO, "Bénévole de l'association, référente du partenariat avec Tangsèga"),
    ("Katrin Bäuerle", "Stadt Lindenhausen (Bade-Wurtemberg)", "Chargée des jumelages à la mairie de Lindenhausen, "
                                                                 "correspondante du comité de jumelage"),
    ("Issouf Ouédraogo", "Commune de Tangsèga (Burkina Faso)", "Secrétaire général de la mairie de Tangsèga, "
                                                               "correspondant du partenariat"),
    ("Adama Sawadogo", "École primaire publique de Tangsèga-Centre (Burkina Faso)", "Directeur de l'école, porteur du "
                                                                                     "projet de puits"),
    ("Claire Ehrhart", "Collège Albert-Schweitzer d'Altmatten", "Professeure d'allemand, responsable de l'échange "
                                                                "scolaire avec Lindenhausen"),
    ("Anja Roth", "Office franco-allemand pour la Jeunesse (OFAJ)", "Chargée de programmes échanges scolaires et "
                                                                    "jumelages"),
    ("Philippe Goetz", "Région Grand Est", "Chargé de mission relations internationales et coopération "
                                           "transfrontalière"),
    ("Laure Birgel", "Eurodistrict Région Freiburg / Centre et Sud Alsace", "Chargée de projets, fonds des petits "
                                                                            "projets"),
    ("Pascal Zimmermann", "Collectivité européenne d'Alsace", "Chargé de mission affaires européennes et "
                                                              "transfrontalières"),
    ("Vincent Muller", "École municipale de musique d'Altmatten", "Directeur de l'école de musique"),
    ("Yannick Stoll", "FC Altmatten", "Responsable de l'école de foot, chargé des rencontres avec le SV Lindenhausen"),
    ("Nathalie Baumann", "Office de tourisme d'Altmatten", "Directrice de l'Office de tourisme"),
)

JUMELAGE68_MEETINGS = (
    ("2026-09-15 18:30", "2026-09-15 20:30", "Comité de jumelage et des partenariats internationaux : bilan des "
                                             "échanges 2026 et lancement du 40e anniversaire, salle du conseil "
                                             "municipal, hôtel de ville d'Altmatten", ()),
    ("2026-10-08 17:30", "2026-10-08 19:00", "Groupe de travail échange scolaire avec Lindenhausen, CDI du collège "
                                             "Albert-Schweitzer d'Altmatten", ()),
    ("2026-10-23 14:00", "2026-10-23 15:30", "Groupe de travail solidarité Tangsèga sur le puits de l'école, en "
                                             "visioconférence avec Tangsèga depuis la maison des associations "
                                             "d'Altmatten", ()),
    ("2026-11-17 18:00", "2026-11-17 20:30", "Réunion commune des comités de jumelage d'Altmatten et de Lindenhausen, "
                                             "salle du conseil de l'hôtel de ville (Rathaus) de Lindenhausen", ()),
    ("2026-12-08 18:30", "2026-12-08 20:30", "Comité de jumelage et des partenariats internationaux, salle Rhin, "
                                             "maison des associations d'Altmatten",
     ("Programme des festivités du 40e anniversaire du jumelage",
      "Budget 2027 et demandes de subvention (OFAJ, Eurodistrict, Région Grand Est)",
      "Point d'étape sur le forage de l'école de Tangsèga-Centre",
      "Familles d'accueil pour l'échange scolaire et pour la délégation de Tangsèga")),
    ("2027-01-14 17:30", "2027-01-14 19:00", "Groupe de travail 40e anniversaire, salle de réunion de l'Office de "
                                             "tourisme d'Altmatten",
     ("Hébergement et programme de la délégation de Lindenhausen",
      "Brochure et exposition photo des 40 ans du jumelage")),
    ("2027-03-16 19:00", "2027-03-16 21:30", "Assemblée générale de l'association du comité de jumelage, salle des "
                                             "fêtes d'Altmatten",
     ("Rapport moral et rapport financier 2026",
      "Programme de la visite de la délégation de Tangsèga en avril")),
)

JUMELAGE68_DEADLINES = (
    ("2026-12-11", "Retour au collège des fiches des familles d'accueil des correspondants allemands"),
    ("2027-01-15", "Dépôt de la demande de subvention à l'OFAJ pour la rencontre de jeunes du 40e anniversaire"),
    ("2027-01-29", "Dépôt du dossier au fonds des petits projets de l'Eurodistrict pour le 40e anniversaire"),
    ("2027-02-26", "Dépôt de la demande de subvention à la Région Grand Est pour le forage de l'école de Tangsèga "
                   "(appel à projets solidarité internationale)"),
    ("2027-03-31", "Remise des textes et des photos de la brochure du 40e anniversaire"),
)

JUMELAGE68_DECISIONS = (
    ("2026-09-15", 1, "Les festivités du 40e anniversaire du jumelage ont lieu à Altmatten du jeudi 6 au dimanche 9 "
                      "mai 2027, week-end de l'Ascension, puis à Lindenhausen du 24 au 26 septembre 2027."),
    ("2026-09-15", 1, "La ville d'Altmatten consacre 18 000 euros au 40e anniversaire, en plus de sa subvention "
                      "annuelle de 8 000 euros à l'association du comité de jumelage."),
    ("2026-09-15", 1, "La cotisation à l'association du comité de jumelage reste fixée pour 2027 à 15 euros par "
                      "personne et à 25 euros par famille."),
    ("2026-10-08", 2, "Les 28 élèves de 4e de la classe bilangue du collège séjournent à Lindenhausen du lundi 22 au "
                      "vendredi 26 mars 2027 ; leurs correspondants sont accueillis à Altmatten du 7 au 11 juin 2027."),
    ("2026-10-08", 2, "La participation des familles au séjour à Lindenhausen est fixée à 120 euros par élève ; le "
                      "reste est pris en charge par l'OFAJ et par l'association du comité de jumelage."),
    ("2026-10-23", 3, "Le projet de l'école de Tangsèga-Centre est un forage équipé d'une pompe manuelle, pour un "
                      "budget de 14 500 euros."),
    ("2026-10-23", 3, "L'association verse les fonds du forage à la commune de Tangsèga en deux tranches : 60 % à la "
                      "signature du marché de travaux, 40 % à la réception du forage."),
    ("2026-11-17", 4, "Le budget du 40e anniversaire est fixé à 46 000 euros, dont 25 000 euros demandés à "
                      "l'Eurodistrict au titre du fonds des petits projets."),
    ("2026-11-17", 4, "L'école de musique d'Altmatten et la Musikschule de Lindenhausen donnent un concert commun le "
                      "vendredi 7 mai 2027 à 20 h à la salle des fêtes d'Altmatten."),
    ("2026-11-17", 4, "Un tournoi de football des moins de 13 ans entre le FC Altmatten et le SV Lindenhausen a lieu "
                      "le samedi 8 mai 2027 au stade municipal."),
    ("2026-11-17", 4, "Les deux maires signent une charte renouvelée du jumelage le dimanche 9 mai 2027 à l'hôtel de "
                      "ville, et une plaque commémorative est posée place de Lindenhausen."),
    ("2026-11-17", 4, "La délégation de Tangsèga, quatre personnes dont le maire, est accueillie à Altmatten du 12 au "
                      "19 avril 2027 et hébergée dans des familles de l'association."),
)

JUMELAGE68_TASKS = {
    SLUG: (
        ("Réserver la salle des fêtes pour les festivités du 40e anniversaire", "Jean-Paul Wagner", "2026-10-02", 1,
         "done"),
        ("Envoyer aux familles des élèves de 4e le courrier de présentation de l'échange avec Lindenhausen",
         "Claire Ehrhart", "2026-10-16", 2, "done"),
        ("Envoyer le formulaire de demande de subvention de l'OFAJ pour l'échange scolaire", "Anja Roth",
         "2026-11-06", 2),
        ("Transmettre les trois devis des entreprises de forage", "Issouf Ouédraogo", "2026-11-13", 3),
        ("Établir la liste des élèves inscrits à l'échange et de leurs correspondants allemands", "Claire Ehrhart",
         "2026-11-20", 2),
        ("Recenser les familles d'accueil pour la délégation de Tangsèga", "Odile Fritsch", "2026-11-27", 4),
        ("Organiser une soirée crêpes au profit du forage de Tangsèga", "Monique Fischer", "2026-11-28", 3,
         "cancelled"),
        ("Envoyer le nombre d'élèves de l'école et le plan d'implantation du forage", "Adama Sawadogo", "2026-12-04",
         3),
        ("Préparer le budget du 40e anniversaire et son plan de financement", "Sophie Kieffer", "2026-12-07", 4),
        ("Vérifier l'éligibilité du 40e anniversaire au fonds des petits projets de l'Eurodistrict", "Laure Birgel",
         "2026-12-10", 4),
        ("Transmettre le règlement de l'appel à projets solidarité internationale de la Région", "Philippe Goetz",
         "2026-12-11", 3),
        ("Faire le point sur les financements européens possibles pour les jumelages", "Pascal Zimmermann",
         "2026-12-16", 1),
        ("Proposer le programme du concert commun avec la Musikschule de Lindenhausen", "Vincent Muller",
         "2026-12-18", 4),
        ("Chiffrer l'hébergement et les visites de la délégation de Lindenhausen pour le 40e anniversaire",
         "Nathalie Baumann", "2027-01-08", 4),
        ("Réserver le stade municipal et l'hébergement des jeunes joueurs du SV Lindenhausen", "Yannick Stoll",
         "2027-01-15", 4),
        ("Envoyer la liste des membres de la délégation de Lindenhausen pour le 40e anniversaire", "Katrin Bäuerle",
         "2027-02-15", 4),
        ("Préparer les carnets de bord des élèves pour le séjour à Lindenhausen", "Claire Ehrhart", "2027-03-05", 2),
        ("Rassembler les photos d'archives pour l'exposition des 40 ans du jumelage", "Marcel Hertzog", "2027-03-12",
         1),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the collège's German teacher who runs the
# pupils' exchange with Lindenhausen.
JUMELAGE68_ASKERS = {SLUG: ASKER}

JUMELAGE68_GROUPS = {
    SLUG: (JUMELAGE68_MEMBERS, JUMELAGE68_MEETINGS, JUMELAGE68_DEADLINES, JUMELAGE68_DECISIONS, "Sophie Kieffer"),
}

# What the coordinator typed after the comité of September at the hôtel de ville (n°1) and the joint meeting of both
# twinning committees at Lindenhausen (n°4); nothing was recorded for the working group on the pupils' exchange (n°2)
# nor for the video call with Tangsèga (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Jean-Paul Wagner, Sophie Kieffer, Marcel Hertzog, Gérard Hassler, Odile Fritsch, Monique Fischer, "
    "Katrin Bäuerle, Claire Ehrhart, Philippe Goetz, Vincent Muller, Nathalie Baumann, Pascal Zimmermann",
    "/excuses n°1 Anja Roth, Laure Birgel, Issouf Ouédraogo",
    "/absents n°1 Yannick Stoll",
    "/presents n°4 Jean-Paul Wagner, Sophie Kieffer, Marcel Hertzog, Gérard Hassler, Odile Fritsch, Katrin Bäuerle, "
    "Anja Roth, Laure Birgel, Vincent Muller, Yannick Stoll, Nathalie Baumann",
    "/excuses n°4 Claire Ehrhart, Monique Fischer, Pascal Zimmermann",
    "/absents n°4 Philippe Goetz",
)

# What members said in the chat before the comité of 8 December at the maison des associations (n°5).
RSVPS = (
    ("Jean-Paul Wagner", "/present"),
    ("Sophie Kieffer", "/present"),
    ("Marcel Hertzog", "/present"),
    ("Gérard Hassler", "/present"),
    ("Odile Fritsch", "/present"),
    ("Vincent Muller", "/present"),
    ("Nathalie Baumann", "/present"),
    ("Pascal Zimmermann", "/present"),
    ("Katrin Bäuerle", "/excuse"),
    ("Yannick Stoll", "/excuse"),
)

JUMELAGE68_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "jm68", ATTENDANCE_COMMANDS, RSVPS),
}

"""The invented groups the question sets are asked in, built through the
store as coordinators would: a Hauts-de-Seine network of municipalities
(the development set's) and a Seine-Saint-Denis employment task force
a Lyon food-policy collective and a Vaud housing working group, and the two employment groups of
questions_groups_employment.py (kept for held-out sets, so that figures are also measured on stores the
understanding was not tuned on); the demo group (Geneva) serves a small
extra set in Swiss usage. Organisation names are real public bodies; every
person is invented."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.demo import DEMO_SLUG, seed_demo
from storage.models import AgendaItem, replace
from storage.store import Store
from tests.handlers.questions_groups_employment import EMPLOYMENT_GROUPS, GROUP_TASKS
from tests.handlers.questions_groups_leadermorlaix import LEADERMORLAIX_ASKERS, LEADERMORLAIX_GROUPS, LEADERMORLAIX_TASKS
from tests.handlers.questions_groups_territories import TERRITORY_GROUPS, TERRITORY_TASKS
from tests.handlers.questions_groups_city import CITY_GROUPS, CITY_TASKS
from tests.handlers.questions_groups_fribourg import FRIBOURG_GROUPS, FRIBOURG_TASKS
from tests.handlers.questions_groups_foodaid import FOODAID_GROUPS, FOODAID_TASKS
from tests.handlers.questions_groups_housing import HOUSING_COMMITTEE_GROUPS, HOUSING_COMMITTEE_TASKS
from tests.handlers.questions_groups_wallonia import WALLONIA_GROUPS, WALLONIA_TASKS
from tests.handlers.questions_groups_seniors import SENIORS_GROUPS, SENIORS_TASKS
from tests.handlers.questions_groups_strasbourg import STRASBOURG_GROUPS, STRASBOURG_TASKS
from tests.handlers.questions_groups_toulouse import TOULOUSE_GROUPS, TOULOUSE_TASKS
from tests.handlers.questions_groups_nantes import NANTES_GROUPS, NANTES_TASKS
from tests.handlers.questions_groups_bordeaux import BORDEAUX_GROUPS, BORDEAUX_TASKS
from tests.handlers.questions_groups_montreuil import MONTREUIL_GROUPS, MONTREUIL_TASKS
from tests.handlers.questions_groups_lille import LILLE_GROUPS, LILLE_TASKS
from tests.handlers.questions_groups_grenoble import GRENOBLE_GROUPS, GRENOBLE_TASKS
from tests.handlers.questions_groups_drome import DROME_GROUPS, DROME_TASKS
from tests.handlers.questions_groups_liege import LIEGE_GROUPS, LIEGE_TASKS
from tests.handlers.questions_groups_marseille import MARSEILLE_GROUPS, MARSEILLE_TASKS
from tests.handlers.questions_groups_numerique import DIGITAL59_GROUPS, DIGITAL59_TASKS
from tests.handlers.questions_groups_neuchatel import NEUCHATEL_GROUPS, NEUCHATEL_TASKS
from tests.handlers.questions_groups_ecosoc import ECOSOC_LG_GROUPS
from tests.handlers.questions_groups_basque import BASQUE_GROUPS, BASQUE_TASKS
from tests.handlers.questions_groups_vernier import VERNIER_GROUPS, VERNIER_TASKS
from tests.handlers.questions_groups_somme import SOMME_ASKERS, SOMME_GROUPS, SOMME_TASKS
from tests.handlers.questions_groups_mobilite29 import MOBILITE29_ASKERS, MOBILITE29_GROUPS, MOBILITE29_TASKS
from tests.handlers.questions_groups_finistere import FINISTERE_GROUPS, FINISTERE_TASKS
from tests.handlers.questions_groups_vosges import VOSGES_GROUPS
from tests.handlers.questions_groups_hauteloire import HAUTELOIRE_GROUPS, HAUTELOIRE_TASKS
from tests.handlers.questions_groups_mediation import MEDIATION_GROUPS, MEDIATION_TASKS
from tests.handlers.questions_groups_sante import SANTE_GROUPS, SANTE_TASKS
from tests.handlers.questions_groups_pasdecalais import PASDECALAIS_GROUPS, PASDECALAIS_TASKS
from tests.handlers.questions_groups_valais import VALAIS_GROUPS, VALAIS_TASKS
from tests.handlers.questions_groups_valdemarne import VALDEMARNE_GROUPS, VALDEMARNE_TASKS
from tests.handlers.questions_groups_creuse import CREUSE_GROUPS, CREUSE_TASKS
from tests.handlers.questions_groups_moselle import MOSELLE_AFTER_SETUP, MOSELLE_GROUPS
from tests.handlers.questions_groups_services23 import SERVICES23_GROUPS, SERVICES23_TASKS
from tests.handlers.questions_groups_mulhouse import MULHOUSE_GROUPS, MULHOUSE_TASKS
from tests.handlers.questions_groups_corse import CORSE_GROUPS, CORSE_TASKS
from tests.handlers.questions_groups_budget38 import BUDGET38_GROUPS, BUDGET38_TASKS
from tests.handlers.questions_groups_jeunesse44 import JEUNESSE44_GROUPS, JEUNESSE44_TASKS
from tests.handlers.questions_groups_culture13 import CULTURE13_AFTER_SETUP, CULTURE13_GROUPS
from tests.handlers.questions_groups_jurasuisse import JURASUISSE_AFTER_SETUP, JURASUISSE_GROUPS, JURASUISSE_TASKS
from tests.handlers.questions_groups_ruralite12 import (RURALITE12_AFTER_SETUP, RURALITE12_ASKERS, RURALITE12_GROUPS,
                                                       RURALITE12_TASKS)
from tests.handlers.questions_groups_insertion59 import INSERTION59_GROUPS, INSERTION59_TASKS
from tests.handlers.questions_groups_habitat35 import HABITAT35_ASKERS, HABITAT35_GROUPS, HABITAT35_TASKS
from tests.handlers.questions_groups_emploi95 import EMPLOI95_ASKERS, EMPLOI95_GROUPS, EMPLOI95_TASKS
from tests.handlers.questions_groups_onexge import ONEXGE_AFTER_SETUP, ONEXGE_ASKERS, ONEXGE_GROUPS, ONEXGE_TASKS
from tests.handlers.questions_groups_copil77 import COPIL77_AFTER_SETUP, COPIL77_ASKERS, COPIL77_GROUPS, COPIL77_TASKS
from tests.handlers.questions_groups_sante31 import SANTE31_GROUPS, SANTE31_TASKS
from tests.handlers.questions_groups_insertion49 import INSERTION49_AFTER_SETUP, INSERTION49_ASKERS, INSERTION49_GROUPS
from tests.handlers.questions_groups_ville69 import VILLE69_AFTER_SETUP, VILLE69_ASKERS, VILLE69_GROUPS, VILLE69_TASKS
from tests.handlers.questions_groups_vaudsocial import VAUDSOCIAL_GROUPS, VAUDSOCIAL_TASKS
from tests.handlers.questions_groups_bienne import BIENNE_AFTER_SETUP, BIENNE_ASKERS, BIENNE_GROUPS, BIENNE_TASKS
from tests.handlers.questions_groups_solidarite67 import SOLIDARITE67_ASKERS, SOLIDARITE67_GROUPS, SOLIDARITE67_TASKS
from tests.handlers.questions_groups_pat63 import PAT63_ASKERS, PAT63_GROUPS, PAT63_TASKS
from tests.handlers.questions_groups_clsm42 import CLSM42_AFTER_SETUP, CLSM42_ASKERS, CLSM42_GROUPS, CLSM42_TASKS
from tests.handlers.questions_groups_sante974 import SANTE974_GROUPS, SANTE974_TASKS
from tests.handlers.questions_groups_riviera import RIVIERA_GROUPS, RIVIERA_TASKS
from tests.handlers.questions_groups_nyon import NYON_AFTER_SETUP, NYON_ASKERS, NYON_GROUPS, NYON_TASKS
from tests.handlers.questions_groups_agri24 import AGRI24_ASKERS, AGRI24_GROUPS, AGRI24_TASKS
from tests.handlers.questions_groups_ess56 import ESS56_ASKERS, ESS56_GROUPS, ESS56_TASKS
from tests.handlers.questions_groups_plielens62 import PLIELENS62_GROUPS
from tests.handlers.questions_groups_yverdon import YVERDON_ASKERS, YVERDON_GROUPS, YVERDON_TASKS
from tests.handlers.questions_groups_vaulx69 import VAULX69_ASKERS, VAULX69_GROUPS, VAULX69_TASKS
from tests.handlers.questions_groups_cil76 import CIL76_ASKERS, CIL76_GROUPS, CIL76_TASKS
from tests.handlers.questions_groups_ctg26 import CTG26_ASKERS, CTG26_GROUPS, CTG26_TASKS
from tests.handlers.questions_groups_clea16 import CLEA16_ASKERS, CLEA16_GROUPS, CLEA16_TASKS
from tests.handlers.questions_groups_cldr import CLDR_ASKERS, CLDR_GROUPS, CLDR_TASKS
from tests.handlers.questions_groups_ctai import CTAI_ASKERS, CTAI_GROUPS, CTAI_TASKS
from tests.handlers.questions_groups_redon import REDON_ASKERS, REDON_GROUPS, REDON_TASKS
from tests.handlers.questions_groups_sierre import SIERRE_AFTER_SETUP, SIERRE_ASKERS, SIERRE_GROUPS, SIERRE_TASKS
from tests.handlers.questions_groups_morlaix import MORLAIX_AFTER_SETUP, MORLAIX_ASKERS, MORLAIX_GROUPS, MORLAIX_TASKS
from tests.handlers.questions_groups_pat import PAT_AFTER_SETUP, PAT_ASKERS, PAT_GROUPS, PAT_TASKS
from tests.handlers.questions_groups_cllaj import CLLAJ_AFTER_SETUP, CLLAJ_ASKERS, CLLAJ_GROUPS, CLLAJ_TASKS
from tests.handlers.questions_groups_lozere import LOZERE_AFTER_SETUP, LOZERE_ASKERS, LOZERE_GROUPS, LOZERE_TASKS
from tests.handlers.questions_groups_noyon60 import NOYON60_AFTER_SETUP, NOYON60_ASKERS, NOYON60_GROUPS, NOYON60_TASKS
from tests.handlers.questions_groups_jeunesvd import JEUNESVD_ASKERS, JEUNESVD_GROUPS, JEUNESVD_TASKS
from tests.handlers.questions_groups_pechablais import (PECHABLAIS_AFTER_SETUP, PECHABLAIS_ASKERS,
                                                       PECHABLAIS_GROUPS)
from tests.handlers.questions_groups_tzcld58 import TZCLD58_ASKERS, TZCLD58_GROUPS, TZCLD58_TASKS
from tests.handlers.questions_groups_pauvrete66 import PAUVRETE66_ASKERS, PAUVRETE66_GROUPS, PAUVRETE66_TASKS
from tests.handlers.questions_groups_jeunesmajeurs31 import (JEUNESMAJEURS31_ASKERS, JEUNESMAJEURS31_GROUPS,
                                                         JEUNESMAJEURS31_TASKS)
from tests.handlers.questions_groups_cispd91 import CISPD91_ASKERS, CISPD91_GROUPS, CISPD91_TASKS
from tests.handlers.questions_groups_codev37 import CODEV37_ASKERS, CODEV37_GROUPS, CODEV37_TASKS
from tests.handlers.questions_groups_charleroi import CHARLEROI_ASKERS, CHARLEROI_GROUPS, CHARLEROI_TASKS
from tests.handlers.questions_groups_rivedroite import RIVEDROITE_ASKERS, RIVEDROITE_GROUPS, RIVEDROITE_TASKS
from tests.handlers.questions_groups_ccas71 import CCAS71_AFTER_SETUP, CCAS71_ASKERS, CCAS71_GROUPS
from tests.handlers.questions_groups_sms06 import SMS06_ASKERS, SMS06_GROUPS, SMS06_TASKS
from tests.handlers.questions_groups_culture87 import (CULTURE87_AFTER_SETUP, CULTURE87_ASKERS, CULTURE87_GROUPS,
                                                      CULTURE87_TASKS)
from tests.handlers.questions_groups_mobilite46 import (MOBILITE46_AFTER_SETUP, MOBILITE46_ASKERS, MOBILITE46_GROUPS,
                                                       MOBILITE46_TASKS)
from tests.handlers.questions_groups_namur import NAMUR_AFTER_SETUP, NAMUR_ASKERS, NAMUR_GROUPS, NAMUR_TASKS
from tests.handlers.questions_groups_briochin22 import BRIOCHIN22_AFTER_SETUP, BRIOCHIN22_ASKERS, BRIOCHIN22_GROUPS, BRIOCHIN22_TASKS
from tests.handlers.questions_groups_castres81 import CASTRES81_AFTER_SETUP, CASTRES81_ASKERS, CASTRES81_GROUPS, CASTRES81_TASKS
from tests.handlers.questions_groups_mantois78 import MANTOIS78_AFTER_SETUP, MANTOIS78_ASKERS, MANTOIS78_GROUPS, MANTOIS78_TASKS
from tests.handlers.questions_groups_genevois74 import GENEVOIS74_AFTER_SETUP, GENEVOIS74_ASKERS, GENEVOIS74_GROUPS, GENEVOIS74_TASKS
from tests.handlers.questions_groups_cohesion73 import COHESION73_ASKERS, COHESION73_GROUPS, COHESION73_TASKS
from tests.handlers.questions_groups_caen14 import CAEN14_ASKERS, CAEN14_GROUPS, CAEN14_TASKS
from tests.handlers.questions_groups_poitiers86 import POITIERS86_ASKERS, POITIERS86_GROUPS, POITIERS86_TASKS
from tests.handlers.questions_groups_mosson34 import MOSSON34_ASKERS, MOSSON34_GROUPS, MOSSON34_TASKS
from tests.handlers.questions_groups_risques972 import RISQUES972_ASKERS, RISQUES972_GROUPS, RISQUES972_TASKS
from tests.handlers.questions_groups_herault34 import HERAULT34_ASKERS, HERAULT34_GROUPS, HERAULT34_TASKS
from tests.handlers.questions_groups_dunkerque59 import DUNKERQUE59_ASKERS, DUNKERQUE59_GROUPS, DUNKERQUE59_TASKS
from tests.handlers.questions_groups_reims51 import REIMS51_AFTER_SETUP, REIMS51_ASKERS, REIMS51_GROUPS, REIMS51_TASKS
from tests.handlers.questions_groups_besancon25 import (
    BESANCON25_AFTER_SETUP,
    BESANCON25_ASKERS,
    BESANCON25_GROUPS,
    BESANCON25_TASKS,
)
from tests.handlers.questions_groups_namur26 import NAMUR26_AFTER_SETUP, NAMUR26_ASKERS, NAMUR26_GROUPS, NAMUR26_TASKS
from tests.handlers.questions_groups_renens import RENENS_AFTER_SETUP, RENENS_ASKERS, RENENS_GROUPS, RENENS_TASKS
from tests.handlers.questions_groups_villeurbanne import VILLEURBANNE_ASKERS, VILLEURBANNE_GROUPS, VILLEURBANNE_TASKS
from tests.handlers.questions_groups_chauxdefonds import CHAUXDEFONDS_AFTER_SETUP, CHAUXDEFONDS_ASKERS, CHAUXDEFONDS_GROUPS, CHAUXDEFONDS_TASKS
from tests.handlers.questions_groups_epicerie74 import EPICERIE74_ASKERS, EPICERIE74_GROUPS, EPICERIE74_TASKS
from tests.handlers.questions_groups_maraude76 import MARAUDE76_ASKERS, MARAUDE76_GROUPS, MARAUDE76_TASKS
from tests.handlers.questions_groups_emploi1190 import EMPLOI1190_AFTER_SETUP, EMPLOI1190_ASKERS, EMPLOI1190_GROUPS
from tests.handlers.questions_groups_broye import BROYE_AFTER_SETUP, BROYE_ASKERS, BROYE_GROUPS, BROYE_TASKS
from tests.handlers.questions_groups_pedt79 import PEDT79_AFTER_SETUP, PEDT79_ASKERS, PEDT79_GROUPS
from tests.handlers.questions_groups_cfppa72 import CFPPA72_ASKERS, CFPPA72_GROUPS, CFPPA72_TASKS
from tests.handlers.questions_groups_aulnay93 import AULNAY93_AFTER_SETUP, AULNAY93_ASKERS, AULNAY93_GROUPS
from tests.handlers.questions_groups_sarine import SARINE_ASKERS, SARINE_GROUPS
from tests.handlers.questions_groups_prelaz import PRELAZ_AFTER_SETUP, PRELAZ_ASKERS, PRELAZ_GROUPS
from tests.handlers.questions_groups_cdad95 import CDAD95_AFTER_SETUP, CDAD95_ASKERS, CDAD95_GROUPS
from tests.handlers.questions_groups_citeeduc59 import CITEEDUC59_AFTER_SETUP, CITEEDUC59_ASKERS, CITEEDUC59_GROUPS
from tests.handlers.questions_groups_cpasbxl import CPASBXL_ASKERS, CPASBXL_GROUPS, CPASBXL_TASKS
from tests.handlers.questions_groups_couronneries86 import (COURONNERIES86_AFTER_SETUP, COURONNERIES86_ASKERS,
                                                           COURONNERIES86_GROUPS, COURONNERIES86_TASKS)
from tests.handlers.questions_groups_cle57 import CLE57_ASKERS, CLE57_GROUPS, CLE57_TASKS
from tests.handlers.questions_groups_atltournai import ATLTOURNAI_AFTER_SETUP, ATLTOURNAI_ASKERS, ATLTOURNAI_GROUPS
from tests.handlers.questions_groups_pedt44 import PEDT44_ASKERS, PEDT44_GROUPS, PEDT44_TASKS
from tests.handlers.questions_groups_codev64 import CODEV64_ASKERS, CODEV64_GROUPS, CODEV64_TASKS
from tests.handlers.questions_groups_prebobigny import PREBOBIGNY_AFTER_SETUP, PREBOBIGNY_ASKERS, PREBOBIGNY_GROUPS
from tests.handlers.questions_groups_eajesn44 import EAJESN44_ASKERS, EAJESN44_GROUPS, EAJESN44_TASKS
from tests.handlers.questions_groups_pcaet34 import PCAET34_ASKERS, PCAET34_GROUPS, PCAET34_TASKS
from tests.handlers.questions_groups_pcsverviers import PCSVERVIERS_ASKERS, PCSVERVIERS_GROUPS, PCSVERVIERS_TASKS
from tests.handlers.questions_groups_schoenberg import SCHOENBERG_ASKERS, SCHOENBERG_GROUPS, SCHOENBERG_TASKS
from tests.handlers.questions_groups_csxlorient import CSXLORIENT_AFTER_SETUP, CSXLORIENT_ASKERS, CSXLORIENT_GROUPS
from tests.handlers.questions_groups_langres52 import LANGRES52_AFTER_SETUP, LANGRES52_ASKERS, LANGRES52_GROUPS, LANGRES52_TASKS
from tests.handlers.questions_groups_cle24 import CLE24_AFTER_SETUP, CLE24_ASKERS, CLE24_GROUPS
from tests.handlers.questions_groups_cdvcreil60 import CDVCREIL60_ASKERS, CDVCREIL60_GROUPS, CDVCREIL60_TASKS
from tests.handlers.questions_groups_comminges31 import COMMINGES31_AFTER_SETUP, COMMINGES31_ASKERS, COMMINGES31_GROUPS
from tests.handlers.questions_groups_clsbray import CLSBRAY_AFTER_SETUP, CLSBRAY_ASKERS, CLSBRAY_GROUPS, CLSBRAY_TASKS
from tests.handlers.questions_groups_pacte30 import PACTE30_ASKERS, PACTE30_GROUPS, PACTE30_TASKS
from tests.handlers.questions_groups_sportmarche import SPORTMARCHE_ASKERS, SPORTMARCHE_GROUPS, SPORTMARCHE_TASKS
from tests.handlers.questions_groups_odpe47 import ODPE47_ASKERS, ODPE47_GROUPS, ODPE47_TASKS
from tests.handlers.questions_groups_gdv47 import GDV47_AFTER_SETUP, GDV47_ASKERS, GDV47_GROUPS, GDV47_TASKS
from tests.handlers.questions_groups_aidants88 import (AIDANTS88_AFTER_SETUP, AIDANTS88_ASKERS, AIDANTS88_GROUPS,
                                                 AIDANTS88_TASKS)
from tests.handlers.questions_groups_pre18 import PRE18_AFTER_SETUP, PRE18_ASKERS, PRE18_GROUPS, PRE18_TASKS
from tests.handlers.questions_groups_pvd15 import PVD15_AFTER_SETUP, PVD15_ASKERS, PVD15_GROUPS, PVD15_TASKS
from tests.handlers.questions_groups_citeedu93 import (CITEEDU93_AFTER_SETUP, CITEEDU93_ASKERS, CITEEDU93_GROUPS,
                                                 CITEEDU93_TASKS)
from tests.handlers.questions_groups_incubna import INCUBNA_AFTER_SETUP, INCUBNA_ASKERS, INCUBNA_GROUPS, INCUBNA_TASKS
from tests.handlers.questions_groups_vif29 import VIF29_AFTER_SETUP, VIF29_ASKERS, VIF29_GROUPS, VIF29_TASKS
from tests.handlers.questions_groups_midouze40 import (MIDOUZE40_AFTER_SETUP, MIDOUZE40_ASKERS, MIDOUZE40_GROUPS,
                                                 MIDOUZE40_TASKS)
from tests.handlers.questions_groups_vernier48 import (VERNIER48_AFTER_SETUP, VERNIER48_ASKERS, VERNIER48_GROUPS,
                                                 VERNIER48_TASKS)
from tests.handlers.questions_groups_avre47 import AVRE47_AFTER_SETUP, AVRE47_ASKERS, AVRE47_GROUPS, AVRE47_TASKS
from tests.handlers.questions_groups_cdad86 import CDAD86_AFTER_SETUP, CDAD86_ASKERS, CDAD86_GROUPS, CDAD86_TASKS
from tests.handlers.questions_groups_geronto71 import (GERONTO71_AFTER_SETUP, GERONTO71_ASKERS, GERONTO71_GROUPS,
                                                 GERONTO71_TASKS)
from tests.handlers.questions_groups_fsgers import FSGERS_AFTER_SETUP, FSGERS_ASKERS, FSGERS_GROUPS, FSGERS_TASKS
from tests.handlers.questions_groups_velo28 import VELO28_AFTER_SETUP, VELO28_ASKERS, VELO28_GROUPS, VELO28_TASKS
from tests.handlers.questions_groups_clesevre import CLESEVRE_AFTER_SETUP, CLESEVRE_ASKERS, CLESEVRE_GROUPS, CLESEVRE_TASKS
from tests.handlers.questions_groups_energie54 import ENERGIE54_AFTER_SETUP, ENERGIE54_ASKERS, ENERGIE54_GROUPS, ENERGIE54_TASKS
from tests.handlers.questions_groups_grosdevaud import GROSDEVAUD_AFTER_SETUP, GROSDEVAUD_ASKERS, GROSDEVAUD_GROUPS, GROSDEVAUD_TASKS
from tests.handlers.questions_groups_estreunion import ESTREUNION_AFTER_SETUP, ESTREUNION_ASKERS, ESTREUNION_GROUPS, ESTREUNION_TASKS
from tests.handlers.questions_groups_fondation45 import FONDATION45_AFTER_SETUP, FONDATION45_ASKERS, FONDATION45_GROUPS, FONDATION45_TASKS
from tests.handlers.questions_groups_enfance41 import ENFANCE41_AFTER_SETUP, ENFANCE41_ASKERS, ENFANCE41_GROUPS, ENFANCE41_TASKS
from tests.handlers.questions_groups_inclusion17 import INCLUSION17_AFTER_SETUP, INCLUSION17_ASKERS, INCLUSION17_GROUPS, INCLUSION17_TASKS
from tests.handlers.questions_groups_clsardennes08 import CLSARDENNES08_AFTER_SETUP, CLSARDENNES08_ASKERS, CLSARDENNES08_GROUPS, CLSARDENNES08_TASKS
from tests.handlers.questions_groups_tqrosemont import TQROSEMONT_AFTER_SETUP, TQROSEMONT_ASKERS, TQROSEMONT_GROUPS, TQROSEMONT_TASKS
from tests.handlers.questions_groups_pdalhpd21 import PDALHPD21_AFTER_SETUP, PDALHPD21_ASKERS, PDALHPD21_GROUPS, PDALHPD21_TASKS
from tests.handlers.questions_groups_ccource10 import CCOURCE10_AFTER_SETUP, CCOURCE10_ASKERS, CCOURCE10_GROUPS, CCOURCE10_TASKS
from tests.handlers.questions_groups_clsmtarbes import CLSMTARBES_AFTER_SETUP, CLSMTARBES_ASKERS, CLSMTARBES_GROUPS, CLSMTARBES_TASKS
from tests.handlers.questions_groups_cdiae89 import CDIAE89_AFTER_SETUP, CDIAE89_ASKERS, CDIAE89_GROUPS, CDIAE89_TASKS
from tests.handlers.questions_groups_isp1340 import ISP1340_AFTER_SETUP, ISP1340_ASKERS, ISP1340_GROUPS, ISP1340_TASKS
from tests.handlers.questions_groups_usagers72 import USAGERS72_AFTER_SETUP, USAGERS72_ASKERS, USAGERS72_GROUPS, USAGERS72_TASKS
from tests.handlers.questions_groups_lecture58 import LECTURE58_AFTER_SETUP, LECTURE58_ASKERS, LECTURE58_GROUPS, LECTURE58_TASKS
from tests.handlers.questions_groups_brocel46 import BROCEL46_AFTER_SETUP, BROCEL46_ASKERS, BROCEL46_GROUPS, BROCEL46_TASKS
from tests.handlers.questions_groups_aines23 import AINES23_AFTER_SETUP, AINES23_ASKERS, AINES23_GROUPS, AINES23_TASKS
from tests.handlers.questions_groups_qpv60 import QPV60_AFTER_SETUP, QPV60_ASKERS, QPV60_GROUPS, QPV60_TASKS
from tests.handlers.questions_groups_port56 import PORT56_AFTER_SETUP, PORT56_ASKERS, PORT56_GROUPS, PORT56_TASKS
from tests.handlers.questions_groups_oms38 import OMS38_AFTER_SETUP, OMS38_ASKERS, OMS38_GROUPS, OMS38_TASKS
from tests.handlers.questions_groups_secmairie39 import SECMAIRIE39_AFTER_SETUP, SECMAIRIE39_ASKERS, SECMAIRIE39_GROUPS, SECMAIRIE39_TASKS
from tests.handlers.questions_groups_cia54 import CIA54_AFTER_SETUP, CIA54_ASKERS, CIA54_GROUPS, CIA54_TASKS
from tests.handlers.questions_groups_clsjura39 import CLSJURA39_AFTER_SETUP, CLSJURA39_ASKERS, CLSJURA39_GROUPS, CLSJURA39_TASKS
from tests.handlers.questions_groups_diaspora95 import DIASPORA95_AFTER_SETUP, DIASPORA95_ASKERS, DIASPORA95_GROUPS, DIASPORA95_TASKS
from tests.handlers.questions_groups_ptce69 import PTCE69_AFTER_SETUP, PTCE69_ASKERS, PTCE69_GROUPS, PTCE69_TASKS
from tests.handlers.questions_groups_cli82 import CLI82_AFTER_SETUP, CLI82_ASKERS, CLI82_GROUPS, CLI82_TASKS
from tests.handlers.questions_groups_natura65 import NATURA65_AFTER_SETUP, NATURA65_ASKERS, NATURA65_GROUPS, NATURA65_TASKS
from tests.handlers.questions_groups_episol33 import EPISOL33_AFTER_SETUP, EPISOL33_ASKERS, EPISOL33_GROUPS, EPISOL33_TASKS
from tests.handlers.questions_groups_citeduc59 import CITEDUC59_AFTER_SETUP, CITEDUC59_ASKERS, CITEDUC59_GROUPS, CITEDUC59_TASKS
from tests.handlers.questions_groups_codev29 import CODEV29_AFTER_SETUP, CODEV29_ASKERS, CODEV29_GROUPS, CODEV29_TASKS
from tests.handlers.questions_groups_clspd13 import CLSPD13_AFTER_SETUP, CLSPD13_ASKERS, CLSPD13_GROUPS, CLSPD13_TASKS
from tests.handlers.questions_groups_pcaet26 import PCAET26_AFTER_SETUP, PCAET26_ASKERS, PCAET26_GROUPS, PCAET26_TASKS
from tests.handlers.questions_groups_fs15 import FS15_AFTER_SETUP, FS15_ASKERS, FS15_GROUPS, FS15_TASKS
from tests.handlers.questions_groups_cpts44 import CPTS44_AFTER_SETUP, CPTS44_ASKERS, CPTS44_GROUPS, CPTS44_TASKS
from tests.handlers.questions_groups_festival34 import FESTIVAL34_AFTER_SETUP, FESTIVAL34_ASKERS, FESTIVAL34_GROUPS, FESTIVAL34_TASKS
from tests.handlers.questions_groups_cosocvd import COSOCVD_AFTER_SETUP, COSOCVD_ASKERS, COSOCVD_GROUPS, COSOCVD_TASKS
from tests.handlers.questions_groups_clea07 import CLEA07_AFTER_SETUP, CLEA07_ASKERS, CLEA07_GROUPS, CLEA07_TASKS
from tests.handlers.questions_groups_access80 import ACCESS80_AFTER_SETUP, ACCESS80_ASKERS, ACCESS80_GROUPS, ACCESS80_TASKS
from tests.handlers.questions_groups_pdlhi83 import PDLHI83_AFTER_SETUP, PDLHI83_ASKERS, PDLHI83_GROUPS, PDLHI83_TASKS
from tests.handlers.questions_groups_mss63 import MSS63_AFTER_SETUP, MSS63_ASKERS, MSS63_GROUPS, MSS63_TASKS
from tests.handlers.questions_groups_cmj33 import CMJ33_AFTER_SETUP, CMJ33_ASKERS, CMJ33_GROUPS, CMJ33_TASKS
from tests.handlers.questions_groups_pat46 import PAT46_AFTER_SETUP, PAT46_ASKERS, PAT46_GROUPS, PAT46_TASKS
from tests.handlers.questions_groups_recyclerie55 import RECYCLERIE55_AFTER_SETUP, RECYCLERIE55_ASKERS, RECYCLERIE55_GROUPS, RECYCLERIE55_TASKS
from tests.handlers.questions_groups_jumelage68 import JUMELAGE68_AFTER_SETUP, JUMELAGE68_ASKERS, JUMELAGE68_GROUPS, JUMELAGE68_TASKS
from tests.handlers.questions_groups_veille84 import VEILLE84_AFTER_SETUP, VEILLE84_ASKERS, VEILLE84_GROUPS, VEILLE84_TASKS
from tests.handlers.questions_groups_cli82b import CLI82B_AFTER_SETUP, CLI82B_ASKERS, CLI82B_GROUPS, CLI82B_TASKS
from tests.handlers.questions_groups_egalite38 import EGALITE38_AFTER_SETUP, EGALITE38_ASKERS, EGALITE38_GROUPS, EGALITE38_TASKS
from tests.handlers.questions_groups_clsm05 import CLSM05_AFTER_SETUP, CLSM05_ASKERS, CLSM05_GROUPS, CLSM05_TASKS
from tests.handlers.questions_groups_crue62 import CRUE62_AFTER_SETUP, CRUE62_ASKERS, CRUE62_GROUPS, CRUE62_TASKS
from tests.handlers.questions_groups_cdu49 import CDU49_AFTER_SETUP, CDU49_ASKERS, CDU49_GROUPS, CDU49_TASKS
from tests.handlers.questions_groups_pnrvercors import PNRVERCORS_AFTER_SETUP, PNRVERCORS_ASKERS, PNRVERCORS_GROUPS, PNRVERCORS_TASKS
from tests.handlers.questions_groups_campus63 import CAMPUS63_AFTER_SETUP, CAMPUS63_ASKERS, CAMPUS63_GROUPS, CAMPUS63_TASKS
from tests.handlers.questions_groups_plie59 import PLIE59_AFTER_SETUP, PLIE59_ASKERS, PLIE59_GROUPS, PLIE59_TASKS
from tests.handlers.questions_groups_quartiers974 import (QUARTIERS974_AFTER_SETUP, QUARTIERS974_ASKERS,
                                                         QUARTIERS974_GROUPS, QUARTIERS974_TASKS)
from tests.handlers.questions_groups_eau39 import EAU39_AFTER_SETUP, EAU39_ASKERS, EAU39_GROUPS, EAU39_TASKS
from tests.handlers.questions_groups_tzcld07 import (TZCLD07_AFTER_SETUP, TZCLD07_ASKERS, TZCLD07_GROUPS,
                                                    TZCLD07_TASKS)
from tests.handlers.questions_groups_saison73 import (SAISON73_AFTER_SETUP, SAISON73_ASKERS, SAISON73_GROUPS,
                                                     SAISON73_TASKS)
from tests.handlers.questions_groups_spip86 import SPIP86_AFTER_SETUP, SPIP86_ASKERS, SPIP86_GROUPS, SPIP86_TASKS
from tests.handlers.questions_groups_crte52 import CRTE52_AFTER_SETUP, CRTE52_ASKERS, CRTE52_GROUPS, CRTE52_TASKS
from tests.handlers.questions_groups_eurodist67 import (EURODIST67_AFTER_SETUP, EURODIST67_ASKERS,
                                                       EURODIST67_GROUPS, EURODIST67_TASKS)
from tests.handlers.questions_groups_mda45 import MDA45_AFTER_SETUP, MDA45_ASKERS, MDA45_GROUPS, MDA45_TASKS
from tests.handlers.questions_groups_natura40 import (NATURA40_AFTER_SETUP, NATURA40_ASKERS, NATURA40_GROUPS,
                                                     NATURA40_TASKS)
from tests.handlers.questions_groups_cpts15 import (CPTS15_AFTER_SETUP, CPTS15_ASKERS, CPTS15_GROUPS,
                                                   CPTS15_TASKS)
from tests.handlers.questions_groups_css38 import CSS38_AFTER_SETUP, CSS38_ASKERS, CSS38_GROUPS, CSS38_TASKS
from tests.handlers.questions_groups_evreux27 import (EVREUX27_AFTER_SETUP, EVREUX27_ASKERS,
                                                     EVREUX27_GROUPS, EVREUX27_TASKS)
from tests.handlers.questions_groups_npnru13 import NPNRU13_AFTER_SETUP, NPNRU13_ASKERS, NPNRU13_GROUPS, NPNRU13_TASKS
from tests.handlers.questions_groups_psad57 import PSAD57_AFTER_SETUP, PSAD57_ASKERS, PSAD57_GROUPS, PSAD57_TASKS
from tests.handlers.questions_groups_cdu29 import CDU29_AFTER_SETUP, CDU29_ASKERS, CDU29_GROUPS, CDU29_TASKS
from tests.handlers.questions_groups_college93 import (COLLEGE93_AFTER_SETUP, COLLEGE93_ASKERS,
                                                      COLLEGE93_GROUPS, COLLEGE93_TASKS)
from tests.handlers.questions_groups_integne26 import (INTEGNE26_AFTER_SETUP, INTEGNE26_ASKERS,
                                                      INTEGNE26_GROUPS, INTEGNE26_TASKS)
from tests.handlers.questions_groups_pasto65 import PASTO65_AFTER_SETUP, PASTO65_ASKERS, PASTO65_GROUPS, PASTO65_TASKS
from tests.handlers.questions_groups_oms85 import OMS85_AFTER_SETUP, OMS85_ASKERS, OMS85_GROUPS, OMS85_TASKS
from tests.handlers.questions_groups_fsl86 import FSL86_AFTER_SETUP, FSL86_ASKERS, FSL86_GROUPS, FSL86_TASKS
from tests.handlers.questions_groups_ccspl42 import (CCSPL42_AFTER_SETUP, CCSPL42_ASKERS, CCSPL42_GROUPS,
                                                    CCSPL42_TASKS)
from tests.handlers.questions_groups_cccilux import (CCCILUX_AFTER_SETUP, CCCILUX_ASKERS,
                                                    CCCILUX_GROUPS, CCCILUX_TASKS)
from tests.handlers.questions_groups_spv71 import SPV71_AFTER_SETUP, SPV71_ASKERS, SPV71_GROUPS, SPV71_TASKS
from tests.handlers.questions_groups_terril62 import (TERRIL62_AFTER_SETUP, TERRIL62_ASKERS, TERRIL62_GROUPS,
                                                   TERRIL62_TASKS)
from tests.handlers.questions_groups_faj33 import FAJ33_AFTER_SETUP, FAJ33_ASKERS, FAJ33_GROUPS, FAJ33_TASKS
from tests.handlers.questions_groups_transco12 import (TRANSCO12_AFTER_SETUP, TRANSCO12_ASKERS, TRANSCO12_GROUPS,
                                                       TRANSCO12_TASKS)
from tests.handlers.questions_groups_cvs56 import CVS56_AFTER_SETUP, CVS56_ASKERS, CVS56_GROUPS, CVS56_TASKS
from tests.handlers.questions_groups_abc07 import ABC07_AFTER_SETUP, ABC07_ASKERS, ABC07_GROUPS, ABC07_TASKS
from tests.handlers.questions_groups_ligne21 import LIGNE21_AFTER_SETUP, LIGNE21_ASKERS, LIGNE21_GROUPS, LIGNE21_TASKS
from tests.handlers.questions_groups_clspd30 import CLSPD30_AFTER_SETUP, CLSPD30_ASKERS, CLSPD30_GROUPS, CLSPD30_TASKS
from tests.handlers.questions_groups_geiq38 import GEIQ38_AFTER_SETUP, GEIQ38_ASKERS, GEIQ38_GROUPS, GEIQ38_TASKS
from tests.handlers.questions_groups_pdi971 import PDI971_AFTER_SETUP, PDI971_ASKERS, PDI971_GROUPS, PDI971_TASKS
from tests.handlers.questions_groups_otluberon84 import (OTLUBERON84_AFTER_SETUP, OTLUBERON84_ASKERS, OTLUBERON84_GROUPS,
                                                      OTLUBERON84_TASKS)
from tests.handlers.questions_groups_caleol72 import (CALEOL72_AFTER_SETUP, CALEOL72_ASKERS,
                                                     CALEOL72_GROUPS, CALEOL72_TASKS)
from tests.handlers.questions_groups_gdv51 import (GDV51_AFTER_SETUP, GDV51_ASKERS, GDV51_GROUPS,
                                                  GDV51_TASKS)
from tests.handlers.questions_groups_regie59 import (REGIE59_AFTER_SETUP, REGIE59_ASKERS, REGIE59_GROUPS,
                                                    REGIE59_TASKS)
from tests.handlers.questions_groups_clsm69 import (CLSM69_AFTER_SETUP, CLSM69_ASKERS, CLSM69_GROUPS,
                                                   CLSM69_TASKS)
from tests.handlers.questions_groups_citeduc93 import (CITEDUC93_AFTER_SETUP, CITEDUC93_ASKERS,
                                                      CITEDUC93_GROUPS, CITEDUC93_TASKS)
from tests.handlers.questions_groups_ccid80 import CCID80_AFTER_SETUP, CCID80_ASKERS, CCID80_GROUPS, CCID80_TASKS
from tests.handlers.questions_groups_sundgau68 import (SUNDGAU68_AFTER_SETUP, SUNDGAU68_ASKERS, SUNDGAU68_GROUPS,
                                                     SUNDGAU68_TASKS)
from tests.handlers.questions_groups_sivom15 import SIVOM15_AFTER_SETUP, SIVOM15_ASKERS, SIVOM15_GROUPS, SIVOM15_TASKS
from tests.handlers.questions_groups_gier42 import GIER42_AFTER_SETUP, GIER42_ASKERS, GIER42_GROUPS, GIER42_TASKS
from tests.handlers.questions_groups_mjc35 import MJC35_AFTER_SETUP, MJC35_ASKERS, MJC35_GROUPS, MJC35_TASKS
from tests.handlers.questions_groups_forum45 import FORUM45_AFTER_SETUP, FORUM45_ASKERS, FORUM45_GROUPS, FORUM45_TASKS
from tests.handlers.questions_groups_copro93 import COPRO93_AFTER_SETUP, COPRO93_ASKERS, COPRO93_GROUPS, COPRO93_TASKS
from tests.handlers.questions_groups_fablab94 import (FABLAB94_AFTER_SETUP, FABLAB94_ASKERS, FABLAB94_GROUPS,
                                                     FABLAB94_TASKS)
from tests.handlers.questions_groups_clspd91 import (CLSPD91_AFTER_SETUP, CLSPD91_ASKERS, CLSPD91_GROUPS,
                                                    CLSPD91_TASKS)
from tests.handlers.questions_groups_sage25 import SAGE25_AFTER_SETUP, SAGE25_ASKERS, SAGE25_GROUPS, SAGE25_TASKS
from tests.handlers.questions_groups_ajevd import AJEVD_AFTER_SETUP, AJEVD_ASKERS, AJEVD_GROUPS, AJEVD_TASKS
from tests.handlers.questions_groups_ecole45 import ECOLE45_AFTER_SETUP, ECOLE45_ASKERS, ECOLE45_GROUPS, ECOLE45_TASKS
from tests.handlers.questions_groups_sivu38 import SIVU38_AFTER_SETUP, SIVU38_ASKERS, SIVU38_GROUPS, SIVU38_TASKS
from tests.handlers.questions_groups_centresocial72 import (CENTRESOCIAL72_AFTER_SETUP, CENTRESOCIAL72_ASKERS,
                                                           CENTRESOCIAL72_GROUPS, CENTRESOCIAL72_TASKS)
from tests.handlers.questions_groups_cqdbxl import CQDBXL_AFTER_SETUP, CQDBXL_ASKERS, CQDBXL_GROUPS, CQDBXL_TASKS
from tests.handlers.questions_groups_ccjvd import CCJVD_AFTER_SETUP, CCJVD_ASKERS, CCJVD_GROUPS, CCJVD_TASKS
from tests.helpers import COORDINATOR, Chat, group_config, make_chat

__all__ = ["GROUPS", "NOW", "build_group", "invented_group"]

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=PARIS)

NETWORK_MEMBERS = (
    ("Nathalie Lefèvre", "Conseil départemental des Hauts-de-Seine", "Vice-présidente chargée des solidarités"),
    ("Karim Benali", "Ville de Nanterre", "Adjoint au maire chargé de l'emploi"),
    ("Sophie Garnier", "AMD 92", "Présidente de l'association, maire de Sceaux"),
    ("Olivier Marchetti", "Ville de Boulogne-Billancourt", "Directeur général des services"),
    ("Amandine Roussel", "Paris Ouest La Défense (POLD)", "Chargée de mission développement économique"),
    ("Jean-Baptiste Okafor", "Ville de Gennevilliers", "Conseiller municipal délégué à la jeunesse"),
    ("Hélène Vasseur", "Ville de Montrouge", "Directrice du CCAS"),
    ("Thomas Petit", "France Travail", "Conseiller entreprises"),
    ("Claire Dumont", "Préfecture des Hauts-de-Seine", "Sous-préfète chargée de la politique de la ville"),
    ("Mehdi Haddad", "AMD 92", "Trésorier, adjoint au maire de Clamart"),
    ("Isabelle Moreau", "Ville de Rueil-Malmaison", "Secrétaire générale"),
    ("Lucas Fontaine", "Conseil départemental des Hauts-de-Seine", "Chef du service insertion"),
    ("Camille Leroy", "Région Île-de-France", "Chargée de mission territoires"),
    ("Paul Dumont", "Ville de Colombes", "Adjoint au maire, coordinateur du réseau"),
    ("Fatou Diallo", "Emmaüs Connect", "Responsable de l'inclusion numérique"),
    ("Élise Charpentier", "Ville d'Issy-les-Moulineaux", "Directrice de la communication"),
)

NETWORK_MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 16:00", "Mairie de Nanterre, salle du conseil", ()),
    ("2026-10-20 09:30", "2026-10-20 12:00", "Mairie de Sceaux, salle des mariages", ()),
    ("2026-11-17 14:00", "2026-11-17 16:30", "Maison de l'emploi de Gennevilliers", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Hôtel de ville de Boulogne-Billancourt",
     ("Bilan du forum de l'emploi", "Plan vélo intercommunal", "Budget 2027 du réseau")),
    ("2027-01-19 09:30", "2027-01-19 11:30", "Visioconférence", ()),
    ("2027-03-16 14:00", "2027-03-16 16:00", "Mairie de Montrouge", ("Rapport annuel",)),
)

NETWORK_DEADLINES = (
    ("2026-12-04", "Envoi des contributions au rapport annuel"),
    ("2026-12-15", "Dépôt des candidatures à l'appel à projets économie sociale et solidaire"),
    ("2027-01-10", "Réponse au questionnaire sur la mobilité"),
    ("2027-01-31", "Validation du budget 2027 du réseau"),
    ("2027-02-12", "Forum intercommunal de l'emploi à Colombes"),
)

NETWORK_DECISIONS = (
    ("2026-09-15", 1, "Le réseau adopte sa charte de fonctionnement."),
    ("2026-09-15", 1, "Les réunions ont lieu à tour de rôle dans les communes membres."),
    ("2026-10-20", 2, "Une subvention de 15 000 € est demandée au Département pour le forum de l'emploi."),
    ("2026-10-20", 2, "Le groupe soutient un schéma intercommunal de pistes cyclables."),
    ("2026-11-17", 3, "La lettre d'information du réseau paraîtra chaque trimestre."),
    ("2026-11-17", 3, "Les communes mutualisent l'achat de produits bio pour les cantines scolaires."),
    ("2026-11-17", 3, "Le rapport annuel sera présenté à la séance de décembre."),
)


TASK_FORCE_MEMBERS = (
    ("Rachid Bensalem", "Conseil départemental de la Seine-Saint-Denis", "Directeur de l'emploi et de l'insertion"),
    ("Aurélie Ngo", "Plaine Commune", "Vice-présidente déléguée à l'économie sociale et solidaire"),
    ("Vincent Carrasco", "Est Ensemble", "Chargé de mission emploi"),
    ("Mariam Touré", "Ville de Saint-Denis", "Adjointe à la maire chargée de la jeunesse"),
    ("Julien Lemaire", "Mission locale de Bobigny", "Directeur"),
    ("Sandrine Kowalski", "France Travail", "Responsable d'agence à Aubervilliers"),
    ("Ousmane Diarra", "CCI Seine-Saint-Denis", "Conseiller création d'entreprise"),
    ("Laure Vidal", "Préfecture de la Seine-Saint-Denis", "Déléguée du préfet, quartiers prioritaires"),
    ("Nicolas Perrin", "Ville de Montreuil", "Élu délégué à l'insertion, animateur de la task force"),
    ("Agnès Moulin", "Association Aurore", "Cheffe de service insertion"),
    ("Bruno Castel", "Ville de Pantin", "Secrétaire général"),
    ("Inès Haddou", "Région Île-de-France", "Chargée de mission formation"),
)

TASK_FORCE_MEETINGS = (
    ("2026-10-06 09:30", "2026-10-06 12:00", "Mairie de Saint-Denis, salle des fêtes", ()),
    ("2026-11-03 14:00", "2026-11-03 16:00", "Hôtel du Département, Bobigny", ()),
    ("2026-12-08 09:30", "2026-12-08 12:00", "Maison de l'emploi de Pantin",
     ("Bilan des clauses d'insertion", "Forum des métiers de janvier", "Calendrier 2027")),
    ("2027-02-02 14:00", "2027-02-02 16:00", "Mairie de Montreuil", ("Budget de la task force",)),
)

TASK_FORCE_DEADLINES = (
    ("2026-12-11", "Retour des fiches de poste pour le forum des métiers"),
    ("2026-12-18", "Envoi du bilan des clauses d'insertion à la préfecture"),
    ("2027-01-21", "Forum des métiers à Bobigny"),
    ("2027-03-01", "Candidatures au fonds départemental d'insertion"),
)

TASK_FORCE_DECISIONS = (
    ("2026-10-06", 1, "La task force se réunit le premier mardi de chaque mois."),
    ("2026-10-06", 1, "Les clauses d'insertion des marchés publics sont suivies dans un tableau commun."),
    ("2026-11-03", 2, "Un forum des métiers est organisé en janvier à Bobigny."),
    ("2026-11-03", 2, "Le Département finance deux postes de médiateurs emploi."),
    ("2026-11-03", 2, "Les jeunes suivis par la mission locale sont prioritaires pour les stages."),
)

FOOD_MEMBERS = (
    ("Margaux Fayolle", "Métropole de Lyon", "Vice-présidente à l'alimentation"),
    ("Thierry Bonnard", "Ville de Villeurbanne", "Adjoint au maire délégué à la restauration scolaire"),
    ("Léonie Chabert", "Chambre d'agriculture du Rhône", "Conseillère circuits courts"),
    ("Yacine Belkacem", "Banque alimentaire du Rhône", "Directeur"),
    ("Pauline Girard", "ADEME Auvergne-Rhône-Alpes", "Chargée de mission gaspillage alimentaire"),
    ("Hugo Mercier", "Ville de Vénissieux", "Chef de projet agriculture urbaine"),
    ("Corinne Lamotte", "Réseau Cocagne", "Animatrice régionale"),
    ("Samuel Nguyen", "DRAAF Auvergne-Rhône-Alpes", "Référent projets alimentaires territoriaux"),
    ("Anaïs Perret", "Métropole de Lyon", "Coordinatrice du projet alimentaire territorial"),
    ("Gilles Roche", "Ville de Givors", "Maire adjoint à la transition écologique"),
)

FOOD_MEETINGS = (
    ("2026-10-13 14:00", "2026-10-13 16:30", "Hôtel de la Métropole, Lyon", ()),
    ("2026-11-24 09:00", "2026-11-24 11:00", "Ferme urbaine de Vénissieux", ()),
    ("2026-12-15 14:00", "2026-12-15 16:30", "Mairie de Villeurbanne, salle Berthelot",
     ("Bilan des cantines bio", "Appel à projets jardins partagés", "Calendrier 2027")),
    ("2027-01-26 09:30", "2027-01-26 12:00", "Visioconférence", ("Stratégie anti-gaspillage",)),
)

FOOD_DEADLINES = (
    ("2026-12-09", "Retour des questionnaires aux cantines"),
    ("2026-12-20", "Dépôt des dossiers de l'appel à projets jardins partagés"),
    ("2027-01-15", "Rapport d'étape du projet alimentaire territorial"),
    ("2027-02-05", "Salon des circuits courts à Villeurbanne"),
)

FOOD_DECISIONS = (
    ("2026-10-13", 1, "Le collectif adopte la charte du projet alimentaire territorial."),
    ("2026-10-13", 1, "Les réunions alternent entre la Métropole et les communes."),
    ("2026-11-24", 2, "Un appel à projets finance dix jardins partagés en 2027."),
    ("2026-11-24", 2, "Les cantines visent 50 % de produits locaux d'ici 2028."),
    ("2026-11-24", 2, "La Banque alimentaire récupère les invendus des marchés de gros."),
)

HOUSING_MEMBERS = (
    ("Sylvie Chappuis", "Ville de Lausanne", "Cheffe du service du logement"),
    ("Daniel Jaquier", "Canton de Vaud (DGCS)", "Directeur adjoint de l'action sociale"),
    ("Nadia Ben Amor", "Fondation Mère Sofia", "Coordinatrice des hébergements d'urgence"),
    ("Pierre-Alain Gilliéron", "ASLOCA Vaud", "Président"),
    ("Rosa Ferreira", "Caritas Vaud", "Assistante sociale"),
    ("Marc-Henri Dubuis", "Ville de Renens", "Municipal en charge de la cohésion sociale"),
    ("Chloé Blanc", "Unisanté", "Médecin responsable de la santé des personnes précaires"),
    ("Jonas Keller", "Pro Senectute Vaud", "Chargé de projets logement des aînés"),
    ("Élodie Cuendet", "HETSL", "Professeure, chercheuse associée"),
    ("Fabienne Morel", "Ville de Lausanne", "Secrétaire du groupe"),
)

HOUSING_MEETINGS = (
    ("2026-10-08 14:00", "2026-10-08 16:00", "Salle des commissions, Hôtel de Ville, Lausanne", ()),
    ("2026-11-12 09:00", "2026-11-12 11:00", "Maison de quartier de Renens", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Place de la Riponne 10, Lausanne",
     ("Hébergement d'urgence cet hiver", "Enquête sur les loyers", "Divers")),
    ("2027-01-21 09:00", "2027-01-21 11:00", "Visioconférence", ("Bilan de l'hiver",)),
)

HOUSING_DEADLINES = (
    ("2026-12-04", "Retour des chiffres de l'hébergement d'urgence"),
    ("2026-12-18", "Rapport au Conseil communal sur les logements vacants"),
    ("2027-01-08", "Réponse à la consultation cantonale sur la loi sur le logement"),
    ("2027-02-26", "Journée romande du logement à Yverdon"),
)

HOUSING_DECISIONS = (
    ("2026-10-08", 1, "Le groupe se réunit chaque mois, alternativement à Lausanne et à Renens."),
    ("2026-10-08", 1, "Une enquête sur les loyers abusifs est confiée à la HETSL."),
    ("2026-11-12", 2, "L'ouverture de 40 places d'hébergement d'urgence supplémentaires est demandée au Canton."),
    ("2026-11-12", 2, "Les associations partagent une liste commune de logements vacants."),
)


GROUPS = {
    **BROYE_GROUPS,
    **RISQUES972_GROUPS,
    **COHESION73_GROUPS,
    **MARAUDE76_GROUPS,
    **COURONNERIES86_GROUPS,
    **EPICERIE74_GROUPS,
    **EMPLOI1190_GROUPS,
    **PEDT79_GROUPS,
    **CLE57_GROUPS,
    **CFPPA72_GROUPS,
    **AULNAY93_GROUPS,
    **PRELAZ_GROUPS,
    **CDAD95_GROUPS,
    **CITEEDUC59_GROUPS,
    **CPASBXL_GROUPS,
    **SARINE_GROUPS,
    **CHAUXDEFONDS_GROUPS,
    **RENENS_GROUPS,
    **VILLEURBANNE_GROUPS,
    **GENEVOIS74_GROUPS,
    **CAEN14_GROUPS,
    **POITIERS86_GROUPS,
    **MOSSON34_GROUPS,
    **HERAULT34_GROUPS,
    **DUNKERQUE59_GROUPS,
    **REIMS51_GROUPS,
    **NAMUR_GROUPS,
    **BRIOCHIN22_GROUPS,
    **BESANCON25_GROUPS,
    **NAMUR26_GROUPS,
    **CASTRES81_GROUPS,
    **MANTOIS78_GROUPS,
    "reseau92": (NETWORK_MEMBERS, NETWORK_MEETINGS, NETWORK_DEADLINES, NETWORK_DECISIONS, "Paul Dumont"),
    "emploi93": (TASK_FORCE_MEMBERS, TASK_FORCE_MEETINGS, TASK_FORCE_DEADLINES, TASK_FORCE_DECISIONS, "Nicolas Perrin"),
    "alimentation69": (FOOD_MEMBERS, FOOD_MEETINGS, FOOD_DEADLINES, FOOD_DECISIONS, "Anaïs Perret"),
    "logement-vd": (HOUSING_MEMBERS, HOUSING_MEETINGS, HOUSING_DEADLINES, HOUSING_DECISIONS, "Fabienne Morel"),
    **EMPLOYMENT_GROUPS,
    **TERRITORY_GROUPS,
    **WALLONIA_GROUPS,
    **HOUSING_COMMITTEE_GROUPS,
    **CITY_GROUPS,
    **SENIORS_GROUPS,
    **FRIBOURG_GROUPS,
    **STRASBOURG_GROUPS,
    **TOULOUSE_GROUPS,
    **NANTES_GROUPS,
    **FOODAID_GROUPS,
    **BORDEAUX_GROUPS,
    **MONTREUIL_GROUPS,
    **LILLE_GROUPS,
    **GRENOBLE_GROUPS,
    **DROME_GROUPS,
    **LIEGE_GROUPS,
    **MARSEILLE_GROUPS,
    **DIGITAL59_GROUPS,
    **NEUCHATEL_GROUPS,
    **ECOSOC_LG_GROUPS,
    **BASQUE_GROUPS,
    **VERNIER_GROUPS,
    **SOMME_GROUPS,
    **MOBILITE29_GROUPS,
    **FINISTERE_GROUPS,
    **VOSGES_GROUPS,
    **HAUTELOIRE_GROUPS,
    **MEDIATION_GROUPS,
    **SANTE_GROUPS,
    **PASDECALAIS_GROUPS,
    **VALAIS_GROUPS,
    **VALDEMARNE_GROUPS,
    **CREUSE_GROUPS,
    **MOSELLE_GROUPS,
    **SERVICES23_GROUPS,
    **MULHOUSE_GROUPS,
    **CORSE_GROUPS,
    **BUDGET38_GROUPS,
    **JEUNESSE44_GROUPS,
    **CULTURE13_GROUPS,
    **JURASUISSE_GROUPS,
    **RURALITE12_GROUPS,
    **INSERTION59_GROUPS,
    **HABITAT35_GROUPS,
    **EMPLOI95_GROUPS,
    **ONEXGE_GROUPS,
    **PAT63_GROUPS,
    **NYON_GROUPS,
    **CLSM42_GROUPS,
    **COPIL77_GROUPS,
    **SANTE31_GROUPS,
    **INSERTION49_GROUPS,
    **VILLE69_GROUPS,
    **VAUDSOCIAL_GROUPS,
    **BIENNE_GROUPS,
    **SOLIDARITE67_GROUPS,
    **SANTE974_GROUPS,
    **RIVIERA_GROUPS,
    **AGRI24_GROUPS,
    **ESS56_GROUPS,
    **YVERDON_GROUPS,
    **VAULX69_GROUPS,
    **PAUVRETE66_GROUPS,
    **JEUNESMAJEURS31_GROUPS,
    **PLIELENS62_GROUPS,
    **CISPD91_GROUPS,
    **CODEV37_GROUPS,
    **CHARLEROI_GROUPS,
    **RIVEDROITE_GROUPS,
    **CCAS71_GROUPS,
    **SMS06_GROUPS,
    **CULTURE87_GROUPS,
    **MOBILITE46_GROUPS,
}


# The tasks of the groups that have some, one module per line (merges add lines).
TASKS = {
    **BROYE_TASKS,
    **RISQUES972_TASKS,
    **COHESION73_TASKS,
    **MARAUDE76_TASKS,
    **COURONNERIES86_TASKS,
    **CLE57_TASKS,
    **CFPPA72_TASKS,
    **EPICERIE74_TASKS,
    **CHAUXDEFONDS_TASKS,
    **RENENS_TASKS,
    **VILLEURBANNE_TASKS,
    **GENEVOIS74_TASKS,
    **CAEN14_TASKS,
    **POITIERS86_TASKS,
    **MOSSON34_TASKS,
    **HERAULT34_TASKS,
    **DUNKERQUE59_TASKS,
    **REIMS51_TASKS,
    **NAMUR_TASKS,
    **BRIOCHIN22_TASKS,
    **BESANCON25_TASKS,
    **NAMUR26_TASKS,
    **GROUP_TASKS,
    **TERRITORY_TASKS,
    **WALLONIA_TASKS,
    **HOUSING_COMMITTEE_TASKS,
    **CITY_TASKS,
    **SENIORS_TASKS,
    **FRIBOURG_TASKS,
    **STRASBOURG_TASKS,
    **TOULOUSE_TASKS,
    **NANTES_TASKS,
    **FOODAID_TASKS,
    **BORDEAUX_TASKS,
    **MONTREUIL_TASKS,
    **LILLE_TASKS,
    **GRENOBLE_TASKS,
    **DROME_TASKS,
    **LIEGE_TASKS,
    **MARSEILLE_TASKS,
    **DIGITAL59_TASKS,
    **NEUCHATEL_TASKS,
    **BASQUE_TASKS,
    **VERNIER_TASKS,
    **SOMME_TASKS,
    **MOBILITE29_TASKS,
    **FINISTERE_TASKS,
    **HAUTELOIRE_TASKS,
    **MEDIATION_TASKS,
    **SANTE_TASKS,
    **PASDECALAIS_TASKS,
    **VALAIS_TASKS,
    **VALDEMARNE_TASKS,
    **CREUSE_TASKS,
    **CORSE_TASKS,
    **SERVICES23_TASKS,
    **MULHOUSE_TASKS,
    **BUDGET38_TASKS,
    **JEUNESSE44_TASKS,
    **JURASUISSE_TASKS,
    **RURALITE12_TASKS,
    **INSERTION59_TASKS,
    **HABITAT35_TASKS,
    **EMPLOI95_TASKS,
    **ONEXGE_TASKS,
    **PAT63_TASKS,
    **NYON_TASKS,
    **CLSM42_TASKS,
    **COPIL77_TASKS,
    **SANTE31_TASKS,
    **VILLE69_TASKS,
    **VAUDSOCIAL_TASKS,
    **BIENNE_TASKS,
    **SOLIDARITE67_TASKS,
    **SANTE974_TASKS,
    **RIVIERA_TASKS,
    **AGRI24_TASKS,
    **ESS56_TASKS,
    **YVERDON_TASKS,
    **VAULX69_TASKS,
    **PAUVRETE66_TASKS,
    **JEUNESMAJEURS31_TASKS,
    **CISPD91_TASKS,
    **CODEV37_TASKS,
    **CHARLEROI_TASKS,
    **RIVEDROITE_TASKS,
    **SMS06_TASKS,
    **CULTURE87_TASKS,
    **MOBILITE46_TASKS,
    **CASTRES81_TASKS,
    **MANTOIS78_TASKS,
    **CPASBXL_TASKS,
}

# The member the test chats' sender (COORDINATOR on Telegram) is linked to, in
# the groups that have one: there « je » names a member.
ASKERS = {**AGRI24_ASKERS, **CLE57_ASKERS, **BESANCON25_ASKERS, **BIENNE_ASKERS, **BRIOCHIN22_ASKERS, **BROYE_ASKERS,
          **CAEN14_ASKERS, **CASTRES81_ASKERS, **CCAS71_ASKERS, **CHARLEROI_ASKERS, **CHAUXDEFONDS_ASKERS,
          **CLSM42_ASKERS, **CODEV37_ASKERS, **COHESION73_ASKERS, **COPIL77_ASKERS, **COURONNERIES86_ASKERS,
          **CULTURE87_ASKERS, **DUNKERQUE59_ASKERS, **EMPLOI1190_ASKERS, **EMPLOI95_ASKERS, **EPICERIE74_ASKERS,
          **ESS56_ASKERS, **GENEVOIS74_ASKERS, **HABITAT35_ASKERS, **HERAULT34_ASKERS, **INSERTION49_ASKERS,
          **MANTOIS78_ASKERS, **MARAUDE76_ASKERS, **MOBILITE29_ASKERS, **MOBILITE46_ASKERS, **MOSSON34_ASKERS,
          **NAMUR26_ASKERS, **NAMUR_ASKERS, **NYON_ASKERS, **ONEXGE_ASKERS, **PAT63_ASKERS, **PEDT79_ASKERS,
          **POITIERS86_ASKERS, **REIMS51_ASKERS, **RENENS_ASKERS, **RISQUES972_ASKERS, **RIVEDROITE_ASKERS,
          **RURALITE12_ASKERS, **SMS06_ASKERS, **SOLIDARITE67_ASKERS, **SOMME_ASKERS, **VILLE69_ASKERS,
          **VILLEURBANNE_ASKERS, **YVERDON_ASKERS}
# The thirteenth round's groups, one per line so that merges only add lines.
ASKERS |= AULNAY93_ASKERS
ASKERS |= CFPPA72_ASKERS
ASKERS |= VAULX69_ASKERS
ASKERS |= PAUVRETE66_ASKERS
ASKERS |= PRELAZ_ASKERS
ASKERS |= CDAD95_ASKERS
ASKERS |= CITEEDUC59_ASKERS
ASKERS |= CPASBXL_ASKERS
ASKERS |= SARINE_ASKERS
ASKERS |= JEUNESMAJEURS31_ASKERS
ASKERS |= CISPD91_ASKERS
# The fourteenth round's groups: registered whole, one line each, so that merges only add lines.
GROUPS |= TZCLD58_GROUPS
TASKS |= TZCLD58_TASKS
ASKERS |= TZCLD58_ASKERS
# The fifteenth round's groups.
GROUPS |= PREBOBIGNY_GROUPS
ASKERS |= PREBOBIGNY_ASKERS
# What coordinators and members typed once the group was set up (attendance, announcements), per group.
AFTER_SETUP = {
    **BROYE_AFTER_SETUP,
    **COURONNERIES86_AFTER_SETUP,
    **EMPLOI1190_AFTER_SETUP,
    **PEDT79_AFTER_SETUP,
    **AULNAY93_AFTER_SETUP,
    **PRELAZ_AFTER_SETUP,
    **CDAD95_AFTER_SETUP,
    **CITEEDUC59_AFTER_SETUP,
    **CHAUXDEFONDS_AFTER_SETUP,
    **CASTRES81_AFTER_SETUP,
    **MANTOIS78_AFTER_SETUP,
    **RENENS_AFTER_SETUP,
    **GENEVOIS74_AFTER_SETUP,
    **REIMS51_AFTER_SETUP,
    **NAMUR_AFTER_SETUP,
    **BRIOCHIN22_AFTER_SETUP,
    **BESANCON25_AFTER_SETUP,
    **NAMUR26_AFTER_SETUP,
    **MOSELLE_AFTER_SETUP,
    **CULTURE13_AFTER_SETUP,
    **JURASUISSE_AFTER_SETUP,
    **RURALITE12_AFTER_SETUP,
    **ONEXGE_AFTER_SETUP,
    **NYON_AFTER_SETUP,
    **CLSM42_AFTER_SETUP,
    **COPIL77_AFTER_SETUP,
    **INSERTION49_AFTER_SETUP,
    **VILLE69_AFTER_SETUP,
    **BIENNE_AFTER_SETUP,
    **CCAS71_AFTER_SETUP,
    **CULTURE87_AFTER_SETUP,
    **MOBILITE46_AFTER_SETUP,
}
# The fifteenth round's groups, one line each.
GROUPS |= PECHABLAIS_GROUPS
ASKERS |= PECHABLAIS_ASKERS
AFTER_SETUP |= PECHABLAIS_AFTER_SETUP
GROUPS |= CTG26_GROUPS
TASKS |= CTG26_TASKS
ASKERS |= CTG26_ASKERS
GROUPS |= ATLTOURNAI_GROUPS
ASKERS |= ATLTOURNAI_ASKERS
AFTER_SETUP |= ATLTOURNAI_AFTER_SETUP
AFTER_SETUP |= PREBOBIGNY_AFTER_SETUP
GROUPS |= CLEA16_GROUPS
TASKS |= CLEA16_TASKS
ASKERS |= CLEA16_ASKERS
# The sixteenth round's groups.
GROUPS |= CIL76_GROUPS
TASKS |= CIL76_TASKS
ASKERS |= CIL76_ASKERS
GROUPS |= EAJESN44_GROUPS
TASKS |= EAJESN44_TASKS
ASKERS |= EAJESN44_ASKERS
GROUPS |= JEUNESVD_GROUPS
TASKS |= JEUNESVD_TASKS
ASKERS |= JEUNESVD_ASKERS
GROUPS |= CLDR_GROUPS
TASKS |= CLDR_TASKS
ASKERS |= CLDR_ASKERS
GROUPS |= CTAI_GROUPS
TASKS |= CTAI_TASKS
ASKERS |= CTAI_ASKERS
GROUPS |= REDON_GROUPS
TASKS |= REDON_TASKS
ASKERS |= REDON_ASKERS
GROUPS |= MORLAIX_GROUPS
TASKS |= MORLAIX_TASKS
ASKERS |= MORLAIX_ASKERS
AFTER_SETUP |= MORLAIX_AFTER_SETUP
GROUPS |= SIERRE_GROUPS
TASKS |= SIERRE_TASKS
ASKERS |= SIERRE_ASKERS
AFTER_SETUP |= SIERRE_AFTER_SETUP
GROUPS |= PAT_GROUPS
TASKS |= PAT_TASKS
ASKERS |= PAT_ASKERS
AFTER_SETUP |= PAT_AFTER_SETUP
GROUPS |= CLLAJ_GROUPS
TASKS |= CLLAJ_TASKS
ASKERS |= CLLAJ_ASKERS
AFTER_SETUP |= CLLAJ_AFTER_SETUP
GROUPS |= LOZERE_GROUPS
TASKS |= LOZERE_TASKS
ASKERS |= LOZERE_ASKERS
AFTER_SETUP |= LOZERE_AFTER_SETUP
GROUPS |= NOYON60_GROUPS
TASKS |= NOYON60_TASKS
ASKERS |= NOYON60_ASKERS
AFTER_SETUP |= NOYON60_AFTER_SETUP
GROUPS |= PEDT44_GROUPS
TASKS |= PEDT44_TASKS
ASKERS |= PEDT44_ASKERS
GROUPS |= PCAET34_GROUPS
TASKS |= PCAET34_TASKS
ASKERS |= PCAET34_ASKERS
GROUPS |= CODEV64_GROUPS
TASKS |= CODEV64_TASKS
ASKERS |= CODEV64_ASKERS
GROUPS |= PCSVERVIERS_GROUPS
TASKS |= PCSVERVIERS_TASKS
ASKERS |= PCSVERVIERS_ASKERS
GROUPS |= SCHOENBERG_GROUPS
TASKS |= SCHOENBERG_TASKS
ASKERS |= SCHOENBERG_ASKERS
GROUPS |= CSXLORIENT_GROUPS
ASKERS |= CSXLORIENT_ASKERS
AFTER_SETUP |= CSXLORIENT_AFTER_SETUP
GROUPS |= LANGRES52_GROUPS
TASKS |= LANGRES52_TASKS
ASKERS |= LANGRES52_ASKERS
AFTER_SETUP |= LANGRES52_AFTER_SETUP
GROUPS |= LEADERMORLAIX_GROUPS
TASKS |= LEADERMORLAIX_TASKS
ASKERS |= LEADERMORLAIX_ASKERS
GROUPS |= CLE24_GROUPS
ASKERS |= CLE24_ASKERS
AFTER_SETUP |= CLE24_AFTER_SETUP
GROUPS |= CDVCREIL60_GROUPS
TASKS |= CDVCREIL60_TASKS
ASKERS |= CDVCREIL60_ASKERS
GROUPS |= COMMINGES31_GROUPS
ASKERS |= COMMINGES31_ASKERS
AFTER_SETUP |= COMMINGES31_AFTER_SETUP
GROUPS |= CLSBRAY_GROUPS
TASKS |= CLSBRAY_TASKS
ASKERS |= CLSBRAY_ASKERS
AFTER_SETUP |= CLSBRAY_AFTER_SETUP
GROUPS |= PACTE30_GROUPS
TASKS |= PACTE30_TASKS
ASKERS |= PACTE30_ASKERS
GROUPS |= SPORTMARCHE_GROUPS
TASKS |= SPORTMARCHE_TASKS
ASKERS |= SPORTMARCHE_ASKERS
GROUPS |= ODPE47_GROUPS
TASKS |= ODPE47_TASKS
ASKERS |= ODPE47_ASKERS
GROUPS |= GDV47_GROUPS
TASKS |= GDV47_TASKS
ASKERS |= GDV47_ASKERS
AFTER_SETUP |= GDV47_AFTER_SETUP
GROUPS |= AIDANTS88_GROUPS
TASKS |= AIDANTS88_TASKS
ASKERS |= AIDANTS88_ASKERS
AFTER_SETUP |= AIDANTS88_AFTER_SETUP
GROUPS |= PRE18_GROUPS
TASKS |= PRE18_TASKS
ASKERS |= PRE18_ASKERS
AFTER_SETUP |= PRE18_AFTER_SETUP
GROUPS |= PVD15_GROUPS
TASKS |= PVD15_TASKS
ASKERS |= PVD15_ASKERS
AFTER_SETUP |= PVD15_AFTER_SETUP
GROUPS |= CITEEDU93_GROUPS
TASKS |= CITEEDU93_TASKS
ASKERS |= CITEEDU93_ASKERS
AFTER_SETUP |= CITEEDU93_AFTER_SETUP
GROUPS |= INCUBNA_GROUPS
TASKS |= INCUBNA_TASKS
ASKERS |= INCUBNA_ASKERS
AFTER_SETUP |= INCUBNA_AFTER_SETUP
GROUPS |= GERONTO71_GROUPS
TASKS |= GERONTO71_TASKS
ASKERS |= GERONTO71_ASKERS
AFTER_SETUP |= GERONTO71_AFTER_SETUP
GROUPS |= CDAD86_GROUPS
TASKS |= CDAD86_TASKS
ASKERS |= CDAD86_ASKERS
AFTER_SETUP |= CDAD86_AFTER_SETUP
GROUPS |= VIF29_GROUPS
TASKS |= VIF29_TASKS
ASKERS |= VIF29_ASKERS
AFTER_SETUP |= VIF29_AFTER_SETUP
GROUPS |= MIDOUZE40_GROUPS
TASKS |= MIDOUZE40_TASKS
ASKERS |= MIDOUZE40_ASKERS
AFTER_SETUP |= MIDOUZE40_AFTER_SETUP
GROUPS |= VERNIER48_GROUPS
TASKS |= VERNIER48_TASKS
ASKERS |= VERNIER48_ASKERS
AFTER_SETUP |= VERNIER48_AFTER_SETUP
GROUPS |= AVRE47_GROUPS
TASKS |= AVRE47_TASKS
ASKERS |= AVRE47_ASKERS
AFTER_SETUP |= AVRE47_AFTER_SETUP
GROUPS |= VELO28_GROUPS
TASKS |= VELO28_TASKS
ASKERS |= VELO28_ASKERS
AFTER_SETUP |= VELO28_AFTER_SETUP
GROUPS |= CLESEVRE_GROUPS
TASKS |= CLESEVRE_TASKS
ASKERS |= CLESEVRE_ASKERS
AFTER_SETUP |= CLESEVRE_AFTER_SETUP
GROUPS |= ENERGIE54_GROUPS
TASKS |= ENERGIE54_TASKS
ASKERS |= ENERGIE54_ASKERS
AFTER_SETUP |= ENERGIE54_AFTER_SETUP
GROUPS |= GROSDEVAUD_GROUPS
TASKS |= GROSDEVAUD_TASKS
ASKERS |= GROSDEVAUD_ASKERS
AFTER_SETUP |= GROSDEVAUD_AFTER_SETUP
GROUPS |= INCLUSION17_GROUPS
TASKS |= INCLUSION17_TASKS
ASKERS |= INCLUSION17_ASKERS
AFTER_SETUP |= INCLUSION17_AFTER_SETUP
GROUPS |= FSGERS_GROUPS
TASKS |= FSGERS_TASKS
ASKERS |= FSGERS_ASKERS
AFTER_SETUP |= FSGERS_AFTER_SETUP
GROUPS |= ESTREUNION_GROUPS
TASKS |= ESTREUNION_TASKS
ASKERS |= ESTREUNION_ASKERS
AFTER_SETUP |= ESTREUNION_AFTER_SETUP
GROUPS |= FONDATION45_GROUPS
TASKS |= FONDATION45_TASKS
ASKERS |= FONDATION45_ASKERS
AFTER_SETUP |= FONDATION45_AFTER_SETUP
GROUPS |= CLSARDENNES08_GROUPS
TASKS |= CLSARDENNES08_TASKS
ASKERS |= CLSARDENNES08_ASKERS
AFTER_SETUP |= CLSARDENNES08_AFTER_SETUP
GROUPS |= TQROSEMONT_GROUPS
TASKS |= TQROSEMONT_TASKS
ASKERS |= TQROSEMONT_ASKERS
AFTER_SETUP |= TQROSEMONT_AFTER_SETUP
GROUPS |= ENFANCE41_GROUPS
TASKS |= ENFANCE41_TASKS
ASKERS |= ENFANCE41_ASKERS
AFTER_SETUP |= ENFANCE41_AFTER_SETUP
GROUPS |= PDALHPD21_GROUPS
TASKS |= PDALHPD21_TASKS
ASKERS |= PDALHPD21_ASKERS
AFTER_SETUP |= PDALHPD21_AFTER_SETUP
GROUPS |= CCOURCE10_GROUPS
TASKS |= CCOURCE10_TASKS
ASKERS |= CCOURCE10_ASKERS
AFTER_SETUP |= CCOURCE10_AFTER_SETUP
GROUPS |= CLSMTARBES_GROUPS
TASKS |= CLSMTARBES_TASKS
ASKERS |= CLSMTARBES_ASKERS
AFTER_SETUP |= CLSMTARBES_AFTER_SETUP
GROUPS |= CDIAE89_GROUPS
TASKS |= CDIAE89_TASKS
ASKERS |= CDIAE89_ASKERS
AFTER_SETUP |= CDIAE89_AFTER_SETUP
GROUPS |= ISP1340_GROUPS
TASKS |= ISP1340_TASKS
ASKERS |= ISP1340_ASKERS
AFTER_SETUP |= ISP1340_AFTER_SETUP
GROUPS |= USAGERS72_GROUPS
TASKS |= USAGERS72_TASKS
ASKERS |= USAGERS72_ASKERS
AFTER_SETUP |= USAGERS72_AFTER_SETUP
GROUPS |= LECTURE58_GROUPS
TASKS |= LECTURE58_TASKS
ASKERS |= LECTURE58_ASKERS
AFTER_SETUP |= LECTURE58_AFTER_SETUP
GROUPS |= BROCEL46_GROUPS
TASKS |= BROCEL46_TASKS
ASKERS |= BROCEL46_ASKERS
AFTER_SETUP |= BROCEL46_AFTER_SETUP
GROUPS |= AINES23_GROUPS
TASKS |= AINES23_TASKS
ASKERS |= AINES23_ASKERS
AFTER_SETUP |= AINES23_AFTER_SETUP
GROUPS |= QPV60_GROUPS
TASKS |= QPV60_TASKS
ASKERS |= QPV60_ASKERS
AFTER_SETUP |= QPV60_AFTER_SETUP
GROUPS |= PORT56_GROUPS
TASKS |= PORT56_TASKS
ASKERS |= PORT56_ASKERS
AFTER_SETUP |= PORT56_AFTER_SETUP
GROUPS |= OMS38_GROUPS
TASKS |= OMS38_TASKS
ASKERS |= OMS38_ASKERS
AFTER_SETUP |= OMS38_AFTER_SETUP
GROUPS |= SECMAIRIE39_GROUPS
TASKS |= SECMAIRIE39_TASKS
ASKERS |= SECMAIRIE39_ASKERS
AFTER_SETUP |= SECMAIRIE39_AFTER_SETUP
GROUPS |= CIA54_GROUPS
TASKS |= CIA54_TASKS
ASKERS |= CIA54_ASKERS
AFTER_SETUP |= CIA54_AFTER_SETUP
GROUPS |= CLSJURA39_GROUPS
TASKS |= CLSJURA39_TASKS
ASKERS |= CLSJURA39_ASKERS
AFTER_SETUP |= CLSJURA39_AFTER_SETUP
GROUPS |= DIASPORA95_GROUPS
TASKS |= DIASPORA95_TASKS
ASKERS |= DIASPORA95_ASKERS
AFTER_SETUP |= DIASPORA95_AFTER_SETUP
GROUPS |= PTCE69_GROUPS
TASKS |= PTCE69_TASKS
ASKERS |= PTCE69_ASKERS
AFTER_SETUP |= PTCE69_AFTER_SETUP
GROUPS |= CLI82_GROUPS
TASKS |= CLI82_TASKS
ASKERS |= CLI82_ASKERS
AFTER_SETUP |= CLI82_AFTER_SETUP
GROUPS |= NATURA65_GROUPS
TASKS |= NATURA65_TASKS
ASKERS |= NATURA65_ASKERS
AFTER_SETUP |= NATURA65_AFTER_SETUP
GROUPS |= EPISOL33_GROUPS
TASKS |= EPISOL33_TASKS
ASKERS |= EPISOL33_ASKERS
AFTER_SETUP |= EPISOL33_AFTER_SETUP
GROUPS |= CITEDUC59_GROUPS
TASKS |= CITEDUC59_TASKS
ASKERS |= CITEDUC59_ASKERS
AFTER_SETUP |= CITEDUC59_AFTER_SETUP
GROUPS |= CODEV29_GROUPS
TASKS |= CODEV29_TASKS
ASKERS |= CODEV29_ASKERS
AFTER_SETUP |= CODEV29_AFTER_SETUP
GROUPS |= CLSPD13_GROUPS
TASKS |= CLSPD13_TASKS
ASKERS |= CLSPD13_ASKERS
AFTER_SETUP |= CLSPD13_AFTER_SETUP
GROUPS |= PCAET26_GROUPS
TASKS |= PCAET26_TASKS
ASKERS |= PCAET26_ASKERS
AFTER_SETUP |= PCAET26_AFTER_SETUP
GROUPS |= FS15_GROUPS
TASKS |= FS15_TASKS
ASKERS |= FS15_ASKERS
AFTER_SETUP |= FS15_AFTER_SETUP
GROUPS |= CPTS44_GROUPS
TASKS |= CPTS44_TASKS
ASKERS |= CPTS44_ASKERS
AFTER_SETUP |= CPTS44_AFTER_SETUP
GROUPS |= FESTIVAL34_GROUPS
TASKS |= FESTIVAL34_TASKS
ASKERS |= FESTIVAL34_ASKERS
AFTER_SETUP |= FESTIVAL34_AFTER_SETUP
GROUPS |= COSOCVD_GROUPS
TASKS |= COSOCVD_TASKS
ASKERS |= COSOCVD_ASKERS
AFTER_SETUP |= COSOCVD_AFTER_SETUP
GROUPS |= CLEA07_GROUPS
GROUPS |= RECYCLERIE55_GROUPS
TASKS |= CLEA07_TASKS
TASKS |= RECYCLERIE55_TASKS
ASKERS |= CLEA07_ASKERS
ASKERS |= RECYCLERIE55_ASKERS
AFTER_SETUP |= CLEA07_AFTER_SETUP
GROUPS |= ACCESS80_GROUPS
TASKS |= ACCESS80_TASKS
ASKERS |= ACCESS80_ASKERS
AFTER_SETUP |= ACCESS80_AFTER_SETUP
GROUPS |= PDLHI83_GROUPS
TASKS |= PDLHI83_TASKS
ASKERS |= PDLHI83_ASKERS
AFTER_SETUP |= PDLHI83_AFTER_SETUP
GROUPS |= MSS63_GROUPS
TASKS |= MSS63_TASKS
ASKERS |= MSS63_ASKERS
AFTER_SETUP |= MSS63_AFTER_SETUP
GROUPS |= CMJ33_GROUPS
TASKS |= CMJ33_TASKS
ASKERS |= CMJ33_ASKERS
AFTER_SETUP |= CMJ33_AFTER_SETUP
GROUPS |= PAT46_GROUPS
TASKS |= PAT46_TASKS
ASKERS |= PAT46_ASKERS
AFTER_SETUP |= PAT46_AFTER_SETUP
AFTER_SETUP |= RECYCLERIE55_AFTER_SETUP
GROUPS |= JUMELAGE68_GROUPS
TASKS |= JUMELAGE68_TASKS
ASKERS |= JUMELAGE68_ASKERS
AFTER_SETUP |= JUMELAGE68_AFTER_SETUP
GROUPS |= VEILLE84_GROUPS
TASKS |= VEILLE84_TASKS
ASKERS |= VEILLE84_ASKERS
AFTER_SETUP |= VEILLE84_AFTER_SETUP
GROUPS |= CLI82B_GROUPS
TASKS |= CLI82B_TASKS
ASKERS |= CLI82B_ASKERS
AFTER_SETUP |= CLI82B_AFTER_SETUP
GROUPS |= EGALITE38_GROUPS
TASKS |= EGALITE38_TASKS
ASKERS |= EGALITE38_ASKERS
AFTER_SETUP |= EGALITE38_AFTER_SETUP
GROUPS |= CLSM05_GROUPS
TASKS |= CLSM05_TASKS
ASKERS |= CLSM05_ASKERS
AFTER_SETUP |= CLSM05_AFTER_SETUP
GROUPS |= CRUE62_GROUPS
TASKS |= CRUE62_TASKS
ASKERS |= CRUE62_ASKERS
AFTER_SETUP |= CRUE62_AFTER_SETUP
GROUPS |= CDU49_GROUPS
TASKS |= CDU49_TASKS
ASKERS |= CDU49_ASKERS
AFTER_SETUP |= CDU49_AFTER_SETUP
GROUPS |= PNRVERCORS_GROUPS
TASKS |= PNRVERCORS_TASKS
ASKERS |= PNRVERCORS_ASKERS
AFTER_SETUP |= PNRVERCORS_AFTER_SETUP
GROUPS |= CAMPUS63_GROUPS
TASKS |= CAMPUS63_TASKS
ASKERS |= CAMPUS63_ASKERS
AFTER_SETUP |= CAMPUS63_AFTER_SETUP
GROUPS |= PLIE59_GROUPS
TASKS |= PLIE59_TASKS
ASKERS |= PLIE59_ASKERS
AFTER_SETUP |= PLIE59_AFTER_SETUP
GROUPS |= QUARTIERS974_GROUPS
TASKS |= QUARTIERS974_TASKS
ASKERS |= QUARTIERS974_ASKERS
AFTER_SETUP |= QUARTIERS974_AFTER_SETUP
GROUPS |= EAU39_GROUPS
TASKS |= EAU39_TASKS
ASKERS |= EAU39_ASKERS
AFTER_SETUP |= EAU39_AFTER_SETUP
GROUPS |= TZCLD07_GROUPS
TASKS |= TZCLD07_TASKS
ASKERS |= TZCLD07_ASKERS
AFTER_SETUP |= TZCLD07_AFTER_SETUP
GROUPS |= SAISON73_GROUPS
TASKS |= SAISON73_TASKS
ASKERS |= SAISON73_ASKERS
AFTER_SETUP |= SAISON73_AFTER_SETUP
GROUPS |= SPIP86_GROUPS
TASKS |= SPIP86_TASKS
ASKERS |= SPIP86_ASKERS
AFTER_SETUP |= SPIP86_AFTER_SETUP
GROUPS |= CRTE52_GROUPS
TASKS |= CRTE52_TASKS
ASKERS |= CRTE52_ASKERS
AFTER_SETUP |= CRTE52_AFTER_SETUP
GROUPS |= EURODIST67_GROUPS
TASKS |= EURODIST67_TASKS
ASKERS |= EURODIST67_ASKERS
AFTER_SETUP |= EURODIST67_AFTER_SETUP
GROUPS |= MDA45_GROUPS
TASKS |= MDA45_TASKS
ASKERS |= MDA45_ASKERS
AFTER_SETUP |= MDA45_AFTER_SETUP
GROUPS |= NATURA40_GROUPS
TASKS |= NATURA40_TASKS
ASKERS |= NATURA40_ASKERS
AFTER_SETUP |= NATURA40_AFTER_SETUP
GROUPS |= CPTS15_GROUPS
TASKS |= CPTS15_TASKS
ASKERS |= CPTS15_ASKERS
AFTER_SETUP |= CPTS15_AFTER_SETUP
GROUPS |= CSS38_GROUPS
TASKS |= CSS38_TASKS
ASKERS |= CSS38_ASKERS
AFTER_SETUP |= CSS38_AFTER_SETUP
GROUPS |= EVREUX27_GROUPS
TASKS |= EVREUX27_TASKS
ASKERS |= EVREUX27_ASKERS
AFTER_SETUP |= EVREUX27_AFTER_SETUP
GROUPS |= NPNRU13_GROUPS
TASKS |= NPNRU13_TASKS
ASKERS |= NPNRU13_ASKERS
AFTER_SETUP |= NPNRU13_AFTER_SETUP
GROUPS |= PSAD57_GROUPS
TASKS |= PSAD57_TASKS
ASKERS |= PSAD57_ASKERS
AFTER_SETUP |= PSAD57_AFTER_SETUP
GROUPS |= CDU29_GROUPS
TASKS |= CDU29_TASKS
ASKERS |= CDU29_ASKERS
AFTER_SETUP |= CDU29_AFTER_SETUP
GROUPS |= COLLEGE93_GROUPS
TASKS |= COLLEGE93_TASKS
ASKERS |= COLLEGE93_ASKERS
AFTER_SETUP |= COLLEGE93_AFTER_SETUP
GROUPS |= INTEGNE26_GROUPS
TASKS |= INTEGNE26_TASKS
ASKERS |= INTEGNE26_ASKERS
AFTER_SETUP |= INTEGNE26_AFTER_SETUP
GROUPS |= PASTO65_GROUPS
TASKS |= PASTO65_TASKS
ASKERS |= PASTO65_ASKERS
AFTER_SETUP |= PASTO65_AFTER_SETUP
GROUPS |= OMS85_GROUPS
TASKS |= OMS85_TASKS
ASKERS |= OMS85_ASKERS
AFTER_SETUP |= OMS85_AFTER_SETUP
GROUPS |= FSL86_GROUPS
TASKS |= FSL86_TASKS
ASKERS |= FSL86_ASKERS
AFTER_SETUP |= FSL86_AFTER_SETUP
GROUPS |= CCSPL42_GROUPS
TASKS |= CCSPL42_TASKS
ASKERS |= CCSPL42_ASKERS
AFTER_SETUP |= CCSPL42_AFTER_SETUP
GROUPS |= CCCILUX_GROUPS
TASKS |= CCCILUX_TASKS
ASKERS |= CCCILUX_ASKERS
AFTER_SETUP |= CCCILUX_AFTER_SETUP
GROUPS |= SPV71_GROUPS
TASKS |= SPV71_TASKS
ASKERS |= SPV71_ASKERS
AFTER_SETUP |= SPV71_AFTER_SETUP
GROUPS |= TERRIL62_GROUPS
TASKS |= TERRIL62_TASKS
ASKERS |= TERRIL62_ASKERS
AFTER_SETUP |= TERRIL62_AFTER_SETUP
GROUPS |= FAJ33_GROUPS
TASKS |= FAJ33_TASKS
ASKERS |= FAJ33_ASKERS
AFTER_SETUP |= FAJ33_AFTER_SETUP
GROUPS |= TRANSCO12_GROUPS
TASKS |= TRANSCO12_TASKS
ASKERS |= TRANSCO12_ASKERS
AFTER_SETUP |= TRANSCO12_AFTER_SETUP
GROUPS |= CVS56_GROUPS
TASKS |= CVS56_TASKS
ASKERS |= CVS56_ASKERS
AFTER_SETUP |= CVS56_AFTER_SETUP
GROUPS |= ABC07_GROUPS
TASKS |= ABC07_TASKS
ASKERS |= ABC07_ASKERS
AFTER_SETUP |= ABC07_AFTER_SETUP
GROUPS |= LIGNE21_GROUPS
TASKS |= LIGNE21_TASKS
ASKERS |= LIGNE21_ASKERS
AFTER_SETUP |= LIGNE21_AFTER_SETUP
GROUPS |= CLSPD30_GROUPS
TASKS |= CLSPD30_TASKS
ASKERS |= CLSPD30_ASKERS
AFTER_SETUP |= CLSPD30_AFTER_SETUP
GROUPS |= GEIQ38_GROUPS
TASKS |= GEIQ38_TASKS
ASKERS |= GEIQ38_ASKERS
AFTER_SETUP |= GEIQ38_AFTER_SETUP
GROUPS |= PDI971_GROUPS
TASKS |= PDI971_TASKS
ASKERS |= PDI971_ASKERS
AFTER_SETUP |= PDI971_AFTER_SETUP
GROUPS |= OTLUBERON84_GROUPS
TASKS |= OTLUBERON84_TASKS
ASKERS |= OTLUBERON84_ASKERS
AFTER_SETUP |= OTLUBERON84_AFTER_SETUP
GROUPS |= CALEOL72_GROUPS
TASKS |= CALEOL72_TASKS
ASKERS |= CALEOL72_ASKERS
AFTER_SETUP |= CALEOL72_AFTER_SETUP
GROUPS |= GDV51_GROUPS
TASKS |= GDV51_TASKS
ASKERS |= GDV51_ASKERS
AFTER_SETUP |= GDV51_AFTER_SETUP
GROUPS |= CLSM69_GROUPS
TASKS |= CLSM69_TASKS
ASKERS |= CLSM69_ASKERS
AFTER_SETUP |= CLSM69_AFTER_SETUP
GROUPS |= CITEDUC93_GROUPS
TASKS |= CITEDUC93_TASKS
ASKERS |= CITEDUC93_ASKERS
AFTER_SETUP |= CITEDUC93_AFTER_SETUP
GROUPS |= CCID80_GROUPS
TASKS |= CCID80_TASKS
ASKERS |= CCID80_ASKERS
AFTER_SETUP |= CCID80_AFTER_SETUP
GROUPS |= SUNDGAU68_GROUPS
TASKS |= SUNDGAU68_TASKS
ASKERS |= SUNDGAU68_ASKERS
AFTER_SETUP |= SUNDGAU68_AFTER_SETUP
GROUPS |= SIVOM15_GROUPS
TASKS |= SIVOM15_TASKS
ASKERS |= SIVOM15_ASKERS
AFTER_SETUP |= SIVOM15_AFTER_SETUP
GROUPS |= GIER42_GROUPS
TASKS |= GIER42_TASKS
ASKERS |= GIER42_ASKERS
AFTER_SETUP |= GIER42_AFTER_SETUP
GROUPS |= MJC35_GROUPS
TASKS |= MJC35_TASKS
ASKERS |= MJC35_ASKERS
AFTER_SETUP |= MJC35_AFTER_SETUP
GROUPS |= FORUM45_GROUPS
TASKS |= FORUM45_TASKS
ASKERS |= FORUM45_ASKERS
AFTER_SETUP |= FORUM45_AFTER_SETUP
GROUPS |= COPRO93_GROUPS
TASKS |= COPRO93_TASKS
ASKERS |= COPRO93_ASKERS
AFTER_SETUP |= COPRO93_AFTER_SETUP
GROUPS |= FABLAB94_GROUPS
TASKS |= FABLAB94_TASKS
ASKERS |= FABLAB94_ASKERS
AFTER_SETUP |= FABLAB94_AFTER_SETUP
GROUPS |= CLSPD91_GROUPS
TASKS |= CLSPD91_TASKS
ASKERS |= CLSPD91_ASKERS
AFTER_SETUP |= CLSPD91_AFTER_SETUP
GROUPS |= SAGE25_GROUPS
TASKS |= SAGE25_TASKS
ASKERS |= SAGE25_ASKERS
AFTER_SETUP |= SAGE25_AFTER_SETUP
GROUPS |= AJEVD_GROUPS
TASKS |= AJEVD_TASKS
ASKERS |= AJEVD_ASKERS
AFTER_SETUP |= AJEVD_AFTER_SETUP
GROUPS |= ECOLE45_GROUPS
TASKS |= ECOLE45_TASKS
ASKERS |= ECOLE45_ASKERS
AFTER_SETUP |= ECOLE45_AFTER_SETUP
GROUPS |= SIVU38_GROUPS
TASKS |= SIVU38_TASKS
ASKERS |= SIVU38_ASKERS
AFTER_SETUP |= SIVU38_AFTER_SETUP
GROUPS |= CENTRESOCIAL72_GROUPS
TASKS |= CENTRESOCIAL72_TASKS
ASKERS |= CENTRESOCIAL72_ASKERS
AFTER_SETUP |= CENTRESOCIAL72_AFTER_SETUP
GROUPS |= CQDBXL_GROUPS
TASKS |= CQDBXL_TASKS
ASKERS |= CQDBXL_ASKERS
AFTER_SETUP |= CQDBXL_AFTER_SETUP
GROUPS |= CCJVD_GROUPS
TASKS |= CCJVD_TASKS
ASKERS |= CCJVD_ASKERS
AFTER_SETUP |= CCJVD_AFTER_SETUP
GROUPS |= REGIE59_GROUPS
TASKS |= REGIE59_TASKS
ASKERS |= REGIE59_ASKERS
AFTER_SETUP |= REGIE59_AFTER_SETUP


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=PARIS)


def build_group(slug: str = "reseau92", store: Store | None = None) -> Chat:
    """One of the groups, written through the store as coordinators would
    (or the demo group, seeded as `console --demo` seeds it)."""
    if slug == DEMO_SLUG:
        chat = make_chat(store or Store.memory(), NOW, group_config(DEMO_SLUG))
        seed_demo(chat.store, NOW.astimezone(chat.group.timezone))
        return chat
    members, meetings, deadlines, decisions, coordinator = GROUPS[slug]
    chat = make_chat(store or Store.memory(), NOW, group_config(slug, timezone="Europe/Paris", locale="fr_FR"))
    data = chat.store.group(slug)
    for name, organisation, role in members:
        linked = {"telegram": COORDINATOR} if ASKERS.get(slug) == name else None
        data.add_member(name, organisation, role, linked)
    for start, end, place, items in meetings:
        meeting = data.add_meeting(_at(start), _at(end), place, tuple(AgendaItem(i, coordinator) for i in items))
        if meeting.start < NOW:
            data.update_meeting(meeting.number, lambda m: replace(m, status="held"))
    for day, text in deadlines:
        data.add_deadline(_at(day + " 00:00"), text)
    for day, meeting_number, text in decisions:
        data.add_decision(text, date.fromisoformat(day), meeting_number, coordinator, "telegram:coord-1", _at(day + " 18:00"))
    numbers = {m.name: m.number for m in data.members()}
    for text, pilot, due, meeting_number, *status in TASKS.get(slug, ()):
        task = data.add_task(text, numbers[pilot], date.fromisoformat(due) if due else None, meeting_number, pilot,
                             coordinator, "telegram:coord-1")
        if status:  # done or cancelled before today, as /tache_faite would
            data.update_task(task.number, lambda t, s=status[0]: replace(t, status=s, closed_by=pilot, closed_on=NOW.date()))
    if slug in AFTER_SETUP:
        AFTER_SETUP[slug](chat)
    return chat


def invented_group(slug: str, *members: tuple[str, str, str]) -> Chat:
    """A small group invented for one test: `members` (name, organisation, role) added through the store."""
    chat = make_chat(Store.memory(), NOW, group_config(slug, timezone="Europe/Paris", locale="fr_FR"))
    for name, organisation, role in members:
        chat.store.group(slug).add_member(name, organisation, role)
    return chat

### Signatory organisations of the statement, one message per organisation (ids listed in publish.toml).
### Each name as the organisation writes it; a comment above each says what the republished seed had and where the name was checked.
### A footnote on an entry is its .note attribute; the layout draws the marker.

# Signatories 1-65 (seed numbering) of the CICC joint statement of 16 January 2025,
# "Oppose Sanctions Against the International Criminal Court, Safeguard Victims' Access to Justice",
# in the original alphabetical order. Original list: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice

# Seed: "A world without chemical and biological weapons-www" (seed #2; seed wording kept; organisation could not be identified or verified (original list not readable in the stored copies)).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 69dcbd10
sig-a-world-without-chemical-and-biological-weapons = A world without chemical and biological weapons-www

# Seed: "Action des chrétiens activists des droits de l'Homme à Shabunda (ACADHOSHA)" (seed #3; "activistes" half-translated to "activists" and capitals lost by the republisher; restored from the organisation's own listing).
# Checked: http://www.societecivile.cd/node/791
# same-in-all-locales
# reviewed: 011bce8a
sig-acadhosha = Action des Chrétiens Activistes des Droits de l'Homme à Shabunda (ACADHOSHA)

# Seed: "Action for the reform of justice and the promotion of human rights (ARJPDH)" (seed #4; French name translated into English by the republisher (acronym ARJPDH kept); restored).
# Checked: https://lafortunerdc.net/?p=11053
# same-in-all-locales
# reviewed: f3cd792c
sig-arjpdh = Action pour la Réforme de la Justice et la Promotion des Droits de l'Homme (ARJPDH)

# Seed: "Afghanistan Transitional Coordination Group" (seed #5; seed wording kept; probably the Afghan Transitional Justice Coordination Group (TJCG), but the list's exact wording could not be verified).
# Checked: https://tjcgafghanistan.wordpress.com/
# same-in-all-locales
# reviewed: 2d8824f3
sig-afghanistan-transitional-coordination-group = Afghanistan Transitional Coordination Group

# Seed: "African Network for International Criminal Justice (ANICJ)" (seed #6; agrees with the organisation's name).
# Checked: https://africannetworkforicj.org/icc-stand-for-justice-on-courts-anniversary-countries-should-show-support/
# same-in-all-locales
# reviewed: c4963e36
sig-anicj = African Network for International Criminal Justice (ANICJ)

# Seed: "Africa for Justice" (seed #7; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: e8eb18c0
sig-africa-for-justice = Africa for Justice

# Seed: "Al Mezan Center for Human Rights" (seed #8; agrees with the organisation's name as used in its joint releases).
# Checked: https://acij.org.au/news/media-releases/page/3/?et_blog
# same-in-all-locales
# reviewed: c4958da2
sig-al-mezan = Al Mezan Center for Human Rights

# Seed: "Al-Haq" (seed #9; agrees).
# Checked: https://acij.org.au/news/media-releases/page/3/?et_blog
# same-in-all-locales
# reviewed: ff4f5586
sig-al-haq = Al-Haq

# Seed: "Al-Haq Europe" (seed #10; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: f376a55f
sig-al-haq-europe = Al-Haq Europe

# Seed: "Amnesty International" (seed #11; agrees; the international name is the same in French).
# Checked: http://www.isavelives.be/fr/aggregator/sources/1
# same-in-all-locales
# reviewed: 751162c4
sig-amnesty-international = Amnesty International

# Seed: "Arab Center for independence of judiciary & legal profession (ACIJLP)" (seed #12; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories (the organisation is usually styled Arab Center for the Independence of the Judiciary and the Legal Profession)).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# Restored: the organisation's own English name (the seed has "Arab Center for independence of judiciary & legal profession").
# Checked: https://en.acijlponline.org/category/latest-news
# reviewed: 53b96e99
sig-acijlp = Arab Center for the Independence of the Judiciary and the Legal Profession (ACIJLP)

# Seed: "Permanent Assembly on Human Rights" (seed #13; "Permanent Assembly on Human Rights" (Spanish name translated by the republisher; alphabetical place "As..." confirms the Spanish name)).
# Checked: https://www.apdh-argentina.org.ar/node/?page=8 ; http://viejositio.apdh.org.ar/why.asp
# same-in-all-locales
# reviewed: b967ec9e
sig-apdh = Asamblea Permanente por los Derechos Humanos

# Seed: "Asia Justice Coalition (AJC)*" (seed #14; "Asia Justice Coalition (AJC)*"; the footnote asterisk is carried as the .note attribute).
# Checked: https://www.asiajusticecoalition.org/submissions-and-publications
# same-in-all-locales
# reviewed: c72b5293
sig-ajc = Asia Justice Coalition (AJC)
    .note = Ceci ne reflète pas les opinions ou positions de tous les membres de l’AJC.

# Seed: "American Association of Jurists" (seed #15; "American Association of Jurists" (Spanish name translated; its place after "Asia..." confirms the Spanish name)).
# Checked: https://www.mopassol.com/notas-del-mopassol-1/mensaje-de-la-asociaci%C3%B3n-americana-de-juristas-en-el-d%C3%ADa-de-los-derechos-humanos-10-de-diciembre-de-2025
# same-in-all-locales
# reviewed: bab3ee6e
sig-aaj = Asociación Americana de Juristas

# Seed: "Association for Human Rights (APRODEH)" (seed #16; "Association for Human Rights (APRODEH)" (Spanish name translated); restored from the organisation's site).
# Checked: http://aprodeh.org.pe/nosotros/historia
# same-in-all-locales
# reviewed: 0f3994bf
sig-aprodeh = Asociación Pro Derechos Humanos (APRODEH)

# Seed: "Ateneo Human Rights Center" (seed #17; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: dbcefea4
sig-ateneo-human-rights-center = Ateneo Human Rights Center

# Seed: "Atrocities Watch Africa" (seed #18; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 878cbcde
sig-atrocities-watch-africa = Atrocities Watch Africa

# Seed: "Australian Center for International Justice (ACIJ)" (seed #19; "Australian Center for International Justice (ACIJ)"; the organisation spells its name "Centre").
# Checked: https://acij.org.au/statement-on-international-justice-day-2019/
# same-in-all-locales
# reviewed: a9743da0
sig-acij = Australian Centre for International Justice (ACIJ)

# Seed: "Lawyers Without Borders" (seed #20; "Lawyers Without Borders" (translated by the republisher); ASF itself republished the statement).
# Checked: https://asf.be/?lang=nl&p=44182 ; https://asf.be/nous-condamnons-les-sanctions-emises-par-les-etats-unis-a-lencontre-de-la-cour-penale-internationale/?lang=fr
# same-in-all-locales
# reviewed: 6b0cab1f
sig-avocats-sans-frontieres = Avocats Sans Frontières

# Seed: "Bureau d'études et de réflexions pour le bien-être des Communautés/ BERCO" (seed #21; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: dc2b7fe1
sig-berco = Bureau d'études et de réflexions pour le bien-être des Communautés/ BERCO

# Seed: "Canadian Partnership for International Justice" (seed #22; agrees; official French name from the organisation's French site).
# Checked: http://cpij-pcji.ca/fr/partnership ; https://www.uottawa.ca/research-innovation/hrrec/teaching-training/canadian-partnership-international-justice
# reviewed: 17d44c39
sig-cpij = Partenariat canadien pour la justice internationale

# Seed: "CDN/Colombes de la Nature" (seed #23; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 78d7126e
sig-cdn-colombes-de-la-nature = CDN/Colombes de la Nature

# Seed: "Center for Civil Liberties" (seed #24; agrees with the organisation's own spelling).
# Checked: https://ccl-org.relayto.com/e/annual-report-2023-uw8hffhwfmcz8?settings=1
# same-in-all-locales
# reviewed: 0eb6c6ca
sig-center-for-civil-liberties = Center for Civil Liberties

# Seed: "Center for Constitutional Rights" (seed #25; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 9cdf3dcd
sig-ccr = Center for Constitutional Rights

# Seed: "Center for Development of International Law" (seed #26; agrees with the organisation's name).
# Checked: http://www.edrc.net/cdil.html
# same-in-all-locales
# reviewed: 06493692
sig-cdil = Center for Development of International Law

# Seed: "Center for International Law (CenterLaw)" (seed #27; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 1834d1ed
sig-centerlaw = Center for International Law (CenterLaw)

# Seed: "Center for Justice and Accountability" (seed #28; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 1bc4fea3
sig-cja = Center for Justice and Accountability

# Seed: "Center for Truth and Justice" (seed #29; seed wording kept; organisation not independently verified).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 0c4f16f7
sig-center-for-truth-and-justice = Center for Truth and Justice

# Seed: "Center for Research and Promotion of Human Rights (CIPRODEH)" (seed #30; "Center for Research and Promotion of Human Rights (CIPRODEH)" (Spanish name translated); restored from the organisation's site).
# Checked: http://ciprodeh.org.hn/index.php/noticias/noticias2?start=6
# same-in-all-locales
# reviewed: 3a45d297
sig-ciprodeh = Centro de Investigación y Promoción de los Derechos Humanos (CIPRODEH)

# Seed: "Center for Justice and Peace (Cepaz)" (seed #31; "Center for Justice and Peace (Cepaz)" (Spanish name translated); restored).
# Checked: https://diariolavoz.net/2017/10/04/cepaz-promovio-12-dias-activismo-la-paz-los-derechos-humanos ; https://cepaz.org/sobre-cepaz/mision-vision-historia/
# same-in-all-locales
# reviewed: 04f001d9
sig-cepaz = Centro de Justicia y Paz (Cepaz)

# Seed: "Citizens for Global Solutions (CGS)" (seed #32; agrees).
# Checked: https://globalsolutions.org/updates/blog/cgs-spearheads-open-letter-to-incoming-presidential-administration-regarding-us-sanctions-on-the-icc
# same-in-all-locales
# reviewed: ca91f290
sig-cgs = Citizens for Global Solutions (CGS)

# Seed: "Civil organization “Kharkiv Human Rights Protection Group”" (seed #33; seed wording kept (organisation verified as KHPG; the list's exact styling not verified)).
# Checked: https://khpg.org/en/1495113878
# same-in-all-locales
# reviewed: 4f3cdfca
sig-khpg = Civil organization “Kharkiv Human Rights Protection Group”

# Seed: "Civitas Maxima" (seed #34; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 8189d8b4
sig-civitas-maxima = Civitas Maxima

# Seed: "Club des friends du droit du Congo" (seed #35; "Club des friends du droit du Congo" ("Amis" translated by the republisher); restored).
# Checked: http://www.cad-congo.org/?page_id=18 ; https://acp.cd/nation/ouverture-a-lupc-des-cours-intensifs-du-club-les-amis-du-droit-du-congo
# same-in-all-locales
# reviewed: 8ebb17b5
sig-cadc = Club des Amis du Droit du Congo

# Seed: "Coalition Burundaise for the ICC" (seed #36; "Coalition Burundaise for the ICC" ("pour la CPI" translated); restored, the organisation styles itself Coalition Burundaise pour la CPI / CB-CPI).
# Checked: https://cb-cpi.org/index.php/qui-sommes-nous/breve-historique
# same-in-all-locales
# reviewed: 6cc4f0f6
sig-cb-cpi = Coalition Burundaise pour la CPI

# Seed: "Coalition for the Prevention of Hazara Genocide" (seed #37; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 5fb700f9
sig-coalition-prevention-hazara-genocide = Coalition for the Prevention of Hazara Genocide

# Seed: "Coalition Guinéenne pour la ICC" (seed #38; "Coalition Guinéenne pour la ICC" ("CPI" translated to "ICC" inside a French name); restored by reversing the translation, not independently verified).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: a88a6e89
sig-coalition-guineenne-cpi = Coalition Guinéenne pour la CPI

# Seed: "Coalition Nationale pour la Cour pénale internationale de la République Démocratique du Congo (CN-CPI/DRC)" (seed #39; seed wording kept; the acronym may have read CN-CPI/RDC in the original (not verifiable)).
# Checked: http://www.lephareonline.net/les-ong-qui-soutiennent-la-cpi-en-congres-national/
# same-in-all-locales
# reviewed: be42db65
sig-cn-cpi-rdc = Coalition Nationale pour la Cour pénale internationale de la République Démocratique du Congo (CN-CPI/DRC)

# Seed: "Coalitions de l'Afrique Francophone pour la ICC" (seed #40; "Coalitions de l'Afrique Francophone pour la ICC" ("CPI" translated to "ICC"); restored by reversing the translation).
# Checked: https://cb-cpi.org/
# same-in-all-locales
# reviewed: 0ac4e321
sig-coalitions-afrique-francophone-cpi = Coalitions de l'Afrique Francophone pour la CPI

# Seed: "Colombian Commission of Jurists" (seed #41; "Colombian Commission of Jurists" (Spanish name translated; the list gives Spanish-named organisations their own names)).
# Checked: https://www.coljuristas.org/quienes_somos/historia.php
# same-in-all-locales
# reviewed: a6ac8b08
sig-ccj = Comisión Colombiana de Juristas

# Seed: "COMPPART Foundation for Justice and Peacebuilding" (seed #42; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 564b5482
sig-comppart = COMPPART Foundation for Justice and Peacebuilding

# Seed: "Darfur Call" (seed #43; seed wording kept; organisation not independently verified).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 8add1596
sig-darfur-call = Darfur Call

# Seed: "Darfur Network for Human Rights (DNHR)" (seed #44; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 7a1bb517
sig-dnhr = Darfur Network for Human Rights (DNHR)

# Seed: "Defense for Children International – Palestine" (seed #45; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 997e3e29
sig-dci-palestine = Defense for Children International – Palestine

# Seed: "Democracy Development Foundation" (seed #46; seed wording kept; organisation not independently verified).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 009a51cb
sig-democracy-development-foundation = Democracy Development Foundation

# Seed: "Democracy Without Borders-Kenya" (seed #47; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 23f8242c
sig-democracy-without-borders-kenya = Democracy Without Borders-Kenya

# Seed: "Documenta – Center for Dealing with the Past" (seed #48; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 8bbb3bc3
sig-documenta = Documenta – Center for Dealing with the Past

# Seed: "Dynamique chrétienne pour la defense des droits humains et de l'environnement, DCDHE" (seed #49; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 9e8c7233
sig-dcdhe = Dynamique chrétienne pour la defense des droits humains et de l'environnement, DCDHE

# Seed: "European Center for Constitutional and Human Rights (ECCHR)" (seed #50; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 767187e9
sig-ecchr = European Center for Constitutional and Human Rights (ECCHR)

# Seed: "Femmes Solidaires pour la Paix et Développement" (seed #51; "Femmes Solidaires pour la Paix et Développement" ("le" dropped); restored from reports on the organisation (FSPD)).
# Checked: http://latempete.info/?p=13239 ; https://vlfcongo.org/kinshasa-les-femmes-de-maluku-sapproprient-le-projet-voix-et-leadership-des-femmes
# same-in-all-locales
# reviewed: cdfb56a7
sig-fspd = Femmes Solidaires pour la Paix et le Développement

# Seed: "Congolaise Foundation for the Promotion of Human Rights and Peace" (seed #52; seed wording kept: the organisation is FOCDP (Kisangani), listed under its French name (Fondation ...), but its exact French name could not be verified).
# Checked: https://virungamountains.org/forums/reply/646/
# same-in-all-locales
# Restored: the seed's half-translated "Congolaise Foundation ..." replaced by the only spelling of the organisation's name found on a page, with its acronym; its French name (Fondation congolaise ...) could not be verified.
# Checked: https://virungamountains.org/forums/reply/646/
# reviewed: 2d091d27
sig-focdp = Congolese Foundation for the Promotion of Human Rights and Peace (FOCDP)

# Seed: "Criminal Forum" (seed #53; "Criminal Forum" (Spanish name translated; Venezuelan NGO Foro Penal, foropenal.com)).
# Checked: https://fr.other.wiki/wiki/Foro_Penal
# same-in-all-locales
# reviewed: a9c41de3
sig-foro-penal = Foro Penal

# Seed: "Sunflowers Foundation" (seed #54; "Sunflowers Foundation" (order changed; the alphabetical place between Foro and Front fits the organisation's own form Foundation Sunflowers)).
# Checked: https://reportwarcrime.org/tag/news/page/2
# same-in-all-locales
# reviewed: 6647a46a
sig-foundation-sunflowers = Foundation Sunflowers

# Seed: "Front of Lutte against Poverty and Crimes (FROLUPAC)" (seed #55; seed wording kept: half-translated French name (Front de Lutte contre la Pauvreté ...), exact wording could not be verified).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 98505f1b
sig-frolupac = Front of Lutte against Poverty and Crimes (FROLUPAC)

# Seed: "Baltasar Garzón International Foundation – FIBGAR" (seed #56; "Baltasar Garzón International Foundation – FIBGAR" (Spanish name translated; alphabetical place "Fu..." confirms the Spanish name)).
# Checked: https://fibgar.es/en/portfolio-item-en/i-international-congress-on-universal-jurisdiction/
# same-in-all-locales
# reviewed: b338bdc3
sig-fibgar = Fundación Internacional Baltasar Garzón – FIBGAR

# Seed: "Global Center for the Responsibility to Protect" (seed #57; "Global Center for the Responsibility to Protect"; the organisation spells its name "Centre").
# Checked: https://globalr2p.org/about
# same-in-all-locales
# reviewed: 335d1aba
sig-gcr2p = Global Centre for the Responsibility to Protect

# Seed: "Global Justice Center" (seed #58; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: b2dd2893
sig-global-justice-center = Global Justice Center

# Seed: "Global Rights Compliance" (seed #59; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: f55b59cd
sig-global-rights-compliance = Global Rights Compliance

# Seed: "Help Not Handcuffs, Inc." (seed #60; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: e7cdf8ef
sig-help-not-handcuffs = Help Not Handcuffs, Inc.

# Seed: "Helsinki Citizen's Assembly Vanadzor" (seed #1; "Helsinki Citizen's Assembly Vanadzor" (moved to the top by the republisher, apostrophe misplaced); restored to its alphabetical place and own name).
# Checked: https://hcav.am/en/?p=22414 ; https://hcav.am/en/about-us/strategy
# same-in-all-locales
# reviewed: 1a09ef6b
sig-hca-vanadzor = Helsinki Citizens' Assembly-Vanadzor

# Seed: "Human Rights Agenda Association" (seed #61; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 22d2a974
sig-human-rights-agenda-association = Human Rights Agenda Association

# Seed: "Human Rights Association (İHD)" (seed #62; seed wording kept (İnsan Hakları Derneği; the alphabetical place shows the list used the English name)).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 7aa5fe4c
sig-ihd = Human Rights Association (İHD)

# Seed: "Human Rights Center ZMINA" (seed #63; "Human Rights Center ZMINA"; the organisation spells "Centre" (ZMINA Human Rights Centre)).
# Checked: https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: e34ed46c
sig-zmina = Human Rights Centre ZMINA

# Seed: "Human Rights First" (seed #64; seed wording kept; NOT verified: the stored copy of the original list (Checked URL) could not be read as far as the signatories).
# Checked: https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# same-in-all-locales
# reviewed: 69edd6e8
sig-human-rights-first = Human Rights First

# Seed: "Human Rights Watch" (seed #65; agrees).
# Checked: https://www.hrw.org/news/2025/01/15/letter-european-commission-regarding-us-sanctions-icc
# same-in-all-locales
# reviewed: cc5d40ec
sig-hrw = Human Rights Watch

# Signataires 66-129 de la déclaration commune de la CICC du 16 janvier 2025 (noms en français), dans l'ordre alphabétique d'origine.

# Seed: "Humanitarian Law Center" (as the seed).
# Checked: https://en.wikipedia.org/wiki/Humanitarian_Law_Center ; http://www.hlc-rdc.org/?author=1&paged=92&lang=de ; seed https://hcav.am/en/?p=22414
# same-in-all-locales
# reviewed: 798d64a1
sig-humanitarian-law-center = Humanitarian Law Center

# Seed: "International Association of Democratic Lawyers (IADL)" (as the seed).
# Note: French: the association's own French name and acronym (AIJD).
# Checked: http://aijd.free.fr/presentation_objet.html (the association's French pages: A.I.J.D.) ; https://juristes-democrates.com/fr/index.html ; seed https://hcav.am/en/?p=22414
# reviewed: f1cc68de
sig-iadl = Association internationale des juristes démocrates (AIJD)

# Seed: "International Center of Justice for Palestinians" (restored; see note).
# Note: The organisation (UK) writes "Centre"; the republication's machine translation turned British spellings into American ones (e.g. "fulfil" -> "fulfill").
# Checked: https://ngo-monitor.org/ngos/international-centre-of-justice-for-palestinians-icjp/ (website icjpalestine.com) ; https://www.middleeasteye.net/news/palestine-international-justice-uk-icc-rights ; seed https://hcav.am/en/?p=22414
# same-in-all-locales
# reviewed: 1e53783d
sig-icjp = International Centre of Justice for Palestinians

# Seed: "International Commission of Jurists" (as the seed).
# Note: French: official French name on the ICJ's own French site (CIJ).
# Checked: https://www.icj.org/fr/a-propos/vision-mission-et-statuts/ ; seed https://hcav.am/en/?p=22414
# reviewed: 41298f26
sig-icj = Commission internationale de juristes

# Seed: "International Commission of Jurists Norway (ICJ Norway)" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 1df1f1ac
sig-icj-norway = International Commission of Jurists Norway (ICJ Norway)

# Seed: "International Federation for Human Rights (FIDH)" (as the seed).
# Note: French: official French name on fidh.org/fr.
# Checked: https://www.fidh.org/fr/qui-sommes-nous/la-federation-internationale-pour-les-droits-humains/ ; seed https://hcav.am/en/?p=22414
# reviewed: 32d45bfc
sig-fidh = Fédération internationale pour les droits humains (FIDH)

# Seed: "International Partnership for Human Rights (IPHR)" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: d8b39cf3
sig-iphr = International Partnership for Human Rights (IPHR)

# Seed: "Just Access e.V." (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 473a559a
sig-just-access = Just Access e.V.

# Seed: "Justice Call" (as the seed).
# Note: Organisation not identified in the stored material; seed wording kept.
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 2b22f3c6
sig-justice-call = Justice Call

# Seed: "Kenya Human Rights Commission" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 98d5d254
sig-khrc = Kenya Human Rights Commission

# Seed: "Kurdish organizations Network coalition for the International Criminal court (KONCICC)" (as the seed).
# Note: Capitalisation kept as in the seed (not verified).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# Restored: capitalisation as the network writes its own name (the seed has "Kurdish organizations Network coalition for the International Criminal court").
# Checked: https://www.cwccoalition.org/additional-information-koncicc/ ; https://www.shafaq.com/en/Kurdistan/KONCICC-calls-on-Kurdish-leaders-to-return-Iraq-to-Rome-statute
# reviewed: 1582ef13
sig-koncicc = Kurdish Organizations Network Coalition for the International Criminal Court (KONCICC)

# Seed: "Kurdistan without Genocide" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: e10010bb
sig-kurdistan-without-genocide = Kurdistan without Genocide

# Seed: "Lawyers Committee on Nuclear Policy" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 847790ff
sig-lcnp = Lawyers Committee on Nuclear Policy

# Seed: "Lawyers for Justice in Libya" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 37aca2b5
sig-lfjl = Lawyers for Justice in Libya

# Seed: "Libya Crimes Watch (LCW)" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: d3b345bc
sig-lcw = Libya Crimes Watch (LCW)

# Seed: "Life campaign to abolish the death sentence in Kurdistan" (as the seed).
# Note: Organisation not identified in the stored material; seed wording kept.
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: ec311ef9
sig-life-campaign-kurdistan = Life campaign to abolish the death sentence in Kurdistan

# Seed: "Ligue Burundaise des droits de l'homme Iteka" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: c385c23b
sig-iteka = Ligue Burundaise des droits de l'homme Iteka

# Seed: "Ligue pour la Paix, les Droits de l'Homme et la Justice (LIPADHOJ)" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: d4853c6f
sig-lipadhoj = Ligue pour la Paix, les Droits de l'Homme et la Justice (LIPADHOJ)

# Seed: "Ligue pour la Promotion et le Développement Intégral de la Femme et de l'Enfant (LIPRODIFE)" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: a757bb61
sig-liprodife = Ligue pour la Promotion et le Développement Intégral de la Femme et de l'Enfant (LIPRODIFE)

# Seed: "MOTHER" (restored; see note).
# Note: Translated by the republisher: "MOTHER" is Spanish "madre"; MADRE (New York, international women's human rights organisation, active on the Rome Statute) sits at this alphabetical place between "Ligue..." and "Medical...". Inferred: not confirmed against the original list.
# Checked: https://www.madre.org/crimes-against-humanity/ ; https://www.globaljusticecenter.net/civil-society-open-letter-on-new-icc-gender-persecution-policy-paper/ ; seed https://hcav.am/en/?p=22414
# same-in-all-locales
# reviewed: 0086dd26
sig-madre = MADRE

# Seed: "Medical Action Group" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: f90d080c
sig-medical-action-group = Medical Action Group

# Seed: "Mnemonic" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 67128c7b
sig-mnemonic = Mnemonic

# Seed: "Netherlands Helsinki Committee" (as the seed).
# Checked: https://en.m.wikipedia.org/wiki/Netherlands_Helsinki_Committee ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; seed https://hcav.am/en/?p=22414
# same-in-all-locales
# reviewed: 6f76133f
sig-netherlands-helsinki-committee = Netherlands Helsinki Committee

# Seed: "Network Against Killings in the Philippines (NAKPhil)" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 0ad43ce2
sig-nakphil = Network Against Killings in the Philippines (NAKPhil)

# Seed: "Nigerian Coalition for the International Criminal Court (NCICC)" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 76f75b2e
sig-ncicc = Nigerian Coalition for the International Criminal Court (NCICC)

# Seed: "No Peace Without Justice" (as the seed).
# Note: French pages also write the English name (no official French name found).
# Checked: https://irenees.net/bdf_fiche-acteurs-567_f.html ; https://pgaction.org/fr ; seed https://hcav.am/en/?p=22414
# same-in-all-locales
# reviewed: a57555bf
sig-npwj = No Peace Without Justice

# Seed: "Norwegian Helsinki Committee" (as the seed).
# Checked: https://docslib.org/doc/8021285/annual-report-2018 ; seed https://hcav.am/en/?p=22414
# same-in-all-locales
# reviewed: d79bfbf9
sig-norwegian-helsinki-committee = Norwegian Helsinki Committee

# Seed: "Nürnberger Menschenrechtszentrum" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: a383fb33
sig-nmrz = Nürnberger Menschenrechtszentrum

# Seed: "Open Society Justice Initiative" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 6d8f98ec
sig-osji = Open Society Justice Initiative

# Seed: "Organization Against Weapons of Mass Destruction in Kurdistan" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 6fd4146f
sig-owmdk = Organization Against Weapons of Mass Destruction in Kurdistan

# Seed: "Organization of the Justice Campaign- OJC" (as the seed).
# Note: Organisation not identified in the stored material; seed wording kept, including its "- OJC".
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: f18f458d
sig-ojc = Organization of the Justice Campaign- OJC

# Seed: "Parliamentarians for Global Action" (as the seed).
# Note: French: PGA's own French site writes "L'Action mondiale des parlementaires (PGA)".
# Checked: https://pgaction.org/fr/about/history-and-achievements.html ; https://pgaction.org/fr/media-kit.html ; seed https://hcav.am/en/?p=22414
# reviewed: a990a4f9
sig-pga = Action mondiale des parlementaires

# Seed: "People's Empowerment Foundation (PEF)" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 1045ff49
sig-pef = People's Empowerment Foundation (PEF)

# Seed: "Philippine Coalition for the International Criminal Court (PCICC)" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 503e29e8
sig-pcicc = Philippine Coalition for the International Criminal Court (PCICC)

# Seed: "Physicians for Human Rights" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: ddbbc3b5
sig-phr = Physicians for Human Rights

# Seed: "Platform for Peace and Humanity" (as the seed).
# Checked: https://peacehumanity.org/about/ ; seed https://hcav.am/en/?p=22414
# same-in-all-locales
# reviewed: 5d7a80c3
sig-platform-for-peace-and-humanity = Platform for Peace and Humanity

# Seed: "Protection of Rights without Borders NGO" (as the seed).
# Checked: http://prwb.am/new/about-us/ ; seed https://hcav.am/en/?p=22414
# same-in-all-locales
# reviewed: 32416381
sig-prwb = Protection of Rights without Borders NGO

# Seed: "Public Committee against Torture in Israel" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: fecc6637
sig-pcati = Public Committee against Torture in Israel

# Seed: "REDRESS" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 6843d0e4
sig-redress = REDRESS

# Seed: "Reporters Without Borders (RSF) / Reporters Sans Frontières (RSF)" (restored; see note).
# Note: The seed gives the English and the French name side by side for one organisation; English name in the English file, RSF's own French name (rsf.org/fr) in the French file. The original list's exact form could not be read.
# Checked: https://rsf.org/fr/presentation-0 ; seed https://hcav.am/en/?p=22414
# reviewed: ea6e3fa2
sig-rsf = Reporters sans frontières (RSF)

# Seed: "Réseau Equitas Côte d'Ivoire (REQCI)" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: ba22134a
sig-reqci = Réseau Equitas Côte d'Ivoire (REQCI)

# Seed: "Rights for Peace" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 05de409d
sig-rights-for-peace = Rights for Peace

# Seed: "Robert F. Kennedy Human Rights" (as the seed).
# Checked: https://op300statusdev.site/2025/01/16/rfk-human-rights-urges-protection-for-the-icc-against-u-s-sanctions ; seed https://hcav.am/en/?p=22414
# same-in-all-locales
# reviewed: 90d687ab
sig-rfk-human-rights = Robert F. Kennedy Human Rights

# Seed: "StoptheDrugWar.org" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: a73f6436
sig-stopthedrugwar = StoptheDrugWar.org

# Seed: "Sudan Social Development Organization (SUDO)" (restored; see note).
# Note: The organisation writes "Organisation"; the seed's "Organization" is taken as the republication's Americanised spelling.
# Checked: https://sudosudan.org/sudo/about-us/ ; seed https://hcav.am/en/?p=22414
# same-in-all-locales
# reviewed: 0bf2f159
sig-sudo = Sudan Social Development Organisation (SUDO)

# Seed: "Sudanese Women's Rights Action" (as the seed).
# Checked: https://suwra.org/blog/2023/10/05/joint-statement-delivered-at-hrc-informal-consultation-on-the-draft-resolution-on-sudan/ ; seed https://hcav.am/en/?p=22414
# same-in-all-locales
# reviewed: f65b101c
sig-suwra = Sudanese Women's Rights Action

# Seed: "Swedish Foundation for Human Rights" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 08aecb2a
sig-swedish-foundation-for-human-rights = Swedish Foundation for Human Rights

# Seed: "Swedish Peace and Arbitration Society" (as the seed).
# Checked: https://www.forumciv.org/int/latest/statement-eastern-partnership-network-russian-invasion-ukraine ; seed https://hcav.am/en/?p=22414
# same-in-all-locales
# reviewed: 24edd48b
sig-swedish-peace-and-arbitration-society = Swedish Peace and Arbitration Society

# Seed: "Synergy for Justice Stichting" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: feb476dd
sig-synergy-for-justice = Synergy for Justice Stichting

# Seed: "The Arab Coalition for the International Criminal Court (ACICC)" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 0192e7c1
sig-acicc = The Arab Coalition for the International Criminal Court (ACICC)

# Seed: "The Georgian Center for Psychosocial and Medical rehabilitation of Torture Victims (GCRT)" (restored; see note).
# Note: The organisation writes "Centre" and "Rehabilitation"; seed had "Center" and "rehabilitation". Leading "The" kept: the entry sorts under T.
# Checked: https://www.sigrid-rausing-trust.org/Grantees/Georgian-Centre-for-the-Psychosocial-and-Medical-Rehabilitation-of-Torture-Victims ; https://www.devex.com/organizations/georgian-centre-for-the-psychosocial-and-medical-rehabilitation-of-torture-victims-gcrt-115655 ; seed https://hcav.am/en/?p=22414
# same-in-all-locales
# reviewed: 3f10835b
sig-gcrt = The Georgian Centre for Psychosocial and Medical Rehabilitation of Torture Victims (GCRT)

# Seed: "The Global Institute for the Prevention of Aggression" (as the seed).
# Checked: http://crimeofaggression.info/the-campaign/the-global-institute-for-the-prevention-of-aggression/ ; seed https://hcav.am/en/?p=22414
# same-in-all-locales
# reviewed: f50860a4
sig-gipa = The Global Institute for the Prevention of Aggression

# Seed: "Transitional Justice Working Group (TJWG)" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 3dc49cca
sig-tjwg = Transitional Justice Working Group (TJWG)

# Seed: "Truth Hounds" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 45e1e4a5
sig-truth-hounds = Truth Hounds

# Seed: "Ukrainian Helsinki Human Rights Union" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 6db2d05b
sig-uhhru = Ukrainian Helsinki Human Rights Union

# Seed: "Ukrainian Legal Advisory Group" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 69bbaf8c
sig-ulag = Ukrainian Legal Advisory Group

# Seed: "United Nations Association of Sweden" (as the seed).
# Checked: https://www.forumciv.org/int/latest/statement-eastern-partnership-network-russian-invasion-ukraine ; seed https://hcav.am/en/?p=22414
# same-in-all-locales
# reviewed: 91d3d4de
sig-una-sweden = United Nations Association of Sweden

# Seed: "UpRights" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: d11b25bc
sig-uprights = UpRights

# Seed: "Vision GRAM- International" (restored; see note).
# Note: Stray space removed: the organisation writes "Vision GRAM-International".
# Checked: http://gram-international.org/blog/2018/01/15/rendre-les-femmes-autonomes-et-actrices-dans-les-zones-de-conflits-a-lest-de-la-rd-congo/ ; seed https://hcav.am/en/?p=22414
# same-in-all-locales
# reviewed: d747bbd1
sig-vision-gram-international = Vision GRAM-International

# Seed: "Wereld Federalisten Beweging Nederland" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 60216c57
sig-wfbn = Wereld Federalisten Beweging Nederland

# Seed: "Women's Initiatives for Gender Justice" (as the seed).
# Checked: http://iccwomen.org/wigjdraft1/Archives/Archives.html ; seed https://hcav.am/en/?p=22414
# same-in-all-locales
# reviewed: 6f38dcec
sig-wigj = Women's Initiatives for Gender Justice

# Seed: "World Jurist Association Human Rights Institute" (as the seed).
# Note: World Jurist Association confirmed; its Human Rights Institute not separately verified.
# Checked: https://worldjurist.org/ ; seed https://hcav.am/en/?p=22414
# same-in-all-locales
# reviewed: 7c0359be
sig-wja-hri = World Jurist Association Human Rights Institute

# Seed: "World Without Genocide" (as the seed).
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 5ebdffde
sig-world-without-genocide = World Without Genocide

# Seed: "Zarga Organization for Rural Development" (as the seed).
# Note: Organisation not found in the stored material; seed wording kept.
# Checked: seed https://hcav.am/en/?p=22414 ; https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ; https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (copies of the original; their signatory lists could not be read in the stored copies, so the seed's wording is kept unverified)
# same-in-all-locales
# reviewed: 503785fd
sig-zord = Zarga Organization for Rural Development

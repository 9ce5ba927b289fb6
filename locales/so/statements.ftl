# SPDX-License-Identifier: MIT OR Apache-2.0

### The accessibility statement (#/accessibility) and the privacy page
### (#/privacy), linked from every page's footer.
###
### The accessibility statement follows the model statement for public
### sector websites under the Public Sector Bodies (Websites and Mobile
### Applications) (No. 2) Accessibility Regulations 2018, and GOV.UK's
### sample statement: keep its headings recognisable, and the names of the
### regulations, the bodies and the standard as official names (the
### English in brackets after a translation is fine). "We" is the
### organisation that runs the service. $trust is that organisation's
### name, from its configuration; the "-no-trust" messages are used when
### no organisation is configured. Dates are YYYY-MM-DD.

## On both pages: who runs the service, and how to reach them

statement-run-by = Adeeggan waxaa maamula { $trust }.
statement-run-by-no-trust = Adeeggan waxaa maamula hay’adda NHS (NHS trust) ama hay’adda kale ee ku siisay xiriirka (link) uu adeeggu ku jiro.
# With no organisation configured, in place of its contact details.
statement-contact-ask = Weydii shaqaalaha waadhka, ama hay’adda ku siisay xiriirka adeeggan, sida loola xiriiro.
# Label before the address of a contact form or web page.
statement-contact-online = Internetka

## The accessibility statement

# "service-name" is the service's name, as in the page header.
accessibility-heading = Bayaanka helitaanka ee “{ service-name }”
accessibility-scope = Bayaankan helitaanka (accessibility) wuxuu khuseeyaa adeeggan, kaas oo u sheega dadka ku hoos jira Sharciga Caafimaadka Maskaxda 1983 (Mental Health Act 1983), daryeelayaashooda iyo shaqaalaha waadhka inay heli karaan u-doode madax-bannaan oo caafimaadka maskaxda ah (IMHA), iyo waxa xuquuqdoodu tahay, luqad kasta oo uu adeeggu leeyahay.
accessibility-able-intro = Waxaan rabnaa in dad badan intii suurtagal ah ay adeeggan isticmaali karaan. Tusaale ahaan, taasi waxay ka dhigan tahay inaad awooddo:
accessibility-able-keyboard = inaad su’aalaha ka jawaabto oo natiijadaada akhriso adigoo isticmaalaya kiiboodh oo keliya
# $count is how many languages the service offers besides English (Easy
# Read English counts as one).
accessibility-able-languages = inaad ku akhriso { $count } luqadood oo aan Ingiriisi ahayn, oo ay ku jiraan Welsh iyo Ingiriisi fudud (Easy Read), iyadoo boggaga Carabiga iyo Urduuga laga bilaabo midig ilaa bidix
accessibility-able-read-aloud = inaad dhegaysato su’aalaha iyo natiijooyinka oo cod dheer loo akhriyay, haddii taleefankaaga ama kombiyuutarkaagu leeyahay cod luqaddaada ah
accessibility-able-print = inaad daabacdo natiijadaada
accessibility-abilitynet = AbilityNet waxay leedahay talo ku saabsan sidii qalabkaaga loo fududayn lahaa haddii aad naafo tahay.
accessibility-abilitynet-link = AbilityNet: My Computer My Way (Ingiriisi)

accessibility-how-heading = Sida uu adeeggani u fudud yahay in la helo
accessibility-how-intro = Waxaan ognahay in qaybo ka mid ah adeeggan aysan si buuxda u wada helin dhammaan dadka:
accessibility-issue-draft-translations = turjumaadaha iyo qaybta Ingiriisiga fudud (Easy Read) weli ma hubin turjumaan xirfad leh, sidaas darteed weedho qaar ayaa noqon kara kuwo aan caddayn ama khaldan (turjumaad kastaa taas way sheegtaa, waxayna leedahay xiriir Ingiriisiga ah)
accessibility-issue-one-language = faahfaahinta aan ku bixinno hal luqad oo keliya, sida saacadaha uu furan yahay adeegga u-doodisku, waxay ku soo baxaan luqaddaas boggaga luqadaha kale ah, akhriyaha shaashaduna (screen reader) wuxuu ku akhrin karaa cod khaldan
accessibility-issue-easy-read-pictures = sawirada Ingiriisiga fudud waxaa laga soo qaaday calaamado guud (OpenMoji), oo aan loo samayn qoraal fudud, lagumana tijaabin dad leh naafonimo waxbarasho
accessibility-issue-read-aloud = cod-dheer-akhriska wuxuu shaqeeyaa oo keliya marka qalabkaagu leeyahay cod luqadda boggu ku qoran yahay, qalabka qaarkiisna ma laha cod luqadahan qaarkood
accessibility-issue-bsl = ma jiro nooc ku qoran Luqadda Calaamadaha Ingiriiska (BSL)
accessibility-issue-no-manual-checks = adeegga weli gacan laguma hubin, tusaale ahaan akhriye shaashad ama dad naafo ah, sidaas darteed waxaa jiri kara dhibaatooyin aynaan ogayn

accessibility-feedback-heading = Fikradaha iyo macluumaadka xiriirka
accessibility-feedback = Haddii aad u baahan tahay macluumaadka adeeggan qaab kale, sida far waaweyn, duubis cod ah ama farta indhoolaha (braille), nala soo xiriir.

accessibility-reporting-heading = Soo sheegidda dhibaatooyinka helitaanka ee adeeggan
accessibility-reporting = Had iyo jeer waxaan isku dayeynaa inaan fududayno helitaanka adeeggan. Haddii aad aragto dhibaato aan boggan ku qornayn, ama aad u malaynayso inaanan buuxin shuruudaha helitaanka, nala soo xiriir.

accessibility-enforcement-heading = Habka fulinta
accessibility-enforcement = Guddiga Sinnaanta iyo Xuquuqda Aadanaha (Equality and Human Rights Commission, EHRC) ayaa mas’uul ka ah fulinta xeerarka helitaanka ee mareegaha iyo barnaamijyada hay’adaha dawladda (the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, ‘xeerarka helitaanka’). Haddii aadan ku qanacsanayn sida aan uga jawaabnay cabashadaada, la xiriir Adeegga La-talinta iyo Taageerada Sinnaanta (Equality Advisory and Support Service, EASS).
accessibility-enforcement-eass-link = Adeegga La-talinta iyo Taageerada Sinnaanta (EASS)
accessibility-enforcement-northern-ireland = Haddii aad joogto Waqooyiga Ayrlaand oo aadan ku qanacsanayn sida aan uga jawaabnay cabashadaada, waxaad la xiriiri kartaa Guddiga Sinnaanta ee Waqooyiga Ayrlaand (Equality Commission for Northern Ireland, ECNI), kaas oo mas’uul ka ah fulinta xeerarka helitaanka ee Waqooyiga Ayrlaand.
accessibility-enforcement-ecni-link = Guddiga Sinnaanta ee Waqooyiga Ayrlaand (ECNI)

accessibility-technical-heading = Macluumaad farsamo oo ku saabsan helitaanka adeeggan
accessibility-technical = Waxaan u heellan nahay inaan adeeggan ka dhigno mid la heli karo, sida ay dhigayaan xeerarka helitaanka (the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018).
accessibility-regulations-link = Xeerarka helitaanka ee legislation.gov.uk (Ingiriisi)
accessibility-compliance-heading = Heerka u hoggaansanaanta
accessibility-compliance = Adeeggani qayb ahaan wuxuu u hoggaansan yahay heerka AA ee Tilmaamaha Helitaanka Nuxurka Mareegaha (WCAG) nooca 2.2, sababtoo ah u hoggaansanaan la’aanta hoos ku qoran.
accessibility-wcag-link = Tilmaamaha Helitaanka Nuxurka Mareegaha (WCAG) 2.2
accessibility-non-accessible-heading = Nuxurka aan la heli karin
accessibility-non-accessible = Nuxurka hoos ku qoran lama heli karo sababtan awgeed.
accessibility-non-compliance-heading = U hoggaansanaan la’aanta xeerarka helitaanka
accessibility-non-compliance-language-of-parts = Qoraalka habaynta hay’adda ee lagu bixiyay hal luqad oo keliya, sida saacadaha uu furan yahay adeegga u-doodisku, wuxuu ku soo baxaa luqaddaas boggaga luqadaha kale ah, iyadoon lagu calaamadin luqadda uu ku qoran yahay. Tani ma buuxiso shuruudda guusha 3.1.2 ee WCAG 2.2 (Luqadda qaybaha). In qoraalkaas lagu bixiyo luqad kasta oo adeeggu leeyahay ayaa ka hortagta.

accessibility-improving-heading = Waxa aan samaynayno si aan u fududayno helitaanka
accessibility-improving-intro = Adeeggani waa barnaamij il-furan (open source). Kuwa sameeyay waxay qorsheynayaan inay:
accessibility-improving-translations = turjumaad kasta u dhiibaan turjumaan xirfad leh si uu u hubiyo, qaybta Ingiriisiga fududna qoraa ku takhasusay qoraalka fudud
accessibility-improving-manual-checks = adeegga ku tijaabiyaan akhriyeyaasha shaashadda, iyo dad naafo ah
accessibility-improving-language-of-parts = calaamadiyaan luqadda qoraalka lagu bixiyay hal luqad oo keliya
accessibility-improving-bsl = ku daraan muuqaallo Luqadda Calaamadaha Ingiriiska ah

accessibility-preparation-heading = Diyaarinta bayaankan helitaanka
accessibility-prepared = Bayaankan waxaa la diyaariyay { $prepared }. Markii ugu dambaysay waxaa dib loo eegay { $reviewed }.
# $axe is the version of the axe-core checker, e.g. 4.14.1.
accessibility-tested = Adeeggan waxaa markii ugu dambaysay la tijaabiyay { $date }. Tijaabada waxaa sameeyay kuwa sameeyay adeegga, iyagoo isticmaalaya hubin otomaatig ah: axe-core { $axe } wuxuu boggaga ku hubiyay shuruudaha guusha ee WCAG 2.2 heerarka A iyo AA ee uu tijaabin karo, gudaha biraawsarka Chromium (dhammaan boggaga Ingiriisiga; natiijooyinka, codsiga u-doodaha, bogga dib-u-eegista turjumaanada, bayaankan iyo bogga asturnaanta luqad kasta), tijaabooyin kalena waxay hubiyeen in su’aalaha laga jawaabi karo kiiboodh oo keliya iyo in boggaga Carabiga iyo Urduuga laga bilaabo midig ilaa bidix.
accessibility-manual-none = Weli lama samayn wax hubin gacan ah, sida tijaabin lagu sameeyo akhriye shaashad.
accessibility-manual-intro = Hubinta gacanta:
# One manual check: $date is its day, $check what was checked (one of
# the accessibility-manual-kind messages).
accessibility-manual-check = { $date }: { $check }
accessibility-manual-kind-keyboard = bog kasta waxaa lagu isticmaalay kiiboodh oo keliya
accessibility-manual-kind-screen-reader = bog kasta waxaa lagu isticmaalay akhriye shaashad
accessibility-manual-kind-zoom = bog kasta waxaa la isticmaalay isagoo la weyneeyay ilaa 400%, iyo shaashad 320 pixel ballaceedu yahay
accessibility-manual-kind-disabled-users = dad naafo ah oo isticmaali kara ayaa adeegga tijaabiyay

## The privacy page

privacy-heading = Asturnaanta: waxa ku dhaca jawaabahaaga
privacy-intro = Adeeggani meelna uma diro jawaabahaaga. Waxay ku jiraan biraawsarka taleefankan, tablet-kan ama kombiyuutarkan, haddii aadan adigu dirin mooyee.

privacy-stored-heading = Waxa lagu hayo qalabkan
privacy-stored-intro = Inta aad adeegga isticmaalayso, biraawsarkaagu wuxuu waxyaabahan ku hayaa kaydka fadhiga (session storage), kayd ay leedahay tab-kan biraawsarka. Mid kastaa wuxuu leeyahay magac, kaas oo marka hore la muujiyay:
# After the name of an item in session storage.
privacy-stored-answers = jawaabahaaga su’aalaha, si ay u sii jiraan marka aad dib ama hore u socoto ama boggaa dib u furto
privacy-stored-language = luqadda aad dooratay, si bogga xiga uu ugu soo baxo luqaddaas
privacy-stored-nothing-else = Wax kale lama hayo: ma jiraan cookies, waxna laguma hayo kaydka muddada dheer ee biraawsarka.

privacy-how-long-heading = Inta lagu hayo
privacy-how-long = Biraawsarkaagu wuxuu tirtiraa kaydka fadhiga marka aad xirto tab-ka ama biraawsarka. “{ clear-answers }”, oo ku yaal bog kasta hoostiisa marka aad su’aal ka jawaabto kadib, isla markiiba wuu tirtiraa jawaabahaaga.
privacy-history = Cinwaanka bogga natiijada wuxuu jawaabahaaga ku hayaa calaamadda # kadib, sidaas darteed taariikhda (history) biraawsarkaagu way haysaa ilaa aad tirtirto. Taleefan ama kombiyuutar la wadaago, isticmaal daaqad gaar ah (private window), ama tirtir taariikhda marka aad dhammayso.

privacy-sent-heading = Waxa la diro, iyo cidda loo diro
privacy-sent = Adeeggani cidna uma diro wax aad dooratay ama qortay. Ma jiraan cookies, falanqayn isticmaal iyo xayeysiis toona, waxna lagama soo raro mareeg kale.
privacy-files = Biraawsarkaagu wuxuu faylasha adeegga ka soo dejiyaa mareegta uu ka yimid: koodhka iyo qaabka boggaga, erayada luqaddaada, liiska adeegyada u-doodista ee deegaanka, iyo sawirada Ingiriisiga fudud. Jawaabahaagu kama mid aha codsiyadan: biraawsarku marna ma diro qaybta cinwaanka ee ka dambaysa calaamadda #. Sida mareeg kasta, server-ka mareegtaas wuxuu diiwaan gelin karaa codsiyada, sida cinwaanka internetka ee qalabkaaga iyo waqtiga.
privacy-request = Haddii aad codsato u-doode, fariintaada waxaa dira barnaamijka fariimaha qoraalka ama iimaylka ee taleefankaaga, oo keliya marka aad halkaas ka dirto. Waxay adeegga u-doodista ku gaartaa shirkadda taleefankaaga ama bixiyaha iimaylkaaga, ma aha adeeggan.
privacy-read-aloud = Cod-dheer-akhrisku wuxuu isticmaalaa oo keliya codadka ku shaqeeya qalabkaaga laftiisa, sidaas darteed erayada bogga meelna looma diro. Biraawsarrada qaarkood waxay sidoo kale bixiyaan codad internetka ku shaqeeya (tusaale ahaan, codadka qaar ee Google Chrome ee kombiyuutarka): adeeggani marnaba ma isticmaalo, haddii qalabkaaguna luqaddaada u leeyahay oo keliya codad noocaas ah, ma jiro badhanka “Dhageyso boggan”.
privacy-embedded = Haddii adeeggani qayb ka yahay bog mareeg oo hay’ad kale leedahay, inta kale ee boggaas waxaa khuseeya ogeysiiska asturnaanta ee hay’addaas.

privacy-contact-heading = Su’aalo ku saabsan macluumaadkaaga
privacy-contact = Si aad wax uga weydiiso macluumaadkaaga, ama sida aan u isticmaalno, la xiriir sarkaalkayaga ilaalinta xogta (data protection officer).
privacy-ico = Haddii aadan ku qanacsanayn sida hay’ad u isticmaasho macluumaadkaaga, waxaad cabasho u gudbin kartaa Xafiiska Guddoomiyaha Macluumaadka (Information Commissioner’s Office, ICO).
privacy-ico-link = Cabasho u gudbi Xafiiska Guddoomiyaha Macluumaadka (ICO)

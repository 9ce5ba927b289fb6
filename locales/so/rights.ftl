# SPDX-License-Identifier: MIT OR Apache-2.0

### Rights shown on the result page, one message per right.
### The value is the heading; the .body attribute explains the right.
### Every message receives $audience: "patient", "carer" or "staff".
### Section names such as "section 2" stay in the text: they are what the
### power is called. The app prints the legal citations separately.

## Information about rights

right-information-detained = In loo sheego xuquuqda
    .body =
        { $audience ->
            [carer] Isbitaalku waa inuu u sheegaa qofka aad wax ka weydiinayso qodobka uu ku hoos jiro, waxa uu ka dhigan yahay, iyo xuquuqdiisa. Waa inay tan ku sameeyaan af ahaan iyo qoraal ahaanba.
            [staff] Maamulka isbitaalka (hospital managers) waa inay bukaanka u sheegaan qodobka uu ku hoos jiro, waxa uu ka dhigan yahay, iyo xuquuqdiisa. Tan waa in lagu sameeyaa af ahaan iyo qoraal ahaanba.
           *[patient] Isbitaalku waa inuu kuu sheegaa qodobka aad ku hoos jirto, waxa uu ka dhigan yahay, iyo xuquuqdaada. Waa inay kuu sheegaan af ahaan iyo qoraal ahaanba.
        }
right-information-community = In loo sheego xuquuqda marka la joogo CTO
    .body =
        { $audience ->
            [carer] Isbitaalka mas’uulka ka ah CTO-ga waa inuu u sheegaa qofka aad wax ka weydiinayso waxa CTO-gu ka dhigan yahay iyo xuquuqdiisa. Waa inay tan ku sameeyaan af ahaan iyo qoraal ahaanba.
            [staff] Maamulka isbitaalka mas’uulka ah (hospital managers) waa inay bukaanka u sheegaan waxa CTO-gu ka dhigan yahay iyo xuquuqdiisa. Tan waa in lagu sameeyaa af ahaan iyo qoraal ahaanba.
           *[patient] Isbitaalka mas’uulka ka ah CTO-gaaga waa inuu kuu sheegaa waxa CTO-gu ka dhigan yahay iyo xuquuqdaada. Waa inay kuu sheegaan af ahaan iyo qoraal ahaanba.
        }
right-information-place-of-safety = In loo sheego xuquuqda
    .body =
        { $audience ->
            [carer] Haddii qofka aad wax ka weydiinayso la geeyo isbitaal oo ah goobta ammaanka ah (place of safety), isbitaalku waa inuu u sheegaa qodobka lagu hayo, waxa uu ka dhigan yahay, iyo xuquuqdiisa, af ahaan iyo qoraal ahaanba. Haddii uu joogo meel kale, wuxuu dadka haya weydiisan karaa inay u sharxaan xuquuqdiisa.
            [staff] Haddii goobta ammaanka ah (place of safety) ay tahay isbitaal, maamulka isbitaalka (hospital managers) waa inay bukaanka u sheegaan qodobka lagu hayo, saameyntiisa iyo xuquuqdiisa, af ahaan iyo qoraal ahaanba (qodobka 132). Haddii uu joogo meel kale, u sharax xuquuqdiisa.
           *[patient] Haddii lagu geeyo isbitaal oo ah goobta ammaanka ah (place of safety), isbitaalku waa inuu kuu sheegaa qodobka lagugu hayo, waxa uu ka dhigan yahay, iyo xuquuqdaada, af ahaan iyo qoraal ahaanba. Haddii aad joogto meel kale, weydii dadka ku haya inay kuu sharxaan xuquuqdaada.
        }
# Shown when the person does not know which section they are under.
right-ask-for-your-papers = Ogaanshaha qodobka khuseeya
    .body =
        { $audience ->
            [carer] Qofka aad wax ka weydiinayso wuxuu xaq u leeyahay in loo sheego qodobka uu ku hoos jiro iyo waxa uu ka dhigan yahay. Wuxuu shaqaalaha weydiin karaa qodobka uu ku jiro, wuxuuna codsan karaa buug-yaraha xuquuqdiisa.
            [staff] Bukaanku wuxuu xaq u leeyahay in loo sheego qodobka uu ku hoos jiro iyo waxa uu ka dhigan yahay. Hubi waraaqaha qodobkiisa, oo sii buug-yaraha xuquuqda ee qodobkaas.
           *[patient] Waxaad xaq u leedahay in laguu sheego qodobka aad ku hoos jirto iyo waxa uu ka dhigan yahay. Shaqaalaha weydii qodobka aad ku jirto, oo codso buug-yaraha xuquuqdaada.
        }

## How long each power lasts

right-section-2-length = Inta uu socdo qodobka 2
    .body =
        { $audience ->
            [carer] Qodobka 2 waa qiimeyn (in la ogaado caafimaadka maskaxda qofka iyo caawimaadda uu u baahan yahay). Wuxuu socdaa ilaa 28 maalmood. Lama cusboonaysiin karo, laakiin qofka aad wax ka weydiinayso waxaa laga yaabaa in kadib lagu hayo qodobka 3.
            [staff] Qodobka 2 waa qiimeyn. Wuxuu socdaa ilaa 28 maalmood. Lama cusboonaysiin karo, laakiin bukaanka waxaa laga yaabaa in kadib lagu hayo qodobka 3.
           *[patient] Qodobka 2 waa qiimeyn (in la ogaado caafimaadkaaga maskaxda iyo caawimaadda aad u baahan tahay). Wuxuu socdaa ilaa 28 maalmood. Lama cusboonaysiin karo, laakiin waxaa laga yaabaa in kadib lagugu hayo qodobka 3.
        }
right-section-3-length = Inta uu socdo qodobka 3
    .body = Qodobka 3 waa daaweyn. Marka hore wuxuu socdaa ilaa 6 bilood. Kadib waxaa loo cusboonaysiin karaa 6 bilood oo kale, kadibna 12 bilood mar kasta.
right-section-4-length = Inta uu socdo qodobka 4
    .body =
        { $audience ->
            [carer] Qodobka 4 waa xaaladaha degdegga ah, marka hal dhakhtar oo keliya uu awooday inuu arko qofka aad wax ka weydiinayso. Wuxuu socdaa ilaa 72 saacadood. Haddii dhakhtar labaad oggolaado, wuxuu noqon karaa qodobka 2.
            [staff] Qodobka 4 waa xaaladaha degdegga ah, iyadoo la raacayo hal talo caafimaad (medical recommendation). Wuxuu socdaa ilaa 72 saacadood. Haddii talo caafimaad oo labaad la helo, wuxuu noqonayaa qodobka 2.
           *[patient] Qodobka 4 waa xaaladaha degdegga ah, marka hal dhakhtar oo keliya uu awooday inuu ku arko. Wuxuu socdaa ilaa 72 saacadood. Haddii dhakhtar labaad oggolaado, wuxuu noqon karaa qodobka 2.
        }
right-section-5-2-length = Inta uu socdo qodobka 5(2)
    .body =
        { $audience ->
            [carer] Qodobka 5(2) wuxuu u oggolaanayaa dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician) inuu qofka aad wax ka weydiinayso ka joojiyo inuu ka baxo isbitaalka, marka uu halkaas u joogo bukaan ikhtiyaari ah. Wuxuu socdaa ilaa 72 saacadood.
            [staff] Qodobka 5(2) wuxuu u oggolaanayaa dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician) inuu isbitaalka ku hayo bukaan ikhtiyaari ah (informal) oo jiifa. Wuxuu socdaa ilaa 72 saacadood.
           *[patient] Qodobka 5(2) wuxuu u oggolaanayaa dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician) inuu kaa joojiyo inaad ka baxdo isbitaalka, marka aad halkaas u joogto bukaan ikhtiyaari ah. Wuxuu socdaa ilaa 72 saacadood.
        }
right-section-5-4-length = Inta uu socdo qodobka 5(4)
    .body =
        { $audience ->
            [carer] Qodobka 5(4) wuxuu u oggolaanayaa kalkaaliye caafimaad inuu qofka aad wax ka weydiinayso ka joojiyo inuu ka baxo isbitaalka, marka uu halkaas u joogo bukaan ikhtiyaari ah. Wuxuu socdaa ilaa 6 saacadood, si dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician) uu u yimaado oo qofka arko.
            [staff] Qodobka 5(4) waa awoodda kalkaaliyaha caafimaad ee lagu hayo bukaan ikhtiyaari ah (informal) oo jiifa. Wuxuu socdaa ilaa 6 saacadood, si dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician) uu u yimaado.
           *[patient] Qodobka 5(4) wuxuu u oggolaanayaa kalkaaliye caafimaad inuu kaa joojiyo inaad ka baxdo isbitaalka, marka aad halkaas u joogto bukaan ikhtiyaari ah. Wuxuu socdaa ilaa 6 saacadood, si dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician) uu u yimaado oo ku arko.
        }
# Sections 135 and 136 let the police take a person to a place of safety.
right-place-of-safety-length = Inta lagu hayn karo goob ammaan ah
    .body =
        { $audience ->
            [carer] Qodobada 135 iyo 136 waxay u oggolaanayaan booliiska inay qofka aad wax ka weydiinayso geeyaan goob ammaan ah (place of safety), sida isbitaal, si loo qiimeeyo. Halkaas waxaa lagu hayn karaa ilaa 24 saacadood. Waqtigan waxaa lagu kordhin karaa ilaa 12 saacadood oo kale.
            [staff] Qodobada 135 iyo 136 waxay u oggolaanayaan booliiska inay qof geeyaan goob ammaan ah (place of safety) si loo qiimeeyo. Bukaanka halkaas waxaa lagu hayn karaa ilaa 24 saacadood, waqtigaasna waxaa lagu kordhin karaa ilaa 12 saacadood oo kale.
           *[patient] Qodobada 135 iyo 136 waxay u oggolaanayaan booliiska inay ku geeyaan goob ammaan ah (place of safety), sida isbitaal, si laguu qiimeeyo. Halkaas waxaa lagugu hayn karaa ilaa 24 saacadood. Waqtigan waxaa lagu kordhin karaa ilaa 12 saacadood oo kale.
        }
right-section-35-length = Inta uu socdo qodobka 35
    .body =
        { $audience ->
            [carer] Qodobka 35 wuxuu ka dhigan yahay in maxkamad ay qofka aad wax ka weydiinayso u dirtay isbitaal si warbixin looga sameeyo caafimaadkiisa maskaxda. Wuxuu socdaa ilaa 28 maalmood mar kasta, oo aan ka badnayn 12 toddobaad wadar ahaan. Wuxuu heli karaa warbixin madax-bannaan oo isaga u gaar ah oo ka timid dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician) oo uu isagu doorto, isagoo kharashkeeda bixinaya, wuxuuna u isticmaali karaa inuu maxkamadda ka codsado inay joojiso haynta (remand).
            [staff] Qodobka 35 waa in maxkamaddu bukaanka u dirtay isbitaal (remand) si warbixin looga sameeyo xaaladdiisa maskaxda. Wuxuu socdaa ilaa 28 maalmood mar kasta, oo aan ka badnayn 12 toddobaad wadar ahaan. Bukaanku wuxuu heli karaa warbixin madax-bannaan, isagoo kharashkeeda bixinaya, wuxuuna ku saleyn karaa codsi uu maxkamadda u gudbiyo si loo joojiyo remand-ka.
           *[patient] Qodobka 35 wuxuu ka dhigan yahay in maxkamad ay kuu dirtay isbitaal si warbixin looga sameeyo caafimaadkaaga maskaxda. Wuxuu socdaa ilaa 28 maalmood mar kasta, oo aan ka badnayn 12 toddobaad wadar ahaan. Waxaad heli kartaa warbixin madax-bannaan oo adiga kuu gaar ah oo ka timid dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician) oo aad adigu doorato, laakiin waa inaad lacagteeda bixisaa. Kadib waxaad u isticmaali kartaa inaad maxkamadda ka codsato inay joojiso haynta (remand).
        }
right-section-36-length = Inta uu socdo qodobka 36
    .body =
        { $audience ->
            [carer] Qodobka 36 wuxuu ka dhigan yahay in maxkamad ay qofka aad wax ka weydiinayso u dirtay isbitaal si loo daaweeyo inta ay dacwaddiisa maxkamaddu socoto. Wuxuu socdaa ilaa 28 maalmood mar kasta, oo aan ka badnayn 12 toddobaad wadar ahaan. Wuxuu heli karaa warbixin madax-bannaan oo isaga u gaar ah, isagoo kharashkeeda bixinaya, wuxuuna u isticmaali karaa inuu maxkamadda ka codsado inay joojiso haynta (remand).
            [staff] Qodobka 36 waa in maxkamaddu bukaanka u dirtay isbitaal (remand) si loo daaweeyo. Wuxuu socdaa ilaa 28 maalmood mar kasta, oo aan ka badnayn 12 toddobaad wadar ahaan. Bukaanku wuxuu heli karaa warbixin madax-bannaan, isagoo kharashkeeda bixinaya, wuxuuna ku saleyn karaa codsi uu maxkamadda u gudbiyo si loo joojiyo remand-ka.
           *[patient] Qodobka 36 wuxuu ka dhigan yahay in maxkamad ay kuu dirtay isbitaal si laguu daaweeyo inta ay dacwaddaada maxkamaddu socoto. Wuxuu socdaa ilaa 28 maalmood mar kasta, oo aan ka badnayn 12 toddobaad wadar ahaan. Waxaad heli kartaa warbixin madax-bannaan oo adiga kuu gaar ah, laakiin waa inaad lacagteeda bixisaa. Kadib waxaad u isticmaali kartaa inaad maxkamadda ka codsato inay joojiso haynta (remand).
        }
right-section-37-length = Inta uu socdo amarka isbitaalka
    .body =
        { $audience ->
            [carer] Qodobka 37 waa amar isbitaal (hospital order): maxkamad ayaa qofka aad wax ka weydiinayso u dirtay isbitaal si loo daaweeyo. Marka hore wuxuu socdaa ilaa 6 bilood. Kadib waxaa loo cusboonaysiin karaa 6 bilood oo kale, kadibna 12 bilood mar kasta.
            [staff] Qodobka 37 waa amar isbitaal (hospital order) oo ay bixisay maxkamad. Marka hore wuxuu socdaa ilaa 6 bilood. Kadib waxaa loo cusboonaysiin karaa 6 bilood oo kale, kadibna 12 bilood mar kasta.
           *[patient] Qodobka 37 waa amar isbitaal (hospital order): maxkamad ayaa kuu dirtay isbitaal si laguu daaweeyo. Marka hore wuxuu socdaa ilaa 6 bilood. Kadib waxaa loo cusboonaysiin karaa 6 bilood oo kale, kadibna 12 bilood mar kasta.
        }
right-section-38-length = Inta uu socdo amarka isbitaalka ee ku meel gaarka ah
    .body =
        { $audience ->
            [carer] Qodobka 38 waa amar isbitaal oo ku meel gaar ah (interim hospital order): maxkamad ayaa qofka aad wax ka weydiinayso u dirtay isbitaal muddo, si loo ogaado in amar isbitaal uu u habboon yahay. Marka hore wuxuu socdaa ilaa 12 toddobaad. Maxkamaddu way cusboonaysiin kartaa ilaa 28 maalmood mar kasta, ilaa 12 bilood wadar ahaan.
            [staff] Qodobka 38 waa amar isbitaal oo ku meel gaar ah (interim hospital order). Marka hore wuxuu socdaa ilaa 12 toddobaad. Maxkamaddu way cusboonaysiin kartaa ilaa 28 maalmood mar kasta, ilaa 12 bilood wadar ahaan.
           *[patient] Qodobka 38 waa amar isbitaal oo ku meel gaar ah (interim hospital order): maxkamad ayaa kuu dirtay isbitaal muddo, si loo ogaado in amar isbitaal uu kuu habboon yahay. Marka hore wuxuu socdaa ilaa 12 toddobaad. Maxkamaddu way cusboonaysiin kartaa ilaa 28 maalmood mar kasta, ilaa 12 bilood wadar ahaan.
        }

## Court and prison sections

right-prison-transfer = Laga keeno xabsiga oo la geeyo isbitaalka
    .body =
        { $audience ->
            [carer] Qofka aad wax ka weydiinayso waxaa laga keenay xabsiga, ama meel kale oo lagu hayay, waxaana la geeyay isbitaalka si loo daaweeyo. Iyadoo ay ku xiran tahay xaaladdiisa, wuxuu dib ugu noqon karaa xabsiga marka aanu mar dambe u baahnayn daaweyn isbitaal. Wuxuu shaqaalaha ama qareen weydiin karaa waxa ku dhici doona kiiskiisa.
            [staff] Bukaanka waxaa laga soo wareejiyay xabsiga, ama goob kale oo lagu hayo dadka, waxaana la geeyay isbitaalka si loo daaweeyo. Iyadoo ay ku xiran tahay xaaladdiisa, wuxuu dib ugu noqon karaa xabsiga marka aanu mar dambe u baahnayn daaweyn isbitaal.
           *[patient] Waxaa lagaa keenay xabsiga, ama meel kale oo lagugu hayay, waxaana lagu geeyay isbitaalka si laguu daaweeyo. Iyadoo ay ku xiran tahay xaaladdaada, waxaad dib ugu noqon kartaa xabsiga marka aadan mar dambe u baahnayn daaweyn isbitaal. Shaqaalaha ama qareen weydii waxa ku dhici doona kiiskaaga.
        }
right-hospital-direction = Tilmaanta isbitaalka (hospital direction)
    .body =
        { $audience ->
            [carer] Tilmaanta isbitaalka (hospital direction) waxay ka dhigan tahay in maxkamaddu ay qofka aad wax ka weydiinayso ku xukuntay xabsi, laakiin ay marka hore u dirtay isbitaal si loo daaweeyo. Marka aanu mar dambe u baahnayn daaweyn isbitaal, waxaa laga yaabaa in loo wareejiyo xabsiga.
            [staff] Tilmaanta isbitaalka (hospital direction) waxay ka dhigan tahay in maxkamaddu ay xukun xabsi ridday, laakiin ay amartay in bukaanku marka hore tago isbitaalka si loo daaweeyo. Marka aanu mar dambe u baahnayn daaweyn isbitaal, waxaa laga yaabaa in loo wareejiyo xabsiga.
           *[patient] Tilmaanta isbitaalka (hospital direction) waxay ka dhigan tahay in maxkamaddu ay kugu xukuntay xabsi, laakiin ay marka hore kuu dirtay isbitaal si laguu daaweeyo. Marka aadan mar dambe u baahnayn daaweyn isbitaal, waxaa laga yaabaa in laguu wareejiyo xabsiga.
        }
# "Restrictions" here means a restriction order or restriction direction.
right-restrictions = Xaddidaadaha
    .body =
        { $audience ->
            [carer] Qodobka qofka aad wax ka weydiinayso wuxuu leeyahay xaddidaado. Tani waxay ka dhigan tahay in khabiirka caafimaad ee mas’uulka ah (responsible clinician: xirfadlaha mas’uulka ka ah daryeelkiisa) uu u baahan yahay oggolaanshaha Wasiirka Cadaaladda (Secretary of State for Justice, oo ah wasiir dowladeed) si uu u siiyo fasax, ugu wareejiyo isbitaal kale ama u sii daayo.
            [staff] Bukaanku waa bukaan xaddidaad leh (restricted patient). Khabiirka caafimaad ee mas’uulka ah (responsible clinician) wuxuu u baahan yahay oggolaanshaha Wasiirka Cadaaladda (Secretary of State for Justice) si uu u siiyo fasax, ugu wareejiyo isbitaal kale ama u sii daayo.
           *[patient] Qodobkaagu wuxuu leeyahay xaddidaado. Tani waxay ka dhigan tahay in khabiirka caafimaad ee mas’uulka ah (responsible clinician: xirfadlaha mas’uulka ka ah daryeelkaaga) uu u baahan yahay oggolaanshaha Wasiirka Cadaaladda (Secretary of State for Justice, oo ah wasiir dowladeed) si uu kuu siiyo fasax, kuugu wareejiyo isbitaal kale ama kuu sii daayo.
        }

## The Tribunal

right-section-2-tribunal = Codsiga Tribunal-ka
    .body =
        { $audience ->
            [carer] Qofka aad wax ka weydiinayso wuxuu codsi u gudbin karaa Tribunal-ka (guddi madax-bannaan oo joojin kara qodobkiisa) 14-ka maalmood ee ugu horreeya qodobkiisa 2. Qareen ayaa bilaash uga caawin kara codsiga.
            [staff] Bukaanku wuxuu codsi u gudbin karaa Tribunal-ka 14-ka maalmood ee ugu horreeya qodobkiisa 2. Caawimaad sharci oo bilaash ah oo qareen ayaa loo heli karaa kiisaska Tribunal-ka.
           *[patient] Waxaad codsi u gudbin kartaa Tribunal-ka (guddi madax-bannaan oo joojin kara qodobkaaga) 14-ka maalmood ee ugu horreeya qodobkaaga 2. Qareen ayaa bilaash kaaga caawin kara codsiga.
        }
right-section-3-tribunal = Codsiga Tribunal-ka
    .body =
        { $audience ->
            [carer] Qofka aad wax ka weydiinayso wuxuu codsi u gudbin karaa Tribunal-ka (guddi madax-bannaan oo joojin kara qodobkiisa) hal mar 6-da bilood ee ugu horreeya, hal mar 6-da bilood ee xiga, kadibna hal mar sannad kasta. Qareen ayaa bilaash uga caawin kara codsiga.
            [staff] Bukaanku wuxuu codsi u gudbin karaa Tribunal-ka hal mar 6-da bilood ee ugu horreeya, hal mar 6-da bilood ee xiga, kadibna hal mar sannad kasta. Caawimaad sharci oo bilaash ah oo qareen ayaa loo heli karaa kiisaska Tribunal-ka.
           *[patient] Waxaad codsi u gudbin kartaa Tribunal-ka (guddi madax-bannaan oo joojin kara qodobkaaga) hal mar 6-da bilood ee ugu horreeya, hal mar 6-da bilood ee xiga, kadibna hal mar sannad kasta. Qareen ayaa bilaash kaaga caawin kara codsiga.
        }
right-section-3-referral = Marka maamulka isbitaalka ay kiiskaaga u diraan Tribunal-ka
    .body =
        { $audience ->
            [carer] Haddii qofka aad wax ka weydiinayso aanu codsi u gudbin Tribunal-ka 6-da bilood ee ugu horreeya, maamulka isbitaalka (hospital managers) waa inay kiiskiisa u diraan Tribunal-ka. Codsi la laabtay (withdrawn) laguma tiriyo. Maamulku waa inay sidoo kale u diraan haddii 3 sano ay dhaafaan iyadoon Tribunal-ku eegin kiiskiisa (1 sano haddii uu ka yar yahay 18 sano).
            [staff] Haddii bukaanku aanu codsan 6-da bilood ee ugu horreeya (codsi la laabtay laguma tiriyo), maamulka isbitaalka (hospital managers) waa inay kiiska u gudbiyaan Tribunal-ka. Waa inay sidoo kale u gudbiyaan haddii Tribunal-ku aanu tixgelin kiiska muddo 3 sano ah (1 sano haddii bukaanku ka yar yahay 18 sano).
           *[patient] Haddii aadan codsi u gudbin Tribunal-ka 6-da bilood ee ugu horreeya, maamulka isbitaalka (hospital managers) waa inay kiiskaaga u diraan Tribunal-ka. Codsi la laabtay (withdrawn) laguma tiriyo. Waa inay sidoo kale u diraan haddii 3 sano ay dhaafaan iyadoon Tribunal-ku eegin kiiskaaga (1 sano haddii aad ka yar tahay 18 sano).
        }
right-section-37-tribunal = Codsiga Tribunal-ka
    .body =
        { $audience ->
            [carer] Marka uu ku jiro amar isbitaal (hospital order), qofka aad wax ka weydiinayso ma codsan karo Tribunal-ka (guddi madax-bannaan oo joojin kara qodobkiisa) 6-da bilood ee ugu horreeya. Intaas kadib, wuxuu codsan karaa hal mar inta u dhaxaysa 6 iyo 12 bilood, kadibna hal mar sannad kasta. Haddii laga keenay xabsiga, xeerarku way ka duwan yihiin, sidaas darteed weydii shaqaalaha ama qareen. Qareen ayaa bilaash uga caawin kara Tribunal-ka (legal aid).
            [staff] Bukaanka ku jira amar isbitaal (hospital order) ma codsan karo 6-da bilood ee ugu horreeya. Wuxuu codsan karaa hal mar 6-da bilood ee labaad, kadibna hal mar sannadkii, marka amarka la cusboonaysiiyo. Caawimaad sharci oo bilaash ah oo qareen (legal aid) ayaa loo heli karaa kiisaska Tribunal-ka.
           *[patient] Marka aad ku jirto amar isbitaal (hospital order), ma codsan kartid Tribunal-ka (guddi madax-bannaan oo joojin kara qodobkaaga) 6-da bilood ee ugu horreeya. Intaas kadib, waxaad codsan kartaa hal mar inta u dhaxaysa 6 iyo 12 bilood, kadibna hal mar sannad kasta. Haddii lagaa keenay xabsiga, xeerarku way ka duwan yihiin, sidaas darteed weydii shaqaalaha ama qareen. Qareen ayaa bilaash kaaga caawin kara Tribunal-ka (legal aid).
        }
right-section-37-referral = Marka maamulka isbitaalka ay kiiskaaga u diraan Tribunal-ka
    .body =
        { $audience ->
            [carer] Haddii 3 sano ay dhaafaan iyadoon Tribunal-ku eegin kiiska qofka aad wax ka weydiinayso (1 sano haddii uu ka yar yahay 18 sano), maamulka isbitaalka (hospital managers) waa inay u diraan Tribunal-ka.
            [staff] Maamulka isbitaalka (hospital managers) waa inay kiiska u gudbiyaan haddii Tribunal-ku aanu tixgelin muddo 3 sano ah (1 sano haddii bukaanku ka yar yahay 18 sano). Gudbinta 6-da bilood kadib ah kuma khusayso amar isbitaal (hospital order).
           *[patient] Haddii 3 sano ay dhaafaan iyadoon Tribunal-ku eegin kiiskaaga (1 sano haddii aad ka yar tahay 18 sano), maamulka isbitaalka (hospital managers) waa inay u diraan Tribunal-ka.
        }
right-restricted-tribunal = Codsiga Tribunal-ka
    .body =
        { $audience ->
            [carer] Qofka aad wax ka weydiinayso wuxuu codsi u gudbin karaa Tribunal-ka (guddi madax-bannaan oo go’aamin kara in la sii daayo) hal mar inta u dhaxaysa 6 iyo 12 bilood kadib amarkiisa, kadibna hal mar sannad kasta. Haddii 3 sano ay dhaafaan iyadoon Tribunal-ku eegin kiiskiisa, Wasiirka Cadaaladda (Secretary of State for Justice) waa inuu kiiska u diraa Tribunal-ka. Qareen ayaa bilaash uga caawin kara Tribunal-ka (legal aid).
            [staff] Bukaan xaddidaad leh (restricted patient) wuxuu codsan karaa inta u dhaxaysa 6 iyo 12 bilood kadib amarka, kadibna hal mar 12 bilood kasta. Wasiirka Cadaaladda (Secretary of State) waa inuu kiiska u gudbiyaa haddii Tribunal-ku aanu tixgelin muddo 3 sano ah. Caawimaad sharci oo bilaash ah oo qareen (legal aid) ayaa loo heli karaa kiisaska Tribunal-ka.
           *[patient] Waxaad codsi u gudbin kartaa Tribunal-ka (guddi madax-bannaan oo go’aamin kara in lagu sii daayo) hal mar inta u dhaxaysa 6 iyo 12 bilood kadib amarkaaga, kadibna hal mar sannad kasta. Haddii 3 sano ay dhaafaan iyadoon Tribunal-ku eegin kiiskaaga, Wasiirka Cadaaladda (Secretary of State for Justice) waa inuu kiiska u diraa Tribunal-ka. Qareen ayaa bilaash kaaga caawin kara Tribunal-ka (legal aid).
        }
right-restricted-transfer-tribunal = Codsiga Tribunal-ka
    .body =
        { $audience ->
            [carer] Qofka aad wax ka weydiinayso wuxuu codsi u gudbin karaa Tribunal-ka (guddi madax-bannaan). Qareen ayaa u sheegi kara goorta, wuxuuna bilaash uga caawin karaa (legal aid). Tribunal-ku isagu ma sii dayn karo. Wuxuu u sheegaa Wasiirka Cadaaladda (Secretary of State for Justice) in la sii deyn lahaa haddii uu ku jiri lahaa amar isbitaal, wuxuuna ku talin karaa inuu isbitaalka sii joogo halkii uu xabsiga ku laaban lahaa. Waxaa laga yaabaa inuu sidoo kale Guddiga Sii-daynta (Parole Board) ka codsan karo inay sii daayaan.
            [staff] Bukaanka ku jira tilmaan isbitaal (hospital direction) ama tilmaan wareejin xaddidaad leh (restricted transfer direction), Tribunal-ku ma sii dayn karo: wuxuu Wasiirka Cadaaladda (Secretary of State) ku wargeliyaa in bukaanku xaq u yeelan lahaa sii-dayn, wuxuuna ku talin karaa in lagu sii hayo isbitaalka halkii xabsiga loo celin lahaa. Codsiyada Guddiga Sii-daynta (Parole Board) weli waa suurtagal. Caawimaad sharci oo bilaash ah oo qareen (legal aid) ayaa loo heli karaa kiisaska Tribunal-ka.
           *[patient] Waxaad codsi u gudbin kartaa Tribunal-ka (guddi madax-bannaan). Qareen ayaa kuu sheegi kara goorta, wuxuuna bilaash kaaga caawin karaa (legal aid). Tribunal-ku isagu kuma sii dayn karo. Wuxuu u sheegaa Wasiirka Cadaaladda (Secretary of State for Justice) in lagu sii deyn lahaa haddii aad ku jiri lahayd amar isbitaal, wuxuuna ku talin karaa inaad isbitaalka sii joogto halkii aad xabsiga ku laaban lahayd. Waxaa laga yaabaa inaad sidoo kale Guddiga Sii-daynta (Parole Board) ka codsan karto inay ku sii daayaan.
        }
right-transfer-tribunal = Codsiga Tribunal-ka
    .body =
        { $audience ->
            [carer] Haddii qofka aad wax ka weydiinayso laga keenay xabsiga oo la geeyay isbitaalka, wuxuu codsi u gudbin karaa Tribunal-ka (guddi madax-bannaan) 6-da bilood ee ugu horreeya kadib wareejinta, hal mar 6-da bilood ee xiga, kadibna hal mar sannad kasta. Qareen ayaa u hubin kara taariikhaha, wuxuuna bilaash uga caawin karaa (legal aid).
            [staff] Maxbuus la soo wareejiyay wuxuu codsan karaa 6-da bilood ee ugu horreeya kadib wareejinta, hal mar 6-da bilood ee xiga, kadibna hal mar sannadkii. Caawimaad sharci oo bilaash ah oo qareen (legal aid) ayaa loo heli karaa kiisaska Tribunal-ka.
           *[patient] Haddii lagaa keenay xabsiga oo lagu geeyay isbitaalka, waxaad codsi u gudbin kartaa Tribunal-ka (guddi madax-bannaan) 6-da bilood ee ugu horreeya kadib wareejinta, hal mar 6-da bilood ee xiga, kadibna hal mar sannad kasta. Qareen ayaa kuu hubin kara taariikhaha, wuxuuna bilaash kaaga caawin karaa (legal aid).
        }
right-cto-tribunal = Codsiga Tribunal-ka
    .body =
        { $audience ->
            [carer] Qofka aad wax ka weydiinayso wuxuu codsi u gudbin karaa Tribunal-ka (guddi madax-bannaan oo joojin kara CTO-giisa) hal mar 6-da bilood ee ugu horreeya CTO-giisa, kadibna hal mar muddo kasta oo loo kordhiyo. Qareen ayaa bilaash uga caawin kara Tribunal-ka (legal aid).
            [staff] Bukaan bulshada ku jira (community patient) wuxuu codsan karaa hal mar 6-da bilood ee ugu horreeya CTO-ga, hal mar marka CTO-ga la buriyo, iyo hal mar muddo kasta oo kordhin ah. Caawimaad sharci oo bilaash ah oo qareen (legal aid) ayaa loo heli karaa kiisaska Tribunal-ka.
           *[patient] Waxaad codsi u gudbin kartaa Tribunal-ka (guddi madax-bannaan oo joojin kara CTO-gaaga) hal mar 6-da bilood ee ugu horreeya CTO-gaaga, kadibna hal mar muddo kasta oo loo kordhiyo. Qareen ayaa bilaash kaaga caawin kara Tribunal-ka (legal aid).
        }
right-cto-referral = Marka maamulka isbitaalka ay kiiskaaga u diraan Tribunal-ka
    .body =
        { $audience ->
            [carer] Haddii qofka aad wax ka weydiinayso aanu codsi u gudbin Tribunal-ka 6-da bilood ee ugu horreeya CTO-giisa, maamulka isbitaalka (hospital managers) waa inay kiiskiisa u diraan Tribunal-ka. Waa inay sidoo kale u diraan haddii 3 sano ay dhaafaan iyadoon Tribunal-ku eegin (1 sano haddii qofku ka yar yahay 18 sano), iyo isla markiiba haddii CTO-ga la buriyo.
            [staff] Maamulka isbitaalka (hospital managers) waa inay kiiska u gudbiyaan haddii aan codsi la gudbin 6-da bilood ee ugu horreeya, haddii Tribunal-ku aanu tixgelin muddo 3 sano ah (1 sano haddii bukaanku ka yar yahay 18 sano), iyo sida ugu dhakhsaha badan kadib marka CTO-ga la buriyo.
           *[patient] Haddii aadan codsi u gudbin Tribunal-ka 6-da bilood ee ugu horreeya CTO-gaaga, maamulka isbitaalka (hospital managers) waa inay kiiskaaga u diraan Tribunal-ka. Waa inay sidoo kale u diraan haddii 3 sano ay dhaafaan iyadoon Tribunal-ku eegin (1 sano haddii aad ka yar tahay 18 sano), iyo isla markiiba haddii CTO-gaaga la buriyo.
        }
right-guardianship-tribunal = Codsiga Tribunal-ka
    .body =
        { $audience ->
            [carer] Qofka aad wax ka weydiinayso wuxuu codsi u gudbin karaa Tribunal-ka (guddi madax-bannaan oo joojin kara ilaalinta sharciga ee uu ku hoos jiro) hal mar 6-da bilood ee ugu horreeya, kadibna hal mar muddo kasta oo loo cusboonaysiiyo. Qareen ayaa bilaash uga caawin kara Tribunal-ka (legal aid).
            [staff] Bukaan ku jira ilaalinta sharciga (guardianship) wuxuu codsan karaa hal mar 6-da bilood ee ugu horreeya iyo hal mar muddo kasta oo cusboonaysiin ah. Caawimaad sharci oo bilaash ah oo qareen (legal aid) ayaa loo heli karaa kiisaska Tribunal-ka.
           *[patient] Waxaad codsi u gudbin kartaa Tribunal-ka (guddi madax-bannaan oo joojin kara ilaalinta sharciga ee aad ku hoos jirto) hal mar 6-da bilood ee ugu horreeya, kadibna hal mar muddo kasta oo loo cusboonaysiiyo. Qareen ayaa bilaash kaaga caawin kara Tribunal-ka (legal aid).
        }
right-conditional-discharge-tribunal = Codsiga Tribunal-ka
    .body =
        { $audience ->
            [carer] Qofka aad wax ka weydiinayso wuxuu Tribunal-ka (guddi madax-bannaan) ka codsan karaa inuu beddelo shuruudihiisa ama uu joojiyo sii-daynta shuruudda leh. Codsiga ugu horreeya wuxuu gudbin karaa inta u dhaxaysa 12 bilood iyo 2 sano kadib markii la sii daayay, kadibna hal mar 2 sano kasta. Qareen ayaa bilaash uga caawin kara Tribunal-ka (legal aid).
            [staff] Bukaan la siiyay sii-dayn shuruud leh (conditional discharge) oo aan dib loogu yeerin isbitaalka wuxuu codsan karaa inta u dhaxaysa 12 bilood iyo 2 sano kadib sii-daynta, kadibna hal mar 2 sano kasta; Tribunal-ku wuu beddeli karaa shuruudaha ama wuu joojin karaa xaddidaadaha. Caawimaad sharci oo bilaash ah oo qareen (legal aid) ayaa loo heli karaa kiisaska Tribunal-ka.
           *[patient] Waxaad Tribunal-ka (guddi madax-bannaan) ka codsan kartaa inuu beddelo shuruudahaaga ama uu joojiyo sii-daynta shuruudda leh. Codsiga ugu horreeya waxaad gudbin kartaa inta u dhaxaysa 12 bilood iyo 2 sano kadib markii lagu sii daayay, kadibna hal mar 2 sano kasta. Qareen ayaa bilaash kaaga caawin kara Tribunal-ka (legal aid).
        }
# Shown when the exact section is not known.
right-detained-tribunal = Codsiga Tribunal-ka
    .body =
        { $audience ->
            [carer] Qofka aad wax ka weydiinayso badanaa wuxuu codsi u gudbin karaa Tribunal-ka (guddi madax-bannaan oo joojin kara qodobkiisa). Inta jeer ee uu codsan karo waxay ku xiran tahay qodobkiisa, sidaas darteed weydii shaqaalaha, IMHA ama qareen. Qareen ayaa bilaash uga caawin kara Tribunal-ka.
            [staff] Bukaannada la hayo intooda badan waxay codsi u gudbin karaan Tribunal-ka. Inta jeer waxay ku xiran tahay qodobka. Caawimaad sharci oo bilaash ah oo qareen ayaa loo heli karaa kiisaska Tribunal-ka.
           *[patient] Badanaa waxaad codsi u gudbin kartaa Tribunal-ka (guddi madax-bannaan oo joojin kara qodobkaaga). Inta jeer ee aad codsan karto waxay ku xiran tahay qodobkaaga, sidaas darteed weydii shaqaalaha, IMHA ama qareen. Qareen ayaa bilaash kaaga caawin kara Tribunal-ka.
        }

## Others who can end a section

right-hospital-managers = Codsiga maamulka isbitaalka
    .body =
        { $audience ->
            [carer] Qofka aad wax ka weydiinayso wuxuu maamulka isbitaalka (hospital managers: dadka matala hay’adda maamusha isbitaalka) ka codsan karaa inay joojiyaan qodobkiisa ama CTO-giisa waqti kasta. Maamulku waxay qaban karaan kulan, oo loo yaqaan dhegeysi (hearing), si ay go’aan u gaaraan.
            [staff] Bukaanku wuxuu maamulka isbitaalka (hospital managers) ka codsan karaa inay sii daayaan waqti kasta. Maamulku waxay qaban karaan dhegeysi (hearing) si ay go’aan u gaaraan.
           *[patient] Waxaad maamulka isbitaalka (hospital managers: dadka matala hay’adda maamusha isbitaalka) ka codsan kartaa inay joojiyaan qodobkaaga ama CTO-gaaga waqti kasta. Waxay qaban karaan kulan, oo loo yaqaan dhegeysi (hearing), si ay go’aan u gaaraan.
        }
# The nearest relative is a family member picked by a list in the Act; not
# always the next of kin.
right-nearest-relative-discharge = Qaraabada ugu dhow
    .body =
        { $audience ->
            [carer] Qaraabada ugu dhow (nearest relative: xubin qoyska ka mid ah oo uu magacaabay Sharciga Caafimaadka Maskaxda, ama Mental Health Act) ee qofka aad wax ka weydiinayso waxay amri kartaa in la sii daayo. Haddii qofka isbitaalka lagu hayo ama uu ku jiro CTO, qaraabada ugu dhow waa inay maamulka isbitaalka siiyaan ogeysiis qoraal ah 72 saacadood ka hor, khabiirka caafimaad ee mas’uulka ah (responsible clinician)-na wuu joojin karaa haddii ay u badan tahay in qofku khatar ku noqdo naftiisa ama dadka kale. Kadib qaraabada ugu dhow ma amri karto sii-dayn mar kale muddo 6 bilood ah. Haddii tani dhacdo marka uu ku jiro qodobka 3 ama CTO, qaraabada ugu dhow waxay codsi u gudbin kartaa Tribunal-ka 28 maalmood gudahood.
            [staff] Qaraabada ugu dhow (nearest relative) ee bukaanku waxay amri kartaa in la sii daayo. Bukaan la hayo ama bukaan bulshada ku jira (community patient), waa inay maamulka isbitaalka siiyaan ogeysiis qoraal ah 72 saacadood ka hor, khabiirka caafimaad ee mas’uulka ah (responsible clinician)-na wuu diidi karaa haddii ay u badan tahay in bukaanku si khatar ah ugu dhaqmo naftiisa ama dadka kale. Qaraabada ugu dhow ee la diiday ma amri karto sii-dayn mar kale muddo 6 bilood ah laga bilaabo warbixinta. Haddii la diido marka uu ku jiro qodobka 3 ama CTO, qaraabada ugu dhow waxay codsi u gudbin kartaa Tribunal-ka 28 maalmood gudahood.
           *[patient] Qaraabadaada ugu dhow (nearest relative: xubin qoyska ka mid ah oo uu magacaabay Sharciga Caafimaadka Maskaxda, ama Mental Health Act) waxay amri kartaa in lagu sii daayo. Haddii isbitaalka lagugu hayo ama aad ku jirto CTO, waa inay maamulka isbitaalka siiyaan ogeysiis qoraal ah 72 saacadood ka hor, khabiirka caafimaad ee mas’uulka kaa ah (responsible clinician)-na wuu joojin karaa haddii ay u badan tahay inaad khatar ku noqoto naftaada ama dadka kale. Kadib qaraabadaada ugu dhow ma amri karto in lagu sii daayo mar kale muddo 6 bilood ah. Haddii tani dhacdo marka aad ku jirto qodobka 3 ama CTO, qaraabadaada ugu dhow waxay codsi u gudbin kartaa Tribunal-ka 28 maalmood gudahood.
        }
right-nearest-relative-cannot-discharge = Qaraabada ugu dhow
    .body =
        { $audience ->
            [carer] Qaraabada ugu dhow (nearest relative: xubin qoyska ka mid ah oo uu magacaabay Sharciga Caafimaadka Maskaxda, ama Mental Health Act) ee qofka aad wax ka weydiinayso ma joojin karto amar isbitaal. Laakiin waxay qofka u gudbin kartaa codsi Tribunal-ka, isla waqtiyada uu qofku isagu codsan karo.
            [staff] Qaraabada ugu dhow (nearest relative) ee bukaanku ma amri karto in laga sii daayo amar isbitaal. Waxay codsi u gudbin kartaa Tribunal-ka isla muddooyinka uu bukaanku codsan karo.
           *[patient] Qaraabadaada ugu dhow (nearest relative: xubin qoyska ka mid ah oo uu magacaabay Sharciga Caafimaadka Maskaxda, ama Mental Health Act) ma joojin karto amar isbitaal. Laakiin waxay kuu gudbin kartaa codsi Tribunal-ka, isla waqtiyada aad adigu codsan karto.
        }

right-nearest-relative-change = Beddelidda qaraabadaada ugu dhow
    .body =
        { $audience ->
            [carer] Haddii qaraabada ugu dhow ee qofka aad wax ka weydiinayso aysan ku habboonayn inay matasho, qofka (ama qaraabo, ama xirfadle caafimaadka maskaxda oo la oggolaaday, approved mental health professional) wuxuu maxkamadda degmada (county court) ka codsan karaa in qof kale meesheeda qabto. Qofku wuxuu sidoo kale isbitaalka ka codsan karaa inaanay qaraabadiisa ugu dhow u dirin nuqullo macluumaad ah oo isaga ku saabsan.
            [staff] Bukaanka, qaraabo, qof la nool ama AMHP ayaa maxkamadda degmada (county court) ka codsan kara amar ah in qof kale u shaqeeyo qaraabada ugu dhow, tusaale ahaan maxaa yeelay qaraabada ugu dhow ma aha qof ku habboon. Bukaanku wuxuu codsan karaa in qaraabada ugu dhow aan loo dirin nuqullada macluumaadka la siiyo.
           *[patient] Haddii qaraabadaada ugu dhow aysan ku habboonayn inay ku matasho, waxaad maxkamadda degmada (county court) ka codsan kartaa in qof kale meesheeda qabto. Waxaad sidoo kale isbitaalka ka codsan kartaa inaanay qaraabadaada ugu dhow u dirin nuqullo macluumaad ah oo adiga kugu saabsan.
        }
right-guardianship-discharge = Joojinta ilaalinta sharciga
    .body =
        { $audience ->
            [carer] Ilaalinta sharciga (guardianship) waxaa joojin kara khabiirka caafimaad ee mas’uulka ah (responsible clinician), golaha deegaanka ee mas’uulka ka ah (local social services authority), ama qaraabada ugu dhow ee qofka aad wax ka weydiinayso. Qofku wuxuu warqad u qori karaa golaha deegaanka si uu uga codsado inay joojiyaan ilaalintiisa sharciga.
            [staff] Ilaalinta sharciga (guardianship) waxaa joojin kara khabiirka caafimaad ee mas’uulka ah (responsible clinician), golaha deegaanka ee mas’uulka ah (responsible local social services authority) ama qaraabada ugu dhow. Bukaanku wuxuu warqad u qori karaa golaha si uu uga codsado inay joojiyaan ilaalintiisa sharciga; amarka qaraabada ugu dhow lama diidi karo.
           *[patient] Ilaalintaada sharciga (guardianship) waxaa joojin kara khabiirka caafimaad ee mas’uulka kaa ah (responsible clinician), golaha deegaanka ee mas’uulka ka ah (local social services authority), ama qaraabadaada ugu dhow. Waxaad warqad u qori kartaa golaha deegaanka si aad uga codsato inay joojiyaan ilaalintaada sharciga.
        }

## Treatment

# SOAD: Second Opinion Appointed Doctor, an independent doctor.
right-consent-to-treatment = Daawada iyo daaweynta
    .body =
        { $audience ->
            [carer] Marka ugu horreysa ee qofka aad wax ka weydiinayso la siiyo daawo xanuunkiisa maskaxeed iyadoo la hayo, 3-da bilood ee xiga waxaa la siin karaa oggolaanshihiisa la’aan. Intaas kadib, waxaa la siin karaa oo keliya haddii uu oggolaado, ama haddii dhakhtar madax-bannaan oo ra’yi labaad bixiya (SOAD) uu oggolaado inay sax tahay. Daaweyn kale oo xanuunkiisa maskaxeed ah, sida daryeelka kalkaalinta, waxaa la siin karaa oggolaanshihiisa la’aan.
            [staff] Daawada xanuunka maskaxeed waxaa la bixin karaa oggolaansho la’aan muddo 3 bilood ah, laga bilaabo markii ugu horreysay ee la siiyo iyadoo bukaanka la hayo. Intaas kadib, waxay u baahan tahay oggolaanshaha bukaanka, ama dhakhtar ra’yi labaad oo la magacaabay (second opinion appointed doctor, SOAD) waa inuu shahaadeeyo. Daaweyn kale oo xanuunka maskaxeed waxaa la bixin karaa oggolaansho la’aan.
           *[patient] Marka ugu horreysa ee lagu siiyo daawo xanuunkaaga maskaxeed iyadoo lagu hayo, 3-da bilood ee xiga waxaa lagu siin karaa oggolaanshahaaga la’aan. Intaas kadib, waxaa lagu siin karaa oo keliya haddii aad oggolaato, ama haddii dhakhtar madax-bannaan oo ra’yi labaad bixiya (SOAD) uu oggolaado inay sax tahay. Daaweyn kale oo xanuunkaaga maskaxeed ah, sida daryeelka kalkaalinta, waxaa lagu siin karaa oggolaanshahaaga la’aan.
        }
right-no-treatment-without-consent = Diidmada daaweynta
    .body =
        { $audience ->
            [carer] Marka la joogo qodobkan, xeerarka oggolaanaya daaweyn oggolaansho la’aan ah kuma khuseeyaan qofka aad wax ka weydiinayso. Wuu diidi karaa daaweyn uusan rabin, oo ay ku jirto daawo. Xaalado gaar ah oo keliya, oo ay tahay in loo sharxo, ayaa la siin karaa daaweyn uusan oggolayn: tusaale ahaan xaalad degdeg ah, ama haddii uusan go’aansan karin oo ay tahay danta ugu wanaagsan (best interests).
            [staff] Qaybta 4 (Part 4) ee Sharciga kuma khusayso bukaankan (qodobka 56(3)), sidaas darteed ma bixiso awood lagu daaweeyo oggolaansho la’aan. Daaweyn kasta oo oggolaansho la’aan ah waxay u baahan tahay awood kale, sida Sharciga Awoodda Maskaxda 2005 (Mental Capacity Act 2005) ee bukaan aan awood (capacity) lahayn, waana in loo sharxaa.
           *[patient] Marka la joogo qodobkan, xeerarka oggolaanaya daaweyn oggolaansho la’aan ah adiga kuma khuseeyaan. Waad diidi kartaa daaweyn aadan rabin, oo ay ku jirto daawo. Xaalado gaar ah oo keliya, oo ay tahay in laguu sharxo, ayaa lagu siin karaa daaweyn aadan oggolayn: tusaale ahaan xaalad degdeg ah, ama haddii aadan go’aansan karin oo ay tahay dantaada ugu wanaagsan (best interests).
        }
# ECT is electroconvulsive therapy.
right-ect = ECT (daaweynta korontada)
    .body =
        { $audience ->
            [carer] Haddii qofka aad wax ka weydiinayso uu jiro 18 sano ama ka badan oo uu awood u leeyahay inuu go’aansado, ECT lama siin karo haddii uu maya yiraahdo, marka laga reebo xaalad degdeg ah: si naftiisa loo badbaadiyo, ama si looga hortago in xaaladdiisu si weyn u sii xumaato. Haddii uusan go’aansan karin, dhakhtar ra’yi labaad bixiya (SOAD) waa inuu oggolaado, ECT-guna kama hor iman karo go’aan hore oo ansax ah (advance decision) ama go’aan uu gaaray wakiilkiisa sharci (attorney), wakiil maxkamaddu magacawday (deputy) ama Court of Protection. Haddii uu ka yar yahay 18 sano, SOAD waa inuu oggolaado ECT, xitaa haddii uu haa yiraahdo.
            [staff] ECT lama siin karo qof weyn oo awood (capacity) leh oo diida, marka laga reebo xaalad degdeg ah oo qodobka 62 ah (si nolol loo badbaadiyo, ama looga hortago xumaansho weyn). Haddii bukaanku aanu lahayn awood, SOAD waa inuu shahaadeeyo, waana inaanu ka hor imaan go’aan hore oo ansax ah (advance decision) ama go’aan uu gaaray wakiil sharci (donee), wakiil maxkamaddu magacawday (deputy) ama Court of Protection. Bukaan ka yar 18 sano wuxuu u baahan yahay in SOAD uu shahaadeeyo ECT, xitaa haddii uu oggolaado.
           *[patient] Haddii aad jirto 18 sano ama ka badan oo aad awood u leedahay inaad go’aansato, ECT lama siin karo haddii aad maya tiraahdo, marka laga reebo xaalad degdeg ah: si naftaada loo badbaadiyo, ama si looga hortago in xaaladdaadu si weyn u sii xumaato. Haddii aadan go’aansan karin, dhakhtar ra’yi labaad bixiya (SOAD) waa inuu oggolaado, ECT-guna kama hor iman karo go’aan hore oo ansax ah (advance decision) ama go’aan uu gaaray wakiilkaaga sharci (attorney), wakiil maxkamaddu magacawday (deputy) ama Court of Protection. Haddii aad ka yar tahay 18 sano, SOAD waa inuu oggolaado ECT, xitaa haddii aad haa tiraahdo.
        }
right-ect-without-part-4 = ECT (daaweynta korontada)
    .body =
        { $audience ->
            [carer] Xeerarka oggolaanaya ECT xaalad degdeg ah ee bukaannada la hayo kuma khuseeyaan qofka aad wax ka weydiinayso. Haddii uu jiro 18 sano ama ka badan oo uu awood u leeyahay inuu go’aansado, ECT lama siin karo haddii uu maya yiraahdo. Haddii uu ka yar yahay 18 sano, ECT wuxuu sidoo kale u baahan yahay in dhakhtar madax-bannaan oo ra’yi labaad bixiya (SOAD) uu oggolaado, xitaa haddii uu haa yiraahdo.
            [staff] Qaybta 4 (Part 4) kuma khusayso bukaankan (qodobka 56), sidaas darteed jidkeeda degdegga ah ee qodobka 62 uma oggolaanayo ECT. Qof weyn oo awood (capacity) leh oo diida lama siin karo ECT. Bukaan ka yar 18 sano wuxuu u baahan yahay in SOAD uu shahaadeeyo ECT xitaa haddii uu oggolaado (qodobka 58A, sida uu u dabaqayo qodobka 56(5)).
           *[patient] Xeerarka oggolaanaya ECT xaalad degdeg ah ee bukaannada la hayo adiga kuma khuseeyaan. Haddii aad jirto 18 sano ama ka badan oo aad awood u leedahay inaad go’aansato, ECT lama siin karo haddii aad maya tiraahdo. Haddii aad ka yar tahay 18 sano, ECT wuxuu sidoo kale u baahan yahay in dhakhtar madax-bannaan oo ra’yi labaad bixiya (SOAD) uu oggolaado, xitaa haddii aad haa tiraahdo.
        }
right-section-57-treatment = Qalliinka maskaxda iyo hormoonnada jirka la geliyo
    .body =
        { $audience ->
            [carer] Qalliin maskaxda ah oo loogu talagalay xanuun maskaxeed, ama hormoon jirka la geliyo si loo yareeyo rabitaanka galmada ee ragga, waxaa la samayn karaa oo keliya haddii qofka aad wax ka weydiinayso oggolaado. Dhakhtar ra’yi labaad bixiya iyo laba qof oo kale oo madax-bannaan (oo aan dhakhaatiir ahayn) waa inay sidoo kale xaqiijiyaan inuu awood u leeyahay inuu go’aansado oo uu oggolaaday, dhakhtarkuna waa inuu oggolaado in daaweyntu sax tahay. Tani waxay khusaysaa qof kasta, ha ku hoos jiro qodob ama yuusan ku hoos jirin.
            [staff] Qalliinka maskaxda ee xanuunka maskaxeed (neurosurgery), ama hormoon jirka la geliyo si loo yareeyo rabitaanka galmada ee ragga, waxay u baahan yihiin oggolaanshaha bukaanka. Dhakhtar la magacaabay iyo laba qof oo kale oo la magacaabay oo aan dhakhaatiir ahayn waa inay shahaadeeyaan in bukaanku awood (capacity) leeyahay oo uu oggolaaday, dhakhtarkuna waa inuu shahaadeeyo in daaweyntu habboon tahay. Tani waxay khusaysaa bukaan kasta, ha la hayo ama yaan la hayn.
           *[patient] Qalliin maskaxda ah oo loogu talagalay xanuun maskaxeed, ama hormoon jirka la geliyo si loo yareeyo rabitaanka galmada ee ragga, waxaa la samayn karaa oo keliya haddii aad oggolaato. Dhakhtar ra’yi labaad bixiya iyo laba qof oo kale oo madax-bannaan (oo aan dhakhaatiir ahayn) waa inay sidoo kale xaqiijiyaan inaad awood u leedahay inaad go’aansato oo aad oggolaatay, dhakhtarkuna waa inuu oggolaado in daaweyntu sax tahay. Tani waxay khusaysaa qof kasta, ha ku hoos jiro qodob ama yuusan ku hoos jirin.
        }
right-cto-treatment = Daaweynta marka la joogo CTO
    .body =
        { $audience ->
            [carer] Inta qofka aad wax ka weydiinayso uu bulshada ku dhex nool yahay isagoo ku jira CTO, lama siin karo daawo xanuunkiisa maskaxeed haddii uu awood u leeyahay inuu go’aansado oo uu maya yiraahdo. Haddii uusan go’aansan karin, daaweyn ayaa la siin karaa xaaladaha qaarkood, laakiin xoog lama isticmaali karo marka laga reebo xaalad degdeg ah si looga hortago waxyeello. Haddii dib loogu yeero isbitaalka, xeerarka bukaannada la hayo ayaa khuseeya.
            [staff] Bukaan bulshada ku jira (community patient) oo aan dib loogu yeerin waxaa lagu daaweyn karaa oo keliya awood qodobka 64C: oggolaanshihiisa haddii uu awood (capacity) leeyahay, wakiil sharci (donee), wakiil maxkamaddu magacawday (deputy) ama Court of Protection, ama qodobada 64D ama 64G haddii uusan awood lahayn. Xoog waxaa la isticmaali karaa oo keliya xaalad degdeg ah oo qodobka 64G ah. Marka dib loogu yeero, Qaybta 4 (Part 4) ayaa khusaysa.
           *[patient] Inta aad bulshada ku dhex nooshahay adigoo ku jira CTO, laguma siin karo daawo xanuunkaaga maskaxeed haddii aad awood u leedahay inaad go’aansato oo aad maya tiraahdo. Haddii aadan go’aansan karin, daaweyn ayaa lagu siin karaa xaaladaha qaarkood, laakiin xoog lama isticmaali karo marka laga reebo xaalad degdeg ah si looga hortago waxyeello. Haddii dib laguugu yeero isbitaalka, xeerarka bukaannada la hayo ayaa khuseeya.
        }

## Leave, recall and life after hospital

# "Section 17 leave" is the everyday name for leave of absence from hospital.
right-leave = Fasaxa isbitaalka
    .body =
        { $audience ->
            [carer] Khabiirka caafimaad ee mas’uulka ah (responsible clinician: xirfadlaha mas’uulka ka ah daryeelkiisa) wuxuu qofka aad wax ka weydiinayso siin karaa fasax uu isbitaalka uga maqnaado. Tan waxaa loo yaqaan fasaxa qodobka 17 (section 17 leave). Fasaxu wuxuu yeelan karaa shuruudo, qofkana dib ayaa loogu yeeri karaa isbitaalka.
            [staff] Khabiirka caafimaad ee mas’uulka ah (responsible clinician) wuxuu bukaanka siin karaa fasax maqnaansho (fasaxa qodobka 17). Fasaxu wuxuu yeelan karaa shuruudo, bukaankana dib ayaa loogu yeeri karaa isbitaalka.
           *[patient] Khabiirka caafimaad ee mas’uulka kaa ah (responsible clinician: xirfadlaha mas’uulka ka ah daryeelkaaga) wuxuu ku siin karaa fasax aad isbitaalka uga maqnaato. Tan waxaa loo yaqaan fasaxa qodobka 17 (section 17 leave). Fasaxu wuxuu yeelan karaa shuruudo, dib ayaana laguugu yeeri karaa isbitaalka.
        }
right-restricted-leave = Fasaxa isbitaalka
    .body =
        { $audience ->
            [carer] Qofka aad wax ka weydiinayso wuxuu fasax uga maqnaan karaa isbitaalka oo keliya haddii Wasiirka Cadaaladda (Secretary of State for Justice, oo ah wasiir dowladeed) oggolaado.
            [staff] Bukaanka fasax waxaa la siin karaa oo keliya oggolaanshaha Wasiirka Cadaaladda (Secretary of State for Justice).
           *[patient] Waxaad fasax uga maqnaan kartaa isbitaalka oo keliya haddii Wasiirka Cadaaladda (Secretary of State for Justice, oo ah wasiir dowladeed) oggolaado.
        }
right-cto-conditions = Shuruudaha CTO-ga
    .body =
        { $audience ->
            [carer] CTO-ga qofka aad wax ka weydiinayso wuxuu leeyahay shuruudo. Laba ka mid ah waxay ku jiraan CTO kasta: inuu la kulmo dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician) marka CTO-ga la kordhinayo, iyo dhakhtar ra’yi labaad bixiya (SOAD) marka la weydiisto. Shuruudaha kale waxaa dejiya khabiirka caafimaad ee mas’uulka ah (responsible clinician), waana in xirfadle caafimaadka maskaxda oo la oggolaaday (approved mental health professional, AMHP) uu oggolaado. Qofka dib ayaa loogu yeeri karaa isbitaalka haddii uu jebiyo mid ka mid ah labada shuruudood ee CTO kasta leeyahay. Jebinta shuruud kale keligeed kuma filna: dib waxaa loogu yeeri karaa oo keliya haddii uu u baahan yahay daaweyn isbitaal, oo ay jiri lahayd khatar caafimaadkiisa ama badbaadadiisa, ama dadka kale, haddii aan la siin.
            [staff] Laba shuruudood waa qasab (qodobka 17B(3)): inuu diyaar u ahaado in la baaro si CTO-ga loo kordhiyo iyo shahaadada SOAD. Shuruudaha kale waxaa dejiya khabiirka caafimaad ee mas’uulka ah (responsible clinician) iyadoo AMHP uu oggolaaday. Jebinta shuruud qasab ah waxay oggolaanaysaa dib-u-yeerid (recall) (qodobka 17E(2)); haddii kale dib-u-yeeriddu waxay u baahan tahay sababaha qodobka 17E(1), jebinta shuruud kale keligeedna kuma filna.
           *[patient] CTO-gaagu wuxuu leeyahay shuruudo. Laba ka mid ah waxay ku jiraan CTO kasta: inaad la kulanto dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician) marka CTO-gaaga la kordhinayo, iyo dhakhtar ra’yi labaad bixiya (SOAD) marka lagu weydiisto. Shuruudaha kale waxaa dejiya khabiirka caafimaad ee mas’uulka kaa ah (responsible clinician), waana in xirfadle caafimaadka maskaxda oo la oggolaaday (approved mental health professional, AMHP) uu oggolaado. Dib ayaa laguugu yeeri karaa isbitaalka haddii aad jebiso mid ka mid ah labada shuruudood ee CTO kasta leeyahay. Jebinta shuruud kale keligeed kuma filna: dib waxaa laguugu yeeri karaa oo keliya haddii aad u baahan tahay daaweyn isbitaal, oo ay jiri lahayd khatar caafimaadkaaga ama badbaadadaada, ama dadka kale, haddii aan lagu siin.
        }
right-cto-recall = Dib-u-yeeridda isbitaalka
    .body =
        { $audience ->
            [carer] Khabiirka caafimaad ee mas’uulka ah (responsible clinician) wuxuu qofka aad wax ka weydiinayso dib ugu yeeri karaa isbitaalka ilaa 72 saacadood. Waqtigaas gudihiisa, ama waa loo oggolaadaa inuu baxo, ama CTO-ga waa la buriyaa (la joojiyaa). Haddii la buriyo, mar kale ayaa lagu hayaa isbitaalka qodobkiisa hoostiisa.
            [staff] Khabiirka caafimaad ee mas’uulka ah (responsible clinician) wuxuu bukaanka dib ugu yeeri karaa isbitaalka ilaa 72 saacadood. Waqtigaas gudihiisa, ama bukaanka waa la sii daayaa, ama CTO-ga waa la buriyaa. Marka CTO-ga la buriyo, bukaanka mar kale ayaa la hayaa (detention).
           *[patient] Khabiirka caafimaad ee mas’uulka kaa ah (responsible clinician) wuxuu dib kuugu yeeri karaa isbitaalka ilaa 72 saacadood. Waqtigaas gudihiisa, ama waa laguu oggolaadaa inaad baxdo, ama CTO-gaaga waa la buriyaa (la joojiyaa). Haddii la buriyo, mar kale ayaa lagugu hayaa isbitaalka qodobkaaga hoostiisa.
        }
right-cto-length = Inta uu socdo CTO-gu
    .body = CTO-gu marka hore wuxuu socdaa ilaa 6 bilood. Kadib waxaa loo cusboonaysiin karaa 6 bilood oo kale, kadibna 12 bilood mar kasta.
right-guardianship-powers = Waxa ilaaliyuhu samayn karo
    .body =
        { $audience ->
            [carer] Ilaaliyuhu (guardian) wuxuu sheegi karaa halka uu qofka aad wax ka weydiinayso ku noolaanayo. Wuxuu ka dalban karaa inuu tago meelo loogu talagalay daaweyn, shaqo, waxbarasho ama tababar, iyo inuu u oggolaado dhakhaatiir, xirfadlayaal caafimaadka maskaxda oo la oggolaaday (approved mental health professionals, AMHPs) ama dad kale oo ilaaliyuhu magacaabo inay gurigiisa ku arkaan. Ilaaliyuhu kuma qasbi karo inuu daaweyn qaato.
            [staff] Ilaaliyuhu (guardian) wuxuu ka dalban karaa bukaanka inuu ku noolaado meel la cayimay, inuu tago meelo loogu talagalay daaweyn, shaqo, waxbarasho ama tababar, iyo inuu u oggolaado dhakhaatiir, xirfadlayaal caafimaadka maskaxda oo la oggolaaday (approved mental health professionals) ama dad kale oo la magacaabay inay arkaan. Ilaaliyuhu ma laha awood uu ku daaweeyo oggolaansho la’aan.
           *[patient] Ilaaliyahaagu (guardian) wuxuu sheegi karaa halka aad ku noolaanayso. Wuxuu kaa dalban karaa inaad tagto meelo loogu talagalay daaweyn, shaqo, waxbarasho ama tababar, iyo inaad u oggolaato dhakhaatiir, xirfadlayaal caafimaadka maskaxda oo la oggolaaday (approved mental health professionals, AMHPs) ama dad kale oo ilaaliyuhu magacaabo inay gurigaaga kugu arkaan. Ilaaliyuhu kuguma qasbi karo inaad daaweyn qaadato.
        }
right-guardianship-length = Inta ay socoto ilaalinta sharciga
    .body = Ilaalinta sharciga (guardianship) marka hore waxay socotaa ilaa 6 bilood. Kadib waa la cusboonaysiin karaa.
right-conditional-discharge-conditions = Sii-dayn shuruud leh
    .body =
        { $audience ->
            [carer] Qofka aad wax ka weydiinayso wuxuu ka baxay isbitaalka iyadoo ay jiraan shuruudo ay dejiyeen Tribunal-ka ama Wasiirka Cadaaladda (Secretary of State for Justice, oo ah wasiir dowladeed). Wasiirku dib ayuu ugu yeeri karaa isbitaalka.
            [staff] Shuruudaha bukaanka waxaa dejiya Tribunal-ka ama Wasiirka Cadaaladda (Secretary of State for Justice). Wasiirku dib ayuu ugu yeeri karaa isbitaalka.
           *[patient] Waxaad ka baxday isbitaalka iyadoo ay jiraan shuruudo ay dejiyeen Tribunal-ka ama Wasiirka Cadaaladda (Secretary of State for Justice, oo ah wasiir dowladeed). Wasiirku dib ayuu kuugu yeeri karaa isbitaalka.
        }
# "Section 117 after-care" is the everyday name for this right.
right-aftercare = Daryeelka kadib isbitaalka
    .body =
        { $audience ->
            [carer] Marka qofka aad wax ka weydiinayso uu ka baxo isbitaalka, wuxuu xaq u leeyahay daryeel bilaash ah oo kadib ah (after-care). Tani waa caawimaad iyo taageero loogu talagalay caafimaadkiisa maskaxda, si uu u sii caafimaad qabo. Waxaa badanaa loo yaqaan daryeelka qodobka 117 (section 117 after-care).
            [staff] Bukaanku wuxuu xaq u leeyahay daryeelka bilaashka ah ee qodobka 117 (section 117 after-care) marka uu ka baxo isbitaalka.
           *[patient] Marka aad ka baxdo isbitaalka, waxaad xaq u leedahay daryeel bilaash ah oo kadib ah (after-care). Tani waa caawimaad iyo taageero loogu talagalay caafimaadkaaga maskaxda, si aad u sii caafimaad qabto. Waxaa badanaa loo yaqaan daryeelka qodobka 117 (section 117 after-care).
        }

## Not detained, or held for a short time

right-informal-can-leave = Ka bixitaanka isbitaalka marka qofku yahay bukaan ikhtiyaari ah
    .body =
        { $audience ->
            [carer] Maadaama uu yahay bukaan ikhtiyaari ah, qofka aad wax ka weydiinayso wuu dooran karaa inuu ka baxo isbitaalka. Laakiin dhakhtar, khabiir caafimaad oo la oggolaaday (approved clinician) ama kalkaaliye caafimaad ayaa joojin kara muddo gaaban, si loo qiimeeyo. Haddii taasi dhacdo, mar kale hubi inuu heli karo IMHA.
            [staff] Bukaan ikhtiyaari ah (informal) wuu dooran karaa inuu ka baxo isbitaalka. Laakiin dhakhtar, khabiir caafimaad oo la oggolaaday (approved clinician) ama kalkaaliye caafimaad ayaa ku hayn kara muddo gaaban qodobka 5 hoostiisa. Haddii taasi dhacdo, mar kale hubi inuu heli karo IMHA.
           *[patient] Maadaama aad tahay bukaan ikhtiyaari ah, waad dooran kartaa inaad ka baxdo isbitaalka. Laakiin dhakhtar, khabiir caafimaad oo la oggolaaday (approved clinician) ama kalkaaliye caafimaad ayaa ku joojin kara muddo gaaban, si laguu qiimeeyo. Haddii taasi dhacdo, mar kale hubi inaad heli karto IMHA.
        }
right-complaints-england = Gudbinta cabasho
    .body =
        { $audience ->
            [carer] Qofka aad wax ka weydiinayso, ama adiga, waxaad cabasho u gudbin kartaan isbitaalka ama adeegga, iyadoo la raacayo habka cabashooyinka (complaints procedure). Haddii cabashadu ku saabsan tahay sida loo isticmaalay Sharciga Caafimaadka Maskaxda (Mental Health Act), tusaale ahaan haynta ama daaweynta lagu sameeyay sharcigaas, qofku wuxuu sidoo kale cabasho u gudbin karaa Care Quality Commission (CQC; hay’adda kormeerta adeegyada caafimaadka ee England).
            [staff] Bukaanku wuxuu isticmaali karaa habka cabashooyinka (complaints procedure) ee isbitaalka ama adeegga. Cabashooyinka ku saabsan isticmaalka awoodaha Sharciga Caafimaadka Maskaxda (Mental Health Act) waxaa sidoo kale loo gudbin karaa Care Quality Commission (CQC), oo baarta.
           *[patient] Waxaad cabasho u gudbin kartaa isbitaalka ama adeegga, iyadoo la raacayo habka cabashooyinka (complaints procedure). Haddii cabashadaadu ku saabsan tahay sida loo isticmaalay Sharciga Caafimaadka Maskaxda (Mental Health Act), tusaale ahaan haynta ama daaweynta laguugu sameeyay sharcigaas, waxaad sidoo kale cabasho u gudbin kartaa Care Quality Commission (CQC; hay’adda kormeerta adeegyada caafimaadka ee England).
        }
right-complaints-wales = Gudbinta cabasho
    .body =
        { $audience ->
            [carer] Qofka aad wax ka weydiinayso, ama adiga, waxaad cabasho u gudbin kartaan isbitaalka ama adeegga, iyadoo la raacayo habka cabashooyinka (complaints procedure). Haddii cabashadu ku saabsan tahay sida loo isticmaalay Sharciga Caafimaadka Maskaxda (Mental Health Act), qofku wuxuu sidoo kale la xiriiri karaa Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru; hay’adda kormeerta adeegyada caafimaadka ee Wales).
            [staff] Bukaanku wuxuu isticmaali karaa habka cabashooyinka (complaints procedure) ee guddiga caafimaadka (health board) ama adeegga. Cabashooyinka ku saabsan isticmaalka awoodaha Sharciga Caafimaadka Maskaxda (Mental Health Act) ee Wales waxaa sidoo kale loo gudbin karaa Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru).
           *[patient] Waxaad cabasho u gudbin kartaa isbitaalka ama adeegga, iyadoo la raacayo habka cabashooyinka (complaints procedure). Haddii cabashadaadu ku saabsan tahay sida loo isticmaalay Sharciga Caafimaadka Maskaxda (Mental Health Act), waxaad sidoo kale la xiriiri kartaa Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru; hay’adda kormeerta adeegyada caafimaadka ee Wales).
        }
right-short-term-may-become-longer = Waxa xiga ee dhici kara
    .body =
        { $audience ->
            [carer] Awoodahani waxay socdaan muddo gaaban oo keliya. Qofka aad wax ka weydiinayso waxaa laga yaabaa in la qiimeeyo si loo ogaado inuu u baahan yahay in lagu hayo isbitaalka qodobka 2 ama 3. Haddii sidaas la sameeyo, markaas wuxuu heli karaa IMHA.
            [staff] Awoodahani waa muddo gaaban. Bukaanka waxaa laga yaabaa in loo qiimeeyo in lagu hayo qodobka 2 ama 3. Haddii lagu hayo midkood, markaas wuxuu heli karaa IMHA.
           *[patient] Awoodahani waxay socdaan muddo gaaban oo keliya. Waxaa laga yaabaa in laguu qiimeeyo si loo ogaado inaad u baahan tahay in lagugu hayo isbitaalka qodobka 2 ama 3. Haddii sidaas lagu sameeyo, markaas waxaad heli kartaa IMHA.
        }

## The same rights once the Mental Health Act 2025 changes them. These are
## shown only from the day each change starts.

right-section-2-tribunal-2025 = Codsiga Tribunal-ka
    .body =
        { $audience ->
            [carer] Qofka aad wax ka weydiinayso wuxuu codsi u gudbin karaa Tribunal-ka (guddi madax-bannaan oo joojin kara qodobkiisa) 21-ka maalmood ee ugu horreeya qodobkiisa 2. Qareen ayaa bilaash uga caawin kara codsiga.
            [staff] Bukaanku wuxuu codsi u gudbin karaa Tribunal-ka 21-ka maalmood ee ugu horreeya qodobkiisa 2. Caawimaad sharci oo bilaash ah oo qareen ayaa loo heli karaa kiisaska Tribunal-ka.
           *[patient] Waxaad codsi u gudbin kartaa Tribunal-ka (guddi madax-bannaan oo joojin kara qodobkaaga) 21-ka maalmood ee ugu horreeya qodobkaaga 2. Qareen ayaa bilaash kaaga caawin kara codsiga.
        }
right-section-3-tribunal-2025 = Codsiga Tribunal-ka
    .body =
        { $audience ->
            [carer] Qofka aad wax ka weydiinayso wuxuu codsi u gudbin karaa Tribunal-ka (guddi madax-bannaan oo joojin kara qodobkiisa) hal mar 3-da bilood ee ugu horreeya qodobkiisa 3, kadibna hal mar muddo kasta oo loo cusboonaysiiyo. Qareen ayaa bilaash uga caawin kara codsiga.
            [staff] Bukaanku wuxuu codsi u gudbin karaa Tribunal-ka hal mar 3-da bilood ee ugu horreeya, kadibna hal mar muddo kasta oo cusboonaysiin ah. Caawimaad sharci oo bilaash ah oo qareen ayaa loo heli karaa kiisaska Tribunal-ka.
           *[patient] Waxaad codsi u gudbin kartaa Tribunal-ka (guddi madax-bannaan oo joojin kara qodobkaaga) hal mar 3-da bilood ee ugu horreeya qodobkaaga 3, kadibna hal mar muddo kasta oo loo cusboonaysiiyo. Qareen ayaa bilaash kaaga caawin kara codsiga.
        }
right-section-3-referral-2025 = Marka maamulka isbitaalka ay kiiskaaga u diraan Tribunal-ka
    .body =
        { $audience ->
            [carer] Haddii Tribunal-ku aanu eegin kiiska qofka aad wax ka weydiinayso 3-da bilood ee ugu horreeya, maamulka isbitaalka (hospital managers) waa inay u diraan. Waa inay mar kale u diraan haddii aan la eegin inta u dhaxaysa 3 iyo 12 bilood, kadibna sannad kasta.
            [staff] Maamulka isbitaalka (hospital managers) waa inay kiiska u gudbiyaan haddii Tribunal-ku aanu tixgelin 3-da bilood ee ugu horreeya, mar kale haddii aan la tixgelin inta u dhaxaysa 3 iyo 12 bilood, kadibna 12 bilood kasta.
           *[patient] Haddii Tribunal-ku aanu eegin kiiskaaga 3-da bilood ee ugu horreeya, maamulka isbitaalka (hospital managers) waa inay u diraan. Waa inay mar kale u diraan haddii aan la eegin inta u dhaxaysa 3 iyo 12 bilood, kadibna sannad kasta.
        }
right-section-3-length-2025 = Inta uu socdo qodobka 3
    .body = Qodobka 3 waa daaweyn. Marka hore wuxuu socdaa ilaa 3 bilood. Kadib waxaa loo cusboonaysiin karaa 3 bilood oo kale, kadib 6 bilood, kadibna sannad mar kasta.
right-consent-to-treatment-2025 = Daawada iyo daaweynta
    .body =
        { $audience ->
            [carer] Marka ugu horreysa ee qofka aad wax ka weydiinayso la siiyo daawo xanuunkiisa maskaxeed iyadoo la hayo, 2-da bilood ee xiga waxaa la siin karaa oggolaanshihiisa la’aan. Intaas kadib, waxaa la siin karaa oo keliya haddii uu oggolaado, ama haddii dhakhtar madax-bannaan oo ra’yi labaad bixiya (SOAD) uu oggolaado inay sax tahay. Daaweyn kale oo xanuunkiisa maskaxeed ah, sida daryeelka kalkaalinta, waxaa la siin karaa oggolaanshihiisa la’aan.
            [staff] Daawada xanuunka maskaxeed waxaa la bixin karaa oggolaansho la’aan muddo 2 bilood ah, laga bilaabo markii ugu horreysay ee la siiyo iyadoo bukaanka la hayo. Intaas kadib, waxay u baahan tahay oggolaanshaha bukaanka, ama SOAD waa inuu shahaadeeyo. Daaweyn kale oo xanuunka maskaxeed waxaa la bixin karaa oggolaansho la’aan.
           *[patient] Marka ugu horreysa ee lagu siiyo daawo xanuunkaaga maskaxeed iyadoo lagu hayo, 2-da bilood ee xiga waxaa lagu siin karaa oggolaanshahaaga la’aan. Intaas kadib, waxaa lagu siin karaa oo keliya haddii aad oggolaato, ama haddii dhakhtar madax-bannaan oo ra’yi labaad bixiya (SOAD) uu oggolaado inay sax tahay. Daaweyn kale oo xanuunkaaga maskaxeed ah, sida daryeelka kalkaalinta, waxaa lagu siin karaa oggolaanshahaaga la’aan.
        }
# "nominated person": "qofka la doortay" is a draft term, for review by a qualified translator.
right-nominated-person-discharge = Qofka la doortay
    .body =
        { $audience ->
            [carer] Qofka la doortay (nominated person: qof uu qofku isagu doortay, ama qof loo magacaabay) ee qofka aad wax ka weydiinayso wuxuu amri karaa in la sii daayo, isagoo maamulka isbitaalka siinaya ogeysiis qoraal ah. Khabiirka caafimaad ee mas’uulka ah (responsible clinician) wuu joojin karaa haddii ay u badan tahay in qofku khatar ku noqdo naftiisa ama dadka kale. Kadib qofka la doortay ma amri karo sii-dayn mar kale muddo 3 bilood ah.
            [staff] Qofka la doortay (nominated person) ee bukaanku wuxuu amri karaa in la sii daayo isagoo maamulka siinaya ogeysiis qoraal ah. Khabiirka caafimaad ee mas’uulka ah (responsible clinician) wuu diidi karaa haddii ay u badan tahay in bukaanku si khatar ah u dhaqmo; kadib qofka la doortay ma amri karo sii-dayn mar kale muddo 3 bilood ah.
           *[patient] Qofkaaga la doortay (nominated person: qof aad adigu dooratay, ama qof laguu magacaabay) wuxuu amri karaa in lagu sii daayo, isagoo maamulka isbitaalka siinaya ogeysiis qoraal ah. Khabiirka caafimaad ee mas’uulka kaa ah (responsible clinician) wuu joojin karaa haddii ay u badan tahay inaad khatar ku noqoto naftaada ama dadka kale. Kadib qofkaaga la doortay ma amri karo in lagu sii daayo mar kale muddo 3 bilood ah.
        }
right-nominated-person-cannot-discharge = Qofka la doortay
    .body =
        { $audience ->
            [carer] Qofka la doortay (nominated person) ee qofka aad wax ka weydiinayso ma joojin karo amar isbitaal. Laakiin wuxuu qofka u gudbin karaa codsi Tribunal-ka, isla waqtiyada uu qofku isagu codsan karo.
            [staff] Qofka la doortay (nominated person) ee bukaanku ma amri karo in laga sii daayo amar isbitaal. Wuxuu codsi u gudbin karaa Tribunal-ka isla muddooyinka uu bukaanku codsan karo.
           *[patient] Qofkaaga la doortay (nominated person: qof aad adigu dooratay, ama qof laguu magacaabay) ma joojin karo amar isbitaal. Laakiin wuxuu kuu gudbin karaa codsi Tribunal-ka, isla waqtiyada aad adigu codsan karto.
        }
right-section-37-referral-2025 = Marka maamulka isbitaalka ay kiiskaaga u diraan Tribunal-ka
    .body =
        { $audience ->
            [carer] Haddii 12 bilood ay dhaafaan iyadoon Tribunal-ku eegin kiiska qofka aad wax ka weydiinayso, maamulka isbitaalka (hospital managers) waa inay u diraan Tribunal-ka.
            [staff] Maamulka isbitaalka (hospital managers) waa inay kiiska u gudbiyaan haddii Tribunal-ku aanu tixgelin 12-kii bilood ee la soo dhaafay.
           *[patient] Haddii 12 bilood ay dhaafaan iyadoon Tribunal-ku eegin kiiskaaga, maamulka isbitaalka (hospital managers) waa inay u diraan Tribunal-ka.
        }
right-cto-referral-2025 = Marka maamulka isbitaalka ay kiiskaaga u diraan Tribunal-ka
    .body =
        { $audience ->
            [carer] Haddii Tribunal-ku aanu eegin kiiska qofka aad wax ka weydiinayso 6-da bilood ee ugu horreeya CTO-giisa, maamulka isbitaalka (hospital managers) waa inay u diraan. Waa inay mar kale u diraan haddii aan la eegin inta u dhaxaysa 6 iyo 12 bilood, kadibna sannad kasta.
            [staff] Maamulka isbitaalka (hospital managers) waa inay kiiska u gudbiyaan haddii Tribunal-ku aanu tixgelin 6-da bilood ee ugu horreeya, mar kale haddii aan la tixgelin inta u dhaxaysa 6 iyo 12 bilood, kadibna 12 bilood kasta.
           *[patient] Haddii Tribunal-ku aanu eegin kiiskaaga 6-da bilood ee ugu horreeya CTO-gaaga, maamulka isbitaalka (hospital managers) waa inay u diraan. Waa inay mar kale u diraan haddii aan la eegin inta u dhaxaysa 6 iyo 12 bilood, kadibna sannad kasta.
        }
right-guardianship-discharge-2025 = Joojinta ilaalinta sharciga
    .body =
        { $audience ->
            [carer] Ilaalinta sharciga (guardianship) waxaa joojin kara khabiirka caafimaad ee mas’uulka ah (responsible clinician), golaha deegaanka ee mas’uulka ka ah (local social services authority), ama qofka la doortay (nominated person) ee qofka aad wax ka weydiinayso. Qofku wuxuu warqad u qori karaa golaha deegaanka si uu uga codsado inay joojiyaan ilaalintiisa sharciga.
            [staff] Ilaalinta sharciga (guardianship) waxaa joojin kara khabiirka caafimaad ee mas’uulka ah (responsible clinician), golaha deegaanka ee mas’uulka ah (responsible local social services authority) ama qofka la doortay (nominated person). Bukaanku wuxuu warqad u qori karaa golaha si uu uga codsado inay joojiyaan ilaalintiisa sharciga.
           *[patient] Ilaalintaada sharciga (guardianship) waxaa joojin kara khabiirka caafimaad ee mas’uulka kaa ah (responsible clinician), golaha deegaanka ee mas’uulka ka ah (local social services authority), ama qofkaaga la doortay (nominated person). Waxaad warqad u qori kartaa golaha deegaanka si aad uga codsato inay joojiyaan ilaalintaada sharciga.
        }
right-nominated-person-change = Beddelidda qofkaaga la doortay
    .body =
        { $audience ->
            [carer] Qofka aad wax ka weydiinayso wuxuu qoraal ahaan u dooran karaa qof kale oo la doortay (nominated person). Maxkamadda degmada (county court) ayaa sidoo kale joojin karta magacaabista qofka la doortay. Qofku wuxuu isbitaalka ka codsan karaa inaanay qofkiisa la doortay u dirin nuqullo macluumaad ah oo isaga ku saabsan.
            [staff] Bukaanku wuxuu qoraal ahaan u magacaabi karaa qof kale oo la doortay (nominated person); maxkamadda degmada (county court) way joojin kartaa magacaabis. Bukaanku wuxuu codsan karaa in qofka la doortay aan loo dirin nuqullada macluumaadka la siiyo.
           *[patient] Waxaad qoraal ahaan u dooran kartaa qof kale oo la doortay (nominated person). Maxkamadda degmada (county court) ayaa sidoo kale joojin karta magacaabista qofka la doortay. Waxaad isbitaalka ka codsan kartaa inaanay qofkaaga la doortay u dirin nuqullo macluumaad ah oo adiga kugu saabsan.
        }

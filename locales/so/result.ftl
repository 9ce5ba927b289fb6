# SPDX-License-Identifier: MIT OR Apache-2.0

### The result page: whether the person can get an independent mental health
### advocate (IMHA), why, what to ask, what to do instead, and how to get help.
### Every message receives $audience: "patient", "carer" or "staff".
### Patient: "you". Carer: "the person you are asking about", then "they".
### Staff: "the patient", then "they".

## The outcome

result-heading-yes =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso wuxuu heli karaa u-doode madax-bannaan oo caafimaadka maskaxda ah (IMHA)
        [staff] Bukaanku wuxuu heli karaa u-doode madax-bannaan oo caafimaadka maskaxda ah (IMHA)
       *[patient] Waxaad heli kartaa u-doode madax-bannaan oo caafimaadka maskaxda ah (IMHA)
    }
result-heading-no =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso hadda ma heli karo IMHA
        [staff] Bukaanku hadda ma heli karo IMHA
       *[patient] Hadda ma heli kartid IMHA
    }
result-heading-unsure =
    { $audience ->
        [carer] Weli ma hubno in qofka aad wax ka weydiinayso uu heli karo IMHA
        [staff] Weli ma hubno in bukaanku heli karo IMHA
       *[patient] Weli ma hubno inaad heli karto IMHA
    }

## Why: the reasons for the outcome

# Heading above the list of reasons for the outcome.
result-why-heading = Sababta

reason-liable-to-be-detained =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso waxaa lagu hayaa isbitaalka iyadoo la raacayo qodob ka mid ah Sharciga Caafimaadka Maskaxda (Mental Health Act) oo siinaya xaq uu ku helo u-doode.
        [staff] Bukaanka waxaa sharci ahaan lagu hayn karaa (liable to be detained) qodob siinaya xaq uu ku helo IMHA.
       *[patient] Waxaa lagugu hayaa isbitaalka iyadoo la raacayo qodob ka mid ah Sharciga Caafimaadka Maskaxda (Mental Health Act) oo ku siinaya xaq aad ku hesho u-doode.
    }
# The holding powers are sections 4, 5(2) and 5(4); places of safety are
# sections 135 and 136. People know them by these numbers, so the numbers stay
# in the text.
reason-holding-power-covered-in-wales =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso waxaa lagu hayaa awood haynta ah (holding power: qodobka 4, 5(2) ama 5(4)). Gudaha Wales, dadka lagu hayo awoodahan waxay heli karaan IMHA.
        [staff] Bukaanka waxaa lagu hayaa awood haynta ah (holding power: qodobka 4, 5(2) ama 5(4)). Gudaha Wales, bukaannada lagu hayo awoodahan waa bukaanno qasab ah oo xaq u leh (Welsh qualifying compulsory patients), waxayna heli karaan IMHA.
       *[patient] Waxaa lagugu hayaa awood haynta ah (holding power: qodobka 4, 5(2) ama 5(4)). Gudaha Wales, dadka lagu hayo awoodahan waxay heli karaan IMHA.
    }
reason-holding-power-excluded-in-england =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso waxaa lagu hayaa awood haynta ah (holding power: qodobka 4, 5(2) ama 5(4)). Gudaha England, awoodahani ma bixiyaan xaq IMHA. Qofku weli wuxuu codsan karaa adeegyo kale oo u-doodis ah.
        [staff] Bukaanka waxaa lagu hayaa awood haynta ah (holding power: qodobka 4, 5(2) ama 5(4)). Gudaha England, awoodahani ma bixiyaan xaq IMHA. Bukaanku weli wuxuu codsan karaa adeegyo kale oo u-doodis ah.
       *[patient] Waxaa lagugu hayaa awood haynta ah (holding power: qodobka 4, 5(2) ama 5(4)). Gudaha England, awoodahani ma bixiyaan xaq IMHA. Weli waxaad codsan kartaa adeegyo kale oo u-doodis ah.
    }
reason-place-of-safety-excluded =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso waxaa lagu hayaa goob ammaan ah (place of safety: qodobka 135 ama 136). Gudaha England iyo gudaha Wales labadaba, tani ma bixiso xaq IMHA. Qofku weli wuxuu codsan karaa adeegyo kale oo u-doodis ah.
        [staff] Bukaanka waxaa lagu hayaa goob ammaan ah (place of safety: qodobka 135 ama 136). Goobaha ammaanka ahi ma bixiyaan xaq IMHA, England iyo Wales midna. Bukaanku weli wuxuu codsan karaa adeegyo kale oo u-doodis ah.
       *[patient] Waxaa lagugu hayaa goob ammaan ah (place of safety: qodobka 135 ama 136). Gudaha England iyo gudaha Wales labadaba, tani ma bixiso xaq IMHA. Weli waxaad codsan kartaa adeegyo kale oo u-doodis ah.
    }
reason-community-patient =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso wuxuu ku jiraa amarka daaweynta bulshada (CTO). Tani waxay ka dhigan tahay inuu ku nool yahay isbitaalka dibaddiisa, laakiin waa inuu raacaa shuruudo gaar ah. Dadka ku jira CTO waxay heli karaan IMHA, xitaa marka dib loogu yeero isbitaalka.
        [staff] Bukaanku waa bukaan bulshada ku jira (community patient), oo ku jira amarka daaweynta bulshada (CTO). Bukaannada bulshada ku jira waxay heli karaan IMHA, oo ay ku jirto marka dib loogu yeero isbitaalka.
       *[patient] Waxaad ku jirtaa amarka daaweynta bulshada (CTO). Tani waxay ka dhigan tahay inaad ku nooshahay isbitaalka dibaddiisa, laakiin waa inaad raacdaa shuruudo gaar ah. Dadka ku jira CTO waxay heli karaan IMHA, xitaa marka dib loogu yeero isbitaalka.
    }
reason-guardianship =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso wuxuu ku hoos jiraa ilaalinta sharciga (guardianship). Tani waxay ka dhigan tahay in ilaaliye (guardian) uu qofka ku leeyahay awoodo sharci oo qaar ah, sida uu dhigayo Sharciga Caafimaadka Maskaxda (Mental Health Act). Dadka ku hoos jira ilaalinta sharciga waxay heli karaan IMHA.
        [staff] Bukaanku wuxuu ku hoos jiraa ilaalinta sharciga (guardianship) ee Sharciga Caafimaadka Maskaxda (Mental Health Act). Dadka ku hoos jira ilaalinta sharciga waxay heli karaan IMHA.
       *[patient] Waxaad ku hoos jirtaa ilaalinta sharciga (guardianship). Tani waxay ka dhigan tahay in ilaaliye (guardian) uu kugu leeyahay awoodo sharci oo qaar ah, sida uu dhigayo Sharciga Caafimaadka Maskaxda (Mental Health Act). Dadka ku hoos jira ilaalinta sharciga waxay heli karaan IMHA.
    }
# A restricted patient is one whose discharge needs the Secretary of State for
# Justice. "Conditionally discharged" means they left hospital with conditions.
reason-conditionally-discharged =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso waa bukaan xaddidaad leh (restricted patient: qodobkiisa waxaa saaran xaddidaado dheeraad ah oo ay dejisay maxkamad ama dowladda), oo la siiyay sii-dayn shuruud leh (conditional discharge: waxaa loo oggolaaday inuu ka baxo isbitaalka iyadoo ay jiraan shuruudo). Weli dib ayaa loogu yeeri karaa isbitaalka, sidaas darteed sharcigu weli wuxuu u tixgeliyaa qof la hayo. Tani waxay ka dhigan tahay inuu heli karo IMHA.
        [staff] Bukaanku waa bukaan xaddidaad leh (restricted patient) oo la siiyay sii-dayn shuruud leh (conditional discharge). Weli sharci ahaan waa la hayn karaa (liable to be detained), sidaas darteed wuxuu heli karaa IMHA.
       *[patient] Waxaad tahay bukaan xaddidaad leh (restricted patient: qodobkaaga waxaa saaran xaddidaado dheeraad ah oo ay dejisay maxkamad ama dowladda), oo la siiyay sii-dayn shuruud leh (conditional discharge: waxaa laguu oggolaaday inaad ka baxdo isbitaalka iyadoo ay jiraan shuruudo). Weli dib ayaa laguugu yeeri karaa isbitaalka, sidaas darteed sharcigu weli wuxuu kuu tixgeliyaa qof la hayo. Tani waxay ka dhigan tahay inaad heli karto IMHA.
    }
reason-discussing-section-57 =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso wuxuu dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician: xirfadle sare oo loo oggolaaday inuu isticmaalo Sharciga Caafimaadka Maskaxda, ama Mental Health Act) kala hadlayaa qalliin maskaxda ah oo loogu talagalay xanuun maskaxeed, ama hormoon jirka la geliyo si loo yareeyo rabitaanka galmada ee ragga. Qof kasta oo daaweymahan kala hadlaya dhakhtar ama khabiir caafimaad oo la oggolaaday wuxuu heli karaa IMHA, xitaa haddii aanu ku hoos jirin qodob.
        [staff] Dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician) ayaa bukaanka kala hadlaya qalliin maskaxda ah oo loogu talagalay xanuun maskaxeed, ama hormoon jirka la geliyo si loo yareeyo rabitaanka galmada ee ragga. Qof kasta oo daaweymahan kala hadlaya dhakhtar ama khabiir caafimaad oo la oggolaaday wuxuu heli karaa IMHA, xaaladdiisa sharci kasta oo ay tahay.
       *[patient] Dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician: xirfadle sare oo loo oggolaaday inuu isticmaalo Sharciga Caafimaadka Maskaxda, ama Mental Health Act) ayaa kaala hadlaya qalliin maskaxda ah oo loogu talagalay xanuun maskaxeed, ama hormoon jirka la geliyo si loo yareeyo rabitaanka galmada ee ragga. Qof kasta oo daaweymahan kala hadlaya dhakhtar ama khabiir caafimaad oo la oggolaaday wuxuu heli karaa IMHA, xitaa haddii aanu ku hoos jirin qodob.
    }
# ECT is electroconvulsive therapy.
reason-under-18-discussing-ect =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso wuxuu ka yar yahay 18 sano, dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician) ayaana kala hadlaya ECT (daaweynta korontada). Qof kasta oo ka yar 18 sano oo xaaladdan ku jira wuxuu heli karaa IMHA.
        [staff] Bukaanku wuxuu ka yar yahay 18 sano, dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician) ayaana kala hadlaya ECT (daaweynta korontada). Qof kasta oo ka yar 18 sano oo xaaladdan ku jira wuxuu heli karaa IMHA.
       *[patient] Waxaad ka yar tahay 18 sano, dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician) ayaana kaala hadlaya ECT (daaweynta korontada). Qof kasta oo ka yar 18 sano oo xaaladdan ku jira wuxuu heli karaa IMHA.
    }
reason-adult-discussing-ect-does-not-qualify =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso wuxuu jiraa 18 sano ama ka badan. Dadka waaweyn, ka hadlidda ECT (daaweynta korontada) kaligeed ma siiso xaq IMHA.
        [staff] Bukaanku wuxuu jiraa 18 sano ama ka badan. Dadka waaweyn, ka wada hadlidda ECT kaligeed ma bixiso xaq IMHA.
       *[patient] Waxaad jirtaa 18 sano ama ka badan. Dadka waaweyn, ka hadlidda ECT (daaweynta korontada) kaligeed kuma siiso xaq IMHA.
    }
reason-welsh-informal-inpatient =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso wuxuu ku jiraa isbitaal ku yaalla Wales, caafimaadkiisa maskaxda awgeed. Gudaha Wales, bukaan kasta oo isbitaal ugu jira caafimaadkiisa maskaxda wuxuu heli karaa IMHA, xitaa haddii uu doortay inuu halkaas joogo (bukaan ikhtiyaari ah).
        [staff] Bukaanku wuxuu jiifaa isbitaal ku yaalla Wales, si loo qiimeeyo ama loogu daaweeyo xanuun maskaxeed. Gudaha Wales, bukaan kasta oo sidaas isbitaal u jiifa wuxuu heli karaa IMHA, xitaa haddii uu si ikhtiyaari ah (informal) u joogo.
       *[patient] Waxaad ku jirtaa isbitaal ku yaalla Wales, caafimaadkaaga maskaxda awgeed. Gudaha Wales, bukaan kasta oo isbitaal ugu jira caafimaadkiisa maskaxda wuxuu heli karaa IMHA, xitaa haddii uu doortay inuu halkaas joogo (bukaan ikhtiyaari ah).
    }
reason-informal-in-england =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso waa bukaan ikhtiyaari ah oo ku jira England. Tani waxay ka dhigan tahay inuu isbitaalka ku jiro doorashadiisa, ee aanu ku hoos jirin qodob. Gudaha England, bukaannada ikhtiyaariga ah ma heli karaan IMHA, haddii aanu dhakhtar kala hadlin daaweymo gaar ah. Laakiin adeegyo kale oo u-doodis ah ayaa weli caawin kara.
        [staff] Bukaanku waa bukaan ikhtiyaari ah (informal ama voluntary) oo ku jira England. Gudaha England, bukaannada ikhtiyaariga ah ma heli karaan IMHA, haddii aanu dhakhtar ama khabiir caafimaad oo la oggolaaday kala hadlin daaweymo gaar ah, laakiin adeegyo kale oo u-doodis ah ayaa weli caawin kara.
       *[patient] Waxaad tahay bukaan ikhtiyaari ah oo ku jira England. Tani waxay ka dhigan tahay inaad isbitaalka ku jirto doorashadaada, ee aadan ku hoos jirin qodob. Gudaha England, bukaannada ikhtiyaariga ah ma heli karaan IMHA, haddii aanu dhakhtar kala hadlin daaweymo gaar ah. Laakiin adeegyo kale oo u-doodis ah ayaa weli ku caawin kara.
    }
reason-english-informal-inpatient =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso wuxuu ku jiraa isbitaal ku yaalla England, caafimaadkiisa maskaxda awgeed. Gudaha England, bukaan kasta oo isbitaal ugu jira caafimaadkiisa maskaxda hadda wuxuu heli karaa IMHA, xitaa haddii uu doortay inuu halkaas joogo (bukaan ikhtiyaari ah).
        [staff] Bukaanku wuxuu jiifaa isbitaal ku yaalla England, si loo qiimeeyo ama loogu daaweeyo xanuun maskaxeed, sharci ahaanna laguma hayn karo (not liable to be detained). Bukaannada ikhtiyaariga ah (informal) ee sidaas ah hadda waxay heli karaan IMHA.
       *[patient] Waxaad ku jirtaa isbitaal ku yaalla England, caafimaadkaaga maskaxda awgeed. Gudaha England, bukaan kasta oo isbitaal ugu jira caafimaadkiisa maskaxda hadda wuxuu heli karaa IMHA, xitaa haddii uu doortay inuu halkaas joogo (bukaan ikhtiyaari ah).
    }
reason-not-under-the-act =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso kuma hoos jiro qodob, CTO, ilaalinta sharciga (guardianship) ama sii-dayn shuruud leh (conditional discharge), mana jiifo isbitaal caafimaadkiisa maskaxda awgeed. Dadka xaaladahan ku jira oo keliya ayaa heli kara IMHA.
        [staff] Bukaanka lama hayo, kuma jiro CTO, kuma hoos jiro ilaalinta sharciga, lamana siin sii-dayn shuruud leh, mana jiifo isbitaal xanuun maskaxeed awgeed. Bukaannada xaaladahan ku jira oo keliya ayaa heli kara IMHA.
       *[patient] Kuma hoos jirtid qodob, CTO, ilaalinta sharciga (guardianship) ama sii-dayn shuruud leh (conditional discharge), mana jiiftid isbitaal caafimaadkaaga maskaxda awgeed. Dadka xaaladahan ku jira oo keliya ayaa heli kara IMHA.
    }
reason-depends-on-answers-not-known =
    { $audience ->
        [carer] Jawaabtu waxay ku xiran tahay wax aanaan weli ka ogayn qofka aad wax ka weydiinayso. Shaqaalaha waadhka ayaa kuu sheegi kara, kadibna mar kale ayaad hubin kartaa.
        [staff] Jawaabtu waxay ku xiran tahay wax aanaan weli ogayn. Hubi su’aalaha hoose, kadib mar kale ka jawaab.
       *[patient] Jawaabtu waxay ku xiran tahay wax aanaan weli ogayn. Shaqaalaha waadhka ayaa kuu sheegi kara, kadibna mar kale ayaad hubin kartaa.
    }

## What to ask ward staff, when the answer is not known

result-ask-heading =
    { $audience ->
        [staff] Waxa aad hubinayso
       *[patient] Waxa aad weydiinayso shaqaalaha waadhka
    }
# For a CTO, the law that applies depends on where the responsible hospital is;
# for guardianship, on where the council (local social services authority) is.
ask-which-country =
    { $audience ->
        [carer] Isbitaalku ma wuxuu ku yaallaa England mise Wales? Haddii qofka aad wax ka weydiinayso uu ku jiro CTO, weydii meesha uu ku yaallo isbitaalka mas’uulka ka ah CTO-giisa. Haddii uu ku hoos jiro ilaalinta sharciga (guardianship), weydii in dowladda hoose ee mas’uulka ka ah ay ku taal England mise Wales.
        [staff] Isbitaalku ma wuxuu ku yaallaa England mise Wales? CTO, tani waxay la macno tahay isbitaalka mas’uulka ah (responsible hospital). Ilaalinta sharciga (guardianship), waxay la macno tahay hay’adda adeegyada bulshada ee deegaanka ee mas’uulka ah (responsible local social services authority).
       *[patient] Isbitaalkani ma wuxuu ku yaallaa England mise Wales? Haddii aad ku jirto CTO, weydii meesha uu ku yaallo isbitaalka mas’uulka ka ah CTO-gaaga. Haddii aad ku hoos jirto ilaalinta sharciga (guardianship), weydii in dowladda hoose ee mas’uulka ka ah ay ku taal England mise Wales.
    }
ask-which-section =
    { $audience ->
        [carer] Qodobkee ka mid ah Sharciga Caafimaadka Maskaxda (Mental Health Act) ayuu qofka aad wax ka weydiinayso ku hoos jiraa? Qofku wuxuu codsan karaa inuu arko waraaqaha qodobkiisa ama buug-yaraha xuquuqdiisa.
        [staff] Qodobkee ka mid ah Sharciga Caafimaadka Maskaxda (Mental Health Act) ayuu bukaanku ku hoos jiraa? Hubi waraaqaha qodobkiisa.
       *[patient] Qodobkee ka mid ah Sharciga Caafimaadka Maskaxda (Mental Health Act) ayaan ku hoos jiraa? Codso inaad aragto waraaqaha qodobkaaga ama buug-yaraha xuquuqdaada.
    }
ask-is-under-18 =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso ma ka yar yahay 18 sano? Xeerarka ECT (daaweynta korontada) way ka duwan yihiin dadka ka yar 18 sano.
        [staff] Bukaanku ma ka yar yahay 18 sano? Xeerarka ECT way ka duwan yihiin dadka ka yar 18 sano.
       *[patient] Ma ka yar tahay 18 sano? Xeerarka ECT (daaweynta korontada) way ka duwan yihiin dadka ka yar 18 sano.
    }
ask-which-treatment =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso ma kala hadlayaa dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician) ECT (daaweynta korontada)? Mise qalliin maskaxda ah oo loogu talagalay xanuun maskaxeed, ama hormoon jirka la geliyo si loo yareeyo rabitaanka galmada ee ragga?
        [staff] Dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician) ma kala hadlayaa bukaanka ECT? Mise qalliin maskaxda ah oo loogu talagalay xanuun maskaxeed, ama hormoon jirka la geliyo si loo yareeyo rabitaanka galmada ee ragga?
       *[patient] Dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician) ma igala hadlayaa ECT (daaweynta korontada)? Mise qalliin maskaxda ah oo loogu talagalay xanuun maskaxeed, ama hormoon jirka la geliyo si loo yareeyo rabitaanka galmada ee ragga?
    }

## Notes shown with the outcome

# "Section 17 leave" is the everyday name for leave of absence from hospital.
note-leave-does-not-end-eligibility =
    { $audience ->
        [carer] Fasax ka maqnaanshaha isbitaalka (fasaxa qodobka 17) wax kama beddelo tan. Qofka aad wax ka weydiinayso weli wuxuu heli karaa IMHA.
        [staff] Fasaxa qodobka 17 (section 17 leave) wax kama beddelo tan. Bukaanka fasaxa ku jira weli sharci ahaan waa la hayn karaa (liable to be detained).
       *[patient] Fasax ka maqnaanshaha isbitaalka (fasaxa qodobka 17) wax kama beddelo tan. Weli waxaad heli kartaa IMHA.
    }
note-recall-does-not-end-cto =
    { $audience ->
        [carer] Dib-u-yeeridda isbitaalka ma joojiso CTO-ga qofka aad wax ka weydiinayso. Weli wuxuu heli karaa IMHA.
        [staff] Dib-u-yeeridda isbitaalka (recall) ma joojiso CTO-ga. Bukaanku weli waa bukaan bulshada ku jira (community patient).
       *[patient] Dib-u-yeeridda isbitaalka ma joojiso CTO-gaaga. Weli waxaad heli kartaa IMHA.
    }
# "Proposed" means the doctor says they plan to give the treatment.
note-stays-qualifying-while-treatment-proposed =
    { $audience ->
        [carer] Marka qofka aad wax ka weydiinayso loo sheego in daaweynta loo qorsheeyay, wuxuu haysan karaa IMHA-giisa ilaa qorshaha laga tago, ama daaweynta la dhammeeyo ama la joojiyo.
        [staff] Marka bukaanka loo sheego in daaweynta la soo jeediyay, wuxuu xaq u yeelanayaa IMHA ilaa soo jeedinta dib loo qaato, ama daaweynta la dhammeeyo ama la joojiyo.
       *[patient] Marka laguu sheego in daaweynta laguu qorsheeyay, waxaad haysan kartaa IMHA-gaaga ilaa qorshaha laga tago, ama daaweynta la dhammeeyo ama la joojiyo.
    }
note-ask-again-if-detained-longer =
    { $audience ->
        [carer] Haddii qofka aad wax ka weydiinayso kadib lagu hayo isbitaalka qodobka 2 ama 3, wuxuu xaq u yeelan doonaa IMHA. Mar kale hubi haddii tani dhacdo.
        [staff] Haddii bukaanka kadib lagu hayo qodobka 2 ama 3, wuxuu xaq u yeelan doonaa IMHA. Haddii tani dhacdo, mar kale kala hadal IMHA.
       *[patient] Haddii kadib lagugu hayo isbitaalka qodobka 2 ama 3, waxaad xaq u yeelan doontaa IMHA. Mar kale weydii haddii tani dhacdo.
    }

note-advocate-will-visit =
    { $audience ->
        [carer] Adeegga IMHA hadda waa inuu diyaariyaa in IMHA uu booqdo qofka aad wax ka weydiinayso, si loo ogaado inuu caawimaad rabo. Qofku uma baahna inuu marka hore codsado.
        [staff] Bixiyaha adeegga IMHA hadda waa inuu diyaariyaa in IMHA uu booqdo oo la hadlo bukaanka, si loo ogaado inuu caawimaad rabo (ama, haddii aanu lahayn awood (capacity), in caawimaaddu ay dantiisa ugu wanaagsan tahay (best interests)).
       *[patient] Adeegga IMHA hadda waa inuu diyaariyaa in IMHA uu ku booqdo, si loo ogaado inaad caawimaad rabto. Uma baahnid inaad marka hore codsato.
    }

## The law the outcome is based on

result-basis-heading = Sharciga ay tani ku salaysan tahay
# $section is a section number of the Act, e.g. 130C(2)(a), or several joined
# by list-separator.
citation-section = Sharciga Caafimaadka Maskaxda 1983 (Mental Health Act 1983), qodobka { $section }
# As citation-section, for the sections that apply in Wales.
citation-section-wales = Sharciga Caafimaadka Maskaxda 1983 (Mental Health Act 1983), qodobka { $section } (waxaa ku daray Mental Health (Wales) Measure 2010)
# Shown for duties that come from the Code of Practice, not from a section.
citation-code-of-practice = Xeerka hab-dhaqanka (Code of Practice) ee Sharciga Caafimaadka Maskaxda 1983 (Mental Health Act 1983), cutubka 6
# Joins section numbers in a list, e.g. "58, 63". Keep the space after the comma.
list-separator = { ", " }
# $section as for citation-section, for the sections the Mental Health Act 2025
# inserts into the 1983 Act.
citation-section-2025 = Sharciga Caafimaadka Maskaxda 1983 (Mental Health Act 1983), qodobka { $section } (waxaa ku daray Sharciga Caafimaadka Maskaxda 2025)
result-not-legal-advice = Tani waa macluumaad, ma aha talo sharci, sharciga halkan lagu sharraxayna wuu isbeddeli karaa.

## When the person cannot get an IMHA: what to do instead

instead-heading =
    { $audience ->
        [carer] Waxa qofku samayn karo beddelkeeda
        [staff] Waxa bukaanku samayn karo beddelkeeda
       *[patient] Waxa aad samayn karto beddelkeeda
    }
instead-ask-again =
    { $audience ->
        [carer] Haddii xaaladda qofka aad wax ka weydiinayso isbeddesho, tusaale ahaan la geliyo qodobka 2 ama 3, ama CTO, mar kale hubi. Markaas waxaa laga yaabaa inuu heli karo IMHA.
        [staff] Haddii xaaladda sharci ee bukaanku isbeddesho, tusaale ahaan qodobka 2 ama 3, ama CTO, mar kale hubi. Markaas waxaa laga yaabaa inuu heli karo IMHA.
       *[patient] Haddii xaaladdaadu isbeddesho, tusaale ahaan lagu geliyo qodobka 2 ama 3, ama CTO, mar kale hubi. Markaas waxaa laga yaabaa inaad heli karto IMHA.
    }
# The Care Act 2014 gives some people an advocate for care and support from
# the council in England. PALS is the Patient Advice and Liaison Service.
instead-other-advocacy =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso wuxuu wax ka weydiin karaa adeegyo kale oo u-doodis ah, sida u-doodis bulshada dhexdeeda ah, ama u-doode ka caawiya daryeelka iyo taageerada dowladda hoose (gudaha England, tani waxay ku salaysan tahay Sharciga Daryeelka, ama Care Act). Isbitaallo badan waxay kaloo leeyihiin Adeegga Talobixinta iyo Xiriirka Bukaanka (Patient Advice and Liaison Service, PALS) oo caawin kara.
        [staff] Bukaanku wuxuu wax ka weydiin karaa adeegyo kale oo u-doodis ah, sida u-doodis bulshada dhexdeeda ah, ama u-doode ka caawiya daryeelka iyo taageerada dowladda hoose (gudaha England, tani waxay ku salaysan tahay Sharciga Daryeelka, ama Care Act). Adeegga Talobixinta iyo Xiriirka Bukaanka (Patient Advice and Liaison Service, PALS) ee isbitaalka, haddii uu jiro, ayaa sidoo kale caawin kara.
       *[patient] Waxaad wax ka weydiin kartaa adeegyo kale oo u-doodis ah, sida u-doodis bulshada dhexdeeda ah, ama u-doode ka caawiya daryeelka iyo taageerada dowladda hoose (gudaha England, tani waxay ku salaysan tahay Sharciga Daryeelka, ama Care Act). Isbitaallo badan waxay kaloo leeyihiin Adeegga Talobixinta iyo Xiriirka Bukaanka (Patient Advice and Liaison Service, PALS) oo caawin kara.
    }
instead-imca =
    { $audience ->
        [carer] Haddii qofka aad wax ka weydiinayso aanu awoodin inuu gaaro go’aan muhiim ah, oo aanu haysan qof kale oo caawiya, u-doode madax-bannaan oo awoodda maskaxda ah (Independent Mental Capacity Advocate, IMCA) ayaa caawin kara. Kani waa adeeg ka duwan IMHA.
        [staff] Haddii bukaanku aanu lahayn awood (capacity) uu ku gaaro go’aan muhiim ah, oo aanu jirin qof kale oo lala tashado, u-doode madax-bannaan oo awoodda maskaxda ah (Independent Mental Capacity Advocate, IMCA) ayaa caawin kara. Kani waa adeeg ka duwan IMHA.
       *[patient] Haddii aadan awoodin inaad gaarto go’aan muhiim ah, oo aadan haysan qof kale oo ku caawiya, u-doode madax-bannaan oo awoodda maskaxda ah (Independent Mental Capacity Advocate, IMCA) ayaa ku caawin kara. Kani waa adeeg ka duwan IMHA.
    }
instead-complaints =
    { $audience ->
        [carer] Adiga ama qofka aad wax ka weydiinayso waxaad cabasho u gudbin kartaan isbitaalka ama adeegga. Haddii aadan ku qanacsanayn jawaabta, waxaad u tegi kartaan Parliamentary and Health Service Ombudsman (xafiis madax-bannaan oo eega cabashooyinka adeegyada caafimaadka) ee England, ama Public Services Ombudsman for Wales (Ombwdsmon Gwasanaethau Cyhoeddus Cymru; xafiis madax-bannaan oo eega cabashooyinka adeegyada dadweynaha ee Wales). Cabashooyinka ku saabsan sida loo isticmaalay Sharciga Caafimaadka Maskaxda (Mental Health Act) waxaa loo gudbiyaa Care Quality Commission (CQC) ee England, ama Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru).
        [staff] Bukaanku wuxuu cabasho u gudbin karaa isbitaalka ama adeegga, kadibna Parliamentary and Health Service Ombudsman (xafiis madax-bannaan oo eega cabashooyinka adeegyada caafimaadka) (England) ama Public Services Ombudsman for Wales (Ombwdsmon Gwasanaethau Cyhoeddus Cymru; xafiis madax-bannaan oo eega cabashooyinka adeegyada dadweynaha ee Wales). Cabashooyinka ku saabsan isticmaalka awoodaha Sharciga Caafimaadka Maskaxda (Mental Health Act) waxaa loo gudbiyaa CQC ee England, ama Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru).
       *[patient] Waxaad cabasho u gudbin kartaa isbitaalka ama adeegga. Haddii aadan ku qanacsanayn jawaabta, waxaad u tegi kartaa Parliamentary and Health Service Ombudsman (xafiis madax-bannaan oo eega cabashooyinka adeegyada caafimaadka) ee England, ama Public Services Ombudsman for Wales (Ombwdsmon Gwasanaethau Cyhoeddus Cymru; xafiis madax-bannaan oo eega cabashooyinka adeegyada dadweynaha ee Wales). Cabashooyinka ku saabsan sida loo isticmaalay Sharciga Caafimaadka Maskaxda (Mental Health Act) waxaa loo gudbiyaa Care Quality Commission (CQC) ee England, ama Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru).
    }

## The law is changing: the Mental Health Act 2025 (a new law, which starts
## in stages on dates the government will set)

change-heading = Sharcigu wuu isbeddelayaa
change-intro = Sharciga Caafimaadka Maskaxda 2025 (Mental Health Act 2025, sharci cusub) ayaa wax ka beddeli doona qaar ka mid ah waxyaabahan. Isbeddel kastaa wuxuu bilaabmayaa taariikh ay dowladdu go’aamiso. Ilaa inta laga gaarayo, waxa boggan ku qoran ayaa ah sharciga.
# What each change is, as a short phrase. Followed by whether it has started.
change-conditional-discharge-deprivation-of-liberty = Fursado hore oo Tribunal-ka loo aado, oo loogu talagalay bukaannada xaddidaad leh (restricted patients) ee la siiyay sii-dayn shuruud leh oo shuruudahoodu ka qaadaan xorriyaddooda.
change-english-informal-patients = IMHA loogu talagalay bukaannada ikhtiyaariga ah (informal) ee ku jira isbitaallada England.
change-opt-out-advocacy = Gudaha England, IMHA wuxuu booqdaa bukaan kasta oo heli kara, isagoon sugin in laga codsado.
change-more-help = Gudaha England, IMHA-yadu waxay bukaannada ka caawiyaan inay ka qayb qaataan go’aannada daryeelkooda iyo inay cabasho gudbiyaan, waxayna u sheegaan adeegyo kale.
# "nominated person": "qofka la doortay" is a draft term, for review by a qualified translator.
change-nominated-person = “Qofka la doortay” (nominated person), oo uu bukaanku doorto, ayaa beddelaya qaraabada ugu dhow (nearest relative).
change-section-3-periods = Qodobka 3 wuxuu socdaa 3 bilood, kadib 3 bilood, kadib 6 bilood, kadibna sannad mar kasta.
change-tribunal-windows = Waqti dheer oo loo codsado Tribunal-ka marka la joogo qodobka 2 (21 maalmood), iyo fursadda ugu horreysa oo hore u timaadda marka la joogo qodobka 3 (3-da bilood ee ugu horreeya).
change-automatic-referrals = Maamulka isbitaalka (hospital managers) waxay kiisaska u diraan Tribunal-ka si ka badan sidii hore.
change-medication-second-opinion = Daawada la bixiyo oggolaansho la’aan waxay u baahan tahay ra’yi labaad kadib 2 bilood, halkii ay ka ahaan lahayd 3.
change-police-stations = Saldhig booliis mar dambe looma isticmaali karo goob ammaan ah (place of safety).
change-complaints-information = Bukaannada waa in loo sheegaa sida loo gudbiyo cabasho.
change-detention-criteria = Shuruudo adag oo lagu hayo dadka, iyo in autism ama naafonimo waxbarasho (learning disability) kaligood aanay mar dambe sabab u noqon qodobka 3 ama CTO.
# $date is a day, written YYYY-MM-DD.
change-no-date = Weli ma bilaabmin: taariikh lama go’aamin.
change-starts = Weli ma bilaabmin: wuxuu bilaabmayaa { $date }.
change-in-force = Wuu dhaqan galay tan iyo { $date }.

## How to contact an IMHA service

# Heading of the first section under the outcome: what the person can do next.
do-now-heading = Waxa hadda la sameeyo
# First in "What to do now" for sections 135 and 136 (at most 24 hours, and
# up to 12 more), and for sections 4, 5(2) and 5(4) (72 or 6 hours).
do-now-place-of-safety =
    { $audience ->
        [carer] Goob ammaan ah (place of safety) waxaa qofka lagu hayn karaa ilaa 24 saacadood, dhakhtarna wuxuu ku dari karaa ilaa 12 saacadood oo kale. Shaqaalaha weydii qodobka hadda khuseeya qofka aad wax ka weydiinayso: haddii uu isbeddelo, xaqa uu ku helayo IMHA sidoo kale wuu isbeddeli karaa.
        [staff] Goob ammaan ah (place of safety) bukaanka waxaa lagu hayn karaa ilaa 24 saacadood, waqtigaasna waxaa lagu kordhin karaa ilaa 12 saacadood oo kale. Marka qodobku isbeddelo, bukaanka u sheeg qodobka hadda khuseeya, una sheeg IMHA haddii qodobkaasi siinayo xaqa.
       *[patient] Goob ammaan ah (place of safety) waxaa lagugu hayn karaa ilaa 24 saacadood, dhakhtarna wuxuu ku dari karaa ilaa 12 saacadood oo kale. Shaqaalaha weydii qodobka hadda ku khuseeya: haddii uu isbeddelo, xaqa aad ku heleyso IMHA sidoo kale wuu isbeddeli karaa.
    }
do-now-holding-power =
    { $audience ->
        [carer] Awoodda haynta (holding power) waxay socotaa waqti gaaban: 72 saacadood qodobka 4 ama 5(2), 6 saacadood qodobka 5(4). Shaqaalaha weydii qodobka hadda khuseeya qofka aad wax ka weydiinayso: haddii uu isbeddelo, xaqa uu ku helayo IMHA sidoo kale wuu isbeddeli karaa.
        [staff] Awoodda haynta (holding power) waxay socotaa ilaa 72 saacadood (qodobka 4 ama 5(2)) ama 6 saacadood (qodobka 5(4)). Marka qodobku isbeddelo, bukaanka u sheeg qodobka hadda khuseeya, una sheeg IMHA haddii qodobkaasi siinayo xaqa.
       *[patient] Awoodda haynta (holding power) waxay socotaa waqti gaaban: 72 saacadood qodobka 4 ama 5(2), 6 saacadood qodobka 5(4). Shaqaalaha weydii qodobka hadda ku khuseeya: haddii uu isbeddelo, xaqa aad ku heleyso IMHA sidoo kale wuu isbeddeli karaa.
    }
contact-heading = Sida loola xiriiro adeegga IMHA
contact-default =
    { $audience ->
        [carer] Shaqaalaha waadhka weydii macluumaadka adeegga IMHA ee deegaanka. Shaqaaluhu waa inay ka caawiyaan qofka aad wax ka weydiinayso inuu la xiriiro adeegga. Qofku wuxuu codsan karaa caawimaad si uu u sameeyo wicitaan taleefan.
        [staff] Bukaanka sii macluumaadka adeegga IMHA ee deegaanka, kana caawi inuu la xiriiro adeegga. U soo bandhig caawimaad uu ku sameeyo wicitaan taleefan.
       *[patient] Shaqaalaha waadhka weydii macluumaadka adeegga IMHA ee deegaankaaga. Shaqaaluhu waa inay kaa caawiyaan inaad la xiriirto adeegga. Waxaad codsan kartaa caawimaad si aad u samayso wicitaan taleefan.
    }
contact-self-referral =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso wuxuu si toos ah ula xiriiri karaa adeegga IMHA, ama wuxuu kalkaaliye caafimaad ka codsan karaa inuu u sameeyo. Adiguna waxaad adeegga IMHA ka codsan kartaa inay qofka soo booqdaan.
        [staff] Bukaanku wuxuu si toos ah ula xiriiri karaa adeegga IMHA, ama wuxuu kalkaaliye caafimaad ka codsan karaa inuu sameeyo. Qaraabo ama daryeele ayaa sidoo kale adeegga IMHA ka codsan kara inay bukaanka soo booqdaan.
       *[patient] Si toos ah ayaad ula xiriiri kartaa adeegga IMHA, ama kalkaaliye caafimaad ka codso inuu kuu sameeyo. Qaraabo ama daryeele ayaa sidoo kale adeegga IMHA ka codsan kara inay ku soo booqdaan.
    }

# For a person not on a ward: on leave, on a CTO, under guardianship or
# conditionally discharged. A care coordinator is the person who organises
# their care in the community.
contact-community =
    { $audience ->
        [carer] Isku-duwaha daryeelka (care coordinator), kooxda caafimaadka maskaxda ee bulshada (community mental health team) ama shaqaalaha arrimaha bulshada (social worker) ee qofka aad wax ka weydiinayso weydii macluumaadka adeegga IMHA ee deegaanka, ama wac isbitaalka mas’uulka ka ah daryeelkiisa. Gudaha England, golaha deegaanka ayaa diyaariya adeegyada IMHA; gudaha Wales, guddiga caafimaadka (health board) ayaa diyaariya.
        [staff] Bukaanka sii macluumaadka adeegga IMHA ee deegaanka, kana caawi inuu la xiriiro adeegga. Gudaha England, golaha deegaanka ayaa diyaariya adeegyada IMHA; gudaha Wales, guddiga caafimaadka (health board) ayaa diyaariya.
       *[patient] Isku-duwahaaga daryeelka (care coordinator), kooxdaada caafimaadka maskaxda ee bulshada (community mental health team) ama shaqaalahaaga arrimaha bulshada (social worker) weydii macluumaadka adeegga IMHA ee deegaankaaga, ama wac isbitaalka mas’uulka ka ah daryeelkaaga. Gudaha England, golaha deegaanka ayaa diyaariya adeegyada IMHA; gudaha Wales, guddiga caafimaadka (health board) ayaa diyaariya.
    }
# Interpreters include British Sign Language.
do-now-interpreter =
    { $audience ->
        [carer] Haddii qofka aad wax ka weydiinayso uu u baahan yahay turjumaan, oo ay ku jirto Luqadda Calaamadaha ee Ingiriiska (British Sign Language), wuu codsan karaa. Shaqaaluhu waa inay diyaariyaan, si uu u fahmo xuquuqdiisa oo uu ula hadli karo u-doodaha.
        [staff] Haddii bukaanku u baahan yahay turjumaan, oo ay ku jirto Luqadda Calaamadaha ee Ingiriiska (British Sign Language), u diyaari mid, si uu u fahmo xuquuqdiisa oo uu ula hadli karo u-doodaha.
       *[patient] Haddii aad u baahan tahay turjumaan, oo ay ku jirto Luqadda Calaamadaha ee Ingiriiska (British Sign Language), waad codsan kartaa. Shaqaaluhu waa inay diyaariyaan, si aad u fahanto xuquuqdaada oo aad ula hadli karto u-doodaha.
    }

## Actions

print-button = Daabac ama kaydi boggan
change-answers = Beddel jawaabahaaga

## Rights: the heading and introduction above the list of rights (rights.ftl)

rights-heading =
    { $audience ->
        [carer] Xuquuqda qofka
        [staff] Xuquuqda bukaanka
       *[patient] Xuquuqdaada
    }
rights-intro =
    { $audience ->
        [carer] Kuwani waa xuquuqda ugu muhiimsan ee xaaladdan. IMHA ayaa ka caawin kara qofka aad wax ka weydiinayso inuu fahmo oo isticmaalo.
        [staff] Kuwani waa xuquuqda ugu muhiimsan ee xaaladdan. IMHA ayaa ka caawin kara bukaanka inuu fahmo oo isticmaalo.
       *[patient] Kuwani waa xuquuqda ugu muhiimsan ee xaaladdan. IMHA ayaa kaa caawin kara inaad fahanto oo isticmaasho.
    }
# Label before the list of sections of the Act that a right rests on.
right-sections-label = Sharciga:

## The nearest relative, for a carer or relative (each point is followed
## by its sections; "you" is the carer or relative reading)

nearest-relative-heading = Qaraabada ugu dhow: cidda ay tahay iyo waxa ay samayn karto
nearest-relative-intro = Sharcigu wuxuu hal qaraabo oo qofka ka mid ah, oo loo yaqaan qaraabada ugu dhow (nearest relative), siiyaa xuquuq u gaar ah. Waxaa laga yaabaa inaad adigu tahay.
# The order of Mental Health Act 1983 section 26.
nearest-relative-who-it-is = Qaraabada ugu dhow waa qofka ugu horreeya ee liiskan ku jira: ninka, xaaska ama lammaanaha madaniga ah (husband, wife or civil partner) (ama, qof aan guursanayn oo aan ku jirin lammaanenimo madani ah, lammaane ay sidii lammaane ula noolaayeen ugu yaraan 6 bilood); wiil ama gabar; aabbe ama hooyo; walaal wiil ah ama walaal gabar ah; awoowe ama ayeeyo; ilmaha wiilka ama gabadha (grandchild); adeer, abti, eedo ama habaryar (uncle or aunt); ilmaha walaalka ama walaasha (nephew or niece). Qaraabo la nool qofka ama daryeela ayaa ka horreeya. Laba qaraabo oo isku nooc ah, kan da’da ku weyn ayaa ka horreeya. Qof aan qaraabo ahayn laakiin la noolaa qofka ugu yaraan 5 sano ayaa ugu dambeeya. Lama tiriyo: dadka ka yar 18 sano (haddii aanay ahayn ninka, xaaska, lammaanaha madaniga ah ama waalidka qofka), nin, xaas ama lammaane madani ah oo si joogto ah uga go’ay qofka (permanently separated), iyo qof aan caadi ahaan ku noolayn Boqortooyada Midowday (UK) marka qofku uu caadi ahaan ku nool yahay.
nearest-relative-told-of-section-2 = Marka la isticmaalo qodobka 2, xirfadle caafimaadka maskaxda oo la oggolaaday (approved mental health professional, AMHP) waa inuu isku dayaa inuu qaraabada ugu dhow u sheego in qofka la hayo, iyo inay amri karto in qofka la sii daayo.
nearest-relative-consulted-before-section-3 = Ka hor inta aanu codsan qodobka 3 ama ilaalinta sharciga (guardianship), AMHP-gu waa inuu la tashadaa qaraabada ugu dhow, marka laga reebo haddii taasi aanay suurtagal ahayn ama ay keenayso dib-u-dhac aan macquul ahayn. Haddii qaraabada ugu dhow ay ka soo horjeesato, AMHP-gu ma codsan karo, laakiin wuxuu maxkamadda degmada (county court) ka codsan karaa inay qof kale u magacaabto qaraabada ugu dhow.
nearest-relative-ask-for-assessment = Qaraabada ugu dhow waxay dowladda hoose (local council) ee deegaanka uu qofku ku nool yahay ka codsan kartaa in AMHP uu tixgeliyo in qofka isbitaalka la dhigo iyadoo la raacayo Sharciga. Haddii AMHP-gu aanu codsan, waa inuu sababihiisa qoraal ku bixiyaa.
nearest-relative-order-discharge = Qaraabada ugu dhow waxay amri kartaa in qofka laga sii daayo qodobka 2, qodobka 3 ama CTO, iyadoo qoraal u dirta maamulka isbitaalka (hospital managers), una siisa ogeysiis ugu yaraan 72 saacadood ah. Khabiirka caafimaad ee mas’uulka ah (responsible clinician) wuu joojin karaa, isagoo warbixin ku sheega, 72-kaas saacadood gudahood, in ay u badan tahay in qofku khatar ku noqdo naftiisa ama dadka kale. Kadib qaraabada ugu dhow ma amri karto sii-dayn mar kale muddo 6 bilood ah.
nearest-relative-order-guardianship-discharge = Qaraabada ugu dhow waxay joojin kartaa ilaalinta sharciga (guardianship) iyadoo bixisa amar qoraal ah. Ogeysiis looma baahna, khabiirka caafimaad ee mas’uulka ah (responsible clinician)-na ma joojin karo.
nearest-relative-tribunal-after-barring = Haddii khabiirka caafimaad ee mas’uulka ah (responsible clinician) uu joojiyo in qaraabada ugu dhow ay qof ka sii deyso qodobka 3 ama CTO, qaraabada ugu dhow waxay codsi u gudbin kartaa Tribunal-ka 28 maalmood gudahood laga bilaabo marka loo sheego.
nearest-relative-cannot-discharge-court-patient = Qaraabada ugu dhow ma amri karto in la sii daayo qof ay maxkamad u dirtay isbitaalka, ama qof laga soo wareejiyay xabsi.
nearest-relative-copy-of-information = Isbitaalku waa inuu qaraabada ugu dhow siiyaa nuqul ka mid ah macluumaadka qoraalka ah ee qofka la siiyo oo ku saabsan xuquuqdiisa, marka laga reebo haddii qofku ka codsado inaanu sidaas samayn.
nearest-relative-county-court = Haddii aanay jirin qaraabo ugu dhow, ama qaraabada ugu dhow aanay ku habboonayn, qofka, qaraabo kale, qof uu la nool yahay, ama AMHP ayaa maxkamadda degmada (county court) ka codsan kara inay qof kale u magacaabto inuu u shaqeeyo qaraabada ugu dhow.

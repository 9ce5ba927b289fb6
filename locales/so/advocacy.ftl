# SPDX-License-Identifier: MIT OR Apache-2.0

### What an independent mental health advocate (IMHA) does and cannot do,
### and what staff must do to tell patients about IMHAs.
### Every message receives $audience: "patient", "carer" or "staff".

## What an IMHA can do

advocate-heading =
    { $audience ->
        [carer] Waxa uu IMHA u samayn karo qofka
        [staff] Waxa uu IMHA u samayn karo bukaanka
       *[patient] Waxa uu IMHA kuu samayn karo
    }
advocate-intro =
    { $audience ->
        [carer] IMHA waa u-doode tababaran oo ka madax-bannaan isbitaalka. Caawimaaddiisu waa bilaash. Waxa qofka aad wax ka weydiinayso u sheego IMHA-ga waa qarsoodi, laakiin IMHA-gu waxaa laga yaabaa inuu u baahdo inuu la wadaago haddii qof uu khatar weyn ku jiro.
        [staff] IMHA waa u-doode tababaran oo ka madax-bannaan isbitaalka. Caawimaaddiisu waa bilaash iyo qarsoodi, laakiin waxaa laga yaabaa inuu u baahdo inuu macluumaad la wadaago haddii qof uu khatar weyn ku jiro.
       *[patient] IMHA waa u-doode tababaran oo ka madax-bannaan isbitaalka. Caawimaaddiisu waa bilaash. Waxa aad u sheegto IMHA-ga waa qarsoodi, laakiin waxaa laga yaabaa inuu u baahdo inuu la wadaago haddii qof uu khatar weyn ku jiro.
    }
advocate-understand-rights =
    { $audience ->
        [carer] Wuxuu qofka aad wax ka weydiinayso ka caawin karaa inuu fahmo qodobkiisa, shuruud kasta ama xaddidaad kasta oo saaran, iyo xuquuqdiisa.
        [staff] Wuxuu bukaanka ka caawin karaa inuu fahmo sharciga uu ku hoos jiro, shuruud kasta ama xaddidaad kasta oo saaran, iyo xuquuqdiisa.
       *[patient] Wuxuu kaa caawin karaa inaad fahanto qodobkaaga, shuruud kasta ama xaddidaad kasta oo kugu saaran, iyo xuquuqdaada.
    }
advocate-understand-treatment =
    { $audience ->
        [carer] Wuxuu qofka aad wax ka weydiinayso ka caawin karaa inuu wax ka ogaado daaweyntiisa: waxa ay tahay, sababta loo siinayo, sharciga oggolaanaya, iyo xeerarka qofka ilaalinaya.
        [staff] Wuxuu bukaanka ka caawin karaa inuu wax ka ogaado daaweyntiisa: waxa la siinayo, la soo jeediyay ama laga wada hadlayo, sababta, awoodda sharci ee lagu samaynayo, iyo ilaalinta (safeguards) khuseysa.
       *[patient] Wuxuu kaa caawin karaa inaad wax ka ogaato daaweyntaada: waxa ay tahay, sababta laguu siinayo, sharciga oggolaanaya, iyo xeerarka ku ilaalinaya.
    }
advocate-use-rights =
    { $audience ->
        [carer] Wuxuu qofka aad wax ka weydiinayso ka caawin karaa inuu isticmaalo xuquuqdiisa, tusaale ahaan inuu codsi u gudbiyo Tribunal-ka (guddi madax-bannaan oo joojin kara qodobkiisa).
        [staff] Wuxuu bukaanka ka caawin karaa inuu isticmaalo xuquuqdiisa, tusaale ahaan inuu codsi u gudbiyo Tribunal-ka.
       *[patient] Wuxuu kaa caawin karaa inaad isticmaasho xuquuqdaada, tusaale ahaan inaad codsi u gudbiso Tribunal-ka (guddi madax-bannaan oo joojin kara qodobkaaga).
    }
advocate-speak-for-you =
    { $audience ->
        [carer] Wuxuu u hadli karaa qofka aad wax ka weydiinayso, ama wuu taageeri karaa si uu qofku isagu u hadlo, tusaale ahaan kulamada shaqaalaha.
        [staff] Wuxuu matali karaa bukaanka oo u hadli karaa, tusaale ahaan kulamada shaqaalaha.
       *[patient] Wuu kuu hadli karaa, ama wuu ku taageeri karaa si aad adigu u hadasho, tusaale ahaan kulamada shaqaalaha.
    }
advocate-take-part-in-decisions =
    { $audience ->
        [carer] Wuxuu qofka aad wax ka weydiinayso ka caawin karaa inuu ka qayb qaato go’aannada ku saabsan daryeelkiisa iyo daaweyntiisa, oo ay ku jirto inuu u hadlo.
        [staff] Wuxuu bukaanka ka caawin karaa inuu ka qayb qaato go’aannada ku saabsan daryeelkiisa iyo daaweyntiisa, oo ay ku jirto matalaadda bukaanka.
       *[patient] Wuxuu kaa caawin karaa inaad ka qayb qaadato go’aannada ku saabsan daryeelkaaga iyo daaweyntaada, oo ay ku jirto inuu kuu hadlo.
    }
advocate-complain =
    { $audience ->
        [carer] Wuxuu qofka aad wax ka weydiinayso ka caawin karaa inuu ka cabto daryeelkiisa ama daaweyntiisa.
        [staff] Wuxuu bukaanka ka caawin karaa inuu ka cabto daryeelkiisa ama daaweyntiisa, oo ay ku jirto matalaadda bukaanka.
       *[patient] Wuxuu kaa caawin karaa inaad ka cabato daryeelkaaga ama daaweyntaada.
    }
advocate-other-services =
    { $audience ->
        [carer] Wuxuu qofka aad wax ka weydiinayso u sheegi karaa adeegyo kale oo caawin kara.
        [staff] Wuxuu bukaanka siin karaa macluumaad ku saabsan adeegyo kale oo u diyaar ah ama u diyaar noqon kara.
       *[patient] Wuxuu kuu sheegi karaa adeegyo kale oo ku caawin kara.
    }
advocate-meet-in-private =
    { $audience ->
        [carer] Wuxuu si gaar ah ula kulmi karaa qofka aad wax ka weydiinayso. Wuxuu kaloo la hadli karaa xirfadlayaasha daaweeya.
        [staff] Wuxuu si gaar ah u booqan karaa oo u wareysan karaa bukaanka, wuxuuna wareysan karaa xirfadlayaasha ku lug leh daaweyntiisa.
       *[patient] Wuxuu si gaar ah kuula kulmi karaa. Wuxuu kaloo la hadli karaa xirfadlayaasha ku daaweeya.
    }
# The IMHA can see records of detention, treatment and after-care, and
# council records, with the patient's consent; if the patient lacks capacity,
# only relevant records, and not against a decision of an attorney, deputy or
# the Court of Protection.
advocate-see-records =
    { $audience ->
        [carer] Wuxuu arki karaa diiwaannada qofka aad wax ka weydiinayso, ee isbitaalka ama dowladda hoose, haddii qofku oggolaado. Haddii qofku aanu awoodin inuu go’aansado, qofka haya diiwaannada ayaa go’aansada: diiwaannada khuseeya oo keliya, oo keliya haddii ay habboon tahay, oo aan ka hor imaanayn go’aan uu gaaray qof awood sharci u leh inuu qofkaas u go’aamiyo.
        [staff] Wuxuu arki karaa diiwaannada isbitaalka iyo dowladda hoose ee bukaanka iyadoo bukaanku oggol yahay. Haddii bukaanku aanu lahayn awood (capacity), qofka haya diiwaannada ayaa go’aamiya in diiwaannadu khuseeyaan caawimaadda IMHA-ga iyo in gelitaankoodu habboon yahay, gelitaankuna waa inaanu ka hor imaan go’aan uu gaaray wakiil sharci (donee), wakiil maxkamaddu magacawday (deputy) ama Court of Protection (maxkamadda go’aamisa dadka aan awoodin inay go’aansadaan).
       *[patient] Wuxuu arki karaa diiwaannadaada, ee isbitaalka ama dowladda hoose, haddii aad oggolaato. Haddii aadan awoodin inaad go’aansato, qofka haya diiwaannada ayaa go’aansada: diiwaannada khuseeya oo keliya, oo keliya haddii ay habboon tahay, oo aan ka hor imaanayn go’aan uu gaaray qof awood sharci u leh inuu adiga kuu go’aamiyo.
    }
# An approved mental health professional (AMHP) is a trained professional,
# often a social worker, with duties under the Mental Health Act.
advocate-visit-requests =
    { $audience ->
        [carer] Qaraabada ugu dhow (nearest relative), khabiirka caafimaad ee mas’uulka ah (responsible clinician) ama xirfadle caafimaadka maskaxda oo la oggolaaday (approved mental health professional, AMHP) ayaa IMHA ka codsan kara inuu booqdo qofka aad wax ka weydiinayso. Qofku weli wuu diidi karaa caawimaadda IMHA-ga.
        [staff] Qaraabada ugu dhow (nearest relative), khabiirka caafimaad ee mas’uulka ah (responsible clinician) ama xirfadle caafimaadka maskaxda oo la oggolaaday (approved mental health professional, AMHP) ayaa IMHA ka codsan kara inuu booqdo bukaanka. Bukaanku weli wuu diidi karaa caawimaadda IMHA-ga.
       *[patient] Qaraabadaada ugu dhow (nearest relative), khabiirka caafimaad ee mas’uulka kaa ah (responsible clinician) ama xirfadle caafimaadka maskaxda oo la oggolaaday (approved mental health professional, AMHP) ayaa IMHA ka codsan kara inuu ku booqdo. Weli waad diidi kartaa caawimaadda IMHA-ga.
    }

advocate-visit-requests-wales-compulsory =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso, qaraabadiisa ugu dhow (nearest relative), khabiirka caafimaad ee mas’uulka ka ah (responsible clinician), xirfadle caafimaadka maskaxda oo la oggolaaday (approved mental health professional, AMHP), shaqaale arrimaha bulshada (social worker), maamulka isbitaalka (hospital managers), ama qof awood sharci u leh inuu qofkaas u go’aamiyo ayaa IMHA ka codsan kara inuu booqdo. Qofku weli wuu diidi karaa caawimaadda IMHA-ga.
        [staff] Bukaanka, qaraabadiisa ugu dhow (nearest relative), khabiirka caafimaad ee mas’uulka ah (responsible clinician), AMHP, shaqaale arrimaha bulshada (social worker) oo bukaanka la shaqeeya, maamulka isbitaalka (hospital managers), ama wakiilka sharci (donee) ama wakiilka maxkamaddu magacawday (deputy) ee bukaanka ayaa IMHA ka codsan kara inuu booqdo. Bukaanku weli wuu diidi karaa caawimaadda IMHA-ga.
       *[patient] Adiga, qaraabadaada ugu dhow (nearest relative), khabiirka caafimaad ee mas’uulka kaa ah (responsible clinician), xirfadle caafimaadka maskaxda oo la oggolaaday (approved mental health professional, AMHP), shaqaale arrimaha bulshada (social worker), maamulka isbitaalka (hospital managers), ama qof awood sharci u leh inuu adiga kuu go’aamiyo ayaa IMHA ka codsan kara inuu ku booqdo. Weli waad diidi kartaa caawimaadda IMHA-ga.
    }
advocate-visit-requests-wales-informal =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso, daryeelihiisa (carer), shaqaale arrimaha bulshada (social worker), maamulka isbitaalka (hospital managers), ama qof awood sharci u leh inuu qofkaas u go’aamiyo ayaa IMHA ka codsan kara inuu booqdo. Qofku weli wuu diidi karaa caawimaadda IMHA-ga.
        [staff] Bukaanka, daryeelihiisa (carer), shaqaale arrimaha bulshada (social worker) oo bukaanka la shaqeeya, maamulka isbitaalka (hospital managers), ama wakiilka sharci (donee) ama wakiilka maxkamaddu magacawday (deputy) ee bukaanka ayaa IMHA ka codsan kara inuu booqdo. Bukaanku weli wuu diidi karaa caawimaadda IMHA-ga.
       *[patient] Adiga, daryeelahaaga (carer), shaqaale arrimaha bulshada (social worker), maamulka isbitaalka (hospital managers), ama qof awood sharci u leh inuu adiga kuu go’aamiyo ayaa IMHA ka codsan kara inuu ku booqdo. Weli waad diidi kartaa caawimaadda IMHA-ga.
    }
# "nominated person": "qofka la doortay" is a draft term, for review by a qualified translator.
advocate-visit-requests-nominated-person =
    { $audience ->
        [carer] Qofka la doortay (nominated person), khabiirka caafimaad ee mas’uulka ah (responsible clinician) ama xirfadle caafimaadka maskaxda oo la oggolaaday (approved mental health professional, AMHP) ayaa IMHA ka codsan kara inuu booqdo qofka aad wax ka weydiinayso. Qofku weli wuu diidi karaa caawimaadda IMHA-ga.
        [staff] Qofka la doortay (nominated person), khabiirka caafimaad ee mas’uulka ah (responsible clinician) ama AMHP ayaa IMHA ka codsan kara inuu booqdo bukaanka. Bukaanku weli wuu diidi karaa caawimaadda IMHA-ga.
       *[patient] Qofkaaga la doortay (nominated person), khabiirka caafimaad ee mas’uulka kaa ah (responsible clinician) ama xirfadle caafimaadka maskaxda oo la oggolaaday (approved mental health professional, AMHP) ayaa IMHA ka codsan kara inuu ku booqdo. Weli waad diidi kartaa caawimaadda IMHA-ga.
    }
advocate-visit-requests-wales-compulsory-nominated-person =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso, qofkiisa la doortay (nominated person), khabiirka caafimaad ee mas’uulka ka ah (responsible clinician), xirfadle caafimaadka maskaxda oo la oggolaaday (approved mental health professional, AMHP), shaqaale arrimaha bulshada (social worker), maamulka isbitaalka (hospital managers), ama qof awood sharci u leh inuu qofkaas u go’aamiyo ayaa IMHA ka codsan kara inuu booqdo. Qofku weli wuu diidi karaa caawimaadda IMHA-ga.
        [staff] Bukaanka, qofkiisa la doortay (nominated person), khabiirka caafimaad ee mas’uulka ah (responsible clinician), AMHP, shaqaale arrimaha bulshada (social worker) oo bukaanka la shaqeeya, maamulka isbitaalka (hospital managers), ama wakiilka sharci (donee) ama wakiilka maxkamaddu magacawday (deputy) ee bukaanka ayaa IMHA ka codsan kara inuu booqdo. Bukaanku weli wuu diidi karaa caawimaadda IMHA-ga.
       *[patient] Adiga, qofkaaga la doortay (nominated person), khabiirka caafimaad ee mas’uulka kaa ah (responsible clinician), xirfadle caafimaadka maskaxda oo la oggolaaday (approved mental health professional, AMHP), shaqaale arrimaha bulshada (social worker), maamulka isbitaalka (hospital managers), ama qof awood sharci u leh inuu adiga kuu go’aamiyo ayaa IMHA ka codsan kara inuu ku booqdo. Weli waad diidi kartaa caawimaadda IMHA-ga.
    }

## What an IMHA cannot do

advocate-limits-heading = Waxa uusan IMHA samayn karin
advocate-not-a-lawyer =
    { $audience ->
        [carer] IMHA ma aha qareen. Wuxuu qofka aad wax ka weydiinayso ka caawin karaa inuu helo qareen Tribunal-ka loogu talagalay.
        [staff] IMHA ma aha qareen, mana beddelo qareen Tribunal-ka. Wuxuu bukaanka ka caawin karaa inuu helo qareen.
       *[patient] IMHA ma aha qareen. Wuxuu kaa caawin karaa inaad hesho qareen Tribunal-ka loogu talagalay.
    }
advocate-no-decisions =
    { $audience ->
        [carer] IMHA go’aanno uma gaari karo qofka aad wax ka weydiinayso, mana u sheegi karo shaqaalaha waxa ay samaynayaan. Wuxuu caawiyaa in la hubiyo in aragtida qofka la maqlo.
        [staff] IMHA go’aanno uma gaari karo bukaanka, mana u sheegi karo shaqaalaha waxa ay samaynayaan. Wuxuu caawiyaa in la hubiyo in aragtida bukaanka la maqlo.
       *[patient] IMHA go’aanno kuuma gaari karo, mana u sheegi karo shaqaalaha waxa ay samaynayaan. Wuxuu caawiyaa in la hubiyo in aragtidaada la maqlo.
    }
advocate-can-say-no =
    { $audience ->
        [carer] Qofka aad wax ka weydiinayso wuu diidi karaa IMHA. Hadhow wuu beddeli karaa go’aankiisa.
        [staff] Bukaanku wuu diidi karaa caawimaadda IMHA, hadhowna wuu beddeli karaa go’aankiisa.
       *[patient] Waad diidi kartaa IMHA. Hadhow waad beddeli kartaa go’aankaaga.
    }
advocate-not-imca = IMHA wuu ka duwan yahay u-doode madax-bannaan oo awoodda maskaxda ah (Independent Mental Capacity Advocate, IMCA). IMCA wuxuu caawiyaa dadka aan awoodin inay go’aan gaaraan oo aan haysan qof kale oo caawiya. Qofku labadaba wuu heli karaa.

## What staff must do (shown to staff only)

duty-heading = Waxa ay tahay in shaqaaluhu sameeyaan
duty-intro = Sharcigu wuxuu dhigayaa in qofka mas’uulka ah uu qaado tallaabooyinka suurtagalka ah si loo hubiyo in bukaanku fahmo caawimaadda uu IMHA bixin karo iyo sida loo helo.
duty-who-hospital-managers = Cidda ay waajib ku tahay: maamulka isbitaalka (hospital managers). Dhab ahaan, shaqaalaha waadhka ayaa badanaa iyaga u sameeya.
duty-who-responsible-clinician = Cidda ay waajib ku tahay: khabiirka caafimaad ee mas’uulka ka ah bukaanka (responsible clinician), maxaa yeelay bukaanka waxaa la siiyay sii-dayn shuruud leh (conditional discharge).
duty-who-local-authority = Cidda ay waajib ku tahay: hay’adda adeegyada bulshada ee deegaanka ee mas’uulka ah (responsible local social services authority), taas oo ah dowladda hoose ee mas’uulka ka ah ilaalinta sharciga (guardianship).
duty-who-responsible-hospital = Cidda ay waajib ku tahay: maamulka isbitaalka mas’uulka ah (isbitaalka mas’uulka ka ah CTO-ga bukaanka).
duty-who-doctor-discussing-treatment = Cidda ay waajib ku tahay: dhakhtarka ama khabiirka caafimaad ee la oggolaaday (approved clinician) ee bukaanka kala hadlaya daaweynta.
# In Wales, an informal in-patient qualifies when they become an in-patient.
duty-as-soon-as-practicable = Goorta: sida ugu dhakhsaha badan ee suurtagal ah kadib marka bukaanku xaq u yeesho. Taasi waa marka la hayo, la geliyo CTO, la geliyo ilaalinta sharciga (guardianship), ama marka laga hadlo daaweynta. Bukaan ikhtiyaari ah (informal) oo ku jira Wales, waa marka uu isbitaalka jiifsado.
duty-orally-and-in-writing = Sida: bukaanka ugu sheeg af ahaan iyo qoraal ahaanba.
duty-copy-to-nearest-relative = Haddii aanu bukaanku kaa codsan inaadan samayn, nuqul ka mid ah macluumaadka qoraalka ah sii qofka u muuqda qaraabadiisa ugu dhow (nearest relative), marka ay suurtagal tahay. Samee marka aad bukaanka u sheegto, ama waqti macquul ah kadib. Tani ma khusayso bukaannada ku hoos jira qodobada maxkamadda ama xabsiga.
duty-copy-to-nominated-person = Haddii aanu bukaanku kaa codsan inaadan samayn, nuqul ka mid ah macluumaadka qoraalka ah sii qofka u muuqda inuu yahay qofka la doortay (nominated person) ee bukaanka. Samee marka aad bukaanka u sheegto, ama waqti macquul ah kadib.
# Wales, informal patients: section 130L(6) lists who gets the copy.
duty-copy-to-informal-patients-people = Haddii aanu bukaanku kaa codsan inaadan samayn, nuqul ka mid ah macluumaadka qoraalka ah sii dadka uu magacaabo qodobka 130L(6). Eeg qoraalka qodobka si aad u ogaato cidda ay yihiin.
duty-repeat-at-key-moments = Ku celi macluumaadka waqtiyada muhiimka ah: marka la dhigo isbitaalka, marka qodobku isbeddelo, iyo ka hor wareegyada dhakhaatiirta ee waadhka (ward rounds), dib-u-eegista daawada, cusboonaysiinta iyo dhegeysiyada Tribunal-ka.
duty-check-understanding = Hubi in bukaanku fahmay. Haddii uu aad u xanuunsanayo oo uusan qaadan karin, mar kale isku day hadhow. Isticmaal turjumaan ama macluumaad si fudud loo akhriyo (easy read) haddii loo baahdo.
duty-help-to-contact = Bukaanka ka caawi inuu la xiriiro adeegga IMHA, tusaale ahaan adigoo siinaya taleefan uu si gaar ah ugu hadlo. Qor waxa aad samaysay.

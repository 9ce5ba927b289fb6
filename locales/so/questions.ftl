# SPDX-License-Identifier: MIT OR Apache-2.0

### The questions, one per page. For each question:
### question-<slug>-heading (the question), -hint (under it), -error (when
### nothing is chosen), -summary (short label on the check-answers page);
### and option-<slug>-<value> for each answer, with an optional .hint.

## Shared by every question page

continue-button = Sii wad
back-link = Dib u noqo
# Between the answers and "I don't know", as in GOV.UK forms.
or-divider = ama
error-summary-title = Dhib ayaa jira
# The page title when the page shows an error.
page-title-error = Khalad: { page-title }

## Who is asking

question-audience-heading = Yaad tahay?
question-audience-hint = Tan waxaan u isticmaali doonnaa si aan waxyaabaha ugu sharraxno hab ku habboon.
question-audience-error = Dooro cidda aad tahay
question-audience-summary = Cidda wax weydiinaysa
option-audience-patient = Anigu waxaan ahay bukaanka
    .hint = Waxaad joogtaa isbitaal, ama waxaa laguu sheegay inaad ku hoos jirto Sharciga Caafimaadka Maskaxda (Mental Health Act).
option-audience-carer = Waxaan ahay daryeele, qaraabo ama saaxiib
    .hint = Waxaa ku jira qaraabada ugu dhow (nearest relative). Waxaad wax ka weydiinaysaa qof kale.
option-audience-staff = Waxaan ka shaqeeyaa waadh ama adeeg caafimaadka maskaxda
    .hint = Waxaad rabtaa inaad hubiso cidda ay tahay inaad uga warranto u-doodayaasha.

## Where the hospital is

question-jurisdiction-heading =
    { $audience ->
        [carer] Isbitaalka uu qofku ku jiro ma wuxuu ku yaallaa England mise Wales?
        [staff] Isbitaalka uu bukaanku ku jiro ma wuxuu ku yaallaa England mise Wales?
       *[patient] Isbitaalkaagu ma wuxuu ku yaallaa England mise Wales?
    }
question-jurisdiction-hint = Sharcigu wuu ka duwan yahay Wales. Su’aashani waxay ku saabsan tahay halka uu isbitaalku ku yaallo, ee ma aha halka uu qof ku nool yahay. Haddii uu yahay amarka daaweynta bulshada (CTO), waa isbitaalka mas’uulka ka ah. Haddii ay tahay ilaalinta sharciga (guardianship), waa dowladda hoose (council).
question-jurisdiction-error = Dooro England, Wales ama Ma garanayo
question-jurisdiction-summary = Halka uu isbitaalku ku yaallo
option-jurisdiction-england = Gobolka England
option-jurisdiction-wales = Gobolka Wales
option-jurisdiction-unknown = Ma garanayo

## The broad situation

question-setting-heading =
    { $audience ->
        [carer] Kuwan midkee ayaa run u ah qofka?
        [staff] Kuwan midkee ayaa run u ah bukaanka?
       *[patient] Kuwan midkee ayaa run kuu ah?
    }
question-setting-hint = Dooro midka ugu habboon. Haddii aadan hubin, dooro “Ma garanayo” waanan ku caawin doonnaa.
question-setting-error = Dooro xaaladda ugu habboon, ama Ma garanayo
question-setting-summary = Xaaladda
option-setting-detained =
    { $audience ->
        [carer] Waxaa lagu hayaa isbitaalka iyadoo la raacayo qodob ka mid ah Sharciga Caafimaadka Maskaxda (Mental Health Act)
        [staff] Lagu hayo qodob ka mid ah Sharciga Caafimaadka Maskaxda (Mental Health Act)
       *[patient] Waxaa la igu hayaa isbitaalka iyadoo la raacayo qodob ka mid ah Sharciga Caafimaadka Maskaxda (Mental Health Act)
    }
    .hint = Af-Ingiriisiga mararka qaar waxaa lagu yiraahdaa “sectioned”.
option-setting-detained-on-leave =
    { $audience ->
        [carer] Wuxuu ku jiraa qodob, laakiin fasax ayuu uga maqan yahay isbitaalka (fasaxa qodobka 17)
        [staff] Lagu hayo qodob, ku jira fasaxa qodobka 17 (section 17 leave)
       *[patient] Waxaan ku jiraa qodob, laakiin fasax ayaan uga maqanahay isbitaalka (fasaxa qodobka 17)
    }
    .hint = Waxaa la oggol yahay in muddo laga maqnaado isbitaalka, tusaale ahaan guriga. Qodobku weli ma dhammaan.
option-setting-cto =
    { $audience ->
        [carer] Wuxuu ku jiraa amarka daaweynta bulshada (CTO)
        [staff] Ku jira amarka daaweynta bulshada (CTO)
       *[patient] Waxaan ku jiraa amarka daaweynta bulshada (CTO)
    }
    .hint = Ku noolaanshaha isbitaalka dibaddiisa, iyadoo ay jiraan shuruudo la raaco.
option-setting-cto-recalled =
    { $audience ->
        [carer] Wuxuu ku jiraa CTO, waxaana dib loogu yeeray isbitaalka
        [staff] Ku jira CTO, dib loogu yeeray isbitaalka
       *[patient] Waxaan ku jiraa CTO, waxaana dib la iigu yeeray isbitaalka
    }
    .hint = Tan waxaa loo yaqaan dib-u-yeerid (recall). Waxay socotaa ilaa 72 saacadood.
option-setting-guardianship =
    { $audience ->
        [carer] Wuxuu leeyahay ilaaliye (guardian) sida uu dhigayo Sharciga Caafimaadka Maskaxda (Mental Health Act)
        [staff] Ku hoos jira ilaalinta sharciga (guardianship)
       *[patient] Waxaan leeyahay ilaaliye (guardian) sida uu dhigayo Sharciga Caafimaadka Maskaxda (Mental Health Act)
    }
    .hint = Ilaaliyaha, oo badanaa ah dowladda hoose, wuxuu go’aamin karaa waxyaabo qaar, sida halka lagu noolaanayo.
option-setting-conditional-discharge =
    { $audience ->
        [carer] Wuxuu ka baxay isbitaalka, iyadoo ay jiraan shuruudo ay dejiyeen Tribunal-ka ama dowladda
        [staff] Bukaan xaddidaad leh (restricted patient) oo la siiyay sii-dayn shuruud leh (conditional discharge)
       *[patient] Waxaan ka baxay isbitaalka, iyadoo ay jiraan shuruudo ay dejiyeen Tribunal-ka ama dowladda
    }
    .hint = Tan waxaa loo yaqaan sii-dayn shuruud leh (conditional discharge). Waxay timaadaa kadib amar maxkamadeed oo xaddidaado leh.
option-setting-informal-inpatient =
    { $audience ->
        [carer] Wuxuu joogaa isbitaalka caafimaadkiisa maskaxda awgeed, laakiin kuma hoos jiro qodob
        [staff] Bukaan ikhtiyaari ah (informal) oo isbitaalka jiifa, si loo qiimeeyo ama loogu daaweeyo xanuun maskaxeed
       *[patient] Waxaan joogaa isbitaalka caafimaadkayga maskaxda awgeed, laakiin kuma hoos jiro qodob
    }
    .hint = Mararka qaar waxaa loo yaqaan bukaan ikhtiyaari ah (voluntary ama informal). Tani kuma jirto joogitaan isbitaal guud oo loo joogo xanuun jireed oo keliya.
option-setting-none =
    { $audience ->
        [carer] Ma joogo isbitaalka, kumana hoos jiro Sharciga Caafimaadka Maskaxda (Mental Health Act)
        [staff] Ma joogo isbitaalka, kumana hoos jiro Sharciga Caafimaadka Maskaxda (Mental Health Act)
       *[patient] Ma joogo isbitaalka, kumana hoos jiro Sharciga Caafimaadka Maskaxda (Mental Health Act)
    }
option-setting-unknown = Ma garanayo

## Which section

question-section-heading =
    { $audience ->
        [carer] Qodobkee ayuu qofku ku hoos jiraa?
        [staff] Qodobkee ayuu bukaanku ku hoos jiraa?
       *[patient] Qodobkee ayaad ku hoos jirtaa?
    }
question-section-hint = Waxaa ku qoran waraaqaha qodobka (section papers) iyo buug-yaraha xuquuqda ee isbitaalku bixiyo. Haddii aadan heli karin, dooro “Ma garanayo”.
question-section-error = Dooro qodobka, ama Ma garanayo
question-section-summary = Qodobka
option-section-section-2 = Qodobka 2
    .hint = Si qof loo qiimeeyo, ilaa 28 maalmood.
option-section-section-3 = Qodobka 3
    .hint = Daaweyn, ilaa 6 bilood marka hore.
option-section-section-4 = Qodobka 4
    .hint = Xaalad degdeg ah, hal dhakhtar, ilaa 72 saacadood.
option-section-section-5-2 = Qodobka 5(2)
    .hint = Dhakhtar ayaa qof ka joojiyay inuu ka baxo waadhka, ilaa 72 saacadood.
option-section-section-5-4 = Qodobka 5(4)
    .hint = Kalkaaliye caafimaad ayaa qof ka joojiyay inuu ka baxo waadhka, ilaa 6 saacadood.
option-section-section-135 = Qodobka 135
    .hint = Booliis ayaa la yimid amar sharci (warrant), waxayna qof geeyeen goob ammaan ah.
option-section-section-136 = Qodobka 136
    .hint = Booliis ayaa qof ka qaaday goob dadweyne, waxayna geeyeen goob ammaan ah.
option-section-section-35 = Qodobka 35
    .hint = Maxkamad ayaa qof u dirtay isbitaal si warbixin looga sameeyo.
option-section-section-36 = Qodobka 36
    .hint = Maxkamad ayaa qof u dirtay isbitaal si loo daaweeyo ka hor inta aanay dacwaddiisu dhammaan.
option-section-section-37 = Qodobka 37
    .hint = Maxkamad ayaa bixisay amar isbitaal (hospital order).
option-section-section-37-41 = Qodobka 37 iyo qodobka 41
    .hint = Maxkamad ayaa bixisay amar isbitaal oo xaddidaado leh.
option-section-section-38 = Qodobka 38
    .hint = Maxkamad ayaa bixisay amar isbitaal oo ku meel gaar ah (interim hospital order).
option-section-section-45a = Qodobka 45A
    .hint = Maxkamad ayaa bixisay xukun xabsi iyo tilmaan isbitaal (hospital direction).
option-section-section-47 = Qodobka 47
    .hint = Xabsiga laga keenay isbitaalka kadib markii la xukumay.
option-section-section-47-49 = Qodobka 47 iyo qodobka 49
    .hint = Xabsiga laga keenay isbitaalka kadib markii la xukumay, iyadoo ay jiraan xaddidaado.
option-section-section-48 = Qodobka 48
    .hint = Xabsiga ama xarun lagu hayo dadka socdaalka (immigration detention) laga keenay isbitaalka, ka hor intaan la xukumin.
option-section-section-48-49 = Qodobka 48 iyo qodobka 49
    .hint = Isbitaalka la keenay ka hor intaan la xukumin, iyadoo ay jiraan xaddidaado.
option-section-unknown = Ma garanayo qodobka

## Help to find the section

question-what-happened-heading =
    { $audience ->
        [carer] Kuwan midkee ayaa ugu dhow waxa ku dhacay qofka?
        [staff] Kuwan midkee ayaa ugu dhow waxa ku dhacay bukaanka?
       *[patient] Kuwan midkee ayaa ugu dhow waxa kugu dhacay?
    }
question-what-happened-hint = Qodob kasta oo ka mid ah Sharciga Caafimaadka Maskaxda (Mental Health Act) waxaa loo isticmaalaa xaalad ka duwan. Tani waxay naga caawinaysaa inaan ogaanno midka uu noqon karo.
question-what-happened-error = Dooro midka ugu dhow, ama Weli ma hubo
question-what-happened-summary = Waxa dhacay
question-what-happened-papers-heading = Sida ay u eg yihiin waraaqaha qodobka
question-what-happened-papers =
    { $audience ->
        [carer] Isbitaalku waa inuu qofka siiyaa foomam, oo loo yaqaan waraaqaha qodobka (section papers), iyo buug-yare ku saabsan xuquuqdiisa. Cinwaanka buug-yaraha ayaa sheegaya qodobka, tusaale ahaan “Qodobka 2 ee Sharciga Caafimaadka Maskaxda 1983 (Mental Health Act 1983)”. Qofka, ama shaqaalaha waadhka, ayaa ku tusi kara.
        [staff] Waraaqaha qodobka (section papers) iyo buug-yaraha xuquuqda ee bukaanka la siiyay ayaa magacaabaya qodobka. Hubi waraaqaha bukaanka ama xafiiska Sharciga Caafimaadka Maskaxda (Mental Health Act office) ee waadhka.
       *[patient] Isbitaalku waa inuu ku siiyaa foomam, oo loo yaqaan waraaqaha qodobka (section papers), iyo buug-yare ku saabsan xuquuqdaada. Cinwaanka buug-yaraha ayaa sheegaya qodobkaaga, tusaale ahaan “Qodobka 2 ee Sharciga Caafimaadka Maskaxda 1983 (Mental Health Act 1983)”. Waxaad shaqaalaha waadhka ka codsan kartaa inay ku tusaan.
    }
option-what-happened-police-public-place =
    { $audience ->
        [carer] Booliisku wuxuu qofka ka qaaday goob dadweyne, wuxuuna geeyay goob ammaan ah
        [staff] Booliisku wuxuu bukaanka ka qaaday goob dadweyne, wuxuuna geeyay goob ammaan ah
       *[patient] Booliisku wuxuu kaa qaaday goob dadweyne, wuxuuna ku geeyay goob ammaan ah
    }
    .hint = Sida isbitaal ama saldhig booliis. Tan badanaa waa qodobka 136.
option-what-happened-police-warrant-home =
    { $audience ->
        [carer] Booliisku wuxuu yimid guriga qofka isagoo wata amar sharci (warrant), wuxuuna qofka geeyay goob ammaan ah
        [staff] Booliisku wuxuu yimid guriga bukaanka isagoo wata amar sharci (warrant), wuxuuna bukaanka geeyay goob ammaan ah
       *[patient] Booliisku wuxuu yimid gurigaaga isagoo wata amar sharci (warrant), wuxuuna ku geeyay goob ammaan ah
    }
    .hint = Tan badanaa waa qodobka 135.
option-what-happened-nurse-stopped-leaving =
    { $audience ->
        [carer] Kalkaaliye caafimaad ayaa qofka ka joojiyay inuu ka baxo waadhka, dhowr saacadood
        [staff] Kalkaaliye caafimaad ayaa bukaanka ka joojiyay inuu ka baxo waadhka, dhowr saacadood
       *[patient] Kalkaaliye caafimaad ayaa kaa joojiyay inaad ka baxdo waadhka, dhowr saacadood
    }
    .hint = Tan badanaa waa qodobka 5(4). Waxay socotaa ilaa 6 saacadood.
option-what-happened-doctor-stopped-leaving =
    { $audience ->
        [carer] Dhakhtar ayaa qofka ka joojiyay inuu ka baxo waadhka, ilaa 3 maalmood
        [staff] Dhakhtar ayaa bukaanka ka joojiyay inuu ka baxo waadhka, ilaa 3 maalmood
       *[patient] Dhakhtar ayaa kaa joojiyay inaad ka baxdo waadhka, ilaa 3 maalmood
    }
    .hint = Tan badanaa waa qodobka 5(2). Waxay socotaa ilaa 72 saacadood.
option-what-happened-kept-more-than-3-days =
    { $audience ->
        [carer] Qofka waxaa lagu hayay isbitaalka, qodob hoostiis, in ka badan 3 maalmood
        [staff] Bukaanka waxaa lagu hayay isbitaalka, qodob hoostiis, in ka badan 3 maalmood
       *[patient] Waxaa lagugu hayay isbitaalka, qodob hoostiis, in ka badan 3 maalmood
    }
    .hint = Qodobada gaagaaban ee degdegga ahi dhammaantood waxay dhammaadaan 3 maalmood gudahood.
option-what-happened-court-sent =
    { $audience ->
        [carer] Maxkamad ayaa qofka u dirtay isbitaalka
        [staff] Maxkamad ayaa bukaanka u dirtay isbitaalka
       *[patient] Maxkamad ayaa kuu dirtay isbitaalka
    }
option-what-happened-moved-from-prison =
    { $audience ->
        [carer] Qofka waxaa laga keenay xabsiga oo la geeyay isbitaalka
        [staff] Bukaanka waxaa laga keenay xabsiga oo la geeyay isbitaalka
       *[patient] Waxaa lagaa keenay xabsiga oo lagu geeyay isbitaalka
    }
option-what-happened-rules-outside-hospital =
    { $audience ->
        [carer] Qofku wuxuu ku nool yahay isbitaalka dibaddiisa, laakiin waa inuu raacaa xeerar, dib ayaana loogu yeeri karaa
        [staff] Bukaanku wuxuu ku nool yahay isbitaalka dibaddiisa, laakiin waa inuu raacaa xeerar, dib ayaana loogu yeeri karaa
       *[patient] Waxaad ku nooshahay isbitaalka dibaddiisa, laakiin waa inaad raacdaa xeerar, dib ayaana laguugu yeeri karaa
    }
    .hint = Tan badanaa waa amarka daaweynta bulshada (CTO).
option-what-happened-guardian =
    { $audience ->
        [carer] Ilaaliye (guardian), oo badanaa ah dowladda hoose, ayaa go’aamiya halka uu qofku ku noolaado
        [staff] Ilaaliye (guardian), oo badanaa ah dowladda hoose, ayaa go’aamiya halka uu bukaanku ku noolaado
       *[patient] Ilaaliye (guardian), oo badanaa ah dowladda hoose, ayaa go’aamiya halka aad ku noolaato
    }
    .hint = Tan waa ilaalinta sharciga (guardianship).
option-what-happened-free-to-leave =
    { $audience ->
        [carer] Qofku wuxuu joogaa isbitaalka, wuuna ka bixi karaa markuu doono
        [staff] Bukaanku wuxuu joogaa isbitaalka, wuuna ka bixi karaa markuu doono
       *[patient] Waxaad joogtaa isbitaalka, waadna ka bixi kartaa markaad doonto
    }
    .hint = Tan waa bukaan ikhtiyaari ah (voluntary ama informal).
option-what-happened-not-in-hospital =
    { $audience ->
        [carer] Qofku ma joogo isbitaalka, kuwanna midna kuma habboona
        [staff] Bukaanku ma joogo isbitaalka, kuwanna midna kuma habboona
       *[patient] Ma joogtid isbitaalka, kuwanna midna kuma habboona
    }
option-what-happened-still-not-sure = Weli ma hubo

## Leave

question-on-leave-heading =
    { $audience ->
        [carer] Qofku hadda ma fasax buu uga maqan yahay isbitaalka?
        [staff] Bukaanku ma ku jiraa fasaxa qodobka 17 (section 17 leave)?
       *[patient] Hadda ma fasax baad uga maqan tahay isbitaalka?
    }
question-on-leave-hint = Tani waa fasaxa qodobka 17: waqti laga maqan yahay waadhka oo uu dhakhtar oggolaaday. Fasax ku jiriddu ma beddesho xaqa loo leeyahay u-doode.
question-on-leave-error = Dooro Haa, Maya ama Ma garanayo
question-on-leave-summary = Fasax
option-on-leave-true = Haa
option-on-leave-false = Maya
option-on-leave-unknown = Ma garanayo

## Treatment being discussed

question-treatment-discussed-heading =
    { $audience ->
        [carer] Dhakhtar ma kala hadlay qofka mid ka mid ah daaweymahan?
        [staff] Bukaanku ma kala hadlayaa dhakhtar ama khabiir caafimaad oo la oggolaaday (approved clinician) mid ka mid ah daaweymahan?
       *[patient] Dhakhtar ma kaala hadlay mid ka mid ah daaweymahan?
    }
question-treatment-discussed-hint = Daaweymaha qaarkood waxay qofka xaq u siiyaan inuu helo u-doode, xitaa dadka aan ku hoos jirin qodob.
question-treatment-discussed-error = Dooro daaweyn, Midna ma aha, ama Ma garanayo
question-treatment-discussed-summary = Daaweynta laga hadlay
option-treatment-discussed-section-57 = Qalliin maskaxda ah oo loo sameeyo dhibaato caafimaadka maskaxda, ama hormoon jirka la geliyo si loo yareeyo rabitaanka galmada
    .hint = Kuwani aad bay u dhif yihiin.
option-treatment-discussed-section-58a = Daaweynta korontada (ECT)
    .hint = Daaweyn koronto yar la marsiiyo maskaxda, iyadoo qofka la suuxiyay.
option-treatment-discussed-none = Midna ma aha
option-treatment-discussed-unknown = Ma garanayo

## Age

question-under-18-heading =
    { $audience ->
        [carer] Qofku ma ka yar yahay 18 sano?
        [staff] Bukaanku ma ka yar yahay 18 sano?
       *[patient] Ma ka yar tahay 18 sano?
    }
question-under-18-hint = Daaweynta korontada (ECT), xeerarku way ka duwan yihiin dadka ka yar 18 sano.
question-under-18-error = Dooro Haa, Maya ama Ma garanayo
question-under-18-summary = Ka yar 18 sano
option-under-18-true = Haa
option-under-18-false = Maya
option-under-18-unknown = Ma garanayo

## Check your answers

check-heading = Hubi jawaabahaaga
check-intro = Jawaab waad beddeli kartaa ka hor intaadan arkin natiijada.
check-change = Beddel
# After "Change", read by screen readers only, e.g. "Change Section".
check-change-context = { $question }
check-continue = Arag natiijada
# Under an answer to "what happened": the section that answer stands for,
# e.g. "That means: Section 136".
check-inferred-section = Taas macnaheedu waa: { $section }

## Notices

notice-saved-answers-unreadable = Ma akhrin karin jawaabahaagii la kaydiyay, sidaas darteed mar kale ayaan bilownay.
notice-link-unreadable = Jawaabaha linkiga qaarkood lama akhrin karin. Fadlan ka jawaab su’aashan.

## A page that does not exist

not-found-heading = Bogga lama helin
not-found-body = Linkigu waxaa laga yaabaa inuu khaldan yahay ama duugoobay.
not-found-start = Tag bilowga

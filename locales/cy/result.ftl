# SPDX-License-Identifier: MIT OR Apache-2.0

### The result page: whether the person can get an independent mental health
### advocate (IMHA), why, what to ask, what to do instead, and how to get help.
### Every message receives $audience: "patient", "carer" or "staff".
### Patient: "you". Carer: "the person you are asking about", then "they".
### Staff: "the patient", then "they".

## The outcome

result-heading-yes =
    { $audience ->
        [carer] Gall y person rydych chi’n holi amdano gael eiriolwr iechyd meddwl annibynnol (IMHA)
        [staff] Gall y claf gael eiriolwr iechyd meddwl annibynnol (IMHA)
       *[patient] Gallwch chi gael eiriolwr iechyd meddwl annibynnol (IMHA)
    }
result-heading-no =
    { $audience ->
        [carer] Ni all y person rydych chi’n holi amdano gael IMHA ar hyn o bryd
        [staff] Ni all y claf gael IMHA ar hyn o bryd
       *[patient] Ni allwch chi gael IMHA ar hyn o bryd
    }
result-heading-unsure =
    { $audience ->
        [carer] Nid ydyn ni’n siŵr eto a all y person rydych chi’n holi amdano gael IMHA
        [staff] Nid ydyn ni’n siŵr eto a all y claf gael IMHA
       *[patient] Nid ydyn ni’n siŵr eto a allwch chi gael IMHA
    }

## Why: the reasons for the outcome

# Heading above the list of reasons for the outcome.
result-why-heading = Pam

reason-liable-to-be-detained =
    { $audience ->
        [carer] Mae’r person rydych chi’n holi amdano yn cael ei gadw’n gaeth yn yr ysbyty o dan adran o’r Ddeddf Iechyd Meddwl (Mental Health Act) sy’n rhoi’r hawl iddyn nhw gael eiriolwr.
        [staff] Mae’r claf yn agored i gael ei gadw’n gaeth (liable to be detained) o dan adran sy’n rhoi’r hawl iddyn nhw gael IMHA.
       *[patient] Rydych chi’n cael eich cadw’n gaeth yn yr ysbyty o dan adran o’r Ddeddf Iechyd Meddwl (Mental Health Act) sy’n rhoi’r hawl i chi gael eiriolwr.
    }
# The holding powers are sections 4, 5(2) and 5(4); places of safety are
# sections 135 and 136. People know them by these numbers, so the numbers stay
# in the text.
reason-holding-power-covered-in-wales =
    { $audience ->
        [carer] Mae’r person rydych chi’n holi amdano yn cael ei ddal o dan bŵer dal (adran 4, 5(2) neu 5(4)). Yng Nghymru, gall pobl sy’n cael eu dal o dan y pwerau hyn gael IMHA.
        [staff] Mae’r claf yn cael ei ddal o dan bŵer dal (adran 4, 5(2) neu 5(4)). Yng Nghymru, mae cleifion sy’n cael eu dal o dan y pwerau hyn yn gleifion cymwys Cymreig dan orfodaeth, a gallan nhw gael IMHA.
       *[patient] Rydych chi’n cael eich dal o dan bŵer dal (adran 4, 5(2) neu 5(4)). Yng Nghymru, gall pobl sy’n cael eu dal o dan y pwerau hyn gael IMHA.
    }
reason-holding-power-excluded-in-england =
    { $audience ->
        [carer] Mae’r person rydych chi’n holi amdano yn cael ei ddal o dan bŵer dal (adran 4, 5(2) neu 5(4)). Yn Lloegr, nid yw’r pwerau hyn yn rhoi’r hawl i gael IMHA. Gallan nhw ofyn am eiriolaeth arall o hyd.
        [staff] Mae’r claf yn cael ei ddal o dan bŵer dal (adran 4, 5(2) neu 5(4)). Yn Lloegr, nid yw’r pwerau hyn yn rhoi’r hawl i gael IMHA. Gallan nhw ofyn am eiriolaeth arall o hyd.
       *[patient] Rydych chi’n cael eich dal o dan bŵer dal (adran 4, 5(2) neu 5(4)). Yn Lloegr, nid yw’r pwerau hyn yn rhoi’r hawl i gael IMHA. Gallwch chi ofyn am eiriolaeth arall o hyd.
    }
reason-place-of-safety-excluded =
    { $audience ->
        [carer] Mae’r person rydych chi’n holi amdano yn cael ei ddal mewn man diogel (adran 135 neu 136). Yn Lloegr ac yng Nghymru, nid yw hyn yn rhoi’r hawl i gael IMHA. Gallan nhw ofyn am eiriolaeth arall o hyd.
        [staff] Mae’r claf yn cael ei ddal mewn man diogel (adran 135 neu 136). Nid yw mannau diogel yn rhoi’r hawl i gael IMHA, yn Lloegr nac yng Nghymru. Gallan nhw ofyn am eiriolaeth arall o hyd.
       *[patient] Rydych chi’n cael eich dal mewn man diogel (adran 135 neu 136). Yn Lloegr ac yng Nghymru, nid yw hyn yn rhoi’r hawl i gael IMHA. Gallwch chi ofyn am eiriolaeth arall o hyd.
    }
reason-community-patient =
    { $audience ->
        [carer] Mae’r person rydych chi’n holi amdano ar orchymyn triniaeth gymunedol (CTO). Mae hyn yn golygu eu bod nhw’n byw y tu allan i’r ysbyty, ond bod rhaid iddyn nhw gadw at amodau penodol. Gall pobl ar CTO gael IMHA, hyd yn oed pan fyddan nhw’n cael eu galw’n ôl i’r ysbyty.
        [staff] Mae’r claf yn glaf cymunedol (ar orchymyn triniaeth gymunedol, neu CTO). Gall cleifion cymunedol gael IMHA, gan gynnwys tra byddan nhw wedi cael eu galw’n ôl i’r ysbyty.
       *[patient] Rydych chi ar orchymyn triniaeth gymunedol (CTO). Mae hyn yn golygu eich bod chi’n byw y tu allan i’r ysbyty, ond bod rhaid i chi gadw at amodau penodol. Gall pobl ar CTO gael IMHA, hyd yn oed pan fyddan nhw’n cael eu galw’n ôl i’r ysbyty.
    }
reason-guardianship =
    { $audience ->
        [carer] Mae’r person rydych chi’n holi amdano o dan warcheidiaeth. Mae hyn yn golygu bod gan warcheidwad rai pwerau cyfreithiol drostyn nhw o dan y Ddeddf Iechyd Meddwl (Mental Health Act). Gall pobl o dan warcheidiaeth gael IMHA.
        [staff] Mae’r claf o dan warcheidiaeth yn ôl y Ddeddf Iechyd Meddwl (Mental Health Act). Gall pobl o dan warcheidiaeth gael IMHA.
       *[patient] Rydych chi o dan warcheidiaeth. Mae hyn yn golygu bod gan warcheidwad rai pwerau cyfreithiol drosoch chi o dan y Ddeddf Iechyd Meddwl (Mental Health Act). Gall pobl o dan warcheidiaeth gael IMHA.
    }
# A restricted patient is one whose discharge needs the Secretary of State for
# Justice. "Conditionally discharged" means they left hospital with conditions.
reason-conditionally-discharged =
    { $audience ->
        [carer] Mae’r person rydych chi’n holi amdano yn glaf cyfyngedig (mae gan eu hadran gyfyngiadau ychwanegol a osodwyd gan lys neu gan y llywodraeth) sydd wedi cael rhyddhad amodol (caniatâd i adael yr ysbyty gydag amodau). Gallan nhw gael eu galw’n ôl i’r ysbyty o hyd, felly mae’r gyfraith yn dal i’w cyfrif nhw fel rhywun sy’n cael ei gadw’n gaeth. Mae hyn yn golygu eu bod nhw’n gallu cael IMHA.
        [staff] Mae’r claf yn glaf cyfyngedig sydd wedi cael rhyddhad amodol. Maen nhw’n dal yn agored i gael eu cadw’n gaeth (liable to be detained), felly gallan nhw gael IMHA.
       *[patient] Rydych chi’n glaf cyfyngedig (mae gan eich adran gyfyngiadau ychwanegol a osodwyd gan lys neu gan y llywodraeth) sydd wedi cael rhyddhad amodol (caniatâd i adael yr ysbyty gydag amodau). Gallwch chi gael eich galw’n ôl i’r ysbyty o hyd, felly mae’r gyfraith yn dal i’ch cyfrif chi fel rhywun sy’n cael ei gadw’n gaeth. Mae hyn yn golygu eich bod chi’n gallu cael IMHA.
    }
reason-discussing-section-57 =
    { $audience ->
        [carer] Mae’r person rydych chi’n holi amdano yn siarad â meddyg neu glinigydd cymeradwy (uwch weithiwr proffesiynol sydd wedi cael ei gymeradwyo i ddefnyddio’r Ddeddf Iechyd Meddwl, neu’r Mental Health Act) am lawdriniaeth ar yr ymennydd ar gyfer anhwylder meddyliol, neu am fewnblaniad hormon i leihau ysfa rywiol dynion. Gall unrhyw un sy’n siarad am y triniaethau hyn gyda meddyg neu glinigydd cymeradwy gael IMHA, hyd yn oed os nad ydyn nhw ar adran.
        [staff] Mae meddyg neu glinigydd cymeradwy yn trafod gyda’r claf lawdriniaeth ar yr ymennydd ar gyfer anhwylder meddyliol, neu fewnblaniad hormon i leihau ysfa rywiol dynion. Gall unrhyw un sy’n trafod y triniaethau hyn gyda meddyg neu glinigydd cymeradwy gael IMHA, beth bynnag yw eu statws.
       *[patient] Mae meddyg neu glinigydd cymeradwy (uwch weithiwr proffesiynol sydd wedi cael ei gymeradwyo i ddefnyddio’r Ddeddf Iechyd Meddwl, neu’r Mental Health Act) yn siarad â chi am lawdriniaeth ar yr ymennydd ar gyfer anhwylder meddyliol, neu am fewnblaniad hormon i leihau ysfa rywiol dynion. Gall unrhyw un sy’n siarad am y triniaethau hyn gyda meddyg neu glinigydd cymeradwy gael IMHA, hyd yn oed os nad ydyn nhw ar adran.
    }
# ECT is electroconvulsive therapy.
reason-under-18-discussing-ect =
    { $audience ->
        [carer] Mae’r person rydych chi’n holi amdano o dan 18 oed, ac mae meddyg neu glinigydd cymeradwy yn siarad â nhw am ECT (therapi electrogynhyrfol). Gall unrhyw un o dan 18 oed yn y sefyllfa hon gael IMHA.
        [staff] Mae’r claf o dan 18 oed, ac mae meddyg neu glinigydd cymeradwy yn trafod ECT (therapi electrogynhyrfol) gyda nhw. Gall unrhyw un o dan 18 oed yn y sefyllfa hon gael IMHA.
       *[patient] Rydych chi o dan 18 oed, ac mae meddyg neu glinigydd cymeradwy yn siarad â chi am ECT (therapi electrogynhyrfol). Gall unrhyw un o dan 18 oed yn y sefyllfa hon gael IMHA.
    }
reason-adult-discussing-ect-does-not-qualify =
    { $audience ->
        [carer] Mae’r person rydych chi’n holi amdano yn 18 oed neu’n hŷn. I oedolion, nid yw siarad am ECT (therapi electrogynhyrfol) ar ei ben ei hun yn rhoi’r hawl iddyn nhw gael IMHA.
        [staff] Mae’r claf yn 18 oed neu’n hŷn. I oedolion, nid yw trafodaeth am ECT ar ei phen ei hun yn rhoi’r hawl i gael IMHA.
       *[patient] Rydych chi’n 18 oed neu’n hŷn. I oedolion, nid yw siarad am ECT (therapi electrogynhyrfol) ar ei ben ei hun yn rhoi’r hawl i chi gael IMHA.
    }
reason-welsh-informal-inpatient =
    { $audience ->
        [carer] Mae’r person rydych chi’n holi amdano mewn ysbyty yng Nghymru ar gyfer eu hiechyd meddwl. Yng Nghymru, gall pob claf sydd yn yr ysbyty ar gyfer eu hiechyd meddwl gael IMHA, hyd yn oed os ydyn nhw yno o ddewis (claf gwirfoddol).
        [staff] Mae’r claf yn glaf mewnol mewn ysbyty yng Nghymru, yn cael asesiad neu driniaeth ar gyfer anhwylder meddyliol. Yng Nghymru, gall pob claf mewnol o’r fath gael IMHA, hyd yn oed os ydyn nhw yno’n anffurfiol.
       *[patient] Rydych chi mewn ysbyty yng Nghymru ar gyfer eich iechyd meddwl. Yng Nghymru, gall pob claf sydd yn yr ysbyty ar gyfer eu hiechyd meddwl gael IMHA, hyd yn oed os ydyn nhw yno o ddewis (claf gwirfoddol).
    }
reason-informal-in-england =
    { $audience ->
        [carer] Mae’r person rydych chi’n holi amdano yn glaf gwirfoddol yn Lloegr. Mae hyn yn golygu eu bod nhw yn yr ysbyty o ddewis, nid o dan adran. Yn Lloegr, ni all cleifion gwirfoddol gael IMHA oni bai bod meddyg yn siarad â nhw am driniaethau penodol, ond gall gwasanaethau eiriolaeth eraill helpu o hyd.
        [staff] Mae’r claf yn glaf anffurfiol (gwirfoddol) yn Lloegr. Ni all cleifion anffurfiol yn Lloegr gael IMHA oni bai bod meddyg neu glinigydd cymeradwy yn trafod triniaethau penodol gyda nhw, ond gall gwasanaethau eiriolaeth eraill helpu o hyd.
       *[patient] Rydych chi’n glaf gwirfoddol yn Lloegr. Mae hyn yn golygu eich bod chi yn yr ysbyty o ddewis, nid o dan adran. Yn Lloegr, ni all cleifion gwirfoddol gael IMHA oni bai bod meddyg yn siarad â nhw am driniaethau penodol, ond gall gwasanaethau eiriolaeth eraill eich helpu chi o hyd.
    }
reason-english-informal-inpatient =
    { $audience ->
        [carer] Mae’r person rydych chi’n holi amdano mewn ysbyty yn Lloegr ar gyfer eu hiechyd meddwl. Yn Lloegr, gall pob claf sydd yn yr ysbyty ar gyfer eu hiechyd meddwl gael IMHA erbyn hyn, hyd yn oed os ydyn nhw yno o ddewis (claf gwirfoddol).
        [staff] Mae’r claf yn glaf mewnol mewn ysbyty yn Lloegr, yn cael asesiad neu driniaeth ar gyfer anhwylder meddyliol, ac nid yw’n agored i gael ei gadw’n gaeth (liable to be detained). Gall cleifion anffurfiol o’r fath gael IMHA erbyn hyn.
       *[patient] Rydych chi mewn ysbyty yn Lloegr ar gyfer eich iechyd meddwl. Yn Lloegr, gall pob claf sydd yn yr ysbyty ar gyfer eu hiechyd meddwl gael IMHA erbyn hyn, hyd yn oed os ydyn nhw yno o ddewis (claf gwirfoddol).
    }
reason-not-under-the-act =
    { $audience ->
        [carer] Nid yw’r person rydych chi’n holi amdano o dan adran, ar CTO, o dan warcheidiaeth nac ar ryddhad amodol, ac nid yw yn yr ysbyty ar gyfer eu hiechyd meddwl. Dim ond pobl yn y sefyllfaoedd hyn sy’n gallu cael IMHA.
        [staff] Nid yw’r claf wedi’i gadw’n gaeth, ar CTO, o dan warcheidiaeth nac ar ryddhad amodol, ac nid yw’n glaf mewnol oherwydd anhwylder meddyliol. Dim ond cleifion yn y sefyllfaoedd hyn sy’n gallu cael IMHA.
       *[patient] Nid ydych chi o dan adran, ar CTO, o dan warcheidiaeth nac ar ryddhad amodol, ac nid ydych chi yn yr ysbyty ar gyfer eich iechyd meddwl. Dim ond pobl yn y sefyllfaoedd hyn sy’n gallu cael IMHA.
    }
reason-depends-on-answers-not-known =
    { $audience ->
        [carer] Mae’r ateb yn dibynnu ar rywbeth nad ydyn ni’n ei wybod eto am y person rydych chi’n holi amdano. Gall staff y ward ddweud wrthych chi, ac yna gallwch chi wirio eto.
        [staff] Mae’r ateb yn dibynnu ar rywbeth nad ydyn ni’n ei wybod eto. Gwiriwch y cwestiynau isod, ac yna atebwch eto.
       *[patient] Mae’r ateb yn dibynnu ar rywbeth nad ydyn ni’n ei wybod eto. Gall staff y ward ddweud wrthych chi, ac yna gallwch chi wirio eto.
    }

## What to ask ward staff, when the answer is not known

result-ask-heading =
    { $audience ->
        [staff] Beth i’w wirio
       *[patient] Beth i’w ofyn i staff y ward
    }
# For a CTO, the law that applies depends on where the responsible hospital is;
# for guardianship, on where the council (local social services authority) is.
ask-which-country =
    { $audience ->
        [carer] Ydy’r ysbyty yn Lloegr neu yng Nghymru? Os yw’r person rydych chi’n holi amdano ar CTO, gofynnwch am yr ysbyty sy’n gyfrifol am eu CTO. Os ydyn nhw o dan warcheidiaeth, gofynnwch a yw’r cyngor sy’n gyfrifol amdani yn Lloegr neu yng Nghymru.
        [staff] Ydy’r ysbyty yn Lloegr neu yng Nghymru? Ar gyfer CTO, mae hyn yn golygu’r ysbyty cyfrifol. Ar gyfer gwarcheidiaeth, mae’n golygu’r awdurdod gwasanaethau cymdeithasol lleol cyfrifol.
       *[patient] Ydy’r ysbyty hwn yn Lloegr neu yng Nghymru? Os ydych chi ar CTO, gofynnwch am yr ysbyty sy’n gyfrifol am eich CTO. Os ydych chi o dan warcheidiaeth, gofynnwch a yw’r cyngor sy’n gyfrifol amdani yn Lloegr neu yng Nghymru.
    }
ask-which-section =
    { $audience ->
        [carer] O dan ba adran o’r Ddeddf Iechyd Meddwl (Mental Health Act) mae’r person rydych chi’n holi amdano? Gallan nhw ofyn am gael gweld papurau eu hadran neu’r daflen am eu hawliau.
        [staff] O dan ba adran o’r Ddeddf Iechyd Meddwl (Mental Health Act) mae’r claf? Gwiriwch bapurau eu hadran.
       *[patient] O dan ba adran o’r Ddeddf Iechyd Meddwl (Mental Health Act) ydw i? Gofynnwch am gael gweld papurau eich adran neu’r daflen am eich hawliau.
    }
ask-is-under-18 =
    { $audience ->
        [carer] Ydy’r person rydych chi’n holi amdano o dan 18 oed? Mae’r rheolau am ECT (therapi electrogynhyrfol) yn wahanol i bobl o dan 18 oed.
        [staff] Ydy’r claf o dan 18 oed? Mae’r rheolau am ECT yn wahanol i bobl o dan 18 oed.
       *[patient] Ydych chi o dan 18 oed? Mae’r rheolau am ECT (therapi electrogynhyrfol) yn wahanol i bobl o dan 18 oed.
    }
ask-which-treatment =
    { $audience ->
        [carer] Ydy’r person rydych chi’n holi amdano yn siarad â meddyg neu glinigydd cymeradwy am ECT (therapi electrogynhyrfol)? Neu am lawdriniaeth ar yr ymennydd ar gyfer anhwylder meddyliol, neu am fewnblaniad hormon i leihau ysfa rywiol dynion?
        [staff] Ydy meddyg neu glinigydd cymeradwy yn trafod ECT gyda’r claf? Neu lawdriniaeth ar yr ymennydd ar gyfer anhwylder meddyliol, neu fewnblaniad hormon i leihau ysfa rywiol dynion?
       *[patient] Ydy meddyg neu glinigydd cymeradwy yn siarad â fi am ECT (therapi electrogynhyrfol)? Neu am lawdriniaeth ar yr ymennydd ar gyfer anhwylder meddyliol, neu am fewnblaniad hormon i leihau ysfa rywiol dynion?
    }

## Notes shown with the outcome

# "Section 17 leave" is the everyday name for leave of absence from hospital.
note-leave-does-not-end-eligibility =
    { $audience ->
        [carer] Nid yw bod ar absenoldeb o’r ysbyty (absenoldeb adran 17) yn newid hyn. Gall y person rydych chi’n holi amdano gael IMHA o hyd.
        [staff] Nid yw absenoldeb adran 17 yn newid hyn. Mae claf ar absenoldeb yn dal yn agored i gael ei gadw’n gaeth (liable to be detained).
       *[patient] Nid yw bod ar absenoldeb o’r ysbyty (absenoldeb adran 17) yn newid hyn. Gallwch chi gael IMHA o hyd.
    }
note-recall-does-not-end-cto =
    { $audience ->
        [carer] Nid yw cael eu galw’n ôl i’r ysbyty yn dod â CTO y person rydych chi’n holi amdano i ben. Gallan nhw gael IMHA o hyd.
        [staff] Nid yw galw’r claf yn ôl i’r ysbyty yn dod â’r CTO i ben. Mae’r claf yn dal yn glaf cymunedol.
       *[patient] Nid yw cael eich galw’n ôl i’r ysbyty yn dod â’ch CTO i ben. Gallwch chi gael IMHA o hyd.
    }
# "Proposed" means the doctor says they plan to give the treatment.
note-stays-qualifying-while-treatment-proposed =
    { $audience ->
        [carer] Ar ôl i’r person rydych chi’n holi amdano gael gwybod bod y driniaeth wedi’i chynllunio ar eu cyfer, gallan nhw gadw’r IMHA nes bod y cynllun yn cael ei dynnu’n ôl, neu nes bod y driniaeth wedi gorffen neu wedi’i hatal.
        [staff] Ar ôl i’r claf gael gwybod bod y driniaeth yn cael ei chynnig, mae ganddyn nhw hawl i IMHA o hyd nes bod y cynnig yn cael ei dynnu’n ôl, neu nes bod y driniaeth wedi’i chwblhau neu wedi dod i ben.
       *[patient] Ar ôl i chi gael gwybod bod y driniaeth wedi’i chynllunio ar eich cyfer, gallwch chi gadw eich IMHA nes bod y cynllun yn cael ei dynnu’n ôl, neu nes bod y driniaeth wedi gorffen neu wedi’i hatal.
    }
note-ask-again-if-detained-longer =
    { $audience ->
        [carer] Os yw’r person rydych chi’n holi amdano wedyn yn cael ei gadw’n gaeth yn yr ysbyty o dan adran 2 neu 3, bydd ganddyn nhw’r hawl i gael IMHA. Gwiriwch eto os bydd hyn yn digwydd.
        [staff] Os yw’r claf wedyn yn cael ei gadw’n gaeth o dan adran 2 neu 3, bydd ganddyn nhw’r hawl i gael IMHA. Dywedwch wrthyn nhw am IMHA eto os bydd hyn yn digwydd.
       *[patient] Os ydych chi wedyn yn cael eich cadw’n gaeth yn yr ysbyty o dan adran 2 neu 3, bydd gennych chi’r hawl i gael IMHA. Gofynnwch eto os bydd hyn yn digwydd.
    }

note-advocate-will-visit =
    { $audience ->
        [carer] Mae’n rhaid i’r gwasanaeth IMHA drefnu nawr bod IMHA yn ymweld â’r person rydych chi’n holi amdano, i weld a ydyn nhw eisiau help. Nid oes rhaid iddyn nhw ofyn yn gyntaf.
        [staff] Mae’n rhaid i ddarparwr y gwasanaeth IMHA drefnu nawr bod IMHA yn ymweld â’r claf ac yn siarad â nhw, i gael gwybod a ydyn nhw eisiau help (neu, os nad oes ganddyn nhw alluedd, a fyddai help er eu lles pennaf).
       *[patient] Mae’n rhaid i’r gwasanaeth IMHA drefnu nawr bod IMHA yn ymweld â chi, i weld a ydych chi eisiau help. Nid oes rhaid i chi ofyn yn gyntaf.
    }

## The law the outcome is based on

result-basis-heading = Y gyfraith y mae hyn yn seiliedig arni
# $section is a section number of the Act, e.g. 130C(2)(a), or several joined
# by list-separator.
citation-section = Deddf Iechyd Meddwl 1983, adran { $section }
# As citation-section, for the sections that apply in Wales.
citation-section-wales = Deddf Iechyd Meddwl 1983, adran { $section } (a fewnosodwyd gan Fesur Iechyd Meddwl (Cymru) 2010)
# Shown for duties that come from the Code of Practice, not from a section.
citation-code-of-practice = Cod Ymarfer Deddf Iechyd Meddwl 1983, pennod 6
# Joins section numbers in a list, e.g. "58, 63". Keep the space after the comma.
list-separator = { ", " }
# $section as for citation-section, for the sections the Mental Health Act 2025
# inserts into the 1983 Act.
citation-section-2025 = Deddf Iechyd Meddwl 1983, adran { $section } (a fewnosodwyd gan Ddeddf Iechyd Meddwl 2025)
result-not-legal-advice = Gwybodaeth yw hyn, nid cyngor cyfreithiol, a gallai’r gyfraith sy’n cael ei hesbonio yma newid.

## When the person cannot get an IMHA: what to do instead

instead-heading =
    { $audience ->
        [carer] Beth all y person ei wneud yn lle hynny
        [staff] Beth all y claf ei wneud yn lle hynny
       *[patient] Beth allwch chi ei wneud yn lle hynny
    }
instead-ask-again =
    { $audience ->
        [carer] Os bydd sefyllfa’r person rydych chi’n holi amdano yn newid, er enghraifft os ydyn nhw’n cael eu rhoi ar adran 2 neu 3, neu ar CTO, gwiriwch eto. Efallai y byddan nhw’n gallu cael IMHA bryd hynny.
        [staff] Os bydd statws y claf yn newid, er enghraifft i adran 2 neu 3, neu i CTO, gwiriwch eto. Efallai y byddan nhw’n gallu cael IMHA bryd hynny.
       *[patient] Os bydd eich sefyllfa’n newid, er enghraifft os ydych chi’n cael eich rhoi ar adran 2 neu 3, neu ar CTO, gwiriwch eto. Efallai y byddwch chi’n gallu cael IMHA bryd hynny.
    }
# The Care Act 2014 gives some people an advocate for care and support from
# the council in England. PALS is the Patient Advice and Liaison Service.
instead-other-advocacy =
    { $audience ->
        [carer] Gall y person rydych chi’n holi amdano ofyn am wasanaethau eiriolaeth eraill, fel eiriolaeth gymunedol, neu eiriolwr i helpu gyda gofal a chymorth gan y cyngor (yn Lloegr, mae hyn o dan y Ddeddf Gofal, neu’r Care Act). Mae gan lawer o ysbytai hefyd wasanaeth cyngor a chyswllt i gleifion (Patient Advice and Liaison Service, PALS) sy’n gallu helpu.
        [staff] Gall y claf ofyn am wasanaethau eiriolaeth eraill, fel eiriolaeth gymunedol, neu eiriolwr i helpu gyda gofal a chymorth gan y cyngor (yn Lloegr, mae hyn o dan y Ddeddf Gofal, neu’r Care Act). Gall gwasanaeth cyngor a chyswllt i gleifion (Patient Advice and Liaison Service, PALS) yr ysbyty, os oes ganddo un, helpu hefyd.
       *[patient] Gallwch chi ofyn am wasanaethau eiriolaeth eraill, fel eiriolaeth gymunedol, neu eiriolwr i helpu gyda gofal a chymorth gan y cyngor (yn Lloegr, mae hyn o dan y Ddeddf Gofal, neu’r Care Act). Mae gan lawer o ysbytai hefyd wasanaeth cyngor a chyswllt i gleifion (Patient Advice and Liaison Service, PALS) sy’n gallu helpu.
    }
instead-imca =
    { $audience ->
        [carer] Os nad yw’r person rydych chi’n holi amdano yn gallu gwneud penderfyniad pwysig, ac nad oes neb arall i’w helpu, efallai y gall Eiriolwr Galluedd Meddyliol Annibynnol (IMCA) eu helpu. Mae hwn yn wasanaeth gwahanol i IMHA.
        [staff] Os nad oes gan y claf alluedd i wneud penderfyniad pwysig, ac nad oes neb arall y gellir ymgynghori â nhw, efallai y gall Eiriolwr Galluedd Meddyliol Annibynnol (IMCA) helpu. Mae hwn yn wasanaeth gwahanol i IMHA.
       *[patient] Os nad ydych chi’n gallu gwneud penderfyniad pwysig, ac nad oes neb arall i’ch helpu, efallai y gall Eiriolwr Galluedd Meddyliol Annibynnol (IMCA) eich helpu. Mae hwn yn wasanaeth gwahanol i IMHA.
    }
instead-complaints =
    { $audience ->
        [carer] Gallwch chi neu’r person rydych chi’n holi amdano gwyno i’r ysbyty neu’r gwasanaeth. Os nad ydych chi’n hapus gyda’r ateb, gallwch chi fynd at yr Ombwdsmon Seneddol a’r Gwasanaeth Iechyd (Parliamentary and Health Service Ombudsman) yn Lloegr, neu at Ombwdsmon Gwasanaethau Cyhoeddus Cymru. Mae cwynion am sut mae’r Ddeddf Iechyd Meddwl (Mental Health Act) wedi cael ei defnyddio yn mynd at y Comisiwn Ansawdd Gofal (Care Quality Commission, CQC) yn Lloegr, neu at Arolygiaeth Gofal Iechyd Cymru (AGIC).
        [staff] Gall y claf gwyno i’r ysbyty neu’r gwasanaeth, ac yna at yr Ombwdsmon Seneddol a’r Gwasanaeth Iechyd yn Lloegr (Parliamentary and Health Service Ombudsman) neu at Ombwdsmon Gwasanaethau Cyhoeddus Cymru. Mae cwynion am y defnydd o bwerau’r Ddeddf Iechyd Meddwl yn mynd at y CQC yn Lloegr, neu at Arolygiaeth Gofal Iechyd Cymru (AGIC).
       *[patient] Gallwch chi gwyno i’r ysbyty neu’r gwasanaeth. Os nad ydych chi’n hapus gyda’r ateb, gallwch chi fynd at yr Ombwdsmon Seneddol a’r Gwasanaeth Iechyd (Parliamentary and Health Service Ombudsman) yn Lloegr, neu at Ombwdsmon Gwasanaethau Cyhoeddus Cymru. Mae cwynion am sut mae’r Ddeddf Iechyd Meddwl (Mental Health Act) wedi cael ei defnyddio yn mynd at y Comisiwn Ansawdd Gofal (Care Quality Commission, CQC) yn Lloegr, neu at Arolygiaeth Gofal Iechyd Cymru (AGIC).
    }

## The law is changing: the Mental Health Act 2025 (a new law, which starts
## in stages on dates the government will set)

change-heading = Mae’r gyfraith yn newid
change-intro = Bydd Deddf Iechyd Meddwl 2025 yn newid rhywfaint o hyn. Mae pob newid yn dechrau ar ddyddiad y mae’r llywodraeth yn ei bennu. Tan hynny, yr hyn sydd ar y dudalen hon yw’r gyfraith.
# What each change is, as a short phrase. Followed by whether it has started.
change-conditional-discharge-deprivation-of-liberty = Cyfleoedd cynharach i fynd at y Tribiwnlys i gleifion cyfyngedig ar ryddhad amodol y mae eu hamodau’n eu hamddifadu o’u rhyddid.
change-english-informal-patients = IMHA i gleifion anffurfiol (gwirfoddol) yn yr ysbyty yn Lloegr.
change-opt-out-advocacy = Yn Lloegr, mae IMHA yn ymweld â phob claf sy’n gallu cael un, heb aros i rywun ofyn.
change-more-help = Yn Lloegr, mae eiriolwyr iechyd meddwl annibynnol (IMHA) yn helpu cleifion i gymryd rhan mewn penderfyniadau am eu gofal ac i wneud cwynion, ac yn dweud wrthyn nhw am wasanaethau eraill.
# "nominated person": "person enwebedig" is a draft term, for review by a qualified translator.
change-nominated-person = Mae “person enwebedig”, sy’n cael ei ddewis gan y claf, yn cymryd lle’r perthynas agosaf.
change-section-3-periods = Mae adran 3 yn para 3 mis, yna 3 mis, yna 6 mis, ac yna blwyddyn ar y tro.
change-tribunal-windows = Mwy o amser i wneud cais i’r Tribiwnlys ar adran 2 (21 diwrnod), a chyfle cyntaf cynharach ar adran 3 (y 3 mis cyntaf).
change-automatic-referrals = Mae rheolwyr yr ysbyty yn anfon achosion at y Tribiwnlys yn amlach.
change-medication-second-opinion = Mae angen ail farn ar feddyginiaeth sy’n cael ei rhoi heb gydsyniad ar ôl 2 fis, nid 3.
change-police-stations = Nid oes modd defnyddio gorsaf heddlu fel man diogel mwyach.
change-complaints-information = Mae’n rhaid dweud wrth gleifion sut i gwyno.
change-detention-criteria = Profion llymach ar gyfer cadw pobl yn gaeth, ac nid yw awtistiaeth nac anabledd dysgu ar eu pen eu hunain yn rheswm dros adran 3 na CTO mwyach.
# $date is a day, written YYYY-MM-DD.
change-no-date = Heb ddechrau eto: nid oes dyddiad wedi’i bennu.
change-starts = Heb ddechrau eto: yn dechrau ar { $date }.
change-in-force = Mewn grym ers { $date }.

## How to contact an IMHA service

# Heading of the first section under the outcome: what the person can do next.
do-now-heading = Beth i’w wneud nawr
# First in "What to do now" for sections 135 and 136 (at most 24 hours, and
# up to 12 more), and for sections 4, 5(2) and 5(4) (72 or 6 hours).
do-now-place-of-safety =
    { $audience ->
        [carer] Mae cyfnod mewn man diogel yn para hyd at 24 awr, a gall meddyg ychwanegu hyd at 12 awr arall. Gofynnwch i staff pa adran sy’n berthnasol i’r person rydych chi’n holi amdano nawr: os yw’n newid, gall eu hawl i gael IMHA newid hefyd.
        [staff] Mae cyfnod mewn man diogel yn para hyd at 24 awr, a gellir ymestyn hyn hyd at 12 awr arall. Pan fydd yr adran yn newid, dywedwch wrth y claf pa adran sy’n berthnasol, a dywedwch wrthyn nhw am IMHA os yw’n rhoi’r hawl i gael un.
       *[patient] Mae cyfnod mewn man diogel yn para hyd at 24 awr, a gall meddyg ychwanegu hyd at 12 awr arall. Gofynnwch i staff pa adran sy’n berthnasol i chi nawr: os yw’n newid, gall eich hawl i gael IMHA newid hefyd.
    }
do-now-holding-power =
    { $audience ->
        [carer] Mae’r pŵer dal hwn yn para am gyfnod byr: 72 awr ar gyfer adran 4 neu 5(2), 6 awr ar gyfer adran 5(4). Gofynnwch i staff pa adran sy’n berthnasol i’r person rydych chi’n holi amdano nawr: os yw’n newid, gall eu hawl i gael IMHA newid hefyd.
        [staff] Mae’r pŵer dal hwn yn para hyd at 72 awr (adran 4 neu 5(2)) neu 6 awr (adran 5(4)). Pan fydd yr adran yn newid, dywedwch wrth y claf pa adran sy’n berthnasol, a dywedwch wrthyn nhw am IMHA os yw’n rhoi’r hawl i gael un.
       *[patient] Mae’r pŵer dal hwn yn para am gyfnod byr: 72 awr ar gyfer adran 4 neu 5(2), 6 awr ar gyfer adran 5(4). Gofynnwch i staff pa adran sy’n berthnasol i chi nawr: os yw’n newid, gall eich hawl i gael IMHA newid hefyd.
    }
contact-heading = Sut i gysylltu â gwasanaeth IMHA
contact-default =
    { $audience ->
        [carer] Gofynnwch i staff y ward am fanylion y gwasanaeth IMHA lleol. Mae’n rhaid i’r staff helpu’r person rydych chi’n holi amdano i gysylltu â’r gwasanaeth. Gall y person ofyn am help i wneud galwad ffôn.
        [staff] Rhowch fanylion y gwasanaeth IMHA lleol i’r claf, a’u helpu i gysylltu ag ef. Cynigiwch help i wneud galwad ffôn.
       *[patient] Gofynnwch i staff y ward am fanylion eich gwasanaeth IMHA lleol. Mae’n rhaid i’r staff eich helpu i gysylltu â’r gwasanaeth. Gallwch chi ofyn am help i wneud galwad ffôn.
    }
contact-self-referral =
    { $audience ->
        [carer] Gall y person rydych chi’n holi amdano gysylltu â’r gwasanaeth IMHA eu hunain, neu ofyn i nyrs wneud hynny ar eu rhan. Gallwch chi hefyd ofyn i’r gwasanaeth IMHA ymweld â nhw.
        [staff] Gall y claf gysylltu â’r gwasanaeth IMHA eu hunain, neu ofyn i nyrs wneud hynny. Gall perthynas neu ofalwr hefyd ofyn i’r gwasanaeth IMHA ymweld â nhw.
       *[patient] Gallwch chi gysylltu â’r gwasanaeth IMHA eich hun, neu ofyn i nyrs wneud hynny ar eich rhan. Gall perthynas neu ofalwr hefyd ofyn i’r gwasanaeth IMHA ymweld â chi.
    }

# For a person not on a ward: on leave, on a CTO, under guardianship or
# conditionally discharged. A care coordinator is the person who organises
# their care in the community.
contact-community =
    { $audience ->
        [carer] Gofynnwch i gydlynydd gofal, tîm iechyd meddwl cymunedol neu weithiwr cymdeithasol y person rydych chi’n holi amdano am fanylion y gwasanaeth IMHA lleol, neu ffoniwch yr ysbyty sy’n gyfrifol am eu gofal. Yn Lloegr, y cyngor lleol sy’n trefnu gwasanaethau IMHA; yng Nghymru, y bwrdd iechyd sy’n gwneud hynny.
        [staff] Rhowch fanylion y gwasanaeth IMHA lleol i’r claf, a’u helpu i gysylltu ag ef. Yn Lloegr, y cyngor lleol sy’n trefnu gwasanaethau IMHA; yng Nghymru, y bwrdd iechyd sy’n gwneud hynny.
       *[patient] Gofynnwch i’ch cydlynydd gofal, eich tîm iechyd meddwl cymunedol neu’ch gweithiwr cymdeithasol am fanylion eich gwasanaeth IMHA lleol, neu ffoniwch yr ysbyty sy’n gyfrifol am eich gofal. Yn Lloegr, y cyngor lleol sy’n trefnu gwasanaethau IMHA; yng Nghymru, y bwrdd iechyd sy’n gwneud hynny.
    }
# Interpreters include British Sign Language.
do-now-interpreter =
    { $audience ->
        [carer] Os oes angen cyfieithydd ar y pryd ar y person rydych chi’n holi amdano, gan gynnwys Iaith Arwyddion Prydain, gallan nhw ofyn am un. Dylai’r staff ei drefnu, fel eu bod nhw’n deall eu hawliau ac yn gallu siarad â’r eiriolwr.
        [staff] Os oes angen cyfieithydd ar y pryd ar y claf, gan gynnwys Iaith Arwyddion Prydain, trefnwch un, fel eu bod nhw’n deall eu hawliau ac yn gallu siarad â’r eiriolwr.
       *[patient] Os oes angen cyfieithydd ar y pryd arnoch chi, gan gynnwys Iaith Arwyddion Prydain, gallwch chi ofyn am un. Dylai’r staff ei drefnu, fel eich bod chi’n deall eich hawliau ac yn gallu siarad â’r eiriolwr.
    }

## Actions

print-button = Argraffu neu gadw’r dudalen hon
change-answers = Newid eich atebion

## Rights: the heading and introduction above the list of rights (rights.ftl)

rights-heading =
    { $audience ->
        [carer] Eu hawliau
        [staff] Hawliau’r claf
       *[patient] Eich hawliau
    }
rights-intro =
    { $audience ->
        [carer] Dyma’r prif hawliau ar gyfer y sefyllfa hon. Gall IMHA helpu’r person rydych chi’n holi amdano i’w deall a’u defnyddio.
        [staff] Dyma’r prif hawliau ar gyfer y sefyllfa hon. Gall IMHA helpu’r claf i’w deall a’u defnyddio.
       *[patient] Dyma’r prif hawliau ar gyfer y sefyllfa hon. Gall IMHA eich helpu chi i’w deall a’u defnyddio.
    }
# Label before the list of sections of the Act that a right rests on.
right-sections-label = Y gyfraith:

## The nearest relative, for a carer or relative (each point is followed
## by its sections; "you" is the carer or relative reading)

nearest-relative-heading = Y perthynas agosaf: pwy ydyn nhw a beth allan nhw ei wneud
nearest-relative-intro = Mae’r gyfraith yn rhoi hawliau o’u hunain i un o berthnasau’r person, sef y perthynas agosaf. Efallai mai chi yw’r perthynas hwnnw.
# The order of Mental Health Act 1983 section 26.
nearest-relative-who-it-is = Y perthynas agosaf yw’r person cyntaf ar y rhestr hon: gŵr, gwraig neu bartner sifil (neu, i rywun nad yw’n briod nac mewn partneriaeth sifil, partner y mae wedi byw gydag ef neu hi fel cwpl am o leiaf 6 mis); mab neu ferch; tad neu fam; brawd neu chwaer; tad-cu neu fam-gu (taid neu nain); ŵyr neu wyres; ewythr neu fodryb; nai neu nith. Mae perthynas sy’n byw gyda’r person neu’n gofalu amdanyn nhw yn dod yn gyntaf. Rhwng dau berthynas o’r un math, yr hynaf sy’n dod yn gyntaf. Mae rhywun nad yw’n berthynas ond sydd wedi byw gyda’r person am o leiaf 5 mlynedd yn dod yn olaf. Nid yw’r rhain yn cael eu cyfrif: pobl o dan 18 oed (oni bai mai nhw yw gŵr, gwraig, partner sifil neu riant y person), gŵr, gwraig neu bartner sifil sydd wedi gwahanu’n barhaol oddi wrthyn nhw, a rhywun nad yw’n byw yn y Deyrnas Unedig fel arfer pan fydd y person yn byw yno.
nearest-relative-told-of-section-2 = Ar gyfer adran 2, mae’n rhaid i weithiwr proffesiynol iechyd meddwl cymeradwy (AMHP) geisio dweud wrth y perthynas agosaf am gadw’r person yn gaeth, a’u bod nhw’n gallu gorchymyn bod y person yn cael ei ryddhau.
nearest-relative-consulted-before-section-3 = Cyn gwneud cais am adran 3 neu am warcheidiaeth, mae’n rhaid i’r AMHP ymgynghori â’r perthynas agosaf, oni bai nad yw hynny’n ymarferol neu y byddai’n achosi oedi afresymol. Os yw’r perthynas agosaf yn gwrthwynebu, ni all yr AMHP wneud y cais, ond gall ofyn i’r llys sirol benodi rhywun arall yn berthynas agosaf.
nearest-relative-ask-for-assessment = Gall y perthynas agosaf ofyn i’r cyngor lleol ar gyfer yr ardal lle mae’r person yn byw drefnu bod AMHP yn ystyried a ddylai’r person gael ei dderbyn i’r ysbyty o dan y Ddeddf. Os nad yw’r AMHP yn gwneud cais, mae’n rhaid iddyn nhw roi eu rhesymau yn ysgrifenedig.
nearest-relative-order-discharge = Gall y perthynas agosaf orchymyn bod y person yn cael ei ryddhau o adran 2, adran 3 neu CTO, yn ysgrifenedig at reolwyr yr ysbyty, gan roi o leiaf 72 awr o rybudd. Gall y clinigydd cyfrifol atal hyn drwy roi adroddiad, o fewn y 72 awr hynny, sy’n dweud y byddai’r person yn debygol o fod yn beryglus iddyn nhw eu hunain neu i bobl eraill. Wedyn, ni all y perthynas agosaf orchymyn rhyddhau eto am 6 mis.
nearest-relative-order-guardianship-discharge = Gall y perthynas agosaf ddod â gwarcheidiaeth i ben drwy orchymyn ysgrifenedig. Nid oes angen rhoi rhybudd, ac ni all y clinigydd cyfrifol ei atal.
nearest-relative-tribunal-after-barring = Os yw’r clinigydd cyfrifol yn atal y perthynas agosaf rhag rhyddhau rhywun o adran 3 neu CTO, gall y perthynas agosaf wneud cais i’r Tribiwnlys o fewn 28 diwrnod ar ôl cael gwybod.
nearest-relative-cannot-discharge-court-patient = Ni all y perthynas agosaf orchymyn rhyddhau rhywun a gafodd ei anfon i’r ysbyty gan lys, neu a gafodd ei symud o’r carchar.
nearest-relative-copy-of-information = Mae’n rhaid i’r ysbyty roi copi i’r perthynas agosaf o’r wybodaeth ysgrifenedig y mae’r person yn ei chael am eu hawliau, oni bai bod y person yn gofyn i’r ysbyty beidio.
nearest-relative-county-court = Os nad oes perthynas agosaf, neu os nad yw’r perthynas agosaf yn addas, gall y person, perthynas arall, rhywun sy’n byw gyda nhw, neu AMHP ofyn i’r llys sirol benodi rhywun arall i weithredu fel perthynas agosaf.

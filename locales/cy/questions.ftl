# SPDX-License-Identifier: MIT OR Apache-2.0

### The questions, one per page. For each question:
### question-<slug>-heading (the question), -hint (under it), -error (when
### nothing is chosen), -summary (short label on the check-answers page);
### and option-<slug>-<value> for each answer, with an optional .hint.

## Shared by every question page

continue-button = Parhau
back-link = Yn ôl
# Between the answers and "I don't know", as in GOV.UK forms.
or-divider = neu
error-summary-title = Mae problem
# The page title when the page shows an error.
page-title-error = Gwall: { page-title }

## Who is asking

question-audience-heading = Pwy ydych chi?
question-audience-hint = Byddwn ni’n defnyddio hyn i esbonio pethau yn y ffordd iawn.
question-audience-error = Dewiswch pwy ydych chi
question-audience-summary = Pwy sy’n gofyn
option-audience-patient = Fi yw’r claf
    .hint = Rydych chi yn yr ysbyty, neu mae rhywun wedi dweud wrthych chi eich bod o dan y Ddeddf Iechyd Meddwl (Mental Health Act).
option-audience-carer = Rwy’n ofalwr, yn berthynas neu’n ffrind
    .hint = Gan gynnwys y perthynas agosaf. Rydych chi’n holi am rywun arall.
option-audience-staff = Rwy’n gweithio ar ward neu mewn gwasanaeth iechyd meddwl
    .hint = Rydych chi eisiau gwirio pwy mae’n rhaid i chi ddweud wrthyn nhw am eiriolwyr.

## Where the hospital is

question-jurisdiction-heading =
    { $audience ->
        [carer] Ydy ysbyty’r person yn Lloegr neu yng Nghymru?
        [staff] Ydy ysbyty’r claf yn Lloegr neu yng Nghymru?
       *[patient] Ydy eich ysbyty chi yn Lloegr neu yng Nghymru?
    }
question-jurisdiction-hint = Mae’r gyfraith yn wahanol yng Nghymru. Mae hyn yn ymwneud â ble mae’r ysbyty, nid ble mae unrhyw un yn byw. Ar gyfer gorchymyn triniaeth gymunedol, ble mae’r ysbyty sy’n gyfrifol amdano sy’n cyfrif. Ar gyfer gwarcheidiaeth, ble mae’r cyngor sy’n cyfrif.
question-jurisdiction-error = Dewiswch “Lloegr”, “Cymru” neu “Dydw i ddim yn gwybod”
question-jurisdiction-summary = Ble mae’r ysbyty
option-jurisdiction-england = Lloegr
option-jurisdiction-wales = Cymru
option-jurisdiction-unknown = Dydw i ddim yn gwybod

## The broad situation

question-setting-heading =
    { $audience ->
        [carer] Pa un o’r rhain sy’n wir am y person?
        [staff] Pa un o’r rhain sy’n wir am y claf?
       *[patient] Pa un o’r rhain sy’n wir amdanoch chi?
    }
question-setting-hint = Dewiswch yr un sy’n gweddu orau. Os nad ydych chi’n siŵr, dewiswch “Dydw i ddim yn gwybod” a byddwn ni’n eich helpu.
question-setting-error = Dewiswch y sefyllfa sy’n gweddu orau, neu “Dydw i ddim yn gwybod”
question-setting-summary = Sefyllfa
option-setting-detained =
    { $audience ->
        [carer] Maen nhw’n cael eu cadw’n gaeth yn yr ysbyty o dan adran o’r Ddeddf Iechyd Meddwl (Mental Health Act)
        [staff] Claf a gedwir yn gaeth o dan adran o’r Ddeddf Iechyd Meddwl (Mental Health Act)
       *[patient] Rydw i’n cael fy nghadw’n gaeth yn yr ysbyty o dan adran o’r Ddeddf Iechyd Meddwl (Mental Health Act)
    }
    .hint = Weithiau mae pobl yn galw hyn yn cael eich “secsiynu” (being sectioned).
option-setting-detained-on-leave =
    { $audience ->
        [carer] Maen nhw o dan adran, ond ar absenoldeb o’r ysbyty (absenoldeb adran 17)
        [staff] Claf a gedwir yn gaeth, ar absenoldeb adran 17
       *[patient] Rydw i o dan adran, ond ar absenoldeb o’r ysbyty (absenoldeb adran 17)
    }
    .hint = Cael bod i ffwrdd o’r ysbyty am gyfnod, er enghraifft gartref. Nid yw’r adran wedi dod i ben.
option-setting-cto =
    { $audience ->
        [carer] Maen nhw ar orchymyn triniaeth gymunedol (CTO)
        [staff] Ar orchymyn triniaeth gymunedol (CTO)
       *[patient] Rydw i ar orchymyn triniaeth gymunedol (CTO)
    }
    .hint = Byw y tu allan i’r ysbyty, gydag amodau i’w dilyn.
option-setting-cto-recalled =
    { $audience ->
        [carer] Maen nhw ar CTO ac wedi cael eu galw’n ôl i’r ysbyty
        [staff] Ar CTO ac wedi cael eu galw’n ôl i’r ysbyty
       *[patient] Rydw i ar CTO ac wedi cael fy ngalw’n ôl i’r ysbyty
    }
    .hint = Yr enw ar hyn yw cael eich galw’n ôl. Mae’n para hyd at 72 awr.
option-setting-guardianship =
    { $audience ->
        [carer] Mae ganddyn nhw warcheidwad o dan y Ddeddf Iechyd Meddwl (Mental Health Act)
        [staff] O dan warcheidiaeth
       *[patient] Mae gen i warcheidwad o dan y Ddeddf Iechyd Meddwl (Mental Health Act)
    }
    .hint = Gall gwarcheidwad, y cyngor yn aml, benderfynu ar rai pethau, fel ble i fyw.
option-setting-conditional-discharge =
    { $audience ->
        [carer] Maen nhw wedi gadael yr ysbyty gydag amodau a osodwyd gan dribiwnlys neu gan y llywodraeth
        [staff] Claf cyfyngedig ar ryddhad amodol
       *[patient] Rydw i wedi gadael yr ysbyty gydag amodau a osodwyd gan dribiwnlys neu gan y llywodraeth
    }
    .hint = Yr enw ar hyn yw rhyddhad amodol. Mae’n dilyn gorchymyn llys gyda chyfyngiadau.
option-setting-informal-inpatient =
    { $audience ->
        [carer] Maen nhw yn yr ysbyty ar gyfer eu hiechyd meddwl, ond nid o dan adran
        [staff] Claf mewnol anffurfiol (gwirfoddol), yn cael asesiad neu driniaeth ar gyfer anhwylder meddyliol
       *[patient] Rydw i yn yr ysbyty ar gyfer fy iechyd meddwl, ond nid o dan adran
    }
    .hint = Weithiau mae pobl yn galw hyn yn glaf gwirfoddol neu’n glaf anffurfiol. Nid yw hyn yn cynnwys aros mewn ysbyty cyffredinol ar gyfer salwch corfforol yn unig.
option-setting-none =
    { $audience ->
        [carer] Nid ydyn nhw yn yr ysbyty, ac nid ydyn nhw o dan y Ddeddf Iechyd Meddwl (Mental Health Act)
        [staff] Ddim yn yr ysbyty, a ddim o dan y Ddeddf Iechyd Meddwl (Mental Health Act)
       *[patient] Dydw i ddim yn yr ysbyty, a dydw i ddim o dan y Ddeddf Iechyd Meddwl (Mental Health Act)
    }
option-setting-unknown = Dydw i ddim yn gwybod

## Which section

question-section-heading =
    { $audience ->
        [carer] O dan ba adran mae’r person?
        [staff] O dan ba adran mae’r claf?
       *[patient] O dan ba adran ydych chi?
    }
question-section-hint = Mae’r adran wedi’i nodi ar bapurau’r adran ac ar y daflen hawliau mae’r ysbyty’n ei rhoi. Os na allwch chi ddod o hyd iddi, dewiswch “Dydw i ddim yn gwybod”.
question-section-error = Dewiswch yr adran, neu “Dydw i ddim yn gwybod”
question-section-summary = Adran
option-section-section-2 = Adran 2
    .hint = I asesu rhywun, am hyd at 28 diwrnod.
option-section-section-3 = Adran 3
    .hint = Ar gyfer triniaeth, am hyd at 6 mis i ddechrau.
option-section-section-4 = Adran 4
    .hint = Argyfwng, gydag un meddyg, am hyd at 72 awr.
option-section-section-5-2 = Adran 5(2)
    .hint = Mae meddyg wedi atal rhywun rhag gadael y ward, am hyd at 72 awr.
option-section-section-5-4 = Adran 5(4)
    .hint = Mae nyrs wedi atal rhywun rhag gadael y ward, am hyd at 6 awr.
option-section-section-135 = Adran 135
    .hint = Daeth yr heddlu gyda gwarant a mynd â rhywun i fan diogel.
option-section-section-136 = Adran 136
    .hint = Aeth yr heddlu â rhywun o fan cyhoeddus i fan diogel.
option-section-section-35 = Adran 35
    .hint = Anfonodd llys rywun i’r ysbyty er mwyn cael adroddiad.
option-section-section-36 = Adran 36
    .hint = Anfonodd llys rywun i’r ysbyty i gael triniaeth cyn diwedd eu treial.
option-section-section-37 = Adran 37
    .hint = Gwnaeth llys orchymyn ysbyty.
option-section-section-37-41 = Adran 37 gydag adran 41
    .hint = Gwnaeth llys orchymyn ysbyty gyda chyfyngiadau.
option-section-section-38 = Adran 38
    .hint = Gwnaeth llys orchymyn ysbyty interim.
option-section-section-45a = Adran 45A
    .hint = Rhoddodd llys ddedfryd o garchar gyda chyfarwyddyd ysbyty.
option-section-section-47 = Adran 47
    .hint = Wedi cael eu symud o’r carchar i’r ysbyty ar ôl cael eu dedfrydu.
option-section-section-47-49 = Adran 47 gydag adran 49
    .hint = Wedi cael eu symud o’r carchar i’r ysbyty ar ôl cael eu dedfrydu, gyda chyfyngiadau.
option-section-section-48 = Adran 48
    .hint = Wedi cael eu symud o’r carchar, neu o gadw mewnfudo, i’r ysbyty cyn cael eu dedfrydu.
option-section-section-48-49 = Adran 48 gydag adran 49
    .hint = Wedi cael eu symud i’r ysbyty cyn cael eu dedfrydu, gyda chyfyngiadau.
option-section-unknown = Dydw i ddim yn gwybod pa adran

## Help to find the section

question-what-happened-heading =
    { $audience ->
        [carer] Pa un o’r rhain sydd agosaf at beth ddigwyddodd i’r person?
        [staff] Pa un o’r rhain sydd agosaf at beth ddigwyddodd i’r claf?
       *[patient] Pa un o’r rhain sydd agosaf at beth ddigwyddodd i chi?
    }
question-what-happened-hint = Mae pob adran o’r Ddeddf Iechyd Meddwl (Mental Health Act) yn cael ei defnyddio mewn sefyllfa wahanol. Mae hyn yn ein helpu i weithio allan pa un allai fod.
question-what-happened-error = Dewiswch yr un agosaf, neu “Dydw i dal ddim yn siŵr”
question-what-happened-summary = Beth ddigwyddodd
question-what-happened-papers-heading = Sut mae papurau’r adran yn edrych
question-what-happened-papers =
    { $audience ->
        [carer] Mae’n rhaid i’r ysbyty roi ffurflenni i’r person, sef papurau’r adran, a thaflen am eu hawliau. Mae teitl y daflen yn dweud beth yw’r adran, er enghraifft “Adran 2 Deddf Iechyd Meddwl 1983” (yn Saesneg: “Section 2 of the Mental Health Act 1983”). Gall y person, neu staff y ward, eu dangos i chi.
        [staff] Mae papurau’r adran a’r daflen hawliau sy’n cael ei rhoi i’r claf yn nodi’r adran. Gwiriwch bapurau’r claf, neu holwch swyddfa’r Ddeddf Iechyd Meddwl (Mental Health Act office) sy’n gwasanaethu’r ward.
       *[patient] Mae’n rhaid i’r ysbyty roi ffurflenni i chi, sef papurau’r adran, a thaflen am eich hawliau. Mae teitl y daflen yn dweud beth yw eich adran, er enghraifft “Adran 2 Deddf Iechyd Meddwl 1983” (yn Saesneg: “Section 2 of the Mental Health Act 1983”). Gallwch chi ofyn i staff y ward eu dangos i chi.
    }
option-what-happened-police-public-place =
    { $audience ->
        [carer] Aeth yr heddlu â nhw o fan cyhoeddus i fan diogel
        [staff] Aeth yr heddlu â nhw o fan cyhoeddus i fan diogel
       *[patient] Aeth yr heddlu â chi o fan cyhoeddus i fan diogel
    }
    .hint = Fel ysbyty neu orsaf heddlu. Adran 136 yw hyn fel arfer.
option-what-happened-police-warrant-home =
    { $audience ->
        [carer] Daeth yr heddlu i’w cartref gyda gwarant a mynd â nhw i fan diogel
        [staff] Daeth yr heddlu i’w cartref gyda gwarant a mynd â nhw i fan diogel
       *[patient] Daeth yr heddlu i’ch cartref gyda gwarant a mynd â chi i fan diogel
    }
    .hint = Adran 135 yw hyn fel arfer.
option-what-happened-nurse-stopped-leaving =
    { $audience ->
        [carer] Fe wnaeth nyrs eu hatal rhag gadael y ward, am ychydig oriau
        [staff] Fe wnaeth nyrs eu hatal rhag gadael y ward, am ychydig oriau
       *[patient] Fe wnaeth nyrs eich atal rhag gadael y ward, am ychydig oriau
    }
    .hint = Adran 5(4) yw hyn fel arfer. Mae’n para hyd at 6 awr.
option-what-happened-doctor-stopped-leaving =
    { $audience ->
        [carer] Fe wnaeth meddyg eu hatal rhag gadael y ward, am hyd at 3 diwrnod
        [staff] Fe wnaeth meddyg eu hatal rhag gadael y ward, am hyd at 3 diwrnod
       *[patient] Fe wnaeth meddyg eich atal rhag gadael y ward, am hyd at 3 diwrnod
    }
    .hint = Adran 5(2) yw hyn fel arfer. Mae’n para hyd at 72 awr.
option-what-happened-kept-more-than-3-days =
    { $audience ->
        [carer] Maen nhw wedi cael eu cadw’n gaeth yn yr ysbyty o dan adran am fwy na 3 diwrnod
        [staff] Maen nhw wedi cael eu cadw’n gaeth yn yr ysbyty o dan adran am fwy na 3 diwrnod
       *[patient] Rydych chi wedi cael eich cadw’n gaeth yn yr ysbyty o dan adran am fwy na 3 diwrnod
    }
    .hint = Mae’r adrannau brys byr i gyd yn dod i ben o fewn 3 diwrnod.
option-what-happened-court-sent =
    { $audience ->
        [carer] Fe wnaeth llys eu hanfon i’r ysbyty
        [staff] Fe wnaeth llys eu hanfon i’r ysbyty
       *[patient] Fe wnaeth llys eich anfon i’r ysbyty
    }
option-what-happened-moved-from-prison =
    { $audience ->
        [carer] Cawson nhw eu symud i’r ysbyty o’r carchar
        [staff] Cawson nhw eu symud i’r ysbyty o’r carchar
       *[patient] Cawsoch chi eich symud i’r ysbyty o’r carchar
    }
option-what-happened-rules-outside-hospital =
    { $audience ->
        [carer] Maen nhw’n byw y tu allan i’r ysbyty, ond mae’n rhaid iddyn nhw ddilyn rheolau, a gallan nhw gael eu galw’n ôl
        [staff] Maen nhw’n byw y tu allan i’r ysbyty, ond mae’n rhaid iddyn nhw ddilyn rheolau, a gallan nhw gael eu galw’n ôl
       *[patient] Rydych chi’n byw y tu allan i’r ysbyty, ond mae’n rhaid i chi ddilyn rheolau, a gallwch chi gael eich galw’n ôl
    }
    .hint = Gorchymyn triniaeth gymunedol (CTO) yw hyn fel arfer.
option-what-happened-guardian =
    { $audience ->
        [carer] Mae gwarcheidwad, y cyngor yn aml, yn penderfynu ble maen nhw’n byw
        [staff] Mae gwarcheidwad, y cyngor yn aml, yn penderfynu ble maen nhw’n byw
       *[patient] Mae gwarcheidwad, y cyngor yn aml, yn penderfynu ble rydych chi’n byw
    }
    .hint = Gwarcheidiaeth yw hyn.
option-what-happened-free-to-leave =
    { $audience ->
        [carer] Maen nhw yn yr ysbyty ac yn rhydd i adael
        [staff] Maen nhw yn yr ysbyty ac yn rhydd i adael
       *[patient] Rydych chi yn yr ysbyty ac yn rhydd i adael
    }
    .hint = Dyma beth yw bod yn glaf gwirfoddol neu’n glaf anffurfiol.
option-what-happened-not-in-hospital =
    { $audience ->
        [carer] Nid ydyn nhw yn yr ysbyty, ac nid yw’r un o’r rhain yn gweddu
        [staff] Nid ydyn nhw yn yr ysbyty, ac nid yw’r un o’r rhain yn gweddu
       *[patient] Nid ydych chi yn yr ysbyty, ac nid yw’r un o’r rhain yn gweddu
    }
option-what-happened-still-not-sure = Dydw i dal ddim yn siŵr

## Leave

question-on-leave-heading =
    { $audience ->
        [carer] Ydy’r person ar absenoldeb o’r ysbyty ar hyn o bryd?
        [staff] Ydy’r claf ar absenoldeb adran 17?
       *[patient] Ydych chi ar absenoldeb o’r ysbyty ar hyn o bryd?
    }
question-on-leave-hint = Absenoldeb adran 17 yw hwn: amser i ffwrdd o’r ward y mae meddyg wedi cytuno iddo. Nid yw bod ar absenoldeb yn newid yr hawl i gael eiriolwr.
question-on-leave-error = Dewiswch “Ie”, “Na” neu “Dydw i ddim yn gwybod”
question-on-leave-summary = Ar absenoldeb
option-on-leave-true = Ie
option-on-leave-false = Na
option-on-leave-unknown = Dydw i ddim yn gwybod

## Treatment being discussed

question-treatment-discussed-heading =
    { $audience ->
        [carer] Ydy meddyg wedi siarad â’r person am unrhyw un o’r triniaethau hyn?
        [staff] Ydy’r claf yn trafod unrhyw un o’r triniaethau hyn gyda meddyg neu glinigydd cymeradwy?
       *[patient] Ydy meddyg wedi siarad â chi am unrhyw un o’r triniaethau hyn?
    }
question-treatment-discussed-hint = Mae rhai triniaethau’n rhoi hawl i gael eiriolwr, hyd yn oed i bobl nad ydyn nhw o dan adran.
question-treatment-discussed-error = Dewiswch driniaeth, “Dim un o’r rhain”, neu “Dydw i ddim yn gwybod”
question-treatment-discussed-summary = Triniaeth a drafodwyd
option-treatment-discussed-section-57 = Llawdriniaeth ar yr ymennydd ar gyfer problem iechyd meddwl, neu fewnblaniad hormon i leihau ysfa rywiol
    .hint = Mae’r rhain yn brin iawn.
option-treatment-discussed-section-58a = Therapi electrogynhyrfol (ECT)
    .hint = Triniaeth sy’n anfon cerrynt trydan bach drwy’r ymennydd, o dan anesthetig.
option-treatment-discussed-none = Dim un o’r rhain
option-treatment-discussed-unknown = Dydw i ddim yn gwybod

## Age

question-under-18-heading =
    { $audience ->
        [carer] Ydy’r person o dan 18 oed?
        [staff] Ydy’r claf o dan 18 oed?
       *[patient] Ydych chi o dan 18 oed?
    }
question-under-18-hint = Ar gyfer ECT, mae’r rheolau’n wahanol i bobl o dan 18 oed.
question-under-18-error = Dewiswch “Ie”, “Na” neu “Dydw i ddim yn gwybod”
question-under-18-summary = O dan 18 oed
option-under-18-true = Ie
option-under-18-false = Na
option-under-18-unknown = Dydw i ddim yn gwybod

## Check your answers

check-heading = Gwiriwch eich atebion
check-intro = Gallwch chi newid ateb cyn i chi weld y canlyniad.
check-change = Newid
# After "Change", read by screen readers only, e.g. "Change Section".
check-change-context = { $question }
check-continue = Gweld y canlyniad
# Under an answer to "what happened": the section that answer stands for,
# e.g. "That means: Section 136".
check-inferred-section = Mae hynny’n golygu: { $section }

## Notices

notice-saved-answers-unreadable = Nid oedd modd i ni ddarllen yr atebion a gadwoch chi, felly rydyn ni wedi dechrau eto.
notice-link-unreadable = Nid oedd modd darllen rhai o’r atebion yn y ddolen. Atebwch y cwestiwn hwn.

## A page that does not exist

not-found-heading = Heb ddod o hyd i’r dudalen
not-found-body = Efallai fod y ddolen yn anghywir neu wedi dyddio.
not-found-start = Mynd i’r dechrau

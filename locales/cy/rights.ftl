# SPDX-License-Identifier: MIT OR Apache-2.0

### Rights shown on the result page, one message per right.
### The value is the heading; the .body attribute explains the right.
### Every message receives $audience: "patient", "carer" or "staff".
### Section names such as "section 2" stay in the text: they are what the
### power is called. The app prints the legal citations separately.

## Information about rights

right-information-detained = Cael gwybod am hawliau
    .body =
        { $audience ->
            [carer] Mae’n rhaid i’r ysbyty ddweud wrth y person rydych chi’n holi amdano o dan ba adran maen nhw, beth mae hyn yn ei olygu a beth yw eu hawliau. Mae’n rhaid i’r ysbyty wneud hyn ar lafar ac yn ysgrifenedig.
            [staff] Mae’n rhaid i reolwyr yr ysbyty ddweud wrth y claf o dan ba adran maen nhw, beth mae hyn yn ei olygu a beth yw eu hawliau. Mae’n rhaid gwneud hyn ar lafar ac yn ysgrifenedig.
           *[patient] Mae’n rhaid i’r ysbyty ddweud wrthych chi o dan ba adran rydych chi, beth mae hyn yn ei olygu a beth yw eich hawliau. Mae’n rhaid iddyn nhw ddweud wrthych chi ar lafar ac yn ysgrifenedig.
        }
right-information-community = Cael gwybod am hawliau ar CTO
    .body =
        { $audience ->
            [carer] Mae’n rhaid i’r ysbyty sy’n gyfrifol am y CTO ddweud wrth y person rydych chi’n holi amdano beth mae’r CTO yn ei olygu a beth yw eu hawliau. Mae’n rhaid i’r ysbyty wneud hyn ar lafar ac yn ysgrifenedig.
            [staff] Mae’n rhaid i reolwyr yr ysbyty cyfrifol ddweud wrth y claf beth mae’r CTO yn ei olygu a beth yw eu hawliau. Mae’n rhaid gwneud hyn ar lafar ac yn ysgrifenedig.
           *[patient] Mae’n rhaid i’r ysbyty sy’n gyfrifol am eich CTO ddweud wrthych chi beth mae’r CTO yn ei olygu a beth yw eich hawliau. Mae’n rhaid iddyn nhw ddweud wrthych chi ar lafar ac yn ysgrifenedig.
        }
right-information-place-of-safety = Cael gwybod am hawliau
    .body =
        { $audience ->
            [carer] Os yw’r person rydych chi’n holi amdano yn cael ei gymryd i ysbyty fel y man diogel, mae’n rhaid i’r ysbyty ddweud wrthyn nhw o dan ba adran maen nhw’n cael eu dal, beth mae hyn yn ei olygu a beth yw eu hawliau, ar lafar ac yn ysgrifenedig. Os ydyn nhw mewn man arall, gallan nhw ofyn i’r bobl sy’n eu dal esbonio eu hawliau iddyn nhw.
            [staff] Os mai ysbyty yw’r man diogel, mae’n rhaid i reolwyr yr ysbyty ddweud wrth y claf o dan ba adran maen nhw’n cael eu dal, beth yw ei heffaith a beth yw eu hawliau, ar lafar ac yn ysgrifenedig (adran 132). Mewn man arall, esboniwch eu hawliau iddyn nhw.
           *[patient] Os ydych chi’n cael eich cymryd i ysbyty fel y man diogel, mae’n rhaid i’r ysbyty ddweud wrthych chi o dan ba adran rydych chi’n cael eich dal, beth mae hyn yn ei olygu a beth yw eich hawliau, ar lafar ac yn ysgrifenedig. Os ydych chi mewn man arall, gofynnwch i’r bobl sy’n eich dal esbonio eich hawliau i chi.
        }
# Shown when the person does not know which section they are under.
right-ask-for-your-papers = Cael gwybod pa adran sy’n berthnasol
    .body =
        { $audience ->
            [carer] Mae gan y person rydych chi’n holi amdano hawl i gael gwybod o dan ba adran maen nhw a beth mae hyn yn ei olygu. Gallan nhw ofyn i’r staff o dan ba adran maen nhw, a gofyn am y daflen am eu hawliau.
            [staff] Mae gan y claf hawl i gael gwybod o dan ba adran maen nhw a beth mae hyn yn ei olygu. Gwiriwch bapurau eu hadran, a rhowch y daflen hawliau ar gyfer yr adran honno iddyn nhw.
           *[patient] Mae gennych chi hawl i gael gwybod o dan ba adran rydych chi a beth mae hyn yn ei olygu. Gofynnwch i’r staff o dan ba adran rydych chi, a gofynnwch am y daflen am eich hawliau.
        }

## How long each power lasts

right-section-2-length = Am faint mae adran 2 yn para
    .body =
        { $audience ->
            [carer] Mae adran 2 ar gyfer asesu (cael gwybod am iechyd meddwl y person a pha help sydd ei angen arnyn nhw). Mae’n para hyd at 28 diwrnod. Nid oes modd ei hadnewyddu, ond efallai y bydd y person rydych chi’n holi amdano yn cael ei gadw’n gaeth ar adran 3 ar ei hôl.
            [staff] Mae adran 2 ar gyfer asesu. Mae’n para hyd at 28 diwrnod. Nid oes modd ei hadnewyddu, ond mae modd cadw’r claf yn gaeth o dan adran 3 ar ei hôl.
           *[patient] Mae adran 2 ar gyfer asesu (cael gwybod am eich iechyd meddwl a pha help sydd ei angen arnoch chi). Mae’n para hyd at 28 diwrnod. Nid oes modd ei hadnewyddu, ond efallai y byddwch chi’n cael eich cadw’n gaeth ar adran 3 ar ei hôl.
        }
right-section-3-length = Am faint mae adran 3 yn para
    .body = Mae adran 3 ar gyfer triniaeth. Mae’n para hyd at 6 mis i ddechrau. Yna, mae modd ei hadnewyddu am 6 mis arall, ac ar ôl hynny am 12 mis ar y tro.
right-section-4-length = Am faint mae adran 4 yn para
    .body =
        { $audience ->
            [carer] Mae adran 4 ar gyfer argyfyngau, pan mai dim ond un meddyg sydd wedi gallu gweld y person rydych chi’n holi amdano. Mae’n para hyd at 72 awr. Os yw ail feddyg yn cytuno, gall droi’n adran 2.
            [staff] Mae adran 4 ar gyfer argyfyngau, ar sail un argymhelliad meddygol. Mae’n para hyd at 72 awr. Os daw ail argymhelliad meddygol i law, mae’n troi’n adran 2.
           *[patient] Mae adran 4 ar gyfer argyfyngau, pan mai dim ond un meddyg sydd wedi gallu eich gweld chi. Mae’n para hyd at 72 awr. Os yw ail feddyg yn cytuno, gall droi’n adran 2.
        }
right-section-5-2-length = Am faint mae adran 5(2) yn para
    .body =
        { $audience ->
            [carer] Mae adran 5(2) yn caniatáu i feddyg neu glinigydd cymeradwy atal y person rydych chi’n holi amdano rhag gadael yr ysbyty, pan fyddan nhw yno fel claf gwirfoddol. Mae’n para hyd at 72 awr.
            [staff] Mae adran 5(2) yn caniatáu i feddyg neu glinigydd cymeradwy gadw claf mewnol anffurfiol yn yr ysbyty. Mae’n para hyd at 72 awr.
           *[patient] Mae adran 5(2) yn caniatáu i feddyg neu glinigydd cymeradwy eich atal rhag gadael yr ysbyty, pan fyddwch chi yno fel claf gwirfoddol. Mae’n para hyd at 72 awr.
        }
right-section-5-4-length = Am faint mae adran 5(4) yn para
    .body =
        { $audience ->
            [carer] Mae adran 5(4) yn caniatáu i nyrs atal y person rydych chi’n holi amdano rhag gadael yr ysbyty, pan fyddan nhw yno fel claf gwirfoddol. Mae’n para hyd at 6 awr, er mwyn i feddyg neu glinigydd cymeradwy allu dod i’w gweld nhw.
            [staff] Adran 5(4) yw pŵer dal y nyrs ar gyfer claf mewnol anffurfiol. Mae’n para hyd at 6 awr, er mwyn i feddyg neu glinigydd cymeradwy allu dod yno.
           *[patient] Mae adran 5(4) yn caniatáu i nyrs eich atal rhag gadael yr ysbyty, pan fyddwch chi yno fel claf gwirfoddol. Mae’n para hyd at 6 awr, er mwyn i feddyg neu glinigydd cymeradwy allu dod i’ch gweld chi.
        }
# Sections 135 and 136 let the police take a person to a place of safety.
right-place-of-safety-length = Am faint mae cyfnod mewn man diogel yn para
    .body =
        { $audience ->
            [carer] Mae adrannau 135 a 136 yn caniatáu i’r heddlu fynd â’r person rydych chi’n holi amdano i fan diogel, fel ysbyty, er mwyn iddyn nhw gael eu hasesu. Gallan nhw gael eu cadw yno am hyd at 24 awr. Mae modd gwneud hyn hyd at 12 awr yn hirach.
            [staff] Mae adrannau 135 a 136 yn caniatáu i’r heddlu fynd â pherson i fan diogel i gael ei asesu. Mae modd cadw’r claf yno am hyd at 24 awr, a gellir ymestyn hyn hyd at 12 awr arall.
           *[patient] Mae adrannau 135 a 136 yn caniatáu i’r heddlu fynd â chi i fan diogel, fel ysbyty, er mwyn i chi gael eich asesu. Gallwch chi gael eich cadw yno am hyd at 24 awr. Mae modd gwneud hyn hyd at 12 awr yn hirach.
        }
right-section-35-length = Am faint mae adran 35 yn para
    .body =
        { $audience ->
            [carer] Mae adran 35 yn golygu bod llys wedi anfon y person rydych chi’n holi amdano i’r ysbyty i gael adroddiad ar eu hiechyd meddwl. Mae’n para hyd at 28 diwrnod ar y tro, a dim mwy na 12 wythnos i gyd. Gallan nhw gael eu hadroddiad annibynnol eu hunain gan feddyg neu glinigydd cymeradwy o’u dewis, ar eu cost eu hunain, a’i ddefnyddio i ofyn i’r llys ddod â’r remánd i ben.
            [staff] Mae adran 35 yn remánd i’r ysbyty i gael adroddiad ar gyflwr meddyliol y claf. Mae’n para hyd at 28 diwrnod ar y tro, a dim mwy na 12 wythnos i gyd. Gall y claf gael adroddiad annibynnol, ar eu cost eu hunain, a gwneud cais i’r llys ar sail yr adroddiad hwnnw i ddod â’r remánd i ben.
           *[patient] Mae adran 35 yn golygu bod llys wedi eich anfon chi i’r ysbyty i gael adroddiad ar eich iechyd meddwl. Mae’n para hyd at 28 diwrnod ar y tro, a dim mwy na 12 wythnos i gyd. Gallwch chi gael eich adroddiad annibynnol eich hun gan feddyg neu glinigydd cymeradwy o’ch dewis, ond mae’n rhaid i chi dalu amdano. Yna gallwch chi ei ddefnyddio i ofyn i’r llys ddod â’r remánd i ben.
        }
right-section-36-length = Am faint mae adran 36 yn para
    .body =
        { $audience ->
            [carer] Mae adran 36 yn golygu bod llys wedi anfon y person rydych chi’n holi amdano i’r ysbyty i gael triniaeth tra bod eu hachos llys yn mynd yn ei flaen. Mae’n para hyd at 28 diwrnod ar y tro, a dim mwy na 12 wythnos i gyd. Gallan nhw gael eu hadroddiad annibynnol eu hunain, ar eu cost eu hunain, a’i ddefnyddio i ofyn i’r llys ddod â’r remánd i ben.
            [staff] Mae adran 36 yn remánd i’r ysbyty i gael triniaeth. Mae’n para hyd at 28 diwrnod ar y tro, a dim mwy na 12 wythnos i gyd. Gall y claf gael adroddiad annibynnol, ar eu cost eu hunain, a gwneud cais i’r llys ar sail yr adroddiad hwnnw i ddod â’r remánd i ben.
           *[patient] Mae adran 36 yn golygu bod llys wedi eich anfon chi i’r ysbyty i gael triniaeth tra bod eich achos llys yn mynd yn ei flaen. Mae’n para hyd at 28 diwrnod ar y tro, a dim mwy na 12 wythnos i gyd. Gallwch chi gael eich adroddiad annibynnol eich hun, ond mae’n rhaid i chi dalu amdano. Yna gallwch chi ei ddefnyddio i ofyn i’r llys ddod â’r remánd i ben.
        }
right-section-37-length = Am faint mae gorchymyn ysbyty yn para
    .body =
        { $audience ->
            [carer] Gorchymyn ysbyty yw adran 37: mae llys wedi anfon y person rydych chi’n holi amdano i’r ysbyty i gael triniaeth. Mae’n para hyd at 6 mis i ddechrau. Yna, mae modd ei adnewyddu am 6 mis arall, ac ar ôl hynny am 12 mis ar y tro.
            [staff] Gorchymyn ysbyty a wnaed gan lys yw adran 37. Mae’n para hyd at 6 mis i ddechrau. Yna, mae modd ei adnewyddu am 6 mis arall, ac ar ôl hynny am 12 mis ar y tro.
           *[patient] Gorchymyn ysbyty yw adran 37: mae llys wedi eich anfon chi i’r ysbyty i gael triniaeth. Mae’n para hyd at 6 mis i ddechrau. Yna, mae modd ei adnewyddu am 6 mis arall, ac ar ôl hynny am 12 mis ar y tro.
        }
right-section-38-length = Am faint mae gorchymyn ysbyty interim yn para
    .body =
        { $audience ->
            [carer] Gorchymyn ysbyty interim yw adran 38: mae llys wedi anfon y person rydych chi’n holi amdano i’r ysbyty am gyfnod, i weld a yw gorchymyn ysbyty yn iawn iddyn nhw. Mae’n para hyd at 12 wythnos i ddechrau. Gall y llys ei adnewyddu am hyd at 28 diwrnod ar y tro, hyd at 12 mis i gyd.
            [staff] Gorchymyn ysbyty interim yw adran 38. Mae’n para hyd at 12 wythnos i ddechrau. Gall y llys ei adnewyddu am hyd at 28 diwrnod ar y tro, hyd at 12 mis i gyd.
           *[patient] Gorchymyn ysbyty interim yw adran 38: mae llys wedi eich anfon chi i’r ysbyty am gyfnod, i weld a yw gorchymyn ysbyty yn iawn i chi. Mae’n para hyd at 12 wythnos i ddechrau. Gall y llys ei adnewyddu am hyd at 28 diwrnod ar y tro, hyd at 12 mis i gyd.
        }

## Court and prison sections

right-prison-transfer = Symud o’r carchar i’r ysbyty
    .body =
        { $audience ->
            [carer] Mae’r person rydych chi’n holi amdano wedi cael ei symud o’r carchar, neu o le arall lle’r oedden nhw’n cael eu cadw, i’r ysbyty i gael triniaeth. Gan ddibynnu ar eu sefyllfa, efallai y byddan nhw’n mynd yn ôl i’r carchar pan na fydd angen triniaeth arnyn nhw yn yr ysbyty mwyach. Gallan nhw ofyn i’r staff neu i gyfreithiwr beth fydd yn digwydd yn eu hachos nhw.
            [staff] Mae’r claf wedi cael ei drosglwyddo o’r carchar, neu o fan cadw arall, i’r ysbyty i gael triniaeth. Gan ddibynnu ar eu sefyllfa, efallai y byddan nhw’n dychwelyd i’r carchar pan na fydd angen triniaeth arnyn nhw yn yr ysbyty mwyach.
           *[patient] Rydych chi wedi cael eich symud o’r carchar, neu o le arall lle’r oeddech chi’n cael eich cadw, i’r ysbyty i gael triniaeth. Gan ddibynnu ar eich sefyllfa, efallai y byddwch chi’n mynd yn ôl i’r carchar pan na fydd angen triniaeth arnoch chi yn yr ysbyty mwyach. Gofynnwch i’r staff neu i gyfreithiwr beth fydd yn digwydd yn eich achos chi.
        }
right-hospital-direction = Cyfarwyddyd ysbyty
    .body =
        { $audience ->
            [carer] Mae cyfarwyddyd ysbyty yn golygu bod y llys wedi rhoi dedfryd o garchar i’r person rydych chi’n holi amdano, ond wedi eu hanfon i’r ysbyty yn gyntaf i gael triniaeth. Pan na fydd angen triniaeth arnyn nhw yn yr ysbyty mwyach, efallai y byddan nhw’n cael eu symud i’r carchar.
            [staff] Mae cyfarwyddyd ysbyty yn golygu bod y llys wedi rhoi dedfryd o garchar, ond wedi cyfarwyddo bod y claf yn mynd i’r ysbyty yn gyntaf i gael triniaeth. Pan na fydd angen triniaeth arnyn nhw yn yr ysbyty mwyach, efallai y byddan nhw’n cael eu symud i’r carchar.
           *[patient] Mae cyfarwyddyd ysbyty yn golygu bod y llys wedi rhoi dedfryd o garchar i chi, ond wedi eich anfon i’r ysbyty yn gyntaf i gael triniaeth. Pan na fydd angen triniaeth arnoch chi yn yr ysbyty mwyach, efallai y byddwch chi’n cael eich symud i’r carchar.
        }
# "Restrictions" here means a restriction order or restriction direction.
right-restrictions = Cyfyngiadau
    .body =
        { $audience ->
            [carer] Mae cyfyngiadau ar adran y person rydych chi’n holi amdano. Mae hyn yn golygu bod angen i’w clinigydd cyfrifol (y gweithiwr proffesiynol sy’n gyfrifol am eu gofal) gael cytundeb yr Ysgrifennydd Gwladol dros Gyfiawnder (gweinidog yn y llywodraeth) i roi absenoldeb iddyn nhw, i’w symud i ysbyty arall neu i’w rhyddhau.
            [staff] Mae’r claf yn glaf cyfyngedig. Mae angen i’r clinigydd cyfrifol gael cydsyniad yr Ysgrifennydd Gwladol dros Gyfiawnder i roi absenoldeb iddyn nhw, i’w trosglwyddo i ysbyty arall neu i’w rhyddhau.
           *[patient] Mae cyfyngiadau ar eich adran. Mae hyn yn golygu bod angen i’ch clinigydd cyfrifol (y gweithiwr proffesiynol sy’n gyfrifol am eich gofal) gael cytundeb yr Ysgrifennydd Gwladol dros Gyfiawnder (gweinidog yn y llywodraeth) i roi absenoldeb i chi, i’ch symud i ysbyty arall neu i’ch rhyddhau.
        }

## The Tribunal

right-section-2-tribunal = Gwneud cais i’r Tribiwnlys
    .body =
        { $audience ->
            [carer] Gall y person rydych chi’n holi amdano wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu dod â’u hadran i ben; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) yn ystod 14 diwrnod cyntaf eu hadran 2. Gall cyfreithiwr eu helpu i wneud cais, am ddim.
            [staff] Gall y claf wneud cais i’r Tribiwnlys (yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) yn ystod 14 diwrnod cyntaf eu hadran 2. Mae cymorth cyfreithiol am ddim gan gyfreithiwr ar gael ar gyfer achosion Tribiwnlys.
           *[patient] Gallwch chi wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu dod â’ch adran i ben; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) yn ystod 14 diwrnod cyntaf eich adran 2. Gall cyfreithiwr eich helpu i wneud cais, am ddim.
        }
right-section-3-tribunal = Gwneud cais i’r Tribiwnlys
    .body =
        { $audience ->
            [carer] Gall y person rydych chi’n holi amdano wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu dod â’u hadran i ben; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) unwaith yn y 6 mis cyntaf, unwaith yn y 6 mis nesaf, ac yna unwaith bob blwyddyn. Gall cyfreithiwr eu helpu i wneud cais, am ddim.
            [staff] Gall y claf wneud cais i’r Tribiwnlys (yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) unwaith yn y 6 mis cyntaf, unwaith yn y 6 mis nesaf, ac yna unwaith bob blwyddyn. Mae cymorth cyfreithiol am ddim gan gyfreithiwr ar gael ar gyfer achosion Tribiwnlys.
           *[patient] Gallwch chi wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu dod â’ch adran i ben; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) unwaith yn y 6 mis cyntaf, unwaith yn y 6 mis nesaf, ac yna unwaith bob blwyddyn. Gall cyfreithiwr eich helpu i wneud cais, am ddim.
        }
right-section-3-referral = Pan fydd rheolwyr yr ysbyty yn anfon eich achos at y Tribiwnlys
    .body =
        { $audience ->
            [carer] Os nad yw’r person rydych chi’n holi amdano wedi gwneud cais i’r Tribiwnlys yn y 6 mis cyntaf, mae’n rhaid i reolwyr yr ysbyty anfon eu hachos at y Tribiwnlys. Nid yw cais sy’n cael ei dynnu’n ôl yn cyfrif. Mae’n rhaid i’r rheolwyr hefyd anfon yr achos os bydd 3 blynedd yn mynd heibio heb i’r Tribiwnlys edrych ar eu hachos (1 flwyddyn os ydyn nhw o dan 18 oed).
            [staff] Os nad yw’r claf wedi gwneud cais yn y 6 mis cyntaf (nid yw cais sydd wedi’i dynnu’n ôl yn cyfrif), mae’n rhaid i’r rheolwyr gyfeirio’r achos at y Tribiwnlys. Mae’n rhaid iddyn nhw hefyd ei gyfeirio os nad yw’r Tribiwnlys wedi ystyried yr achos ers 3 blynedd (1 flwyddyn os yw’r claf o dan 18 oed).
           *[patient] Os nad ydych chi wedi gwneud cais i’r Tribiwnlys yn y 6 mis cyntaf, mae’n rhaid i reolwyr yr ysbyty anfon eich achos at y Tribiwnlys. Nid yw cais sy’n cael ei dynnu’n ôl yn cyfrif. Mae’n rhaid iddyn nhw hefyd ei anfon os bydd 3 blynedd yn mynd heibio heb i’r Tribiwnlys edrych ar eich achos (1 flwyddyn os ydych chi o dan 18 oed).
        }
right-section-37-tribunal = Gwneud cais i’r Tribiwnlys
    .body =
        { $audience ->
            [carer] Ar orchymyn ysbyty, ni all y person rydych chi’n holi amdano wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu dod â’u hadran i ben; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) yn y 6 mis cyntaf. Ar ôl hynny, gallan nhw wneud cais unwaith rhwng 6 a 12 mis, ac yna unwaith bob blwyddyn. Os cawson nhw eu symud o’r carchar, mae’r rheolau’n wahanol, felly gofynnwch i’r staff neu i gyfreithiwr. Gall cyfreithiwr eu helpu gyda’r Tribiwnlys am ddim (cymorth cyfreithiol).
            [staff] Ni all claf ar orchymyn ysbyty wneud cais yn y 6 mis cyntaf. Gallan nhw wneud cais unwaith yn yr ail 6 mis, ac yna unwaith y flwyddyn, pan fydd y gorchymyn yn cael ei adnewyddu. Mae cymorth cyfreithiol am ddim gan gyfreithiwr ar gael ar gyfer achosion Tribiwnlys.
           *[patient] Ar orchymyn ysbyty, ni allwch chi wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu dod â’ch adran i ben; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) yn y 6 mis cyntaf. Ar ôl hynny, gallwch chi wneud cais unwaith rhwng 6 a 12 mis, ac yna unwaith bob blwyddyn. Os cawsoch chi eich symud o’r carchar, mae’r rheolau’n wahanol, felly gofynnwch i’r staff neu i gyfreithiwr. Gall cyfreithiwr eich helpu gyda’r Tribiwnlys am ddim (cymorth cyfreithiol).
        }
right-section-37-referral = Pan fydd rheolwyr yr ysbyty yn anfon eich achos at y Tribiwnlys
    .body =
        { $audience ->
            [carer] Os bydd 3 blynedd yn mynd heibio heb i’r Tribiwnlys edrych ar achos y person rydych chi’n holi amdano (1 flwyddyn os ydyn nhw o dan 18 oed), mae’n rhaid i reolwyr yr ysbyty ei anfon at y Tribiwnlys.
            [staff] Mae’n rhaid i’r rheolwyr gyfeirio’r achos os nad yw’r Tribiwnlys wedi’i ystyried ers 3 blynedd (1 flwyddyn os yw’r claf o dan 18 oed). Nid yw’r cyfeiriad ar ôl 6 mis yn berthnasol i orchymyn ysbyty.
           *[patient] Os bydd 3 blynedd yn mynd heibio heb i’r Tribiwnlys edrych ar eich achos (1 flwyddyn os ydych chi o dan 18 oed), mae’n rhaid i reolwyr yr ysbyty ei anfon at y Tribiwnlys.
        }
right-restricted-tribunal = Gwneud cais i’r Tribiwnlys
    .body =
        { $audience ->
            [carer] Gall y person rydych chi’n holi amdano wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu penderfynu a ddylen nhw gael eu rhyddhau; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) unwaith rhwng 6 a 12 mis ar ôl eu gorchymyn, ac yna unwaith bob blwyddyn. Os bydd 3 blynedd yn mynd heibio heb i’r Tribiwnlys edrych ar eu hachos, mae’n rhaid i’r Ysgrifennydd Gwladol dros Gyfiawnder ei anfon at y Tribiwnlys. Gall cyfreithiwr eu helpu gyda’r Tribiwnlys am ddim (cymorth cyfreithiol).
            [staff] Gall claf cyfyngedig wneud cais rhwng 6 a 12 mis ar ôl y gorchymyn, ac yna unwaith ym mhob cyfnod o 12 mis. Mae’n rhaid i’r Ysgrifennydd Gwladol gyfeirio’r achos os nad yw’r Tribiwnlys wedi’i ystyried ers 3 blynedd. Mae cymorth cyfreithiol am ddim gan gyfreithiwr ar gael ar gyfer achosion Tribiwnlys.
           *[patient] Gallwch chi wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu penderfynu a ddylech chi gael eich rhyddhau; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) unwaith rhwng 6 a 12 mis ar ôl eich gorchymyn, ac yna unwaith bob blwyddyn. Os bydd 3 blynedd yn mynd heibio heb i’r Tribiwnlys edrych ar eich achos, mae’n rhaid i’r Ysgrifennydd Gwladol dros Gyfiawnder ei anfon at y Tribiwnlys. Gall cyfreithiwr eich helpu gyda’r Tribiwnlys am ddim (cymorth cyfreithiol).
        }
right-restricted-transfer-tribunal = Gwneud cais i’r Tribiwnlys
    .body =
        { $audience ->
            [carer] Gall y person rydych chi’n holi amdano wneud cais i’r Tribiwnlys (panel annibynnol; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru). Gall cyfreithiwr ddweud wrthyn nhw pryd, a gall eu helpu am ddim (cymorth cyfreithiol). Ni all y Tribiwnlys eu rhyddhau ei hun. Mae’n dweud wrth yr Ysgrifennydd Gwladol dros Gyfiawnder a fydden nhw’n cael eu rhyddhau pe baen nhw ar orchymyn ysbyty, a gall argymell eu bod yn aros yn yr ysbyty yn lle mynd yn ôl i’r carchar. Efallai y gallan nhw hefyd ofyn i’r Bwrdd Parôl eu rhyddhau.
            [staff] Ar gyfer claf o dan gyfarwyddyd ysbyty neu gyfarwyddyd trosglwyddo cyfyngedig, ni all y Tribiwnlys ryddhau: mae’n hysbysu’r Ysgrifennydd Gwladol a fyddai gan y claf hawl i gael ei ryddhau, a gall argymell parhau i’w gadw’n gaeth yn yr ysbyty yn hytrach na’i ddychwelyd i’r carchar. Mae’n dal yn bosibl gwneud cais i’r Bwrdd Parôl. Mae cymorth cyfreithiol am ddim gan gyfreithiwr ar gael ar gyfer achosion Tribiwnlys.
           *[patient] Gallwch chi wneud cais i’r Tribiwnlys (panel annibynnol; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru). Gall cyfreithiwr ddweud wrthych chi pryd, a gall eich helpu am ddim (cymorth cyfreithiol). Ni all y Tribiwnlys eich rhyddhau ei hun. Mae’n dweud wrth yr Ysgrifennydd Gwladol dros Gyfiawnder a fyddech chi’n cael eich rhyddhau pe baech chi ar orchymyn ysbyty, a gall argymell eich bod yn aros yn yr ysbyty yn lle mynd yn ôl i’r carchar. Efallai y gallwch chi hefyd ofyn i’r Bwrdd Parôl eich rhyddhau.
        }
right-transfer-tribunal = Gwneud cais i’r Tribiwnlys
    .body =
        { $audience ->
            [carer] Os cafodd y person rydych chi’n holi amdano ei symud i’r ysbyty o’r carchar, gallan nhw wneud cais i’r Tribiwnlys (panel annibynnol; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) yn y 6 mis cyntaf ar ôl y symud, unwaith yn y 6 mis nesaf, ac yna unwaith bob blwyddyn. Gall cyfreithiwr wirio’r dyddiadau iddyn nhw, a gall eu helpu am ddim (cymorth cyfreithiol).
            [staff] Gall carcharor sydd wedi’i drosglwyddo wneud cais yn y 6 mis cyntaf ar ôl y trosglwyddo, unwaith yn y 6 mis nesaf, ac yna unwaith y flwyddyn. Mae cymorth cyfreithiol am ddim gan gyfreithiwr ar gael ar gyfer achosion Tribiwnlys.
           *[patient] Os cawsoch chi eich symud i’r ysbyty o’r carchar, gallwch chi wneud cais i’r Tribiwnlys (panel annibynnol; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) yn y 6 mis cyntaf ar ôl y symud, unwaith yn y 6 mis nesaf, ac yna unwaith bob blwyddyn. Gall cyfreithiwr wirio’r dyddiadau i chi, a gall eich helpu am ddim (cymorth cyfreithiol).
        }
right-cto-tribunal = Gwneud cais i’r Tribiwnlys
    .body =
        { $audience ->
            [carer] Gall y person rydych chi’n holi amdano wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu dod â’u CTO i ben; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) unwaith yn 6 mis cyntaf eu CTO, ac yna unwaith ym mhob cyfnod y caiff ei ymestyn. Gall cyfreithiwr eu helpu gyda’r Tribiwnlys am ddim (cymorth cyfreithiol).
            [staff] Gall claf cymunedol wneud cais unwaith yn 6 mis cyntaf y CTO, unwaith pan gaiff ei ddirymu, ac unwaith ym mhob cyfnod estyn. Mae cymorth cyfreithiol am ddim gan gyfreithiwr ar gael ar gyfer achosion Tribiwnlys.
           *[patient] Gallwch chi wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu dod â’ch CTO i ben; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) unwaith yn 6 mis cyntaf eich CTO, ac yna unwaith ym mhob cyfnod y caiff ei ymestyn. Gall cyfreithiwr eich helpu gyda’r Tribiwnlys am ddim (cymorth cyfreithiol).
        }
right-cto-referral = Pan fydd rheolwyr yr ysbyty yn anfon eich achos at y Tribiwnlys
    .body =
        { $audience ->
            [carer] Os nad yw’r person rydych chi’n holi amdano wedi gwneud cais i’r Tribiwnlys yn 6 mis cyntaf eu CTO, mae’n rhaid i reolwyr yr ysbyty anfon eu hachos at y Tribiwnlys. Mae’n rhaid iddyn nhw hefyd ei anfon os bydd 3 blynedd yn mynd heibio heb i’r Tribiwnlys edrych arno (1 flwyddyn os yw’r person o dan 18 oed), ac ar unwaith os caiff y CTO ei ddirymu.
            [staff] Mae’n rhaid i’r rheolwyr gyfeirio’r achos os na wnaed cais yn y 6 mis cyntaf, os nad yw’r Tribiwnlys wedi’i ystyried ers 3 blynedd (1 flwyddyn os yw’r claf o dan 18 oed), a chyn gynted â phosibl ar ôl i’r CTO gael ei ddirymu.
           *[patient] Os nad ydych chi wedi gwneud cais i’r Tribiwnlys yn 6 mis cyntaf eich CTO, mae’n rhaid i reolwyr yr ysbyty anfon eich achos at y Tribiwnlys. Mae’n rhaid iddyn nhw hefyd ei anfon os bydd 3 blynedd yn mynd heibio heb i’r Tribiwnlys edrych arno (1 flwyddyn os ydych chi o dan 18 oed), ac ar unwaith os caiff eich CTO ei ddirymu.
        }
right-guardianship-tribunal = Gwneud cais i’r Tribiwnlys
    .body =
        { $audience ->
            [carer] Gall y person rydych chi’n holi amdano wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu dod â’u gwarcheidiaeth i ben; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) unwaith yn y 6 mis cyntaf, ac yna unwaith ym mhob cyfnod y caiff ei hadnewyddu. Gall cyfreithiwr eu helpu gyda’r Tribiwnlys am ddim (cymorth cyfreithiol).
            [staff] Gall claf gwarcheidiaeth wneud cais unwaith yn y 6 mis cyntaf ac unwaith ym mhob cyfnod adnewyddu. Mae cymorth cyfreithiol am ddim gan gyfreithiwr ar gael ar gyfer achosion Tribiwnlys.
           *[patient] Gallwch chi wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu dod â’ch gwarcheidiaeth i ben; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) unwaith yn y 6 mis cyntaf, ac yna unwaith ym mhob cyfnod y caiff ei hadnewyddu. Gall cyfreithiwr eich helpu gyda’r Tribiwnlys am ddim (cymorth cyfreithiol).
        }
right-conditional-discharge-tribunal = Gwneud cais i’r Tribiwnlys
    .body =
        { $audience ->
            [carer] Gall y person rydych chi’n holi amdano ofyn i’r Tribiwnlys (panel annibynnol; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) newid eu hamodau neu ddod â’u rhyddhad amodol i ben. Gallan nhw wneud cais am y tro cyntaf rhwng 12 mis a 2 flynedd ar ôl cael eu rhyddhau, ac yna unwaith bob 2 flynedd. Gall cyfreithiwr eu helpu gyda’r Tribiwnlys am ddim (cymorth cyfreithiol).
            [staff] Gall claf sydd wedi’i ryddhau’n amodol, ac nad yw wedi cael ei alw’n ôl, wneud cais rhwng 12 mis a 2 flynedd ar ôl cael ei ryddhau, ac yna unwaith ym mhob cyfnod o 2 flynedd; gall y Tribiwnlys newid yr amodau neu ddod â’r cyfyngiadau i ben. Mae cymorth cyfreithiol am ddim gan gyfreithiwr ar gael ar gyfer achosion Tribiwnlys.
           *[patient] Gallwch chi ofyn i’r Tribiwnlys (panel annibynnol; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) newid eich amodau neu ddod â’ch rhyddhad amodol i ben. Gallwch chi wneud cais am y tro cyntaf rhwng 12 mis a 2 flynedd ar ôl i chi gael eich rhyddhau, ac yna unwaith bob 2 flynedd. Gall cyfreithiwr eich helpu gyda’r Tribiwnlys am ddim (cymorth cyfreithiol).
        }
# Shown when the exact section is not known.
right-detained-tribunal = Gwneud cais i’r Tribiwnlys
    .body =
        { $audience ->
            [carer] Fel arfer, gall y person rydych chi’n holi amdano wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu dod â’u hadran i ben; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru). Mae pa mor aml yn dibynnu ar eu hadran, felly gofynnwch i’r staff, i IMHA neu i gyfreithiwr. Gall cyfreithiwr eu helpu gyda’r Tribiwnlys am ddim.
            [staff] Gall y rhan fwyaf o gleifion a gedwir yn gaeth wneud cais i’r Tribiwnlys (yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru). Mae pa mor aml yn dibynnu ar yr adran. Mae cymorth cyfreithiol am ddim gan gyfreithiwr ar gael ar gyfer achosion Tribiwnlys.
           *[patient] Fel arfer, gallwch chi wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu dod â’ch adran i ben; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru). Mae pa mor aml yn dibynnu ar eich adran, felly gofynnwch i’r staff, i IMHA neu i gyfreithiwr. Gall cyfreithiwr eich helpu gyda’r Tribiwnlys am ddim.
        }

## Others who can end a section

right-hospital-managers = Gofyn i reolwyr yr ysbyty
    .body =
        { $audience ->
            [carer] Gall y person rydych chi’n holi amdano ofyn i reolwyr yr ysbyty (pobl sy’n gweithredu ar ran y sefydliad sy’n rhedeg yr ysbyty) ddod â’u hadran neu eu CTO i ben ar unrhyw adeg. Efallai y bydd y rheolwyr yn cynnal cyfarfod, sef gwrandawiad, i benderfynu.
            [staff] Gall y claf ofyn i reolwyr yr ysbyty eu rhyddhau ar unrhyw adeg. Efallai y bydd y rheolwyr yn cynnal gwrandawiad i benderfynu.
           *[patient] Gallwch chi ofyn i reolwyr yr ysbyty (pobl sy’n gweithredu ar ran y sefydliad sy’n rhedeg yr ysbyty) ddod â’ch adran neu eich CTO i ben ar unrhyw adeg. Efallai y byddan nhw’n cynnal cyfarfod, sef gwrandawiad, i benderfynu.
        }
# The nearest relative is a family member picked by a list in the Act; not
# always the next of kin.
right-nearest-relative-discharge = Y perthynas agosaf
    .body =
        { $audience ->
            [carer] Gall perthynas agosaf y person rydych chi’n holi amdano (aelod o’r teulu sy’n cael ei enwi gan y Ddeddf Iechyd Meddwl, neu’r Mental Health Act) orchymyn eu bod yn cael eu rhyddhau. Os yw’r person yn cael ei gadw’n gaeth yn yr ysbyty neu ar CTO, mae’n rhaid i’r perthynas agosaf roi rhybudd ysgrifenedig o 72 awr i reolwyr yr ysbyty, a gall y clinigydd cyfrifol atal hyn os byddai’r person yn debygol o fod yn beryglus iddyn nhw eu hunain neu i bobl eraill. Wedyn, ni all y perthynas agosaf orchymyn rhyddhau eto am 6 mis. Os bydd hyn yn digwydd ar adran 3 neu CTO, gall y perthynas agosaf wneud cais i’r Tribiwnlys o fewn 28 diwrnod.
            [staff] Gall perthynas agosaf y claf orchymyn eu bod yn cael eu rhyddhau. Ar gyfer claf a gedwir yn gaeth neu glaf cymunedol, mae’n rhaid i’r perthynas agosaf roi rhybudd ysgrifenedig o 72 awr i reolwyr yr ysbyty, a gall y clinigydd cyfrifol wahardd hyn os byddai’r claf yn debygol o ymddwyn yn beryglus tuag atyn nhw eu hunain neu at eraill. Ni all perthynas agosaf sydd wedi’i wahardd orchymyn rhyddhau eto am 6 mis o ddyddiad yr adroddiad. Os caiff ei wahardd ar adran 3 neu CTO, gall y perthynas agosaf wneud cais i’r Tribiwnlys o fewn 28 diwrnod.
           *[patient] Gall eich perthynas agosaf (aelod o’r teulu sy’n cael ei enwi gan y Ddeddf Iechyd Meddwl, neu’r Mental Health Act) orchymyn eich bod yn cael eich rhyddhau. Os ydych chi’n cael eich cadw’n gaeth yn yr ysbyty neu ar CTO, mae’n rhaid i’ch perthynas agosaf roi rhybudd ysgrifenedig o 72 awr i reolwyr yr ysbyty, a gall eich clinigydd cyfrifol atal hyn os byddech chi’n debygol o fod yn beryglus i chi eich hun neu i bobl eraill. Wedyn, ni all eich perthynas agosaf orchymyn eich bod yn cael eich rhyddhau eto am 6 mis. Os bydd hyn yn digwydd ar adran 3 neu CTO, gall eich perthynas agosaf wneud cais i’r Tribiwnlys o fewn 28 diwrnod.
        }
right-nearest-relative-cannot-discharge = Y perthynas agosaf
    .body =
        { $audience ->
            [carer] Ni all perthynas agosaf y person rydych chi’n holi amdano (aelod o’r teulu sy’n cael ei enwi gan y Ddeddf Iechyd Meddwl, neu’r Mental Health Act) ddod â gorchymyn ysbyty i ben. Ond gall y perthynas agosaf wneud cais i’r Tribiwnlys ar ran y person, ar yr un adegau ag y gall y person ei hun wneud cais.
            [staff] Ni all perthynas agosaf y claf orchymyn rhyddhau o orchymyn ysbyty. Gallan nhw wneud cais i’r Tribiwnlys yn yr un cyfnodau â’r claf.
           *[patient] Ni all eich perthynas agosaf (aelod o’r teulu sy’n cael ei enwi gan y Ddeddf Iechyd Meddwl, neu’r Mental Health Act) ddod â gorchymyn ysbyty i ben. Ond gallan nhw wneud cais i’r Tribiwnlys ar eich rhan, ar yr un adegau ag y gallwch chi.
        }

right-nearest-relative-change = Newid eich perthynas agosaf
    .body =
        { $audience ->
            [carer] Os nad yw perthynas agosaf y person rydych chi’n holi amdano yn addas i weithredu ar eu rhan, gall y person (neu berthynas, neu weithiwr proffesiynol iechyd meddwl cymeradwy) wneud cais i’r llys sirol i gael rhywun arall i weithredu yn lle’r perthynas agosaf. Gall y person hefyd ofyn i’r ysbyty beidio ag anfon copïau o wybodaeth amdanyn nhw at eu perthynas agosaf.
            [staff] Gall y claf, perthynas, rhywun sy’n byw gyda’r claf neu AMHP wneud cais i’r llys sirol am orchymyn bod rhywun arall yn gweithredu fel perthynas agosaf, er enghraifft am nad yw’r perthynas agosaf yn berson addas. Gall y claf ofyn i’r perthynas agosaf beidio â chael copïau o’r wybodaeth sy’n cael ei rhoi iddyn nhw.
           *[patient] Os nad yw eich perthynas agosaf yn addas i weithredu ar eich rhan, gallwch chi wneud cais i’r llys sirol i gael rhywun arall i weithredu yn lle’r perthynas agosaf. Gallwch chi hefyd ofyn i’r ysbyty beidio ag anfon copïau o wybodaeth amdanoch chi at eich perthynas agosaf.
        }
right-guardianship-discharge = Dod â gwarcheidiaeth i ben
    .body =
        { $audience ->
            [carer] Gall y clinigydd cyfrifol, y cyngor sy’n gyfrifol amdani (yr awdurdod gwasanaethau cymdeithasol lleol), neu berthynas agosaf y person rydych chi’n holi amdano ddod â’r warcheidiaeth i ben. Gall y person ysgrifennu at y cyngor i ofyn iddo ddod â’u gwarcheidiaeth i ben.
            [staff] Gall y clinigydd cyfrifol, yr awdurdod gwasanaethau cymdeithasol lleol cyfrifol neu’r perthynas agosaf ryddhau’r claf o warcheidiaeth. Gall y claf ysgrifennu at yr awdurdod i ofyn iddo ddod â’u gwarcheidiaeth i ben; nid oes modd gwahardd gorchymyn y perthynas agosaf.
           *[patient] Gall eich clinigydd cyfrifol, y cyngor sy’n gyfrifol amdani (yr awdurdod gwasanaethau cymdeithasol lleol), neu eich perthynas agosaf ddod â’ch gwarcheidiaeth i ben. Gallwch chi ysgrifennu at y cyngor i ofyn iddo ddod â’ch gwarcheidiaeth i ben.
        }

## Treatment

# SOAD: Second Opinion Appointed Doctor, an independent doctor.
right-consent-to-treatment = Meddyginiaeth a thriniaeth
    .body =
        { $audience ->
            [carer] Am y 3 mis cyntaf ar ôl i’r person rydych chi’n holi amdano gael meddyginiaeth am y tro cyntaf ar gyfer eu hanhwylder meddyliol tra eu bod nhw’n cael eu cadw’n gaeth, mae modd ei rhoi heb eu caniatâd. Ar ôl hynny, dim ond os ydyn nhw’n cytuno y mae modd ei rhoi, neu os yw meddyg a benodwyd i roi ail farn (SOAD) yn cytuno ei bod yn iawn. Mae modd rhoi triniaeth arall ar gyfer eu hanhwylder meddyliol, fel gofal nyrsio, heb eu caniatâd.
            [staff] Mae modd rhoi meddyginiaeth ar gyfer anhwylder meddyliol heb gydsyniad am 3 mis o’r tro cyntaf y caiff ei rhoi tra bod y claf yn cael ei gadw’n gaeth. Ar ôl hynny, mae angen cydsyniad y claf, neu mae’n rhaid i feddyg a benodwyd i roi ail farn (SOAD) ei hardystio. Mae modd rhoi triniaeth arall ar gyfer anhwylder meddyliol heb gydsyniad.
           *[patient] Am y 3 mis cyntaf ar ôl i chi gael meddyginiaeth am y tro cyntaf ar gyfer eich anhwylder meddyliol tra byddwch chi’n cael eich cadw’n gaeth, mae modd ei rhoi heb eich caniatâd. Ar ôl hynny, dim ond os ydych chi’n cytuno y mae modd ei rhoi, neu os yw meddyg a benodwyd i roi ail farn (SOAD) yn cytuno ei bod yn iawn. Mae modd rhoi triniaeth arall ar gyfer eich anhwylder meddyliol, fel gofal nyrsio, heb eich caniatâd.
        }
right-no-treatment-without-consent = Gwrthod triniaeth
    .body =
        { $audience ->
            [carer] Ar yr adran hon, nid yw’r rheolau sy’n caniatáu triniaeth heb ganiatâd yn berthnasol i’r person rydych chi’n holi amdano. Gallan nhw wrthod triniaeth, gan gynnwys meddyginiaeth, nad ydyn nhw ei heisiau. Dim ond mewn amgylchiadau arbennig, y dylid eu hesbonio iddyn nhw, y mae modd rhoi triniaeth iddyn nhw nad ydyn nhw’n cytuno iddi: er enghraifft mewn argyfwng, neu os nad ydyn nhw’n gallu penderfynu a’i bod er eu lles pennaf.
            [staff] Nid yw Rhan 4 o’r Ddeddf yn berthnasol i’r claf hwn (adran 56(3)), felly nid yw’n rhoi unrhyw awdurdod i’w drin heb gydsyniad. Mae angen awdurdod arall ar gyfer unrhyw driniaeth heb gydsyniad, fel Deddf Galluedd Meddyliol 2005 ar gyfer claf nad oes ganddo alluedd, a dylid ei hesbonio iddyn nhw.
           *[patient] Ar yr adran hon, nid yw’r rheolau sy’n caniatáu triniaeth heb ganiatâd yn berthnasol i chi. Gallwch chi wrthod triniaeth, gan gynnwys meddyginiaeth, nad ydych chi ei heisiau. Dim ond mewn amgylchiadau arbennig, y dylid eu hesbonio i chi, y mae modd rhoi triniaeth i chi nad ydych chi’n cytuno iddi: er enghraifft mewn argyfwng, neu os nad ydych chi’n gallu penderfynu a’i bod er eich lles pennaf.
        }
# ECT is electroconvulsive therapy.
right-ect = ECT (therapi electrogynhyrfol)
    .body =
        { $audience ->
            [carer] Os yw’r person rydych chi’n holi amdano yn 18 oed neu’n hŷn ac yn gallu penderfynu, nid oes modd rhoi ECT iddyn nhw os ydyn nhw’n dweud na, oni bai ei bod yn argyfwng: i achub eu bywyd, neu i atal eu cyflwr rhag gwaethygu’n ddifrifol. Os nad ydyn nhw’n gallu penderfynu, mae’n rhaid i feddyg a benodwyd i roi ail farn (SOAD) gytuno, ac ni all ECT fynd yn groes i benderfyniad ymlaen llaw dilys na phenderfyniad gan eu hatwrnai, eu dirprwy neu’r Llys Gwarchod. Os ydyn nhw o dan 18 oed, mae’n rhaid i SOAD gytuno i ECT, hyd yn oed os ydyn nhw’n dweud ie.
            [staff] Nid oes modd rhoi ECT i oedolyn sydd â galluedd ac sy’n gwrthod, ac eithrio mewn argyfwng o dan adran 62 (i achub bywyd, neu i atal dirywiad difrifol). Os nad oes gan y claf alluedd, mae’n rhaid i SOAD ei ardystio, ac ni ddylai wrthdaro â phenderfyniad ymlaen llaw dilys na phenderfyniad gan atwrnai, dirprwy neu’r Llys Gwarchod. Mae angen i SOAD ardystio ECT ar gyfer claf o dan 18 oed, hyd yn oed os ydyn nhw’n cydsynio.
           *[patient] Os ydych chi’n 18 oed neu’n hŷn ac yn gallu penderfynu, nid oes modd rhoi ECT i chi os ydych chi’n dweud na, oni bai ei bod yn argyfwng: i achub eich bywyd, neu i atal eich cyflwr rhag gwaethygu’n ddifrifol. Os nad ydych chi’n gallu penderfynu, mae’n rhaid i feddyg a benodwyd i roi ail farn (SOAD) gytuno, ac ni all ECT fynd yn groes i benderfyniad ymlaen llaw dilys na phenderfyniad gan eich atwrnai, eich dirprwy neu’r Llys Gwarchod. Os ydych chi o dan 18 oed, mae’n rhaid i SOAD gytuno i ECT, hyd yn oed os ydych chi’n dweud ie.
        }
right-ect-without-part-4 = ECT (therapi electrogynhyrfol)
    .body =
        { $audience ->
            [carer] Nid yw’r rheolau sy’n caniatáu ECT mewn argyfwng i gleifion a gedwir yn gaeth yn berthnasol i’r person rydych chi’n holi amdano. Os ydyn nhw’n 18 oed neu’n hŷn ac yn gallu penderfynu, nid oes modd rhoi ECT iddyn nhw os ydyn nhw’n dweud na. Os ydyn nhw o dan 18 oed, mae angen i feddyg a benodwyd i roi ail farn (SOAD) gytuno i ECT hefyd, hyd yn oed os ydyn nhw’n dweud ie.
            [staff] Nid yw Rhan 4 yn berthnasol i’r claf hwn (adran 56), felly nid yw ei llwybr argyfwng yn adran 62 yn awdurdodi ECT. Nid oes modd rhoi ECT i oedolyn sydd â galluedd ac sy’n gwrthod. Mae angen i SOAD ardystio ECT ar gyfer claf o dan 18 oed hyd yn oed os ydyn nhw’n cydsynio (adran 58A, fel y’i cymhwysir gan adran 56(5)).
           *[patient] Nid yw’r rheolau sy’n caniatáu ECT mewn argyfwng i gleifion a gedwir yn gaeth yn berthnasol i chi. Os ydych chi’n 18 oed neu’n hŷn ac yn gallu penderfynu, nid oes modd rhoi ECT i chi os ydych chi’n dweud na. Os ydych chi o dan 18 oed, mae angen i feddyg a benodwyd i roi ail farn (SOAD) gytuno i ECT hefyd, hyd yn oed os ydych chi’n dweud ie.
        }
right-section-57-treatment = Llawdriniaeth ar yr ymennydd a mewnblaniadau hormon
    .body =
        { $audience ->
            [carer] Dim ond os yw’r person rydych chi’n holi amdano yn cytuno y mae modd rhoi llawdriniaeth ar yr ymennydd ar gyfer anhwylder meddyliol, neu fewnblaniad hormon i leihau ysfa rywiol dynion. Mae’n rhaid i feddyg a benodwyd i roi ail farn a dau berson annibynnol arall (nad ydyn nhw’n feddygon) gadarnhau hefyd eu bod nhw’n gallu penderfynu a’u bod nhw wedi cytuno, ac mae’n rhaid i’r meddyg gytuno bod y driniaeth yn iawn. Mae hyn yn wir i bawb, p’un a ydyn nhw ar adran neu beidio.
            [staff] Mae angen cydsyniad y claf ar gyfer niwrolawdriniaeth ar gyfer anhwylder meddyliol, neu fewnblaniad hormon i leihau ysfa rywiol dynion. Mae’n rhaid i feddyg penodedig a dau berson penodedig arall nad ydyn nhw’n feddygon ardystio bod gan y claf alluedd a’u bod nhw wedi cydsynio, ac mae’n rhaid i’r meddyg ardystio bod y driniaeth yn briodol. Mae hyn yn berthnasol i bob claf, p’un a ydyn nhw’n cael eu cadw’n gaeth neu beidio.
           *[patient] Dim ond os ydych chi’n cytuno y mae modd rhoi llawdriniaeth ar yr ymennydd ar gyfer anhwylder meddyliol, neu fewnblaniad hormon i leihau ysfa rywiol dynion. Mae’n rhaid i feddyg a benodwyd i roi ail farn a dau berson annibynnol arall (nad ydyn nhw’n feddygon) gadarnhau hefyd eich bod chi’n gallu penderfynu a’ch bod chi wedi cytuno, ac mae’n rhaid i’r meddyg gytuno bod y driniaeth yn iawn. Mae hyn yn wir i bawb, p’un a ydyn nhw ar adran neu beidio.
        }
right-cto-treatment = Triniaeth ar CTO
    .body =
        { $audience ->
            [carer] Tra bod y person rydych chi’n holi amdano yn byw yn y gymuned ar CTO, nid oes modd rhoi meddyginiaeth iddyn nhw ar gyfer eu hanhwylder meddyliol os ydyn nhw’n gallu penderfynu ac yn dweud na. Os nad ydyn nhw’n gallu penderfynu, mae modd rhoi triniaeth iddyn nhw mewn rhai achosion, ond nid oes modd defnyddio grym oni bai ei bod yn argyfwng i atal niwed. Os cân nhw eu galw’n ôl i’r ysbyty, mae’r rheolau ar gyfer cleifion a gedwir yn gaeth yn berthnasol.
            [staff] Dim ond gydag awdurdod o dan adran 64C y mae modd trin claf cymunedol nad yw wedi’i alw’n ôl: eu cydsyniad eu hunain os oes ganddyn nhw alluedd, atwrnai, dirprwy neu’r Llys Gwarchod, neu adrannau 64D neu 64G os nad oes ganddyn nhw alluedd. Dim ond mewn argyfwng o dan adran 64G y mae modd defnyddio grym. Pan gaiff y claf ei alw’n ôl, mae Rhan 4 yn berthnasol.
           *[patient] Tra byddwch chi’n byw yn y gymuned ar CTO, nid oes modd rhoi meddyginiaeth i chi ar gyfer eich anhwylder meddyliol os ydych chi’n gallu penderfynu ac yn dweud na. Os nad ydych chi’n gallu penderfynu, mae modd rhoi triniaeth i chi mewn rhai achosion, ond nid oes modd defnyddio grym oni bai ei bod yn argyfwng i atal niwed. Os cewch chi eich galw’n ôl i’r ysbyty, mae’r rheolau ar gyfer cleifion a gedwir yn gaeth yn berthnasol.
        }

## Leave, recall and life after hospital

# "Section 17 leave" is the everyday name for leave of absence from hospital.
right-leave = Absenoldeb o’r ysbyty
    .body =
        { $audience ->
            [carer] Gall clinigydd cyfrifol y person rydych chi’n holi amdano (y gweithiwr proffesiynol sy’n gyfrifol am eu gofal) roi absenoldeb iddyn nhw, i fod i ffwrdd o’r ysbyty. Yr enw ar hyn yw absenoldeb adran 17. Gall fod amodau iddo, a gallan nhw gael eu galw’n ôl i’r ysbyty.
            [staff] Gall y clinigydd cyfrifol roi absenoldeb i’r claf (absenoldeb adran 17). Gall fod amodau iddo, a gellir galw’r claf yn ôl i’r ysbyty.
           *[patient] Gall eich clinigydd cyfrifol (y gweithiwr proffesiynol sy’n gyfrifol am eich gofal) roi absenoldeb i chi, i fod i ffwrdd o’r ysbyty. Yr enw ar hyn yw absenoldeb adran 17. Gall fod amodau iddo, a gallwch chi gael eich galw’n ôl i’r ysbyty.
        }
right-restricted-leave = Absenoldeb o’r ysbyty
    .body =
        { $audience ->
            [carer] Dim ond os yw’r Ysgrifennydd Gwladol dros Gyfiawnder (gweinidog yn y llywodraeth) yn cytuno y gall y person rydych chi’n holi amdano gael absenoldeb o’r ysbyty.
            [staff] Dim ond gyda chydsyniad yr Ysgrifennydd Gwladol dros Gyfiawnder y gellir rhoi absenoldeb i’r claf.
           *[patient] Dim ond os yw’r Ysgrifennydd Gwladol dros Gyfiawnder (gweinidog yn y llywodraeth) yn cytuno y gallwch chi gael absenoldeb o’r ysbyty.
        }
right-cto-conditions = Amodau CTO
    .body =
        { $audience ->
            [carer] Mae amodau ar CTO y person rydych chi’n holi amdano. Mae dau ohonyn nhw’n rhan o bob CTO: cael eu gweld gan feddyg neu glinigydd cymeradwy pan fydd y CTO yn cael ei ymestyn, a chan feddyg a benodwyd i roi ail farn (SOAD) pan fydd gofyn. Mae amodau eraill yn cael eu gosod gan y clinigydd cyfrifol, ac mae’n rhaid i weithiwr proffesiynol iechyd meddwl cymeradwy (AMHP) gytuno iddyn nhw. Mae modd galw’r person yn ôl i’r ysbyty am dorri un o’r ddau amod sydd gan bob CTO. Nid yw torri amod arall yn ddigon ar ei ben ei hun: dim ond os oes angen triniaeth arnyn nhw yn yr ysbyty, ac y byddai risg i’w hiechyd neu eu diogelwch, neu i bobl eraill, hebddi, y mae modd eu galw’n ôl.
            [staff] Mae dau amod yn orfodol (adran 17B(3)): bod ar gael i gael eu harchwilio ar gyfer estyn y CTO ac ar gyfer tystysgrif SOAD. Mae amodau eraill yn cael eu gosod gan y clinigydd cyfrifol gyda chytundeb AMHP. Mae torri amod gorfodol yn caniatáu galw’r claf yn ôl (adran 17E(2)); fel arall, mae angen seiliau adran 17E(1) i alw’n ôl, ac nid yw torri amod arall ar ei ben ei hun yn ddigon.
           *[patient] Mae amodau ar eich CTO. Mae dau ohonyn nhw’n rhan o bob CTO: cael eich gweld gan feddyg neu glinigydd cymeradwy pan fydd eich CTO yn cael ei ymestyn, a chan feddyg a benodwyd i roi ail farn (SOAD) pan fydd gofyn. Mae amodau eraill yn cael eu gosod gan eich clinigydd cyfrifol, ac mae’n rhaid i weithiwr proffesiynol iechyd meddwl cymeradwy (AMHP) gytuno iddyn nhw. Mae modd eich galw’n ôl i’r ysbyty am dorri un o’r ddau amod sydd gan bob CTO. Nid yw torri amod arall yn ddigon ar ei ben ei hun: dim ond os oes angen triniaeth arnoch chi yn yr ysbyty, ac y byddai risg i’ch iechyd neu eich diogelwch, neu i bobl eraill, hebddi, y mae modd eich galw’n ôl.
        }
right-cto-recall = Galw’n ôl i’r ysbyty
    .body =
        { $audience ->
            [carer] Gall clinigydd cyfrifol y person rydych chi’n holi amdano eu galw’n ôl i’r ysbyty am hyd at 72 awr. Yn ystod yr amser hwnnw, naill ai maen nhw’n cael gadael, neu mae’r CTO yn cael ei ddirymu (ei ganslo). Os caiff ei ddirymu, byddan nhw’n cael eu cadw’n gaeth yn yr ysbyty o dan eu hadran eto.
            [staff] Gall y clinigydd cyfrifol alw’r claf yn ôl i’r ysbyty am hyd at 72 awr. Yn ystod yr amser hwnnw, naill ai mae’r claf yn cael ei ryddhau, neu mae’r CTO yn cael ei ddirymu. Mae dirymu’r CTO yn golygu bod y claf yn cael ei gadw’n gaeth eto.
           *[patient] Gall eich clinigydd cyfrifol eich galw’n ôl i’r ysbyty am hyd at 72 awr. Yn ystod yr amser hwnnw, naill ai rydych chi’n cael gadael, neu mae eich CTO yn cael ei ddirymu (ei ganslo). Os caiff ei ddirymu, byddwch chi’n cael eich cadw’n gaeth yn yr ysbyty o dan eich adran eto.
        }
right-cto-length = Am faint mae CTO yn para
    .body = Mae CTO yn para hyd at 6 mis i ddechrau. Yna, mae modd ei adnewyddu am 6 mis arall, ac ar ôl hynny am 12 mis ar y tro.
right-guardianship-powers = Beth all gwarcheidwad ei wneud
    .body =
        { $audience ->
            [carer] Gall y gwarcheidwad ddweud ble mae’n rhaid i’r person rydych chi’n holi amdano fyw. Gall y gwarcheidwad hefyd fynnu eu bod nhw’n mynd i lefydd ar gyfer triniaeth, gwaith, addysg neu hyfforddiant, a’u bod nhw’n gadael i feddygon, gweithwyr proffesiynol iechyd meddwl cymeradwy (AMHP) neu bobl eraill y mae’r gwarcheidwad yn eu henwi eu gweld gartref. Ni all gwarcheidwad eu gorfodi i gael triniaeth.
            [staff] Gall y gwarcheidwad ei gwneud yn ofynnol i’r claf fyw mewn man penodol, i fynd i lefydd ar gyfer triniaeth, gwaith, addysg neu hyfforddiant, ac i roi mynediad i feddygon, gweithwyr proffesiynol iechyd meddwl cymeradwy neu bobl eraill sydd wedi’u henwi. Nid oes gan warcheidwad bŵer i drin heb gydsyniad.
           *[patient] Gall eich gwarcheidwad ddweud ble mae’n rhaid i chi fyw. Gall y gwarcheidwad hefyd fynnu eich bod chi’n mynd i lefydd ar gyfer triniaeth, gwaith, addysg neu hyfforddiant, a’ch bod chi’n gadael i feddygon, gweithwyr proffesiynol iechyd meddwl cymeradwy (AMHP) neu bobl eraill y mae’r gwarcheidwad yn eu henwi eich gweld gartref. Ni all gwarcheidwad eich gorfodi i gael triniaeth.
        }
right-guardianship-length = Am faint mae gwarcheidiaeth yn para
    .body = Mae gwarcheidiaeth yn para hyd at 6 mis i ddechrau. Yna, mae modd ei hadnewyddu.
right-conditional-discharge-conditions = Rhyddhad amodol
    .body =
        { $audience ->
            [carer] Mae’r person rydych chi’n holi amdano wedi gadael yr ysbyty gydag amodau, a osodwyd gan y Tribiwnlys neu gan yr Ysgrifennydd Gwladol dros Gyfiawnder (gweinidog yn y llywodraeth). Gall yr Ysgrifennydd Gwladol eu galw’n ôl i’r ysbyty.
            [staff] Mae amodau’r claf wedi cael eu gosod gan y Tribiwnlys neu gan yr Ysgrifennydd Gwladol dros Gyfiawnder. Gall yr Ysgrifennydd Gwladol eu galw’n ôl i’r ysbyty.
           *[patient] Rydych chi wedi gadael yr ysbyty gydag amodau, a osodwyd gan y Tribiwnlys neu gan yr Ysgrifennydd Gwladol dros Gyfiawnder (gweinidog yn y llywodraeth). Gall yr Ysgrifennydd Gwladol eich galw’n ôl i’r ysbyty.
        }
# "Section 117 after-care" is the everyday name for this right.
right-aftercare = Ôl-ofal
    .body =
        { $audience ->
            [carer] Pan fydd y person rydych chi’n holi amdano yn gadael yr ysbyty, mae ganddyn nhw’r hawl i gael ôl-ofal am ddim. Help a chymorth ar gyfer eu hiechyd meddwl yw hyn, i’w helpu i aros yn iach. Yr enw arno’n aml yw ôl-ofal adran 117.
            [staff] Mae gan y claf hawl i ôl-ofal adran 117 am ddim pan fyddan nhw’n gadael yr ysbyty.
           *[patient] Pan fyddwch chi’n gadael yr ysbyty, mae gennych chi’r hawl i gael ôl-ofal am ddim. Help a chymorth ar gyfer eich iechyd meddwl yw hyn, i’ch helpu i aros yn iach. Yr enw arno’n aml yw ôl-ofal adran 117.
        }

## Not detained, or held for a short time

right-informal-can-leave = Gadael yr ysbyty fel claf gwirfoddol
    .body =
        { $audience ->
            [carer] Fel claf gwirfoddol, gall y person rydych chi’n holi amdano ddewis gadael yr ysbyty. Ond gall meddyg, clinigydd cymeradwy neu nyrs eu hatal am gyfnod byr, er mwyn iddyn nhw gael eu hasesu. Os bydd hynny’n digwydd, gwiriwch eto a allan nhw gael IMHA.
            [staff] Gall claf anffurfiol ddewis gadael yr ysbyty. Ond gall meddyg, clinigydd cymeradwy neu nyrs eu dal am gyfnod byr o dan adran 5. Os bydd hynny’n digwydd, gwiriwch eto a allan nhw gael IMHA.
           *[patient] Fel claf gwirfoddol, gallwch chi ddewis gadael yr ysbyty. Ond gall meddyg, clinigydd cymeradwy neu nyrs eich atal am gyfnod byr, er mwyn i chi gael eich asesu. Os bydd hynny’n digwydd, gwiriwch eto a allwch chi gael IMHA.
        }
right-complaints-england = Gwneud cwyn
    .body =
        { $audience ->
            [carer] Gall y person rydych chi’n holi amdano, neu chi, gwyno i’r ysbyty neu’r gwasanaeth, gan ddefnyddio ei drefn gwyno. Os yw’r gŵyn am sut mae’r Ddeddf Iechyd Meddwl (Mental Health Act) wedi cael ei defnyddio, er enghraifft eu cadw’n gaeth neu eu trin o dan y Ddeddf, gallan nhw hefyd gwyno i’r Comisiwn Ansawdd Gofal (Care Quality Commission, CQC).
            [staff] Gall y claf ddefnyddio trefn gwyno’r ysbyty neu’r gwasanaeth. Gall cwynion am y defnydd o bwerau’r Ddeddf Iechyd Meddwl fynd hefyd at y Comisiwn Ansawdd Gofal (Care Quality Commission, CQC), sy’n ymchwilio iddyn nhw.
           *[patient] Gallwch chi gwyno i’r ysbyty neu’r gwasanaeth, gan ddefnyddio ei drefn gwyno. Os yw eich cwyn am sut mae’r Ddeddf Iechyd Meddwl (Mental Health Act) wedi cael ei defnyddio, er enghraifft eich cadw’n gaeth neu eich trin o dan y Ddeddf, gallwch chi hefyd gwyno i’r Comisiwn Ansawdd Gofal (Care Quality Commission, CQC).
        }
right-complaints-wales = Gwneud cwyn
    .body =
        { $audience ->
            [carer] Gall y person rydych chi’n holi amdano, neu chi, gwyno i’r ysbyty neu’r gwasanaeth, gan ddefnyddio ei drefn gwyno. Os yw’r gŵyn am sut mae’r Ddeddf Iechyd Meddwl (Mental Health Act) wedi cael ei defnyddio, gallan nhw hefyd gysylltu ag Arolygiaeth Gofal Iechyd Cymru (AGIC).
            [staff] Gall y claf ddefnyddio trefn gwyno’r bwrdd iechyd neu’r gwasanaeth. Gall cwynion am y defnydd o bwerau’r Ddeddf Iechyd Meddwl yng Nghymru fynd hefyd at Arolygiaeth Gofal Iechyd Cymru (AGIC).
           *[patient] Gallwch chi gwyno i’r ysbyty neu’r gwasanaeth, gan ddefnyddio ei drefn gwyno. Os yw eich cwyn am sut mae’r Ddeddf Iechyd Meddwl (Mental Health Act) wedi cael ei defnyddio, gallwch chi hefyd gysylltu ag Arolygiaeth Gofal Iechyd Cymru (AGIC).
        }
right-short-term-may-become-longer = Beth allai ddigwydd nesaf
    .body =
        { $audience ->
            [carer] Dim ond am gyfnod byr mae’r pwerau hyn yn para. Efallai y bydd y person rydych chi’n holi amdano yn cael ei asesu i weld a oes angen eu cadw’n gaeth yn yr ysbyty ar adran 2 neu 3. Os felly, gallan nhw gael IMHA wedyn.
            [staff] Pwerau tymor byr yw’r rhain. Efallai y bydd y claf yn cael ei asesu i weld a ddylid eu cadw’n gaeth o dan adran 2 neu 3. Os ydyn nhw’n cael eu cadw’n gaeth o dan y naill neu’r llall, gallan nhw gael IMHA wedyn.
           *[patient] Dim ond am gyfnod byr mae’r pwerau hyn yn para. Efallai y byddwch chi’n cael eich asesu i weld a oes angen eich cadw’n gaeth yn yr ysbyty ar adran 2 neu 3. Os felly, gallwch chi gael IMHA wedyn.
        }

## The same rights once the Mental Health Act 2025 changes them. These are
## shown only from the day each change starts.

right-section-2-tribunal-2025 = Gwneud cais i’r Tribiwnlys
    .body =
        { $audience ->
            [carer] Gall y person rydych chi’n holi amdano wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu dod â’u hadran i ben; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) yn ystod 21 diwrnod cyntaf eu hadran 2. Gall cyfreithiwr eu helpu i wneud cais, am ddim.
            [staff] Gall y claf wneud cais i’r Tribiwnlys (yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) yn ystod 21 diwrnod cyntaf eu hadran 2. Mae cymorth cyfreithiol am ddim gan gyfreithiwr ar gael ar gyfer achosion Tribiwnlys.
           *[patient] Gallwch chi wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu dod â’ch adran i ben; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) yn ystod 21 diwrnod cyntaf eich adran 2. Gall cyfreithiwr eich helpu i wneud cais, am ddim.
        }
right-section-3-tribunal-2025 = Gwneud cais i’r Tribiwnlys
    .body =
        { $audience ->
            [carer] Gall y person rydych chi’n holi amdano wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu dod â’u hadran i ben; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) unwaith yn ystod 3 mis cyntaf eu hadran 3, ac yna unwaith ym mhob cyfnod y caiff ei hadnewyddu. Gall cyfreithiwr eu helpu i wneud cais, am ddim.
            [staff] Gall y claf wneud cais i’r Tribiwnlys (yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) unwaith yn y 3 mis cyntaf, ac yna unwaith ym mhob cyfnod adnewyddu. Mae cymorth cyfreithiol am ddim gan gyfreithiwr ar gael ar gyfer achosion Tribiwnlys.
           *[patient] Gallwch chi wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu dod â’ch adran i ben; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru) unwaith yn ystod 3 mis cyntaf eich adran 3, ac yna unwaith ym mhob cyfnod y caiff ei hadnewyddu. Gall cyfreithiwr eich helpu i wneud cais, am ddim.
        }
right-section-3-referral-2025 = Pan fydd rheolwyr yr ysbyty yn anfon eich achos at y Tribiwnlys
    .body =
        { $audience ->
            [carer] Os nad yw’r Tribiwnlys wedi edrych ar achos y person rydych chi’n holi amdano yn y 3 mis cyntaf, mae’n rhaid i reolwyr yr ysbyty ei anfon. Mae’n rhaid iddyn nhw ei anfon eto os nad yw’r Tribiwnlys wedi edrych arno rhwng 3 a 12 mis, ac yna bob blwyddyn.
            [staff] Mae’n rhaid i’r rheolwyr gyfeirio’r achos os nad yw’r Tribiwnlys wedi’i ystyried yn y 3 mis cyntaf, eto os nad yw wedi’i ystyried rhwng 3 a 12 mis, ac yna ym mhob cyfnod o 12 mis.
           *[patient] Os nad yw’r Tribiwnlys wedi edrych ar eich achos yn y 3 mis cyntaf, mae’n rhaid i reolwyr yr ysbyty ei anfon. Mae’n rhaid iddyn nhw ei anfon eto os nad yw’r Tribiwnlys wedi edrych arno rhwng 3 a 12 mis, ac yna bob blwyddyn.
        }
right-section-3-length-2025 = Am faint mae adran 3 yn para
    .body = Mae adran 3 ar gyfer triniaeth. Mae’n para hyd at 3 mis i ddechrau. Yna, mae modd ei hadnewyddu am 3 mis arall, yna am 6 mis, ac ar ôl hynny am flwyddyn ar y tro.
right-consent-to-treatment-2025 = Meddyginiaeth a thriniaeth
    .body =
        { $audience ->
            [carer] Am y 2 fis cyntaf ar ôl i’r person rydych chi’n holi amdano gael meddyginiaeth am y tro cyntaf ar gyfer eu hanhwylder meddyliol tra eu bod nhw’n cael eu cadw’n gaeth, mae modd ei rhoi heb eu caniatâd. Ar ôl hynny, dim ond os ydyn nhw’n cytuno y mae modd ei rhoi, neu os yw meddyg a benodwyd i roi ail farn (SOAD) yn cytuno ei bod yn iawn. Mae modd rhoi triniaeth arall ar gyfer eu hanhwylder meddyliol, fel gofal nyrsio, heb eu caniatâd.
            [staff] Mae modd rhoi meddyginiaeth ar gyfer anhwylder meddyliol heb gydsyniad am 2 fis o’r tro cyntaf y caiff ei rhoi tra bod y claf yn cael ei gadw’n gaeth. Ar ôl hynny, mae angen cydsyniad y claf, neu mae’n rhaid i SOAD ei hardystio. Mae modd rhoi triniaeth arall ar gyfer anhwylder meddyliol heb gydsyniad.
           *[patient] Am y 2 fis cyntaf ar ôl i chi gael meddyginiaeth am y tro cyntaf ar gyfer eich anhwylder meddyliol tra byddwch chi’n cael eich cadw’n gaeth, mae modd ei rhoi heb eich caniatâd. Ar ôl hynny, dim ond os ydych chi’n cytuno y mae modd ei rhoi, neu os yw meddyg a benodwyd i roi ail farn (SOAD) yn cytuno ei bod yn iawn. Mae modd rhoi triniaeth arall ar gyfer eich anhwylder meddyliol, fel gofal nyrsio, heb eich caniatâd.
        }
# "nominated person": "person enwebedig" is a draft term, for review by a qualified translator.
right-nominated-person-discharge = Y person enwebedig
    .body =
        { $audience ->
            [carer] Gall person enwebedig y person rydych chi’n holi amdano (rhywun a ddewison nhw, neu rywun a benodwyd ar eu cyfer) orchymyn eu bod yn cael eu rhyddhau, drwy roi rhybudd ysgrifenedig i reolwyr yr ysbyty. Gall y clinigydd cyfrifol atal hyn os byddai’r person yn debygol o fod yn beryglus iddyn nhw eu hunain neu i bobl eraill. Wedyn, ni all y person enwebedig orchymyn rhyddhau eto am 3 mis.
            [staff] Gall person enwebedig y claf orchymyn eu bod yn cael eu rhyddhau drwy roi rhybudd ysgrifenedig i’r rheolwyr. Gall y clinigydd cyfrifol wahardd hyn os byddai’r claf yn debygol o ymddwyn yn beryglus; wedyn ni all y person enwebedig orchymyn rhyddhau eto am 3 mis.
           *[patient] Gall eich person enwebedig (rhywun a ddewisoch chi, neu rywun a benodwyd ar eich cyfer) orchymyn eich bod yn cael eich rhyddhau, drwy roi rhybudd ysgrifenedig i reolwyr yr ysbyty. Gall eich clinigydd cyfrifol atal hyn os byddech chi’n debygol o fod yn beryglus i chi eich hun neu i bobl eraill. Wedyn, ni all eich person enwebedig orchymyn eich bod yn cael eich rhyddhau eto am 3 mis.
        }
right-nominated-person-cannot-discharge = Y person enwebedig
    .body =
        { $audience ->
            [carer] Ni all person enwebedig y person rydych chi’n holi amdano ddod â gorchymyn ysbyty i ben. Ond gallan nhw wneud cais i’r Tribiwnlys ar ran y person, ar yr un adegau ag y gall y person ei hun wneud cais.
            [staff] Ni all person enwebedig y claf orchymyn rhyddhau o orchymyn ysbyty. Gallan nhw wneud cais i’r Tribiwnlys yn yr un cyfnodau â’r claf.
           *[patient] Ni all eich person enwebedig (rhywun a ddewisoch chi, neu rywun a benodwyd ar eich cyfer) ddod â gorchymyn ysbyty i ben. Ond gallan nhw wneud cais i’r Tribiwnlys ar eich rhan, ar yr un adegau ag y gallwch chi.
        }
right-section-37-referral-2025 = Pan fydd rheolwyr yr ysbyty yn anfon eich achos at y Tribiwnlys
    .body =
        { $audience ->
            [carer] Os bydd 12 mis yn mynd heibio heb i’r Tribiwnlys edrych ar achos y person rydych chi’n holi amdano, mae’n rhaid i reolwyr yr ysbyty ei anfon at y Tribiwnlys.
            [staff] Mae’n rhaid i’r rheolwyr gyfeirio’r achos os nad yw’r Tribiwnlys wedi’i ystyried yn ystod y 12 mis diwethaf.
           *[patient] Os bydd 12 mis yn mynd heibio heb i’r Tribiwnlys edrych ar eich achos, mae’n rhaid i reolwyr yr ysbyty ei anfon at y Tribiwnlys.
        }
right-cto-referral-2025 = Pan fydd rheolwyr yr ysbyty yn anfon eich achos at y Tribiwnlys
    .body =
        { $audience ->
            [carer] Os nad yw’r Tribiwnlys wedi edrych ar achos y person rydych chi’n holi amdano yn 6 mis cyntaf eu CTO, mae’n rhaid i reolwyr yr ysbyty ei anfon. Mae’n rhaid iddyn nhw ei anfon eto os nad yw’r Tribiwnlys wedi edrych arno rhwng 6 a 12 mis, ac yna bob blwyddyn.
            [staff] Mae’n rhaid i’r rheolwyr gyfeirio’r achos os nad yw’r Tribiwnlys wedi’i ystyried yn y 6 mis cyntaf, eto os nad yw wedi’i ystyried rhwng 6 a 12 mis, ac yna ym mhob cyfnod o 12 mis.
           *[patient] Os nad yw’r Tribiwnlys wedi edrych ar eich achos yn 6 mis cyntaf eich CTO, mae’n rhaid i reolwyr yr ysbyty ei anfon. Mae’n rhaid iddyn nhw ei anfon eto os nad yw’r Tribiwnlys wedi edrych arno rhwng 6 a 12 mis, ac yna bob blwyddyn.
        }
right-guardianship-discharge-2025 = Dod â gwarcheidiaeth i ben
    .body =
        { $audience ->
            [carer] Gall y clinigydd cyfrifol, y cyngor sy’n gyfrifol amdani (yr awdurdod gwasanaethau cymdeithasol lleol), neu berson enwebedig y person rydych chi’n holi amdano ddod â’r warcheidiaeth i ben. Gall y person ysgrifennu at y cyngor i ofyn iddo ddod â’u gwarcheidiaeth i ben.
            [staff] Gall y clinigydd cyfrifol, yr awdurdod gwasanaethau cymdeithasol lleol cyfrifol neu’r person enwebedig ryddhau’r claf o warcheidiaeth. Gall y claf ysgrifennu at yr awdurdod i ofyn iddo ddod â’u gwarcheidiaeth i ben.
           *[patient] Gall eich clinigydd cyfrifol, y cyngor sy’n gyfrifol amdani (yr awdurdod gwasanaethau cymdeithasol lleol), neu eich person enwebedig ddod â’ch gwarcheidiaeth i ben. Gallwch chi ysgrifennu at y cyngor i ofyn iddo ddod â’ch gwarcheidiaeth i ben.
        }
right-nominated-person-change = Newid eich person enwebedig
    .body =
        { $audience ->
            [carer] Gall y person rydych chi’n holi amdano ddewis person enwebedig gwahanol, yn ysgrifenedig. Gall y llys sirol hefyd ddod â phenodiad person enwebedig i ben. Gall y person ofyn i’r ysbyty beidio ag anfon copïau o wybodaeth amdanyn nhw at eu person enwebedig.
            [staff] Gall y claf benodi person enwebedig gwahanol yn ysgrifenedig; gall y llys sirol ddod â phenodiad i ben. Gall y claf ofyn i’r person enwebedig beidio â chael copïau o’r wybodaeth sy’n cael ei rhoi iddyn nhw.
           *[patient] Gallwch chi ddewis person enwebedig gwahanol, yn ysgrifenedig. Gall y llys sirol hefyd ddod â phenodiad person enwebedig i ben. Gallwch chi ofyn i’r ysbyty beidio ag anfon copïau o wybodaeth amdanoch chi at eich person enwebedig.
        }

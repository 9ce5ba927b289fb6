# SPDX-License-Identifier: MIT OR Apache-2.0

### What an independent mental health advocate (IMHA) does and cannot do,
### and what staff must do to tell patients about IMHAs.
### Every message receives $audience: "patient", "carer" or "staff".

## What an IMHA can do

advocate-heading =
    { $audience ->
        [carer] Beth all IMHA ei wneud i’r person
        [staff] Beth all IMHA ei wneud i’r claf
       *[patient] Beth all IMHA ei wneud i chi
    }
advocate-intro =
    { $audience ->
        [carer] Eiriolwr hyfforddedig sy’n annibynnol ar yr ysbyty yw IMHA. Mae eu help am ddim. Mae’r hyn mae’r person rydych chi’n holi amdano yn ei ddweud wrthyn nhw yn cael ei gadw’n breifat, ond efallai y bydd angen i’r IMHA ei rannu os oes rhywun mewn perygl difrifol.
        [staff] Eiriolwr hyfforddedig sy’n annibynnol ar yr ysbyty yw IMHA. Mae eu help am ddim ac yn gyfrinachol, ond efallai y bydd angen iddyn nhw rannu gwybodaeth os oes rhywun mewn perygl difrifol.
       *[patient] Eiriolwr hyfforddedig sy’n annibynnol ar yr ysbyty yw IMHA. Mae eu help am ddim. Mae’r hyn rydych chi’n ei ddweud wrthyn nhw yn cael ei gadw’n breifat, ond efallai y bydd angen iddyn nhw ei rannu os oes rhywun mewn perygl difrifol.
    }
advocate-understand-rights =
    { $audience ->
        [carer] Gallan nhw helpu’r person rydych chi’n holi amdano i ddeall eu hadran, unrhyw amodau neu gyfyngiadau arnyn nhw, a’u hawliau.
        [staff] Gallan nhw helpu’r claf i ddeall y gyfraith sy’n berthnasol iddyn nhw, unrhyw amodau neu gyfyngiadau arnyn nhw, a’u hawliau.
       *[patient] Gallan nhw eich helpu chi i ddeall eich adran, unrhyw amodau neu gyfyngiadau arnoch chi, a’ch hawliau.
    }
advocate-understand-treatment =
    { $audience ->
        [carer] Gallan nhw helpu’r person rydych chi’n holi amdano i gael gwybod am eu triniaeth: beth yw hi, pam maen nhw’n ei chael, pa gyfraith sy’n ei chaniatáu, a pha reolau sy’n eu diogelu.
        [staff] Gallan nhw helpu’r claf i gael gwybod am eu triniaeth: beth sy’n cael ei roi, ei gynnig neu ei drafod, pam, o dan ba awdurdod, a’r mesurau diogelu sy’n berthnasol.
       *[patient] Gallan nhw eich helpu chi i gael gwybod am eich triniaeth: beth yw hi, pam rydych chi’n ei chael, pa gyfraith sy’n ei chaniatáu, a pha reolau sy’n eich diogelu.
    }
advocate-use-rights =
    { $audience ->
        [carer] Gallan nhw helpu’r person rydych chi’n holi amdano i ddefnyddio eu hawliau, er enghraifft i wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu dod â’u hadran i ben; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru).
        [staff] Gallan nhw helpu’r claf i arfer eu hawliau, er enghraifft i wneud cais i’r Tribiwnlys.
       *[patient] Gallan nhw eich helpu chi i ddefnyddio eich hawliau, er enghraifft i wneud cais i’r Tribiwnlys (panel annibynnol sy’n gallu dod â’ch adran i ben; yng Nghymru, Tribiwnlys Adolygu Iechyd Meddwl Cymru).
    }
advocate-speak-for-you =
    { $audience ->
        [carer] Gallan nhw siarad ar ran y person rydych chi’n holi amdano, neu eu cefnogi i siarad drostyn nhw eu hunain, er enghraifft mewn cyfarfodydd gyda staff.
        [staff] Gallan nhw gynrychioli’r claf a siarad ar eu rhan, er enghraifft mewn cyfarfodydd gyda staff.
       *[patient] Gallan nhw siarad ar eich rhan, neu eich cefnogi i siarad drosoch chi eich hun, er enghraifft mewn cyfarfodydd gyda staff.
    }
advocate-take-part-in-decisions =
    { $audience ->
        [carer] Gallan nhw helpu’r person rydych chi’n holi amdano i gymryd rhan mewn penderfyniadau am eu gofal a’u triniaeth, gan gynnwys drwy siarad ar eu rhan.
        [staff] Gallan nhw helpu’r claf i ymwneud â phenderfyniadau am eu gofal a’u triniaeth, gan gynnwys drwy eu cynrychioli.
       *[patient] Gallan nhw eich helpu chi i gymryd rhan mewn penderfyniadau am eich gofal a’ch triniaeth, gan gynnwys drwy siarad ar eich rhan.
    }
advocate-complain =
    { $audience ->
        [carer] Gallan nhw helpu’r person rydych chi’n holi amdano i gwyno am eu gofal neu eu triniaeth.
        [staff] Gallan nhw helpu’r claf i gwyno am eu gofal neu eu triniaeth, gan gynnwys drwy eu cynrychioli.
       *[patient] Gallan nhw eich helpu chi i gwyno am eich gofal neu eich triniaeth.
    }
advocate-other-services =
    { $audience ->
        [carer] Gallan nhw ddweud wrth y person rydych chi’n holi amdano pa wasanaethau eraill a allai eu helpu.
        [staff] Gallan nhw roi gwybodaeth i’r claf am wasanaethau eraill sydd ar gael iddyn nhw, neu a allai fod ar gael iddyn nhw.
       *[patient] Gallan nhw ddweud wrthych chi am wasanaethau eraill a allai eich helpu.
    }
advocate-meet-in-private =
    { $audience ->
        [carer] Gallan nhw gwrdd â’r person rydych chi’n holi amdano yn breifat. Gallan nhw hefyd siarad â’r gweithwyr proffesiynol sy’n eu trin.
        [staff] Gallan nhw ymweld â’r claf a siarad â nhw yn breifat, a siarad â’r gweithwyr proffesiynol sy’n ymwneud â’u triniaeth.
       *[patient] Gallan nhw gwrdd â chi yn breifat. Gallan nhw hefyd siarad â’r gweithwyr proffesiynol sy’n eich trin.
    }
# The IMHA can see records of detention, treatment and after-care, and
# council records, with the patient's consent; if the patient lacks capacity,
# only relevant records, and not against a decision of an attorney, deputy or
# the Court of Protection.
advocate-see-records =
    { $audience ->
        [carer] Gallan nhw weld cofnodion y person rydych chi’n holi amdano, gan yr ysbyty neu’r cyngor, os yw’r person yn cytuno. Os nad yw’r person yn gallu penderfynu, y person sy’n cadw’r cofnodion sy’n penderfynu: dim ond cofnodion sy’n berthnasol, dim ond os yw’n briodol, ac nid yn groes i benderfyniad gan rywun sydd â phŵer cyfreithiol i benderfynu ar ran y person.
        [staff] Gallan nhw weld cofnodion ysbyty a chyngor y claf gyda chydsyniad y claf. Os nad oes gan y claf alluedd, deiliad y cofnodion sy’n penderfynu a yw’r cofnodion yn berthnasol i help yr IMHA ac a yw mynediad yn briodol, ac ni ddylai mynediad wrthdaro â phenderfyniad gan atwrnai, dirprwy neu’r Llys Gwarchod.
       *[patient] Gallan nhw weld eich cofnodion, gan yr ysbyty neu’r cyngor, os ydych chi’n cytuno. Os nad ydych chi’n gallu penderfynu, y person sy’n cadw’r cofnodion sy’n penderfynu: dim ond cofnodion sy’n berthnasol, dim ond os yw’n briodol, ac nid yn groes i benderfyniad gan rywun sydd â phŵer cyfreithiol i benderfynu ar eich rhan.
    }
# An approved mental health professional (AMHP) is a trained professional,
# often a social worker, with duties under the Mental Health Act.
advocate-visit-requests =
    { $audience ->
        [carer] Gall y perthynas agosaf, y clinigydd cyfrifol neu weithiwr proffesiynol iechyd meddwl cymeradwy (AMHP) ofyn i IMHA ymweld â’r person rydych chi’n holi amdano. Gall y person ddweud na wrth help yr IMHA o hyd.
        [staff] Gall y perthynas agosaf, y clinigydd cyfrifol neu weithiwr proffesiynol iechyd meddwl cymeradwy (AMHP) ofyn i IMHA ymweld â’r claf. Gall y claf wrthod help yr IMHA o hyd.
       *[patient] Gall eich perthynas agosaf, eich clinigydd cyfrifol neu weithiwr proffesiynol iechyd meddwl cymeradwy (AMHP) ofyn i IMHA ymweld â chi. Gallwch chi ddweud na wrth help yr IMHA o hyd.
    }

advocate-visit-requests-wales-compulsory =
    { $audience ->
        [carer] Gall unrhyw un o’r rhain ofyn i IMHA ymweld: y person rydych chi’n holi amdano ei hun, eu perthynas agosaf, eu clinigydd cyfrifol, gweithiwr proffesiynol iechyd meddwl cymeradwy (AMHP), gweithiwr cymdeithasol, rheolwyr yr ysbyty, neu rywun sydd â phŵer cyfreithiol i benderfynu ar eu rhan. Gall y person ddweud na wrth help yr IMHA o hyd.
        [staff] Gall unrhyw un o’r rhain ofyn i IMHA ymweld: y claf ei hun, eu perthynas agosaf, y clinigydd cyfrifol, AMHP, gweithiwr cymdeithasol sy’n ymwneud â’r claf, rheolwyr yr ysbyty, neu atwrnai neu ddirprwy’r claf. Gall y claf wrthod help yr IMHA o hyd.
       *[patient] Gall unrhyw un o’r rhain ofyn i IMHA ymweld â chi: chi eich hun, eich perthynas agosaf, eich clinigydd cyfrifol, gweithiwr proffesiynol iechyd meddwl cymeradwy (AMHP), gweithiwr cymdeithasol, rheolwyr yr ysbyty, neu rywun sydd â phŵer cyfreithiol i benderfynu ar eich rhan. Gallwch chi ddweud na wrth help yr IMHA o hyd.
    }
advocate-visit-requests-wales-informal =
    { $audience ->
        [carer] Gall unrhyw un o’r rhain ofyn i IMHA ymweld: y person rydych chi’n holi amdano ei hun, eu gofalwr, gweithiwr cymdeithasol, rheolwyr yr ysbyty, neu rywun sydd â phŵer cyfreithiol i benderfynu ar eu rhan. Gall y person ddweud na wrth help yr IMHA o hyd.
        [staff] Gall unrhyw un o’r rhain ofyn i IMHA ymweld: y claf ei hun, eu gofalwr, gweithiwr cymdeithasol sy’n ymwneud â’r claf, rheolwyr yr ysbyty, neu atwrnai neu ddirprwy’r claf. Gall y claf wrthod help yr IMHA o hyd.
       *[patient] Gall unrhyw un o’r rhain ofyn i IMHA ymweld â chi: chi eich hun, eich gofalwr, gweithiwr cymdeithasol, rheolwyr yr ysbyty, neu rywun sydd â phŵer cyfreithiol i benderfynu ar eich rhan. Gallwch chi ddweud na wrth help yr IMHA o hyd.
    }
# "nominated person": "person enwebedig" is a draft term, for review by a qualified translator.
advocate-visit-requests-nominated-person =
    { $audience ->
        [carer] Gall y person enwebedig, y clinigydd cyfrifol neu weithiwr proffesiynol iechyd meddwl cymeradwy (AMHP) ofyn i IMHA ymweld â’r person rydych chi’n holi amdano. Gall y person ddweud na wrth help yr IMHA o hyd.
        [staff] Gall y person enwebedig, y clinigydd cyfrifol neu AMHP ofyn i IMHA ymweld â’r claf. Gall y claf wrthod help yr IMHA o hyd.
       *[patient] Gall eich person enwebedig, eich clinigydd cyfrifol neu weithiwr proffesiynol iechyd meddwl cymeradwy (AMHP) ofyn i IMHA ymweld â chi. Gallwch chi ddweud na wrth help yr IMHA o hyd.
    }
advocate-visit-requests-wales-compulsory-nominated-person =
    { $audience ->
        [carer] Gall unrhyw un o’r rhain ofyn i IMHA ymweld: y person rydych chi’n holi amdano ei hun, eu person enwebedig, eu clinigydd cyfrifol, gweithiwr proffesiynol iechyd meddwl cymeradwy (AMHP), gweithiwr cymdeithasol, rheolwyr yr ysbyty, neu rywun sydd â phŵer cyfreithiol i benderfynu ar eu rhan. Gall y person ddweud na wrth help yr IMHA o hyd.
        [staff] Gall unrhyw un o’r rhain ofyn i IMHA ymweld: y claf ei hun, eu person enwebedig, y clinigydd cyfrifol, AMHP, gweithiwr cymdeithasol sy’n ymwneud â’r claf, rheolwyr yr ysbyty, neu atwrnai neu ddirprwy’r claf. Gall y claf wrthod help yr IMHA o hyd.
       *[patient] Gall unrhyw un o’r rhain ofyn i IMHA ymweld â chi: chi eich hun, eich person enwebedig, eich clinigydd cyfrifol, gweithiwr proffesiynol iechyd meddwl cymeradwy (AMHP), gweithiwr cymdeithasol, rheolwyr yr ysbyty, neu rywun sydd â phŵer cyfreithiol i benderfynu ar eich rhan. Gallwch chi ddweud na wrth help yr IMHA o hyd.
    }

## What an IMHA cannot do

advocate-limits-heading = Beth na all IMHA ei wneud
advocate-not-a-lawyer =
    { $audience ->
        [carer] Nid cyfreithiwr yw IMHA. Gallan nhw helpu’r person rydych chi’n holi amdano i ddod o hyd i gyfreithiwr ar gyfer y Tribiwnlys.
        [staff] Nid cyfreithiwr yw IMHA, ac nid yw’n cymryd lle cyfreithiwr yn y Tribiwnlys. Gallan nhw helpu’r claf i ddod o hyd i gyfreithiwr.
       *[patient] Nid cyfreithiwr yw IMHA. Gallan nhw eich helpu chi i ddod o hyd i gyfreithiwr ar gyfer y Tribiwnlys.
    }
advocate-no-decisions =
    { $audience ->
        [carer] Ni all IMHA wneud penderfyniadau ar ran y person rydych chi’n holi amdano, ac ni all ddweud wrth staff beth i’w wneud. Maen nhw’n helpu i wneud yn siŵr bod barn y person yn cael ei chlywed.
        [staff] Ni all IMHA wneud penderfyniadau ar ran y claf, ac ni all ddweud wrth staff beth i’w wneud. Maen nhw’n helpu i wneud yn siŵr bod barn y claf yn cael ei chlywed.
       *[patient] Ni all IMHA wneud penderfyniadau ar eich rhan, ac ni all ddweud wrth staff beth i’w wneud. Maen nhw’n helpu i wneud yn siŵr bod eich barn yn cael ei chlywed.
    }
advocate-can-say-no =
    { $audience ->
        [carer] Gall y person rydych chi’n holi amdano ddweud na wrth IMHA. Gallan nhw newid eu meddwl yn nes ymlaen.
        [staff] Gall y claf wrthod help gan IMHA, a gallan nhw newid eu meddwl yn nes ymlaen.
       *[patient] Gallwch chi ddweud na wrth IMHA. Gallwch chi newid eich meddwl yn nes ymlaen.
    }
advocate-not-imca = Mae IMHA yn wahanol i Eiriolwr Galluedd Meddyliol Annibynnol (IMCA). Mae IMCA yn helpu pobl nad ydyn nhw’n gallu gwneud penderfyniad ac nad oes ganddyn nhw neb arall i’w helpu. Gall person gael y ddau.

## What staff must do (shown to staff only)

duty-heading = Beth mae’n rhaid i staff ei wneud
duty-intro = Mae’r gyfraith yn dweud bod rhaid i’r person cyfrifol gymryd y camau sy’n ymarferol iddyn nhw i wneud yn siŵr bod y claf yn deall pa help y gall IMHA ei roi a sut i’w gael.
duty-who-hospital-managers = Pwy sy’n gorfod gwneud hyn: rheolwyr yr ysbyty. Yn ymarferol, staff y ward sy’n gwneud hyn ar eu rhan fel arfer.
duty-who-responsible-clinician = Pwy sy’n gorfod gwneud hyn: clinigydd cyfrifol y claf, oherwydd bod y claf wedi cael rhyddhad amodol.
duty-who-local-authority = Pwy sy’n gorfod gwneud hyn: yr awdurdod gwasanaethau cymdeithasol lleol cyfrifol (y cyngor sy’n gyfrifol am y warcheidiaeth).
duty-who-responsible-hospital = Pwy sy’n gorfod gwneud hyn: rheolwyr yr ysbyty cyfrifol (yr ysbyty sy’n gyfrifol am CTO y claf).
duty-who-doctor-discussing-treatment = Pwy sy’n gorfod gwneud hyn: y meddyg neu’r clinigydd cymeradwy sy’n trafod y driniaeth gyda’r claf.
# In Wales, an informal in-patient qualifies when they become an in-patient.
duty-as-soon-as-practicable = Pryd: cyn gynted ag y bo’n ymarferol ar ôl i’r claf ddod yn gymwys. Dyna pryd maen nhw’n cael eu cadw’n gaeth, yn cael eu rhoi ar CTO, yn cael eu derbyn i warcheidiaeth, neu pan fydd y driniaeth yn cael ei thrafod. Ar gyfer claf mewnol anffurfiol yng Nghymru, dyna pryd maen nhw’n dod yn glaf mewnol.
duty-orally-and-in-writing = Sut: dywedwch wrth y claf ar lafar ac yn ysgrifenedig.
duty-copy-to-nearest-relative = Oni bai bod y claf yn gofyn i chi beidio, rhowch gopi o’r wybodaeth ysgrifenedig i’r person sy’n ymddangos fel eu perthynas agosaf, lle bo’n ymarferol. Gwnewch hyn pan fyddwch chi’n dweud wrth y claf, neu o fewn amser rhesymol wedyn. Nid yw hyn yn berthnasol i gleifion ar adrannau llys neu garchar.
duty-copy-to-nominated-person = Oni bai bod y claf yn gofyn i chi beidio, rhowch gopi o’r wybodaeth ysgrifenedig i’r person sy’n ymddangos fel eu person enwebedig. Gwnewch hyn pan fyddwch chi’n dweud wrth y claf, neu o fewn amser rhesymol wedyn.
# Wales, informal patients: section 130L(6) lists who gets the copy.
duty-copy-to-informal-patients-people = Oni bai bod y claf yn gofyn i chi beidio, rhowch gopi o’r wybodaeth ysgrifenedig i’r bobl y mae adran 130L(6) yn eu henwi. Gwiriwch destun yr adran i weld pwy ydyn nhw.
duty-repeat-at-key-moments = Ailadroddwch y wybodaeth ar adegau allweddol: wrth dderbyn y claf, pan fydd yr adran yn newid, a chyn rowndiau ward, adolygiadau meddyginiaeth, adnewyddiadau a gwrandawiadau Tribiwnlys.
duty-check-understanding = Gwiriwch fod y claf wedi deall. Os ydyn nhw’n rhy sâl i’w ddeall, rhowch gynnig arall arni yn nes ymlaen. Defnyddiwch gyfieithydd ar y pryd neu wybodaeth hawdd ei deall os oes angen.
duty-help-to-contact = Helpwch y claf i gysylltu â’r gwasanaeth IMHA, er enghraifft drwy roi ffôn iddyn nhw y gallan nhw ei ddefnyddio’n breifat. Cofnodwch beth wnaethoch chi.

# SPDX-License-Identifier: MIT OR Apache-2.0

### What NHS trusts add: their local IMHA provider's contact details,
### ward posters with a QR code, and a page for staff.

## The local IMHA provider, as the trust configured it

# Before the provider's name.
provider-intro = Eich gwasanaeth IMHA lleol yw:
provider-phone = Ffôn
provider-text = Neges destun
provider-email = E-bost
provider-hours = Oriau agor
provider-referral = Gofyn am eiriolwr ar-lein
provider-bsl = Iaith Arwyddion Prydain (BSL)
# When the trust's settings could not be used; the page then shows contact-default.
provider-unavailable = Nid oedd modd i ni ddangos manylion eich gwasanaeth IMHA lleol.

## Page for staff

staff-heading = Dweud wrth gleifion am eiriolwyr iechyd meddwl annibynnol
staff-intro = Mae’r gyfraith yn dweud bod rhaid helpu cleifion sy’n gallu cael IMHA i ddeall beth all IMHA ei wneud a sut i gael un. Dyma’r ddyletswydd i roi gwybodaeth.
staff-who-heading = Pwy mae’n rhaid dweud wrthyn nhw
staff-who = Pob claf sy’n gallu cael IMHA. Yn Lloegr: cleifion sy’n agored i gael eu cadw’n gaeth o dan unrhyw adran ac eithrio’r pwerau dal (adrannau 4, 5(2) a 5(4)) a mannau diogel (adrannau 135 a 136), er enghraifft adrannau 2, 3, 35 i 38, 45A, 47 a 48, gan gynnwys tra byddan nhw ar absenoldeb; cleifion ar orchymyn triniaeth gymunedol, o dan warcheidiaeth neu ar ryddhad amodol; ac unrhyw un sy’n trafod llawdriniaeth ar yr ymennydd ar gyfer anhwylder meddyliol, mewnblaniad hormon i leihau ysfa rywiol neu (os ydyn nhw o dan 18 oed) ECT. Yng Nghymru: yr un cleifion, a hefyd cleifion o dan adrannau 4, 5(2) a 5(4), a phob claf mewnol anffurfiol sy’n cael asesiad neu driniaeth ar gyfer anhwylder meddyliol. Nid yw mannau diogel yn gymwys yn y naill wlad na’r llall.
staff-when-heading = Pryd i ddweud wrthyn nhw
staff-when-detention = Cyn gynted ag y bo’n ymarferol ar ôl iddyn nhw allu cael IMHA: pan fyddan nhw’n cael eu cadw’n gaeth, eu rhoi ar CTO, eu derbyn i warcheidiaeth neu’n cael rhyddhad amodol, neu tra bo triniaeth sy’n rhoi’r hawl yn cael ei thrafod.
staff-when-change = Pan fydd eu hadran yn newid, er enghraifft o adran 2 i adran 3.
staff-when-ward-rounds = Cyn rowndiau ward ac adolygiadau gofal.
staff-when-tribunal = Cyn gwrandawiadau’r Tribiwnlys a gwrandawiadau rheolwyr yr ysbyty, a phan fydd adran yn cael ei hadnewyddu.
staff-when-medication = Cyn adolygiadau meddyginiaeth, a phan fydd meddyg a benodwyd i roi ail farn (SOAD) yn dod i ymweld.
staff-how-heading = Sut i ddweud wrthyn nhw
staff-how = Dywedwch wrthyn nhw ar lafar, a rhowch y wybodaeth iddyn nhw yn ysgrifenedig. Gwiriwch eu bod nhw wedi deall. Os ydyn nhw’n rhy sâl, rhowch gynnig arall arni yn nes ymlaen. Defnyddiwch gyfieithydd ar y pryd, gwybodaeth Hawdd ei Deall (Easy Read) neu Iaith Arwyddion Prydain (BSL) pan fo angen.
staff-nearest-relative = Oni bai bod y claf yn gwrthwynebu, anfonwch gopi o’r wybodaeth ysgrifenedig at eu perthynas agosaf. Mae hyn ar gyfer cleifion a gedwir yn gaeth, cleifion cymunedol a chleifion o dan warcheidiaeth, ond nid ar gyfer cleifion ar adrannau llys neu garchar, nac ar gyfer cleifion sy’n gymwys dim ond oherwydd trafodaeth am driniaeth. Yng Nghymru, mae copi claf anffurfiol yn mynd at y bobl y mae adran 130L(6) yn eu henwi.
# "nominated person": "person enwebedig" is a draft term, for review by a qualified translator.
staff-nominated-person = Oni bai bod y claf yn gwrthwynebu, anfonwch gopi o’r wybodaeth ysgrifenedig at eu person enwebedig. Nid yw hyn ar gyfer cleifion sy’n gymwys dim ond oherwydd trafodaeth am driniaeth. Yng Nghymru, mae copi claf anffurfiol yn mynd at y bobl y mae adran 130L(6) yn eu henwi.
staff-referral-heading = Sut i wneud atgyfeiriad
staff-referral = Gall cleifion gysylltu â’r gwasanaeth IMHA eu hunain. Gall staff atgyfeirio hefyd, gyda chytundeb y claf, neu pan nad yw’r claf yn gallu penderfynu a byddai IMHA yn eu helpu. Rhowch enw’r claf, y ward, yr adran a dyddiad unrhyw wrandawiad i’r gwasanaeth IMHA.
staff-cqc-heading = Beth mae’r Comisiwn Ansawdd Gofal yn Lloegr (Care Quality Commission) yn chwilio amdano
staff-cqc = Mae arolygwyr yn gwirio bod cleifion wedi cael gwybod am eiriolwyr iechyd meddwl annibynnol (IMHA) pan ddaethon nhw’n gymwys ac eto wedyn, bod hyn wedi’i gofnodi, a bod cleifion wedi gallu cysylltu ag IMHA yn hawdd, gan gynnwys drwy ffôn preifat.
staff-print = Argraffu’r rhestr wirio hon
# Links to the questions, to see what one patient can have.
staff-patient-link = Gwirio beth all un claf ei gael: eu IMHA, eu hawliau a’ch dyletswyddau chi

## Ward posters

poster-link = Gwneud poster ar gyfer y ward
poster-heading = Gwneud poster ar gyfer y ward
poster-intro = Gwnewch boster A4 gyda chod QR sy’n agor y gwasanaeth hwn yn yr iaith gywir a gyda manylion eich gwasanaeth IMHA lleol.
poster-language-label = Iaith y poster
poster-provider-label = Gwasanaeth IMHA
# The last choice of IMHA service, when staff want another one or the trust has set none: they then type its name and phone.
poster-provider-none = Dim un o’r rhain: teipiwch fanylion y gwasanaeth isod
poster-name-label = Enw’r gwasanaeth IMHA
poster-name-hint = Fel y dylai ymddangos ar y poster. Dim ond ar gyfer y poster hwn y caiff ei ddefnyddio, ac ni chaiff ei gadw.
poster-phone-label = Rhif ffôn y gwasanaeth IMHA
# A UK phone number example; keep the digits as they are.
poster-phone-hint = Rhif yn y DU, er enghraifft 0300 123 4567. Dim ond ar gyfer y poster hwn y caiff ei ddefnyddio, ac ni chaiff ei gadw.
poster-phone-error = Rhowch rif ffôn yn y DU, fel 0300 123 4567 neu +44 300 123 4567
poster-url-label = Cyfeiriad gwe cyhoeddus y gwasanaeth hwn
poster-url-hint = Y cyfeiriad y bydd pobl yn ei agor, yn dechrau gyda https://
poster-url-error = Rhowch gyfeiriad gwe sy’n dechrau gyda https://
poster-make = Gwneud y poster
poster-print = Argraffu’r poster
# The poster itself, in the chosen language.
poster-title = Ydych chi eisiau help i ddeall eich hawliau?
poster-body = Gall eiriolwr iechyd meddwl annibynnol eich helpu. Mae am ddim. Nid ydyn nhw’n gweithio i’r ysbyty.
poster-scan = Sganiwch y cod QR i gael gwybod a allwch chi gael eiriolwr.
poster-or-visit = Neu ewch i:
poster-call = Neu ffoniwch:
# For people who cannot scan the QR code.
poster-no-smartphone = Dim ffôn clyfar? Gofynnwch i nyrs eich helpu i gysylltu ag eiriolwr.
poster-qr-label = Cod QR sy’n agor y gwasanaeth

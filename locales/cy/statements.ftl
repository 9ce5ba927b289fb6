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

statement-run-by = Mae’r gwasanaeth hwn yn cael ei redeg gan { $trust }.
statement-run-by-no-trust = Mae’r gwasanaeth hwn yn cael ei redeg gan yr ymddiriedolaeth GIG neu’r sefydliad arall a roddodd y ddolen iddo i chi.
# With no organisation configured, in place of its contact details.
statement-contact-ask = Gofynnwch i staff y ward, neu i’r sefydliad a roddodd y ddolen i’r gwasanaeth hwn i chi, sut i gysylltu â nhw.
# Label before the address of a contact form or web page.
statement-contact-online = Ar-lein

## The accessibility statement

# "service-name" is the service's name, as in the page header.
accessibility-heading = Datganiad hygyrchedd ar gyfer “{ service-name }”
accessibility-scope = Mae’r datganiad hygyrchedd hwn yn berthnasol i’r gwasanaeth hwn, sy’n dweud wrth bobl o dan Ddeddf Iechyd Meddwl 1983, eu gofalwyr a staff y ward a allan nhw gael eiriolwr iechyd meddwl annibynnol (IMHA), a beth yw eu hawliau, ym mhob iaith y mae’n ei chynnig.
accessibility-able-intro = Rydym eisiau i gymaint o bobl â phosibl allu defnyddio’r gwasanaeth hwn. Er enghraifft, mae hynny’n golygu y dylech allu:
accessibility-able-keyboard = ateb y cwestiynau a darllen eich canlyniad gan ddefnyddio bysellfwrdd yn unig
# $count is how many languages the service offers besides English (Easy
# Read English counts as one).
accessibility-able-languages = ei ddarllen mewn { $count } o ieithoedd heblaw Saesneg, gan gynnwys Cymraeg a Saesneg Hawdd ei Ddeall, gydag Arabeg ac Wrdw wedi’u gosod o’r dde i’r chwith
accessibility-able-read-aloud = clywed y cwestiynau a’r canlyniadau’n cael eu darllen yn uchel, os oes gan eich ffôn neu’ch cyfrifiadur lais ar gyfer eich iaith
accessibility-able-print = argraffu eich canlyniad
accessibility-abilitynet = Mae gan AbilityNet gyngor ar wneud eich dyfais yn haws i’w defnyddio os oes gennych anabledd.
accessibility-abilitynet-link = AbilityNet: My Computer My Way (Saesneg)

accessibility-how-heading = Pa mor hygyrch yw’r gwasanaeth hwn
accessibility-how-intro = Rydym yn gwybod nad yw rhai rhannau o’r gwasanaeth hwn yn gwbl hygyrch:
accessibility-issue-draft-translations = nid yw’r cyfieithiadau a’r fersiwn Hawdd ei Ddeall wedi cael eu gwirio gan gyfieithydd cymwys eto, felly gallai rhai brawddegau fod yn aneglur neu’n anghywir (mae pob un yn dweud hynny, gyda dolen i’r Saesneg)
accessibility-issue-one-language = mae manylion rydym yn eu rhoi mewn un iaith yn unig, fel oriau agor gwasanaeth eiriolaeth, yn cael eu dangos yn yr iaith honno ar dudalennau mewn ieithoedd eraill, a gallai darllenydd sgrin eu darllen â’r llais anghywir
accessibility-issue-easy-read-pictures = daw’r lluniau Hawdd ei Ddeall o set gyffredinol o symbolau (OpenMoji), nid set a wnaed ar gyfer deunydd Hawdd ei Ddeall, ac nid ydynt wedi cael eu profi gyda phobl ag anableddau dysgu
accessibility-issue-read-aloud = dim ond lle mae gan eich dyfais lais ar gyfer iaith y dudalen y mae darllen yn uchel yn gweithio, ac nid oes gan rai dyfeisiau lais ar gyfer rhai o’r ieithoedd hyn
accessibility-issue-bsl = nid oes fersiwn Iaith Arwyddion Prydain (BSL)
accessibility-issue-no-manual-checks = nid yw’r gwasanaeth wedi cael ei wirio â llaw eto, er enghraifft gyda darllenydd sgrin neu gan bobl anabl, felly gallai fod problemau nad ydym yn gwybod amdanynt

accessibility-feedback-heading = Adborth a gwybodaeth gyswllt
accessibility-feedback = Os oes angen gwybodaeth arnoch am y gwasanaeth hwn mewn fformat gwahanol, fel print bras, recordiad sain neu braille, cysylltwch â ni.

accessibility-reporting-heading = Rhoi gwybod am broblemau hygyrchedd gyda’r gwasanaeth hwn
accessibility-reporting = Rydym bob amser yn ceisio gwella hygyrchedd y gwasanaeth hwn. Os byddwch yn dod o hyd i unrhyw broblemau nad ydynt wedi’u rhestru ar y dudalen hon, neu os ydych yn credu nad ydym yn bodloni’r gofynion hygyrchedd, cysylltwch â ni.

accessibility-enforcement-heading = Gweithdrefn orfodi
accessibility-enforcement = Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy’n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018 (the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, ‘y rheoliadau hygyrchedd’). Os nad ydych yn hapus gyda’r ffordd rydym yn ymateb i’ch cwyn, cysylltwch â’r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (Equality Advisory and Support Service, EASS).
accessibility-enforcement-eass-link = Y Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)
accessibility-enforcement-northern-ireland = Os ydych yng Ngogledd Iwerddon ac nad ydych yn hapus gyda’r ffordd rydym yn ymateb i’ch cwyn, gallwch gysylltu â Chomisiwn Cydraddoldeb Gogledd Iwerddon (Equality Commission for Northern Ireland, ECNI), sy’n gyfrifol am orfodi’r rheoliadau hygyrchedd yng Ngogledd Iwerddon.
accessibility-enforcement-ecni-link = Comisiwn Cydraddoldeb Gogledd Iwerddon (ECNI)

accessibility-technical-heading = Gwybodaeth dechnegol am hygyrchedd y gwasanaeth hwn
accessibility-technical = Rydym wedi ymrwymo i wneud y gwasanaeth hwn yn hygyrch, yn unol â Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018.
accessibility-regulations-link = Y rheoliadau hygyrchedd ar legislation.gov.uk
accessibility-compliance-heading = Statws cydymffurfio
accessibility-compliance = Mae’r gwasanaeth hwn yn cydymffurfio’n rhannol â safon AA Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2, oherwydd y diffyg cydymffurfio a restrir isod.
accessibility-wcag-link = Canllawiau Hygyrchedd Cynnwys y We (WCAG) 2.2
accessibility-non-accessible-heading = Cynnwys nad yw’n hygyrch
accessibility-non-accessible = Nid yw’r cynnwys a restrir isod yn hygyrch am y rheswm canlynol.
accessibility-non-compliance-heading = Diffyg cydymffurfio â’r rheoliadau hygyrchedd
accessibility-non-compliance-language-of-parts = Mae testun o osodiadau’r sefydliad sy’n cael ei roi mewn un iaith yn unig, fel oriau agor gwasanaeth eiriolaeth, yn cael ei ddangos yn yr iaith honno ar dudalennau mewn ieithoedd eraill heb gael ei nodi fel yr iaith honno. Mae hyn yn methu maen prawf llwyddiant 3.1.2 WCAG 2.2 (Iaith rhannau). Mae rhoi testun o’r fath ym mhob iaith y mae’r gwasanaeth yn ei chynnig yn osgoi hyn.

accessibility-improving-heading = Beth rydym yn ei wneud i wella hygyrchedd
accessibility-improving-intro = Meddalwedd cod agored yw’r gwasanaeth hwn. Mae ei ddatblygwyr yn bwriadu:
accessibility-improving-translations = cael cyfieithydd cymwys i wirio pob cyfieithiad, ac awdur Hawdd ei Ddeall i wirio’r fersiwn Hawdd ei Ddeall
accessibility-improving-manual-checks = profi’r gwasanaeth gyda darllenwyr sgrin, a gyda phobl anabl
accessibility-improving-language-of-parts = nodi iaith testun sy’n cael ei roi mewn un iaith yn unig
accessibility-improving-bsl = ychwanegu fideo Iaith Arwyddion Prydain

accessibility-preparation-heading = Paratoi’r datganiad hygyrchedd hwn
accessibility-prepared = Cafodd y datganiad hwn ei baratoi ar { $prepared }. Cafodd ei adolygu ddiwethaf ar { $reviewed }.
# $axe is the version of the axe-core checker, e.g. 4.14.1.
accessibility-tested = Cafodd y gwasanaeth hwn ei brofi ddiwethaf ar { $date }. Cafodd y prawf ei gynnal gan ei ddatblygwyr, gyda gwiriadau awtomatig: gwiriodd axe-core { $axe } y tudalennau am feini prawf llwyddiant WCAG 2.2 A ac AA y gall eu profi, ym mhorwr gwe Chromium (pob tudalen yn Saesneg; y canlyniadau, y cais am eiriolwr, tudalen adolygu’r cyfieithwyr, y datganiad hwn a’r dudalen preifatrwydd ym mhob iaith), a gwiriodd profion eraill fod modd ateb y cwestiynau gyda bysellfwrdd yn unig a bod tudalennau Arabeg ac Wrdw wedi’u gosod o’r dde i’r chwith.
accessibility-manual-none = Nid oes unrhyw wiriadau â llaw, fel profi gyda darllenydd sgrin, wedi cael eu gwneud eto.
accessibility-manual-intro = Gwiriadau â llaw:
# One manual check: $date is its day, $check what was checked (one of
# the accessibility-manual-kind messages).
accessibility-manual-check = { $date }: { $check }
accessibility-manual-kind-keyboard = defnyddio pob tudalen gyda bysellfwrdd yn unig
accessibility-manual-kind-screen-reader = defnyddio pob tudalen gyda darllenydd sgrin
accessibility-manual-kind-zoom = defnyddio pob tudalen wedi’i chwyddo i 400%, ac ar sgrin 320 picsel o led
accessibility-manual-kind-disabled-users = pobl anabl a allai ddefnyddio’r gwasanaeth yn rhoi cynnig arno

## The privacy page

privacy-heading = Preifatrwydd: beth sy’n digwydd i’ch atebion
privacy-intro = Nid yw’r gwasanaeth hwn yn anfon eich atebion i unman. Maen nhw’n aros yn y porwr gwe ar y ffôn, y dabled neu’r cyfrifiadur hwn, oni bai eich bod chi’n eu hanfon eich hun.

privacy-stored-heading = Beth sy’n cael ei gadw ar y ddyfais hon
privacy-stored-intro = Tra byddwch yn defnyddio’r gwasanaeth, mae eich porwr gwe yn cadw’r pethau hyn yn ei storfa sesiwn, storfa sy’n perthyn i’r tab hwn yn y porwr. Mae enw gan bob un, sy’n cael ei ddangos yn gyntaf:
# After the name of an item in session storage.
privacy-stored-answers = eich atebion i’r cwestiynau, fel bod Yn ôl, Ymlaen ac ail-lwytho’r dudalen yn eu cadw
privacy-stored-language = yr iaith a ddewisoch, fel bod y dudalen nesaf yn yr iaith honno
privacy-stored-nothing-else = Does dim byd arall yn cael ei gadw: dim cwcis, a dim byd yn storfa hirdymor y porwr.

privacy-how-long-heading = Am ba hyd y caiff ei gadw
privacy-how-long = Mae eich porwr yn dileu’r storfa sesiwn pan fyddwch yn cau’r tab neu’r porwr. Mae “{ clear-answers }”, ar waelod pob tudalen ar ôl i chi ateb cwestiwn, yn dileu eich atebion ar unwaith.
privacy-history = Mae cyfeiriad tudalen canlyniad yn cynnwys eich atebion ar ôl ei arwydd #, felly mae hanes eich porwr yn eu cadw nes i chi ei ddileu. Ar ffôn neu gyfrifiadur a rennir, defnyddiwch ffenestr breifat, neu dilëwch yr hanes pan fyddwch wedi gorffen.

privacy-sent-heading = Beth sy’n cael ei anfon, ac at bwy
privacy-sent = Nid yw’r gwasanaeth hwn yn anfon dim byd rydych yn ei ddewis neu’n ei deipio at unrhyw un. Does dim cwcis, dim dadansoddi a dim hysbysebu, a does dim byd yn cael ei lwytho o unrhyw wefan arall.
privacy-files = Mae eich porwr yn llwytho ffeiliau’r gwasanaeth ei hun i lawr o’r wefan y daeth ohoni: cod ac arddull y tudalennau, y geiriau yn eich iaith, y rhestr o wasanaethau eiriolaeth lleol, a’r lluniau Hawdd ei Ddeall. Nid yw eich atebion yn rhan o’r ceisiadau hyn: nid yw porwr gwe byth yn anfon y rhan o gyfeiriad sy’n dod ar ôl ei arwydd #. Fel unrhyw wefan, gallai gweinydd y wefan honno gadw cofnod o’r ceisiadau, fel cyfeiriad rhyngrwyd eich dyfais a’r amser.
privacy-request = Os byddwch yn gofyn am eiriolwr, mae eich neges yn cael ei hanfon gan ap negeseuon testun neu e-bost eich ffôn eich hun, a dim ond pan fyddwch yn ei hanfon yno. Mae’n mynd at y gwasanaeth eiriolaeth drwy eich cwmni ffôn neu’ch darparwr e-bost, nid drwy’r gwasanaeth hwn.
privacy-read-aloud = Mae darllen yn uchel yn defnyddio’r lleisiau sy’n gweithio ar eich dyfais ei hun yn unig, felly nid yw geiriau’r dudalen yn cael eu hanfon i unman. Mae rhai porwyr gwe hefyd yn cynnig lleisiau sy’n gweithio dros y rhyngrwyd (er enghraifft, rhai lleisiau yn Google Chrome ar gyfrifiadur): nid yw’r gwasanaeth byth yn eu defnyddio, ac os mai dim ond y rhain sydd gan eich dyfais ar gyfer eich iaith, does dim botwm “Gwrando ar y dudalen hon”.
privacy-embedded = Os yw’r gwasanaeth hwn yn rhan o dudalen we sefydliad arall, mae gweddill y dudalen honno’n dod o dan hysbysiad preifatrwydd y sefydliad hwnnw ei hun.

privacy-contact-heading = Cwestiynau am eich gwybodaeth
privacy-contact = I ofyn am eich gwybodaeth, neu sut rydym yn ei defnyddio, cysylltwch â’n swyddog diogelu data.
privacy-ico = Os nad ydych yn hapus gyda’r ffordd y mae sefydliad yn defnyddio eich gwybodaeth, gallwch gwyno i Swyddfa’r Comisiynydd Gwybodaeth (ICO).
privacy-ico-link = Cwyno i Swyddfa’r Comisiynydd Gwybodaeth (ICO)

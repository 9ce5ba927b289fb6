# SPDX-License-Identifier: MIT OR Apache-2.0

### What NHS trusts add: their local IMHA provider's contact details,
### ward posters with a QR code, and a page for staff.

## The local IMHA provider, as the trust configured it

# Before the provider's name.
provider-intro = Adeegga IMHA ee deegaankaagu waa:
provider-phone = Taleefan
provider-text = Fariin qoraal ah
provider-email = Iimayl
provider-hours = Saacadaha furan
provider-referral = Online ka codso u-doode
provider-bsl = Luqadda Calaamadaha ee Ingiriiska (British Sign Language, BSL)
# When the trust's settings could not be used; the page then shows contact-default.
provider-unavailable = Ma soo bandhigi karin macluumaadka adeegga IMHA ee deegaankaaga.

## Page for staff

staff-heading = U sheegidda bukaannada wax ku saabsan u-doodayaasha madax-bannaan ee caafimaadka maskaxda
staff-intro = Sharcigu wuxuu dhigayaa in bukaannada heli kara IMHA la caawiyo si ay u fahmaan waxa IMHA samayn karo iyo sida loo helo. Tan waxaa loo yaqaan waajibka ogeysiinta (duty to inform).
staff-who-heading = Cidda loo sheegayo
staff-who = Bukaan kasta oo heli kara IMHA. Gudaha England: bukaannada sharci ahaan lagu hayn karo (liable to be detained) qodob kasta marka laga reebo awoodaha haynta (holding powers: qodobada 4, 5(2) iyo 5(4)) iyo goobaha ammaanka ah (places of safety: qodobada 135 iyo 136), tusaale ahaan qodobada 2, 3, 35 ilaa 38, 45A, 47 iyo 48, oo ay ku jiraan kuwa fasax ku maqan (leave); bukaannada ku jira amarka daaweynta bulshada (CTO), kuwa ku hoos jira ilaalinta sharciga (guardianship), ama kuwa la siiyay sii-dayn shuruud leh (conditional discharge); iyo qof kasta oo ka wada hadlaya qalliinka maskaxda ee xanuunka maskaxeed, hormoon jirka la geliyo si loo yareeyo rabitaanka galmada ama (haddii uu ka yar yahay 18 sano) ECT. Gudaha Wales: isla kuwaas, iyo sidoo kale bukaannada ku jira qodobada 4, 5(2) iyo 5(4), iyo bukaan kasta oo ikhtiyaari ah (informal) oo isbitaalka u jiifa in loo qiimeeyo ama loogu daaweeyo xanuun maskaxeed. Goobaha ammaanka ahi xaq uma bixiyaan labada dal midkoodna.
staff-when-heading = Goorta loo sheegayo
staff-when-detention = Sida ugu dhakhsaha badan ee la samayn karo (as soon as practicable) kadib marka ay xaq u yeeshaan IMHA: marka la hayo, la geliyo CTO, la geliyo ilaalinta sharciga (guardianship) ama la siiyo sii-dayn shuruud leh (conditional discharge), ama inta laga wada hadlayo daaweyn xaqaas siisa.
staff-when-change = Marka qodobkoodu isbeddelo, tusaale ahaan qodobka 2 oo loo beddelo qodobka 3.
staff-when-ward-rounds = Ka hor wareegyada dhakhaatiirta ee waadhka (ward rounds) iyo dib-u-eegista daryeelka.
staff-when-tribunal = Ka hor dhegeysiyada Tribunal-ka iyo maamulka isbitaalka (hospital managers), iyo marka qodob la cusboonaysiiyo.
staff-when-medication = Ka hor dib-u-eegista daawada, iyo marka dhakhtar ra’yi labaad bixiya (SOAD) uu iman doono.
staff-how-heading = Sida loo sheegayo
staff-how = U sheeg af ahaan oo sii qoraal ahaan. Hubi inay fahmeen. Haddii ay aad u xanuunsanayaan, mar kale isku day hadhow. Isticmaal turjumaan, Easy Read (qoraal fudud) ama Luqadda Calaamadaha ee Ingiriiska (BSL) marka loo baahdo.
staff-nearest-relative = Haddii aanu bukaanku diidin, u dir nuqul ka mid ah macluumaadka qoraalka ah qaraabadiisa ugu dhow (nearest relative). Tani waxay khusaysaa bukaannada la hayo, bukaannada bulshada ku jira (community patients) iyo kuwa ku hoos jira ilaalinta sharciga (guardianship), laakiin ma khusayso bukaannada ku hoos jira qodobada maxkamadda ama xabsiga, iyo bukaannada xaq u yeeshay oo keliya sababtoo ah wadahadal daaweyn ku saabsan. Gudaha Wales, nuqulka bukaanka ikhtiyaariga ah (informal) wuxuu u socdaa dadka uu magacaabo qodobka 130L(6).
# "nominated person": "qofka la doortay" is a draft term, for review by a qualified translator.
staff-nominated-person = Haddii aanu bukaanku diidin, u dir nuqul ka mid ah macluumaadka qoraalka ah qofkiisa la doortay (nominated person). Tani ma khusayso bukaannada xaq u yeeshay oo keliya sababtoo ah wadahadal daaweyn ku saabsan. Gudaha Wales, nuqulka bukaanka ikhtiyaariga ah (informal) wuxuu u socdaa dadka uu magacaabo qodobka 130L(6).
staff-referral-heading = Sida loo gudbiyo (referral)
staff-referral = Bukaannadu waxay si toos ah ula xiriiri karaan adeegga IMHA. Shaqaaluhu sidoo kale way gudbin karaan, iyadoo bukaanku oggol yahay, ama marka bukaanku aanu go’aansan karin oo IMHA uu caawin lahaa. Adeegga IMHA sii magaca bukaanka, waadhka, qodobka iyo taariikhda dhegeysi kasta.
staff-cqc-heading = Waxa ay Care Quality Commission eegto
staff-cqc = Kormeerayaashu waxay hubiyaan in bukaannada loo sheegay IMHA markii ay xaq u yeesheen iyo mar kale hadhow, in taas la diiwaangeliyay, iyo in bukaannadu si fudud u gaari karayeen IMHA, oo ay ku jirto taleefan gaar ah.
staff-print = Daabac liiskan hubinta
# Links to the questions, to see what one patient can have.
staff-patient-link = Hubi waxa hal bukaan heli karo: IMHA-giisa, xuquuqdiisa iyo waajibaadkaaga

## Ward posters

poster-link = Samee boostar waadhka loogu talagalay
poster-heading = Samee boostar waadhka loogu talagalay
poster-intro = Samee boostar A4 ah oo leh koodh QR ah oo adeeggan ku furaya luqadda saxda ah, kuna jiro macluumaadka adeegga IMHA ee deegaankaaga.
poster-language-label = Luqadda boostarka
poster-provider-label = Adeegga IMHA
# The last choice of IMHA service, when staff want another one or the trust has set none: they then type its name and phone.
poster-provider-none = Midna kuwan midna: hoos ku qor faahfaahinta adeegga
poster-name-label = Magaca adeegga IMHA
poster-name-hint = Sida ay tahay inuu uga muuqdo boostarka. Boostarkan oo keliya ayaa loo isticmaalaa, lamana kaydiyo.
poster-phone-label = Lambarka taleefanka adeegga IMHA
# A UK phone number example; keep the digits as they are.
poster-phone-hint = Lambar Boqortooyada Ingiriiska ah, tusaale ahaan 0300 123 4567. Boostarkan oo keliya ayaa loo isticmaalaa, lamana kaydiyo.
poster-phone-error = Geli lambar taleefan oo Boqortooyada Ingiriiska ah, sida 0300 123 4567 ama +44 300 123 4567
poster-url-label = Cinwaanka webka dadweynaha ee adeeggan
poster-url-hint = Cinwaanka ay dadku furi doonaan, oo ka bilaabma https://
poster-url-error = Geli cinwaan web oo ka bilaabma https://
poster-make = Samee boostarka
poster-print = Daabac boostarka
# The poster itself, in the chosen language.
poster-title = Ma rabtaa caawimaad si aad u fahanto xuquuqdaada?
poster-body = U-doode madax-bannaan oo caafimaadka maskaxda ah ayaa ku caawin kara. Waa bilaash. U-doodayaashu uma shaqeeyaan isbitaalka.
poster-scan = Iskaan garee koodhka QR si aad u ogaato inaad heli karto u-doode.
poster-or-visit = Ama booqo:
poster-call = Ama wac:
# For people who cannot scan the QR code.
poster-no-smartphone = Ma haysatid taleefan casri ah? Weydiiso kalkaaliye caafimaad inuu kaa caawiyo la xiriirka u-doode.
poster-qr-label = Koodh QR oo adeegga furaya

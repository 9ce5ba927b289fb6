# SPDX-License-Identifier: MIT OR Apache-2.0

### The staff page's embed helper: for a trust's web team, the code that
### puts this service on the trust's website.

embed-heading = Ku dar adeeggan websaydhka hay’addaada NHS (trust)
embed-intro = Waxaa loogu talagalay kooxda websaydhka. Dooro waadhka, luqadda iyo sida adeegga loogu darayo bogga, kadibna nuqul ka samee koodhka oo ku dheji bog ka mid ah websaydhka hay’addaada. Koodhku wuxuu ka shaqeeyaa websaydhka uu boggani ka yimid.
embed-provider-label = Adeegga IMHA (waadhka)
# The last choice: no provider named in the code, so the settings file's default is used.
embed-provider-default = Kan caadiga ah ee websaydhkan
# When the trust has set no IMHA services in providers.json.
embed-no-providers = Weli lama dejin wax adeeg IMHA ah oo websaydhkan loogu talagalay, sidaas darteed adeeggu wuxuu dadka u sheegi doonaa inay weydiiyaan shaqaalaha waadhka. Kooxda websaydhku waxay ku dari kartaa providers.json.
embed-language-label = Luqadda
# The first choice: no language in the code.
embed-language-browser = Luqadda akhristaha, sida biraawsarkiisu sheegayo
embed-how-label = Sida loogu daro bogga
embed-how-script = Script iyo element (waa la kugula talinayaa)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-script-hint = Adeeggu wuxuu ka muuqdaa gudaha boggaaga. Siyaasadda Amniga Nuxurka (Content Security Policy) ee boggaagu waa inay oggolaato { $policy }.
embed-how-iframe = Daaqad gudaha ah (iframe)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-iframe-hint = Adeeggu wuxuu ka muuqdaa daaqad gudaha ah oo u weynaata sida uu u baahdo. Siyaasadda Amniga Nuxurka (Content Security Policy) ee boggaagu waa inay oggolaato { $policy }. Xaashida qaabka (stylesheet), daaqadda sii ballaca oo dhan, xuduudna ha u yeelin.
embed-code-label = Koodhka aad nuqul ka samaynayso
embed-copy = Nuqul ka samee koodhka
embed-copied = Nuqul ayaa laga sameeyay. Ku dheji boggaaga meesha ay tahay inuu adeeggu ka muuqdo.
embed-copy-failed = Biraawsarkaagu uma oggolaan boggan inuu nuqul sameeyo. Dooro koodhka oo adigu nuqul ka samee.
# The frame's name for screen readers, in the code the web team copies.
embed-frame-title = Hubi inaad heli karto u-doode madax-bannaan oo caafimaadka maskaxda ah

# SPDX-License-Identifier: MIT OR Apache-2.0

### The staff page's embed helper: for a trust's web team, the code that
### puts this service on the trust's website.

embed-heading = Puneți acest serviciu pe site-ul instituției dumneavoastră NHS (trust)
embed-intro = Pentru echipa care se ocupă de site. Alegeți salonul, limba și felul în care încorporați serviciul, apoi copiați codul într-o pagină de pe site-ul instituției dumneavoastră. Codul funcționează pe site-ul de pe care vine această pagină.
embed-provider-label = Serviciul IMHA (salon)
# The last choice: no provider named in the code, so the settings file's default is used.
embed-provider-default = Cel obișnuit pentru acest site
# When the trust has set no IMHA services in providers.json.
embed-no-providers = Pentru acest site nu au fost configurate încă servicii IMHA, așa că serviciul le va spune oamenilor să întrebe personalul de pe salon. Echipa care se ocupă de site le poate adăuga în providers.json.
embed-language-label = Limba
# The first choice: no language in the code.
embed-language-browser = Limba cititorului, așa cum o indică browserul său
embed-how-label = Cum încorporați serviciul
embed-how-script = Script și element (recomandat)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-script-hint = Serviciul apare în interiorul paginii dumneavoastră. Politica de securitate a conținutului (Content Security Policy) a paginii trebuie să permită { $policy }.
embed-how-iframe = Cadru (iframe)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-iframe-hint = Serviciul apare într-un cadru care se mărește ca să îl cuprindă. Politica de securitate a conținutului (Content Security Policy) a paginii trebuie să permită { $policy }. În foaia de stiluri, dați cadrului toată lățimea și eliminați bordura.
embed-code-label = Codul de copiat
embed-copy = Copiați codul
embed-copied = Copiat. Lipiți-l în pagina dumneavoastră, acolo unde trebuie să apară serviciul.
embed-copy-failed = Browserul nu a permis acestei pagini să copieze. Selectați codul și copiați-l dumneavoastră.
# The frame's name for screen readers, in the code the web team copies.
embed-frame-title = Aflați dacă puteți avea un consilier independent pentru sănătatea mintală

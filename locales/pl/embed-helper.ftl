# SPDX-License-Identifier: MIT OR Apache-2.0

### The staff page's embed helper: for a trust's web team, the code that
### puts this service on the trust's website.

embed-heading = Umieść tę usługę w witrynie internetowej swojego trustu NHS
embed-intro = Dla twojego zespołu odpowiedzialnego za witrynę internetową. Wybierz oddział, język i sposób osadzenia usługi, a potem skopiuj kod na stronę w witrynie twojego trustu. Kod działa w tej witrynie, z której pochodzi ta strona.
embed-provider-label = Służba rzeczników IMHA (oddział)
# The last choice: no provider named in the code, so the settings file's default is used.
embed-provider-default = Ta zwykle używana w tej witrynie
# When the trust has set no IMHA services in providers.json.
embed-no-providers = Dla tej witryny nie skonfigurowano jeszcze żadnej służby rzeczników IMHA, więc usługa powie ludziom, żeby zapytali personel oddziału. Twój zespół odpowiedzialny za witrynę może je dodać w pliku providers.json.
embed-language-label = Język
# The first choice: no language in the code.
embed-language-browser = Własny język czytelnika, według jego przeglądarki
embed-how-label = Jak osadzić usługę
embed-how-script = Skrypt i element (zalecane)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-script-hint = Usługa wyświetla się wewnątrz twojej strony. Polityka bezpieczeństwa treści (Content Security Policy) twojej strony musi zezwalać na { $policy }.
embed-how-iframe = Ramka (iframe)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-iframe-hint = Usługa wyświetla się w ramce, która powiększa się, aby ją zmieścić. Polityka bezpieczeństwa treści (Content Security Policy) twojej strony musi zezwalać na { $policy }. W arkuszu stylów nadaj ramce pełną szerokość i usuń obramowanie.
embed-code-label = Kod do skopiowania
embed-copy = Skopiuj kod
embed-copied = Skopiowano. Wklej go na swojej stronie w miejscu, w którym ma się pojawić usługa.
embed-copy-failed = Twoja przeglądarka nie pozwoliła tej stronie skopiować kodu. Zaznacz kod i skopiuj go samodzielnie.
# The frame's name for screen readers, in the code the web team copies.
embed-frame-title = Sprawdź, czy możesz mieć niezależnego rzecznika ds. zdrowia psychicznego

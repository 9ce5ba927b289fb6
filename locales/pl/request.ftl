# SPDX-License-Identifier: MIT OR Apache-2.0

### Asking for an advocate: a short message to the local IMHA service,
### always composed in English for the service (the request-line-*
### messages) and shown in the reader's language beside it to check.
### Every message receives $audience: "patient", "carer" or "staff".

# On the result page, under "What to do now": opens the request page.
request-link = Napisz wiadomość z prośbą o rzecznika
request-heading = Poproś o rzecznika
request-intro =
    { $audience ->
        [carer] Wypełnij to, co możesz. Piszemy krótką wiadomość po angielsku dla służby rzeczników IMHA i pokazujemy ją też w twoim języku, żeby można było ją sprawdzić. Nic nie jest wysyłane ani zapisywane, chyba że wyślesz ją ze swojego telefonu.
        [staff] Wypełnij to, na co pacjent się zgadza. Piszemy krótką wiadomość po angielsku dla służby rzeczników IMHA. Nic nie jest wysyłane ani zapisywane, chyba że ją wyślesz.
       *[patient] Wypełnij to, co chcesz. Piszemy krótką wiadomość po angielsku dla służby rzeczników IMHA i pokazujemy ją też w twoim języku, żeby można było ją sprawdzić. Nic nie jest wysyłane ani zapisywane, chyba że wyślesz ją ze swojego telefonu.
    }
request-name-label =
    { $audience ->
        [carer] Imię i nazwisko osoby, która potrzebuje rzecznika
        [staff] Imię i nazwisko pacjenta
       *[patient] Twoje imię i nazwisko
    }
request-place-label =
    { $audience ->
        [carer] Gdzie ta osoba jest
        [staff] Oddział i szpital
       *[patient] Gdzie jesteś
    }
    .hint = Na przykład oddział i szpital albo miejscowość
request-contact-label =
    { $audience ->
        [carer] Twoje imię i nazwisko oraz numer telefonu, pod którym służba może do ciebie zadzwonić
        [staff] Twoje imię i nazwisko, stanowisko i numer telefonu oddziału
       *[patient] Numer telefonu, pod którym służba może do ciebie zadzwonić, jeśli go masz
    }
request-language-label =
    { $audience ->
        [patient] Język, którym mówisz
       *[other] Język, którym mówi ta osoba
    }
# Last in the list of languages; shows a box to type the language in.
request-language-other = Inny język
request-other-language-label = Jaki język?
request-interpreter-legend =
    { $audience ->
        [patient] Czy potrzebujesz tłumacza?
       *[other] Czy ta osoba potrzebuje tłumacza?
    }
request-yes = Tak
request-no = Nie
request-english-heading = Wiadomość po angielsku
request-translation-heading = Co w niej jest napisane, w twoim języku
request-not-saved = Ta wiadomość nie jest zapisywana. Gdy opuścisz tę stronę, zniknie.
# The provider’s name is shown above these links.
request-send-text = Wyślij jako SMS
request-send-email = Wyślij jako e-mail
request-or-call = Albo zadzwoń:
# With no local IMHA service configured: the card is for a nurse or ward staff.
request-no-provider =
    { $audience ->
        [carer] Pokaż tę wiadomość personelowi oddziału albo zespołowi opieki osoby, o którą pytasz. Muszą oni pomóc tej osobie skontaktować się ze służbą rzeczników IMHA.
        [staff] Przekaż tę wiadomość lokalnej służbie rzeczników IMHA.
       *[patient] Pokaż tę wiadomość pielęgniarce albo personelowi oddziału. Muszą oni pomóc ci skontaktować się ze służbą rzeczników IMHA.
    }
# Shows the message in large type, filling the screen, to hand to a nurse.
request-show-card = Pokaż wiadomość na pełnym ekranie
request-card-close = Zamknij

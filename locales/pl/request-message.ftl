# SPDX-License-Identifier: MIT OR Apache-2.0

### The message asking for an advocate: compiled into the app in English,
### because it is always sent in English, whatever language the page is in.

## The message itself. $value is what the person typed or chose.

request-email-subject = Prośba o niezależnego rzecznika ds. zdrowia psychicznego (IMHA)
request-line-hello =
    { $audience ->
        [carer] Dzień dobry. Proszę o niezależnego rzecznika ds. zdrowia psychicznego (IMHA) dla osoby, na której mi zależy.
        [staff] Dzień dobry. Jestem członkiem personelu i proszę o niezależnego rzecznika ds. zdrowia psychicznego (IMHA) dla pacjenta.
       *[patient] Dzień dobry. Proszę o niezależnego rzecznika ds. zdrowia psychicznego (IMHA).
    }
request-line-name = Imię i nazwisko: { $value }
request-line-place = Miejsce: { $value }
request-line-status = Sekcja lub status: { $value }
request-line-language = Język: { $value }
request-line-contact = Kontakt: { $value }
# $needed is "yes" or "no".
request-line-interpreter =
    { $needed ->
        [yes] Potrzebny jest tłumacz.
       *[no] Tłumacz nie jest potrzebny.
    }
request-line-thanks = Dziękuję.
# The statuses that are not a section, as the service would name them.
request-status =
    { $status ->
        [detained-longer-term] Hospitalizacja bez zgody na podstawie sekcji (nie wiadomo której)
        [detained-section-not-known] Hospitalizacja bez zgody na podstawie sekcji (nie wiadomo której)
        [cto] Nakaz leczenia środowiskowego (CTO)
        [cto-recalled] Nakaz leczenia środowiskowego (CTO), wezwanie z powrotem do szpitala
        [guardianship] Opieka prawna (guardianship)
        [conditional-discharge] Warunkowy wypis ze szpitala (conditional discharge)
        [informal-inpatient] Pacjent dobrowolny (nieformalny)
        [none] Brak hospitalizacji bez zgody
       *[unknown] Nie wiadomo
    }

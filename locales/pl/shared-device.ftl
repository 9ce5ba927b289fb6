# SPDX-License-Identifier: MIT OR Apache-2.0

### A shared device: a ward tablet, a family room's computer or a phone
### passed round, set up (by the provider's configuration or a link's
### ?device=shared) so that one person's answers are not left for the next.
### The answers are cleared after 10 minutes without use, with a warning
### 2 minutes before; the result and request pages offer "Finish and clear".

## The warning, shown over the page after 8 minutes without use

# The warning's heading.
idle-warning-heading = Czy nadal tu jesteś?
idle-warning = Z tego urządzenia korzysta wiele osób. Ze względu na prywatność twoje odpowiedzi zostaną wyczyszczone za 2 minuty.
# The warning's button: it keeps the answers.
idle-warning-still-here = Nadal tu jestem

## Shown on the start page once the answers are cleared

# After 10 minutes without use.
notice-answers-cleared-after-inactivity = Twoje odpowiedzi zostały wyczyszczone, bo nikt nie korzystał z tego urządzenia przez 10 minut. Dzięki temu następna osoba ich nie zobaczy.
# After "Finish and clear".
notice-answers-cleared = Twoje odpowiedzi zostały wyczyszczone. Następna osoba korzystająca z tego urządzenia ich nie zobaczy.

## At the end of the result and of the request for an advocate

finish-hint = Z tego urządzenia korzysta wiele osób. Gdy skończysz, wyczyść swoje odpowiedzi, żeby następna osoba nie mogła ich zobaczyć.
# The button: it clears the answers and goes back to the start.
finish-and-clear = Zakończ i wyczyść

## The privacy page, after what the browser's history keeps

privacy-shared-device = Na urządzeniu przygotowanym do wspólnego używania, takim jak tablet na oddziale, adres nigdy nie zawiera Twoich odpowiedzi, a są one usuwane po 10 minutach bez używania albo gdy wybierzesz „{ finish-and-clear }”.

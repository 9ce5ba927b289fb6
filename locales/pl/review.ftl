# SPDX-License-Identifier: MIT OR Apache-2.0

## The review page (#/review?lang=<tag>): for qualified translators checking a
## translation. The words approved, status and comment stay in English: they
## are what the review sheet's columns and tools/review-import read.

review-link = Sprawdź tłumaczenie (dla tłumaczy)
review-choose-heading = Sprawdź tłumaczenie
review-heading = Sprawdzenie tłumaczenia: { $language }
review-intro = Dla wykwalifikowanych tłumaczy: każdy komunikat tłumaczenia obok angielskiego tekstu źródłowego, pogrupowane według ekranu, na którym się pojawia. Każda wersja komunikatu (dla samej osoby, opiekuna lub personelu) ma osobny wiersz.
review-how = Pobierz arkusz do sprawdzenia i otwórz go w arkuszu kalkulacyjnym. W każdym wierszu wpisz approved w kolumnie status albo popraw tłumaczenie i wyjaśnij dlaczego w kolumnie comment. Następnie odeślij arkusz osobom prowadzącym tę usługę.
review-termbase = Wyróżniono słowa z uzgodnionej listy terminów prawnych dla tego języka.
review-no-termbase = Ten język nie ma jeszcze uzgodnionej listy terminów prawnych, więc żadne słowa nie są wyróżnione.
review-download = Pobierz arkusz do sprawdzenia (CSV)
review-print = Wydrukuj tę stronę
review-column-message = Komunikat
review-missing = Brak tłumaczenia

# SPDX-License-Identifier: MIT OR Apache-2.0

## The review page (#/review?lang=<tag>): for qualified translators checking a
## translation. The words approved, status and comment stay in English: they
## are what the review sheet's columns and tools/review-import read.

review-link = Verificați o traducere (pentru traducători)
review-choose-heading = Verificați o traducere
review-heading = Verificarea traducerii: { $language }
review-intro = Pentru traducători calificați: fiecare mesaj al traducerii alături de textul sursă în engleză, grupate după ecranul pe care apar. Fiecare versiune a unui mesaj (pentru persoana însăși, pentru un îngrijitor sau pentru personal) are propriul rând.
review-how = Descărcați fișa de verificare și deschideți-o într-o foaie de calcul. Pe fiecare rând, scrieți approved în coloana status sau corectați traducerea și explicați de ce în coloana comment. Apoi trimiteți fișa înapoi persoanelor care administrează acest serviciu.
review-termbase = Cuvintele din lista convenită de termeni juridici pentru această limbă sunt evidențiate.
review-no-termbase = Această limbă nu are încă o listă convenită de termeni juridici, așa că niciun cuvânt nu este evidențiat.
review-download = Descărcați fișa de verificare (CSV)
review-print = Tipăriți această pagină
review-column-message = Mesaj
review-missing = Netradus

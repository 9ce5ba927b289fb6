# SPDX-License-Identifier: MIT OR Apache-2.0

## The review page (#/review?lang=<tag>): for qualified translators checking a
## translation. The words approved, status and comment stay in English: they
## are what the review sheet's columns and tools/review-import read.

review-link = Dib u eeg turjumaad (turjubaannada)
review-choose-heading = Dib u eeg turjumaad
review-heading = Dib u eegista turjumaadda: { $language }
review-intro = Turjubaannada xirfadda leh: fariin kasta oo turjumaadda ah waxay ku ag taal qoraalkeeda asalka ah ee Ingiriisiga, waxaana loo kooxeeyay shaashadda ay ka muuqato. Nooc kasta oo fariin ah (qofka laftiisa, daryeelaha ama shaqaalaha) wuxuu leeyahay saf u gaar ah.
review-how = Soo deji warqadda dib u eegista oo ku fur barnaamij xaashi-xisaabeed. Saf kasta, ku qor approved tiirka status, ama sax turjumaadda oo ku sharax sababta tiirka comment. Kadibna warqadda u dir dadka maamula adeeggan.
review-termbase = Erayada ka mid ah liiska la isku raacay ee ereyada sharciga ee luqaddan waa la iftiimiyay.
review-no-termbase = Luqaddan weli ma laha liis la isku raacay oo ereyada sharciga ah, sidaas darteed eray lama iftiimin.
review-download = Soo deji warqadda dib u eegista (CSV)
review-print = Daabac boggan
review-column-message = Fariin
review-missing = Lama turjumin

# SPDX-License-Identifier: MIT OR Apache-2.0

## The review page (#/review?lang=<tag>): for qualified translators checking a
## translation. The words approved, status and comment stay in English: they
## are what the review sheet's columns and tools/review-import read.

review-link = Adolygu cyfieithiad (i gyfieithwyr)
review-choose-heading = Adolygu cyfieithiad
review-heading = Adolygu'r cyfieithiad: { $language }
review-intro = Ar gyfer cyfieithwyr cymwys: pob neges yn y cyfieithiad wrth ymyl ei ffynhonnell Saesneg, wedi'u grwpio yn ôl y sgrin lle maen nhw'n ymddangos. Mae gan bob fersiwn o neges (i'r person ei hun, i ofalwr neu i staff) ei rhes ei hun.
review-how = Lawrlwythwch y daflen adolygu a'i hagor mewn taenlen. Ar gyfer pob rhes, ysgrifennwch approved yn y golofn status, neu cywirwch y cyfieithiad ac esboniwch pam yn y golofn comment. Yna anfonwch y daflen yn ôl at y bobl sy'n rhedeg y gwasanaeth hwn.
review-termbase = Mae geiriau o restr y termau cyfreithiol y cytunwyd arnynt ar gyfer yr iaith hon wedi'u hamlygu.
review-no-termbase = Nid oes gan yr iaith hon restr o dermau cyfreithiol y cytunwyd arnynt eto, felly nid oes geiriau wedi'u hamlygu.
review-download = Lawrlwytho'r daflen adolygu (CSV)
review-print = Argraffu'r dudalen hon
review-column-message = Neges
review-missing = Heb ei gyfieithu

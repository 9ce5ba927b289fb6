# SPDX-License-Identifier: MIT OR Apache-2.0

## The review page (#/review?lang=<tag>): for qualified translators checking a
## translation. The words approved, status and comment stay in English: they
## are what the review sheet's columns and tools/review-import read.

review-link = Check a translation (for translators)
review-choose-heading = Check a translation
review-heading = Check the translation: { $language }
review-intro = This page is for translators. It shows each message in English and in the translation, side by side.
review-how = Download the sheet. Open it in a spreadsheet. Write approved in the status column, or write a better translation. Send the sheet back to us.
review-termbase = Important legal words are highlighted.
review-no-termbase = This language has no list of legal words yet. No words are highlighted.
review-download = Download review sheet (CSV)
review-print = Print this page
review-column-message = Message
review-missing = Not translated

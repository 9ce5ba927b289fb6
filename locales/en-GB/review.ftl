# SPDX-License-Identifier: MIT OR Apache-2.0

## The review page (#/review?lang=<tag>): for qualified translators checking a
## translation. The words approved, status and comment stay in English: they
## are what the review sheet's columns and tools/review-import read.

# A link on the sources page.
review-link = Review a translation (for translators)
review-choose-heading = Review a translation
# $language is the language's name in itself and in English, such as Cymraeg (Welsh).
review-heading = Review the translation: { $language }
review-intro = For qualified translators: every message of the translation beside its English source, grouped by the screen it appears on. Each version of a message (for the person themself, a carer or staff) has its own row.
review-how = Download the review sheet and open it in a spreadsheet. For each row, write approved in the status column, or correct the translation and say why in the comment column. Then send the sheet back to the people who run this service.
review-termbase = Words from this language’s agreed list of legal terms are highlighted.
review-no-termbase = This language has no agreed list of legal terms yet, so no words are highlighted.
review-download = Download review sheet (CSV)
review-print = Print this page
review-column-message = Message
# In the table, where a message has no translation.
review-missing = Not translated

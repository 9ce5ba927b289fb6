# SPDX-License-Identifier: MIT OR Apache-2.0

### The frame around every screen: title, header, footer and fallbacks.

# The name of the service, as in the page title and the header.
service-name = Your right to an advocate
# The page title. $page is the heading of the screen.
page-title = { $page } – { service-name }
skip-link = Skip to main content
footer-privacy = Nothing you enter leaves this phone or computer. There are no cookies.
# $date is the month the legal facts were last checked, e.g. 2026-11.
footer-law-as-at = Law as at { $date }.
# Footer links to the accessibility statement and the privacy page
# (their words are in statements.ftl).
accessibility-link = Accessibility statement
privacy-link = Privacy

## Start page

start-heading = Find out if you can get an independent mental health advocate
start-intro =
    { $audience ->
        [carer] An independent mental health advocate (IMHA) helps people who are kept in hospital or treated under the Mental Health Act understand and use their rights. Answer a few questions to find out if the person you are asking about can have one.
        [staff] An independent mental health advocate (IMHA) helps patients under the Mental Health Act understand and use their rights. Answer a few questions to check whether a patient can have one, and what you must tell them.
       *[patient] An independent mental health advocate (IMHA) can help you understand and use your rights if you are kept in hospital or treated under the Mental Health Act. Answer a few questions to find out if you can have one.
    }
start-free = Advocates are free, and they do not work for the hospital.
start-time = It takes about 2 minutes.
start-button = Start now

## When something goes wrong

fallback-heading = Sorry, this page could not be shown
fallback-advice = You can still get help. Ask ward staff for the details of your local independent mental health advocacy (IMHA) service. They must help you contact it.

## Citations of several sections at once

# $sections is a list of section numbers, such as "23, 25, 66(1)(g)";
# $count is how many.
citation-sections = Mental Health Act 1983, { $count ->
        [one] section
       *[other] sections
    } { $sections }
citation-sections-wales = Mental Health Act 1983 as amended by the Mental Health (Wales) Measure 2010, { $count ->
        [one] section
       *[other] sections
    } { $sections }

citation-sections-2025 = Mental Health Act 1983 as amended by the Mental Health Act 2025, { $count ->
        [one] section
       *[other] sections
    } { $sections }

## Where this information comes from: a page for reviewers

sources-link = Where this information comes from
sources-heading = Where this information comes from
sources-intro = Every statement of the law in this service rests on a section of the Mental Health Act 1983 or another official source. This list shows each source, how it was checked and when.
sources-unchecked = Where a source has only been checked against explanatory notes or someone else’s copy, a lawyer should check it against the text of the law before relying on it.
sources-column-source = Source
sources-column-how = How it was checked
sources-column-checked = Checked on
source-how-primary-text = Against the text of the law
source-how-official-explanatory = Against official explanatory notes
source-how-secondary = Against a secondary source
source-document-code-of-practice = Mental Health Act 1983 Code of Practice, chapter 6
source-document-commencement-2025 = Mental Health Act 2025, section 56 (when it starts)

## Languages

# Label for the list of languages, read by screen readers.
language-switcher-label = Choose a language
# Shown at the top of every page when this translation has not yet been
# checked by a qualified translator. It is shown in this language and in
# English.
# One line, opening the full draft notice below it.
draft-notice-short = Draft translation: not yet checked
draft-notice = This translation has not yet been checked by a qualified translator. It may contain mistakes.
draft-notice-english-link = Read this page in English
# When the chosen language could not be downloaded; the page is shown in English.
language-load-failed = Sorry, this language could not be loaded, so the page is shown in English.
# Shown while the words of the result and staff pages download (a moment
# on a slow connection), and if they cannot be downloaded.
words-loading = Loading…
words-load-failed-heading = Sorry, this page could not be loaded
words-load-failed-body = Check that you are connected to the internet, then try again.
words-load-retry = Try again
# When a link asks for a language this service does not have.
language-not-available = This page is not available in the language the link asked for, so it is shown in another language.

## On every page: clearing the answers, and the link for staff

clear-answers = Clear my answers
# Asked before the answers are cleared, with two buttons.
clear-confirm = Clear all your answers? You will start again from the first question.
clear-confirm-yes = Yes, clear my answers
clear-confirm-no = No, keep them
staff-link = For ward staff: telling patients about IMHAs

# SPDX-License-Identifier: MIT OR Apache-2.0

### The frame around every screen: title, header, footer and fallbacks.

# The name of the service, as in the page title and the header.
service-name = Your right to an advocate
# The page title. $page is the heading of the screen.
page-title = { $page } – { service-name }
skip-link = Skip to main content
footer-privacy =
    Nothing you type here leaves this phone or computer.
    We do not use cookies.
    Cookies are small files that some websites save on your device.
# $date is the month the legal facts were last checked, e.g. 2026-11.
footer-law-as-at = The law on this website was last checked in { $date }.
# Footer links to the accessibility statement and the privacy page
# (their words are in statements.ftl).
accessibility-link = Accessibility statement: how easy this website is to use
privacy-link = Privacy: what happens to your answers

## Start page

start-heading = Find out if you can get a mental health advocate
start-intro =
    { $audience ->
        [carer] An IMHA is an independent mental health advocate.
            An advocate is someone who helps a person say what they want.
            Independent means they do not work for the hospital.
            The Mental Health Act is a law about mental health care.
            An IMHA helps people kept in hospital under this law.
            An IMHA also helps people treated under this law.
            They help people understand their rights.
            They help people use their rights.
            Answer a few questions about the person you are asking about.
            You will find out if they can have an IMHA.
        [staff] An IMHA is an independent mental health advocate.
            An IMHA helps patients under the Mental Health Act.
            They help patients understand and use their rights.
            Answer a few questions.
            Check if a patient can have an IMHA.
            Find out what you must tell them.
       *[patient] An IMHA is an independent mental health advocate.
            An advocate is someone who helps you say what you want.
            Independent means they do not work for the hospital.
            The Mental Health Act is a law about mental health care.
            An IMHA can help if you are kept in hospital under this law.
            An IMHA can also help if you are treated under this law.
            They help you understand your rights.
            They help you use your rights.
            Answer a few questions.
            Then you will know if you can have an IMHA.
    }
start-free =
    Advocates are free.
    They do not work for the hospital.
start-time = It takes about 2 minutes.
start-button = Start now

## When something goes wrong

fallback-heading = Sorry, we cannot show this page
fallback-advice =
    You can still get help.
    Ask ward staff about your local IMHA service.
    IMHA means independent mental health advocate.
    Staff must help you contact the IMHA service.

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
sources-intro =
    Everything this service says about the law comes from an official source.
    Most often, this is a section of the Mental Health Act 1983.
    This list shows each source.
    It shows how each source was checked, and when.
sources-unchecked =
    Some sources were only checked against explanatory notes.
    Explanatory notes are official notes that explain a law.
    Some sources were only checked against someone else’s copy of the law.
    A lawyer should check these sources against the text of the law.
    They should do this before anyone relies on them.
sources-column-source = Source
sources-column-how = How it was checked
sources-column-checked = Date checked
source-how-primary-text = Against the text of the law
source-how-official-explanatory = Against official notes that explain the law
source-how-secondary = Against another source, not the law itself
source-document-code-of-practice = Mental Health Act 1983 Code of Practice, chapter 6
source-document-commencement-2025 = Mental Health Act 2025, section 56 (when it starts)

## Languages

# Label for the list of languages, read by screen readers.
language-switcher-label = Choose a language
# Shown at the top of every page when this translation has not yet been
# checked by a qualified translator. It is shown in this language and in
# English.
# One line, opening the full draft notice below it.
draft-notice-short = Easy Read draft: not checked yet
draft-notice =
    This Easy Read version has not been checked yet.
    It may have mistakes.
draft-notice-english-link = Read this page in standard English
# When the chosen language could not be downloaded; the page is shown in English.
language-load-failed =
    Sorry, we could not load this language.
    So this page is in standard English.
words-loading = Loading…
words-load-failed-heading = Sorry, this page did not load
words-load-failed-body = Check you are on the internet. Then try again.
words-load-retry = Try again
# When a link asks for a language this service does not have.
language-not-available =
    The link asked for a language we do not have.
    So this page is in another language.

## On every page: clearing the answers, and the link for staff

clear-answers = Clear my answers
# Asked before the answers are cleared, with two buttons.
clear-confirm =
    Do you want to clear all your answers?
    Then you will start again at the first question.
clear-confirm-yes = Yes, clear my answers
clear-confirm-no = No, keep my answers
staff-link = For ward staff: telling patients about independent mental health advocates (IMHAs)

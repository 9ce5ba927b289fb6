# SPDX-License-Identifier: MIT OR Apache-2.0

### The accessibility statement (#/accessibility) and the privacy page
### (#/privacy), linked from every page's footer.
###
### The accessibility statement follows the model statement for public
### sector websites under the Public Sector Bodies (Websites and Mobile
### Applications) (No. 2) Accessibility Regulations 2018, and GOV.UK's
### sample statement: keep its headings recognisable, and the names of the
### regulations, the bodies and the standard as official names (the
### English in brackets after a translation is fine). "We" is the
### organisation that runs the service. $trust is that organisation's
### name, from its configuration; the "-no-trust" messages are used when
### no organisation is configured. Dates are YYYY-MM-DD.

## On both pages: who runs the service, and how to reach them

statement-run-by = This service is run by { $trust }.
statement-run-by-no-trust = This service is run by the NHS trust or other organisation that gave you the link to it.
# With no organisation configured, in place of its contact details.
statement-contact-ask = Ask the ward staff, or the organisation that gave you the link to this service, how to contact them.
# Label before the address of a contact form or web page.
statement-contact-online = Online

## The accessibility statement

# "service-name" is the service's name, as in the page header.
accessibility-heading = Accessibility statement for “{ service-name }”
accessibility-scope = This accessibility statement applies to this service, which tells people under the Mental Health Act 1983, their carers and ward staff whether they can get an independent mental health advocate (IMHA), and what their rights are, in every language it offers.
accessibility-able-intro = We want as many people as possible to be able to use this service. For example, that means you should be able to:
accessibility-able-keyboard = answer the questions and read your result using just a keyboard
# $count is how many languages the service offers besides English (Easy
# Read English counts as one).
accessibility-able-languages = read it in { $count } languages besides English, including Welsh and Easy Read English, with Arabic and Urdu laid out from right to left
accessibility-able-read-aloud = have questions and results read aloud, if your phone or computer has a voice for your language
accessibility-able-print = print your result
accessibility-abilitynet = AbilityNet has advice on making your device easier to use if you have a disability.
accessibility-abilitynet-link = AbilityNet: My Computer My Way

accessibility-how-heading = How accessible this service is
accessibility-how-intro = We know some parts of this service are not fully accessible:
accessibility-issue-draft-translations = the translations and the Easy Read version have not yet been checked by a qualified translator, so some sentences may be unclear or wrong (each says so, with a link to the English)
accessibility-issue-one-language = details that we give in only one language, such as an advocacy service’s opening hours, are shown in that language on pages in other languages, and a screen reader may read them with the wrong voice
accessibility-issue-easy-read-pictures = the Easy Read pictures come from a general set of symbols (OpenMoji), not one made for Easy Read, and have not been tested with people with learning disabilities
accessibility-issue-read-aloud = read aloud only works where your device has a voice for the page’s language, and some devices have no voice for some of these languages
accessibility-issue-bsl = there is no British Sign Language (BSL) version
accessibility-issue-no-manual-checks = the service has not yet been checked by hand, for example with a screen reader or by disabled people, so there may be problems we do not know about

accessibility-feedback-heading = Feedback and contact information
accessibility-feedback = If you need information on this service in a different format, such as large print, an audio recording or braille, contact us.

accessibility-reporting-heading = Reporting accessibility problems with this service
accessibility-reporting = We’re always looking to improve the accessibility of this service. If you find any problems not listed on this page, or think we’re not meeting accessibility requirements, contact us.

accessibility-enforcement-heading = Enforcement procedure
accessibility-enforcement = The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’). If you’re not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).
accessibility-enforcement-eass-link = The Equality Advisory and Support Service (EASS)
accessibility-enforcement-northern-ireland = If you are in Northern Ireland and are not happy with how we respond to your complaint, you can contact the Equality Commission for Northern Ireland (ECNI), which is responsible for enforcing the accessibility regulations in Northern Ireland.
accessibility-enforcement-ecni-link = The Equality Commission for Northern Ireland (ECNI)

accessibility-technical-heading = Technical information about this service’s accessibility
accessibility-technical = We are committed to making this service accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
accessibility-regulations-link = The accessibility regulations on legislation.gov.uk
accessibility-compliance-heading = Compliance status
accessibility-compliance = This service is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliance listed below.
accessibility-wcag-link = Web Content Accessibility Guidelines (WCAG) 2.2
accessibility-non-accessible-heading = Non-accessible content
accessibility-non-accessible = The content listed below is non-accessible for the following reason.
accessibility-non-compliance-heading = Non-compliance with the accessibility regulations
accessibility-non-compliance-language-of-parts = Text from the organisation’s settings that is given in only one language, such as an advocacy service’s opening hours, is shown in that language on pages in other languages without being marked as that language. This fails WCAG 2.2 success criterion 3.1.2 (Language of parts). Giving such text in every language the service offers avoids it.

accessibility-improving-heading = What we’re doing to improve accessibility
accessibility-improving-intro = This service is open-source software. Its developers plan to:
accessibility-improving-translations = have every translation checked by a qualified translator, and the Easy Read version by an Easy Read writer
accessibility-improving-manual-checks = test the service with screen readers, and with disabled people
accessibility-improving-language-of-parts = mark text given in only one language with its language
accessibility-improving-bsl = add British Sign Language video

accessibility-preparation-heading = Preparation of this accessibility statement
accessibility-prepared = This statement was prepared on { $prepared }. It was last reviewed on { $reviewed }.
# $axe is the version of the axe-core checker, e.g. 4.14.1.
accessibility-tested = This service was last tested on { $date }. The test was carried out by its developers, with automated checks: axe-core { $axe } checked the pages for the WCAG 2.2 A and AA success criteria it can test, in the Chromium web browser (every page in English; the results, the request for an advocate, the translators’ review page, this statement and the privacy page in every language), and other tests checked that the questions can be answered with a keyboard alone and that Arabic and Urdu pages are laid out from right to left.
accessibility-manual-none = No manual checks, such as testing with a screen reader, have been done yet.
accessibility-manual-intro = Manual checks:
# One manual check: $date is its day, $check what was checked (one of
# the accessibility-manual-kind messages).
accessibility-manual-check = { $date }: { $check }
accessibility-manual-kind-keyboard = every page used with a keyboard alone
accessibility-manual-kind-screen-reader = every page used with a screen reader
accessibility-manual-kind-zoom = every page used zoomed in to 400%, and on a screen 320 pixels wide
accessibility-manual-kind-disabled-users = the service tried by disabled people who might use it

## The privacy page

privacy-heading = Privacy: what happens to your answers
privacy-intro = This service does not send your answers anywhere. They stay in the web browser on this phone, tablet or computer, unless you send them yourself.

privacy-stored-heading = What is kept on this device
privacy-stored-intro = While you use the service, your web browser keeps these things in its session storage, a store that belongs to this browser tab. Each has a name, shown first:
# After the name of an item in session storage.
privacy-stored-answers = your answers to the questions, so that Back, Forward and reloading the page keep them
privacy-stored-language = the language you chose, so that the next page is in it
privacy-stored-nothing-else = Nothing else is kept: no cookies, and nothing in the browser’s longer-term storage.

privacy-how-long-heading = How long it is kept
privacy-how-long = Your browser deletes session storage when you close the tab or the browser. “{ clear-answers }”, at the bottom of each page once you have answered a question, deletes your answers at once.
privacy-history = The address of a result page holds your answers after its # sign, so your browser’s history keeps them until you delete it. On a shared phone or computer, use a private window, or delete the history when you have finished.

privacy-sent-heading = What is sent, and to whom
privacy-sent = This service sends nothing that you choose or type to anyone. There are no cookies, no analytics and no advertising, and nothing is loaded from any other website.
privacy-files = Your browser downloads the service’s own files from the website it came from: the pages’ code and styles, the words in your language, the list of local advocacy services, and the Easy Read pictures. Your answers are not part of these requests: a web browser never sends the part of an address after its # sign. Like any website, that website’s server may keep a record of the requests, such as your device’s internet address and the time.
privacy-request = If you ask for an advocate, your message is sent by your own phone’s text message or email app, and only when you send it there. It goes to the advocacy service through your phone company or email provider, not through this service.
privacy-read-aloud = Read aloud uses only the speech voices that work on your device itself, so the page’s words are not sent anywhere. Some web browsers also offer voices that work over the internet (for example, some voices in Google Chrome on a computer): the service never uses them, and if your device has only those for your language, there is no Listen button.
privacy-embedded = If this service is part of another organisation’s web page, the rest of that page is covered by that organisation’s own privacy notice.

privacy-contact-heading = Questions about your information
privacy-contact = To ask about your information, or how we use it, contact our data protection officer.
privacy-ico = If you are unhappy with how an organisation uses your information, you can complain to the Information Commissioner’s Office (ICO).
privacy-ico-link = Complain to the Information Commissioner’s Office (ICO)

# SPDX-License-Identifier: MIT OR Apache-2.0

### The accessibility statement (#/accessibility) and the privacy page
### (#/privacy), in Easy Read. Draft: for an Easy Read writer to check.
### Keep the official names of the law, the bodies and the standard, and
### say what each one is. "We" is the organisation that runs the service.
### $trust is its name, from its settings. Dates are YYYY-MM-DD.

## On both pages: who runs the service, and how to reach them

statement-run-by = This website is run by { $trust }.
statement-run-by-no-trust =
    This website is run by an NHS trust or another organisation.
    It is the organisation that gave you the link to this website.
statement-contact-ask =
    Ask the ward staff how to contact them.
    Or ask the organisation that gave you the link.
statement-contact-online = Website

## The accessibility statement

accessibility-heading = Accessibility statement for “{ service-name }”
accessibility-scope =
    Accessibility means how easy something is to use.
    This page says how easy this website is to use.
    It is about this website in every language.
    This website is about the Mental Health Act 1983.
    The Mental Health Act is a law about mental health care.
    The website tells you if you can get an independent mental health advocate (IMHA).
    An advocate is someone who helps a person say what they want.
accessibility-able-intro =
    We want everyone to be able to use this website.
    For example, you should be able to:
accessibility-able-keyboard = answer the questions using only a keyboard
# $count is how many languages the service offers besides English (Easy
# Read English counts as one).
accessibility-able-languages = read it in { $count } languages as well as English, like Welsh and Easy Read
accessibility-able-read-aloud =
    listen to the questions and results.
    This only works if your phone or computer has a voice for your language.
accessibility-able-print = print your result
accessibility-abilitynet =
    AbilityNet is a charity.
    It has help to make your phone or computer easier to use.
accessibility-abilitynet-link = AbilityNet: My Computer My Way

accessibility-how-heading = How easy this website is to use
accessibility-how-intro =
    We know some parts of this website are not easy for everyone.
    These are the problems we know about:
accessibility-issue-draft-translations =
    Nobody qualified has checked the translations yet.
    Nobody has checked this Easy Read yet.
    So some sentences may be hard to understand or wrong.
accessibility-issue-one-language =
    Some details may be in only one language.
    For example, when an advocacy service is open.
    A screen reader may read these details in the wrong voice.
    A screen reader is a program that reads out what is on a screen.
accessibility-issue-easy-read-pictures =
    The Easy Read pictures come from a set called OpenMoji.
    They were not made for Easy Read.
    People with learning disabilities have not checked them yet.
accessibility-issue-read-aloud =
    Listening only works if your device has a voice for your language.
    Some devices do not have voices for some languages.
accessibility-issue-bsl = There is no British Sign Language (BSL) video yet.
accessibility-issue-no-manual-checks =
    Nobody has tested this website by hand yet.
    For example, nobody has tested it with a screen reader.
    So there may be problems we do not know about.

accessibility-feedback-heading = If you need this information in another way
accessibility-feedback =
    You may need this information in another way.
    For example, in large print, as a recording or in braille.
    Then contact us.

accessibility-reporting-heading = Telling us about a problem with this website
accessibility-reporting =
    We always want to make this website easier to use.
    You may find a problem that is not on this page.
    Or you may think we are not following the rules.
    Then contact us.

accessibility-enforcement-heading = If you are not happy with our answer
accessibility-enforcement =
    The accessibility regulations are rules about public websites.
    Their full name is the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
    The Equality and Human Rights Commission (EHRC) makes sure these rules are followed.
    You may not be happy with how we answer your complaint.
    Then contact the Equality Advisory and Support Service (EASS).
accessibility-enforcement-eass-link = The Equality Advisory and Support Service (EASS)
accessibility-enforcement-northern-ireland =
    You may live in Northern Ireland.
    Then you can contact the Equality Commission for Northern Ireland (ECNI).
    It makes sure the rules are followed in Northern Ireland.
accessibility-enforcement-ecni-link = The Equality Commission for Northern Ireland (ECNI)

accessibility-technical-heading = Technical information about how easy this website is to use
accessibility-technical =
    We want this website to be easy to use.
    We want it to follow the accessibility regulations.
accessibility-regulations-link = The accessibility regulations on legislation.gov.uk
accessibility-compliance-heading = Does this website follow the rules?
accessibility-compliance =
    There is a standard for websites.
    It is called the Web Content Accessibility Guidelines (WCAG) 2.2.
    This website follows most of the AA level of this standard.
    It does not follow all of it.
    The part it does not follow is below.
accessibility-wcag-link = Web Content Accessibility Guidelines (WCAG) 2.2
accessibility-non-accessible-heading = Parts that are not easy to use
accessibility-non-accessible = This part of the website does not follow the standard.
accessibility-non-compliance-heading = Not following the accessibility regulations
accessibility-non-compliance-language-of-parts =
    Some details may be in only one language.
    For example, when an advocacy service is open.
    The website does not say which language these details are in.
    This breaks rule 3.1.2 of the standard.
    Rule 3.1.2 is called Language of parts.
    The organisation can fix this.
    It can give these details in every language of the website.

accessibility-improving-heading = What we are doing to make this website easier to use
accessibility-improving-intro =
    Anyone can see how this website is made and use it.
    The people who make it plan to:
accessibility-improving-translations =
    ask qualified translators to check every translation.
    Ask an Easy Read writer to check the Easy Read.
accessibility-improving-manual-checks =
    test the website with screen readers.
    Test it with disabled people.
accessibility-improving-language-of-parts = say which language each detail is in
accessibility-improving-bsl = make British Sign Language (BSL) videos

accessibility-preparation-heading = When we wrote this page and tested the website
accessibility-prepared =
    We wrote this page on { $prepared }.
    We last checked this page on { $reviewed }.
# $axe is the version of the axe-core checker, e.g. 4.14.1.
accessibility-tested =
    We last tested this website on { $date }.
    The people who make the website tested it.
    A computer program did the tests.
    The program is called axe-core. We used version { $axe }.
    It checked every page in English.
    It checked the main pages in every language.
    Other tests checked you can answer the questions with a keyboard.
    They checked that Arabic and Urdu go from right to left.
accessibility-manual-none = Nobody has tested this website by hand yet.
accessibility-manual-intro = People have tested the website by hand:
# One manual check: $date is its day, $check what was checked.
accessibility-manual-check = On { $date }: { $check }
accessibility-manual-kind-keyboard = they used every page with only a keyboard
accessibility-manual-kind-screen-reader = they used every page with a screen reader
accessibility-manual-kind-zoom = they made every page very big, and very narrow
accessibility-manual-kind-disabled-users = disabled people tried the website

## The privacy page

privacy-heading = Privacy: what happens to your answers
privacy-intro =
    This website does not send your answers to anyone.
    Your answers stay on this phone, tablet or computer.
    They only leave if you send them yourself.

privacy-stored-heading = What is kept on this device
privacy-stored-intro =
    Your web browser keeps some things while you use this website.
    It keeps them in a place called session storage.
    Each thing has a name. The name is first:
# After the name of an item in session storage.
privacy-stored-answers = your answers to the questions
privacy-stored-language = the language you chose
privacy-stored-nothing-else =
    Nothing else is kept.
    We do not use cookies.
    Cookies are small files that some websites save on your device.

privacy-how-long-heading = How long it is kept
privacy-how-long =
    Your answers are deleted when you close the website.
    You can also press “{ clear-answers }”.
    It is at the bottom of the page.
    Then your answers are deleted straight away.
privacy-history =
    The web browser history may keep your answers.
    This is in the address of the result page.
    On a shared phone or computer you can delete the history.

privacy-sent-heading = What is sent, and who to
privacy-sent =
    This website does not send your answers to anyone.
    There are no cookies.
    We do not count who uses the website.
    There are no adverts.
privacy-files =
    Your web browser gets the pages of this website from the internet.
    It does not send your answers when it does this.
    The website may write down that a device asked for a page.
    It may write down the time, and the device’s internet address.
privacy-request =
    You can ask for an advocate.
    Your own phone sends this message, as a text or an email.
    It only sends it when you press send.
privacy-read-aloud =
    Listening only uses voices that are inside your phone or computer.
    So the words of the page are not sent anywhere.
    Some web browsers also have voices that work over the internet.
    For example, some voices in Google Chrome on a computer.
    This website never uses those voices.
    Your phone or computer may only have those voices for your language.
    Then there is no “Listen” button.
privacy-embedded =
    This website may be part of another website.
    The other website has its own privacy information.

privacy-contact-heading = Questions about your information
privacy-contact =
    You may have questions about your information.
    Then contact our data protection officer.
    This person makes sure we look after information properly.
privacy-ico =
    You may not be happy with how an organisation uses your information.
    Then you can complain to the Information Commissioner’s Office (ICO).
privacy-ico-link = Complain to the Information Commissioner’s Office (ICO)

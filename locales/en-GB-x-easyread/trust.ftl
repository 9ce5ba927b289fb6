# SPDX-License-Identifier: MIT OR Apache-2.0

### What NHS trusts add: their local IMHA provider's contact details,
### ward posters with a QR code, and a page for staff.

## The local IMHA provider, as the trust configured it

# Before the provider's name.
provider-intro = Your local IMHA service is:
provider-phone = Phone
provider-text = Text message
provider-email = Email
provider-hours = When they are open
provider-referral = Ask for an advocate online
provider-bsl = British Sign Language (BSL)
# When the trust's settings could not be used; the page then shows contact-default.
provider-unavailable = We could not show the details of your local IMHA service.

## Page for staff

staff-heading = Telling patients about independent mental health advocates
staff-intro =
    The law says patients who can have an IMHA must be helped.
    They must be helped to understand what an IMHA can do.
    They must be helped to understand how to get one.
    This is called the duty to inform.
staff-who-heading = Who must be told
staff-who =
    Every patient who can have an IMHA must be told.
    In England, this means patients liable to be detained under most sections.
    For example, sections 2, 3, 35 to 38, 45A, 47 and 48.
    This includes patients on leave.
    It does not include the holding powers: sections 4, 5(2) and 5(4).
    It does not include places of safety: sections 135 and 136.
    It means patients on a community treatment order (CTO).
    It means patients under guardianship or conditionally discharged.
    It means anyone discussing brain surgery for mental disorder.
    Or a hormone implant to reduce sex drive.
    A hormone implant is a small piece of medicine put under the skin.
    Or ECT (electroconvulsive therapy), if they are under 18.
    In Wales, it means the same patients.
    It also means patients under sections 4, 5(2) and 5(4).
    And every informal in-patient being assessed or treated for a mental disorder.
    Places of safety do not qualify in England or in Wales.
staff-when-heading = When to tell them
staff-when-detention =
    As soon as practicable after they can have an IMHA.
    This means as soon as it can be done.
    They can have an IMHA when they are detained or put on a CTO.
    Or when they are received into guardianship or conditionally discharged.
    Or while a treatment that gives the right is being discussed.
staff-when-change =
    When their section changes.
    For example, from section 2 to section 3.
staff-when-ward-rounds = Before ward rounds and care reviews.
staff-when-tribunal =
    Before Tribunal hearings and hospital managers’ hearings.
    And when a section is renewed.
staff-when-medication =
    Before medication reviews.
    And when a second opinion doctor (SOAD) will visit.
staff-how-heading = How to tell them
staff-how =
    Tell them out loud.
    Also give it to them in writing.
    Check they have understood.
    If they are too unwell, try again later.
    Use an interpreter, Easy Read or British Sign Language when needed.
staff-nearest-relative =
    Send a copy of the written information to their nearest relative.
    Do not do this if the patient objects.
    This is for detained patients, community patients and guardianship patients.
    It is not for patients under court or prison sections.
    It is not for patients who qualify only because of a treatment discussion.
    In Wales, an informal patient’s copy goes to the people section 130L(6) names.
# "nominated person": a draft term, for review. It is the new legal term of
# the Mental Health Act 2025 (a person the patient chooses to replace the
# nearest relative). Easy Read keeps the legal words and explains them.
staff-nominated-person =
    Send a copy of the written information to their nominated person.
    This is the person the patient chose to replace the nearest relative.
    Do not do this if the patient objects.
    It is not for patients who qualify only because of a treatment discussion.
    In Wales, an informal patient’s copy goes to the people section 130L(6) names.
staff-referral-heading = How to make a referral
staff-referral =
    Patients can contact the IMHA service themselves.
    Staff can refer too, if the patient agrees.
    Staff can also refer when the patient cannot decide.
    This is when an IMHA would help them.
    Give the IMHA service the patient’s name, ward and section.
    Also give the date of any hearing.
staff-cqc-heading = What the Care Quality Commission looks for
staff-cqc =
    Inspectors check that patients were told about IMHAs when they became eligible.
    They check that patients were told again later.
    They check that this was recorded.
    They check that patients could reach an IMHA easily.
    This includes by a private phone.
staff-print = Print this checklist
# Links to the questions, to see what one patient can have.
staff-patient-link = Check what one patient can have: their independent mental health advocate (IMHA), their rights and your duties

## Ward posters

poster-link = Make a ward poster
poster-heading = Make a ward poster
poster-intro =
    Make a poster to print on A4 paper.
    A4 is the usual size of paper for a printer.
    The poster has a QR code.
    A QR code is a square picture that a phone camera can read.
    The QR code opens this service in the right language.
    The poster shows the details of your local IMHA service.
poster-language-label = Language of the poster
poster-provider-label = Independent mental health advocacy (IMHA) service
# The last choice of IMHA service, when staff want another one or the trust has set none: they then type its name and phone.
poster-provider-none = None of these. Type the service’s details below.
poster-name-label = Name of the independent mental health advocacy (IMHA) service
poster-name-hint =
    Type the name you want on the poster.
    It is only used for this poster.
    It is not saved.
poster-phone-label = Phone number of the IMHA service
# A UK phone number example; keep the digits as they are.
poster-phone-hint =
    A UK phone number. For example 0300 123 4567.
    It is only used for this poster.
    It is not saved.
poster-phone-error = Enter a UK phone number, like 0300 123 4567
poster-url-label = Public web address of this service
poster-url-hint =
    The address people will open.
    It starts with https://
poster-url-error = Enter a web address that starts with https://
poster-make = Make the poster
poster-print = Print the poster
# The poster itself, in the chosen language.
poster-title = Do you want help to understand your rights?
poster-body =
    An independent mental health advocate can help you.
    An advocate helps you say what you want.
    It is free.
    They do not work for the hospital.
poster-scan =
    Scan the QR code.
    The QR code is the square picture on this poster.
    Point your phone camera at it.
    Find out if you can have an advocate.
poster-or-visit = Or go to:
poster-call = Or call:
# For people who cannot scan the QR code.
poster-no-smartphone =
    No smartphone?
    Ask a nurse to help you contact an advocate.
poster-qr-label = QR code that opens the service

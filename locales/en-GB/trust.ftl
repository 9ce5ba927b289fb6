# SPDX-License-Identifier: MIT OR Apache-2.0

### What NHS trusts add: their local IMHA provider's contact details,
### ward posters with a QR code, and a page for staff.

## The local IMHA provider, as the trust configured it

# Before the provider's name.
provider-intro = Your local IMHA service is:
provider-phone = Phone
provider-text = Text message
provider-email = Email
provider-hours = Opening hours
provider-referral = Ask for an advocate online
provider-bsl = British Sign Language (BSL)
# When the trust's settings could not be used; the page then shows contact-default.
provider-unavailable = We could not show your local IMHA service’s details.

## Page for staff

staff-heading = Telling patients about independent mental health advocates
staff-intro = The law says patients who can have an IMHA must be helped to understand what an IMHA can do and how to get one. This is the duty to inform.
staff-who-heading = Who must be told
staff-who = Every patient who can have an IMHA. In England: patients liable to be detained under any section except the holding powers (sections 4, 5(2) and 5(4)) and places of safety (sections 135 and 136), for example sections 2, 3, 35 to 38, 45A, 47 and 48, including on leave; patients on a community treatment order, under guardianship, or conditionally discharged; and anyone discussing brain surgery for mental disorder, a hormone implant to reduce sex drive or (if under 18) ECT. In Wales: the same, and also patients under sections 4, 5(2) and 5(4), and every informal in-patient being assessed or treated for a mental disorder. Places of safety do not qualify in either country.
staff-when-heading = When to tell them
staff-when-detention = As soon as practicable after they can have an IMHA: when they are detained, put on a CTO, received into guardianship or conditionally discharged, or while a treatment that gives the right is being discussed.
staff-when-change = When their section changes, for example from section 2 to section 3.
staff-when-ward-rounds = Before ward rounds and care reviews.
staff-when-tribunal = Before Tribunal and hospital managers’ hearings, and when a section is renewed.
staff-when-medication = Before medication reviews, and when a second opinion doctor (SOAD) will visit.
staff-how-heading = How to tell them
staff-how = Tell them out loud and give it to them in writing. Check they have understood. If they are too unwell, try again later. Use an interpreter, Easy Read or British Sign Language when needed.
staff-nearest-relative = Unless the patient objects, send a copy of the written information to their nearest relative. This is for detained, community and guardianship patients, but not for patients under court or prison sections, nor for patients who qualify only because of a treatment discussion. In Wales, an informal patient’s copy goes to the people section 130L(6) names.
staff-nominated-person = Unless the patient objects, send a copy of the written information to their nominated person. This is not for patients who qualify only because of a treatment discussion. In Wales, an informal patient’s copy goes to the people section 130L(6) names.
staff-referral-heading = How to make a referral
staff-referral = Patients can contact the IMHA service themselves. Staff can refer too, with the patient’s agreement, or when the patient cannot decide and an IMHA would help them. Give the IMHA service the patient’s name, ward, section and the date of any hearing.
staff-cqc-heading = What the Care Quality Commission looks for
staff-cqc = Inspectors check that patients were told about IMHAs when they became eligible and again later, that this was recorded, and that patients could reach an IMHA easily, including by a private phone.
staff-print = Print this checklist
# Links to the questions, to see what one patient can have.
staff-patient-link = Check what one patient can have: their IMHA, their rights and your duties

## Ward posters

poster-link = Make a ward poster
poster-heading = Make a ward poster
poster-intro = Make an A4 poster with a QR code that opens this service in the right language and with your local IMHA service’s details.
poster-language-label = Language of the poster
poster-provider-label = IMHA service
# The last choice of IMHA service, when staff want another one or the trust has set none: they then type its name and phone.
poster-provider-none = None of these: type the service’s details below
poster-name-label = Name of the IMHA service
poster-name-hint = As it should appear on the poster. It is used for this poster only and is not saved.
poster-phone-label = Phone number of the IMHA service
# A UK phone number example; keep the digits as they are.
poster-phone-hint = A UK number, for example 0300 123 4567. It is used for this poster only and is not saved.
poster-phone-error = Enter a UK phone number, like 0300 123 4567 or +44 300 123 4567
poster-url-label = Public web address of this service
poster-url-hint = The address people will open, starting with https://
poster-url-error = Enter a web address that starts with https://
poster-make = Make the poster
poster-print = Print the poster
# The poster itself, in the chosen language.
poster-title = Do you want help to understand your rights?
poster-body = An independent mental health advocate can help you. It is free. They do not work for the hospital.
poster-scan = Scan the QR code to find out if you can have an advocate.
poster-or-visit = Or go to:
poster-call = Or call:
# For people who cannot scan the QR code.
poster-no-smartphone = No smartphone? Ask a nurse to help you contact an advocate.
poster-qr-label = QR code that opens the service

# SPDX-License-Identifier: MIT OR Apache-2.0

### Asking for an advocate: a short message to the local IMHA service,
### always composed in English for the service (the request-line-*
### messages) and shown in the reader's language beside it to check.
### Every message receives $audience: "patient", "carer" or "staff".

# On the result page, under "What to do now": opens the request page.
request-link = Write a message asking for an advocate
request-heading = Ask for an advocate
request-intro =
    { $audience ->
        [carer] Fill in what you can. We write a short message in English for the IMHA service, and show it in your language too, so that you can check it. Nothing is sent or saved unless you send it from your phone.
        [staff] Fill in what the patient agrees to. We write a short message in English for the IMHA service. Nothing is sent or saved unless you send it.
       *[patient] Fill in what you want to. We write a short message in English for the IMHA service, and show it in your language too, so that you can check it. Nothing is sent or saved unless you send it from your phone.
    }
request-name-label =
    { $audience ->
        [carer] Name of the person who needs an advocate
        [staff] Patient’s name
       *[patient] Your name
    }
request-place-label =
    { $audience ->
        [carer] Where they are
        [staff] Ward and hospital
       *[patient] Where you are
    }
    .hint = For example, the ward and hospital, or the town
request-contact-label =
    { $audience ->
        [carer] Your name, and a phone number the service can call you on
        [staff] Your name, role and the ward’s phone number
       *[patient] A phone number the service can call you on, if you have one
    }
request-language-label =
    { $audience ->
        [patient] The language you speak
       *[other] The language they speak
    }
# Last in the list of languages; shows a box to type the language in.
request-language-other = Another language
request-other-language-label = Which language?
request-interpreter-legend =
    { $audience ->
        [patient] Do you need an interpreter?
       *[other] Do they need an interpreter?
    }
request-yes = Yes
request-no = No
request-english-heading = The message, in English
request-translation-heading = What it says, in your language
request-not-saved = This message is not saved. When you leave this page, it is gone.
# The provider’s name is shown above these links.
request-send-text = Send it as a text message
request-send-email = Send it as an email
request-or-call = Or call:
# With no local IMHA service configured: the card is for a nurse or ward staff.
request-no-provider =
    { $audience ->
        [carer] Show this message to the ward staff or the care team of the person you are asking about. They must help them contact the IMHA service.
        [staff] Pass this message to the local IMHA service.
       *[patient] Show this message to a nurse or ward staff. They must help you contact the IMHA service.
    }
# Shows the message in large type, filling the screen, to hand to a nurse.
request-show-card = Show the message full screen
request-card-close = Close

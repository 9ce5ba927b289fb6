# SPDX-License-Identifier: MIT OR Apache-2.0

### The message asking for an advocate: compiled into the app in English,
### because it is always sent in English, whatever language the page is in.

## The message itself. $value is what the person typed or chose.

request-email-subject = Asking for an independent mental health advocate (IMHA)
request-line-hello =
    { $audience ->
        [carer] Hello. I am asking for an independent mental health advocate (IMHA) for someone I care about.
        [staff] Hello. I am a member of staff. I am asking for an independent mental health advocate (IMHA) for a patient.
       *[patient] Hello. I would like an independent mental health advocate (IMHA).
    }
request-line-name = Name: { $value }
request-line-place = Where: { $value }
request-line-status = Section or status: { $value }
request-line-language = Language: { $value }
request-line-contact = Contact: { $value }
# $needed is "yes" or "no".
request-line-interpreter =
    { $needed ->
        [yes] An interpreter is needed.
       *[no] No interpreter is needed.
    }
request-line-thanks = Thank you.
# The statuses that are not a section, as the service would name them.
request-status =
    { $status ->
        [detained-longer-term] Kept in hospital under a section (not known which)
        [detained-section-not-known] Kept in hospital under a section (not known which)
        [cto] Community treatment order (CTO)
        [cto-recalled] Community treatment order (CTO), called back to hospital
        [guardianship] Has a guardian under the Mental Health Act (guardianship)
        [conditional-discharge] Left hospital with rules to follow (conditional discharge)
        [informal-inpatient] In hospital, but not under a section (voluntary patient)
        [none] Not kept in hospital under the Mental Health Act
       *[unknown] Not known
    }

# SPDX-License-Identifier: MIT OR Apache-2.0

### What an independent mental health advocate (IMHA) does and cannot do,
### and what staff must do to tell patients about IMHAs.
### Every message receives $audience: "patient", "carer" or "staff".

## What an IMHA can do

advocate-heading =
    { $audience ->
        [carer] What an independent mental health advocate (IMHA) can do for the person
        [staff] What an independent mental health advocate (IMHA) can do for the patient
       *[patient] What an independent mental health advocate (IMHA) can do for you
    }
advocate-intro =
    { $audience ->
        [carer] An IMHA is a trained advocate.
            They are independent of the hospital.
            This means they do not work for the hospital.
            Their help is free.
            What the person tells them is kept private.
            But the IMHA may need to share it.
            This is if someone is at serious risk.
            For example, if someone could be badly hurt.
        [staff] An IMHA is a trained advocate who is independent of the hospital.
            Their help is free and confidential.
            But they may need to share information if someone is at serious risk.
       *[patient] An IMHA is a trained advocate.
            They are independent of the hospital.
            This means they do not work for the hospital.
            Their help is free.
            What you tell them is kept private.
            But they may need to share it.
            This is if someone is at serious risk.
            For example, if someone could be badly hurt.
    }
advocate-understand-rights =
    { $audience ->
        [carer] They can help the person understand their section.
            They can help them understand any conditions or limits on them.
            They can help them understand their rights.
        [staff] They can help the patient understand the law they are under.
            They can help them understand any conditions or restrictions on them.
            They can help them understand their rights.
       *[patient] They can help you understand your section.
            They can help you understand any conditions or limits on you.
            They can help you understand your rights.
    }
advocate-understand-treatment =
    { $audience ->
        [carer] They can help the person find out about their treatment.
            This means what it is and why they are having it.
            It also means what law allows it.
            And what rules protect them.
        [staff] They can help the patient find out about their treatment.
            This means what is given, proposed or discussed, and why.
            It also means under what authority, and the safeguards that apply.
       *[patient] They can help you find out about your treatment.
            This means what it is and why you are having it.
            It also means what law allows it.
            And what rules protect you.
    }
advocate-use-rights =
    { $audience ->
        [carer] They can help the person use their rights.
            For example, they can help them apply to the Tribunal.
            The Tribunal is an independent group of people.
            It can end the person’s section.
        [staff] They can help the patient exercise their rights.
            For example, to apply to the Tribunal.
       *[patient] They can help you use your rights.
            For example, they can help you apply to the Tribunal.
            The Tribunal is an independent group of people.
            It can end your section.
    }
advocate-speak-for-you =
    { $audience ->
        [carer] They can speak for the person.
            Or they can support the person to speak for themselves.
            For example, in meetings with staff.
        [staff] They can represent the patient and speak on their behalf.
            For example, in meetings with staff.
       *[patient] They can speak for you.
            Or they can support you to speak for yourself.
            For example, in meetings with staff.
    }
advocate-take-part-in-decisions =
    { $audience ->
        [carer] They can help the person take part in decisions.
            These are decisions about their care and treatment.
            The IMHA can also speak for them.
        [staff] They can help the patient become involved in decisions.
            These are decisions about their care and treatment.
            This includes by representing them.
       *[patient] They can help you take part in decisions.
            These are decisions about your care and treatment.
            The IMHA can also speak for you.
    }
advocate-complain =
    { $audience ->
        [carer] They can help the person complain about their care or treatment.
            Complain means say you are not happy about something.
        [staff] They can help the patient complain about their care or treatment.
            This includes by representing them.
       *[patient] They can help you complain about your care or treatment.
            Complain means say you are not happy about something.
    }
advocate-other-services =
    { $audience ->
        [carer] They can tell the person about other services that could help them.
        [staff] They can give the patient information about other services.
            These are services that are or may be available to them.
       *[patient] They can tell you about other services that could help you.
    }
advocate-meet-in-private =
    { $audience ->
        [carer] They can meet the person in private.
            They can also talk to the professionals who treat the person.
        [staff] They can visit and interview the patient in private.
            They can interview the professionals involved in their treatment.
       *[patient] They can meet you in private.
            They can also talk to the professionals who treat you.
    }
# The IMHA can see records of detention, treatment and after-care, and
# council records, with the patient's consent; if the patient lacks capacity,
# only relevant records, and not against a decision of an attorney, deputy or
# the Court of Protection.
advocate-see-records =
    { $audience ->
        [carer] They can see the person’s records from the hospital or the council.
            They can see them if the person agrees.
            The person may not be able to decide.
            Then the person who holds the records decides.
            The IMHA can only see records that are relevant.
            Relevant means the records that matter for this.
            It must also be right for the IMHA to see them.
            Someone may have legal power to decide for the person.
            If so, the IMHA cannot go against their decision.
        [staff] They can see the patient’s hospital and council records with the patient’s consent.
            The patient may lack capacity.
            Then the record holder decides.
            They decide if the records are relevant to the IMHA’s help.
            They decide if access is appropriate.
            Access must not conflict with a decision of a donee or a deputy.
            Or with a decision of the Court of Protection.
       *[patient] They can see your records from the hospital or the council.
            They can see them if you agree.
            You may not be able to decide.
            Then the person who holds the records decides.
            The IMHA can only see records that are relevant.
            Relevant means the records that matter for this.
            It must also be right for the IMHA to see them.
            Someone may have legal power to decide for you.
            If so, the IMHA cannot go against their decision.
    }
# An approved mental health professional (AMHP) is a trained professional,
# often a social worker, with duties under the Mental Health Act.
advocate-visit-requests =
    { $audience ->
        [carer] Some people can ask an IMHA to visit the person.
            One is the nearest relative.
            One is the responsible clinician.
            Another is an approved mental health professional (AMHP).
            An AMHP is a trained professional, often a social worker.
            The person can still say no to the IMHA’s help.
        [staff] The nearest relative can ask an IMHA to visit the patient.
            So can the responsible clinician or an approved mental health professional (AMHP).
            The patient can still refuse the IMHA’s help.
       *[patient] Some people can ask an IMHA to visit you.
            One is your nearest relative.
            One is your responsible clinician.
            Another is an approved mental health professional (AMHP).
            An AMHP is a trained professional, often a social worker.
            You can still say no to the IMHA’s help.
    }

advocate-visit-requests-wales-compulsory =
    { $audience ->
        [carer] Some people can ask an IMHA to visit the person.
            The person can ask.
            Their nearest relative can ask.
            Their responsible clinician can ask.
            An approved mental health professional (AMHP) can ask.
            An AMHP is a trained professional, often a social worker.
            A social worker or the hospital managers can ask.
            Someone with legal power to decide for the person can ask.
            The person can still say no to the IMHA’s help.
        [staff] These people can ask an IMHA to visit the patient.
            The patient, their nearest relative or the responsible clinician.
            An AMHP, or a social worker concerned with the patient.
            The hospital managers, or the patient’s donee or deputy.
            The patient can still refuse the IMHA’s help.
       *[patient] You can ask an IMHA to visit you.
            Some other people can ask too.
            Your nearest relative can ask.
            Your responsible clinician can ask.
            An approved mental health professional (AMHP) can ask.
            An AMHP is a trained professional, often a social worker.
            A social worker or the hospital managers can ask.
            Someone with legal power to decide for you can ask.
            You can still say no to the IMHA’s help.
    }
advocate-visit-requests-wales-informal =
    { $audience ->
        [carer] Some people can ask an IMHA to visit the person.
            The person can ask.
            Their carer can ask.
            A social worker or the hospital managers can ask.
            Someone with legal power to decide for the person can ask.
            The person can still say no to the IMHA’s help.
        [staff] These people can ask an IMHA to visit the patient.
            The patient, their carer, or a social worker concerned with the patient.
            The hospital managers, or the patient’s donee or deputy.
            The patient can still refuse the IMHA’s help.
       *[patient] You can ask an IMHA to visit you.
            Some other people can ask too.
            Your carer can ask.
            A social worker or the hospital managers can ask.
            Someone with legal power to decide for you can ask.
            You can still say no to the IMHA’s help.
    }
# "nominated person": a draft term, for review. It is the new legal term of
# the Mental Health Act 2025 (a person the patient chooses to replace the
# nearest relative). Easy Read keeps the legal words and explains them.
advocate-visit-requests-nominated-person =
    { $audience ->
        [carer] Some people can ask an IMHA to visit the person.
            One is the person’s nominated person.
            This is someone chosen to help the person.
            They take the place of the nearest relative.
            One is the responsible clinician.
            Another is an approved mental health professional (AMHP).
            An AMHP is a trained professional, often a social worker.
            The person can still say no to the IMHA’s help.
        [staff] The nominated person can ask an IMHA to visit the patient.
            So can the responsible clinician or an AMHP.
            The patient can still refuse the IMHA’s help.
       *[patient] Some people can ask an IMHA to visit you.
            One is your nominated person.
            This is someone chosen to help you.
            They take the place of the nearest relative.
            One is your responsible clinician.
            Another is an approved mental health professional (AMHP).
            An AMHP is a trained professional, often a social worker.
            You can still say no to the IMHA’s help.
    }
advocate-visit-requests-wales-compulsory-nominated-person =
    { $audience ->
        [carer] Some people can ask an IMHA to visit the person.
            The person can ask.
            Their nominated person can ask.
            This is someone chosen to help the person.
            Their responsible clinician can ask.
            An approved mental health professional (AMHP) can ask.
            An AMHP is a trained professional, often a social worker.
            A social worker or the hospital managers can ask.
            Someone with legal power to decide for the person can ask.
            The person can still say no to the IMHA’s help.
        [staff] These people can ask an IMHA to visit the patient.
            The patient, their nominated person or the responsible clinician.
            An AMHP, or a social worker concerned with the patient.
            The hospital managers, or the patient’s donee or deputy.
            The patient can still refuse the IMHA’s help.
       *[patient] You can ask an IMHA to visit you.
            Some other people can ask too.
            Your nominated person can ask.
            This is someone chosen to help you.
            Your responsible clinician can ask.
            An approved mental health professional (AMHP) can ask.
            An AMHP is a trained professional, often a social worker.
            A social worker or the hospital managers can ask.
            Someone with legal power to decide for you can ask.
            You can still say no to the IMHA’s help.
    }

## What an IMHA cannot do

advocate-limits-heading = What an independent mental health advocate (IMHA) cannot do
advocate-not-a-lawyer =
    { $audience ->
        [carer] An IMHA is not a solicitor.
            A solicitor is a kind of lawyer.
            An IMHA can help the person find a solicitor for the Tribunal.
        [staff] An IMHA is not a solicitor.
            They do not replace one at the Tribunal.
            They can help the patient find a solicitor.
       *[patient] An IMHA is not a solicitor.
            A solicitor is a kind of lawyer.
            An IMHA can help you find a solicitor for the Tribunal.
    }
advocate-no-decisions =
    { $audience ->
        [carer] An IMHA cannot make decisions for the person.
            They cannot tell staff what to do.
            They help make sure the person’s views are heard.
            Views means what the person thinks and wants.
        [staff] An IMHA cannot make decisions for the patient.
            They cannot tell staff what to do.
            They help make sure the patient’s views are heard.
       *[patient] An IMHA cannot make decisions for you.
            They cannot tell staff what to do.
            They help make sure your views are heard.
            Your views are what you think and want.
    }
advocate-can-say-no =
    { $audience ->
        [carer] The person can say no to an IMHA.
            They can change their mind later.
        [staff] The patient can refuse help from an IMHA.
            They can change their mind later.
       *[patient] You can say no to an IMHA.
            You can change your mind later.
    }
advocate-not-imca =
    An IMHA is different from an IMCA.
    IMCA means Independent Mental Capacity Advocate.
    An IMCA helps some people who cannot make a decision.
    These are people who have nobody else to help them.
    A person can have both an IMHA and an IMCA.

## What staff must do (shown to staff only)

duty-heading = What staff must do
duty-intro =
    The law says what the responsible person must do.
    They must take the steps they practicably can.
    Practicable means possible in practice.
    The steps are to make sure the patient understands 2 things.
    What help an IMHA can give.
    And how to get this help.
duty-who-hospital-managers =
    Who must do this: the hospital managers.
    In practice, ward staff usually do it for them.
duty-who-responsible-clinician =
    Who must do this: the patient’s responsible clinician.
    This is because the patient has been conditionally discharged.
duty-who-local-authority =
    Who must do this: the responsible local social services authority.
    This is the council responsible for the guardianship.
duty-who-responsible-hospital =
    Who must do this: the managers of the responsible hospital.
    This is the hospital responsible for the patient’s CTO.
duty-who-doctor-discussing-treatment =
    Who must do this: the doctor or approved clinician.
    This is the one who discusses the treatment with the patient.
# In Wales, an informal in-patient qualifies when they become an in-patient.
duty-as-soon-as-practicable =
    When: as soon as practicable after the patient qualifies.
    The patient qualifies when they are detained.
    Or when they are made subject to a CTO.
    Or when they are received into guardianship.
    Or when the treatment is discussed.
    For an informal in-patient in Wales, it is when they become an in-patient.
duty-orally-and-in-writing =
    How: tell the patient out loud.
    Also tell them in writing.
duty-copy-to-nearest-relative =
    Give a copy of the written information to the patient’s nearest relative.
    This means the person who appears to be their nearest relative.
    Do this where practicable.
    Do not do this if the patient asks you not to.
    Do it when you tell the patient, or within a reasonable time after.
    This does not apply to patients under court or prison sections.
duty-copy-to-nominated-person =
    Give a copy of the written information to the patient’s nominated person.
    This means the person who appears to be their nominated person.
    Do not do this if the patient asks you not to.
    Do it when you tell the patient, or within a reasonable time after.
# Wales, informal patients: section 130L(6) lists who gets the copy.
duty-copy-to-informal-patients-people =
    Give a copy of the written information to the people section 130L(6) names.
    Check the text of the section to see who they are.
    Do not do this if the patient asks you not to.
duty-repeat-at-key-moments =
    Repeat the information at key points.
    These are on admission and when the section changes.
    They are also before ward rounds and medication reviews.
    And before renewals and Tribunal hearings.
duty-check-understanding =
    Check that the patient has understood.
    They may be too unwell to take it in.
    If so, try again later.
    Use an interpreter or Easy Read information if needed.
duty-help-to-contact =
    Help the patient contact the IMHA service.
    For example, give them a private phone to use.
    Record what you did.

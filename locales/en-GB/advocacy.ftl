# SPDX-License-Identifier: MIT OR Apache-2.0

### What an independent mental health advocate (IMHA) does and cannot do,
### and what staff must do to tell patients about IMHAs.
### Every message receives $audience: "patient", "carer" or "staff".

## What an IMHA can do

advocate-heading =
    { $audience ->
        [carer] What an IMHA can do for the person
        [staff] What an IMHA can do for the patient
       *[patient] What an IMHA can do for you
    }
advocate-intro =
    { $audience ->
        [carer] An IMHA is a trained advocate who is independent of the hospital. Their help is free. What the person you are asking about tells them is kept private, but the IMHA may need to share it if someone is at serious risk.
        [staff] An IMHA is a trained advocate who is independent of the hospital. Their help is free and confidential, but they may need to share information if someone is at serious risk.
       *[patient] An IMHA is a trained advocate who is independent of the hospital. Their help is free. What you tell them is kept private, but they may need to share it if someone is at serious risk.
    }
advocate-understand-rights =
    { $audience ->
        [carer] They can help the person you are asking about understand their section, any conditions or limits on them, and their rights.
        [staff] They can help the patient understand the law they are under, any conditions or restrictions on them, and their rights.
       *[patient] They can help you understand your section, any conditions or limits on you, and your rights.
    }
advocate-understand-treatment =
    { $audience ->
        [carer] They can help the person you are asking about find out about their treatment: what it is, why they are having it, what law allows it, and what rules protect them.
        [staff] They can help the patient find out about their treatment: what is given, proposed or discussed, why, under what authority, and the safeguards that apply.
       *[patient] They can help you find out about your treatment: what it is, why you are having it, what law allows it, and what rules protect you.
    }
advocate-use-rights =
    { $audience ->
        [carer] They can help the person you are asking about use their rights, for example to apply to the Tribunal (an independent panel that can end their section).
        [staff] They can help the patient exercise their rights, for example to apply to the Tribunal.
       *[patient] They can help you use your rights, for example to apply to the Tribunal (an independent panel that can end your section).
    }
advocate-speak-for-you =
    { $audience ->
        [carer] They can speak for the person you are asking about, or support them to speak for themselves, for example in meetings with staff.
        [staff] They can represent the patient and speak on their behalf, for example in meetings with staff.
       *[patient] They can speak for you, or support you to speak for yourself, for example in meetings with staff.
    }
advocate-take-part-in-decisions =
    { $audience ->
        [carer] They can help the person you are asking about take part in decisions about their care and treatment, including by speaking for them.
        [staff] They can help the patient become involved in decisions about their care and treatment, including by representing them.
       *[patient] They can help you take part in decisions about your care and treatment, including by speaking for you.
    }
advocate-complain =
    { $audience ->
        [carer] They can help the person you are asking about complain about their care or treatment.
        [staff] They can help the patient complain about their care or treatment, including by representing them.
       *[patient] They can help you complain about your care or treatment.
    }
advocate-other-services =
    { $audience ->
        [carer] They can tell the person you are asking about what other services could help them.
        [staff] They can give the patient information about other services that are or may be available to them.
       *[patient] They can tell you about other services that could help you.
    }
advocate-meet-in-private =
    { $audience ->
        [carer] They can meet the person you are asking about in private. They can also talk to the professionals who treat them.
        [staff] They can visit and interview the patient in private, and interview the professionals involved in their treatment.
       *[patient] They can meet you in private. They can also talk to the professionals who treat you.
    }
# The IMHA can see records of detention, treatment and after-care, and
# council records, with the patient's consent; if the patient lacks capacity,
# only relevant records, and not against a decision of an attorney, deputy or
# the Court of Protection.
advocate-see-records =
    { $audience ->
        [carer] They can see the records of the person you are asking about, from the hospital or the council, if the person agrees. If the person is not able to decide, the person who holds the records decides: only records that are relevant, and only if it is appropriate, and not against a decision of someone with legal power to decide for them.
        [staff] They can see the patient’s hospital and council records with the patient’s consent. If the patient lacks capacity, the record holder decides whether the records are relevant to the IMHA’s help and access is appropriate, and access must not conflict with a decision of a donee, a deputy or the Court of Protection.
       *[patient] They can see your records, from the hospital or the council, if you agree. If you are not able to decide, the person who holds the records decides: only records that are relevant, and only if it is appropriate, and not against a decision of someone with legal power to decide for you.
    }
# An approved mental health professional (AMHP) is a trained professional,
# often a social worker, with duties under the Mental Health Act.
advocate-visit-requests =
    { $audience ->
        [carer] The nearest relative, the responsible clinician or an approved mental health professional (AMHP) can ask an IMHA to visit the person you are asking about. The person can still say no to the IMHA’s help.
        [staff] The nearest relative, the responsible clinician or an approved mental health professional (AMHP) can ask an IMHA to visit the patient. The patient can still refuse the IMHA’s help.
       *[patient] Your nearest relative, your responsible clinician or an approved mental health professional (AMHP) can ask an IMHA to visit you. You can still say no to the IMHA’s help.
    }

advocate-visit-requests-wales-compulsory =
    { $audience ->
        [carer] The person you are asking about, their nearest relative, their responsible clinician, an approved mental health professional (AMHP), a social worker, the hospital managers, or someone with legal power to decide for them can ask an IMHA to visit. The person can still say no to the IMHA’s help.
        [staff] The patient, their nearest relative, the responsible clinician, an AMHP, a social worker concerned with the patient, the hospital managers, or the patient’s donee or deputy can ask an IMHA to visit. The patient can still refuse the IMHA’s help.
       *[patient] You, your nearest relative, your responsible clinician, an approved mental health professional (AMHP), a social worker, the hospital managers, or someone with legal power to decide for you can ask an IMHA to visit you. You can still say no to the IMHA’s help.
    }
advocate-visit-requests-wales-informal =
    { $audience ->
        [carer] The person you are asking about, their carer, a social worker, the hospital managers, or someone with legal power to decide for them can ask an IMHA to visit. The person can still say no to the IMHA’s help.
        [staff] The patient, their carer, a social worker concerned with the patient, the hospital managers, or the patient’s donee or deputy can ask an IMHA to visit. The patient can still refuse the IMHA’s help.
       *[patient] You, your carer, a social worker, the hospital managers, or someone with legal power to decide for you can ask an IMHA to visit you. You can still say no to the IMHA’s help.
    }
advocate-visit-requests-nominated-person =
    { $audience ->
        [carer] The nominated person, the responsible clinician or an approved mental health professional (AMHP) can ask an IMHA to visit the person you are asking about. The person can still say no to the IMHA’s help.
        [staff] The nominated person, the responsible clinician or an AMHP can ask an IMHA to visit the patient. The patient can still refuse the IMHA’s help.
       *[patient] Your nominated person, your responsible clinician or an approved mental health professional (AMHP) can ask an IMHA to visit you. You can still say no to the IMHA’s help.
    }
advocate-visit-requests-wales-compulsory-nominated-person =
    { $audience ->
        [carer] The person you are asking about, their nominated person, their responsible clinician, an approved mental health professional (AMHP), a social worker, the hospital managers, or someone with legal power to decide for them can ask an IMHA to visit. The person can still say no to the IMHA’s help.
        [staff] The patient, their nominated person, the responsible clinician, an AMHP, a social worker concerned with the patient, the hospital managers, or the patient’s donee or deputy can ask an IMHA to visit. The patient can still refuse the IMHA’s help.
       *[patient] You, your nominated person, your responsible clinician, an approved mental health professional (AMHP), a social worker, the hospital managers, or someone with legal power to decide for you can ask an IMHA to visit you. You can still say no to the IMHA’s help.
    }

## What an IMHA cannot do

advocate-limits-heading = What an IMHA cannot do
advocate-not-a-lawyer =
    { $audience ->
        [carer] An IMHA is not a solicitor. They can help the person you are asking about find a solicitor for the Tribunal.
        [staff] An IMHA is not a solicitor and does not replace one at the Tribunal. They can help the patient find a solicitor.
       *[patient] An IMHA is not a solicitor. They can help you find a solicitor for the Tribunal.
    }
advocate-no-decisions =
    { $audience ->
        [carer] An IMHA cannot make decisions for the person you are asking about, or tell staff what to do. They help make sure the person’s views are heard.
        [staff] An IMHA cannot make decisions for the patient or tell staff what to do. They help make sure the patient’s views are heard.
       *[patient] An IMHA cannot make decisions for you or tell staff what to do. They help make sure your views are heard.
    }
advocate-can-say-no =
    { $audience ->
        [carer] The person you are asking about can say no to an IMHA. They can change their mind later.
        [staff] The patient can refuse help from an IMHA, and can change their mind later.
       *[patient] You can say no to an IMHA. You can change your mind later.
    }
advocate-not-imca = An IMHA is different from an Independent Mental Capacity Advocate (IMCA). An IMCA helps people who are not able to make a decision and have nobody else to help. A person can have both.

## What staff must do (shown to staff only)

duty-heading = What staff must do
duty-intro = The law says the responsible person must take the steps they practicably can to make sure the patient understands what help an IMHA can give and how to get it.
duty-who-hospital-managers = Who must do this: the hospital managers. In practice, ward staff usually do it for them.
duty-who-responsible-clinician = Who must do this: the patient’s responsible clinician, because the patient has been conditionally discharged.
duty-who-local-authority = Who must do this: the responsible local social services authority (the council responsible for the guardianship).
duty-who-responsible-hospital = Who must do this: the managers of the responsible hospital (the hospital responsible for the patient’s CTO).
duty-who-doctor-discussing-treatment = Who must do this: the doctor or approved clinician who discusses the treatment with the patient.
# In Wales, an informal in-patient qualifies when they become an in-patient.
duty-as-soon-as-practicable = When: as soon as practicable after the patient qualifies. That is when they are detained, made subject to a CTO, received into guardianship, or when the treatment is discussed. For an informal in-patient in Wales, it is when they become an in-patient.
duty-orally-and-in-writing = How: tell the patient both out loud and in writing.
duty-copy-to-nearest-relative = Unless the patient asks you not to, give a copy of the written information to the person who appears to be their nearest relative, where practicable. Do it when you tell the patient, or within a reasonable time after. This does not apply to patients under court or prison sections.
duty-copy-to-nominated-person = Unless the patient asks you not to, give a copy of the written information to the person who appears to be their nominated person. Do it when you tell the patient, or within a reasonable time after.
# Wales, informal patients: section 130L(6) lists who gets the copy.
duty-copy-to-informal-patients-people = Unless the patient asks you not to, give a copy of the written information to the people section 130L(6) names. Check the text of the section for who they are.
duty-repeat-at-key-moments = Repeat the information at key points: on admission, when the section changes, and before ward rounds, medication reviews, renewals and Tribunal hearings.
duty-check-understanding = Check that the patient has understood. If they are too unwell to take it in, try again later. Use an interpreter or easy read information if needed.
duty-help-to-contact = Help the patient contact the IMHA service, for example by giving them a private phone. Record what you did.

# SPDX-License-Identifier: MIT OR Apache-2.0

### The result page: whether the person can get an independent mental health
### advocate (IMHA), why, what to ask, what to do instead, and how to get help.
### Every message receives $audience: "patient", "carer" or "staff".
### Patient: "you". Carer: "the person you are asking about", then "they".
### Staff: "the patient", then "they".

## The outcome

result-heading-yes =
    { $audience ->
        [carer] The person you are asking about can get an independent mental health advocate (IMHA)
        [staff] The patient can get an independent mental health advocate (IMHA)
       *[patient] You can get an independent mental health advocate (IMHA)
    }
result-heading-no =
    { $audience ->
        [carer] The person you are asking about cannot get an IMHA at the moment
        [staff] The patient cannot get an IMHA at the moment
       *[patient] You cannot get an IMHA at the moment
    }
result-heading-unsure =
    { $audience ->
        [carer] We’re not sure yet if the person you are asking about can get an IMHA
        [staff] We’re not sure yet if the patient can get an IMHA
       *[patient] We’re not sure yet if you can get an IMHA
    }

## Why: the reasons for the outcome

# Heading above the list of reasons for the outcome.
result-why-heading = Why

reason-liable-to-be-detained =
    { $audience ->
        [carer] The person you are asking about is kept in hospital under a section of the Mental Health Act that gives them the right to an advocate.
        [staff] The patient is liable to be detained under a section that gives them the right to an IMHA.
       *[patient] You are kept in hospital under a section of the Mental Health Act that gives you the right to an advocate.
    }
# The holding powers are sections 4, 5(2) and 5(4); places of safety are
# sections 135 and 136. People know them by these numbers, so the numbers stay
# in the text.
reason-holding-power-covered-in-wales =
    { $audience ->
        [carer] The person you are asking about is held under a holding power (section 4, 5(2) or 5(4)). In Wales, people held under these powers can have an IMHA.
        [staff] The patient is held under a holding power (section 4, 5(2) or 5(4)). In Wales, patients held under these powers are Welsh qualifying compulsory patients and can have an IMHA.
       *[patient] You are held under a holding power (section 4, 5(2) or 5(4)). In Wales, people held under these powers can have an IMHA.
    }
reason-holding-power-excluded-in-england =
    { $audience ->
        [carer] The person you are asking about is held under a holding power (section 4, 5(2) or 5(4)). In England, these powers do not give the right to an IMHA. They can still ask for other advocacy.
        [staff] The patient is held under a holding power (section 4, 5(2) or 5(4)). In England, these powers do not give the right to an IMHA. They can still ask for other advocacy.
       *[patient] You are held under a holding power (section 4, 5(2) or 5(4)). In England, these powers do not give the right to an IMHA. You can still ask for other advocacy.
    }
reason-place-of-safety-excluded =
    { $audience ->
        [carer] The person you are asking about is being held in a place of safety (section 135 or 136). In England and in Wales, this does not give the right to an IMHA. They can still ask for other advocacy.
        [staff] The patient is held in a place of safety (section 135 or 136). Places of safety do not give the right to an IMHA, in England or in Wales. They can still ask for other advocacy.
       *[patient] You are being held in a place of safety (section 135 or 136). In England and in Wales, this does not give the right to an IMHA. You can still ask for other advocacy.
    }
reason-community-patient =
    { $audience ->
        [carer] The person you are asking about is on a community treatment order (CTO). This means they live outside hospital but must keep to certain conditions. People on a CTO can have an IMHA, even when they are recalled to hospital.
        [staff] The patient is a community patient (on a community treatment order, or CTO). Community patients can have an IMHA, including while they are recalled to hospital.
       *[patient] You are on a community treatment order (CTO). This means you live outside hospital but must keep to certain conditions. People on a CTO can have an IMHA, even when they are recalled to hospital.
    }
reason-guardianship =
    { $audience ->
        [carer] The person you are asking about is under guardianship. This means a guardian has some legal powers over them under the Mental Health Act. People under guardianship can have an IMHA.
        [staff] The patient is subject to guardianship under the Mental Health Act. People under guardianship can have an IMHA.
       *[patient] You are under guardianship. This means a guardian has some legal powers over you under the Mental Health Act. People under guardianship can have an IMHA.
    }
# A restricted patient is one whose discharge needs the Secretary of State for
# Justice. "Conditionally discharged" means they left hospital with conditions.
reason-conditionally-discharged =
    { $audience ->
        [carer] The person you are asking about is a restricted patient (their section has extra limits set by a court or the government) who has been conditionally discharged (allowed to leave hospital with conditions). They can still be recalled to hospital, so the law still counts them as detained. This means they can have an IMHA.
        [staff] The patient is a conditionally discharged restricted patient. They remain liable to be detained, so they can have an IMHA.
       *[patient] You are a restricted patient (your section has extra limits set by a court or the government) who has been conditionally discharged (allowed to leave hospital with conditions). You can still be recalled to hospital, so the law still counts you as detained. This means you can have an IMHA.
    }
reason-discussing-section-57 =
    { $audience ->
        [carer] The person you are asking about is talking with a doctor or approved clinician (a senior professional approved to use the Mental Health Act) about brain surgery for a mental disorder, or a hormone implant to reduce male sex drive. Anyone talking about these treatments with a doctor or approved clinician can have an IMHA, even if they are not on a section.
        [staff] A doctor or approved clinician is discussing with the patient brain surgery for a mental disorder, or a hormone implant to reduce male sex drive. Anyone discussing these treatments with a doctor or approved clinician can have an IMHA, whatever their status.
       *[patient] A doctor or approved clinician (a senior professional approved to use the Mental Health Act) is talking with you about brain surgery for a mental disorder, or a hormone implant to reduce male sex drive. Anyone talking about these treatments with a doctor or approved clinician can have an IMHA, even if they are not on a section.
    }
# ECT is electroconvulsive therapy.
reason-under-18-discussing-ect =
    { $audience ->
        [carer] The person you are asking about is under 18, and a doctor or approved clinician is talking with them about ECT (electroconvulsive therapy). Anyone under 18 in this situation can have an IMHA.
        [staff] The patient is under 18, and a doctor or approved clinician is discussing ECT (electroconvulsive therapy) with them. Anyone under 18 in this situation can have an IMHA.
       *[patient] You are under 18, and a doctor or approved clinician is talking with you about ECT (electroconvulsive therapy). Anyone under 18 in this situation can have an IMHA.
    }
reason-adult-discussing-ect-does-not-qualify =
    { $audience ->
        [carer] The person you are asking about is 18 or over. For adults, talking about ECT (electroconvulsive therapy) does not on its own give them the right to an IMHA.
        [staff] The patient is 18 or over. For adults, a discussion about ECT does not on its own give the right to an IMHA.
       *[patient] You are 18 or over. For adults, talking about ECT (electroconvulsive therapy) does not on its own give you the right to an IMHA.
    }
reason-welsh-informal-inpatient =
    { $audience ->
        [carer] The person you are asking about is in a hospital in Wales for their mental health. In Wales, every patient in hospital for their mental health can have an IMHA, even if they are there by choice (a voluntary patient).
        [staff] The patient is an in-patient in a hospital in Wales, being assessed or treated for a mental disorder. In Wales, every such in-patient can have an IMHA, even if they are there informally.
       *[patient] You are in a hospital in Wales for your mental health. In Wales, every patient in hospital for their mental health can have an IMHA, even if they are there by choice (a voluntary patient).
    }
reason-informal-in-england =
    { $audience ->
        [carer] The person you are asking about is a voluntary patient in England. This means they are in hospital by choice, not under a section. In England, voluntary patients cannot have an IMHA unless a doctor is talking with them about certain treatments, but other advocacy services can still help.
        [staff] The patient is an informal (voluntary) patient in England. Informal patients in England cannot have an IMHA unless a doctor or approved clinician is discussing certain treatments with them, but other advocacy services can still help.
       *[patient] You are a voluntary patient in England. This means you are in hospital by choice, not under a section. In England, voluntary patients cannot have an IMHA unless a doctor is talking with them about certain treatments, but other advocacy services can still help you.
    }
reason-english-informal-inpatient =
    { $audience ->
        [carer] The person you are asking about is in a hospital in England for their mental health. In England, every patient in hospital for their mental health can now have an IMHA, even if they are there by choice (a voluntary patient).
        [staff] The patient is an in-patient in a hospital in England, being assessed or treated for a mental disorder, and is not liable to be detained. Such informal patients can now have an IMHA.
       *[patient] You are in a hospital in England for your mental health. In England, every patient in hospital for their mental health can now have an IMHA, even if they are there by choice (a voluntary patient).
    }
reason-not-under-the-act =
    { $audience ->
        [carer] The person you are asking about is not under a section, a CTO, guardianship or a conditional discharge, and is not in hospital for their mental health. Only people in these situations can have an IMHA.
        [staff] The patient is not detained, on a CTO, under guardianship or conditionally discharged, and is not an in-patient for a mental disorder. Only patients in these situations can have an IMHA.
       *[patient] You are not under a section, a CTO, guardianship or a conditional discharge, and you are not in hospital for your mental health. Only people in these situations can have an IMHA.
    }
reason-depends-on-answers-not-known =
    { $audience ->
        [carer] The answer depends on something we don’t know yet about the person you are asking about. Ward staff can tell you, and then you can check again.
        [staff] The answer depends on something we don’t know yet. Check the questions below, then answer again.
       *[patient] The answer depends on something we don’t know yet. Ward staff can tell you, and then you can check again.
    }

## What to ask ward staff, when the answer is not known

result-ask-heading =
    { $audience ->
        [staff] What to check
       *[patient] What to ask ward staff
    }
# For a CTO, the law that applies depends on where the responsible hospital is;
# for guardianship, on where the council (local social services authority) is.
ask-which-country =
    { $audience ->
        [carer] Is the hospital in England or in Wales? If the person you are asking about is on a CTO, ask about the hospital in charge of their CTO. If they are under guardianship, ask if the council in charge of it is in England or Wales.
        [staff] Is the hospital in England or in Wales? For a CTO, this means the responsible hospital. For guardianship, it means the responsible local social services authority.
       *[patient] Is this hospital in England or in Wales? If you are on a CTO, ask about the hospital in charge of your CTO. If you are under guardianship, ask if the council in charge of it is in England or Wales.
    }
ask-which-section =
    { $audience ->
        [carer] Which section of the Mental Health Act is the person you are asking about under? They can ask to see their section papers or the leaflet about their rights.
        [staff] Which section of the Mental Health Act is the patient under? Check their section papers.
       *[patient] Which section of the Mental Health Act am I under? Ask to see your section papers or the leaflet about your rights.
    }
ask-is-under-18 =
    { $audience ->
        [carer] Is the person you are asking about under 18? The rules about ECT (electroconvulsive therapy) are different for people under 18.
        [staff] Is the patient under 18? The rules about ECT are different for people under 18.
       *[patient] Are you under 18? The rules about ECT (electroconvulsive therapy) are different for people under 18.
    }
ask-which-treatment =
    { $audience ->
        [carer] Is the person you are asking about talking with a doctor or approved clinician about ECT (electroconvulsive therapy)? Or about brain surgery for a mental disorder, or a hormone implant to reduce male sex drive?
        [staff] Is a doctor or approved clinician discussing ECT with the patient? Or brain surgery for a mental disorder, or a hormone implant to reduce male sex drive?
       *[patient] Is a doctor or approved clinician talking with me about ECT (electroconvulsive therapy)? Or about brain surgery for a mental disorder, or a hormone implant to reduce male sex drive?
    }

## Notes shown with the outcome

# "Section 17 leave" is the everyday name for leave of absence from hospital.
note-leave-does-not-end-eligibility =
    { $audience ->
        [carer] Being on leave from hospital (section 17 leave) does not change this. The person you are asking about can still have an IMHA.
        [staff] Section 17 leave does not change this. A patient on leave is still liable to be detained.
       *[patient] Being on leave from hospital (section 17 leave) does not change this. You can still have an IMHA.
    }
note-recall-does-not-end-cto =
    { $audience ->
        [carer] Being recalled to hospital does not end the CTO of the person you are asking about. They can still have an IMHA.
        [staff] Recall to hospital does not end the CTO. The patient is still a community patient.
       *[patient] Being recalled to hospital does not end your CTO. You can still have an IMHA.
    }
# "Proposed" means the doctor says they plan to give the treatment.
note-stays-qualifying-while-treatment-proposed =
    { $audience ->
        [carer] Once the person you are asking about is told the treatment is planned for them, they can keep their IMHA until the plan is dropped, or the treatment is finished or stopped.
        [staff] Once the patient is told the treatment is proposed, they remain entitled to an IMHA until the proposal is withdrawn, or the treatment is completed or discontinued.
       *[patient] Once you are told the treatment is planned for you, you can keep your IMHA until the plan is dropped, or the treatment is finished or stopped.
    }
note-ask-again-if-detained-longer =
    { $audience ->
        [carer] If the person you are asking about is then kept in hospital under section 2 or 3, they will have the right to an IMHA. Check again if this happens.
        [staff] If the patient is then detained under section 2 or 3, they will have the right to an IMHA. Tell them about IMHAs again if this happens.
       *[patient] If you are then kept in hospital under section 2 or 3, you will have the right to an IMHA. Ask again if this happens.
    }

note-advocate-will-visit =
    { $audience ->
        [carer] The IMHA service must now arrange for an IMHA to visit the person you are asking about, to see if they want help. They do not have to ask first.
        [staff] The IMHA provider must now arrange for an IMHA to visit and interview the patient, to find out whether they want help (or, if they lack capacity, whether help is in their best interests).
       *[patient] The IMHA service must now arrange for an IMHA to visit you, to see if you want help. You do not have to ask first.
    }

## The law the outcome is based on

result-basis-heading = The law this is based on
# $section is a section number of the Act, e.g. 130C(2)(a), or several joined
# by list-separator.
citation-section = Mental Health Act 1983, section { $section }
# As citation-section, for the sections that apply in Wales.
citation-section-wales = Mental Health Act 1983, section { $section } (inserted by the Mental Health (Wales) Measure 2010)
# Shown for duties that come from the Code of Practice, not from a section.
citation-code-of-practice = Mental Health Act 1983 Code of Practice, chapter 6
# Joins section numbers in a list, e.g. "58, 63". Keep the space after the comma.
list-separator = { ", " }
# $section as for citation-section, for the sections the Mental Health Act 2025
# inserts into the 1983 Act.
citation-section-2025 = Mental Health Act 1983, section { $section } (inserted by the Mental Health Act 2025)
result-not-legal-advice = This is information, not legal advice, and the law explained here may change.

## When the person cannot get an IMHA: what to do instead

instead-heading =
    { $audience ->
        [carer] What the person can do instead
        [staff] What the patient can do instead
       *[patient] What you can do instead
    }
instead-ask-again =
    { $audience ->
        [carer] If the situation of the person you are asking about changes, for example they are put on section 2 or 3, or a CTO, check again. They may then be able to get an IMHA.
        [staff] If the patient’s status changes, for example to section 2 or 3, or a CTO, check again. They may then be able to get an IMHA.
       *[patient] If your situation changes, for example you are put on section 2 or 3, or a CTO, check again. You may then be able to get an IMHA.
    }
# The Care Act 2014 gives some people an advocate for care and support from
# the council in England. PALS is the Patient Advice and Liaison Service.
instead-other-advocacy =
    { $audience ->
        [carer] The person you are asking about can ask about other advocacy services, such as community advocacy, or an advocate to help with care and support from the council (in England, this is under the Care Act). Many hospitals also have a Patient Advice and Liaison Service (PALS) that can help.
        [staff] The patient can ask about other advocacy services, such as community advocacy, or an advocate to help with care and support from the council (in England, this is under the Care Act). The hospital’s Patient Advice and Liaison Service (PALS), if it has one, can also help.
       *[patient] You can ask about other advocacy services, such as community advocacy, or an advocate to help with care and support from the council (in England, this is under the Care Act). Many hospitals also have a Patient Advice and Liaison Service (PALS) that can help.
    }
instead-imca =
    { $audience ->
        [carer] If the person you are asking about is not able to make an important decision and has nobody else to help, an Independent Mental Capacity Advocate (IMCA) may help them. This is a different service from an IMHA.
        [staff] If the patient lacks capacity to make an important decision and has nobody else to consult, an Independent Mental Capacity Advocate (IMCA) may help. This is a different service from an IMHA.
       *[patient] If you are not able to make an important decision and have nobody else to help, an Independent Mental Capacity Advocate (IMCA) may help you. This is a different service from an IMHA.
    }
instead-complaints =
    { $audience ->
        [carer] You or the person you are asking about can complain to the hospital or service. If you are not happy with the answer, you can go to the Parliamentary and Health Service Ombudsman in England, or the Public Services Ombudsman for Wales (Ombwdsmon Gwasanaethau Cyhoeddus Cymru). Complaints about how the Mental Health Act has been used go to the Care Quality Commission (CQC) in England, or Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru).
        [staff] The patient can complain to the hospital or service, and then to the Parliamentary and Health Service Ombudsman (England) or the Public Services Ombudsman for Wales (Ombwdsmon Gwasanaethau Cyhoeddus Cymru). Complaints about the use of Mental Health Act powers go to the CQC in England, or Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru).
       *[patient] You can complain to the hospital or service. If you are not happy with the answer, you can go to the Parliamentary and Health Service Ombudsman in England, or the Public Services Ombudsman for Wales (Ombwdsmon Gwasanaethau Cyhoeddus Cymru). Complaints about how the Mental Health Act has been used go to the Care Quality Commission (CQC) in England, or Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru).
    }

## The law is changing: the Mental Health Act 2025 (a new law, which starts
## in stages on dates the government will set)

change-heading = The law is changing
change-intro = The Mental Health Act 2025 will change some of this. Each change starts on a date the government sets. Until then, what this page says is the law.
# What each change is, as a short phrase. Followed by whether it has started.
change-conditional-discharge-deprivation-of-liberty = Earlier chances to go to the Tribunal for conditionally discharged restricted patients whose conditions take away their liberty.
change-english-informal-patients = An IMHA for informal (voluntary) patients in hospital in England.
change-opt-out-advocacy = In England, an IMHA visits every patient who can have one, without waiting to be asked.
change-more-help = In England, IMHAs help patients take part in decisions about their care and make complaints, and tell them about other services.
change-nominated-person = A “nominated person”, chosen by the patient, replaces the nearest relative.
change-section-3-periods = Section 3 lasts 3 months, then 3 months, then 6 months, then a year at a time.
change-tribunal-windows = More time to apply to the Tribunal on section 2 (21 days), and an earlier first chance on section 3 (the first 3 months).
change-automatic-referrals = Hospital managers send cases to the Tribunal more often.
change-medication-second-opinion = Medicine given without consent needs a second opinion after 2 months, not 3.
change-police-stations = A police station can no longer be used as a place of safety.
change-complaints-information = Patients must be told how to complain.
change-detention-criteria = Stricter tests for detention, and autism or a learning disability alone is no longer a reason for section 3 or a CTO.
# $date is a day, written YYYY-MM-DD.
change-no-date = Not started yet: no date has been set.
change-starts = Not started yet: starts on { $date }.
change-in-force = In force since { $date }.

## How to contact an IMHA service

# Heading of the first section under the outcome: what the person can do next.
do-now-heading = What to do now
# First in "What to do now" for sections 135 and 136 (at most 24 hours, and
# up to 12 more), and for sections 4, 5(2) and 5(4) (72 or 6 hours).
do-now-place-of-safety =
    { $audience ->
        [carer] A place of safety lasts at most 24 hours, and a doctor can add up to 12 more. Ask staff which section applies to the person you are asking about now: if it changes, their right to an IMHA may change too.
        [staff] A place of safety lasts at most 24 hours, extendable by up to 12. Tell the patient which section applies once it changes, and tell them about IMHAs if it gives the right.
       *[patient] A place of safety lasts at most 24 hours, and a doctor can add up to 12 more. Ask staff which section applies to you now: if it changes, your right to an IMHA may change too.
    }
do-now-holding-power =
    { $audience ->
        [carer] This power lasts a short time: 72 hours for section 4 or 5(2), 6 hours for section 5(4). Ask staff which section applies to the person you are asking about now: if it changes, their right to an IMHA may change too.
        [staff] This power lasts at most 72 hours (section 4 or 5(2)) or 6 hours (section 5(4)). Tell the patient which section applies once it changes, and tell them about IMHAs if it gives the right.
       *[patient] This power lasts a short time: 72 hours for section 4 or 5(2), 6 hours for section 5(4). Ask staff which section applies to you now: if it changes, your right to an IMHA may change too.
    }
contact-heading = How to contact an IMHA service
contact-default =
    { $audience ->
        [carer] Ask ward staff for the details of the local IMHA service. Staff must help the person you are asking about to contact them. The person can ask for help to make a phone call.
        [staff] Give the patient the details of the local IMHA service, and help them to contact it. Offer help to make a phone call.
       *[patient] Ask ward staff for the details of your local IMHA service. Staff must help you contact them. You can ask for help to make a phone call.
    }
contact-self-referral =
    { $audience ->
        [carer] The person you are asking about can contact the IMHA service themselves, or ask a nurse to do it for them. You can also ask the IMHA service to visit them.
        [staff] The patient can contact the IMHA service themselves, or ask a nurse to do it. A relative or carer can also ask the IMHA service to visit them.
       *[patient] You can contact the IMHA service yourself, or ask a nurse to do it for you. A relative or carer can also ask the IMHA service to visit you.
    }

# For a person not on a ward: on leave, on a CTO, under guardianship or
# conditionally discharged. A care coordinator is the person who organises
# their care in the community.
contact-community =
    { $audience ->
        [carer] Ask the care coordinator, community mental health team or social worker of the person you are asking about for the details of the local IMHA service, or phone the hospital in charge of their care. In England the local council arranges IMHA services; in Wales the health board does.
        [staff] Give the patient the details of the local IMHA service and help them contact it. In England the local council arranges IMHA services; in Wales the health board does.
       *[patient] Ask your care coordinator, community mental health team or social worker for the details of your local IMHA service, or phone the hospital in charge of your care. In England the local council arranges IMHA services; in Wales the health board does.
    }
# Interpreters include British Sign Language.
do-now-interpreter =
    { $audience ->
        [carer] If the person you are asking about needs an interpreter, including British Sign Language, they can ask for one. Staff should arrange it, so that they understand their rights and can talk with the advocate.
        [staff] If the patient needs an interpreter, including British Sign Language, arrange one, so that they understand their rights and can talk with the advocate.
       *[patient] If you need an interpreter, including British Sign Language, you can ask for one. Staff should arrange it, so that you understand your rights and can talk with the advocate.
    }

## Actions

print-button = Print or save this page
change-answers = Change your answers

## Rights: the heading and introduction above the list of rights (rights.ftl)

rights-heading =
    { $audience ->
        [carer] Their rights
        [staff] The patient’s rights
       *[patient] Your rights
    }
rights-intro =
    { $audience ->
        [carer] These are the main rights for this situation. An IMHA can help the person you are asking about understand and use them.
        [staff] These are the main rights for this situation. An IMHA can help the patient understand and use them.
       *[patient] These are the main rights for this situation. An IMHA can help you understand and use them.
    }
# Label before the list of sections of the Act that a right rests on.
right-sections-label = Law:

## The nearest relative, for a carer or relative (each point is followed
## by its sections; "you" is the carer or relative reading)

nearest-relative-heading = The nearest relative: who it is and what they can do
nearest-relative-intro = The law gives one relative of the person, the nearest relative, rights of their own. It may be you.
# The order of Mental Health Act 1983 section 26.
nearest-relative-who-it-is = The nearest relative is the first person on this list: husband, wife or civil partner (or, for someone not married or in a civil partnership, a partner they have lived with as a couple for at least 6 months); son or daughter; father or mother; brother or sister; grandparent; grandchild; uncle or aunt; nephew or niece. A relative who lives with the person or cares for them comes first. Between two relatives of the same kind, the elder comes first. Someone who is not a relative but has lived with the person for at least 5 years comes last. People under 18 (unless they are the person’s husband, wife, civil partner or parent), a husband, wife or civil partner who is permanently separated from them, and someone who does not usually live in the UK when the person does, are not counted.
nearest-relative-told-of-section-2 = For section 2, an approved mental health professional (AMHP) must try to tell the nearest relative about the detention, and that they can order the person’s discharge.
nearest-relative-consulted-before-section-3 = Before applying for section 3 or guardianship, the AMHP must consult the nearest relative, unless that is not practicable or would cause unreasonable delay. If the nearest relative objects, the AMHP cannot apply, but can ask the county court to appoint someone else as nearest relative.
nearest-relative-ask-for-assessment = The nearest relative can ask the local council for the area where the person lives to have an AMHP consider whether they should be admitted to hospital under the Act. If the AMHP does not apply, they must give their reasons in writing.
nearest-relative-order-discharge = The nearest relative can order the person’s discharge from section 2, section 3 or a CTO, in writing to the hospital managers, giving at least 72 hours’ notice. The responsible clinician can stop it by reporting, within those 72 hours, that the person would be likely to be dangerous to themselves or others. The nearest relative then cannot order discharge again for 6 months.
nearest-relative-order-guardianship-discharge = The nearest relative can end guardianship with an order in writing. No notice is needed, and the responsible clinician cannot stop it.
nearest-relative-tribunal-after-barring = If the responsible clinician stops the nearest relative discharging someone from section 3 or a CTO, the nearest relative can apply to the Tribunal within 28 days of being told.
nearest-relative-cannot-discharge-court-patient = The nearest relative cannot order the discharge of someone a court sent to hospital, or who was moved from prison.
nearest-relative-copy-of-information = The hospital must give the nearest relative a copy of the written information the person is given about their rights, unless the person asks it not to.
nearest-relative-county-court = If there is no nearest relative, or the nearest relative is not suitable, the person, another relative, someone they live with, or an AMHP can ask the county court to appoint someone else to act as nearest relative.

# SPDX-License-Identifier: MIT OR Apache-2.0

### The result page: whether the person can get an independent mental health
### advocate (IMHA), why, what to ask, what to do instead, and how to get help.
### Every message receives $audience: "patient", "carer" or "staff".
### Patient: "you". Carer: "the person you are asking about", then "they".
### Staff: "the patient", then "they".

## The outcome

result-heading-yes =
    { $audience ->
        [carer] The person can get an independent mental health advocate (IMHA)
        [staff] The patient can get an independent mental health advocate (IMHA)
       *[patient] You can get an independent mental health advocate (IMHA)
    }
result-heading-no =
    { $audience ->
        [carer] The person cannot get an independent mental health advocate (IMHA) right now
        [staff] The patient cannot get an independent mental health advocate (IMHA) right now
       *[patient] You cannot get an independent mental health advocate (IMHA) right now
    }
result-heading-unsure =
    { $audience ->
        [carer] We do not know yet if the person can get an independent advocate
        [staff] We do not know yet if the patient can get an independent advocate
       *[patient] We do not know yet if you can get an independent advocate
    }

## Why: the reasons for the outcome

# Heading above the list of reasons for the outcome.
result-why-heading = Why

reason-liable-to-be-detained =
    { $audience ->
        [carer] The person is kept in hospital under a section.
            A section is a part of the Mental Health Act.
            Their section gives them the right to an advocate.
        [staff] The patient is liable to be detained under a section.
            This section gives them the right to an IMHA.
       *[patient] You are kept in hospital under a section.
            A section is a part of the Mental Health Act.
            Your section gives you the right to an advocate.
    }
# The holding powers are sections 4, 5(2) and 5(4); places of safety are
# sections 135 and 136. People know them by these numbers, so the numbers stay
# in the text.
reason-holding-power-covered-in-wales =
    { $audience ->
        [carer] The person is held under a holding power.
            A holding power means someone can be kept in hospital for a short time.
            It is section 4, 5(2) or 5(4).
            In Wales, people held under these powers can have an IMHA.
        [staff] The patient is held under a holding power.
            This is section 4, 5(2) or 5(4).
            In Wales, patients held under these powers are Welsh qualifying compulsory patients.
            So they can have an IMHA.
       *[patient] You are held under a holding power.
            A holding power means someone can be kept in hospital for a short time.
            It is section 4, 5(2) or 5(4).
            In Wales, people held under these powers can have an IMHA.
    }
reason-holding-power-excluded-in-england =
    { $audience ->
        [carer] The person is held under a holding power: section 4, 5(2) or 5(4).
            It keeps someone in hospital for a short time.
            In England, it does not give the right to an IMHA.
        [staff] The patient is held under a holding power: section 4, 5(2) or 5(4).
            In England, these powers do not give the right to an IMHA.
       *[patient] You are held under a holding power: section 4, 5(2) or 5(4).
            It keeps someone in hospital for a short time.
            In England, it does not give the right to an IMHA.
    }
reason-place-of-safety-excluded =
    { $audience ->
        [carer] The person is held in a place of safety, under section 135 or 136.
            In England and in Wales, this does not give the right to an IMHA.
        [staff] The patient is held in a place of safety, under section 135 or 136.
            In England and in Wales, this does not give the right to an IMHA.
       *[patient] You are held in a place of safety, under section 135 or 136.
            In England and in Wales, this does not give the right to an IMHA.
    }
reason-community-patient =
    { $audience ->
        [carer] The person is on a community treatment order (CTO).
            They live outside hospital, but must keep to some rules.
            People on a CTO can have an IMHA, even when called back to hospital.
        [staff] The patient is on a community treatment order (CTO).
            Community patients can have an IMHA, including while recalled to hospital.
       *[patient] You are on a community treatment order (CTO).
            You live outside hospital, but must keep to some rules.
            People on a CTO can have an IMHA, even when called back to hospital.
    }
reason-guardianship =
    { $audience ->
        [carer] The person is under guardianship.
            This means a guardian has some legal powers over them.
            These powers come from the Mental Health Act.
            People under guardianship can have an IMHA.
        [staff] The patient is subject to guardianship under the Mental Health Act.
            People under guardianship can have an IMHA.
       *[patient] You are under guardianship.
            This means a guardian has some legal powers over you.
            These powers come from the Mental Health Act.
            People under guardianship can have an IMHA.
    }
# A restricted patient is one whose discharge needs the Secretary of State for
# Justice. "Conditionally discharged" means they left hospital with conditions.
reason-conditionally-discharged =
    { $audience ->
        [carer] The person is a restricted patient who left hospital with rules to follow.
            This is called conditional discharge.
            They can be called back to hospital, so the law counts them as detained.
            So they can have an IMHA.
        [staff] The patient is a conditionally discharged restricted patient.
            They are still liable to be detained.
            So they can have an IMHA.
       *[patient] You are a restricted patient who left hospital with rules to follow.
            This is called conditional discharge.
            You can be called back to hospital, so the law counts you as detained.
            So you can have an IMHA.
    }
reason-discussing-section-57 =
    { $audience ->
        [carer] A doctor or approved clinician is talking with the person about a treatment.
            An approved clinician is a senior professional.
            They are approved to use the Mental Health Act.
            The treatment is brain surgery for a mental health problem.
            Or it is a hormone implant to reduce male sex drive.
            A hormone implant is a small piece of medicine put under the skin.
            Sex drive means wanting to have sex.
            Anyone can have an IMHA if they talk about these treatments.
            They must be talking with a doctor or approved clinician.
            This is true even if they are not on a section.
        [staff] A doctor or approved clinician is discussing a treatment with the patient.
            The treatment is brain surgery for a mental disorder.
            Or it is a hormone implant to reduce male sex drive.
            A hormone implant is a small piece of medicine put under the skin.
            Anyone discussing these with a doctor or approved clinician can have an IMHA.
            This is true whatever their status.
       *[patient] A doctor or approved clinician is talking with you about a treatment.
            An approved clinician is a senior professional.
            They are approved to use the Mental Health Act.
            The treatment is brain surgery for a mental health problem.
            Or it is a hormone implant to reduce male sex drive.
            A hormone implant is a small piece of medicine put under the skin.
            Sex drive means wanting to have sex.
            Anyone can have an IMHA if they talk about these treatments.
            They must be talking with a doctor or approved clinician.
            This is true even if they are not on a section.
    }
# ECT is electroconvulsive therapy.
reason-under-18-discussing-ect =
    { $audience ->
        [carer] The person is under 18.
            A doctor or approved clinician is talking with them about ECT.
            ECT means electroconvulsive therapy.
            ECT passes a small electric current through the brain.
            Anyone under 18 in this situation can have an IMHA.
        [staff] The patient is under 18.
            A doctor or approved clinician is discussing ECT with them.
            ECT means electroconvulsive therapy.
            Anyone under 18 in this situation can have an IMHA.
       *[patient] You are under 18.
            A doctor or approved clinician is talking with you about ECT.
            ECT means electroconvulsive therapy.
            ECT passes a small electric current through the brain.
            Anyone under 18 in this situation can have an IMHA.
    }
reason-adult-discussing-ect-does-not-qualify =
    { $audience ->
        [carer] The person is 18 or over.
            ECT means electroconvulsive therapy.
            For adults, talking about ECT is not enough on its own.
            It does not give them the right to an IMHA.
        [staff] The patient is 18 or over.
            For adults, a discussion about ECT is not enough on its own.
            It does not give the right to an IMHA.
       *[patient] You are 18 or over.
            ECT means electroconvulsive therapy.
            For adults, talking about ECT is not enough on its own.
            It does not give you the right to an IMHA.
    }
reason-welsh-informal-inpatient =
    { $audience ->
        [carer] The person is in a hospital in Wales for their mental health.
            In Wales, all mental health patients in hospital can have an IMHA.
            This is true even if they are there by choice.
            This is called being a voluntary patient.
        [staff] The patient is an in-patient in a hospital in Wales.
            They are being assessed or treated for a mental disorder.
            In Wales, every in-patient like this can have an IMHA.
            This is true even if they are there informally.
       *[patient] You are in a hospital in Wales for your mental health.
            In Wales, all mental health patients in hospital can have an IMHA.
            This is true even if they are there by choice.
            This is called being a voluntary patient.
    }
reason-informal-in-england =
    { $audience ->
        [carer] The person is a voluntary patient in England.
            This means they are in hospital by choice.
            They are not under a section.
            In England, voluntary patients cannot have an IMHA.
            But they can if a doctor talks with them about certain treatments.
            Other advocacy services can still help.
        [staff] The patient is an informal (voluntary) patient in England.
            Informal patients in England cannot have an IMHA.
            The exception is when certain treatments are discussed with them.
            This means by a doctor or approved clinician.
            Other advocacy services can still help.
       *[patient] You are a voluntary patient in England.
            This means you are in hospital by choice.
            You are not under a section.
            In England, voluntary patients cannot have an IMHA.
            But they can if a doctor talks with them about certain treatments.
            Other advocacy services can still help you.
    }
reason-english-informal-inpatient =
    { $audience ->
        [carer] The person is in a hospital in England for their mental health.
            In England, all mental health patients in hospital can now have an IMHA.
            This is true even if they are there by choice.
            This is called being a voluntary patient.
        [staff] The patient is an in-patient in a hospital in England.
            They are being assessed or treated for a mental disorder.
            They are not liable to be detained.
            Informal patients like this can now have an IMHA.
       *[patient] You are in a hospital in England for your mental health.
            In England, all mental health patients in hospital can now have an IMHA.
            This is true even if you are there by choice.
            This is called being a voluntary patient.
    }
reason-not-under-the-act =
    { $audience ->
        [carer] The person is not under a section.
            They are not on a CTO.
            They are not under guardianship.
            They are not on a conditional discharge.
            They are not in hospital for their mental health.
            Only people in one of these situations can have an IMHA.
        [staff] The patient is not detained.
            They are not on a CTO, under guardianship or conditionally discharged.
            They are not an in-patient for a mental disorder.
            Only patients in one of these situations can have an IMHA.
       *[patient] You are not under a section.
            You are not on a CTO.
            You are not under guardianship.
            You are not on a conditional discharge.
            You are not in hospital for your mental health.
            Only people in one of these situations can have an IMHA.
    }
reason-depends-on-answers-not-known =
    { $audience ->
        [carer] The answer depends on something we do not know yet.
            It is something about the person you are asking about.
            Ward staff can tell you.
            Then you can check again.
        [staff] The answer depends on something we do not know yet.
            Check the questions below.
            Then answer again.
       *[patient] The answer depends on something we do not know yet.
            Ward staff can tell you.
            Then you can check again.
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
        [carer] Is the hospital in England or in Wales?
            Is the person on a CTO?
            Then ask about the hospital in charge of their CTO.
            Is the person under guardianship?
            Then ask if the council in charge is in England or Wales.
        [staff] Is the hospital in England or in Wales?
            For a CTO, this means the responsible hospital.
            For guardianship, it means the responsible local social services authority.
       *[patient] Is this hospital in England or in Wales?
            Are you on a CTO?
            Then ask about the hospital in charge of your CTO.
            Are you under guardianship?
            Then ask if the council in charge is in England or Wales.
    }
ask-which-section =
    { $audience ->
        [carer] Which section of the Mental Health Act is the person under?
            They can ask to see their section papers, or the leaflet about their rights.
        [staff] Which section of the Mental Health Act is the patient under?
            Check their section papers.
       *[patient] Which section of the Mental Health Act am I under?
            Ask to see your section papers, or the leaflet about your rights.
    }
ask-is-under-18 =
    { $audience ->
        [carer] Is the person under 18?
            The rules about ECT are different for people under 18.
            ECT means electroconvulsive therapy.
        [staff] Is the patient under 18?
            The rules about ECT are different for people under 18.
       *[patient] Are you under 18?
            The rules about ECT are different for people under 18.
            ECT means electroconvulsive therapy.
    }
ask-which-treatment =
    { $audience ->
        [carer] Is a doctor or approved clinician talking with the person about ECT?
            ECT means electroconvulsive therapy.
            Or are they talking about brain surgery for a mental health problem?
            Or about a hormone implant to reduce male sex drive?
            A hormone implant is a small piece of medicine put under the skin.
        [staff] Is a doctor or approved clinician discussing ECT with the patient?
            Or brain surgery for a mental disorder?
            Or a hormone implant to reduce male sex drive?
            A hormone implant is a small piece of medicine put under the skin.
       *[patient] Is a doctor or approved clinician talking with me about ECT?
            ECT means electroconvulsive therapy.
            Or are they talking about brain surgery for a mental health problem?
            Or about a hormone implant to reduce male sex drive?
            A hormone implant is a small piece of medicine put under the skin.
    }

## Notes shown with the outcome

# "Section 17 leave" is the everyday name for leave of absence from hospital.
note-leave-does-not-end-eligibility =
    { $audience ->
        [carer] Being on leave from hospital does not change this.
            This leave is called section 17 leave.
            The person can still have an IMHA.
        [staff] Section 17 leave does not change this.
            A patient on leave is still liable to be detained.
       *[patient] Being on leave from hospital does not change this.
            This leave is called section 17 leave.
            You can still have an IMHA.
    }
note-recall-does-not-end-cto =
    { $audience ->
        [carer] Being called back to hospital does not end the person’s CTO.
            This is called being recalled.
            They can still have an IMHA.
        [staff] Recall to hospital does not end the CTO.
            The patient is still a community patient.
       *[patient] Being called back to hospital does not end your CTO.
            This is called being recalled.
            You can still have an IMHA.
    }
# "Proposed" means the doctor says they plan to give the treatment.
note-stays-qualifying-while-treatment-proposed =
    { $audience ->
        [carer] The person may be told the treatment is planned for them.
            From then on, they can keep their IMHA.
            They keep it until the plan is dropped.
            Or until the treatment is finished or stopped.
        [staff] The patient may be told the treatment is proposed.
            From then on, they stay entitled to an IMHA.
            This lasts until the proposal is withdrawn.
            Or until the treatment is completed or stopped.
       *[patient] You may be told the treatment is planned for you.
            From then on, you can keep your IMHA.
            You keep it until the plan is dropped.
            Or until the treatment is finished or stopped.
    }
note-ask-again-if-detained-longer =
    { $audience ->
        [carer] The person may then be kept in hospital under section 2 or 3.
            If so, they will have the right to an IMHA.
            Check again if this happens.
        [staff] The patient may then be detained under section 2 or 3.
            If so, they will have the right to an IMHA.
            Tell them about IMHAs again if this happens.
       *[patient] You may then be kept in hospital under section 2 or 3.
            If so, you will have the right to an IMHA.
            Ask again if this happens.
    }

note-advocate-will-visit =
    { $audience ->
        [carer] The IMHA service must now arrange for an IMHA to visit the person.
            The IMHA will see if the person wants help.
            The person does not have to ask first.
        [staff] The IMHA provider must now arrange for an IMHA to visit the patient.
            The IMHA will interview the patient to find out if they want help.
            The patient may lack capacity.
            Then the IMHA finds out if help is in their best interests.
       *[patient] The IMHA service must now arrange for an IMHA to visit you.
            The IMHA will see if you want help.
            You do not have to ask first.
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
result-not-legal-advice =
    This is information.
    It is not legal advice.
    The law on this page may change.

## When the person cannot get an IMHA: what to do instead

instead-heading =
    { $audience ->
        [carer] What the person can do instead
        [staff] What the patient can do instead
       *[patient] What you can do instead
    }
instead-ask-again =
    { $audience ->
        [carer] The person may be put on another section, like section 2 or 3.
            Then check again: they may be able to get an IMHA.
        [staff] The patient may be put on another section, like section 2 or 3.
            Then check again: they may be able to get an IMHA.
       *[patient] You may be put on another section, like section 2 or 3.
            Then check again: you may be able to get an IMHA.
    }
# The Care Act 2014 gives some people an advocate for care and support from
# the council in England. PALS is the Patient Advice and Liaison Service.
instead-other-advocacy =
    { $audience ->
        [carer] The person can ask for other help from an advocate.
            For example, community advocacy, or a Care Act advocate from the council.
            The hospital’s Patient Advice and Liaison Service (PALS) can help too.
        [staff] The patient can ask for other help from an advocate.
            For example, community advocacy, or a Care Act advocate from the council.
            The hospital’s Patient Advice and Liaison Service (PALS) can help too.
       *[patient] You can ask for other help from an advocate.
            For example, community advocacy, or a Care Act advocate from the council.
            The hospital’s Patient Advice and Liaison Service (PALS) can help too.
    }
instead-imca =
    { $audience ->
        [carer] The person may not be able to make an important decision.
            And they may have nobody else to help.
            Then an Independent Mental Capacity Advocate (IMCA) may help them.
            This is a different service from an IMHA.
        [staff] The patient may lack capacity to make an important decision.
            And they may have nobody else to consult.
            Then an Independent Mental Capacity Advocate (IMCA) may help.
            This is a different service from an IMHA.
       *[patient] You may not be able to make an important decision.
            And you may have nobody else to help.
            Then an Independent Mental Capacity Advocate (IMCA) may help you.
            This is a different service from an IMHA.
    }
instead-complaints =
    { $audience ->
        [carer] You or the person can complain to the hospital or service.
            You may not be happy with the answer.
            Then you can go to an ombudsman.
            An ombudsman looks at complaints and does not take sides.
            In England, this is the Parliamentary and Health Service Ombudsman.
            In Wales, this is the Public Services Ombudsman for Wales.
            Its Welsh name is Ombwdsmon Gwasanaethau Cyhoeddus Cymru.
            Some complaints are about how the Mental Health Act has been used.
            In England, these go to the Care Quality Commission (CQC).
            In Wales, these go to Healthcare Inspectorate Wales.
            Its Welsh name is Arolygiaeth Gofal Iechyd Cymru.
        [staff] The patient can complain to the hospital or service.
            Then they can go to an ombudsman.
            In England, this is the Parliamentary and Health Service Ombudsman.
            In Wales, this is the Public Services Ombudsman for Wales.
            Its Welsh name is Ombwdsmon Gwasanaethau Cyhoeddus Cymru.
            Complaints about the use of Mental Health Act powers go elsewhere.
            In England, they go to the Care Quality Commission (CQC).
            In Wales, they go to Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru).
       *[patient] You can complain to the hospital or service.
            You may not be happy with the answer.
            Then you can go to an ombudsman.
            An ombudsman looks at complaints and does not take sides.
            In England, this is the Parliamentary and Health Service Ombudsman.
            In Wales, this is the Public Services Ombudsman for Wales.
            Its Welsh name is Ombwdsmon Gwasanaethau Cyhoeddus Cymru.
            Some complaints are about how the Mental Health Act has been used.
            In England, these go to the Care Quality Commission (CQC).
            In Wales, these go to Healthcare Inspectorate Wales.
            Its Welsh name is Arolygiaeth Gofal Iechyd Cymru.
    }

## The law is changing: the Mental Health Act 2025 (a new law, which starts
## in stages on dates the government will set)

change-heading = The law is changing
change-intro =
    A new law called the Mental Health Act 2025 will change some of this.
    Each change starts on a date the government sets.
    Until then, this page tells you what the law is.
# What each change is, as a short phrase. Followed by whether it has started.
change-conditional-discharge-deprivation-of-liberty =
    Some restricted patients leave hospital with conditions that take away their freedom.
    Restricted patients have extra limits set by a court or the government.
    They get earlier chances to go to the Tribunal.
change-english-informal-patients =
    In England, voluntary patients in hospital can have an IMHA.
    Voluntary means they are in hospital by choice.
change-opt-out-advocacy =
    In England, an IMHA visits every patient who can have one.
    The IMHA does not wait to be asked.
change-more-help =
    In England, IMHAs help patients take part in decisions about their care.
    They help patients make complaints.
    They tell patients about other services.
# "nominated person": a draft term, for review. It is the new legal term of
# the Mental Health Act 2025 (a person the patient chooses to replace the
# nearest relative). Easy Read keeps the legal words and explains them.
change-nominated-person =
    The patient chooses a “nominated person”.
    This person takes the place of the nearest relative.
change-section-3-periods =
    Section 3 lasts 3 months at first.
    Then it can be renewed for 3 months, and then for 6 months.
    Renewed means made longer.
    After that, it can be renewed for a year at a time.
change-tribunal-windows =
    On section 2, there is more time to apply to the Tribunal: 21 days.
    On section 3, the first chance to apply comes earlier.
    It is in the first 3 months.
change-automatic-referrals = Hospital managers send cases to the Tribunal more often.
change-medication-second-opinion =
    Some medicine is given without the patient saying yes.
    A second-opinion doctor must check it after 2 months, not 3.
change-police-stations = A police station can no longer be used as a place of safety.
change-complaints-information = Patients must be told how to complain.
change-detention-criteria =
    There are stricter rules for keeping someone in hospital.
    Autism alone is no longer a reason for section 3.
    It is no longer a reason for a community treatment order (CTO).
    A learning disability alone is no longer a reason for these either.
# $date is a day, written YYYY-MM-DD.
change-no-date =
    This has not started yet.
    No date has been set.
change-starts =
    This has not started yet.
    It starts on { $date }.
change-in-force = This has been the law since { $date }.

## How to contact an IMHA service

# Heading of the first section under the outcome: what the person can do next.
do-now-heading = What to do now
# First in "What to do now" for sections 135 and 136 (at most 24 hours, and
# up to 12 more), and for sections 4, 5(2) and 5(4) (72 or 6 hours).
do-now-place-of-safety =
    { $audience ->
        [carer] A place of safety lasts up to 24 hours.
            A doctor can add up to 12 hours.
            Ask staff which section the person is under now.
            Their right to an IMHA may change with it.
        [staff] A place of safety lasts up to 24 hours.
            It can be made up to 12 hours longer.
            When the section changes, tell the patient about IMHAs if it gives the right.
       *[patient] A place of safety lasts up to 24 hours.
            A doctor can add up to 12 hours.
            Ask staff which section you are under now.
            Your right to an IMHA may change with it.
    }
do-now-holding-power =
    { $audience ->
        [carer] Section 4 or 5(2) lasts up to 72 hours.
            Section 5(4) lasts up to 6 hours.
            Ask staff which section the person is under now.
            Their right to an IMHA may change with it.
        [staff] Section 4 or 5(2) lasts up to 72 hours.
            Section 5(4) lasts up to 6 hours.
            When the section changes, tell the patient about IMHAs if it gives the right.
       *[patient] Section 4 or 5(2) lasts up to 72 hours.
            Section 5(4) lasts up to 6 hours.
            Ask staff which section you are under now.
            Your right to an IMHA may change with it.
    }
contact-heading = How to get an advocate
contact-default =
    { $audience ->
        [carer] Ask ward staff for the local IMHA service’s details.
            Staff must help the person contact them, for example with a phone call.
        [staff] Give the patient the local IMHA service’s details.
            Help them to contact it, for example with a phone call.
       *[patient] Ask ward staff for your local IMHA service’s details.
            Staff must help you contact them, for example with a phone call.
    }
contact-self-referral =
    { $audience ->
        [carer] The person can contact the IMHA service themselves, or ask a nurse to.
            You can also ask the service to visit them.
        [staff] The patient can contact the IMHA service themselves, or ask a nurse to.
            A relative or carer can also ask the service to visit them.
       *[patient] You can contact the IMHA service yourself, or ask a nurse to.
            A relative or carer can also ask the service to visit you.
    }

# For a person not on a ward: on leave, on a CTO, under guardianship or
# conditionally discharged. A care coordinator is the person who organises
# their care in the community.
contact-community =
    { $audience ->
        [carer] Ask the person’s care coordinator or social worker for the IMHA service’s details.
            Or phone the hospital in charge of their care.
            In England, the council arranges IMHA services. In Wales, the health board does.
        [staff] Give the patient the details of the local IMHA service.
            Help them to contact it.
            In England, the council arranges IMHA services. In Wales, the health board does.
       *[patient] Ask your care coordinator or social worker for the IMHA service’s details.
            Or phone the hospital in charge of your care.
            In England, the council arranges IMHA services. In Wales, the health board does.
    }
# Interpreters include British Sign Language.
do-now-interpreter =
    { $audience ->
        [carer] The person can ask for an interpreter, or British Sign Language.
        [staff] Arrange an interpreter or British Sign Language if the patient needs one.
       *[patient] You can ask for an interpreter, or British Sign Language.
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
        [carer] These are the main rights for this situation.
            Rights are things the law says a person can have or do.
            An IMHA can help the person understand their rights.
            An IMHA can help them use their rights.
        [staff] These are the main rights for this situation.
            An IMHA can help the patient understand and use them.
       *[patient] These are the main rights for this situation.
            Rights are things the law says you can have or do.
            An IMHA can help you understand your rights.
            An IMHA can help you use your rights.
    }
# Label before the list of sections of the Act that a right rests on.
right-sections-label = Law:

## The nearest relative, for a carer or relative (each point is followed
## by its sections; "you" is the carer or relative reading)

nearest-relative-heading = The nearest relative: who it is and what they can do
nearest-relative-intro =
    The law gives one relative of the person their own rights.
    This relative is called the nearest relative.
    It may be you.
# The order of Mental Health Act 1983 section 26.
nearest-relative-who-it-is =
    The nearest relative is the first person on this list.
    Husband, wife or civil partner.
    Son or daughter.
    Father or mother.
    Brother or sister.
    Grandparent.
    Grandchild.
    Uncle or aunt.
    Nephew or niece.
    Some people are not married or in a civil partnership.
    Their partner can count as a husband, wife or civil partner.
    This is if they have lived together as a couple for at least 6 months.
    A relative who lives with the person or cares for them comes first.
    There may be two relatives of the same kind, like two sisters.
    Then the older one comes first.
    Someone may have lived with the person for at least 5 years.
    If they are not a relative, they come last on the list.
    Some people do not count.
    People under 18 do not count.
    But a husband, wife, civil partner or parent under 18 does count.
    A husband, wife or civil partner may have separated from the person for good.
    Then they do not count.
    The person may usually live in the United Kingdom.
    Then someone who does not usually live there does not count.
nearest-relative-told-of-section-2 =
    This is about section 2.
    An approved mental health professional (AMHP) must try to tell the nearest relative.
    An AMHP is a trained professional, often a social worker.
    The AMHP must tell them that the person is detained.
    Detained means kept in hospital under the Mental Health Act.
    The AMHP must also tell them they can order the person’s discharge.
    Discharge means letting the person leave hospital.
nearest-relative-consulted-before-section-3 =
    An approved mental health professional (AMHP) may want to apply for section 3.
    Or they may want to apply for guardianship.
    Guardianship means a guardian can decide some things for the person.
    Before they apply, the AMHP must ask the nearest relative what they think.
    They do not have to ask if this is not really possible.
    Or if asking would cause a delay that is not reasonable.
    The nearest relative may object to the application.
    Object means they say they do not agree.
    Then the AMHP cannot apply.
    But the AMHP can ask the county court to choose someone else as nearest relative.
    A county court is a local court that does not deal with crimes.
nearest-relative-ask-for-assessment =
    The nearest relative can ask the local council for an approved mental health professional (AMHP).
    It is the council for the area where the person lives.
    An AMHP is a trained professional, often a social worker.
    The AMHP thinks about whether the person should go into hospital.
    This would be under the Mental Health Act.
    If the AMHP decides not to apply, they must tell the nearest relative why.
    They must do this in writing.
nearest-relative-order-discharge =
    The nearest relative can order the person’s discharge from section 2 or section 3.
    They can also order discharge from a community treatment order (CTO).
    Discharge means the section or CTO ends.
    The nearest relative must write to the hospital managers.
    They must give at least 72 hours’ notice.
    This means telling the managers at least 72 hours before.
    The responsible clinician can stop the discharge.
    This is the professional in charge of the person’s care.
    To stop it, they must send a report within those 72 hours.
    The report says the person would be likely to be dangerous.
    This means dangerous to themselves or others.
    Then the nearest relative cannot order discharge again for 6 months.
nearest-relative-order-guardianship-discharge =
    The nearest relative can end guardianship.
    Guardianship means a guardian can decide some things for the person.
    The nearest relative must do this with an order in writing.
    They do not have to give any notice first.
    The responsible clinician cannot stop it.
    This is the professional in charge of the person’s care.
nearest-relative-tribunal-after-barring =
    The responsible clinician is the professional in charge of the person’s care.
    They may stop the nearest relative discharging someone from section 3.
    Or from a community treatment order (CTO).
    Then the nearest relative can apply to the Tribunal.
    The Tribunal is an independent group of people.
    The nearest relative must apply within 28 days of being told.
nearest-relative-cannot-discharge-court-patient =
    The nearest relative cannot order discharge for some people.
    One is someone a court sent to hospital.
    Another is someone who was moved to hospital from prison.
nearest-relative-copy-of-information =
    The person is given written information about their rights.
    The hospital must give the nearest relative a copy of this.
    But not if the person asks the hospital not to.
nearest-relative-county-court =
    Sometimes there is no nearest relative.
    Or the nearest relative is not suitable.
    Then the county court can choose someone else to act as nearest relative.
    A county court is a local court that does not deal with crimes.
    The person can ask the court to do this.
    So can another relative, or someone the person lives with.
    So can an approved mental health professional (AMHP).

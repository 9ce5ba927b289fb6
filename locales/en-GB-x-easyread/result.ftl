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
        [carer] The person cannot get an IMHA right now
        [staff] The patient cannot get an IMHA right now
       *[patient] You cannot get an IMHA right now
    }
result-heading-unsure =
    { $audience ->
        [carer] We do not know yet if the person can get an IMHA
        [staff] We do not know yet if the patient can get an IMHA
       *[patient] We do not know yet if you can get an IMHA
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
        [carer] The person is held under a holding power.
            A holding power means someone can be kept in hospital for a short time.
            It is section 4, 5(2) or 5(4).
            In England, these powers do not give the right to an IMHA.
            The person can still ask for other advocacy.
            Advocacy means help from an advocate.
        [staff] The patient is held under a holding power.
            This is section 4, 5(2) or 5(4).
            In England, these powers do not give the right to an IMHA.
            The patient can still ask for other advocacy.
       *[patient] You are held under a holding power.
            A holding power means someone can be kept in hospital for a short time.
            It is section 4, 5(2) or 5(4).
            In England, these powers do not give the right to an IMHA.
            You can still ask for other advocacy.
            Advocacy means help from an advocate.
    }
reason-place-of-safety-excluded =
    { $audience ->
        [carer] The person is being held in a place of safety.
            A place of safety is somewhere like a hospital.
            This is under section 135 or 136.
            In England and in Wales, this does not give the right to an IMHA.
            The person can still ask for other advocacy.
            Advocacy means help from an advocate.
        [staff] The patient is held in a place of safety.
            This is under section 135 or 136.
            Places of safety do not give the right to an IMHA.
            This is true in England and in Wales.
            The patient can still ask for other advocacy.
       *[patient] You are being held in a place of safety.
            A place of safety is somewhere like a hospital.
            This is under section 135 or 136.
            In England and in Wales, this does not give the right to an IMHA.
            You can still ask for other advocacy.
            Advocacy means help from an advocate.
    }
reason-community-patient =
    { $audience ->
        [carer] The person is on a community treatment order (CTO).
            This means they live outside hospital.
            But they must keep to some rules.
            People on a CTO can have an IMHA.
            This is true even when they are called back to hospital.
            Being called back is called being recalled.
        [staff] The patient is a community patient.
            This means they are on a community treatment order (CTO).
            Community patients can have an IMHA.
            This includes while they are recalled to hospital.
       *[patient] You are on a community treatment order (CTO).
            This means you live outside hospital.
            But you must keep to some rules.
            People on a CTO can have an IMHA.
            This is true even when they are called back to hospital.
            Being called back is called being recalled.
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
        [carer] The person is a restricted patient.
            This means their section has extra limits.
            A court or the government set these limits.
            The person has been conditionally discharged.
            This means they were allowed to leave hospital with conditions.
            Conditions are rules they must follow.
            They can still be called back to hospital.
            So the law still counts them as detained.
            Detained means kept in hospital under the Mental Health Act.
            This means they can have an IMHA.
        [staff] The patient is a conditionally discharged restricted patient.
            They are still liable to be detained.
            So they can have an IMHA.
       *[patient] You are a restricted patient.
            This means your section has extra limits.
            A court or the government set these limits.
            You have been conditionally discharged.
            This means you were allowed to leave hospital with conditions.
            Conditions are rules you must follow.
            You can still be called back to hospital.
            So the law still counts you as detained.
            Detained means kept in hospital under the Mental Health Act.
            This means you can have an IMHA.
    }
reason-discussing-section-57 =
    { $audience ->
        [carer] A doctor or approved clinician is talking with the person about a treatment.
            An approved clinician is a senior professional.
            They are approved to use the Mental Health Act.
            The treatment is brain surgery for a mental health problem.
            Or it is a hormone implant to reduce male sex drive.
            Sex drive means wanting to have sex.
            Anyone can have an IMHA if they talk about these treatments.
            They must be talking with a doctor or approved clinician.
            This is true even if they are not on a section.
        [staff] A doctor or approved clinician is discussing a treatment with the patient.
            The treatment is brain surgery for a mental disorder.
            Or it is a hormone implant to reduce male sex drive.
            Anyone discussing these with a doctor or approved clinician can have an IMHA.
            This is true whatever their status.
       *[patient] A doctor or approved clinician is talking with you about a treatment.
            An approved clinician is a senior professional.
            They are approved to use the Mental Health Act.
            The treatment is brain surgery for a mental health problem.
            Or it is a hormone implant to reduce male sex drive.
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
            They can ask to see their section papers.
            Or they can ask for the leaflet about their rights.
        [staff] Which section of the Mental Health Act is the patient under?
            Check their section papers.
       *[patient] Which section of the Mental Health Act am I under?
            Ask to see your section papers.
            Or ask for the leaflet about your rights.
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
        [staff] Is a doctor or approved clinician discussing ECT with the patient?
            Or brain surgery for a mental disorder?
            Or a hormone implant to reduce male sex drive?
       *[patient] Is a doctor or approved clinician talking with me about ECT?
            ECT means electroconvulsive therapy.
            Or are they talking about brain surgery for a mental health problem?
            Or about a hormone implant to reduce male sex drive?
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
        [carer] The person’s situation may change.
            For example, they may be put on section 2 or 3.
            Or they may be put on a CTO.
            If this happens, check again.
            They may then be able to get an IMHA.
        [staff] The patient’s status may change.
            For example, to section 2 or 3, or a CTO.
            If this happens, check again.
            They may then be able to get an IMHA.
       *[patient] Your situation may change.
            For example, you may be put on section 2 or 3.
            Or you may be put on a CTO.
            If this happens, check again.
            You may then be able to get an IMHA.
    }
# The Care Act 2014 gives some people an advocate for care and support from
# the council in England. PALS is the Patient Advice and Liaison Service.
instead-other-advocacy =
    { $audience ->
        [carer] The person can ask about other advocacy services.
            Advocacy means help from an advocate.
            One example is community advocacy.
            Another is an advocate for care and support from the council.
            In England, this is under a law called the Care Act.
            Many hospitals also have a Patient Advice and Liaison Service (PALS).
            PALS can help too.
        [staff] The patient can ask about other advocacy services.
            One example is community advocacy.
            Another is an advocate for care and support from the council.
            In England, this is under the Care Act.
            The hospital’s Patient Advice and Liaison Service (PALS) can also help.
            This is if the hospital has one.
       *[patient] You can ask about other advocacy services.
            Advocacy means help from an advocate.
            One example is community advocacy.
            Another is an advocate for care and support from the council.
            In England, this is under a law called the Care Act.
            Many hospitals also have a Patient Advice and Liaison Service (PALS).
            PALS can help too.
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
            A doctor can make it up to 12 hours longer.
            Ask staff which section the person is under now.
            If the section changes, their right to an IMHA may change too.
        [staff] A place of safety lasts up to 24 hours.
            It can be made up to 12 hours longer.
            When the section changes, tell the patient which section applies.
            If the new section gives the right to an IMHA, tell them about IMHAs.
       *[patient] A place of safety lasts up to 24 hours.
            A doctor can make it up to 12 hours longer.
            Ask staff which section you are under now.
            If the section changes, your right to an IMHA may change too.
    }
do-now-holding-power =
    { $audience ->
        [carer] This power lasts a short time.
            Section 4 or 5(2) lasts up to 72 hours.
            Section 5(4) lasts up to 6 hours.
            Ask staff which section the person is under now.
            If the section changes, their right to an IMHA may change too.
        [staff] This power lasts up to 72 hours for section 4 or 5(2).
            It lasts up to 6 hours for section 5(4).
            When the section changes, tell the patient which section applies.
            If the new section gives the right to an IMHA, tell them about IMHAs.
       *[patient] This power lasts a short time.
            Section 4 or 5(2) lasts up to 72 hours.
            Section 5(4) lasts up to 6 hours.
            Ask staff which section you are under now.
            If the section changes, your right to an IMHA may change too.
    }
contact-heading = How to contact an IMHA service
contact-default =
    { $audience ->
        [carer] Ask ward staff for the details of the local IMHA service.
            Staff must help the person contact the service.
            The person can ask for help to make a phone call.
        [staff] Give the patient the details of the local IMHA service.
            Help them to contact it.
            Offer help to make a phone call.
       *[patient] Ask ward staff for the details of your local IMHA service.
            Staff must help you contact the service.
            You can ask for help to make a phone call.
    }
contact-self-referral =
    { $audience ->
        [carer] The person can contact the IMHA service themselves.
            Or they can ask a nurse to do it for them.
            You can also ask the IMHA service to visit them.
        [staff] The patient can contact the IMHA service themselves.
            Or they can ask a nurse to do it.
            A relative or carer can also ask the IMHA service to visit them.
       *[patient] You can contact the IMHA service yourself.
            Or you can ask a nurse to do it for you.
            A relative or carer can also ask the IMHA service to visit you.
    }

# For a person not on a ward: on leave, on a CTO, under guardianship or
# conditionally discharged. A care coordinator is the person who organises
# their care in the community.
contact-community =
    { $audience ->
        [carer] Ask the person’s care coordinator or social worker for the IMHA service’s details.
            Or phone the hospital in charge of their care.
        [staff] Give the patient the details of the local IMHA service.
            Help them to contact it.
       *[patient] Ask your care coordinator or social worker for the IMHA service’s details.
            Or phone the hospital in charge of your care.
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

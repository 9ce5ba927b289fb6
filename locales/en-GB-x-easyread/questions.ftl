# SPDX-License-Identifier: MIT OR Apache-2.0

### The questions, one per page. For each question:
### question-<slug>-heading (the question), -hint (under it), -error (when
### nothing is chosen), -summary (short label on the check-answers page);
### and option-<slug>-<value> for each answer, with an optional .hint.

## Shared by every question page

continue-button = Continue
back-link = Back
# Between the answers and "I don't know", as in GOV.UK forms.
or-divider = or
error-summary-title = There is a problem
# The page title when the page shows an error.
page-title-error = Problem: { page-title }

## Who is asking

question-audience-heading = Who are you?
question-audience-hint = This helps us explain things in the right way.
question-audience-error = Choose who you are
question-audience-summary = Who is asking
option-audience-patient = I am the patient
    .hint =
        You are in hospital.
        Or you have been told you are under the Mental Health Act.
option-audience-carer = I am a carer, relative or friend
    .hint =
        You are asking about someone else.
        This includes the nearest relative.
        The nearest relative is a family member.
        The Mental Health Act says who this is.
option-audience-staff = I work on a ward or in a mental health service
    .hint = You want to check who you must tell about advocates.

## Where the hospital is

question-jurisdiction-heading =
    { $audience ->
        [carer] Is the person’s hospital in England or Wales?
        [staff] Is the patient’s hospital in England or Wales?
       *[patient] Is your hospital in England or Wales?
    }
question-jurisdiction-hint =
    The law is different in Wales.
    This question is about where the hospital is.
    It is not about where anyone lives.
    Is it a community treatment order (CTO)?
    Then think of the hospital in charge of it.
    Is it guardianship?
    Then think of the council in charge of it.
question-jurisdiction-error = Choose England, Wales or I don’t know
question-jurisdiction-summary = Where the hospital is
option-jurisdiction-england = England
option-jurisdiction-wales = Wales
option-jurisdiction-unknown = I don’t know

## The broad situation

question-setting-heading =
    { $audience ->
        [carer] Which of these is true for the person?
        [staff] Which of these is true for the patient?
       *[patient] Which of these is true for you?
    }
question-setting-hint =
    Choose the one that fits best.
    Not sure? Choose “I don’t know”.
    Then we will help you.
question-setting-error = Choose the one that fits best, or I don’t know
question-setting-summary = What is happening
option-setting-detained =
    { $audience ->
        [carer] They are kept in hospital under a section
        [staff] Detained under a section of the Mental Health Act
       *[patient] I am kept in hospital under a section
    }
    .hint =
        A section is a part of the Mental Health Act.
        People call this being “sectioned”.
option-setting-detained-on-leave =
    { $audience ->
        [carer] They are under a section, but on leave from hospital
        [staff] Detained, on section 17 leave of absence
       *[patient] I am under a section, but on leave from hospital
    }
    .hint =
        This is called section 17 leave.
        You can be away from hospital for a time, for example at home.
        The section has not ended.
option-setting-cto =
    { $audience ->
        [carer] They are on a community treatment order (CTO)
        [staff] On a community treatment order (CTO)
       *[patient] I am on a community treatment order (CTO)
    }
    .hint =
        This means living outside hospital.
        But there are rules to follow.
option-setting-cto-recalled =
    { $audience ->
        [carer] They are on a CTO and have been called back to hospital
        [staff] On a CTO and recalled to hospital
       *[patient] I am on a CTO and have been called back to hospital
    }
    .hint =
        This is called being recalled.
        It lasts up to 72 hours.
option-setting-guardianship =
    { $audience ->
        [carer] They have a guardian under the Mental Health Act
        [staff] Under guardianship
       *[patient] I have a guardian under the Mental Health Act
    }
    .hint =
        A guardian can decide some things.
        For example, where the person lives.
        The guardian is often the council.
option-setting-conditional-discharge =
    { $audience ->
        [carer] They left hospital with rules set by a tribunal or the government
        [staff] A restricted patient on conditional discharge
       *[patient] I left hospital with rules set by a tribunal or the government
    }
    .hint =
        This is called a conditional discharge.
        It comes after a court order with restrictions.
        Restrictions are extra limits.
option-setting-informal-inpatient =
    { $audience ->
        [carer] They are in hospital for their mental health, but not under a section
        [staff] An informal (voluntary) in-patient, being assessed or treated for a mental disorder
       *[patient] I am in hospital for my mental health, but not under a section
    }
    .hint =
        This is sometimes called a voluntary or informal patient.
        It does not mean being in hospital only for an illness of the body.
option-setting-none =
    { $audience ->
        [carer] They are not in hospital and not under the Mental Health Act
        [staff] Not in hospital and not under the Mental Health Act
       *[patient] I am not in hospital and not under the Mental Health Act
    }
option-setting-unknown = I don’t know

## Which section

question-section-heading =
    { $audience ->
        [carer] Which section is the person under?
        [staff] Which section is the patient under?
       *[patient] Which section are you under?
    }
question-section-hint =
    It is on the section papers.
    It is also on the rights leaflet from the hospital.
    Cannot find it? Choose “I don’t know”.
question-section-error = Choose the section, or I don’t know
question-section-summary = Section
option-section-section-2 = Section 2
    .hint =
        To find out about someone’s mental health.
        It lasts up to 28 days.
option-section-section-3 = Section 3
    .hint =
        For treatment.
        It lasts up to 6 months at first.
option-section-section-4 = Section 4
    .hint =
        For an emergency, with only 1 doctor.
        It lasts up to 72 hours.
option-section-section-5-2 = Section 5(2)
    .hint =
        A doctor stopped someone leaving the ward.
        It lasts up to 72 hours.
option-section-section-5-4 = Section 5(4)
    .hint =
        A nurse stopped someone leaving the ward.
        It lasts up to 6 hours.
option-section-section-135 = Section 135
    .hint =
        The police came with a warrant.
        A warrant is a legal paper.
        The police took someone to a place of safety.
option-section-section-136 = Section 136
    .hint =
        The police took someone from a public place.
        They took them to a place of safety.
option-section-section-35 = Section 35
    .hint =
        A court sent someone to hospital.
        This is for a report on their mental health.
option-section-section-36 = Section 36
    .hint =
        A court sent someone to hospital for treatment.
        This is before their trial ends.
        A trial is a court case.
option-section-section-37 = Section 37
    .hint =
        A court made a hospital order.
        This sends someone to hospital for treatment.
option-section-section-37-41 = Section 37 with section 41
    .hint =
        A court made a hospital order with restrictions.
        Restrictions are extra limits.
option-section-section-38 = Section 38
    .hint =
        A court made an interim hospital order.
        Interim means for now.
option-section-section-45a = Section 45A
    .hint =
        A court gave a prison sentence.
        The court also gave a hospital direction.
        This means going to hospital first.
option-section-section-47 = Section 47
    .hint =
        Moved from prison to hospital.
        This was after being sentenced.
option-section-section-47-49 = Section 47 with section 49
    .hint =
        Moved from prison to hospital after being sentenced.
        There are also restrictions, which are extra limits.
option-section-section-48 = Section 48
    .hint =
        Moved to hospital from prison or immigration detention.
        This was before being sentenced.
option-section-section-48-49 = Section 48 with section 49
    .hint =
        Moved to hospital before being sentenced.
        There are also restrictions, which are extra limits.
option-section-unknown = I don’t know which section

## Help to find the section

question-what-happened-heading =
    { $audience ->
        [carer] Which of these is most like what happened to the person?
        [staff] Which of these is most like what happened to the patient?
       *[patient] Which of these is most like what happened to you?
    }
question-what-happened-hint =
    Each section of the Mental Health Act is used in a different situation.
    This helps us work out which section it may be.
question-what-happened-error = Choose the closest one, or I’m still not sure
question-what-happened-summary = What happened
question-what-happened-papers-heading = What the section papers look like
question-what-happened-papers =
    { $audience ->
        [carer] The hospital must give the person some forms.
            These forms are called section papers.
            The hospital must also give them a leaflet about their rights.
            The title of the leaflet says the section.
            For example, “Section 2 of the Mental Health Act 1983”.
            The person, or ward staff, can show you.
        [staff] The section papers name the section.
            The rights leaflet given to the patient names it too.
            Check the patient’s papers.
            Or check with the ward’s Mental Health Act office.
       *[patient] The hospital must give you some forms.
            These forms are called section papers.
            The hospital must also give you a leaflet about your rights.
            The title of the leaflet says your section.
            For example, “Section 2 of the Mental Health Act 1983”.
            You can ask ward staff to show you.
    }
option-what-happened-police-public-place =
    { $audience ->
        [carer] The police took them from a public place to a place of safety
        [staff] The police took them from a public place to a place of safety
       *[patient] The police took you from a public place to a place of safety
    }
    .hint =
        A place of safety can be a hospital or a police station.
        This is usually section 136.
option-what-happened-police-warrant-home =
    { $audience ->
        [carer] The police came to their home with a warrant.
            They took them to a place of safety.
        [staff] The police came to their home with a warrant.
            They took them to a place of safety.
       *[patient] The police came to your home with a warrant.
            They took you to a place of safety.
    }
    .hint =
        A warrant is a legal paper.
        This is usually section 135.
option-what-happened-nurse-stopped-leaving =
    { $audience ->
        [carer] A nurse stopped them leaving the ward for a few hours
        [staff] A nurse stopped them leaving the ward for a few hours
       *[patient] A nurse stopped you leaving the ward for a few hours
    }
    .hint =
        This is usually section 5(4).
        It lasts up to 6 hours.
option-what-happened-doctor-stopped-leaving =
    { $audience ->
        [carer] A doctor stopped them leaving the ward for up to 3 days
        [staff] A doctor stopped them leaving the ward for up to 3 days
       *[patient] A doctor stopped you leaving the ward for up to 3 days
    }
    .hint =
        This is usually section 5(2).
        It lasts up to 72 hours.
option-what-happened-kept-more-than-3-days =
    { $audience ->
        [carer] They have been on a section in hospital for over 3 days
        [staff] They have been on a section in hospital for over 3 days
       *[patient] You have been on a section in hospital for over 3 days
    }
    .hint = The short emergency sections all end within 3 days.
option-what-happened-court-sent =
    { $audience ->
        [carer] A court sent them to hospital
        [staff] A court sent them to hospital
       *[patient] A court sent you to hospital
    }
option-what-happened-moved-from-prison =
    { $audience ->
        [carer] They were moved to hospital from prison
        [staff] They were moved to hospital from prison
       *[patient] You were moved to hospital from prison
    }
option-what-happened-rules-outside-hospital =
    { $audience ->
        [carer] They live outside hospital but must follow rules.
            They can be called back to hospital.
        [staff] They live outside hospital but must follow rules.
            They can be called back to hospital.
       *[patient] You live outside hospital but must follow rules.
            You can be called back to hospital.
    }
    .hint = This is usually a community treatment order (CTO).
option-what-happened-guardian =
    { $audience ->
        [carer] A guardian decides where they live
        [staff] A guardian decides where they live
       *[patient] A guardian decides where you live
    }
    .hint =
        The guardian is often the council.
        This is called guardianship.
option-what-happened-free-to-leave =
    { $audience ->
        [carer] They are in hospital and are free to leave
        [staff] They are in hospital and are free to leave
       *[patient] You are in hospital and are free to leave
    }
    .hint = This is being a voluntary or informal patient.
option-what-happened-not-in-hospital =
    { $audience ->
        [carer] They are not in hospital and none of these fit
        [staff] They are not in hospital and none of these fit
       *[patient] You are not in hospital and none of these fit
    }
option-what-happened-still-not-sure = I’m still not sure

## Leave

question-on-leave-heading =
    { $audience ->
        [carer] Is the person on leave from hospital right now?
        [staff] Is the patient on section 17 leave?
       *[patient] Are you on leave from hospital right now?
    }
question-on-leave-hint =
    This is called section 17 leave.
    It is time away from the ward that a doctor has agreed.
    Being on leave does not change the right to an advocate.
question-on-leave-error = Choose yes, no or I don’t know
question-on-leave-summary = On leave
option-on-leave-true = Yes
option-on-leave-false = No
option-on-leave-unknown = I don’t know

## Treatment being discussed

question-treatment-discussed-heading =
    { $audience ->
        [carer] Has a doctor talked with the person about any of these treatments?
        [staff] Is the patient discussing any of these treatments with a doctor or approved clinician?
       *[patient] Has a doctor talked with you about any of these treatments?
    }
question-treatment-discussed-hint =
    Some treatments give a right to an advocate.
    This is true even for people who are not under a section.
question-treatment-discussed-error = Choose a treatment, none of these, or I don’t know
question-treatment-discussed-summary = Treatment talked about
option-treatment-discussed-section-57 =
    Brain surgery for a mental health problem.
    Or a hormone implant to reduce sex drive.
    A hormone implant is a small piece of medicine put under the skin.
    .hint = These are very rare.
option-treatment-discussed-section-58a = Electroconvulsive therapy (ECT)
    .hint =
        ECT passes a small electric current through the brain.
        The person is given medicine to make them sleep first.
        This medicine is called an anaesthetic.
option-treatment-discussed-none = None of these
option-treatment-discussed-unknown = I don’t know

## Age

question-under-18-heading =
    { $audience ->
        [carer] Is the person under 18?
        [staff] Is the patient under 18?
       *[patient] Are you under 18?
    }
question-under-18-hint = The rules about ECT are different for people under 18.
question-under-18-error = Choose yes, no or I don’t know
question-under-18-summary = Under 18
option-under-18-true = Yes
option-under-18-false = No
option-under-18-unknown = I don’t know

## Check your answers

check-heading = Check your answers
check-intro =
    You can change an answer.
    Do this before you see the result.
check-change = Change
# After "Change", read by screen readers only, e.g. "Change Section".
check-change-context = { $question }
check-continue = See the result
# Under an answer to "what happened": the section that answer stands for,
# e.g. "That means: Section 136".
check-inferred-section = That means: { $section }

## Notices

notice-saved-answers-unreadable =
    We could not read your saved answers.
    So we have started again.
notice-link-unreadable =
    We could not read some answers in the link.
    Please answer this question.

## A page that does not exist

not-found-heading = We cannot find this page
not-found-body =
    The link may be wrong.
    Or the link may be out of date.
not-found-start = Go to the start

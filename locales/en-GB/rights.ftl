# SPDX-License-Identifier: MIT OR Apache-2.0

### Rights shown on the result page, one message per right.
### The value is the heading; the .body attribute explains the right.
### Every message receives $audience: "patient", "carer" or "staff".
### Section names such as "section 2" stay in the text: they are what the
### power is called. The app prints the legal citations separately.

## Information about rights

right-information-detained = Being told about rights
    .body =
        { $audience ->
            [carer] The hospital must tell the person you are asking about which section they are under, what it means and what their rights are. They must do this out loud and in writing.
            [staff] The hospital managers must tell the patient which section they are under, what it means and what their rights are. This must be done both orally and in writing.
           *[patient] The hospital must tell you which section you are under, what it means and what your rights are. They must tell you out loud and in writing.
        }
right-information-community = Being told about rights on a CTO
    .body =
        { $audience ->
            [carer] The hospital in charge of the CTO must tell the person you are asking about what the CTO means and what their rights are. They must do this out loud and in writing.
            [staff] The managers of the responsible hospital must tell the patient what the CTO means and what their rights are. This must be done both orally and in writing.
           *[patient] The hospital in charge of your CTO must tell you what the CTO means and what your rights are. They must tell you out loud and in writing.
        }
right-information-place-of-safety = Being told about rights
    .body =
        { $audience ->
            [carer] If the person you are asking about is taken to a hospital as the place of safety, the hospital must tell them which section they are held under, what it means and what their rights are, out loud and in writing. If they are somewhere else, they can ask the people holding them to explain their rights.
            [staff] If the place of safety is a hospital, its managers must tell the patient which section they are held under, its effect and their rights, orally and in writing (section 132). Elsewhere, explain their rights to them.
           *[patient] If you are taken to a hospital as the place of safety, the hospital must tell you which section you are held under, what it means and what your rights are, out loud and in writing. If you are somewhere else, ask the people holding you to explain your rights.
        }
# Shown when the person does not know which section they are under.
right-ask-for-your-papers = Finding out which section applies
    .body =
        { $audience ->
            [carer] The person you are asking about has the right to be told which section they are under and what it means. They can ask staff which section they are on, and ask for the leaflet about their rights.
            [staff] The patient has the right to be told which section they are under and what it means. Check their section papers and give them the rights leaflet for that section.
           *[patient] You have the right to be told which section you are under and what it means. Ask staff which section you are on, and ask for the leaflet about your rights.
        }

## How long each power lasts

right-section-2-length = How long section 2 lasts
    .body =
        { $audience ->
            [carer] Section 2 is for assessment (finding out about the person’s mental health and what help they need). It lasts up to 28 days. It cannot be renewed, but the person you are asking about may be kept on section 3 after it.
            [staff] Section 2 is for assessment. It lasts up to 28 days. It cannot be renewed, but the patient may be detained under section 3 after it.
           *[patient] Section 2 is for assessment (finding out about your mental health and what help you need). It lasts up to 28 days. It cannot be renewed, but you may be kept on section 3 after it.
        }
right-section-3-length = How long section 3 lasts
    .body = Section 3 is for treatment. It lasts up to 6 months at first. It can then be renewed for another 6 months, and after that for 12 months at a time.
right-section-4-length = How long section 4 lasts
    .body =
        { $audience ->
            [carer] Section 4 is for emergencies, when only one doctor has been able to see the person you are asking about. It lasts up to 72 hours. If a second doctor agrees, it can become section 2.
            [staff] Section 4 is for emergencies, on one medical recommendation. It lasts up to 72 hours. If a second medical recommendation is received, it becomes section 2.
           *[patient] Section 4 is for emergencies, when only one doctor has been able to see you. It lasts up to 72 hours. If a second doctor agrees, it can become section 2.
        }
right-section-5-2-length = How long section 5(2) lasts
    .body =
        { $audience ->
            [carer] Section 5(2) lets a doctor or approved clinician stop the person you are asking about from leaving hospital, when they are there as a voluntary patient. It lasts up to 72 hours.
            [staff] Section 5(2) lets a doctor or approved clinician hold an informal in-patient in hospital. It lasts up to 72 hours.
           *[patient] Section 5(2) lets a doctor or approved clinician stop you leaving hospital, when you are there as a voluntary patient. It lasts up to 72 hours.
        }
right-section-5-4-length = How long section 5(4) lasts
    .body =
        { $audience ->
            [carer] Section 5(4) lets a nurse stop the person you are asking about from leaving hospital, when they are there as a voluntary patient. It lasts up to 6 hours, so that a doctor or approved clinician can come and see them.
            [staff] Section 5(4) is the nurse’s holding power for an informal in-patient. It lasts up to 6 hours, so that a doctor or approved clinician can attend.
           *[patient] Section 5(4) lets a nurse stop you leaving hospital, when you are there as a voluntary patient. It lasts up to 6 hours, so that a doctor or approved clinician can come and see you.
        }
# Sections 135 and 136 let the police take a person to a place of safety.
right-place-of-safety-length = How long a place of safety lasts
    .body =
        { $audience ->
            [carer] Sections 135 and 136 let the police take the person you are asking about to a place of safety, such as a hospital, so they can be assessed. They can be kept there for up to 24 hours. This can be made up to 12 hours longer.
            [staff] Sections 135 and 136 let the police take a person to a place of safety to be assessed. The patient can be kept there for up to 24 hours, and this can be extended by up to 12 hours.
           *[patient] Sections 135 and 136 let the police take you to a place of safety, such as a hospital, so you can be assessed. You can be kept there for up to 24 hours. This can be made up to 12 hours longer.
        }
right-section-35-length = How long section 35 lasts
    .body =
        { $audience ->
            [carer] Section 35 means a court has sent the person you are asking about to hospital for a report on their mental health. It lasts up to 28 days at a time, and no more than 12 weeks in total. They can get their own independent report from a doctor or approved clinician they choose, at their own expense, and use it to ask the court to end the remand.
            [staff] Section 35 is a remand to hospital for a report on the patient’s mental condition. It lasts up to 28 days at a time, and no more than 12 weeks in total. The patient may obtain an independent report, at their own expense, and apply to the court on the basis of it for the remand to end.
           *[patient] Section 35 means a court has sent you to hospital for a report on your mental health. It lasts up to 28 days at a time, and no more than 12 weeks in total. You can get your own independent report from a doctor or approved clinician you choose, but you must pay for it. You can then use it to ask the court to end the remand.
        }
right-section-36-length = How long section 36 lasts
    .body =
        { $audience ->
            [carer] Section 36 means a court has sent the person you are asking about to hospital for treatment while their court case goes on. It lasts up to 28 days at a time, and no more than 12 weeks in total. They can get their own independent report, at their own expense, and use it to ask the court to end the remand.
            [staff] Section 36 is a remand to hospital for treatment. It lasts up to 28 days at a time, and no more than 12 weeks in total. The patient may obtain an independent report, at their own expense, and apply to the court on the basis of it for the remand to end.
           *[patient] Section 36 means a court has sent you to hospital for treatment while your court case goes on. It lasts up to 28 days at a time, and no more than 12 weeks in total. You can get your own independent report, but you must pay for it. You can then use it to ask the court to end the remand.
        }
right-section-37-length = How long a hospital order lasts
    .body =
        { $audience ->
            [carer] Section 37 is a hospital order: a court has sent the person you are asking about to hospital for treatment. It lasts up to 6 months at first. It can then be renewed for another 6 months, and after that for 12 months at a time.
            [staff] Section 37 is a hospital order made by a court. It lasts up to 6 months at first. It can then be renewed for another 6 months, and after that for 12 months at a time.
           *[patient] Section 37 is a hospital order: a court has sent you to hospital for treatment. It lasts up to 6 months at first. It can then be renewed for another 6 months, and after that for 12 months at a time.
        }
right-section-38-length = How long an interim hospital order lasts
    .body =
        { $audience ->
            [carer] Section 38 is an interim hospital order: a court has sent the person you are asking about to hospital for a while, to see if a hospital order is right for them. It lasts up to 12 weeks at first. The court can renew it for up to 28 days at a time, up to 12 months in total.
            [staff] Section 38 is an interim hospital order. It lasts up to 12 weeks at first. The court can renew it for up to 28 days at a time, up to 12 months in total.
           *[patient] Section 38 is an interim hospital order: a court has sent you to hospital for a while, to see if a hospital order is right for you. It lasts up to 12 weeks at first. The court can renew it for up to 28 days at a time, up to 12 months in total.
        }

## Court and prison sections

right-prison-transfer = Being moved from prison to hospital
    .body =
        { $audience ->
            [carer] The person you are asking about has been moved from prison, or another place where they were held, to hospital for treatment. Depending on their situation, they may go back to prison when they no longer need treatment in hospital. They can ask staff or a solicitor what will happen in their case.
            [staff] The patient has been transferred from prison, or another place of detention, to hospital for treatment. Depending on their situation, they may return to prison when they no longer need treatment in hospital.
           *[patient] You have been moved from prison, or another place where you were held, to hospital for treatment. Depending on your situation, you may go back to prison when you no longer need treatment in hospital. Ask staff or a solicitor what will happen in your case.
        }
right-hospital-direction = Hospital direction
    .body =
        { $audience ->
            [carer] A hospital direction means the court gave the person you are asking about a prison sentence, but sent them to hospital first for treatment. When they no longer need treatment in hospital, they may be moved to prison.
            [staff] A hospital direction means the court passed a prison sentence but directed that the patient go to hospital first for treatment. When they no longer need treatment in hospital, they may be moved to prison.
           *[patient] A hospital direction means the court gave you a prison sentence, but sent you to hospital first for treatment. When you no longer need treatment in hospital, you may be moved to prison.
        }
# "Restrictions" here means a restriction order or restriction direction.
right-restrictions = Restrictions
    .body =
        { $audience ->
            [carer] The section of the person you are asking about has restrictions. This means their responsible clinician (the professional in charge of their care) needs the agreement of the Secretary of State for Justice (a government minister) to give them leave, move them to another hospital or discharge them.
            [staff] The patient is a restricted patient. The responsible clinician needs the consent of the Secretary of State for Justice to grant leave, transfer them to another hospital or discharge them.
           *[patient] Your section has restrictions. This means your responsible clinician (the professional in charge of your care) needs the agreement of the Secretary of State for Justice (a government minister) to give you leave, move you to another hospital or discharge you.
        }

## The Tribunal

right-section-2-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person you are asking about can apply to the Tribunal (an independent panel that can end their section) in the first 14 days of their section 2. A solicitor can help them apply, for free.
            [staff] The patient can apply to the Tribunal in the first 14 days of their section 2. Free legal help from a solicitor is available for Tribunal cases.
           *[patient] You can apply to the Tribunal (an independent panel that can end your section) in the first 14 days of your section 2. A solicitor can help you apply, for free.
        }
right-section-3-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person you are asking about can apply to the Tribunal (an independent panel that can end their section) once in the first 6 months, once in the next 6 months, and then once every year. A solicitor can help them apply, for free.
            [staff] The patient can apply to the Tribunal once in the first 6 months, once in the next 6 months, and then once every year. Free legal help from a solicitor is available for Tribunal cases.
           *[patient] You can apply to the Tribunal (an independent panel that can end your section) once in the first 6 months, once in the next 6 months, and then once every year. A solicitor can help you apply, for free.
        }
right-section-3-referral = When the hospital managers send your case to the Tribunal
    .body =
        { $audience ->
            [carer] If the person you are asking about has not applied to the Tribunal in the first 6 months, the hospital managers must send their case to the Tribunal. An application that is withdrawn does not count. The managers must also send it if 3 years go by without the Tribunal looking at their case (1 year if they are under 18).
            [staff] If the patient has not applied in the first 6 months (a withdrawn application does not count), the managers must refer the case to the Tribunal. They must also refer it if the Tribunal has not considered the case for 3 years (1 year if the patient is under 18).
           *[patient] If you have not applied to the Tribunal in the first 6 months, the hospital managers must send your case to the Tribunal. An application that is withdrawn does not count. They must also send it if 3 years go by without the Tribunal looking at your case (1 year if you are under 18).
        }
right-section-37-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] On a hospital order, the person you are asking about cannot apply to the Tribunal (an independent panel that can end their section) in the first 6 months. After that, they can apply once between 6 and 12 months, and then once every year. If they were moved from prison, the rules are different, so ask staff or a solicitor. A solicitor can help them with the Tribunal for free (legal aid).
            [staff] A hospital order patient cannot apply in the first 6 months. They can apply once in the second 6 months and then once a year, when the order is renewed. Free legal help from a solicitor (legal aid) is available for Tribunal cases.
           *[patient] On a hospital order, you cannot apply to the Tribunal (an independent panel that can end your section) in the first 6 months. After that, you can apply once between 6 and 12 months, and then once every year. If you were moved from prison, the rules are different, so ask staff or a solicitor. A solicitor can help you with the Tribunal for free (legal aid).
        }
right-section-37-referral = When the hospital managers send your case to the Tribunal
    .body =
        { $audience ->
            [carer] If 3 years go by without the Tribunal looking at the case of the person you are asking about (1 year if they are under 18), the hospital managers must send it to the Tribunal.
            [staff] The managers must refer the case if the Tribunal has not considered it for 3 years (1 year if the patient is under 18). The 6-month reference does not apply to a hospital order.
           *[patient] If 3 years go by without the Tribunal looking at your case (1 year if you are under 18), the hospital managers must send it to the Tribunal.
        }
right-restricted-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person you are asking about can apply to the Tribunal (an independent panel that can decide if they should be discharged) once between 6 and 12 months after their order, and then once every year. If 3 years go by without the Tribunal looking at their case, the Secretary of State for Justice must send it to the Tribunal. A solicitor can help them with the Tribunal for free (legal aid).
            [staff] A restricted patient can apply between 6 and 12 months after the order and then once in each 12 months. The Secretary of State must refer the case if the Tribunal has not considered it for 3 years. Free legal help from a solicitor (legal aid) is available for Tribunal cases.
           *[patient] You can apply to the Tribunal (an independent panel that can decide if you should be discharged) once between 6 and 12 months after your order, and then once every year. If 3 years go by without the Tribunal looking at your case, the Secretary of State for Justice must send it to the Tribunal. A solicitor can help you with the Tribunal for free (legal aid).
        }
right-restricted-transfer-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person you are asking about can apply to the Tribunal (an independent panel). A solicitor can tell them when, and can help them for free (legal aid). The Tribunal cannot discharge them itself. It tells the Secretary of State for Justice whether they would be discharged if they were on a hospital order, and it can recommend that they stay in hospital instead of going back to prison. They may also be able to ask the Parole Board to release them.
            [staff] For a patient under a hospital direction or a restricted transfer direction, the Tribunal cannot discharge: it notifies the Secretary of State whether the patient would be entitled to discharge, and may recommend continued detention in hospital rather than return to prison. Parole Board applications remain possible. Free legal help from a solicitor (legal aid) is available for Tribunal cases.
           *[patient] You can apply to the Tribunal (an independent panel). A solicitor can tell you when, and can help you for free (legal aid). The Tribunal cannot discharge you itself. It tells the Secretary of State for Justice whether you would be discharged if you were on a hospital order, and it can recommend that you stay in hospital instead of going back to prison. You may also be able to ask the Parole Board to release you.
        }
right-transfer-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] If the person you are asking about was moved to hospital from prison, they can apply to the Tribunal (an independent panel) in the first 6 months after the move, once in the next 6 months, and then once every year. A solicitor can check the dates for them, and can help them for free (legal aid).
            [staff] A transferred prisoner can apply in the first 6 months after the transfer, once in the next 6 months, and then once a year. Free legal help from a solicitor (legal aid) is available for Tribunal cases.
           *[patient] If you were moved to hospital from prison, you can apply to the Tribunal (an independent panel) in the first 6 months after the move, once in the next 6 months, and then once every year. A solicitor can check the dates for you, and can help you for free (legal aid).
        }
right-cto-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person you are asking about can apply to the Tribunal (an independent panel that can end their CTO) once in the first 6 months of their CTO, and then once in each period it is extended for. A solicitor can help them with the Tribunal for free (legal aid).
            [staff] A community patient can apply once in the first 6 months of the CTO, once on revocation, and once in each extension period. Free legal help from a solicitor (legal aid) is available for Tribunal cases.
           *[patient] You can apply to the Tribunal (an independent panel that can end your CTO) once in the first 6 months of your CTO, and then once in each period it is extended for. A solicitor can help you with the Tribunal for free (legal aid).
        }
right-cto-referral = When the hospital managers send your case to the Tribunal
    .body =
        { $audience ->
            [carer] If the person you are asking about has not applied to the Tribunal in the first 6 months of their CTO, the hospital managers must send their case to the Tribunal. They must also send it if 3 years go by without the Tribunal looking at it (1 year if the person is under 18), and straight away if the CTO is revoked.
            [staff] The managers must refer the case if no application was made in the first 6 months, if the Tribunal has not considered it for 3 years (1 year if under 18), and as soon as possible after the CTO is revoked.
           *[patient] If you have not applied to the Tribunal in the first 6 months of your CTO, the hospital managers must send your case to the Tribunal. They must also send it if 3 years go by without the Tribunal looking at it (1 year if you are under 18), and straight away if your CTO is revoked.
        }
right-guardianship-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person you are asking about can apply to the Tribunal (an independent panel that can end their guardianship) once in the first 6 months, and then once in each period it is renewed for. A solicitor can help them with the Tribunal for free (legal aid).
            [staff] A guardianship patient can apply once in the first 6 months and once in each renewal period. Free legal help from a solicitor (legal aid) is available for Tribunal cases.
           *[patient] You can apply to the Tribunal (an independent panel that can end your guardianship) once in the first 6 months, and then once in each period it is renewed for. A solicitor can help you with the Tribunal for free (legal aid).
        }
right-conditional-discharge-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person you are asking about can ask the Tribunal (an independent panel) to change their conditions or end their conditional discharge. They can first apply between 12 months and 2 years after they were discharged, and then once every 2 years. A solicitor can help them with the Tribunal for free (legal aid).
            [staff] A conditionally discharged patient who has not been recalled can apply between 12 months and 2 years after discharge, and then once in each 2 years; the Tribunal may vary the conditions or end the restrictions. Free legal help from a solicitor (legal aid) is available for Tribunal cases.
           *[patient] You can ask the Tribunal (an independent panel) to change your conditions or end your conditional discharge. You can first apply between 12 months and 2 years after you were discharged, and then once every 2 years. A solicitor can help you with the Tribunal for free (legal aid).
        }
# Shown when the exact section is not known.
right-detained-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person you are asking about can usually apply to the Tribunal (an independent panel that can end their section). How often depends on their section, so ask staff, an IMHA or a solicitor. A solicitor can help them with the Tribunal for free.
            [staff] Most detained patients can apply to the Tribunal. How often depends on the section. Free legal help from a solicitor is available for Tribunal cases.
           *[patient] You can usually apply to the Tribunal (an independent panel that can end your section). How often depends on your section, so ask staff, an IMHA or a solicitor. A solicitor can help you with the Tribunal for free.
        }

## Others who can end a section

right-hospital-managers = Asking the hospital managers
    .body =
        { $audience ->
            [carer] The person you are asking about can ask the hospital managers (people who act for the organisation that runs the hospital) to end their section or CTO at any time. The managers may hold a meeting, called a hearing, to decide.
            [staff] The patient can ask the hospital managers to discharge them at any time. The managers may hold a hearing to decide.
           *[patient] You can ask the hospital managers (people who act for the organisation that runs the hospital) to end your section or CTO at any time. They may hold a meeting, called a hearing, to decide.
        }
# The nearest relative is a family member picked by a list in the Act; not
# always the next of kin.
right-nearest-relative-discharge = The nearest relative
    .body =
        { $audience ->
            [carer] The nearest relative (a family member named by the Mental Health Act) of the person you are asking about can order their discharge. If the person is detained in hospital or on a CTO, the nearest relative must give the hospital managers 72 hours’ notice in writing, and the responsible clinician can stop it if the person would be likely to be dangerous to themselves or others. The nearest relative then cannot order discharge again for 6 months. If this happens on section 3 or a CTO, the nearest relative can apply to the Tribunal within 28 days.
            [staff] The patient’s nearest relative can order their discharge. For a detained or community patient, they must give the hospital managers 72 hours’ written notice, and the responsible clinician can bar it if the patient would be likely to act dangerously to themselves or others. A barred nearest relative cannot order discharge again for 6 months from the report. If barred on section 3 or a CTO, the nearest relative can apply to the Tribunal within 28 days.
           *[patient] Your nearest relative (a family member named by the Mental Health Act) can order your discharge. If you are detained in hospital or on a CTO, they must give the hospital managers 72 hours’ notice in writing, and your responsible clinician can stop it if you would be likely to be dangerous to yourself or others. Your nearest relative then cannot order your discharge again for 6 months. If this happens on section 3 or a CTO, your nearest relative can apply to the Tribunal within 28 days.
        }
right-nearest-relative-cannot-discharge = The nearest relative
    .body =
        { $audience ->
            [carer] The nearest relative (a family member named by the Mental Health Act) of the person you are asking about cannot end a hospital order. But they can apply to the Tribunal for them, at the same times as the person can.
            [staff] The patient’s nearest relative cannot order discharge from a hospital order. They can apply to the Tribunal in the same periods as the patient.
           *[patient] Your nearest relative (a family member named by the Mental Health Act) cannot end a hospital order. But they can apply to the Tribunal for you, at the same times as you can.
        }

right-nearest-relative-change = Changing your nearest relative
    .body =
        { $audience ->
            [carer] If the nearest relative of the person you are asking about is not suitable to act for them, the person (or a relative, or an approved mental health professional) can apply to the county court to have someone else act instead. The person can also ask the hospital not to send their nearest relative copies of information about them.
            [staff] The patient, a relative, a person they live with or an AMHP can apply to the county court for an order that someone else act as nearest relative, for example because the nearest relative is not a suitable person. The patient can ask that the nearest relative is not sent copies of the information given to them.
           *[patient] If your nearest relative is not suitable to act for you, you can apply to the county court to have someone else act instead. You can also ask the hospital not to send your nearest relative copies of information about you.
        }
right-guardianship-discharge = Ending guardianship
    .body =
        { $audience ->
            [carer] Guardianship can be ended by the responsible clinician, by the council in charge of it (the local social services authority), or by the nearest relative of the person you are asking about. The person can write to the council to ask it to end their guardianship.
            [staff] Guardianship can be discharged by the responsible clinician, the responsible local social services authority or the nearest relative. The patient can write to the authority to ask it to end their guardianship; the nearest relative’s order cannot be barred.
           *[patient] Your guardianship can be ended by your responsible clinician, by the council in charge of it (the local social services authority), or by your nearest relative. You can write to the council to ask it to end your guardianship.
        }

## Treatment

# SOAD: Second Opinion Appointed Doctor, an independent doctor.
right-consent-to-treatment = Medicine and treatment
    .body =
        { $audience ->
            [carer] For the first 3 months after the person you are asking about is first given medicine for their mental disorder while detained, it can be given without their consent. After that, it can only be given if they agree, or if an independent second-opinion doctor (SOAD) agrees it is right. Other treatment for their mental disorder, such as nursing care, can be given without their consent.
            [staff] Medicine for mental disorder can be given without consent for 3 months from the first time it is given while the patient is detained. After that, it needs the patient’s consent, or a second opinion appointed doctor (SOAD) must certify it. Other treatment for mental disorder can be given without consent.
           *[patient] For the first 3 months after you are first given medicine for your mental disorder while detained, it can be given without your consent. After that, it can only be given if you agree, or if an independent second-opinion doctor (SOAD) agrees it is right. Other treatment for your mental disorder, such as nursing care, can be given without your consent.
        }
right-no-treatment-without-consent = Refusing treatment
    .body =
        { $audience ->
            [carer] On this section, the rules that allow treatment without consent do not apply to the person you are asking about. They can refuse treatment, including medicine, that they do not want. Only in special circumstances, which should be explained to them, can they be given treatment they do not agree to: for example in an emergency, or if they are not able to decide and it is in their best interests.
            [staff] Part 4 of the Act does not apply to this patient (section 56(3)), so it gives no authority to treat them without consent. Any treatment without consent needs other authority, such as the Mental Capacity Act 2005 for a patient who lacks capacity, and should be explained to them.
           *[patient] On this section, the rules that allow treatment without consent do not apply to you. You can refuse treatment, including medicine, that you do not want. Only in special circumstances, which should be explained to you, can you be given treatment you do not agree to: for example in an emergency, or if you are not able to decide and it is in your best interests.
        }
# ECT is electroconvulsive therapy.
right-ect = ECT (electroconvulsive therapy)
    .body =
        { $audience ->
            [carer] If the person you are asking about is 18 or over and able to decide, ECT cannot be given if they say no, unless it is an emergency: to save their life, or to stop their condition getting seriously worse. If they cannot decide, a second-opinion doctor (SOAD) must agree, and ECT cannot go against a valid advance decision or a decision of their attorney, deputy or the Court of Protection. If they are under 18, a SOAD must agree to ECT, even if they say yes.
            [staff] ECT cannot be given to an adult who has capacity and refuses, except in an emergency under section 62 (to save life, or to prevent a serious deterioration). If the patient lacks capacity, a SOAD must certify it, and it must not conflict with a valid advance decision or a decision of a donee, deputy or the Court of Protection. A patient under 18 needs a SOAD to certify ECT, even if they consent.
           *[patient] If you are 18 or over and able to decide, ECT cannot be given if you say no, unless it is an emergency: to save your life, or to stop your condition getting seriously worse. If you cannot decide, a second-opinion doctor (SOAD) must agree, and ECT cannot go against a valid advance decision or a decision of your attorney, deputy or the Court of Protection. If you are under 18, a SOAD must agree to ECT, even if you say yes.
        }
right-ect-without-part-4 = ECT (electroconvulsive therapy)
    .body =
        { $audience ->
            [carer] The rules that allow ECT in an emergency for detained patients do not apply to the person you are asking about. If they are 18 or over and able to decide, ECT cannot be given if they say no. If they are under 18, ECT also needs an independent second-opinion doctor (SOAD) to agree, even if they say yes.
            [staff] Part 4 does not apply to this patient (section 56), so its emergency route in section 62 does not authorise ECT. An adult with capacity who refuses cannot be given ECT. A patient under 18 needs a SOAD to certify ECT even if they consent (section 58A, applied by section 56(5)).
           *[patient] The rules that allow ECT in an emergency for detained patients do not apply to you. If you are 18 or over and able to decide, ECT cannot be given if you say no. If you are under 18, ECT also needs an independent second-opinion doctor (SOAD) to agree, even if you say yes.
        }
right-section-57-treatment = Brain surgery and hormone implants
    .body =
        { $audience ->
            [carer] Brain surgery for a mental disorder, or a hormone implant to reduce male sex drive, can only be given if the person you are asking about agrees. A second-opinion doctor and two other independent people (who are not doctors) must also confirm that they are able to decide and have agreed, and the doctor must agree the treatment is right. This is true for everyone, on a section or not.
            [staff] Neurosurgery for mental disorder, or a hormone implant to reduce male sex drive, needs the patient’s consent. An appointed doctor and two other appointed people who are not doctors must certify that the patient has capacity and has consented, and the doctor must certify that the treatment is appropriate. This applies to every patient, detained or not.
           *[patient] Brain surgery for a mental disorder, or a hormone implant to reduce male sex drive, can only be given if you agree. A second-opinion doctor and two other independent people (who are not doctors) must also confirm that you are able to decide and have agreed, and the doctor must agree the treatment is right. This is true for everyone, on a section or not.
        }
right-cto-treatment = Treatment on a CTO
    .body =
        { $audience ->
            [carer] While the person you are asking about lives in the community on a CTO, they cannot be given medicine for their mental disorder if they are able to decide and say no. If they are not able to decide, they can be given treatment in some cases, but force cannot be used unless it is an emergency to prevent harm. If they are recalled to hospital, the rules for detained patients apply.
            [staff] A community patient who is not recalled may be treated only with authority under section 64C: their own consent if they have capacity, a donee, deputy or the Court of Protection, or sections 64D or 64G if they lack capacity. Force may be used only in an emergency under section 64G. On recall, Part 4 applies.
           *[patient] While you live in the community on a CTO, you cannot be given medicine for your mental disorder if you are able to decide and say no. If you are not able to decide, you can be given treatment in some cases, but force cannot be used unless it is an emergency to prevent harm. If you are recalled to hospital, the rules for detained patients apply.
        }

## Leave, recall and life after hospital

# "Section 17 leave" is the everyday name for leave of absence from hospital.
right-leave = Leave from hospital
    .body =
        { $audience ->
            [carer] The person you are asking about can be given leave to be away from hospital by their responsible clinician (the professional in charge of their care). This is called section 17 leave. It can have conditions, and they can be recalled to hospital.
            [staff] The responsible clinician can grant the patient leave of absence (section 17 leave). It can have conditions, and the patient can be recalled to hospital.
           *[patient] Your responsible clinician (the professional in charge of your care) can give you leave to be away from hospital. This is called section 17 leave. It can have conditions, and you can be recalled to hospital.
        }
right-restricted-leave = Leave from hospital
    .body =
        { $audience ->
            [carer] The person you are asking about can only have leave from hospital if the Secretary of State for Justice (a government minister) agrees.
            [staff] The patient can only be granted leave with the consent of the Secretary of State for Justice.
           *[patient] You can only have leave from hospital if the Secretary of State for Justice (a government minister) agrees.
        }
right-cto-conditions = CTO conditions
    .body =
        { $audience ->
            [carer] The CTO of the person you are asking about has conditions. Two are part of every CTO: to be seen by a doctor or approved clinician when the CTO is being extended, and by a second-opinion doctor (SOAD) when asked. Other conditions are set by the responsible clinician, and an approved mental health professional (AMHP) must agree to them. The person can be recalled to hospital for breaking one of the two conditions every CTO has. Breaking another condition is not enough on its own: they can only be recalled if they need treatment in hospital and there would be a risk to their health or safety, or to others, without it.
            [staff] Two conditions are mandatory (section 17B(3)): making themselves available for examination for an extension and for a SOAD certificate. Other conditions are set by the responsible clinician with an AMHP’s agreement. Breach of a mandatory condition allows recall (section 17E(2)); otherwise recall needs the section 17E(1) grounds, and breach of another condition alone is not enough.
           *[patient] Your CTO has conditions. Two are part of every CTO: to be seen by a doctor or approved clinician when your CTO is being extended, and by a second-opinion doctor (SOAD) when asked. Other conditions are set by your responsible clinician, and an approved mental health professional (AMHP) must agree to them. You can be recalled to hospital for breaking one of the two conditions every CTO has. Breaking another condition is not enough on its own: you can only be recalled if you need treatment in hospital and there would be a risk to your health or safety, or to others, without it.
        }
right-cto-recall = Recall to hospital
    .body =
        { $audience ->
            [carer] The person you are asking about can be recalled to hospital by their responsible clinician for up to 72 hours. In that time, they are either allowed to leave or the CTO is revoked (cancelled). If it is revoked, they are kept in hospital under their section again.
            [staff] The responsible clinician can recall the patient to hospital for up to 72 hours. In that time, the patient is either released or the CTO is revoked. Revocation returns the patient to detention.
           *[patient] Your responsible clinician can recall you to hospital for up to 72 hours. In that time, you are either allowed to leave or your CTO is revoked (cancelled). If it is revoked, you are kept in hospital under your section again.
        }
right-cto-length = How long a CTO lasts
    .body = A CTO lasts up to 6 months at first. It can then be renewed for another 6 months, and after that for 12 months at a time.
right-guardianship-powers = What a guardian can do
    .body =
        { $audience ->
            [carer] The guardian can say where the person you are asking about must live. They can require them to go to places for treatment, work, education or training, and to let doctors, approved mental health professionals (AMHPs) or other people the guardian names see them at home. A guardian cannot force them to have treatment.
            [staff] The guardian can require the patient to live at a set place, to attend places for treatment, work, education or training, and to give access to doctors, approved mental health professionals or other named people. A guardian has no power to treat without consent.
           *[patient] Your guardian can say where you must live. They can require you to go to places for treatment, work, education or training, and to let doctors, approved mental health professionals (AMHPs) or other people the guardian names see you at home. A guardian cannot force you to have treatment.
        }
right-guardianship-length = How long guardianship lasts
    .body = Guardianship lasts up to 6 months at first. It can then be renewed.
right-conditional-discharge-conditions = Conditional discharge
    .body =
        { $audience ->
            [carer] The person you are asking about left hospital with conditions, set by the Tribunal or the Secretary of State for Justice (a government minister). The Secretary of State can recall them to hospital.
            [staff] The patient’s conditions are set by the Tribunal or the Secretary of State for Justice. The Secretary of State can recall them to hospital.
           *[patient] You left hospital with conditions, set by the Tribunal or the Secretary of State for Justice (a government minister). The Secretary of State can recall you to hospital.
        }
# "Section 117 after-care" is the everyday name for this right.
right-aftercare = After-care
    .body =
        { $audience ->
            [carer] When the person you are asking about leaves hospital, they have the right to free after-care. This is help and support for their mental health, to help them stay well. It is often called section 117 after-care.
            [staff] The patient is entitled to free section 117 after-care when they leave hospital.
           *[patient] When you leave hospital, you have the right to free after-care. This is help and support for your mental health, to help you stay well. It is often called section 117 after-care.
        }

## Not detained, or held for a short time

right-informal-can-leave = Leaving hospital as a voluntary patient
    .body =
        { $audience ->
            [carer] As a voluntary patient, the person you are asking about can choose to leave hospital. But a doctor, approved clinician or nurse can stop them for a short time, so they can be assessed. If that happens, check again if they can get an IMHA.
            [staff] An informal patient can choose to leave hospital. But a doctor, approved clinician or nurse can hold them for a short time under section 5. If that happens, check again if they can get an IMHA.
           *[patient] As a voluntary patient, you can choose to leave hospital. But a doctor, approved clinician or nurse can stop you for a short time, so you can be assessed. If that happens, check again if you can get an IMHA.
        }
right-complaints-england = Making a complaint
    .body =
        { $audience ->
            [carer] The person you are asking about, or you, can complain to the hospital or the service, using its complaints procedure. If the complaint is about how the Mental Health Act has been used, for example their detention or treatment under it, they can also complain to the Care Quality Commission (CQC).
            [staff] The patient can use the hospital’s or service’s complaints procedure. Complaints about the use of Mental Health Act powers can also go to the Care Quality Commission (CQC), which investigates them.
           *[patient] You can complain to the hospital or the service, using its complaints procedure. If your complaint is about how the Mental Health Act has been used, for example your detention or treatment under it, you can also complain to the Care Quality Commission (CQC).
        }
right-complaints-wales = Making a complaint
    .body =
        { $audience ->
            [carer] The person you are asking about, or you, can complain to the hospital or the service, using its complaints procedure. If the complaint is about how the Mental Health Act has been used, they can also contact Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru).
            [staff] The patient can use the health board’s or service’s complaints procedure. Complaints about the use of Mental Health Act powers in Wales can also go to Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru).
           *[patient] You can complain to the hospital or the service, using its complaints procedure. If your complaint is about how the Mental Health Act has been used, you can also contact Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru).
        }
right-short-term-may-become-longer = What may happen next
    .body =
        { $audience ->
            [carer] These powers only last a short time. The person you are asking about may be assessed to see if they need to be kept in hospital on section 2 or 3. If they are, they can then get an IMHA.
            [staff] These powers are short-term. The patient may be assessed for detention under section 2 or 3. If they are detained under either, they can then get an IMHA.
           *[patient] These powers only last a short time. You may be assessed to see if you need to be kept in hospital on section 2 or 3. If you are, you can then get an IMHA.
        }

## The same rights once the Mental Health Act 2025 changes them. These are
## shown only from the day each change starts.

right-section-2-tribunal-2025 = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person you are asking about can apply to the Tribunal (an independent panel that can end their section) in the first 21 days of their section 2. A solicitor can help them apply, for free.
            [staff] The patient can apply to the Tribunal in the first 21 days of their section 2. Free legal help from a solicitor is available for Tribunal cases.
           *[patient] You can apply to the Tribunal (an independent panel that can end your section) in the first 21 days of your section 2. A solicitor can help you apply, for free.
        }
right-section-3-tribunal-2025 = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person you are asking about can apply to the Tribunal (an independent panel that can end their section) once in the first 3 months of their section 3, and then once in each period it is renewed for. A solicitor can help them apply, for free.
            [staff] The patient can apply to the Tribunal once in the first 3 months, and then once in each renewal period. Free legal help from a solicitor is available for Tribunal cases.
           *[patient] You can apply to the Tribunal (an independent panel that can end your section) once in the first 3 months of your section 3, and then once in each period it is renewed for. A solicitor can help you apply, for free.
        }
right-section-3-referral-2025 = When the hospital managers send your case to the Tribunal
    .body =
        { $audience ->
            [carer] If the Tribunal has not looked at the case of the person you are asking about in the first 3 months, the hospital managers must send it. They must send it again if it has not been looked at between 3 and 12 months, and then every year.
            [staff] The managers must refer the case if the Tribunal has not considered it in the first 3 months, again if not between 3 and 12 months, and then in each 12 months.
           *[patient] If the Tribunal has not looked at your case in the first 3 months, the hospital managers must send it. They must send it again if it has not been looked at between 3 and 12 months, and then every year.
        }
right-section-3-length-2025 = How long section 3 lasts
    .body = Section 3 is for treatment. It lasts up to 3 months at first. It can then be renewed for another 3 months, then for 6 months, and after that for a year at a time.
right-consent-to-treatment-2025 = Medicine and treatment
    .body =
        { $audience ->
            [carer] For the first 2 months after the person you are asking about is first given medicine for their mental disorder while detained, it can be given without their consent. After that, it can only be given if they agree, or if an independent second-opinion doctor (SOAD) agrees it is right. Other treatment for their mental disorder, such as nursing care, can be given without their consent.
            [staff] Medicine for mental disorder can be given without consent for 2 months from the first time it is given while the patient is detained. After that, it needs the patient’s consent, or a SOAD must certify it. Other treatment for mental disorder can be given without consent.
           *[patient] For the first 2 months after you are first given medicine for your mental disorder while detained, it can be given without your consent. After that, it can only be given if you agree, or if an independent second-opinion doctor (SOAD) agrees it is right. Other treatment for your mental disorder, such as nursing care, can be given without your consent.
        }
right-nominated-person-discharge = The nominated person
    .body =
        { $audience ->
            [carer] The nominated person of the person you are asking about (someone they chose, or someone appointed for them) can order their discharge, by giving the hospital managers notice in writing. The responsible clinician can stop it if the person would be likely to be dangerous to themselves or others. The nominated person then cannot order discharge again for 3 months.
            [staff] The patient’s nominated person can order their discharge by written notice to the managers. The responsible clinician can bar it if the patient would be likely to act dangerously; the nominated person then cannot order discharge again for 3 months.
           *[patient] Your nominated person (someone you chose, or someone appointed for you) can order your discharge, by giving the hospital managers notice in writing. Your responsible clinician can stop it if you would be likely to be dangerous to yourself or others. Your nominated person then cannot order your discharge again for 3 months.
        }
right-nominated-person-cannot-discharge = The nominated person
    .body =
        { $audience ->
            [carer] The nominated person of the person you are asking about cannot end a hospital order. But they can apply to the Tribunal for them, at the same times as the person can.
            [staff] The patient’s nominated person cannot order discharge from a hospital order. They can apply to the Tribunal in the same periods as the patient.
           *[patient] Your nominated person (someone you chose, or someone appointed for you) cannot end a hospital order. But they can apply to the Tribunal for you, at the same times as you can.
        }
right-section-37-referral-2025 = When the hospital managers send your case to the Tribunal
    .body =
        { $audience ->
            [carer] If 12 months go by without the Tribunal looking at the case of the person you are asking about, the hospital managers must send it to the Tribunal.
            [staff] The managers must refer the case if the Tribunal has not considered it in the last 12 months.
           *[patient] If 12 months go by without the Tribunal looking at your case, the hospital managers must send it to the Tribunal.
        }
right-cto-referral-2025 = When the hospital managers send your case to the Tribunal
    .body =
        { $audience ->
            [carer] If the Tribunal has not looked at the case of the person you are asking about in the first 6 months of their CTO, the hospital managers must send it. They must send it again if it has not been looked at between 6 and 12 months, and then every year.
            [staff] The managers must refer the case if the Tribunal has not considered it in the first 6 months, again if not between 6 and 12 months, and then in each 12 months.
           *[patient] If the Tribunal has not looked at your case in the first 6 months of your CTO, the hospital managers must send it. They must send it again if it has not been looked at between 6 and 12 months, and then every year.
        }
right-guardianship-discharge-2025 = Ending guardianship
    .body =
        { $audience ->
            [carer] Guardianship can be ended by the responsible clinician, by the council in charge of it (the local social services authority), or by the nominated person of the person you are asking about. The person can write to the council to ask it to end their guardianship.
            [staff] Guardianship can be discharged by the responsible clinician, the responsible local social services authority or the nominated person. The patient can write to the authority to ask it to end their guardianship.
           *[patient] Your guardianship can be ended by your responsible clinician, by the council in charge of it (the local social services authority), or by your nominated person. You can write to the council to ask it to end your guardianship.
        }
right-nominated-person-change = Changing your nominated person
    .body =
        { $audience ->
            [carer] The person you are asking about can choose a different nominated person, in writing. The county court can also end a nominated person’s appointment. The person can ask the hospital not to send their nominated person copies of information about them.
            [staff] The patient may appoint a different nominated person in writing; the county court may end an appointment. The patient can ask that the nominated person is not sent copies of the information given to them.
           *[patient] You can choose a different nominated person, in writing. The county court can also end a nominated person’s appointment. You can ask the hospital not to send your nominated person copies of information about you.
        }

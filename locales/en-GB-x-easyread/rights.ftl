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
            [carer] The hospital must tell the person which section they are under.
                It must tell them what the section means.
                It must tell them what their rights are.
                It must do this out loud and in writing.
            [staff] The hospital managers must tell the patient which section they are under.
                They must tell the patient what it means and what their rights are.
                This must be done both orally and in writing.
           *[patient] The hospital must tell you which section you are under.
                It must tell you what the section means.
                It must tell you what your rights are.
                It must tell you out loud and in writing.
        }
right-information-community = Being told about rights on a community treatment order (CTO)
    .body =
        { $audience ->
            [carer] The hospital in charge of the CTO must tell the person some things.
                It must tell them what the CTO means.
                It must tell them what their rights are.
                It must do this out loud and in writing.
            [staff] The managers of the responsible hospital must tell the patient some things.
                They must tell the patient what the CTO means and what their rights are.
                This must be done both orally and in writing.
           *[patient] The hospital in charge of your CTO must tell you some things.
                It must tell you what the CTO means.
                It must tell you what your rights are.
                It must tell you out loud and in writing.
        }
right-information-place-of-safety = Being told about rights
    .body =
        { $audience ->
            [carer] The person may be taken to a hospital as the place of safety.
                Then the hospital must tell them which section they are held under.
                It must tell them what the section means.
                It must tell them what their rights are.
                It must do this out loud and in writing.
                The person may be held somewhere else.
                Then they can ask the people holding them to explain their rights.
            [staff] The place of safety may be a hospital.
                Then its managers must tell the patient which section they are held under.
                They must tell the patient its effect and their rights.
                This must be done orally and in writing (section 132).
                Elsewhere, explain their rights to them.
           *[patient] You may be taken to a hospital as the place of safety.
                Then the hospital must tell you which section you are held under.
                It must tell you what the section means.
                It must tell you what your rights are.
                It must do this out loud and in writing.
                You may be held somewhere else.
                Then ask the people holding you to explain your rights.
        }
# Shown when the person does not know which section they are under.
right-ask-for-your-papers = Finding out which section applies
    .body =
        { $audience ->
            [carer] The person has the right to be told which section they are under.
                They have the right to be told what it means.
                They can ask staff which section they are on.
                They can ask for the leaflet about their rights.
            [staff] The patient has the right to be told which section they are under.
                They have the right to be told what it means.
                Check their section papers.
                Give them the rights leaflet for that section.
           *[patient] You have the right to be told which section you are under.
                You have the right to be told what it means.
                Ask staff which section you are on.
                Ask for the leaflet about your rights.
        }

## How long each power lasts

right-section-2-length = How long section 2 lasts
    .body =
        { $audience ->
            [carer] Section 2 is for assessment.
                This means finding out about the person’s mental health.
                It also means finding out what help they need.
                It lasts up to 28 days.
                It cannot be renewed.
                Renewed means made longer.
                But the person may be kept on section 3 after it.
            [staff] Section 2 is for assessment.
                It lasts up to 28 days.
                It cannot be renewed.
                But the patient may be detained under section 3 after it.
           *[patient] Section 2 is for assessment.
                This means finding out about your mental health.
                It also means finding out what help you need.
                It lasts up to 28 days.
                It cannot be renewed.
                Renewed means made longer.
                But you may be kept on section 3 after it.
        }
right-section-3-length = How long section 3 lasts
    .body =
        Section 3 is for treatment.
        It lasts up to 6 months at first.
        Then it can be renewed for another 6 months.
        Renewed means made longer.
        After that, it can be renewed for 12 months at a time.
right-section-4-length = How long section 4 lasts
    .body =
        { $audience ->
            [carer] Section 4 is for emergencies.
                It is used when only 1 doctor has been able to see the person.
                It lasts up to 72 hours.
                If a second doctor agrees, it can become section 2.
            [staff] Section 4 is for emergencies, on 1 medical recommendation.
                It lasts up to 72 hours.
                If a second medical recommendation is received, it becomes section 2.
           *[patient] Section 4 is for emergencies.
                It is used when only 1 doctor has been able to see you.
                It lasts up to 72 hours.
                If a second doctor agrees, it can become section 2.
        }
right-section-5-2-length = How long section 5(2) lasts
    .body =
        { $audience ->
            [carer] The person may be in hospital as a voluntary patient.
                This means they are there by choice.
                Section 5(2) lets a doctor or approved clinician stop them leaving hospital.
                It lasts up to 72 hours.
            [staff] Section 5(2) lets a doctor or approved clinician hold an informal in-patient in hospital.
                It lasts up to 72 hours.
           *[patient] You may be in hospital as a voluntary patient.
                This means you are there by choice.
                Section 5(2) lets a doctor or approved clinician stop you leaving hospital.
                It lasts up to 72 hours.
        }
right-section-5-4-length = How long section 5(4) lasts
    .body =
        { $audience ->
            [carer] The person may be in hospital as a voluntary patient.
                This means they are there by choice.
                Section 5(4) lets a nurse stop them leaving hospital.
                It lasts up to 6 hours.
                This gives a doctor or approved clinician time to come and see them.
            [staff] Section 5(4) is the nurse’s holding power for an informal in-patient.
                It lasts up to 6 hours.
                This is so that a doctor or approved clinician can attend.
           *[patient] You may be in hospital as a voluntary patient.
                This means you are there by choice.
                Section 5(4) lets a nurse stop you leaving hospital.
                It lasts up to 6 hours.
                This gives a doctor or approved clinician time to come and see you.
        }
# Sections 135 and 136 let the police take a person to a place of safety.
right-place-of-safety-length = How long a place of safety lasts
    .body =
        { $audience ->
            [carer] Sections 135 and 136 are police powers.
                They let the police take the person to a place of safety.
                A place of safety is somewhere like a hospital.
                This is so the person can be assessed.
                Assessed means professionals check their mental health.
                They can be kept there for up to 24 hours.
                This can be made up to 12 hours longer.
            [staff] Sections 135 and 136 let the police take a person to a place of safety.
                This is so they can be assessed.
                The patient can be kept there for up to 24 hours.
                This can be extended by up to 12 hours.
           *[patient] Sections 135 and 136 are police powers.
                They let the police take you to a place of safety.
                A place of safety is somewhere like a hospital.
                This is so you can be assessed.
                Assessed means professionals check your mental health.
                You can be kept there for up to 24 hours.
                This can be made up to 12 hours longer.
        }
right-section-35-length = How long section 35 lasts
    .body =
        { $audience ->
            [carer] Section 35 means a court has sent the person to hospital.
                This is for a report on their mental health.
                It lasts up to 28 days at a time.
                It cannot last more than 12 weeks in total.
                The person can get their own independent report.
                It must be from a doctor or approved clinician they choose.
                An approved clinician is a senior professional.
                They must pay for the report themselves.
                They can use the report to ask the court to end this.
            [staff] Section 35 is a remand to hospital for a report.
                The report is on the patient’s mental condition.
                It lasts up to 28 days at a time.
                It cannot last more than 12 weeks in total.
                The patient may get an independent report, at their own expense.
                They can use it to apply to the court to end the remand.
           *[patient] Section 35 means a court has sent you to hospital.
                This is for a report on your mental health.
                It lasts up to 28 days at a time.
                It cannot last more than 12 weeks in total.
                You can get your own independent report.
                It must be from a doctor or approved clinician you choose.
                An approved clinician is a senior professional.
                You must pay for the report yourself.
                You can use the report to ask the court to end this.
        }
right-section-36-length = How long section 36 lasts
    .body =
        { $audience ->
            [carer] Section 36 means a court has sent the person to hospital for treatment.
                This is while their court case goes on.
                It lasts up to 28 days at a time.
                It cannot last more than 12 weeks in total.
                The person can get their own independent report.
                They must pay for the report themselves.
                They can use the report to ask the court to end this.
            [staff] Section 36 is a remand to hospital for treatment.
                It lasts up to 28 days at a time.
                It cannot last more than 12 weeks in total.
                The patient may get an independent report, at their own expense.
                They can use it to apply to the court to end the remand.
           *[patient] Section 36 means a court has sent you to hospital for treatment.
                This is while your court case goes on.
                It lasts up to 28 days at a time.
                It cannot last more than 12 weeks in total.
                You can get your own independent report.
                You must pay for the report yourself.
                You can use the report to ask the court to end this.
        }
right-section-37-length = How long a hospital order lasts
    .body =
        { $audience ->
            [carer] Section 37 is a hospital order.
                This means a court has sent the person to hospital for treatment.
                It lasts up to 6 months at first.
                Then it can be renewed for another 6 months.
                Renewed means made longer.
                After that, it can be renewed for 12 months at a time.
            [staff] Section 37 is a hospital order made by a court.
                It lasts up to 6 months at first.
                Then it can be renewed for another 6 months.
                After that, it can be renewed for 12 months at a time.
           *[patient] Section 37 is a hospital order.
                This means a court has sent you to hospital for treatment.
                It lasts up to 6 months at first.
                Then it can be renewed for another 6 months.
                Renewed means made longer.
                After that, it can be renewed for 12 months at a time.
        }
right-section-38-length = How long an interim hospital order lasts
    .body =
        { $audience ->
            [carer] Section 38 is an interim hospital order.
                This means a court has sent the person to hospital for a while.
                This is to see if a hospital order is right for them.
                It lasts up to 12 weeks at first.
                The court can renew it for up to 28 days at a time.
                Renew means make longer.
                It can last up to 12 months in total.
            [staff] Section 38 is an interim hospital order.
                It lasts up to 12 weeks at first.
                The court can renew it for up to 28 days at a time.
                It can last up to 12 months in total.
           *[patient] Section 38 is an interim hospital order.
                This means a court has sent you to hospital for a while.
                This is to see if a hospital order is right for you.
                It lasts up to 12 weeks at first.
                The court can renew it for up to 28 days at a time.
                Renew means make longer.
                It can last up to 12 months in total.
        }

## Court and prison sections

right-prison-transfer = Being moved from prison to hospital
    .body =
        { $audience ->
            [carer] The person has been moved to hospital for treatment.
                They were moved from prison, or another place where they were held.
                Later, they may not need treatment in hospital any more.
                Then they may go back to prison.
                This depends on their situation.
                They can ask staff or a solicitor what will happen in their case.
                A solicitor is a kind of lawyer.
            [staff] The patient has been transferred to hospital for treatment.
                They were transferred from prison, or another place of detention.
                Later, they may no longer need treatment in hospital.
                Then they may return to prison.
                This depends on their situation.
           *[patient] You have been moved to hospital for treatment.
                You were moved from prison, or another place where you were held.
                Later, you may not need treatment in hospital any more.
                Then you may go back to prison.
                This depends on your situation.
                Ask staff or a solicitor what will happen in your case.
                A solicitor is a kind of lawyer.
        }
right-hospital-direction = Hospital direction
    .body =
        { $audience ->
            [carer] The court gave the person a prison sentence.
                But the court sent them to hospital first for treatment.
                This is called a hospital direction.
                Later, they may not need treatment in hospital any more.
                Then they may be moved to prison.
            [staff] The court passed a prison sentence.
                But it directed that the patient go to hospital first for treatment.
                This is a hospital direction.
                When they no longer need treatment in hospital, they may be moved to prison.
           *[patient] The court gave you a prison sentence.
                But the court sent you to hospital first for treatment.
                This is called a hospital direction.
                Later, you may not need treatment in hospital any more.
                Then you may be moved to prison.
        }
# "Restrictions" here means a restriction order or restriction direction.
right-restrictions = Restrictions
    .body =
        { $audience ->
            [carer] The person’s section has restrictions.
                Restrictions are extra limits.
                Their responsible clinician is the professional in charge of their care.
                For some things, this clinician needs a government minister to agree.
                This minister is the Secretary of State for Justice.
                The clinician needs this agreement to give the person leave from hospital.
                They need it to move the person to another hospital.
                They need it to discharge the person.
                Discharge means letting them leave hospital.
            [staff] The patient is a restricted patient.
                The responsible clinician needs the consent of the Secretary of State for Justice.
                They need it to grant leave.
                They need it to transfer the patient to another hospital.
                They need it to discharge the patient.
           *[patient] Your section has restrictions.
                Restrictions are extra limits.
                Your responsible clinician is the professional in charge of your care.
                For some things, they need a government minister to agree.
                This minister is the Secretary of State for Justice.
                Your clinician needs this agreement to give you leave from hospital.
                They need it to move you to another hospital.
                They need it to discharge you.
                Discharge means letting you leave hospital.
        }

## The Tribunal

right-section-2-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person can apply to the Tribunal.
                The Tribunal is an independent group of people.
                It can end the person’s section.
                They can apply in the first 14 days of their section 2.
                A solicitor can help them apply.
                A solicitor is a kind of lawyer.
                This help is free.
            [staff] The patient can apply to the Tribunal.
                They can apply in the first 14 days of their section 2.
                Free legal help from a solicitor is available for Tribunal cases.
           *[patient] You can apply to the Tribunal.
                The Tribunal is an independent group of people.
                It can end your section.
                You can apply in the first 14 days of your section 2.
                A solicitor can help you apply.
                A solicitor is a kind of lawyer.
                This help is free.
        }
right-section-3-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person can apply to the Tribunal.
                The Tribunal is an independent group of people.
                It can end the person’s section.
                They can apply once in the first 6 months.
                They can apply once in the next 6 months.
                Then they can apply once every year.
                A solicitor can help them apply.
                A solicitor is a kind of lawyer.
                This help is free.
            [staff] The patient can apply to the Tribunal.
                They can apply once in the first 6 months.
                They can apply once in the next 6 months.
                Then they can apply once every year.
                Free legal help from a solicitor is available for Tribunal cases.
           *[patient] You can apply to the Tribunal.
                The Tribunal is an independent group of people.
                It can end your section.
                You can apply once in the first 6 months.
                You can apply once in the next 6 months.
                Then you can apply once every year.
                A solicitor can help you apply.
                A solicitor is a kind of lawyer.
                This help is free.
        }
right-section-3-referral = When the hospital managers send your case to the Tribunal
    .body =
        { $audience ->
            [carer] Maybe the person has not applied to the Tribunal in the first 6 months.
                An application they take back does not count.
                Then the hospital managers must send their case to the Tribunal.
                Hospital managers act for the organisation that runs the hospital.
                The managers must also send it after 3 years.
                This is if the Tribunal has not looked at their case in that time.
                If the person is under 18, this is 1 year.
            [staff] Maybe the patient has not applied in the first 6 months.
                A withdrawn application does not count.
                Then the managers must refer the case to the Tribunal.
                They must also refer it if the Tribunal has not considered it for 3 years.
                If the patient is under 18, this is 1 year.
           *[patient] Maybe you have not applied to the Tribunal in the first 6 months.
                An application you take back does not count.
                Then the hospital managers must send your case to the Tribunal.
                Hospital managers act for the organisation that runs the hospital.
                The managers must also send it after 3 years.
                This is if the Tribunal has not looked at your case in that time.
                If you are under 18, this is 1 year.
        }
right-section-37-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person is on a hospital order.
                They cannot apply to the Tribunal in the first 6 months.
                The Tribunal is an independent group of people.
                It can end the person’s section.
                They can apply once between 6 and 12 months.
                Then they can apply once every year.
                The rules are different if they were moved from prison.
                If so, ask staff or a solicitor.
                A solicitor can help the person with the Tribunal for free.
                A solicitor is a kind of lawyer.
                This free help is called legal aid.
            [staff] A hospital order patient cannot apply in the first 6 months.
                They can apply once in the second 6 months.
                Then they can apply once a year, when the order is renewed.
                Free legal help from a solicitor (legal aid) is available for Tribunal cases.
           *[patient] You are on a hospital order.
                You cannot apply to the Tribunal in the first 6 months.
                The Tribunal is an independent group of people.
                It can end your section.
                You can apply once between 6 and 12 months.
                Then you can apply once every year.
                The rules are different if you were moved from prison.
                If so, ask staff or a solicitor.
                A solicitor can help you with the Tribunal for free.
                A solicitor is a kind of lawyer.
                This free help is called legal aid.
        }
right-section-37-referral = When the hospital managers send your case to the Tribunal
    .body =
        { $audience ->
            [carer] The Tribunal may not look at the person’s case for 3 years.
                Then the hospital managers must send it to the Tribunal.
                Hospital managers act for the organisation that runs the hospital.
                If the person is under 18, this is 1 year.
            [staff] The Tribunal may not consider the case for 3 years.
                Then the managers must refer it.
                If the patient is under 18, this is 1 year.
                The 6-month reference does not apply to a hospital order.
           *[patient] The Tribunal may not look at your case for 3 years.
                Then the hospital managers must send it to the Tribunal.
                Hospital managers act for the organisation that runs the hospital.
                If you are under 18, this is 1 year.
        }
right-restricted-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person can apply to the Tribunal.
                The Tribunal is an independent group of people.
                It can decide if the person should be discharged.
                Discharged means let out of hospital.
                They can apply once between 6 and 12 months after their order.
                Then they can apply once every year.
                The Tribunal may not look at their case for 3 years.
                Then a government minister must send it to the Tribunal.
                This minister is the Secretary of State for Justice.
                A solicitor can help the person with the Tribunal for free.
                A solicitor is a kind of lawyer.
                This free help is called legal aid.
            [staff] A restricted patient can apply between 6 and 12 months after the order.
                Then they can apply once in each 12 months.
                The Tribunal may not consider the case for 3 years.
                Then the Secretary of State must refer it.
                Free legal help from a solicitor (legal aid) is available for Tribunal cases.
           *[patient] You can apply to the Tribunal.
                The Tribunal is an independent group of people.
                It can decide if you should be discharged.
                Discharged means let out of hospital.
                You can apply once between 6 and 12 months after your order.
                Then you can apply once every year.
                The Tribunal may not look at your case for 3 years.
                Then a government minister must send it to the Tribunal.
                This minister is the Secretary of State for Justice.
                A solicitor can help you with the Tribunal for free.
                A solicitor is a kind of lawyer.
                This free help is called legal aid.
        }
right-restricted-transfer-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person can apply to the Tribunal.
                The Tribunal is an independent group of people.
                A solicitor can tell them when they can apply.
                A solicitor is a kind of lawyer.
                The solicitor can help them for free.
                This free help is called legal aid.
                The Tribunal cannot let the person out of hospital itself.
                It tells a government minister what it thinks.
                This minister is the Secretary of State for Justice.
                It says if the person would be let out on a hospital order.
                It can say they should stay in hospital, not go back to prison.
                The person may also be able to ask the Parole Board to let them out.
                The Parole Board decides if people can leave prison early.
            [staff] This is for a patient under a hospital direction or restricted transfer direction.
                The Tribunal cannot discharge them.
                It notifies the Secretary of State whether the patient would be entitled to discharge.
                It may recommend they stay in hospital rather than return to prison.
                Parole Board applications remain possible.
                Free legal help from a solicitor (legal aid) is available for Tribunal cases.
           *[patient] You can apply to the Tribunal.
                The Tribunal is an independent group of people.
                A solicitor can tell you when you can apply.
                A solicitor is a kind of lawyer.
                The solicitor can help you for free.
                This free help is called legal aid.
                The Tribunal cannot let you out of hospital itself.
                It tells a government minister what it thinks.
                This minister is the Secretary of State for Justice.
                It says if you would be let out on a hospital order.
                It can say you should stay in hospital, not go back to prison.
                You may also be able to ask the Parole Board to let you out.
                The Parole Board decides if people can leave prison early.
        }
right-transfer-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person may have been moved to hospital from prison.
                If so, they can apply to the Tribunal.
                The Tribunal is an independent group of people.
                They can apply in the first 6 months after the move.
                They can apply once in the next 6 months.
                Then they can apply once every year.
                A solicitor can check the dates for them.
                A solicitor is a kind of lawyer.
                The solicitor can help them for free.
                This free help is called legal aid.
            [staff] A transferred prisoner can apply in the first 6 months after the transfer.
                They can apply once in the next 6 months.
                Then they can apply once a year.
                Free legal help from a solicitor (legal aid) is available for Tribunal cases.
           *[patient] You may have been moved to hospital from prison.
                If so, you can apply to the Tribunal.
                The Tribunal is an independent group of people.
                You can apply in the first 6 months after the move.
                You can apply once in the next 6 months.
                Then you can apply once every year.
                A solicitor can check the dates for you.
                A solicitor is a kind of lawyer.
                The solicitor can help you for free.
                This free help is called legal aid.
        }
right-cto-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person can apply to the Tribunal.
                The Tribunal is an independent group of people.
                It can end the person’s CTO.
                They can apply once in the first 6 months of their CTO.
                The CTO can then be extended.
                Extended means made longer.
                They can apply once each time it is extended.
                A solicitor can help the person with the Tribunal for free.
                A solicitor is a kind of lawyer.
                This free help is called legal aid.
            [staff] A community patient can apply once in the first 6 months of the CTO.
                They can apply once if the CTO is revoked.
                They can apply once in each extension period.
                Free legal help from a solicitor (legal aid) is available for Tribunal cases.
           *[patient] You can apply to the Tribunal.
                The Tribunal is an independent group of people.
                It can end your CTO.
                You can apply once in the first 6 months of your CTO.
                Your CTO can then be extended.
                Extended means made longer.
                You can apply once each time it is extended.
                A solicitor can help you with the Tribunal for free.
                A solicitor is a kind of lawyer.
                This free help is called legal aid.
        }
right-cto-referral = When the hospital managers send your case to the Tribunal
    .body =
        { $audience ->
            [carer] The person may not apply to the Tribunal in the first 6 months.
                This means the first 6 months of their CTO.
                Then the hospital managers must send their case to the Tribunal.
                Hospital managers act for the organisation that runs the hospital.
                The managers must also send it after 3 years.
                This is if the Tribunal has not looked at their case in that time.
                If the person is under 18, this is 1 year.
                The CTO may be revoked.
                Revoked means cancelled.
                Then the managers must send the case straight away.
            [staff] The patient may not apply in the first 6 months of the CTO.
                Then the managers must refer the case.
                They must refer it if the Tribunal has not considered it for 3 years.
                If the patient is under 18, this is 1 year.
                They must refer it as soon as possible after the CTO is revoked.
           *[patient] You may not apply to the Tribunal in the first 6 months.
                This means the first 6 months of your CTO.
                Then the hospital managers must send your case to the Tribunal.
                Hospital managers act for the organisation that runs the hospital.
                The managers must also send it after 3 years.
                This is if the Tribunal has not looked at your case in that time.
                If you are under 18, this is 1 year.
                Your CTO may be revoked.
                Revoked means cancelled.
                Then the managers must send your case straight away.
        }
right-guardianship-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person can apply to the Tribunal.
                The Tribunal is an independent group of people.
                It can end the person’s guardianship.
                They can apply once in the first 6 months.
                Then they can apply once each time it is renewed.
                Renewed means made longer.
                A solicitor can help the person with the Tribunal for free.
                A solicitor is a kind of lawyer.
                This free help is called legal aid.
            [staff] A guardianship patient can apply once in the first 6 months.
                Then they can apply once in each renewal period.
                Free legal help from a solicitor (legal aid) is available for Tribunal cases.
           *[patient] You can apply to the Tribunal.
                The Tribunal is an independent group of people.
                It can end your guardianship.
                You can apply once in the first 6 months.
                Then you can apply once each time it is renewed.
                Renewed means made longer.
                A solicitor can help you with the Tribunal for free.
                A solicitor is a kind of lawyer.
                This free help is called legal aid.
        }
right-conditional-discharge-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person can ask the Tribunal to change their conditions.
                Or they can ask it to end their conditional discharge.
                The Tribunal is an independent group of people.
                They can first apply 12 months to 2 years after they were discharged.
                Then they can apply once every 2 years.
                A solicitor can help the person with the Tribunal for free.
                A solicitor is a kind of lawyer.
                This free help is called legal aid.
            [staff] A conditionally discharged patient who has not been recalled can apply.
                They can apply between 12 months and 2 years after discharge.
                Then they can apply once in each 2 years.
                The Tribunal may vary the conditions or end the restrictions.
                Free legal help from a solicitor (legal aid) is available for Tribunal cases.
           *[patient] You can ask the Tribunal to change your conditions.
                Or you can ask it to end your conditional discharge.
                The Tribunal is an independent group of people.
                You can first apply 12 months to 2 years after you were discharged.
                Then you can apply once every 2 years.
                A solicitor can help you with the Tribunal for free.
                A solicitor is a kind of lawyer.
                This free help is called legal aid.
        }
# Shown when the exact section is not known.
right-detained-tribunal = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person can usually apply to the Tribunal.
                The Tribunal is an independent group of people.
                It can end the person’s section.
                How often they can apply depends on their section.
                Ask staff, an IMHA or a solicitor.
                A solicitor is a kind of lawyer.
                A solicitor can help the person with the Tribunal for free.
            [staff] Most detained patients can apply to the Tribunal.
                How often depends on the section.
                Free legal help from a solicitor is available for Tribunal cases.
           *[patient] You can usually apply to the Tribunal.
                The Tribunal is an independent group of people.
                It can end your section.
                How often you can apply depends on your section.
                Ask staff, an IMHA or a solicitor.
                A solicitor is a kind of lawyer.
                A solicitor can help you with the Tribunal for free.
        }

## Others who can end a section

right-hospital-managers = Asking the hospital managers
    .body =
        { $audience ->
            [carer] The person can ask the hospital managers to end their section or CTO.
                Hospital managers act for the organisation that runs the hospital.
                The person can ask at any time.
                The managers may hold a meeting to decide.
                This meeting is called a hearing.
            [staff] The patient can ask the hospital managers to discharge them at any time.
                The managers may hold a hearing to decide.
           *[patient] You can ask the hospital managers to end your section or CTO.
                Hospital managers act for the organisation that runs the hospital.
                You can ask at any time.
                The managers may hold a meeting to decide.
                This meeting is called a hearing.
        }
# The nearest relative is a family member picked by a list in the Act; not
# always the next of kin.
right-nearest-relative-discharge = The nearest relative
    .body =
        { $audience ->
            [carer] The person’s nearest relative is a family member.
                The Mental Health Act says who this is.
                The nearest relative can order the person’s discharge.
                Discharge means their section, CTO or guardianship ends.
                The person may be detained in hospital or on a CTO.
                Detained means kept in hospital under the Mental Health Act.
                Then the relative must write to the hospital managers.
                They must give 72 hours’ notice.
                This means telling the managers 72 hours before.
                The responsible clinician can stop the discharge.
                They can do this if the person would likely be dangerous.
                This means dangerous to themselves or others.
                Then the nearest relative cannot order discharge again for 6 months.
                The discharge may be stopped on section 3 or a CTO.
                Then the nearest relative can apply to the Tribunal within 28 days.
            [staff] The patient’s nearest relative can order their discharge.
                For a detained or community patient, they must give 72 hours’ written notice.
                The notice goes to the hospital managers.
                The responsible clinician can bar the discharge.
                They can do this if the patient would be likely to act dangerously.
                This means dangerous to themselves or others.
                A barred nearest relative cannot order discharge again for 6 months.
                The 6 months run from the report.
                If barred on section 3 or a CTO, they can apply to the Tribunal.
                They must apply within 28 days.
           *[patient] Your nearest relative is a family member.
                The Mental Health Act says who this is.
                Your nearest relative can order your discharge.
                Discharge means your section, CTO or guardianship ends.
                You may be detained in hospital or on a CTO.
                Detained means kept in hospital under the Mental Health Act.
                Then your nearest relative must write to the hospital managers.
                They must give 72 hours’ notice.
                This means telling the managers 72 hours before.
                Your responsible clinician can stop the discharge.
                They can do this if you would be likely to be dangerous.
                This means dangerous to yourself or others.
                Then your nearest relative cannot order your discharge again for 6 months.
                The discharge may be stopped on section 3 or a CTO.
                Then your nearest relative can apply to the Tribunal within 28 days.
        }
right-nearest-relative-cannot-discharge = The nearest relative
    .body =
        { $audience ->
            [carer] The person’s nearest relative is a family member.
                The Mental Health Act says who this is.
                The nearest relative cannot end a hospital order.
                But they can apply to the Tribunal for the person.
                They can apply at the same times as the person can.
            [staff] The patient’s nearest relative cannot order discharge from a hospital order.
                They can apply to the Tribunal in the same periods as the patient.
           *[patient] Your nearest relative is a family member.
                The Mental Health Act says who this is.
                Your nearest relative cannot end a hospital order.
                But they can apply to the Tribunal for you.
                They can apply at the same times as you can.
        }

right-nearest-relative-change = Changing your nearest relative
    .body =
        { $audience ->
            [carer] The person’s nearest relative may not be suitable to act for them.
                Then the person can apply to the county court.
                A county court is a local court that does not deal with crimes.
                They can ask for someone else to act instead.
                A relative can also apply to the court.
                So can an approved mental health professional (AMHP).
                The person can also ask the hospital not to send their nearest relative some things.
                These are copies of information about the person.
            [staff] Some people can apply to the county court about the nearest relative.
                This can be the patient, a relative or someone they live with.
                It can also be an approved mental health professional (AMHP).
                They can ask for an order that someone else acts as nearest relative.
                For example, because the nearest relative is not a suitable person.
                The patient can ask that the nearest relative is not sent copies of information.
                This means the information given to the patient.
           *[patient] Your nearest relative may not be suitable to act for you.
                Then you can apply to the county court.
                A county court is a local court that does not deal with crimes.
                You can ask for someone else to act instead.
                You can also ask the hospital not to send your nearest relative some things.
                These are copies of information about you.
        }
right-guardianship-discharge = Ending guardianship
    .body =
        { $audience ->
            [carer] Some people can end the person’s guardianship.
                This can be their responsible clinician.
                This is the professional in charge of their care.
                It can be the council in charge of the guardianship.
                This council is called the local social services authority.
                It can also be the person’s nearest relative.
                The person can write to the council.
                They can ask it to end their guardianship.
            [staff] Guardianship can be discharged by the responsible clinician.
                It can also be discharged by the responsible local social services authority.
                Or it can be discharged by the nearest relative.
                The patient can write to the authority to ask it to end their guardianship.
                The nearest relative’s order cannot be barred.
           *[patient] Some people can end your guardianship.
                This can be your responsible clinician.
                This is the professional in charge of your care.
                It can be the council in charge of your guardianship.
                This council is called the local social services authority.
                It can also be your nearest relative.
                You can write to the council.
                You can ask it to end your guardianship.
        }

## Treatment

# SOAD: Second Opinion Appointed Doctor, an independent doctor.
right-consent-to-treatment = Medicine and treatment
    .body =
        { $audience ->
            [carer] The person may be given medicine for their mental health problem while detained.
                Detained means kept in hospital under the Mental Health Act.
                For the first 3 months, the medicine can be given without their consent.
                Consent means saying yes.
                The 3 months start the first time they get it while detained.
                After 3 months, it can only be given if they agree.
                Or if an independent second-opinion doctor agrees it is right.
                This doctor is called a SOAD.
                Other treatment for their mental health problem can be given without their consent.
                For example, nursing care.
            [staff] Medicine for mental disorder can be given without consent for 3 months.
                The 3 months start from the first time it is given.
                It must be given while the patient is detained.
                After that, it needs the patient’s consent.
                Or a second opinion appointed doctor (SOAD) must certify it.
                Other treatment for mental disorder can be given without consent.
           *[patient] You may be given medicine for your mental health problem while detained.
                Detained means kept in hospital under the Mental Health Act.
                For the first 3 months, the medicine can be given without your consent.
                Consent means saying yes.
                The 3 months start the first time you get it while detained.
                After 3 months, it can only be given if you agree.
                Or if an independent second-opinion doctor agrees it is right.
                This doctor is called a SOAD.
                Other treatment for your mental health problem can be given without your consent.
                For example, nursing care.
        }
right-no-treatment-without-consent = Refusing treatment
    .body =
        { $audience ->
            [carer] Some rules allow treatment without consent.
                Consent means saying yes.
                On this section, these rules do not apply to the person.
                They can refuse treatment they do not want.
                Refuse means say no.
                This includes medicine.
                Sometimes they can be given treatment they do not agree to.
                This is only in special cases.
                For example, in an emergency.
                Or if they are not able to decide and it is best for them.
                Staff should explain this to them.
            [staff] Part 4 of the Act does not apply to this patient (section 56(3)).
                So it gives no authority to treat them without consent.
                Any treatment without consent needs other authority.
                For example, the Mental Capacity Act 2005, if the patient lacks capacity.
                It should be explained to them.
           *[patient] Some rules allow treatment without consent.
                Consent means saying yes.
                On this section, these rules do not apply to you.
                You can refuse treatment you do not want.
                Refuse means say no.
                This includes medicine.
                Sometimes you can be given treatment you do not agree to.
                This is only in special cases.
                For example, in an emergency.
                Or if you are not able to decide and it is best for you.
                Staff should explain this to you.
        }
# ECT is electroconvulsive therapy.
right-ect = ECT (electroconvulsive therapy)
    .body =
        { $audience ->
            [carer] The person may be 18 or over and able to decide.
                If they say no to ECT, they cannot be given it.
                The only exception is an emergency.
                An emergency means ECT is needed to save their life.
                Or it is needed to stop their condition getting much worse.
                The person may not be able to decide.
                Then a second-opinion doctor (SOAD) must agree to ECT.
                ECT cannot go against a valid advance decision.
                An advance decision is a decision they made earlier about treatment.
                Someone may have legal power to decide for the person.
                ECT cannot go against their decision.
                The person may be under 18.
                Then a SOAD must agree to ECT, even if the person says yes.
            [staff] ECT cannot be given to an adult who has capacity and refuses.
                The only exception is an emergency under section 62.
                This means to save life, or to prevent a serious deterioration.
                If the patient lacks capacity, a SOAD must certify ECT.
                It must not conflict with a valid advance decision.
                It must not conflict with a decision of a donee or deputy.
                Or with a decision of the Court of Protection.
                A patient under 18 needs a SOAD to certify ECT.
                This is true even if they consent.
           *[patient] You may be 18 or over and able to decide.
                If you say no to ECT, you cannot be given it.
                The only exception is an emergency.
                An emergency means ECT is needed to save your life.
                Or it is needed to stop your condition getting much worse.
                You may not be able to decide.
                Then a second-opinion doctor (SOAD) must agree to ECT.
                ECT cannot go against a valid advance decision.
                An advance decision is a decision you made earlier about treatment.
                Someone may have legal power to decide for you.
                ECT cannot go against their decision.
                If you are under 18, a SOAD must agree to ECT.
                This is true even if you say yes.
        }
right-ect-without-part-4 = ECT (electroconvulsive therapy)
    .body =
        { $audience ->
            [carer] Some rules allow ECT in an emergency for detained patients.
                Detained means kept in hospital under the Mental Health Act.
                These rules do not apply to the person.
                The person may be 18 or over and able to decide.
                If they say no to ECT, they cannot be given it.
                The person may be under 18.
                Then an independent second-opinion doctor (SOAD) must also agree to ECT.
                This is true even if the person says yes.
            [staff] Part 4 does not apply to this patient (section 56).
                So the emergency route in section 62 does not authorise ECT.
                An adult with capacity who refuses cannot be given ECT.
                A patient under 18 needs a SOAD to certify ECT.
                This is true even if they consent (section 58A, applied by section 56(5)).
           *[patient] Some rules allow ECT in an emergency for detained patients.
                Detained means kept in hospital under the Mental Health Act.
                These rules do not apply to you.
                You may be 18 or over and able to decide.
                If you say no to ECT, you cannot be given it.
                If you are under 18, an independent second-opinion doctor (SOAD) must also agree.
                This is true even if you say yes.
        }
right-section-57-treatment = Brain surgery and hormone implants
    .body =
        { $audience ->
            [carer] This is about brain surgery for a mental health problem.
                It is also about a hormone implant to reduce male sex drive.
                A hormone implant is a small piece of medicine put under the skin.
                The person can only have these if they agree.
                A second-opinion doctor must also check.
                So must 2 other independent people who are not doctors.
                They must confirm the person is able to decide and has agreed.
                The doctor must also agree the treatment is right.
                This is true for everyone, on a section or not.
            [staff] This is about neurosurgery for mental disorder.
                It is also about a hormone implant to reduce male sex drive.
                A hormone implant is a small piece of medicine put under the skin.
                These need the patient’s consent.
                An appointed doctor and 2 appointed people who are not doctors must certify.
                They certify that the patient has capacity and has consented.
                The doctor must also certify that the treatment is appropriate.
                This applies to every patient, detained or not.
           *[patient] This is about brain surgery for a mental health problem.
                It is also about a hormone implant to reduce male sex drive.
                A hormone implant is a small piece of medicine put under the skin.
                You can only have these if you agree.
                A second-opinion doctor must also check.
                So must 2 other independent people who are not doctors.
                They must confirm you are able to decide and have agreed.
                The doctor must also agree the treatment is right.
                This is true for everyone, on a section or not.
        }
right-cto-treatment = Treatment on a community treatment order (CTO)
    .body =
        { $audience ->
            [carer] The person is on a CTO and lives in the community.
                The community means outside hospital.
                They may be able to decide about medicine for their mental health.
                If they say no, they cannot be given it.
                They may not be able to decide.
                Then they can be given treatment in some cases.
                But force cannot be used, unless it is an emergency to prevent harm.
                They may be called back to hospital.
                Then the rules for detained patients apply.
                Detained means kept in hospital under the Mental Health Act.
            [staff] A community patient who is not recalled needs authority under section 64C for treatment.
                This can be their own consent if they have capacity.
                Or the consent of a donee, deputy or the Court of Protection.
                Or sections 64D or 64G if they lack capacity.
                Force may be used only in an emergency under section 64G.
                On recall, Part 4 applies.
           *[patient] You are on a CTO and live in the community.
                The community means outside hospital.
                You may be able to decide about medicine for your mental health.
                If you say no, you cannot be given it.
                You may not be able to decide.
                Then you can be given treatment in some cases.
                But force cannot be used, unless it is an emergency to prevent harm.
                You may be called back to hospital.
                Then the rules for detained patients apply.
                Detained means kept in hospital under the Mental Health Act.
        }

## Leave, recall and life after hospital

# "Section 17 leave" is the everyday name for leave of absence from hospital.
right-leave = Leave from hospital
    .body =
        { $audience ->
            [carer] The person’s responsible clinician can give them leave to be away from hospital.
                The responsible clinician is the professional in charge of their care.
                This leave is called section 17 leave.
                It can have conditions.
                Conditions are rules they must follow.
                The person can be called back to hospital.
            [staff] The responsible clinician can grant the patient leave of absence.
                This is section 17 leave.
                It can have conditions.
                The patient can be recalled to hospital.
           *[patient] Your responsible clinician can give you leave to be away from hospital.
                Your responsible clinician is the professional in charge of your care.
                This leave is called section 17 leave.
                It can have conditions.
                Conditions are rules you must follow.
                You can be called back to hospital.
        }
right-restricted-leave = Leave from hospital
    .body =
        { $audience ->
            [carer] The person can only have leave from hospital if a government minister agrees.
                This minister is the Secretary of State for Justice.
            [staff] The patient can only be granted leave with consent.
                The consent must come from the Secretary of State for Justice.
           *[patient] You can only have leave from hospital if a government minister agrees.
                This minister is the Secretary of State for Justice.
        }
right-cto-conditions = Conditions of a community treatment order (CTO)
    .body =
        { $audience ->
            [carer] The person’s CTO has conditions.
                Conditions are rules they must follow.
                Every CTO has 2 conditions that are always the same.
                The person must see a doctor when their CTO is being made longer.
                This can also be an approved clinician.
                An approved clinician is a senior professional.
                They must also see a second-opinion doctor when asked.
                This doctor is called a SOAD.
                Their responsible clinician can set other conditions.
                This is the professional in charge of their care.
                An approved mental health professional (AMHP) must agree to these conditions.
                The person may break 1 of the 2 conditions every CTO has.
                Then they can be called back to hospital.
                Breaking another condition is not enough on its own.
                They can only be called back if they need treatment in hospital.
                And there would be a risk without it.
                This means a risk to their health or safety, or to others.
            [staff] Two conditions are mandatory (section 17B(3)).
                The patient must make themselves available for examination for an extension.
                They must also do so for a second opinion appointed doctor (SOAD) certificate.
                The responsible clinician sets other conditions.
                An approved mental health professional (AMHP) must agree to them.
                Breach of a mandatory condition allows recall (section 17E(2)).
                Otherwise, recall needs the section 17E(1) grounds.
                Breach of another condition alone is not enough.
           *[patient] Your CTO has conditions.
                Conditions are rules you must follow.
                Every CTO has 2 conditions that are always the same.
                You must see a doctor when your CTO is being made longer.
                This can also be an approved clinician.
                An approved clinician is a senior professional.
                You must also see a second-opinion doctor when asked.
                This doctor is called a SOAD.
                Your responsible clinician can set other conditions.
                This is the professional in charge of your care.
                An approved mental health professional (AMHP) must agree to these conditions.
                You may break 1 of the 2 conditions every CTO has.
                Then you can be called back to hospital.
                Breaking another condition is not enough on its own.
                You can only be called back if you need treatment in hospital.
                And there would be a risk without it.
                This means a risk to your health or safety, or to others.
        }
right-cto-recall = Being called back to hospital
    .body =
        { $audience ->
            [carer] The person’s responsible clinician can call them back to hospital.
                This is called recall.
                Recall can last up to 72 hours.
                In that time, 1 of 2 things happens.
                The person is allowed to leave.
                Or their CTO is revoked.
                Revoked means cancelled.
                If it is revoked, they are kept in hospital under their section again.
            [staff] The responsible clinician can recall the patient to hospital for up to 72 hours.
                In that time, the patient is either released or the CTO is revoked.
                Revocation returns the patient to detention.
           *[patient] Your responsible clinician can call you back to hospital.
                This is called recall.
                Recall can last up to 72 hours.
                In that time, 1 of 2 things happens.
                You are allowed to leave.
                Or your CTO is revoked.
                Revoked means cancelled.
                If it is revoked, you are kept in hospital under your section again.
        }
right-cto-length = How long a community treatment order (CTO) lasts
    .body =
        A CTO lasts up to 6 months at first.
        Then it can be renewed for another 6 months.
        Renewed means made longer.
        After that, it can be renewed for 12 months at a time.
right-guardianship-powers = What a guardian can do
    .body =
        { $audience ->
            [carer] The guardian can say where the person must live.
                They can say the person must go to places for treatment.
                Or to places for work, education or training.
                They can say the person must let some people see them at home.
                These can be doctors or approved mental health professionals (AMHPs).
                Or they can be other people the guardian names.
                A guardian cannot force the person to have treatment.
            [staff] The guardian can require the patient to live at a set place.
                They can require the patient to attend places for treatment, work, education or training.
                They can require the patient to give access to some people.
                These are doctors, approved mental health professionals or other named people.
                A guardian has no power to treat without consent.
           *[patient] Your guardian can say where you must live.
                They can say you must go to places for treatment.
                Or to places for work, education or training.
                They can say you must let some people see you at home.
                These can be doctors or approved mental health professionals (AMHPs).
                Or they can be other people the guardian names.
                A guardian cannot force you to have treatment.
        }
right-guardianship-length = How long guardianship lasts
    .body =
        Guardianship lasts up to 6 months at first.
        Then it can be renewed.
        Renewed means made longer.
right-conditional-discharge-conditions = Leaving hospital with conditions
    .body =
        { $audience ->
            [carer] The person left hospital with conditions.
                Conditions are rules they must follow.
                The Tribunal or the Secretary of State for Justice set the conditions.
                The Secretary of State for Justice is a government minister.
                The Secretary of State can call the person back to hospital.
            [staff] The patient’s conditions are set by the Tribunal or the Secretary of State for Justice.
                The Secretary of State can recall them to hospital.
           *[patient] You left hospital with conditions.
                Conditions are rules you must follow.
                The Tribunal or the Secretary of State for Justice set the conditions.
                The Secretary of State for Justice is a government minister.
                The Secretary of State can call you back to hospital.
        }
# "Section 117 after-care" is the everyday name for this right.
right-aftercare = After-care
    .body =
        { $audience ->
            [carer] When the person leaves hospital, they have the right to free after-care.
                After-care is help and support for their mental health.
                It helps them stay well.
                It is often called section 117 after-care.
            [staff] The patient has the right to free section 117 after-care.
                This is when they leave hospital.
           *[patient] When you leave hospital, you have the right to free after-care.
                After-care is help and support for your mental health.
                It helps you stay well.
                It is often called section 117 after-care.
        }

## Not detained, or held for a short time

right-informal-can-leave = Leaving hospital as a voluntary patient
    .body =
        { $audience ->
            [carer] The person is a voluntary patient.
                So they can choose to leave hospital.
                But some staff can stop them for a short time.
                This can be a doctor, approved clinician or nurse.
                This is so the person can be assessed.
                If that happens, check again if they can get an IMHA.
            [staff] An informal patient can choose to leave hospital.
                But a doctor, approved clinician or nurse can hold them for a short time.
                They do this under section 5.
                If that happens, check again if they can get an IMHA.
           *[patient] You are a voluntary patient.
                So you can choose to leave hospital.
                But some staff can stop you for a short time.
                This can be a doctor, approved clinician or nurse.
                This is so you can be assessed.
                If that happens, check again if you can get an IMHA.
        }
right-complaints-england = Making a complaint
    .body =
        { $audience ->
            [carer] You or the person can complain to the hospital or the service.
                You can use its complaints procedure.
                This is its way of dealing with complaints.
                The complaint may be about how the Mental Health Act has been used.
                For example, about the person being kept in hospital or their treatment.
                Then you can also complain to the Care Quality Commission (CQC).
                The Care Quality Commission checks health and care services in England.
            [staff] The patient can use the hospital’s or service’s complaints procedure.
                Complaints about the use of Mental Health Act powers can also go elsewhere.
                They can go to the Care Quality Commission (CQC), which investigates them.
           *[patient] You can complain to the hospital or the service.
                You can use its complaints procedure.
                This is its way of dealing with complaints.
                Your complaint may be about how the Mental Health Act has been used.
                For example, about you being kept in hospital or your treatment.
                Then you can also complain to the Care Quality Commission (CQC).
                The Care Quality Commission checks health and care services in England.
        }
right-complaints-wales = Making a complaint
    .body =
        { $audience ->
            [carer] You or the person can complain to the hospital or the service.
                You can use its complaints procedure.
                This is its way of dealing with complaints.
                The complaint may be about how the Mental Health Act has been used.
                Then you can also contact Healthcare Inspectorate Wales.
                Its Welsh name is Arolygiaeth Gofal Iechyd Cymru.
                It checks health services in Wales.
            [staff] The patient can use the health board’s or service’s complaints procedure.
                Complaints about Mental Health Act powers in Wales can also go elsewhere.
                They can go to Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru).
           *[patient] You can complain to the hospital or the service.
                You can use its complaints procedure.
                This is its way of dealing with complaints.
                Your complaint may be about how the Mental Health Act has been used.
                Then you can also contact Healthcare Inspectorate Wales.
                Its Welsh name is Arolygiaeth Gofal Iechyd Cymru.
                It checks health services in Wales.
        }
right-short-term-may-become-longer = What may happen next
    .body =
        { $audience ->
            [carer] These powers only last a short time.
                The person may be assessed.
                Professionals will check if they need section 2 or 3.
                This means being kept in hospital for longer.
                If they are put on section 2 or 3, they can then get an IMHA.
            [staff] These powers are short-term.
                The patient may be assessed for detention under section 2 or 3.
                If they are detained under either, they can then get an IMHA.
           *[patient] These powers only last a short time.
                You may be assessed.
                Professionals will check if you need section 2 or 3.
                This means being kept in hospital for longer.
                If you are put on section 2 or 3, you can then get an IMHA.
        }

## The same rights once the Mental Health Act 2025 changes them. These are
## shown only from the day each change starts.

right-section-2-tribunal-2025 = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person can apply to the Tribunal.
                The Tribunal is an independent group of people.
                It can end the person’s section.
                They can apply in the first 21 days of their section 2.
                A solicitor can help them apply.
                A solicitor is a kind of lawyer.
                This help is free.
            [staff] The patient can apply to the Tribunal.
                They can apply in the first 21 days of their section 2.
                Free legal help from a solicitor is available for Tribunal cases.
           *[patient] You can apply to the Tribunal.
                The Tribunal is an independent group of people.
                It can end your section.
                You can apply in the first 21 days of your section 2.
                A solicitor can help you apply.
                A solicitor is a kind of lawyer.
                This help is free.
        }
right-section-3-tribunal-2025 = Applying to the Tribunal
    .body =
        { $audience ->
            [carer] The person can apply to the Tribunal.
                The Tribunal is an independent group of people.
                It can end the person’s section.
                They can apply once in the first 3 months of their section 3.
                Then they can apply once each time the section is renewed.
                Renewed means made longer.
                A solicitor can help them apply.
                A solicitor is a kind of lawyer.
                This help is free.
            [staff] The patient can apply to the Tribunal once in the first 3 months.
                Then they can apply once in each renewal period.
                Free legal help from a solicitor is available for Tribunal cases.
           *[patient] You can apply to the Tribunal.
                The Tribunal is an independent group of people.
                It can end your section.
                You can apply once in the first 3 months of your section 3.
                Then you can apply once each time the section is renewed.
                Renewed means made longer.
                A solicitor can help you apply.
                A solicitor is a kind of lawyer.
                This help is free.
        }
right-section-3-referral-2025 = When the hospital managers send your case to the Tribunal
    .body =
        { $audience ->
            [carer] The Tribunal may not look at the person’s case in the first 3 months.
                Then the hospital managers must send it to the Tribunal.
                Hospital managers act for the organisation that runs the hospital.
                It may not be looked at between 3 and 12 months.
                Then they must send it again.
                After that, they must send it every year.
            [staff] The Tribunal may not consider the case in the first 3 months.
                If so, the managers must refer it.
                They must refer it again if not considered between 3 and 12 months.
                After that, they must refer it in each 12 months.
           *[patient] The Tribunal may not look at your case in the first 3 months.
                Then the hospital managers must send it to the Tribunal.
                Hospital managers act for the organisation that runs the hospital.
                It may not be looked at between 3 and 12 months.
                Then they must send it again.
                After that, they must send it every year.
        }
right-section-3-length-2025 = How long section 3 lasts
    .body =
        Section 3 is for treatment.
        It lasts up to 3 months at first.
        Then it can be renewed for another 3 months.
        Renewed means made longer.
        Then it can be renewed for 6 months.
        After that, it can be renewed for a year at a time.
right-consent-to-treatment-2025 = Medicine and treatment
    .body =
        { $audience ->
            [carer] The person may be given medicine for their mental health problem while detained.
                Detained means kept in hospital under the Mental Health Act.
                For the first 2 months, the medicine can be given without their consent.
                Consent means saying yes.
                The 2 months start the first time they get it while detained.
                After 2 months, it can only be given if they agree.
                Or if an independent second-opinion doctor agrees it is right.
                This doctor is called a SOAD.
                Other treatment for their mental health problem can be given without their consent.
                For example, nursing care.
            [staff] Medicine for mental disorder can be given without consent for 2 months.
                The 2 months start from the first time it is given while detained.
                After that, it needs the patient’s consent.
                Or a second opinion appointed doctor (SOAD) must certify it.
                Other treatment for mental disorder can be given without consent.
           *[patient] You may be given medicine for your mental health problem while detained.
                Detained means kept in hospital under the Mental Health Act.
                For the first 2 months, the medicine can be given without your consent.
                Consent means saying yes.
                The 2 months start the first time you get it while detained.
                After 2 months, it can only be given if you agree.
                Or if an independent second-opinion doctor agrees it is right.
                This doctor is called a SOAD.
                Other treatment for your mental health problem can be given without your consent.
                For example, nursing care.
        }
# "nominated person": a draft term, for review. It is the new legal term of
# the Mental Health Act 2025 (a person the patient chooses to replace the
# nearest relative). Easy Read keeps the legal words and explains them.
right-nominated-person-discharge = The nominated person
    .body =
        { $audience ->
            [carer] The person’s nominated person is someone they chose.
                Or it is someone chosen for them.
                The nominated person can order the person’s discharge.
                Discharge means their section, CTO or guardianship ends.
                To do this, they must write to the hospital managers.
                The responsible clinician can stop the discharge.
                They can do this if the person would likely be dangerous.
                This means dangerous to themselves or others.
                Then the nominated person cannot order discharge again for 3 months.
            [staff] The patient’s nominated person can order their discharge.
                They must give the hospital managers written notice.
                The responsible clinician can bar it.
                They can do this if the patient would be likely to act dangerously.
                The nominated person then cannot order discharge again for 3 months.
           *[patient] Your nominated person is someone you chose.
                Or it is someone chosen for you.
                Your nominated person can order your discharge.
                Discharge means your section, CTO or guardianship ends.
                To do this, they must write to the hospital managers.
                Your responsible clinician can stop the discharge.
                They can do this if you would be likely to be dangerous.
                This means dangerous to yourself or others.
                Then your nominated person cannot order your discharge again for 3 months.
        }
right-nominated-person-cannot-discharge = The nominated person
    .body =
        { $audience ->
            [carer] The person’s nominated person is someone they chose.
                Or it is someone chosen for them.
                The nominated person cannot end a hospital order.
                But they can apply to the Tribunal for the person.
                They can apply at the same times as the person can.
            [staff] The patient’s nominated person cannot order discharge from a hospital order.
                They can apply to the Tribunal in the same periods as the patient.
           *[patient] Your nominated person is someone you chose.
                Or it is someone chosen for you.
                Your nominated person cannot end a hospital order.
                But they can apply to the Tribunal for you.
                They can apply at the same times as you can.
        }
right-section-37-referral-2025 = When the hospital managers send your case to the Tribunal
    .body =
        { $audience ->
            [carer] The Tribunal may not look at the person’s case for 12 months.
                Then the hospital managers must send it to the Tribunal.
                Hospital managers act for the organisation that runs the hospital.
            [staff] The Tribunal may not have considered the case in the last 12 months.
                Then the managers must refer it.
           *[patient] The Tribunal may not look at your case for 12 months.
                Then the hospital managers must send it to the Tribunal.
                Hospital managers act for the organisation that runs the hospital.
        }
right-cto-referral-2025 = When the hospital managers send your case to the Tribunal
    .body =
        { $audience ->
            [carer] This is about the first 6 months of the person’s CTO.
                The Tribunal may not look at their case in that time.
                Then the hospital managers must send it to the Tribunal.
                Hospital managers act for the organisation that runs the hospital.
                It may not be looked at between 6 and 12 months.
                Then they must send it again.
                After that, they must send it every year.
            [staff] The Tribunal may not consider the case in the first 6 months.
                If so, the managers must refer it.
                They must refer it again if not considered between 6 and 12 months.
                After that, they must refer it in each 12 months.
           *[patient] This is about the first 6 months of your CTO.
                The Tribunal may not look at your case in that time.
                Then the hospital managers must send it to the Tribunal.
                Hospital managers act for the organisation that runs the hospital.
                It may not be looked at between 6 and 12 months.
                Then they must send it again.
                After that, they must send it every year.
        }
right-guardianship-discharge-2025 = Ending guardianship
    .body =
        { $audience ->
            [carer] Some people can end the person’s guardianship.
                This can be their responsible clinician.
                This is the professional in charge of their care.
                It can be the council in charge of the guardianship.
                This council is called the local social services authority.
                It can also be the person’s nominated person.
                This is someone they chose, or someone chosen for them.
                The person can write to the council.
                They can ask it to end their guardianship.
            [staff] Guardianship can be discharged by the responsible clinician.
                It can also be discharged by the responsible local social services authority.
                Or it can be discharged by the nominated person.
                The patient can write to the authority to ask it to end their guardianship.
           *[patient] Some people can end your guardianship.
                This can be your responsible clinician.
                This is the professional in charge of your care.
                It can be the council in charge of your guardianship.
                This council is called the local social services authority.
                It can also be your nominated person.
                This is someone you chose, or someone chosen for you.
                You can write to the council.
                You can ask it to end your guardianship.
        }
right-nominated-person-change = Changing your nominated person
    .body =
        { $audience ->
            [carer] The person’s nominated person is someone they chose.
                Or it is someone chosen for them.
                The person can choose a different nominated person.
                They must do this in writing.
                The county court can also end a nominated person’s appointment.
                A county court is a local court that does not deal with crimes.
                The person can also ask the hospital not to send their nominated person some things.
                These are copies of information about the person.
            [staff] The patient may appoint a different nominated person in writing.
                The county court may end an appointment.
                The patient can ask that the nominated person is not sent copies of information.
                This means the information given to the patient.
           *[patient] Your nominated person is someone you chose.
                Or it is someone chosen for you.
                You can choose a different nominated person.
                You must do this in writing.
                The county court can also end a nominated person’s appointment.
                A county court is a local court that does not deal with crimes.
                You can also ask the hospital not to send your nominated person some things.
                These are copies of information about you.
        }

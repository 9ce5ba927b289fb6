# SPDX-License-Identifier: MIT OR Apache-2.0

### The result page: whether the person can get an independent mental health
### advocate (IMHA), why, what to ask, what to do instead, and how to get help.
### Every message receives $audience: "patient", "carer" or "staff".
### Patient: "you". Carer: "the person you are asking about", then "they".
### Staff: "the patient", then "they".

## The outcome

result-heading-yes =
    { $audience ->
        [carer] يمكن للشخص الذي تسأل عنه الحصول على مناصر مستقل للصحة النفسية (IMHA)
        [staff] يمكن للمريض الحصول على مناصر مستقل للصحة النفسية (IMHA)
       *[patient] يمكنك الحصول على مناصر مستقل للصحة النفسية (IMHA)
    }
result-heading-no =
    { $audience ->
        [carer] لا يمكن للشخص الذي تسأل عنه الحصول على مناصر IMHA في الوقت الحالي
        [staff] لا يمكن للمريض الحصول على مناصر IMHA في الوقت الحالي
       *[patient] لا يمكنك الحصول على مناصر IMHA في الوقت الحالي
    }
result-heading-unsure =
    { $audience ->
        [carer] لسنا متأكدين بعد إن كان يمكن للشخص الذي تسأل عنه الحصول على مناصر IMHA
        [staff] لسنا متأكدين بعد إن كان يمكن للمريض الحصول على مناصر IMHA
       *[patient] لسنا متأكدين بعد إن كان يمكنك الحصول على مناصر IMHA
    }

## Why: the reasons for the outcome

# Heading above the list of reasons for the outcome.
result-why-heading = السبب

reason-liable-to-be-detained =
    { $audience ->
        [carer] الشخص الذي تسأل عنه محتجز في المستشفى بموجب مادة من قانون الصحة النفسية (Mental Health Act) تمنحه الحق في الحصول على مناصر.
        [staff] المريض عرضة للاحتجاز قانونًا (liable to be detained) بموجب مادة تمنحه الحق في الحصول على مناصر IMHA.
       *[patient] تم احتجازك في المستشفى بموجب مادة من قانون الصحة النفسية (Mental Health Act) تمنحك الحق في الحصول على مناصر.
    }
# The holding powers are sections 4, 5(2) and 5(4); places of safety are
# sections 135 and 136. People know them by these numbers, so the numbers stay
# in the text.
reason-holding-power-covered-in-wales =
    { $audience ->
        [carer] الشخص الذي تسأل عنه محتجز بموجب صلاحية إبقاء (holding power)، أي المادة 4 أو 5(2) أو 5(4). في ويلز، يمكن للأشخاص المحتجزين بموجب هذه الصلاحيات الحصول على مناصر IMHA.
        [staff] المريض محتجز بموجب صلاحية إبقاء (holding power)، أي المادة 4 أو 5(2) أو 5(4). في ويلز، يُعدّ المرضى المحتجزون بموجب هذه الصلاحيات مرضى إلزاميين مؤهلين في ويلز (Welsh qualifying compulsory patients)، ويمكنهم الحصول على مناصر IMHA.
       *[patient] تم احتجازك بموجب صلاحية إبقاء (holding power)، أي المادة 4 أو 5(2) أو 5(4). في ويلز، يمكن للأشخاص المحتجزين بموجب هذه الصلاحيات الحصول على مناصر IMHA.
    }
reason-holding-power-excluded-in-england =
    { $audience ->
        [carer] الشخص الذي تسأل عنه محتجز بموجب صلاحية إبقاء (holding power)، أي المادة 4 أو 5(2) أو 5(4). في إنجلترا، لا تمنح هذه الصلاحيات الحق في الحصول على مناصر IMHA. لكن لا يزال بإمكانه طلب أنواع أخرى من المناصرة (advocacy).
        [staff] المريض محتجز بموجب صلاحية إبقاء (holding power)، أي المادة 4 أو 5(2) أو 5(4). في إنجلترا، لا تمنح هذه الصلاحيات الحق في الحصول على مناصر IMHA. لكن لا يزال بإمكانه طلب أنواع أخرى من المناصرة (advocacy).
       *[patient] تم احتجازك بموجب صلاحية إبقاء (holding power)، أي المادة 4 أو 5(2) أو 5(4). في إنجلترا، لا تمنح هذه الصلاحيات الحق في الحصول على مناصر IMHA. لكن لا يزال بإمكانك طلب أنواع أخرى من المناصرة (advocacy).
    }
reason-place-of-safety-excluded =
    { $audience ->
        [carer] الشخص الذي تسأل عنه محتجز في مكان آمن (place of safety)، بموجب المادة 135 أو 136. في إنجلترا وفي ويلز، لا يمنح ذلك الحق في الحصول على مناصر IMHA. لكن لا يزال بإمكانه طلب أنواع أخرى من المناصرة (advocacy).
        [staff] المريض محتجز في مكان آمن (place of safety)، بموجب المادة 135 أو 136. لا تمنح الأماكن الآمنة الحق في الحصول على مناصر IMHA، لا في إنجلترا ولا في ويلز. لكن لا يزال بإمكانه طلب أنواع أخرى من المناصرة (advocacy).
       *[patient] تم احتجازك في مكان آمن (place of safety)، بموجب المادة 135 أو 136. في إنجلترا وفي ويلز، لا يمنح ذلك الحق في الحصول على مناصر IMHA. لكن لا يزال بإمكانك طلب أنواع أخرى من المناصرة (advocacy).
    }
reason-community-patient =
    { $audience ->
        [carer] يُطبَّق على الشخص الذي تسأل عنه أمر العلاج المجتمعي (CTO). وهذا يعني أن مكان سكنه خارج المستشفى، لكن يجب عليه الالتزام بشروط معيّنة. يمكن للأشخاص الخاضعين لأمر CTO الحصول على مناصر IMHA، حتى عند استدعائهم إلى المستشفى.
        [staff] المريض مريض مجتمعي (community patient)، أي مشمول بأمر العلاج المجتمعي (CTO). يمكن للمرضى المجتمعيين الحصول على مناصر IMHA، بما في ذلك أثناء استدعائهم إلى المستشفى.
       *[patient] يُطبَّق عليك أمر العلاج المجتمعي (CTO). وهذا يعني أن مكان سكنك خارج المستشفى، لكن يجب عليك الالتزام بشروط معيّنة. يمكن للأشخاص الخاضعين لأمر CTO الحصول على مناصر IMHA، حتى عند استدعائهم إلى المستشفى.
    }
reason-guardianship =
    { $audience ->
        [carer] الشخص الذي تسأل عنه تحت الوصاية (guardianship). وهذا يعني أن لدى وصيٍّ بعض الصلاحيات القانونية عليه بموجب قانون الصحة النفسية (Mental Health Act). يمكن للأشخاص الخاضعين للوصاية الحصول على مناصر IMHA.
        [staff] المريض خاضع للوصاية (guardianship) بموجب قانون الصحة النفسية (Mental Health Act). يمكن للأشخاص الخاضعين للوصاية الحصول على مناصر IMHA.
       *[patient] أنت تحت الوصاية (guardianship). وهذا يعني أن لدى وصيٍّ بعض الصلاحيات القانونية عليك بموجب قانون الصحة النفسية (Mental Health Act). يمكن للأشخاص الخاضعين للوصاية الحصول على مناصر IMHA.
    }
# A restricted patient is one whose discharge needs the Secretary of State for
# Justice. "Conditionally discharged" means they left hospital with conditions.
reason-conditionally-discharged =
    { $audience ->
        [carer] الشخص الذي تسأل عنه مريض خاضع لقيود (restricted patient)، أي أن المادة المطبَّقة عليه عليها قيود إضافية وضعتها محكمة أو الحكومة. وقد حصل على خروج مشروط (conditional discharge)، أي سُمح له بمغادرة المستشفى بشروط. لا يزال من الممكن استدعاؤه إلى المستشفى، لذلك لا يزال القانون يعامله كشخص محتجز. وهذا يعني أنه يمكنه الحصول على مناصر IMHA.
        [staff] المريض مريض خاضع لقيود (restricted patient) حصل على خروج مشروط (conditional discharge). ولا يزال عرضة للاحتجاز قانونًا (liable to be detained)، لذلك يمكنه الحصول على مناصر IMHA.
       *[patient] وضعك هو وضع المريض الخاضع لقيود (restricted patient)، أي أن المادة المطبَّقة عليك عليها قيود إضافية وضعتها محكمة أو الحكومة. وقد حصلت على خروج مشروط (conditional discharge)، أي سُمح لك بمغادرة المستشفى بشروط. لا يزال من الممكن استدعاؤك إلى المستشفى، لذلك لا يزال القانون يعاملك كشخص محتجز. وهذا يعني أنه يمكنك الحصول على مناصر IMHA.
    }
reason-discussing-section-57 =
    { $audience ->
        [carer] يتحدث الشخص الذي تسأل عنه مع طبيب أو معالج معتمد (approved clinician) عن جراحة في الدماغ لعلاج اضطراب نفسي، أو عن زرعة هرمونية لتقليل الرغبة الجنسية لدى الذكور. المعالج المعتمد هو مختص كبير معتمد لاستخدام قانون الصحة النفسية (Mental Health Act). أي شخص يتحدث عن هذه العلاجات مع طبيب أو معالج معتمد يمكنه الحصول على مناصر IMHA، حتى لو لم يكن محتجزًا بموجب مادة.
        [staff] يناقش طبيب أو معالج معتمد (approved clinician) مع المريض جراحة في الدماغ لعلاج اضطراب نفسي، أو زرعة هرمونية لتقليل الرغبة الجنسية لدى الذكور. أي شخص يناقش هذه العلاجات مع طبيب أو معالج معتمد يمكنه الحصول على مناصر IMHA، مهما كان وضعه القانوني.
       *[patient] يتحدث معك طبيب أو معالج معتمد (approved clinician) عن جراحة في الدماغ لعلاج اضطراب نفسي، أو عن زرعة هرمونية لتقليل الرغبة الجنسية لدى الذكور. المعالج المعتمد هو مختص كبير معتمد لاستخدام قانون الصحة النفسية (Mental Health Act). أي شخص يتحدث عن هذه العلاجات مع طبيب أو معالج معتمد يمكنه الحصول على مناصر IMHA، حتى لو لم يكن محتجزًا بموجب مادة.
    }
# ECT is electroconvulsive therapy.
reason-under-18-discussing-ect =
    { $audience ->
        [carer] عمر الشخص الذي تسأل عنه أقل من 18 عامًا، ويتحدث معه طبيب أو معالج معتمد (approved clinician) عن العلاج بالصدمات الكهربائية (ECT). يمكن لأي شخص عمره أقل من 18 عامًا في هذا الوضع الحصول على مناصر IMHA.
        [staff] عمر المريض أقل من 18 عامًا، ويناقش معه طبيب أو معالج معتمد (approved clinician) العلاج بالصدمات الكهربائية (ECT). يمكن لأي شخص عمره أقل من 18 عامًا في هذا الوضع الحصول على مناصر IMHA.
       *[patient] عمرك أقل من 18 عامًا، ويتحدث معك طبيب أو معالج معتمد (approved clinician) عن العلاج بالصدمات الكهربائية (ECT). يمكن لأي شخص عمره أقل من 18 عامًا في هذا الوضع الحصول على مناصر IMHA.
    }
reason-adult-discussing-ect-does-not-qualify =
    { $audience ->
        [carer] عمر الشخص الذي تسأل عنه 18 عامًا أو أكثر. بالنسبة للبالغين، الحديث عن العلاج بالصدمات الكهربائية (ECT) وحده لا يمنحهم الحق في الحصول على مناصر IMHA.
        [staff] عمر المريض 18 عامًا أو أكثر. بالنسبة للبالغين، مناقشة العلاج بالصدمات الكهربائية (ECT) وحدها لا تمنح الحق في الحصول على مناصر IMHA.
       *[patient] عمرك 18 عامًا أو أكثر. بالنسبة للبالغين، الحديث عن العلاج بالصدمات الكهربائية (ECT) وحده لا يمنحك الحق في الحصول على مناصر IMHA.
    }
reason-welsh-informal-inpatient =
    { $audience ->
        [carer] الشخص الذي تسأل عنه موجود في مستشفى في ويلز بسبب صحته النفسية. في ويلز، يمكن لكل مريض في المستشفى بسبب صحته النفسية الحصول على مناصر IMHA، حتى لو كان هناك باختياره (مريض طوعي).
        [staff] المريض مقيم في مستشفى في ويلز، ويخضع للتقييم أو العلاج بسبب اضطراب نفسي. في ويلز، يمكن لكل مريض مقيم من هذا النوع الحصول على مناصر IMHA، حتى لو كان موجودًا بشكل غير رسمي.
       *[patient] أنت في مستشفى في ويلز بسبب صحتك النفسية. في ويلز، يمكن لكل مريض في المستشفى بسبب صحته النفسية الحصول على مناصر IMHA، حتى لو كان هناك باختياره (مريض طوعي).
    }
reason-informal-in-england =
    { $audience ->
        [carer] الشخص الذي تسأل عنه مريض طوعي في إنجلترا. وهذا يعني أنه في المستشفى باختياره، وليس بموجب مادة. في إنجلترا، لا يمكن للمرضى الطوعيين الحصول على مناصر IMHA إلا إذا كان طبيب يتحدث معهم عن علاجات معيّنة، لكن خدمات المناصرة الأخرى لا يزال بإمكانها المساعدة.
        [staff] المريض مريض غير رسمي (طوعي) في إنجلترا. لا يمكن للمرضى غير الرسميين في إنجلترا الحصول على مناصر IMHA إلا إذا كان طبيب أو معالج معتمد (approved clinician) يناقش معهم علاجات معيّنة، لكن خدمات المناصرة الأخرى لا يزال بإمكانها المساعدة.
       *[patient] وضعك هو وضع المريض الطوعي في إنجلترا. وهذا يعني أنك في المستشفى باختيارك، وليس بموجب مادة. في إنجلترا، لا يمكن للمرضى الطوعيين الحصول على مناصر IMHA إلا إذا كان طبيب يتحدث معهم عن علاجات معيّنة، لكن خدمات المناصرة الأخرى لا يزال بإمكانها مساعدتك.
    }
reason-english-informal-inpatient =
    { $audience ->
        [carer] الشخص الذي تسأل عنه موجود في مستشفى في إنجلترا بسبب صحته النفسية. في إنجلترا، أصبح بإمكان كل مريض في المستشفى بسبب صحته النفسية الحصول على مناصر IMHA، حتى لو كان هناك باختياره (مريض طوعي).
        [staff] المريض مقيم في مستشفى في إنجلترا، ويخضع للتقييم أو العلاج بسبب اضطراب نفسي، وليس عرضة للاحتجاز قانونًا (liable to be detained). وأصبح بإمكان هؤلاء المرضى غير الرسميين الحصول على مناصر IMHA.
       *[patient] أنت في مستشفى في إنجلترا بسبب صحتك النفسية. في إنجلترا، أصبح بإمكان كل مريض في المستشفى بسبب صحته النفسية الحصول على مناصر IMHA، حتى لو كان هناك باختياره (مريض طوعي).
    }
reason-not-under-the-act =
    { $audience ->
        [carer] لا تُطبَّق على الشخص الذي تسأل عنه أي مادة، ولا أمر CTO، ولا وصاية، ولا خروج مشروط، وهو ليس في المستشفى بسبب صحته النفسية. فقط الأشخاص في هذه الأوضاع يمكنهم الحصول على مناصر IMHA.
        [staff] المريض ليس محتجزًا، ولا مشمولًا بأمر CTO، ولا تحت الوصاية، ولا في خروج مشروط، وليس مريضًا مقيمًا بسبب اضطراب نفسي. فقط المرضى في هذه الأوضاع يمكنهم الحصول على مناصر IMHA.
       *[patient] لا تُطبَّق عليك أي مادة، ولا أمر CTO، ولا وصاية، ولا خروج مشروط، وأنت لست في المستشفى بسبب صحتك النفسية. فقط الأشخاص في هذه الأوضاع يمكنهم الحصول على مناصر IMHA.
    }
reason-depends-on-answers-not-known =
    { $audience ->
        [carer] الإجابة تعتمد على أمر لا نعرفه بعد عن الشخص الذي تسأل عنه. يمكن لطاقم الجناح إخبارك، ثم يمكنك التحقق مرة أخرى.
        [staff] الإجابة تعتمد على أمر لا نعرفه بعد. يُرجى مراجعة الأسئلة أدناه، ثم الإجابة مرة أخرى.
       *[patient] الإجابة تعتمد على أمر لا نعرفه بعد. يمكن لطاقم الجناح إخبارك، ثم يمكنك التحقق مرة أخرى.
    }

## What to ask ward staff, when the answer is not known

result-ask-heading =
    { $audience ->
        [staff] ما الذي يجب التحقق منه
       *[patient] أسئلة لطاقم الجناح
    }
# For a CTO, the law that applies depends on where the responsible hospital is;
# for guardianship, on where the council (local social services authority) is.
ask-which-country =
    { $audience ->
        [carer] هل المستشفى في إنجلترا أم في ويلز؟ إذا كان الشخص الذي تسأل عنه مشمولًا بأمر CTO، يُرجى السؤال عن المستشفى المسؤول عن أمر CTO الخاص به. وإذا كان تحت الوصاية، يُرجى السؤال إن كان المجلس المحلي المسؤول عنها في إنجلترا أم في ويلز.
        [staff] هل المستشفى في إنجلترا أم في ويلز؟ بالنسبة لأمر CTO، المقصود هو المستشفى المسؤول (responsible hospital). وبالنسبة للوصاية، المقصود هو سلطة الخدمات الاجتماعية المحلية المسؤولة (responsible local social services authority).
       *[patient] هل هذا المستشفى في إنجلترا أم في ويلز؟ إذا كان يُطبَّق عليك أمر CTO، يُرجى السؤال عن المستشفى المسؤول عن أمر CTO الخاص بك. وإذا كنت تحت الوصاية، يُرجى السؤال إن كان المجلس المحلي المسؤول عنها في إنجلترا أم في ويلز.
    }
ask-which-section =
    { $audience ->
        [carer] ما مادة قانون الصحة النفسية (Mental Health Act) المطبَّقة على الشخص الذي تسأل عنه؟ يمكنه طلب الاطلاع على أوراق المادة (section papers) أو على النشرة الخاصة بحقوقه.
        [staff] ما مادة قانون الصحة النفسية (Mental Health Act) المطبَّقة على المريض؟ يُرجى مراجعة أوراق المادة (section papers) الخاصة به.
       *[patient] ما مادة قانون الصحة النفسية (Mental Health Act) المطبَّقة عليّ؟ يُرجى طلب الاطلاع على أوراق المادة (section papers) أو على النشرة الخاصة بحقوقك.
    }
ask-is-under-18 =
    { $audience ->
        [carer] هل عمر الشخص الذي تسأل عنه أقل من 18 عامًا؟ القواعد الخاصة بالعلاج بالصدمات الكهربائية (ECT) مختلفة للأشخاص الذين تقل أعمارهم عن 18 عامًا.
        [staff] هل عمر المريض أقل من 18 عامًا؟ القواعد الخاصة بالعلاج بالصدمات الكهربائية (ECT) مختلفة للأشخاص الذين تقل أعمارهم عن 18 عامًا.
       *[patient] هل عمرك أقل من 18 عامًا؟ القواعد الخاصة بالعلاج بالصدمات الكهربائية (ECT) مختلفة للأشخاص الذين تقل أعمارهم عن 18 عامًا.
    }
ask-which-treatment =
    { $audience ->
        [carer] هل يتحدث الشخص الذي تسأل عنه مع طبيب أو معالج معتمد (approved clinician) عن العلاج بالصدمات الكهربائية (ECT)؟ أو عن جراحة في الدماغ لعلاج اضطراب نفسي، أو زرعة هرمونية لتقليل الرغبة الجنسية لدى الذكور؟
        [staff] هل يناقش طبيب أو معالج معتمد (approved clinician) مع المريض العلاج بالصدمات الكهربائية (ECT)؟ أو جراحة في الدماغ لعلاج اضطراب نفسي، أو زرعة هرمونية لتقليل الرغبة الجنسية لدى الذكور؟
       *[patient] هل يتحدث معي طبيب أو معالج معتمد (approved clinician) عن العلاج بالصدمات الكهربائية (ECT)؟ أو عن جراحة في الدماغ لعلاج اضطراب نفسي، أو زرعة هرمونية لتقليل الرغبة الجنسية لدى الذكور؟
    }

## Notes shown with the outcome

# "Section 17 leave" is the everyday name for leave of absence from hospital.
note-leave-does-not-end-eligibility =
    { $audience ->
        [carer] الإجازة من المستشفى (الإجازة بموجب المادة 17، أو section 17 leave) لا تغيّر ذلك. لا يزال بإمكان الشخص الذي تسأل عنه الحصول على مناصر IMHA.
        [staff] الإجازة بموجب المادة 17 (section 17 leave) لا تغيّر ذلك. المريض في الإجازة لا يزال عرضة للاحتجاز قانونًا (liable to be detained).
       *[patient] الإجازة من المستشفى (الإجازة بموجب المادة 17، أو section 17 leave) لا تغيّر ذلك. لا يزال بإمكانك الحصول على مناصر IMHA.
    }
note-recall-does-not-end-cto =
    { $audience ->
        [carer] الاستدعاء إلى المستشفى لا يُنهي أمر CTO الخاص بالشخص الذي تسأل عنه. لا يزال بإمكانه الحصول على مناصر IMHA.
        [staff] الاستدعاء إلى المستشفى لا يُنهي أمر CTO. لا يزال المريض مريضًا مجتمعيًا (community patient).
       *[patient] الاستدعاء إلى المستشفى لا يُنهي أمر CTO الخاص بك. لا يزال بإمكانك الحصول على مناصر IMHA.
    }
# "Proposed" means the doctor says they plan to give the treatment.
note-stays-qualifying-while-treatment-proposed =
    { $audience ->
        [carer] بمجرد إخبار الشخص الذي تسأل عنه بأن هناك خطة لإعطائه العلاج، يمكنه الاحتفاظ بمناصر IMHA إلى أن تُلغى الخطة، أو ينتهي العلاج، أو يتوقف.
        [staff] بمجرد إخبار المريض بأن العلاج مقترَح (proposed)، يبقى له الحق في مناصر IMHA إلى أن يُسحب الاقتراح، أو يكتمل العلاج، أو يتوقف.
       *[patient] بمجرد إخبارك بأن هناك خطة لإعطائك العلاج، يمكنك الاحتفاظ بمناصر IMHA إلى أن تُلغى الخطة، أو ينتهي العلاج، أو يتوقف.
    }
note-ask-again-if-detained-longer =
    { $audience ->
        [carer] إذا تم احتجاز الشخص الذي تسأل عنه بعد ذلك في المستشفى بموجب المادة 2 أو 3، فسيكون له الحق في الحصول على مناصر IMHA. يُرجى التحقق مرة أخرى إذا حدث ذلك.
        [staff] إذا تم احتجاز المريض بعد ذلك بموجب المادة 2 أو 3، فسيكون له الحق في الحصول على مناصر IMHA. يُرجى إخباره مرة أخرى عن مناصري IMHA إذا حدث ذلك.
       *[patient] إذا تم احتجازك بعد ذلك في المستشفى بموجب المادة 2 أو 3، فسيكون لك الحق في الحصول على مناصر IMHA. يُرجى السؤال مرة أخرى إذا حدث ذلك.
    }

note-advocate-will-visit =
    { $audience ->
        [carer] يجب على خدمة IMHA الآن أن ترتّب زيارة من مناصر IMHA للشخص الذي تسأل عنه، لمعرفة إن كان يريد المساعدة. ولا يحتاج إلى أن يطلب ذلك أولًا.
        [staff] يجب على مقدّم خدمة IMHA (IMHA provider) الآن أن يرتّب زيارة من مناصر IMHA للمريض ومقابلته، لمعرفة إن كان يريد المساعدة (أو، إذا كان يفتقر إلى الأهلية (capacity)، إن كانت المساعدة تحقق مصلحته الفضلى).
       *[patient] يجب على خدمة IMHA الآن أن ترتّب زيارة من مناصر IMHA لك، لمعرفة إن كنت تريد المساعدة. ولا تحتاج إلى أن تطلب ذلك أولًا.
    }

## The law the outcome is based on

result-basis-heading = القانون الذي تستند إليه هذه النتيجة
# $section is a section number of the Act, e.g. 130C(2)(a), or several joined
# by list-separator.
citation-section = قانون الصحة النفسية لعام 1983 (Mental Health Act 1983)، المادة { $section }
# As citation-section, for the sections that apply in Wales.
citation-section-wales = قانون الصحة النفسية لعام 1983 (Mental Health Act 1983)، المادة { $section } (أُضيفت بموجب Mental Health (Wales) Measure 2010)
# Shown for duties that come from the Code of Practice, not from a section.
citation-code-of-practice = مدوّنة الممارسة (Code of Practice) الخاصة بقانون الصحة النفسية لعام 1983 (Mental Health Act 1983)، الفصل 6
# Joins section numbers in a list, e.g. "58, 63". Keep the space after the comma.
list-separator = { "، " }
# $section as for citation-section, for the sections the Mental Health Act 2025
# inserts into the 1983 Act.
citation-section-2025 = قانون الصحة النفسية لعام 1983 (Mental Health Act 1983)، المادة { $section } (أُضيفت بموجب قانون الصحة النفسية لعام 2025)
result-not-legal-advice = هذه معلومات، وليست استشارة قانونية، وقد يتغير القانون المشروح هنا.

## When the person cannot get an IMHA: what to do instead

instead-heading =
    { $audience ->
        [carer] ما الذي يمكن للشخص فعله بدلًا من ذلك
        [staff] ما الذي يمكن للمريض فعله بدلًا من ذلك
       *[patient] ما الذي يمكنك فعله بدلًا من ذلك
    }
instead-ask-again =
    { $audience ->
        [carer] إذا تغيّر وضع الشخص الذي تسأل عنه، مثلًا إذا وُضع تحت المادة 2 أو 3، أو تحت أمر CTO، يُرجى التحقق مرة أخرى. فقد يصبح بإمكانه عندها الحصول على مناصر IMHA.
        [staff] إذا تغيّر وضع المريض، مثلًا إلى المادة 2 أو 3، أو إلى أمر CTO، يُرجى التحقق مرة أخرى. فقد يصبح بإمكانه عندها الحصول على مناصر IMHA.
       *[patient] إذا تغيّر وضعك، مثلًا إذا وُضعت تحت المادة 2 أو 3، أو تحت أمر CTO، يُرجى التحقق مرة أخرى. فقد يصبح بإمكانك عندها الحصول على مناصر IMHA.
    }
# The Care Act 2014 gives some people an advocate for care and support from
# the council in England. PALS is the Patient Advice and Liaison Service.
instead-other-advocacy =
    { $audience ->
        [carer] يمكن للشخص الذي تسأل عنه السؤال عن خدمات مناصرة أخرى، مثل المناصرة المجتمعية (community advocacy)، أو مناصر يساعد في الحصول على الرعاية والدعم من المجلس المحلي (في إنجلترا، يكون ذلك بموجب قانون الرعاية، أي Care Act). كما توجد في كثير من المستشفيات خدمة المشورة والتواصل للمرضى (Patient Advice and Liaison Service أو PALS) التي يمكنها المساعدة.
        [staff] يمكن للمريض السؤال عن خدمات مناصرة أخرى، مثل المناصرة المجتمعية (community advocacy)، أو مناصر يساعد في الحصول على الرعاية والدعم من المجلس المحلي (في إنجلترا، يكون ذلك بموجب قانون الرعاية، أي Care Act). ويمكن أيضًا لخدمة المشورة والتواصل للمرضى (Patient Advice and Liaison Service أو PALS) في المستشفى، إن وُجدت، أن تساعد.
       *[patient] يمكنك السؤال عن خدمات مناصرة أخرى، مثل المناصرة المجتمعية (community advocacy)، أو مناصر يساعد في الحصول على الرعاية والدعم من المجلس المحلي (في إنجلترا، يكون ذلك بموجب قانون الرعاية، أي Care Act). كما توجد في كثير من المستشفيات خدمة المشورة والتواصل للمرضى (Patient Advice and Liaison Service أو PALS) التي يمكنها المساعدة.
    }
instead-imca =
    { $audience ->
        [carer] إذا كان الشخص الذي تسأل عنه غير قادر على اتخاذ قرار مهم، وليس لديه أحد آخر يساعده، فقد يساعده مناصر مستقل للأهلية العقلية (Independent Mental Capacity Advocate أو IMCA). هذه خدمة مختلفة عن مناصر IMHA.
        [staff] إذا كان المريض يفتقر إلى الأهلية (capacity) لاتخاذ قرار مهم، وليس لديه أحد آخر يمكن استشارته، فقد يساعد مناصر مستقل للأهلية العقلية (Independent Mental Capacity Advocate أو IMCA). هذه خدمة مختلفة عن مناصر IMHA.
       *[patient] إذا لم تكن لديك القدرة على اتخاذ قرار مهم، ولا يوجد أحد آخر يساعدك، فقد يساعدك مناصر مستقل للأهلية العقلية (Independent Mental Capacity Advocate أو IMCA). هذه خدمة مختلفة عن مناصر IMHA.
    }
instead-complaints =
    { $audience ->
        [carer] يمكنك أنت أو الشخص الذي تسأل عنه تقديم شكوى إلى المستشفى أو الخدمة. إذا لم يُرضِكم الرد، يمكنكم التوجه إلى Parliamentary and Health Service Ombudsman (أمين المظالم البرلماني والصحي) في إنجلترا، أو إلى Public Services Ombudsman for Wales (Ombwdsmon Gwasanaethau Cyhoeddus Cymru)، أي أمين المظالم للخدمات العامة في ويلز. أما الشكاوى المتعلقة بطريقة استخدام قانون الصحة النفسية (Mental Health Act) فتُوجَّه إلى Care Quality Commission (CQC)، أي هيئة جودة الرعاية، في إنجلترا، أو إلى Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru)، أي هيئة التفتيش على الرعاية الصحية في ويلز.
        [staff] يمكن للمريض تقديم شكوى إلى المستشفى أو الخدمة، ثم إلى Parliamentary and Health Service Ombudsman (إنجلترا) أو Public Services Ombudsman for Wales (Ombwdsmon Gwasanaethau Cyhoeddus Cymru). أما الشكاوى المتعلقة باستخدام صلاحيات قانون الصحة النفسية (Mental Health Act) فتُوجَّه إلى CQC في إنجلترا، أو إلى Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru) في ويلز.
       *[patient] يمكنك تقديم شكوى إلى المستشفى أو الخدمة. إذا لم يُرضِك الرد، يمكنك التوجه إلى Parliamentary and Health Service Ombudsman (أمين المظالم البرلماني والصحي) في إنجلترا، أو إلى Public Services Ombudsman for Wales (Ombwdsmon Gwasanaethau Cyhoeddus Cymru)، أي أمين المظالم للخدمات العامة في ويلز. أما الشكاوى المتعلقة بطريقة استخدام قانون الصحة النفسية (Mental Health Act) فتُوجَّه إلى Care Quality Commission (CQC)، أي هيئة جودة الرعاية، في إنجلترا، أو إلى Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru)، أي هيئة التفتيش على الرعاية الصحية في ويلز.
    }

## The law is changing: the Mental Health Act 2025 (a new law, which starts
## in stages on dates the government will set)

change-heading = القانون يتغيّر
change-intro = سيغيّر قانون الصحة النفسية لعام 2025 (Mental Health Act 2025) بعض ما ورد هنا. ويبدأ كل تغيير في تاريخ تحدده الحكومة. وحتى ذلك الحين، فإن ما تذكره هذه الصفحة هو القانون.
# What each change is, as a short phrase. Followed by whether it has started.
change-conditional-discharge-deprivation-of-liberty = فرص أبكر للتقدم إلى محكمة الصحة النفسية (Tribunal) للمرضى الخاضعين لقيود (restricted patients) الحاصلين على خروج مشروط (conditional discharge)، إذا كانت شروطهم تحرمهم من حريتهم.
change-english-informal-patients = مناصر IMHA للمرضى غير الرسميين (الطوعيين) في المستشفيات في إنجلترا.
change-opt-out-advocacy = في إنجلترا، يزور مناصر IMHA كل مريض يمكنه الحصول على مناصر، دون انتظار أن يُطلب منه ذلك.
change-more-help = في إنجلترا، يساعد مناصرو IMHA المرضى على المشاركة في القرارات المتعلقة برعايتهم وعلى تقديم الشكاوى، ويخبرونهم عن الخدمات الأخرى.
# "nominated person": rendered "الشخص المُسمّى (nominated person)". Draft term for review:
# a new legal term of the Mental Health Act 2025 for the person the patient
# chooses to replace the nearest relative.
change-nominated-person = «شخص مُسمّى» (nominated person) يختاره المريض، ويحل محل أقرب الأقارب (nearest relative).
change-section-3-periods = تستمر المادة 3 مدة 3 أشهر، ثم 3 أشهر، ثم 6 أشهر، ثم سنة في كل مرة.
change-tribunal-windows = وقت أطول للتقدم بطلب إلى محكمة الصحة النفسية (Tribunal) في ظل المادة 2 (21 يومًا)، وفرصة أولى أبكر في ظل المادة 3 (أول 3 أشهر).
change-automatic-referrals = يحيل مديرو المستشفى (hospital managers) القضايا إلى محكمة الصحة النفسية بشكل أكثر تكرارًا.
change-medication-second-opinion = الدواء الذي يُعطى دون موافقة يحتاج إلى رأي ثانٍ (second opinion) بعد شهرين، بدلًا من 3 أشهر.
change-police-stations = لم يعد من الممكن استخدام مركز الشرطة كمكان آمن (place of safety).
change-complaints-information = يجب إخبار المرضى بكيفية تقديم شكوى.
change-detention-criteria = معايير أكثر صرامة للاحتجاز، ولم يعد التوحّد (autism) أو صعوبات التعلّم (learning disability) وحدها سببًا لتطبيق المادة 3 أو أمر CTO.
# $date is a day, written YYYY-MM-DD.
change-no-date = لم يبدأ بعد: لم يُحدَّد أي تاريخ.
change-starts = لم يبدأ بعد: يبدأ في { $date }.
change-in-force = ساري المفعول منذ { $date }.

## How to contact an IMHA service

# Heading of the first section under the outcome: what the person can do next.
do-now-heading = ماذا تفعل الآن
# First in "What to do now" for sections 135 and 136 (at most 24 hours, and
# up to 12 more), and for sections 4, 5(2) and 5(4) (72 or 6 hours).
do-now-place-of-safety =
    { $audience ->
        [carer] يستمر البقاء في مكان آمن (place of safety) حتى 24 ساعة كحد أقصى، ويمكن للطبيب تمديده حتى 12 ساعة إضافية. اسأل طاقم العمل عن المادة التي تنطبق الآن على الشخص الذي تسأل عنه: إذا تغيّرت، فقد يتغيّر أيضًا حقه في الحصول على مناصر IMHA.
        [staff] يستمر البقاء في مكان آمن (place of safety) حتى 24 ساعة كحد أقصى، ويمكن تمديده حتى 12 ساعة. أخبر المريض بالمادة التي تنطبق عليه فور تغيّرها، وأخبره عن مناصري IMHA إذا كانت تمنحه هذا الحق.
       *[patient] يستمر البقاء في مكان آمن (place of safety) حتى 24 ساعة كحد أقصى، ويمكن للطبيب تمديده حتى 12 ساعة إضافية. اسأل طاقم العمل عن المادة التي تنطبق عليك الآن: إذا تغيّرت، فقد يتغيّر أيضًا حقك في الحصول على مناصر IMHA.
    }
do-now-holding-power =
    { $audience ->
        [carer] تستمر صلاحية الإبقاء هذه (holding power) لمدة قصيرة: 72 ساعة للمادة 4 أو 5(2)، و6 ساعات للمادة 5(4). اسأل طاقم العمل عن المادة التي تنطبق الآن على الشخص الذي تسأل عنه: إذا تغيّرت، فقد يتغيّر أيضًا حقه في الحصول على مناصر IMHA.
        [staff] تستمر صلاحية الإبقاء هذه (holding power) حتى 72 ساعة كحد أقصى (المادة 4 أو 5(2)) أو 6 ساعات (المادة 5(4)). أخبر المريض بالمادة التي تنطبق عليه فور تغيّرها، وأخبره عن مناصري IMHA إذا كانت تمنحه هذا الحق.
       *[patient] تستمر صلاحية الإبقاء هذه (holding power) لمدة قصيرة: 72 ساعة للمادة 4 أو 5(2)، و6 ساعات للمادة 5(4). اسأل طاقم العمل عن المادة التي تنطبق عليك الآن: إذا تغيّرت، فقد يتغيّر أيضًا حقك في الحصول على مناصر IMHA.
    }
contact-heading = كيفية التواصل مع خدمة IMHA
contact-default =
    { $audience ->
        [carer] يُرجى طلب بيانات خدمة IMHA المحلية من طاقم الجناح. يجب على الطاقم مساعدة الشخص الذي تسأل عنه على التواصل مع الخدمة. ويمكنه طلب المساعدة لإجراء مكالمة هاتفية.
        [staff] يُرجى إعطاء المريض بيانات خدمة IMHA المحلية، ومساعدته على التواصل معها. ويُرجى عرض المساعدة عليه لإجراء مكالمة هاتفية.
       *[patient] يُرجى طلب بيانات خدمة IMHA المحلية من طاقم الجناح. يجب على الطاقم مساعدتك على التواصل مع الخدمة. ويمكنك طلب المساعدة لإجراء مكالمة هاتفية.
    }
contact-self-referral =
    { $audience ->
        [carer] يمكن للشخص الذي تسأل عنه التواصل مع خدمة IMHA بنفسه، أو أن يطلب من أحد طاقم التمريض فعل ذلك نيابةً عنه. ويمكنك أيضًا طلب زيارته من خدمة IMHA.
        [staff] يمكن للمريض التواصل مع خدمة IMHA بنفسه، أو أن يطلب من أحد طاقم التمريض فعل ذلك. ويمكن أيضًا لأحد الأقارب أو لمقدّم الرعاية أن يطلب من خدمة IMHA زيارته.
       *[patient] يمكنك التواصل مع خدمة IMHA بنفسك، أو طلب ذلك من أحد طاقم التمريض نيابةً عنك. ويمكن أيضًا لأحد الأقارب أو لمقدّم الرعاية أن يطلب من خدمة IMHA زيارتك.
    }

# For a person not on a ward: on leave, on a CTO, under guardianship or
# conditionally discharged. A care coordinator is the person who organises
# their care in the community.
contact-community =
    { $audience ->
        [carer] يُرجى طلب بيانات خدمة IMHA المحلية من منسّق الرعاية (care coordinator) الخاص بالشخص الذي تسأل عنه، أو من فريق الصحة النفسية المجتمعي (community mental health team) أو الأخصائي الاجتماعي (social worker) المسؤول عنه، أو الاتصال بالمستشفى المسؤول عن رعايته. في إنجلترا، يتولى المجلس المحلي ترتيب خدمات IMHA؛ وفي ويلز، يتولى ذلك المجلس الصحي (health board).
        [staff] يُرجى إعطاء المريض بيانات خدمة IMHA المحلية، ومساعدته على التواصل معها. في إنجلترا، يتولى المجلس المحلي ترتيب خدمات IMHA؛ وفي ويلز، يتولى ذلك المجلس الصحي (health board).
       *[patient] يُرجى طلب بيانات خدمة IMHA المحلية من منسّق الرعاية (care coordinator) الخاص بك، أو من فريق الصحة النفسية المجتمعي (community mental health team) أو الأخصائي الاجتماعي (social worker) المسؤول عنك، أو الاتصال بالمستشفى المسؤول عن رعايتك. في إنجلترا، يتولى المجلس المحلي ترتيب خدمات IMHA؛ وفي ويلز، يتولى ذلك المجلس الصحي (health board).
    }
# Interpreters include British Sign Language.
do-now-interpreter =
    { $audience ->
        [carer] إذا كان الشخص الذي تسأل عنه يحتاج إلى مترجم فوري (interpreter)، بما في ذلك مترجم لغة الإشارة البريطانية (British Sign Language)، فيمكنه طلب مترجم. ويجب على الطاقم ترتيب ذلك، حتى يفهم حقوقه ويتمكن من التحدث مع مناصر IMHA.
        [staff] إذا كان المريض يحتاج إلى مترجم فوري (interpreter)، بما في ذلك مترجم لغة الإشارة البريطانية (British Sign Language)، يُرجى ترتيب مترجم له، حتى يفهم حقوقه ويتمكن من التحدث مع مناصر IMHA.
       *[patient] إذا كنت تحتاج إلى مترجم فوري (interpreter)، بما في ذلك مترجم لغة الإشارة البريطانية (British Sign Language)، فيمكنك طلب مترجم. ويجب على الطاقم ترتيب ذلك، حتى تفهم حقوقك وتتمكن من التحدث مع مناصر IMHA.
    }

## Actions

print-button = طباعة هذه الصفحة أو حفظها
change-answers = تغيير إجاباتك

## Rights: the heading and introduction above the list of rights (rights.ftl)

rights-heading =
    { $audience ->
        [carer] حقوقه
        [staff] حقوق المريض
       *[patient] حقوقك
    }
rights-intro =
    { $audience ->
        [carer] هذه هي الحقوق الرئيسية في هذا الوضع. يمكن لمناصر IMHA مساعدة الشخص الذي تسأل عنه على فهمها واستخدامها.
        [staff] هذه هي الحقوق الرئيسية في هذا الوضع. يمكن لمناصر IMHA مساعدة المريض على فهمها واستخدامها.
       *[patient] هذه هي الحقوق الرئيسية في هذا الوضع. يمكن لمناصر IMHA مساعدتك على فهمها واستخدامها.
    }
# Label before the list of sections of the Act that a right rests on.
right-sections-label = القانون:

## The nearest relative, for a carer or relative (each point is followed
## by its sections; "you" is the carer or relative reading)

nearest-relative-heading = أقرب الأقارب (nearest relative): من هو وما الذي يمكنه فعله
nearest-relative-intro = يمنح القانون أحد أقارب الشخص، وهو أقرب الأقارب (nearest relative)، حقوقًا خاصة به. وقد تكون أنت هذا القريب.
# The order of Mental Health Act 1983 section 26.
nearest-relative-who-it-is = أقرب الأقارب هو أول شخص موجود في هذه القائمة: الزوج أو الزوجة أو الشريك المدني (civil partner) (أو، بالنسبة لشخص غير متزوج وليس في شراكة مدنية، شريك عاش معه كزوجين لمدة 6 أشهر على الأقل)؛ الابن أو الابنة؛ الأب أو الأم؛ الأخ أو الأخت؛ الجد أو الجدة؛ الحفيد أو الحفيدة؛ العم أو العمة أو الخال أو الخالة؛ ابن الأخ أو ابن الأخت أو ابنة الأخ أو ابنة الأخت. والقريب الذي يعيش مع الشخص أو يرعاه يأتي أولًا. وبين قريبين من النوع نفسه، يأتي الأكبر سنًا أولًا. أما الشخص الذي ليس قريبًا لكنه عاش مع الشخص لمدة 5 سنوات على الأقل، فيأتي في آخر القائمة. ولا يُحتسب الأشخاص الذين تقل أعمارهم عن 18 عامًا (إلا إذا كانوا زوج الشخص أو زوجته أو شريكه المدني أو أحد والديه)، ولا الزوج أو الزوجة أو الشريك المدني المنفصل عن الشخص بشكل دائم، ولا الشخص الذي لا يقيم عادةً في المملكة المتحدة (UK) عندما يكون الشخص مقيمًا فيها.
nearest-relative-told-of-section-2 = في حالة المادة 2، يجب على أخصائي صحة نفسية معتمد (approved mental health professional أو AMHP) أن يحاول إخبار أقرب الأقارب بالاحتجاز، وبأنه يستطيع أن يأمر بإخراج الشخص (discharge).
nearest-relative-consulted-before-section-3 = قبل التقدم بطلب لتطبيق المادة 3 أو الوصاية (guardianship)، يجب على أخصائي AMHP استشارة أقرب الأقارب، إلا إذا كان ذلك غير ممكن عمليًا أو كان سيسبب تأخيرًا غير معقول. وإذا اعترض أقرب الأقارب، لا يمكن لأخصائي AMHP التقدم بالطلب، لكن يمكنه أن يطلب من محكمة المقاطعة (county court) تعيين شخص آخر بصفة أقرب الأقارب.
nearest-relative-ask-for-assessment = يمكن لأقرب الأقارب أن يطلب من المجلس المحلي للمنطقة التي يعيش فيها الشخص أن يكلّف أخصائي AMHP بالنظر في ما إذا كان ينبغي إدخاله إلى المستشفى بموجب القانون. وإذا لم يتقدم أخصائي AMHP بالطلب، يجب عليه أن يبيّن أسبابه كتابيًا.
nearest-relative-order-discharge = يمكن لأقرب الأقارب أن يأمر بإخراج الشخص (discharge) من المادة 2 أو المادة 3 أو أمر CTO، بأمر كتابي يُوجَّه إلى مديري المستشفى (hospital managers)، مع إشعار مسبق لا يقل عن 72 ساعة. ويمكن للمعالج المسؤول (responsible clinician) منع ذلك بأن يقدّم تقريرًا، خلال تلك الـ 72 ساعة، بأن من المرجح أن يكون الشخص خطرًا على نفسه أو على الآخرين. وبعد ذلك لا يمكن لأقرب الأقارب أن يأمر بالإخراج مرة أخرى لمدة 6 أشهر.
nearest-relative-order-guardianship-discharge = يمكن لأقرب الأقارب إنهاء الوصاية بأمر كتابي. ولا يلزم أي إشعار مسبق، ولا يمكن للمعالج المسؤول (responsible clinician) منع ذلك.
nearest-relative-tribunal-after-barring = إذا منع المعالج المسؤول (responsible clinician) أقرب الأقارب من إخراج شخص من المادة 3 أو من أمر CTO، يمكن لأقرب الأقارب التقدم بطلب إلى محكمة الصحة النفسية (Tribunal) خلال 28 يومًا من إبلاغه بذلك.
nearest-relative-cannot-discharge-court-patient = لا يمكن لأقرب الأقارب أن يأمر بإخراج شخص أرسلته محكمة إلى المستشفى، أو نُقل إليه من السجن.
nearest-relative-copy-of-information = يجب على المستشفى أن يعطي أقرب الأقارب نسخة من المعلومات المكتوبة التي تُعطى للشخص عن حقوقه، إلا إذا طلب الشخص من المستشفى ألّا يفعل ذلك.
nearest-relative-county-court = إذا لم يكن هناك أقرب أقارب، أو كان أقرب الأقارب غير مناسب، يمكن للشخص نفسه، أو لقريب آخر، أو لشخص يعيش معه، أو لأخصائي AMHP أن يطلب من محكمة المقاطعة (county court) تعيين شخص آخر ليتصرف بصفة أقرب الأقارب.

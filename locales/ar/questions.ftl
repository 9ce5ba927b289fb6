# SPDX-License-Identifier: MIT OR Apache-2.0

### The questions, one per page. For each question:
### question-<slug>-heading (the question), -hint (under it), -error (when
### nothing is chosen), -summary (short label on the check-answers page);
### and option-<slug>-<value> for each answer, with an optional .hint.

## Shared by every question page

continue-button = متابعة
back-link = رجوع
# Between the answers and "I don't know", as in GOV.UK forms.
or-divider = أو
error-summary-title = توجد مشكلة
# The page title when the page shows an error.
page-title-error = خطأ: { page-title }

## Who is asking

question-audience-heading = من أنت؟
question-audience-hint = سنستخدم هذا لنشرح الأمور بالطريقة المناسبة.
question-audience-error = يُرجى اختيار من أنت
question-audience-summary = من يسأل
option-audience-patient = أنا المريض أو المريضة
    .hint = أنت في المستشفى، أو قيل لك إن قانون الصحة النفسية (Mental Health Act) يُطبَّق عليك.
option-audience-carer = أنا مقدّم رعاية، أو قريب، أو صديق
    .hint = ويشمل ذلك أقرب الأقارب (nearest relative). سؤالك يتعلق بشخص آخر.
option-audience-staff = أعمل في جناح أو في خدمة للصحة النفسية
    .hint = للتحقق ممن يجب إخبارهم عن المناصرين.

## Where the hospital is

question-jurisdiction-heading =
    { $audience ->
        [carer] هل مستشفى هذا الشخص في إنجلترا أم في ويلز؟
        [staff] هل مستشفى المريض في إنجلترا أم في ويلز؟
       *[patient] هل مستشفاك في إنجلترا أم في ويلز؟
    }
question-jurisdiction-hint = القانون مختلف في ويلز. السؤال عن مكان المستشفى، وليس عن مكان سكن أي شخص. في حالة أمر العلاج المجتمعي (CTO)، المقصود هو المستشفى المسؤول عن الأمر. وفي حالة الوصاية (guardianship)، المقصود هو المجلس المحلي (council).
question-jurisdiction-error = يُرجى اختيار إنجلترا أو ويلز أو «لا أعرف»
question-jurisdiction-summary = مكان المستشفى
option-jurisdiction-england = إنجلترا
option-jurisdiction-wales = ويلز
option-jurisdiction-unknown = لا أعرف

## The broad situation

question-setting-heading =
    { $audience ->
        [carer] أيٌّ من هذه ينطبق على هذا الشخص؟
        [staff] أيٌّ من هذه ينطبق على المريض؟
       *[patient] أيٌّ من هذه ينطبق عليك؟
    }
question-setting-hint = يُرجى اختيار الخيار الأنسب. في حال عدم التأكد، يُرجى اختيار «لا أعرف» وسنساعدك.
question-setting-error = يُرجى اختيار الوضع الأنسب، أو «لا أعرف»
question-setting-summary = الوضع
option-setting-detained =
    { $audience ->
        [carer] تم احتجازه في المستشفى بموجب مادة من مواد قانون الصحة النفسية (Mental Health Act)
        [staff] محتجز بموجب مادة من مواد قانون الصحة النفسية (Mental Health Act)
       *[patient] تم احتجازي في المستشفى بموجب مادة من مواد قانون الصحة النفسية (Mental Health Act)
    }
    .hint = يُسمّى هذا أحيانًا «الاحتجاز بموجب مادة» (being sectioned).
option-setting-detained-on-leave =
    { $audience ->
        [carer] هو محتجز بموجب مادة، لكنه في إجازة من المستشفى (إجازة بموجب المادة 17، section 17 leave)
        [staff] محتجز، في إجازة غياب بموجب المادة 17 (section 17 leave)
       *[patient] أنا محتجز بموجب مادة، لكنني في إجازة من المستشفى (إجازة بموجب المادة 17، section 17 leave)
    }
    .hint = مسموح بالبقاء خارج المستشفى لفترة، في المنزل مثلًا. لم تنتهِ المادة.
option-setting-cto =
    { $audience ->
        [carer] يُطبَّق عليه أمر العلاج المجتمعي (CTO)
        [staff] مشمول بأمر العلاج المجتمعي (CTO)
       *[patient] يُطبَّق عليّ أمر العلاج المجتمعي (CTO)
    }
    .hint = العيش خارج المستشفى، مع شروط يجب اتباعها.
option-setting-cto-recalled =
    { $audience ->
        [carer] يُطبَّق عليه أمر العلاج المجتمعي (CTO) وتم استدعاؤه إلى المستشفى
        [staff] مشمول بأمر CTO وتم استدعاؤه إلى المستشفى
       *[patient] يُطبَّق عليّ أمر العلاج المجتمعي (CTO) وتم استدعائي إلى المستشفى
    }
    .hint = يُسمّى هذا الاستدعاء (recall). ويستمر حتى 72 ساعة.
option-setting-guardianship =
    { $audience ->
        [carer] لديه وصيّ بموجب قانون الصحة النفسية (Mental Health Act)
        [staff] تحت الوصاية (guardianship)
       *[patient] لديّ وصيّ بموجب قانون الصحة النفسية (Mental Health Act)
    }
    .hint = يمكن للوصيّ، وغالبًا ما يكون المجلس المحلي، أن يقرر بعض الأمور، مثل مكان السكن.
option-setting-conditional-discharge =
    { $audience ->
        [carer] سُمح له بمغادرة المستشفى بشروط وضعتها محكمة الصحة النفسية (Tribunal) أو الحكومة
        [staff] مريض خاضع لقيود (restricted patient) في خروج مشروط (conditional discharge)
       *[patient] سُمح لي بمغادرة المستشفى بشروط وضعتها محكمة الصحة النفسية (Tribunal) أو الحكومة
    }
    .hint = يُسمّى هذا الخروج المشروط (conditional discharge). ويأتي بعد أمر من المحكمة مع قيود.
option-setting-informal-inpatient =
    { $audience ->
        [carer] هو في المستشفى بسبب صحته النفسية، لكن ليس بموجب مادة
        [staff] مريض مقيم غير رسمي (طوعي)، يخضع للتقييم أو العلاج بسبب اضطراب نفسي
       *[patient] أنا في المستشفى بسبب صحتي النفسية، لكن ليس بموجب مادة
    }
    .hint = يُسمّى أحيانًا المريض الطوعي أو غير الرسمي. ولا يشمل ذلك الإقامة في مستشفى عام بسبب مرض جسدي فقط.
option-setting-none =
    { $audience ->
        [carer] ليس في المستشفى، ولا يُطبَّق عليه قانون الصحة النفسية (Mental Health Act)
        [staff] ليس في المستشفى، ولا يُطبَّق عليه قانون الصحة النفسية (Mental Health Act)
       *[patient] لست في المستشفى، ولا يُطبَّق عليّ قانون الصحة النفسية (Mental Health Act)
    }
option-setting-unknown = لا أعرف

## Which section

question-section-heading =
    { $audience ->
        [carer] ما المادة المطبَّقة على هذا الشخص؟
        [staff] ما المادة المطبَّقة على المريض؟
       *[patient] ما المادة المطبَّقة عليك؟
    }
question-section-hint = المادة مكتوبة في أوراق المادة (section papers)، وفي نشرة الحقوق التي يقدّمها المستشفى. في حال عدم العثور عليها، يُرجى اختيار «لا أعرف».
question-section-error = يُرجى اختيار المادة، أو «لا أعرف»
question-section-summary = المادة
option-section-section-2 = المادة 2
    .hint = لتقييم حالة شخص ما، لمدة تصل إلى 28 يومًا.
option-section-section-3 = المادة 3
    .hint = للعلاج، لمدة تصل إلى 6 أشهر في البداية.
option-section-section-4 = المادة 4
    .hint = حالة طارئة، مع طبيب واحد، لمدة تصل إلى 72 ساعة.
option-section-section-5-2 = المادة 5(2)
    .hint = منع طبيبٌ شخصًا من مغادرة الجناح، لمدة تصل إلى 72 ساعة.
option-section-section-5-4 = المادة 5(4)
    .hint = منع أحد طاقم التمريض شخصًا من مغادرة الجناح، لمدة تصل إلى 6 ساعات.
option-section-section-135 = المادة 135
    .hint = جاءت الشرطة بأمر قضائي (warrant) وأخذت شخصًا إلى مكان آمن (place of safety).
option-section-section-136 = المادة 136
    .hint = أخذت الشرطة شخصًا من مكان عام إلى مكان آمن (place of safety).
option-section-section-35 = المادة 35
    .hint = أرسلت محكمةٌ شخصًا إلى المستشفى لإعداد تقرير.
option-section-section-36 = المادة 36
    .hint = أرسلت محكمةٌ شخصًا إلى المستشفى للعلاج قبل انتهاء محاكمته.
option-section-section-37 = المادة 37
    .hint = أصدرت محكمةٌ أمر إيداع في المستشفى (hospital order).
option-section-section-37-41 = المادة 37 مع المادة 41
    .hint = أصدرت محكمةٌ أمر إيداع في المستشفى (hospital order) مع قيود.
option-section-section-38 = المادة 38
    .hint = أصدرت محكمةٌ أمر إيداع مؤقتًا في المستشفى (interim hospital order).
option-section-section-45a = المادة 45A
    .hint = أصدرت محكمةٌ حكمًا بالسجن مع توجيه بالإيداع في المستشفى (hospital direction).
option-section-section-47 = المادة 47
    .hint = نُقل من السجن إلى المستشفى بعد صدور الحكم عليه.
option-section-section-47-49 = المادة 47 مع المادة 49
    .hint = نُقل من السجن إلى المستشفى بعد صدور الحكم عليه، مع قيود.
option-section-section-48 = المادة 48
    .hint = نُقل من السجن أو من احتجاز الهجرة إلى المستشفى قبل صدور الحكم عليه.
option-section-section-48-49 = المادة 48 مع المادة 49
    .hint = نُقل إلى المستشفى قبل صدور الحكم عليه، مع قيود.
option-section-unknown = لا أعرف المادة

## Help to find the section

question-what-happened-heading =
    { $audience ->
        [carer] أيٌّ من هذه أقرب إلى ما حدث لهذا الشخص؟
        [staff] أيٌّ من هذه أقرب إلى ما حدث للمريض؟
       *[patient] أيٌّ من هذه أقرب إلى ما حدث لك؟
    }
question-what-happened-hint = تُستخدم كل مادة من مواد قانون الصحة النفسية (Mental Health Act) في وضع مختلف. وهذا يساعدنا على معرفة المادة المحتملة.
question-what-happened-error = يُرجى اختيار الأقرب، أو «ما زلت لا أعرف بالضبط»
question-what-happened-summary = ماذا حدث
question-what-happened-papers-heading = كيف تبدو أوراق المادة
question-what-happened-papers =
    { $audience ->
        [carer] يجب على المستشفى أن يعطي الشخص استمارات تُسمّى أوراق المادة (section papers)، ونشرة عن حقوقه. عنوان النشرة يذكر المادة، مثل «المادة 2 من قانون الصحة النفسية لعام 1983 (Mental Health Act 1983)». يمكن للشخص نفسه، أو لطاقم الجناح، أن يُطلعك عليها.
        [staff] أوراق المادة (section papers) ونشرة الحقوق المقدَّمة للمريض تذكر اسم المادة. يُرجى مراجعة أوراق المريض أو مكتب قانون الصحة النفسية (Mental Health Act) في الجناح.
       *[patient] يجب على المستشفى أن يعطيك استمارات تُسمّى أوراق المادة (section papers)، ونشرة عن حقوقك. عنوان النشرة يذكر المادة الخاصة بك، مثل «المادة 2 من قانون الصحة النفسية لعام 1983 (Mental Health Act 1983)». ويمكن لطاقم الجناح أن يُطلعك عليها إذا طلبت ذلك.
    }
option-what-happened-police-public-place =
    { $audience ->
        [carer] أخذته الشرطة من مكان عام إلى مكان آمن
        [staff] أخذته الشرطة من مكان عام إلى مكان آمن
       *[patient] أخذتك الشرطة من مكان عام إلى مكان آمن
    }
    .hint = مثل مستشفى أو مركز شرطة. وهذه عادةً المادة 136.
option-what-happened-police-warrant-home =
    { $audience ->
        [carer] جاءت الشرطة إلى منزله بأمر قضائي (warrant) وأخذته إلى مكان آمن
        [staff] جاءت الشرطة إلى منزله بأمر قضائي (warrant) وأخذته إلى مكان آمن
       *[patient] جاءت الشرطة إلى منزلك بأمر قضائي (warrant) وأخذتك إلى مكان آمن
    }
    .hint = وهذه عادةً المادة 135.
option-what-happened-nurse-stopped-leaving =
    { $audience ->
        [carer] منعه أحد طاقم التمريض من مغادرة الجناح لبضع ساعات
        [staff] منعه أحد طاقم التمريض من مغادرة الجناح لبضع ساعات
       *[patient] منعك أحد طاقم التمريض من مغادرة الجناح لبضع ساعات
    }
    .hint = وهذه عادةً المادة 5(4). وتستمر حتى 6 ساعات.
option-what-happened-doctor-stopped-leaving =
    { $audience ->
        [carer] منعه طبيب من مغادرة الجناح لمدة تصل إلى 3 أيام
        [staff] منعه طبيب من مغادرة الجناح لمدة تصل إلى 3 أيام
       *[patient] منعك طبيب من مغادرة الجناح لمدة تصل إلى 3 أيام
    }
    .hint = وهذه عادةً المادة 5(2). وتستمر حتى 72 ساعة.
option-what-happened-kept-more-than-3-days =
    { $audience ->
        [carer] تم احتجازه في المستشفى بموجب مادة لأكثر من 3 أيام
        [staff] تم احتجازه في المستشفى بموجب مادة لأكثر من 3 أيام
       *[patient] تم احتجازك في المستشفى بموجب مادة لأكثر من 3 أيام
    }
    .hint = جميع مواد الطوارئ القصيرة تنتهي خلال 3 أيام.
option-what-happened-court-sent =
    { $audience ->
        [carer] أرسلته محكمة إلى المستشفى
        [staff] أرسلته محكمة إلى المستشفى
       *[patient] أرسلتك محكمة إلى المستشفى
    }
option-what-happened-moved-from-prison =
    { $audience ->
        [carer] تم نقله إلى المستشفى من السجن
        [staff] تم نقله إلى المستشفى من السجن
       *[patient] تم نقلك إلى المستشفى من السجن
    }
option-what-happened-rules-outside-hospital =
    { $audience ->
        [carer] مكان سكنه خارج المستشفى، لكن يجب عليه اتباع قواعد، ويمكن استدعاؤه إلى المستشفى
        [staff] مكان سكنه خارج المستشفى، لكن يجب عليه اتباع قواعد، ويمكن استدعاؤه إلى المستشفى
       *[patient] مكان سكنك خارج المستشفى، لكن يجب عليك اتباع قواعد، ويمكن استدعاؤك إلى المستشفى
    }
    .hint = وهذا عادةً أمر العلاج المجتمعي (CTO).
option-what-happened-guardian =
    { $audience ->
        [carer] وصيٌّ، وغالبًا ما يكون المجلس المحلي، يقرر مكان سكنه
        [staff] وصيٌّ، وغالبًا ما يكون المجلس المحلي، يقرر مكان سكنه
       *[patient] وصيٌّ، وغالبًا ما يكون المجلس المحلي، يقرر مكان سكنك
    }
    .hint = وهذه هي الوصاية (guardianship).
option-what-happened-free-to-leave =
    { $audience ->
        [carer] هو في المستشفى، وله حرية المغادرة
        [staff] هو في المستشفى، وله حرية المغادرة
       *[patient] أنت في المستشفى، ولك حرية المغادرة
    }
    .hint = هذا هو وضع المريض الطوعي أو غير الرسمي.
option-what-happened-not-in-hospital =
    { $audience ->
        [carer] ليس في المستشفى، ولا ينطبق عليه أيٌّ من هذه
        [staff] ليس في المستشفى، ولا ينطبق عليه أيٌّ من هذه
       *[patient] لست في المستشفى، ولا ينطبق عليك أيٌّ من هذه
    }
option-what-happened-still-not-sure = ما زلت لا أعرف بالضبط

## Leave

question-on-leave-heading =
    { $audience ->
        [carer] هل هذا الشخص في إجازة من المستشفى حاليًا؟
        [staff] هل المريض في إجازة بموجب المادة 17 (section 17 leave)؟
       *[patient] هل أنت في إجازة من المستشفى حاليًا؟
    }
question-on-leave-hint = هذه هي الإجازة بموجب المادة 17 (section 17 leave): وقت خارج الجناح وافق عليه الطبيب. الإجازة لا تغيّر الحق في الحصول على مناصر.
question-on-leave-error = يُرجى اختيار نعم أو لا أو «لا أعرف»
question-on-leave-summary = في إجازة
option-on-leave-true = نعم
option-on-leave-false = لا
option-on-leave-unknown = لا أعرف

## Treatment being discussed

question-treatment-discussed-heading =
    { $audience ->
        [carer] هل تحدّث طبيب مع هذا الشخص عن أيٍّ من هذه العلاجات؟
        [staff] هل يناقش طبيب أو معالج معتمد (approved clinician) مع المريض أيًّا من هذه العلاجات؟
       *[patient] هل تحدّث معك طبيب عن أيٍّ من هذه العلاجات؟
    }
question-treatment-discussed-hint = بعض العلاجات تعطي الحق في الحصول على مناصر، حتى للأشخاص غير المحتجزين بموجب مادة.
question-treatment-discussed-error = يُرجى اختيار علاج، أو «لا شيء من هذه»، أو «لا أعرف»
question-treatment-discussed-summary = العلاج الذي تمت مناقشته
option-treatment-discussed-section-57 = جراحة في الدماغ لعلاج مشكلة في الصحة النفسية، أو زرعة هرمونية لتقليل الرغبة الجنسية
    .hint = هذه العلاجات نادرة جدًا.
option-treatment-discussed-section-58a = العلاج بالصدمات الكهربائية (ECT)
    .hint = علاج يُمرَّر فيه تيار كهربائي صغير عبر الدماغ، تحت التخدير.
option-treatment-discussed-none = لا شيء من هذه
option-treatment-discussed-unknown = لا أعرف

## Age

question-under-18-heading =
    { $audience ->
        [carer] هل عمر هذا الشخص أقل من 18 عامًا؟
        [staff] هل عمر المريض أقل من 18 عامًا؟
       *[patient] هل عمرك أقل من 18 عامًا؟
    }
question-under-18-hint = بالنسبة للعلاج بالصدمات الكهربائية (ECT)، القواعد مختلفة للأشخاص الذين تقل أعمارهم عن 18 عامًا.
question-under-18-error = يُرجى اختيار نعم أو لا أو «لا أعرف»
question-under-18-summary = أقل من 18 عامًا
option-under-18-true = نعم
option-under-18-false = لا
option-under-18-unknown = لا أعرف

## Check your answers

check-heading = مراجعة إجاباتك
check-intro = يمكنك تغيير أي إجابة قبل رؤية النتيجة.
check-change = تغيير
# After "Change", read by screen readers only, e.g. "Change Section".
check-change-context = { $question }
check-continue = عرض النتيجة
# Under an answer to "what happened": the section that answer stands for,
# e.g. "That means: Section 136".
check-inferred-section = أي: { $section }

## Notices

notice-saved-answers-unreadable = تعذّرت علينا قراءة إجاباتك المحفوظة، لذلك بدأنا من جديد.
notice-link-unreadable = تعذّرت قراءة بعض الإجابات الموجودة في الرابط. يُرجى الإجابة عن هذا السؤال.

## A page that does not exist

not-found-heading = الصفحة غير موجودة
not-found-body = قد يكون الرابط خاطئًا أو قديمًا.
not-found-start = الذهاب إلى البداية

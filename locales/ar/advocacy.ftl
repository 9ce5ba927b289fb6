# SPDX-License-Identifier: MIT OR Apache-2.0

### What an independent mental health advocate (IMHA) does and cannot do,
### and what staff must do to tell patients about IMHAs.
### Every message receives $audience: "patient", "carer" or "staff".

## What an IMHA can do

advocate-heading =
    { $audience ->
        [carer] ما الذي يمكن لمناصر IMHA فعله لهذا الشخص
        [staff] ما الذي يمكن لمناصر IMHA فعله للمريض
       *[patient] ما الذي يمكن لمناصر IMHA فعله لك
    }
advocate-intro =
    { $audience ->
        [carer] مناصر IMHA هو مناصر مدرَّب ومستقل عن المستشفى. ومساعدته مجانية. ما يقوله له الشخص الذي تسأل عنه يبقى سرًّا، لكن قد يحتاج مناصر IMHA إلى مشاركته مع غيره إذا كان أحد معرَّضًا لخطر جسيم.
        [staff] مناصر IMHA هو مناصر مدرَّب ومستقل عن المستشفى. ومساعدته مجانية وسرية (confidential)، لكن قد يحتاج إلى مشاركة المعلومات إذا كان أحد معرَّضًا لخطر جسيم.
       *[patient] مناصر IMHA هو مناصر مدرَّب ومستقل عن المستشفى. ومساعدته مجانية. حديثك معه يبقى سرًّا، لكن قد يحتاج إلى مشاركة ما قلته مع غيره إذا كان أحد معرَّضًا لخطر جسيم.
    }
advocate-understand-rights =
    { $audience ->
        [carer] يمكنه مساعدة الشخص الذي تسأل عنه على فهم المادة المطبَّقة عليه، وأي شروط أو قيود مفروضة عليه، وحقوقه.
        [staff] يمكنه مساعدة المريض على فهم القانون الخاضع له، وأي شروط أو قيود مفروضة عليه، وحقوقه.
       *[patient] يمكنه مساعدتك على فهم المادة المطبَّقة عليك، وأي شروط أو قيود مفروضة عليك، وحقوقك.
    }
advocate-understand-treatment =
    { $audience ->
        [carer] يمكنه مساعدة الشخص الذي تسأل عنه على معرفة معلومات عن علاجه: ما هو، ولماذا يُعطى له، وأي قانون يسمح به، وما القواعد التي تحميه.
        [staff] يمكنه مساعدة المريض على معرفة معلومات عن علاجه: ما الذي يُعطى له أو يُقترح أو تتم مناقشته، ولماذا، وبموجب أي صلاحية قانونية، والضمانات (safeguards) التي تنطبق.
       *[patient] يمكنه مساعدتك على معرفة معلومات عن علاجك: ما هو، ولماذا يُعطى لك، وأي قانون يسمح به، وما القواعد التي تحميك.
    }
advocate-use-rights =
    { $audience ->
        [carer] يمكنه مساعدة الشخص الذي تسأل عنه على استخدام حقوقه، مثل التقدم بطلب إلى محكمة الصحة النفسية (Tribunal، وهي هيئة مستقلة يمكنها إنهاء المادة المطبَّقة عليه).
        [staff] يمكنه مساعدة المريض على ممارسة حقوقه، مثل التقدم بطلب إلى محكمة الصحة النفسية (Tribunal).
       *[patient] يمكنه مساعدتك على استخدام حقوقك، مثل التقدم بطلب إلى محكمة الصحة النفسية (Tribunal، وهي هيئة مستقلة يمكنها إنهاء المادة المطبَّقة عليك).
    }
advocate-speak-for-you =
    { $audience ->
        [carer] يمكنه التحدث نيابةً عن الشخص الذي تسأل عنه، أو دعمه في التحدث عن نفسه، مثلًا في الاجتماعات مع الطاقم.
        [staff] يمكنه تمثيل المريض والتحدث نيابةً عنه، مثلًا في الاجتماعات مع الطاقم.
       *[patient] يمكنه التحدث نيابةً عنك، أو دعمك في التحدث عن نفسك، مثلًا في الاجتماعات مع الطاقم.
    }
advocate-take-part-in-decisions =
    { $audience ->
        [carer] يمكنه مساعدة الشخص الذي تسأل عنه على المشاركة في القرارات المتعلقة برعايته وعلاجه، بما في ذلك التحدث نيابةً عنه.
        [staff] يمكنه مساعدة المريض على المشاركة في القرارات المتعلقة برعايته وعلاجه، بما في ذلك تمثيله.
       *[patient] يمكنه مساعدتك على المشاركة في القرارات المتعلقة برعايتك وعلاجك، بما في ذلك التحدث نيابةً عنك.
    }
advocate-complain =
    { $audience ->
        [carer] يمكنه مساعدة الشخص الذي تسأل عنه على تقديم شكوى بشأن رعايته أو علاجه.
        [staff] يمكنه مساعدة المريض على تقديم شكوى بشأن رعايته أو علاجه، بما في ذلك تمثيله.
       *[patient] يمكنه مساعدتك على تقديم شكوى بشأن رعايتك أو علاجك.
    }
advocate-other-services =
    { $audience ->
        [carer] يمكنه إخبار الشخص الذي تسأل عنه عن الخدمات الأخرى التي يمكن أن تساعده.
        [staff] يمكنه إعطاء المريض معلومات عن الخدمات الأخرى المتاحة له أو التي قد تكون متاحة له.
       *[patient] يمكنه إخبارك عن الخدمات الأخرى التي يمكن أن تساعدك.
    }
advocate-meet-in-private =
    { $audience ->
        [carer] يمكنه مقابلة الشخص الذي تسأل عنه على انفراد. ويمكنه أيضًا التحدث مع المختصين الذين يعالجونه.
        [staff] يمكنه زيارة المريض ومقابلته على انفراد، ومقابلة المختصين المشاركين في علاجه.
       *[patient] يمكنه مقابلتك على انفراد. ويمكنه أيضًا التحدث مع المختصين الذين يعالجونك.
    }
# The IMHA can see records of detention, treatment and after-care, and
# council records, with the patient's consent; if the patient lacks capacity,
# only relevant records, and not against a decision of an attorney, deputy or
# the Court of Protection.
advocate-see-records =
    { $audience ->
        [carer] يمكنه الاطلاع على سجلات الشخص الذي تسأل عنه لدى المستشفى أو المجلس المحلي، إذا وافق الشخص. وإذا لم يكن الشخص قادرًا على اتخاذ هذا القرار، فإن الشخص الذي يحتفظ بالسجلات هو الذي يقرر: السجلات ذات الصلة فقط، وفقط إذا كان ذلك مناسبًا، وليس خلافًا لقرار شخص لديه صلاحية قانونية لاتخاذ القرار نيابةً عنه.
        [staff] يمكنه الاطلاع على سجلات المريض لدى المستشفى والمجلس المحلي بموافقة المريض. وإذا كان المريض يفتقر إلى الأهلية (capacity)، فإن حائز السجلات (record holder) يقرر ما إذا كانت السجلات ذات صلة بالمساعدة التي يقدمها مناصر IMHA وما إذا كان الاطلاع عليها مناسبًا، ويجب ألا يتعارض الاطلاع مع قرار وكيل مفوَّض (donee)، أو نائب معيَّن (deputy)، أو Court of Protection (محكمة الحماية).
       *[patient] يمكنه الاطلاع على سجلاتك لدى المستشفى أو المجلس المحلي، إذا وافقت. وإذا لم تكن لديك القدرة على اتخاذ هذا القرار، فإن الشخص الذي يحتفظ بالسجلات هو الذي يقرر: السجلات ذات الصلة فقط، وفقط إذا كان ذلك مناسبًا، وليس خلافًا لقرار شخص لديه صلاحية قانونية لاتخاذ القرار نيابةً عنك.
    }
# An approved mental health professional (AMHP) is a trained professional,
# often a social worker, with duties under the Mental Health Act.
advocate-visit-requests =
    { $audience ->
        [carer] يمكن لأقرب الأقارب (nearest relative)، أو للمعالج المسؤول (responsible clinician)، أو لأخصائي صحة نفسية معتمد (approved mental health professional أو AMHP) أن يطلب من مناصر IMHA زيارة الشخص الذي تسأل عنه. ولا يزال بإمكان الشخص رفض مساعدة مناصر IMHA.
        [staff] يمكن لأقرب الأقارب (nearest relative)، أو للمعالج المسؤول (responsible clinician)، أو لأخصائي صحة نفسية معتمد (approved mental health professional أو AMHP) أن يطلب من مناصر IMHA زيارة المريض. ولا يزال بإمكان المريض رفض مساعدة مناصر IMHA.
       *[patient] يمكن لأقرب أقاربك (nearest relative)، أو للمعالج المسؤول عنك (responsible clinician)، أو لأخصائي صحة نفسية معتمد (approved mental health professional أو AMHP) أن يطلب من مناصر IMHA زيارتك. ولا يزال بإمكانك رفض مساعدة مناصر IMHA.
    }

advocate-visit-requests-wales-compulsory =
    { $audience ->
        [carer] يمكن لأيٍّ من الأشخاص التالين أن يطلب من مناصر IMHA زيارة الشخص الذي تسأل عنه: الشخص نفسه، أو أقرب أقاربه (nearest relative)، أو المعالج المسؤول عنه (responsible clinician)، أو أخصائي صحة نفسية معتمد (approved mental health professional أو AMHP)، أو أخصائي اجتماعي (social worker)، أو مديرو المستشفى (hospital managers)، أو شخص لديه صلاحية قانونية لاتخاذ القرار نيابةً عنه. ولا يزال بإمكان الشخص رفض مساعدة مناصر IMHA.
        [staff] يمكن لأيٍّ من الأشخاص التالين أن يطلب من مناصر IMHA زيارة المريض: المريض نفسه، أو أقرب أقاربه (nearest relative)، أو المعالج المسؤول (responsible clinician)، أو أخصائي AMHP، أو أخصائي اجتماعي (social worker) معنيّ بالمريض، أو مديرو المستشفى (hospital managers)، أو الوكيل المفوَّض (donee) أو النائب المعيَّن (deputy) عن المريض. ولا يزال بإمكان المريض رفض مساعدة مناصر IMHA.
       *[patient] يمكن لأيٍّ من الأشخاص التالين أن يطلب من مناصر IMHA زيارتك: أنت، أو أقرب أقاربك (nearest relative)، أو المعالج المسؤول عنك (responsible clinician)، أو أخصائي صحة نفسية معتمد (approved mental health professional أو AMHP)، أو أخصائي اجتماعي (social worker)، أو مديرو المستشفى (hospital managers)، أو شخص لديه صلاحية قانونية لاتخاذ القرار نيابةً عنك. ولا يزال بإمكانك رفض مساعدة مناصر IMHA.
    }
advocate-visit-requests-wales-informal =
    { $audience ->
        [carer] يمكن لأيٍّ من الأشخاص التالين أن يطلب من مناصر IMHA زيارة الشخص الذي تسأل عنه: الشخص نفسه، أو مقدّم الرعاية له (carer)، أو أخصائي اجتماعي (social worker)، أو مديرو المستشفى (hospital managers)، أو شخص لديه صلاحية قانونية لاتخاذ القرار نيابةً عنه. ولا يزال بإمكان الشخص رفض مساعدة مناصر IMHA.
        [staff] يمكن لأيٍّ من الأشخاص التالين أن يطلب من مناصر IMHA زيارة المريض: المريض نفسه، أو مقدّم الرعاية له (carer)، أو أخصائي اجتماعي (social worker) معنيّ بالمريض، أو مديرو المستشفى (hospital managers)، أو الوكيل المفوَّض (donee) أو النائب المعيَّن (deputy) عن المريض. ولا يزال بإمكان المريض رفض مساعدة مناصر IMHA.
       *[patient] يمكن لأيٍّ من الأشخاص التالين أن يطلب من مناصر IMHA زيارتك: أنت، أو مقدّم الرعاية لك (carer)، أو أخصائي اجتماعي (social worker)، أو مديرو المستشفى (hospital managers)، أو شخص لديه صلاحية قانونية لاتخاذ القرار نيابةً عنك. ولا يزال بإمكانك رفض مساعدة مناصر IMHA.
    }
# "nominated person": rendered "الشخص المُسمّى (nominated person)". Draft term for review:
# a new legal term of the Mental Health Act 2025 for the person the patient
# chooses to replace the nearest relative.
advocate-visit-requests-nominated-person =
    { $audience ->
        [carer] يمكن للشخص المُسمّى (nominated person)، أو للمعالج المسؤول (responsible clinician)، أو لأخصائي صحة نفسية معتمد (approved mental health professional أو AMHP) أن يطلب من مناصر IMHA زيارة الشخص الذي تسأل عنه. ولا يزال بإمكان الشخص رفض مساعدة مناصر IMHA.
        [staff] يمكن للشخص المُسمّى (nominated person)، أو للمعالج المسؤول (responsible clinician)، أو لأخصائي AMHP أن يطلب من مناصر IMHA زيارة المريض. ولا يزال بإمكان المريض رفض مساعدة مناصر IMHA.
       *[patient] يمكن للشخص المُسمّى الخاص بك (nominated person)، أو للمعالج المسؤول عنك (responsible clinician)، أو لأخصائي صحة نفسية معتمد (approved mental health professional أو AMHP) أن يطلب من مناصر IMHA زيارتك. ولا يزال بإمكانك رفض مساعدة مناصر IMHA.
    }
advocate-visit-requests-wales-compulsory-nominated-person =
    { $audience ->
        [carer] يمكن لأيٍّ من الأشخاص التالين أن يطلب من مناصر IMHA زيارة الشخص الذي تسأل عنه: الشخص نفسه، أو الشخص المُسمّى الخاص به (nominated person)، أو المعالج المسؤول عنه (responsible clinician)، أو أخصائي صحة نفسية معتمد (approved mental health professional أو AMHP)، أو أخصائي اجتماعي (social worker)، أو مديرو المستشفى (hospital managers)، أو شخص لديه صلاحية قانونية لاتخاذ القرار نيابةً عنه. ولا يزال بإمكان الشخص رفض مساعدة مناصر IMHA.
        [staff] يمكن لأيٍّ من الأشخاص التالين أن يطلب من مناصر IMHA زيارة المريض: المريض نفسه، أو الشخص المُسمّى الخاص به (nominated person)، أو المعالج المسؤول (responsible clinician)، أو أخصائي AMHP، أو أخصائي اجتماعي (social worker) معنيّ بالمريض، أو مديرو المستشفى (hospital managers)، أو الوكيل المفوَّض (donee) أو النائب المعيَّن (deputy) عن المريض. ولا يزال بإمكان المريض رفض مساعدة مناصر IMHA.
       *[patient] يمكن لأيٍّ من الأشخاص التالين أن يطلب من مناصر IMHA زيارتك: أنت، أو الشخص المُسمّى الخاص بك (nominated person)، أو المعالج المسؤول عنك (responsible clinician)، أو أخصائي صحة نفسية معتمد (approved mental health professional أو AMHP)، أو أخصائي اجتماعي (social worker)، أو مديرو المستشفى (hospital managers)، أو شخص لديه صلاحية قانونية لاتخاذ القرار نيابةً عنك. ولا يزال بإمكانك رفض مساعدة مناصر IMHA.
    }

## What an IMHA cannot do

advocate-limits-heading = ما لا يمكن لمناصر IMHA فعله
advocate-not-a-lawyer =
    { $audience ->
        [carer] مناصر IMHA ليس محاميًا (solicitor). ويمكنه مساعدة الشخص الذي تسأل عنه على إيجاد محامٍ لقضية محكمة الصحة النفسية (Tribunal).
        [staff] مناصر IMHA ليس محاميًا (solicitor)، ولا يحل محل المحامي أمام محكمة الصحة النفسية (Tribunal). ويمكنه مساعدة المريض على إيجاد محامٍ.
       *[patient] مناصر IMHA ليس محاميًا (solicitor). ويمكنه مساعدتك على إيجاد محامٍ لقضية محكمة الصحة النفسية (Tribunal).
    }
advocate-no-decisions =
    { $audience ->
        [carer] لا يمكن لمناصر IMHA اتخاذ قرارات نيابةً عن الشخص الذي تسأل عنه، ولا أن يقول للطاقم ما يجب فعله. فهو يساعد على ضمان الاستماع إلى آراء الشخص.
        [staff] لا يمكن لمناصر IMHA اتخاذ قرارات نيابةً عن المريض، ولا أن يقول للطاقم ما يجب فعله. فهو يساعد على ضمان الاستماع إلى آراء المريض.
       *[patient] لا يمكن لمناصر IMHA اتخاذ قرارات نيابةً عنك، ولا أن يقول للطاقم ما يجب فعله. فهو يساعد على ضمان الاستماع إلى آرائك.
    }
advocate-can-say-no =
    { $audience ->
        [carer] يمكن للشخص الذي تسأل عنه رفض مناصر IMHA. ويمكنه تغيير رأيه لاحقًا.
        [staff] يمكن للمريض رفض مساعدة مناصر IMHA، ويمكنه تغيير رأيه لاحقًا.
       *[patient] يمكنك رفض مناصر IMHA. ويمكنك تغيير رأيك لاحقًا.
    }
advocate-not-imca = مناصر IMHA يختلف عن المناصر المستقل للأهلية العقلية (Independent Mental Capacity Advocate أو IMCA). يساعد مناصر IMCA الأشخاص غير القادرين على اتخاذ قرار، والذين ليس لديهم أحد آخر يساعدهم. ويمكن للشخص الحصول على الاثنين معًا.

## What staff must do (shown to staff only)

duty-heading = ما يجب على الطاقم فعله
duty-intro = ينص القانون على أن الشخص المسؤول يجب أن يتخذ الخطوات الممكنة عمليًا لضمان أن يفهم المريض المساعدة التي يمكن أن يقدمها مناصر IMHA، وكيفية الحصول عليها.
duty-who-hospital-managers = من المسؤول عن ذلك: مديرو المستشفى (hospital managers). وفي الواقع، عادةً ما يقوم طاقم الجناح بذلك نيابةً عنهم.
duty-who-responsible-clinician = من المسؤول عن ذلك: المعالج المسؤول عن المريض (responsible clinician)، لأن المريض حصل على خروج مشروط (conditional discharge).
duty-who-local-authority = من المسؤول عن ذلك: سلطة الخدمات الاجتماعية المحلية المسؤولة (responsible local social services authority)، أي المجلس المحلي المسؤول عن الوصاية.
duty-who-responsible-hospital = من المسؤول عن ذلك: مديرو المستشفى المسؤول (responsible hospital)، أي المستشفى المسؤول عن أمر CTO الخاص بالمريض.
duty-who-doctor-discussing-treatment = من المسؤول عن ذلك: الطبيب أو المعالج المعتمد (approved clinician) الذي يناقش العلاج مع المريض.
# In Wales, an informal in-patient qualifies when they become an in-patient.
duty-as-soon-as-practicable = متى: في أقرب وقت ممكن عمليًا بعد أن يصبح المريض مؤهلًا. أي عند احتجازه، أو عند إخضاعه لأمر CTO، أو عند وضعه تحت الوصاية، أو عند مناقشة العلاج. وبالنسبة للمريض المقيم غير الرسمي في ويلز، يكون ذلك عندما يصبح مريضًا مقيمًا في المستشفى.
duty-orally-and-in-writing = كيف: إخبار المريض شفهيًا وكتابيًا معًا.
duty-copy-to-nearest-relative = ما لم يطلب المريض عدم القيام بذلك، يجب إعطاء نسخة من المعلومات المكتوبة للشخص الذي يبدو أنه أقرب أقاربه (nearest relative)، متى كان ذلك ممكنًا عمليًا. ويتم ذلك عند إخبار المريض، أو خلال وقت معقول بعده. ولا ينطبق هذا على المرضى الخاضعين لمواد المحاكم أو السجون.
duty-copy-to-nominated-person = ما لم يطلب المريض عدم القيام بذلك، يجب إعطاء نسخة من المعلومات المكتوبة للشخص الذي يبدو أنه الشخص المُسمّى الخاص به (nominated person). ويتم ذلك عند إخبار المريض، أو خلال وقت معقول بعده.
# Wales, informal patients: section 130L(6) lists who gets the copy.
duty-copy-to-informal-patients-people = ما لم يطلب المريض عدم القيام بذلك، يجب إعطاء نسخة من المعلومات المكتوبة للأشخاص الذين تذكرهم المادة 130L(6). ويجب الرجوع إلى نص المادة لمعرفة من هم.
duty-repeat-at-key-moments = يجب تكرار المعلومات في المراحل المهمة: عند الدخول إلى المستشفى، وعند تغيّر المادة، وقبل جولات الأطباء في الجناح (ward rounds)، ومراجعات الأدوية، وتجديد المادة، وجلسات محكمة الصحة النفسية (Tribunal).
duty-check-understanding = يجب التأكد من أن المريض قد فهم. وإذا كانت حالته الصحية لا تسمح له باستيعاب المعلومات، يجب المحاولة مرة أخرى لاحقًا. ويمكن الاستعانة بمترجم فوري (interpreter) أو بمعلومات سهلة القراءة (easy read) عند الحاجة.
duty-help-to-contact = يجب مساعدة المريض على التواصل مع خدمة IMHA، مثلًا بإعطائه هاتفًا يمكنه استخدامه على انفراد. ويجب تسجيل ما تم فعله.

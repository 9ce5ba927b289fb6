# SPDX-License-Identifier: MIT OR Apache-2.0

### Asking for an advocate: a short message to the local IMHA service,
### always composed in English for the service (the request-line-*
### messages) and shown in the reader's language beside it to check.
### Every message receives $audience: "patient", "carer" or "staff".

# On the result page, under "What to do now": opens the request page.
request-link = كتابة رسالة لطلب مناصر
request-heading = طلب مناصر
request-intro =
    { $audience ->
        [carer] املأ ما تستطيع. سنكتب رسالة قصيرة باللغة الإنجليزية لخدمة IMHA، ونعرضها بلغتك أيضًا، حتى تتمكن من التحقق منها. لا يُرسَل أي شيء ولا يُحفَظ إلا إذا أرسلته أنت من هاتفك.
        [staff] املأ ما يوافق عليه المريض. سنكتب رسالة قصيرة باللغة الإنجليزية لخدمة IMHA. لا يُرسَل أي شيء ولا يُحفَظ إلا إذا أرسلته أنت.
       *[patient] املأ ما تريد. سنكتب رسالة قصيرة باللغة الإنجليزية لخدمة IMHA، ونعرضها بلغتك أيضًا، حتى تتمكن من التحقق منها. لا يُرسَل أي شيء ولا يُحفَظ إلا إذا أرسلته أنت من هاتفك.
    }
request-name-label =
    { $audience ->
        [carer] اسم الشخص الذي يحتاج إلى مناصر
        [staff] اسم المريض
       *[patient] اسمك
    }
request-place-label =
    { $audience ->
        [carer] أين يوجد
        [staff] الجناح والمستشفى
       *[patient] أين أنت
    }
    .hint = مثلًا، الجناح والمستشفى، أو البلدة أو المدينة
request-contact-label =
    { $audience ->
        [carer] اسمك، ورقم هاتف يمكن للخدمة الاتصال بك عليه
        [staff] اسمك، ووظيفتك، ورقم هاتف الجناح
       *[patient] رقم هاتف يمكن للخدمة الاتصال بك عليه، إن كان لديك رقم
    }
request-language-label =
    { $audience ->
        [patient] اللغة التي تتحدثها
       *[other] اللغة التي يتحدثها
    }
# Last in the list of languages; shows a box to type the language in.
request-language-other = لغة أخرى
request-other-language-label = ما هي اللغة؟
request-interpreter-legend =
    { $audience ->
        [patient] هل تحتاج إلى مترجم فوري (interpreter)؟
       *[other] هل يحتاج إلى مترجم فوري (interpreter)؟
    }
request-yes = نعم
request-no = لا
request-english-heading = الرسالة، باللغة الإنجليزية
request-translation-heading = ما تقوله الرسالة، بلغتك
request-not-saved = هذه الرسالة غير محفوظة. عندما تغادر هذه الصفحة، ستختفي.
# The provider’s name is shown above these links.
request-send-text = إرسالها كرسالة نصية
request-send-email = إرسالها بالبريد الإلكتروني
request-or-call = أو اتصل على:
# With no local IMHA service configured: the card is for a nurse or ward staff.
request-no-provider =
    { $audience ->
        [carer] اعرض هذه الرسالة على طاقم الجناح أو على فريق الرعاية الخاص بالشخص الذي تسأل عنه. يجب عليهم مساعدته على التواصل مع خدمة IMHA.
        [staff] أوصل هذه الرسالة إلى خدمة IMHA المحلية.
       *[patient] اعرض هذه الرسالة على أحد أفراد طاقم التمريض أو طاقم الجناح. يجب عليهم مساعدتك على التواصل مع خدمة IMHA.
    }
# Shows the message in large type, filling the screen, to hand to a nurse.
request-show-card = عرض الرسالة بملء الشاشة
request-card-close = إغلاق

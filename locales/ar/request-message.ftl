# SPDX-License-Identifier: MIT OR Apache-2.0

### The message asking for an advocate: compiled into the app in English,
### because it is always sent in English, whatever language the page is in.

## The message itself. $value is what the person typed or chose.

request-email-subject = طلب مناصر مستقل للصحة النفسية (IMHA)
request-line-hello =
    { $audience ->
        [carer] مرحبًا. أطلب مناصرًا مستقلًا للصحة النفسية (IMHA) لشخص يهمّني أمره.
        [staff] مرحبًا. أنا أحد أفراد الطاقم، وأطلب مناصرًا مستقلًا للصحة النفسية (IMHA) لمريض.
       *[patient] مرحبًا. أودّ الحصول على مناصر مستقل للصحة النفسية (IMHA).
    }
request-line-name = الاسم: { $value }
request-line-place = المكان: { $value }
request-line-status = المادة أو الوضع: { $value }
request-line-language = اللغة: { $value }
request-line-contact = التواصل: { $value }
# $needed is "yes" or "no".
request-line-interpreter =
    { $needed ->
        [yes] هناك حاجة إلى مترجم فوري.
       *[no] لا حاجة إلى مترجم فوري.
    }
request-line-thanks = شكرًا لكم.
# The statuses that are not a section, as the service would name them.
request-status =
    { $status ->
        [detained-longer-term] محتجز بموجب مادة (غير معروف أيّ مادة)
        [detained-section-not-known] محتجز بموجب مادة (غير معروف أيّ مادة)
        [cto] أمر العلاج المجتمعي (CTO)
        [cto-recalled] أمر العلاج المجتمعي (CTO)، مع الاستدعاء إلى المستشفى
        [guardianship] الوصاية
        [conditional-discharge] خروج مشروط
        [informal-inpatient] مريض طوعي (غير رسمي)
        [none] غير محتجز
       *[unknown] غير معروف
    }

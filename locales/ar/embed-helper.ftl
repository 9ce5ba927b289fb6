# SPDX-License-Identifier: MIT OR Apache-2.0

### The staff page's embed helper: for a trust's web team, the code that
### puts this service on the trust's website.

embed-heading = إضافة هذه الخدمة إلى الموقع الإلكتروني لمؤسستك الصحية (NHS trust)
embed-intro = لفريق الموقع الإلكتروني لديكم. اختر الجناح واللغة وطريقة تضمين الخدمة، ثم انسخ الشيفرة البرمجية إلى صفحة في الموقع الإلكتروني لمؤسستك. تعمل الشيفرة على الموقع الإلكتروني الذي جاءت منه هذه الصفحة.
embed-provider-label = خدمة IMHA (الجناح)
# The last choice: no provider named in the code, so the settings file's default is used.
embed-provider-default = الخدمة المعتادة لهذا الموقع
# When the trust has set no IMHA services in providers.json.
embed-no-providers = لم تُضَف بعدُ أي خدمات IMHA لهذا الموقع، لذلك ستطلب الخدمة من الناس أن يسألوا طاقم الجناح. يمكن لفريق الموقع الإلكتروني لديكم إضافتها في الملف providers.json.
embed-language-label = اللغة
# The first choice: no language in the code.
embed-language-browser = لغة القارئ نفسه، كما يحددها متصفحه
embed-how-label = طريقة التضمين
embed-how-script = سكربت وعنصر HTML (الطريقة الموصى بها)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-script-hint = تظهر الخدمة داخل صفحتك. يجب أن تسمح سياسة أمان المحتوى (Content Security Policy) في صفحتك بما يلي: { $policy }.
embed-how-iframe = إطار (iframe)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-iframe-hint = تظهر الخدمة داخل إطار يتمدد ليتسع لها. يجب أن تسمح سياسة أمان المحتوى (Content Security Policy) في صفحتك بما يلي: { $policy }. وفي ملف التنسيق (stylesheet)، اجعل عرض الإطار كاملًا ومن دون حدود.
embed-code-label = الشيفرة المطلوب نسخها
embed-copy = نسخ الشيفرة
embed-copied = تم النسخ. الصقها في صفحتك حيث يجب أن تظهر الخدمة.
embed-copy-failed = لم يسمح متصفحك لهذه الصفحة بالنسخ. حدّد الشيفرة وانسخها بنفسك.
# The frame's name for screen readers, in the code the web team copies.
embed-frame-title = اعرف إن كان بإمكانك الحصول على مناصر مستقل للصحة النفسية

# SPDX-License-Identifier: MIT OR Apache-2.0

### The accessibility statement (#/accessibility) and the privacy page
### (#/privacy), linked from every page's footer.
###
### The accessibility statement follows the model statement for public
### sector websites under the Public Sector Bodies (Websites and Mobile
### Applications) (No. 2) Accessibility Regulations 2018, and GOV.UK's
### sample statement: keep its headings recognisable, and the names of the
### regulations, the bodies and the standard as official names (the
### English in brackets after a translation is fine). "We" is the
### organisation that runs the service. $trust is that organisation's
### name, from its configuration; the "-no-trust" messages are used when
### no organisation is configured. Dates are YYYY-MM-DD.

## On both pages: who runs the service, and how to reach them

statement-run-by = تدير هذه الخدمة { $trust }.
statement-run-by-no-trust = تدير هذه الخدمة هيئة الخدمات الصحية الوطنية (NHS trust) أو الجهة الأخرى التي أعطتك رابطها.
# With no organisation configured, in place of its contact details.
statement-contact-ask = اسأل طاقم الجناح، أو الجهة التي أعطتك رابط هذه الخدمة، عن طريقة التواصل معها.
# Label before the address of a contact form or web page.
statement-contact-online = عبر الإنترنت

## The accessibility statement

# "service-name" is the service's name, as in the page header.
accessibility-heading = بيان إمكانية الوصول لخدمة «{ service-name }»
accessibility-scope = ينطبق بيان إمكانية الوصول هذا على هذه الخدمة، التي تخبر الأشخاص الخاضعين لقانون الصحة النفسية لعام 1983 (Mental Health Act 1983) ومقدّمي الرعاية لهم وطاقم الجناح بما إذا كان بإمكانهم الحصول على مناصر مستقل للصحة النفسية (IMHA)، وبحقوقهم، بكل اللغات التي تقدّمها.
accessibility-able-intro = نريد أن يتمكن أكبر عدد ممكن من الناس من استخدام هذه الخدمة. وهذا يعني مثلًا أنه يجب أن تستطيع:
accessibility-able-keyboard = الإجابة عن الأسئلة وقراءة نتيجتك باستخدام لوحة المفاتيح فقط
# $count is how many languages the service offers besides English (Easy
# Read English counts as one).
accessibility-able-languages = قراءتها بـ{ $count ->
        [zero] { $count } لغات
        [one] لغة واحدة
        [two] لغتين
        [few] { $count } لغات
        [many] { $count } لغة
       *[other] { $count } لغة
    } غير الإنجليزية، منها الويلزية والإنجليزية السهلة القراءة (Easy Read)، مع عرض العربية والأردية من اليمين إلى اليسار
accessibility-able-read-aloud = الاستماع إلى الأسئلة والنتائج بصوت عالٍ، إذا كان في هاتفك أو حاسوبك صوت للغتك
accessibility-able-print = طباعة نتيجتك
accessibility-abilitynet = لدى منظمة AbilityNet نصائح لجعل جهازك أسهل في الاستخدام إذا كانت لديك إعاقة.
accessibility-abilitynet-link = AbilityNet: My Computer My Way (بالإنجليزية)

accessibility-how-heading = مدى إمكانية الوصول إلى هذه الخدمة
accessibility-how-intro = نعلم أن بعض أجزاء هذه الخدمة ليست متاحة للجميع بالكامل:
accessibility-issue-draft-translations = لم يراجع مترجم مؤهل الترجمات ونسخة القراءة السهلة بعد، لذلك قد تكون بعض الجمل غير واضحة أو خاطئة (وكل ترجمة تذكر ذلك، مع رابط إلى النص الإنجليزي)
accessibility-issue-one-language = التفاصيل التي نقدّمها بلغة واحدة فقط، مثل ساعات عمل خدمة المناصرة، تظهر بتلك اللغة في الصفحات المكتوبة بلغات أخرى، وقد يقرؤها قارئ الشاشة بصوت خاطئ
accessibility-issue-easy-read-pictures = صور القراءة السهلة مأخوذة من مجموعة رموز عامة (OpenMoji)، وليست مجموعة مصمّمة للقراءة السهلة، ولم تُختبر مع أشخاص لديهم صعوبات في التعلّم
accessibility-issue-read-aloud = القراءة بصوت عالٍ لا تعمل إلا إذا كان في جهازك صوت للغة الصفحة، وبعض الأجهزة ليس فيها صوت لبعض هذه اللغات
accessibility-issue-bsl = لا توجد نسخة بلغة الإشارة البريطانية (BSL)
accessibility-issue-no-manual-checks = لم تُفحص الخدمة يدويًا بعد، مثلًا باستخدام قارئ شاشة أو من قِبل أشخاص ذوي إعاقة، لذلك قد توجد مشكلات لا نعرفها

accessibility-feedback-heading = الملاحظات ومعلومات التواصل
accessibility-feedback = إذا احتجت إلى معلومات هذه الخدمة بشكل آخر، مثل الطباعة بخط كبير أو تسجيل صوتي أو طريقة برايل، فتواصل معنا.

accessibility-reporting-heading = الإبلاغ عن مشكلات في إمكانية الوصول إلى هذه الخدمة
accessibility-reporting = نسعى دائمًا إلى تحسين إمكانية الوصول إلى هذه الخدمة. إذا وجدت أي مشكلة غير مذكورة في هذه الصفحة، أو رأيت أننا لا نلتزم بمتطلبات إمكانية الوصول، فتواصل معنا.

accessibility-enforcement-heading = إجراءات التنفيذ
accessibility-enforcement = لجنة المساواة وحقوق الإنسان (Equality and Human Rights Commission, EHRC) هي المسؤولة عن تطبيق لوائح إمكانية الوصول إلى مواقع الجهات العامة وتطبيقاتها (the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018، «لوائح إمكانية الوصول»). إذا لم تكن راضيًا عن طريقة ردّنا على شكواك، فتواصل مع خدمة المشورة والدعم في مجال المساواة (Equality Advisory and Support Service, EASS).
accessibility-enforcement-eass-link = خدمة المشورة والدعم في مجال المساواة (EASS)
accessibility-enforcement-northern-ireland = إذا كنت في أيرلندا الشمالية ولم تكن راضيًا عن طريقة ردّنا على شكواك، يمكنك التواصل مع لجنة المساواة في أيرلندا الشمالية (Equality Commission for Northern Ireland, ECNI)، وهي المسؤولة عن تطبيق لوائح إمكانية الوصول في أيرلندا الشمالية.
accessibility-enforcement-ecni-link = لجنة المساواة في أيرلندا الشمالية (ECNI)

accessibility-technical-heading = معلومات تقنية عن إمكانية الوصول إلى هذه الخدمة
accessibility-technical = نلتزم بجعل هذه الخدمة متاحة للجميع، وفقًا للوائح إمكانية الوصول (the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018).
accessibility-regulations-link = لوائح إمكانية الوصول على موقع legislation.gov.uk (بالإنجليزية)
accessibility-compliance-heading = حالة الامتثال
accessibility-compliance = تمتثل هذه الخدمة جزئيًا لمستوى AA من إرشادات إمكانية الوصول إلى محتوى الويب (WCAG) الإصدار 2.2، بسبب عدم الامتثال المذكور أدناه.
accessibility-wcag-link = إرشادات إمكانية الوصول إلى محتوى الويب (WCAG) 2.2
accessibility-non-accessible-heading = محتوى لا يمكن الوصول إليه
accessibility-non-accessible = المحتوى المذكور أدناه لا يمكن الوصول إليه للسبب التالي.
accessibility-non-compliance-heading = عدم الامتثال للوائح إمكانية الوصول
accessibility-non-compliance-language-of-parts = النص المأخوذ من إعدادات الجهة والمكتوب بلغة واحدة فقط، مثل ساعات عمل خدمة المناصرة، يظهر بتلك اللغة في الصفحات المكتوبة بلغات أخرى دون تحديد لغته. وهذا لا يفي بمعيار النجاح 3.1.2 من WCAG 2.2 (لغة الأجزاء). ويمكن تجنّب ذلك بتقديم هذا النص بكل لغات الخدمة.

accessibility-improving-heading = ما نفعله لتحسين إمكانية الوصول
accessibility-improving-intro = هذه الخدمة برنامج مفتوح المصدر. ويخطط مطوّروها لما يلي:
accessibility-improving-translations = أن يراجع مترجم مؤهل كل ترجمة، وأن يراجع كاتب متخصص في القراءة السهلة نسخة القراءة السهلة
accessibility-improving-manual-checks = اختبار الخدمة باستخدام قارئات الشاشة، ومع أشخاص ذوي إعاقة
accessibility-improving-language-of-parts = تحديد لغة النص المكتوب بلغة واحدة فقط
accessibility-improving-bsl = إضافة فيديو بلغة الإشارة البريطانية

accessibility-preparation-heading = إعداد بيان إمكانية الوصول هذا
accessibility-prepared = أُعدّ هذا البيان في { $prepared }. وروجع آخر مرة في { $reviewed }.
# $axe is the version of the axe-core checker, e.g. 4.14.1.
accessibility-tested = اختُبرت هذه الخدمة آخر مرة في { $date }. وأجرى الاختبار مطوّروها بفحوص آلية: فحصت أداة axe-core { $axe } الصفحات وفق معايير النجاح من المستويين A وAA في WCAG 2.2 التي تستطيع فحصها، في متصفح Chromium (كل الصفحات بالإنجليزية؛ والنتائج وطلب المناصر وصفحة المراجعة للمترجمين وهذا البيان وصفحة الخصوصية بكل اللغات)، وتحققت اختبارات أخرى من إمكانية الإجابة عن الأسئلة بلوحة المفاتيح وحدها ومن عرض الصفحات العربية والأردية من اليمين إلى اليسار.
accessibility-manual-none = لم تُجرَ أي فحوص يدوية بعد، مثل الاختبار باستخدام قارئ الشاشة.
accessibility-manual-intro = الفحوص اليدوية:
# One manual check: $date is its day, $check what was checked (one of
# the accessibility-manual-kind messages).
accessibility-manual-check = { $date }: { $check }
accessibility-manual-kind-keyboard = استخدام كل الصفحات بلوحة المفاتيح وحدها
accessibility-manual-kind-screen-reader = استخدام كل الصفحات بقارئ الشاشة
accessibility-manual-kind-zoom = استخدام كل الصفحات مكبّرة إلى 400%، وعلى شاشة عرضها 320 بكسل
accessibility-manual-kind-disabled-users = تجربة الخدمة من قِبل أشخاص ذوي إعاقة قد يستخدمونها

## The privacy page

privacy-heading = الخصوصية: ماذا يحدث لإجاباتك
privacy-intro = لا ترسل هذه الخدمة إجاباتك إلى أي مكان. فهي تبقى في متصفح الويب على هذا الهاتف أو الجهاز اللوحي أو الحاسوب، إلا إذا أرسلتها أنت بنفسك.

privacy-stored-heading = ما يُحفظ على هذا الجهاز
privacy-stored-intro = أثناء استخدامك للخدمة، يحفظ متصفحك هذه الأشياء في «تخزين الجلسة» (session storage)، وهو مخزن خاص بعلامة التبويب هذه في المتصفح. لكل منها اسم، يظهر أولًا:
# After the name of an item in session storage.
privacy-stored-answers = إجاباتك عن الأسئلة، حتى تبقى عند الرجوع أو التقدّم أو إعادة تحميل الصفحة
privacy-stored-language = اللغة التي اخترتها، حتى تظهر الصفحة التالية بها
privacy-stored-nothing-else = لا يُحفظ أي شيء آخر: لا ملفات تعريف ارتباط (cookies)، ولا شيء في التخزين الدائم للمتصفح.

privacy-how-long-heading = مدة الحفظ
privacy-how-long = يحذف متصفحك تخزين الجلسة عند إغلاق علامة التبويب أو المتصفح. وزر «{ clear-answers }»، في أسفل كل صفحة بعد أن تجيب عن سؤال، يحذف إجاباتك فورًا.
privacy-history = عنوان صفحة النتيجة يحتوي على إجاباتك بعد علامة #، لذلك يحتفظ بها سجلّ المتصفح إلى أن تحذفه. على هاتف أو حاسوب مشترك، استخدم نافذة خاصة، أو احذف السجلّ عند الانتهاء.

privacy-sent-heading = ما يُرسل، وإلى من
privacy-sent = لا ترسل هذه الخدمة أي شيء تختاره أو تكتبه إلى أي أحد. لا توجد ملفات تعريف ارتباط ولا تحليلات ولا إعلانات، ولا يُحمَّل أي شيء من أي موقع آخر.
privacy-files = يُنزّل متصفحك ملفات الخدمة نفسها من الموقع الذي جاءت منه: برمجة الصفحات وتنسيقها، والنصوص بلغتك، وقائمة خدمات المناصرة المحلية، وصور القراءة السهلة. إجاباتك ليست جزءًا من هذه الطلبات: فمتصفح الويب لا يرسل أبدًا الجزء الذي يأتي بعد علامة # في العنوان. وكأي موقع، قد يحتفظ خادم ذلك الموقع بسجلّ للطلبات، مثل عنوان الإنترنت لجهازك والوقت.
privacy-request = إذا طلبت مناصرًا، فإن رسالتك يرسلها تطبيق الرسائل النصية أو البريد الإلكتروني في هاتفك أنت، وفقط عندما ترسلها من هناك. وتصل إلى خدمة المناصرة عبر شركة الهاتف أو مزوّد البريد الإلكتروني الخاص بك، لا عبر هذه الخدمة.
privacy-read-aloud = لا تستخدم القراءة بصوت عالٍ إلا الأصوات التي تعمل على جهازك نفسه، لذلك لا تُرسَل كلمات الصفحة إلى أي مكان. وتقدّم بعض المتصفحات أيضًا أصواتًا تعمل عبر الإنترنت (مثل بعض الأصوات في Google Chrome على الحاسوب): لا تستخدمها الخدمة أبدًا، وإذا لم يكن في جهازك للغتك إلا هذه الأصوات، فلا يوجد زر «استمع إلى هذه الصفحة».
privacy-embedded = إذا كانت هذه الخدمة جزءًا من صفحة ويب لجهة أخرى، فإن بقية تلك الصفحة يشملها إشعار الخصوصية الخاص بتلك الجهة.

privacy-contact-heading = أسئلة عن معلوماتك
privacy-contact = للسؤال عن معلوماتك، أو عن طريقة استخدامنا لها، تواصل مع مسؤول حماية البيانات لدينا.
privacy-ico = إذا لم تكن راضيًا عن طريقة استخدام جهة ما لمعلوماتك، يمكنك تقديم شكوى إلى مكتب مفوّض المعلومات (Information Commissioner’s Office, ICO).
privacy-ico-link = تقديم شكوى إلى مكتب مفوّض المعلومات (ICO)

# SPDX-License-Identifier: MIT OR Apache-2.0

### The frame around every screen: title, header, footer and fallbacks.

# The name of the service, as in the page title and the header.
service-name = حقك في الحصول على مناصر
# The page title. $page is the heading of the screen.
page-title = { $page } – { service-name }
skip-link = الانتقال إلى المحتوى الرئيسي
footer-privacy = لا تخرج أي معلومات يتم إدخالها هنا من هذا الهاتف أو الحاسوب. لا توجد ملفات تعريف ارتباط (cookies).
# $date is the month the legal facts were last checked, e.g. 2026-11.
footer-law-as-at = القانون كما هو في { $date }.
# Footer links to the accessibility statement and the privacy page
# (their words are in statements.ftl).
accessibility-link = بيان إمكانية الوصول
privacy-link = الخصوصية

## Start page

start-heading = معرفة ما إذا كان يمكنك الحصول على مناصر مستقل للصحة النفسية
start-intro =
    { $audience ->
        [carer] المناصر المستقل للصحة النفسية (IMHA) يساعد الأشخاص الذين يُحتجزون في المستشفى أو يُعالَجون بموجب قانون الصحة النفسية (Mental Health Act) على فهم حقوقهم واستخدامها. من خلال الإجابة عن بعض الأسئلة، يمكنك معرفة إن كان بإمكان الشخص الذي تسأل عنه الحصول على مناصر.
        [staff] المناصر المستقل للصحة النفسية (IMHA) يساعد المرضى الخاضعين لقانون الصحة النفسية (Mental Health Act) على فهم حقوقهم واستخدامها. من خلال الإجابة عن بعض الأسئلة، يمكنك التحقق مما إذا كان بإمكان المريض الحصول على مناصر، وما الذي يجب إخباره به.
       *[patient] إذا تم احتجازك في المستشفى أو علاجك بموجب قانون الصحة النفسية (Mental Health Act)، فيمكن للمناصر المستقل للصحة النفسية (IMHA) أن يساعدك على فهم حقوقك واستخدامها. من خلال الإجابة عن بعض الأسئلة، يمكنك معرفة إن كان بإمكانك الحصول على مناصر.
    }
start-free = خدمات المناصرين مجانية، وهم لا يعملون لدى المستشفى.
start-time = يستغرق ذلك نحو دقيقتين.
start-button = البدء الآن

## When something goes wrong

fallback-heading = عذرًا، تعذّر عرض هذه الصفحة
fallback-advice = لا يزال بإمكانك الحصول على المساعدة. يمكنك طلب بيانات خدمة المناصرة المستقلة للصحة النفسية (IMHA) في منطقتك من طاقم الجناح. يجب عليهم مساعدتك على التواصل معها.

## Citations of several sections at once

# $sections is a list of section numbers, such as "23, 25, 66(1)(g)";
# $count is how many.
citation-sections = قانون الصحة النفسية لعام 1983 (Mental Health Act 1983)، { $count ->
        [zero] المواد
        [one] المادة
        [two] المادتان
        [few] المواد
        [many] المواد
       *[other] المواد
    } { $sections }
citation-sections-wales = قانون الصحة النفسية لعام 1983 (Mental Health Act 1983) بصيغته المعدَّلة بموجب Mental Health (Wales) Measure 2010، { $count ->
        [zero] المواد
        [one] المادة
        [two] المادتان
        [few] المواد
        [many] المواد
       *[other] المواد
    } { $sections }

citation-sections-2025 = قانون الصحة النفسية لعام 1983 (Mental Health Act 1983) بصيغته المعدَّلة بموجب قانون الصحة النفسية لعام 2025 (Mental Health Act 2025)، { $count ->
        [zero] المواد
        [one] المادة
        [two] المادتان
        [few] المواد
        [many] المواد
       *[other] المواد
    } { $sections }

## Where this information comes from: a page for reviewers

sources-link = مصدر هذه المعلومات
sources-heading = مصدر هذه المعلومات
sources-intro = كل ما تذكره هذه الخدمة عن القانون يستند إلى مادة من قانون الصحة النفسية لعام 1983 (Mental Health Act 1983) أو إلى مصدر رسمي آخر. وتعرض هذه القائمة كل مصدر، وكيف تم التحقق منه ومتى.
sources-unchecked = إذا لم يُتحقَّق من مصدر إلا بمقارنته بالملاحظات التفسيرية (explanatory notes) أو بنسخة لدى جهة أخرى، فيجب أن يتحقق منه محامٍ بمقارنته بنص القانون قبل الاعتماد عليه.
sources-column-source = المصدر
sources-column-how = كيف تم التحقق منه
sources-column-checked = تاريخ التحقق
source-how-primary-text = بالمقارنة بنص القانون
source-how-official-explanatory = بالمقارنة بالملاحظات التفسيرية الرسمية (explanatory notes)
source-how-secondary = بالمقارنة بمصدر ثانوي (secondary source)
source-document-code-of-practice = مدوّنة الممارسة (Code of Practice) الخاصة بقانون الصحة النفسية لعام 1983 (Mental Health Act 1983)، الفصل 6
source-document-commencement-2025 = قانون الصحة النفسية لعام 2025 (Mental Health Act 2025)، المادة 56 (موعد بدء التنفيذ)

## Languages

# Label for the list of languages, read by screen readers.
language-switcher-label = اختيار اللغة
# Shown at the top of every page when this translation has not yet been
# checked by a qualified translator. It is shown in this language and in
# English.
# One line, opening the full draft notice below it.
draft-notice-short = ترجمة أولية: لم تُراجَع بعد
draft-notice = لم يراجع مترجم مؤهل هذه الترجمة بعد. وقد تحتوي على أخطاء.
draft-notice-english-link = قراءة هذه الصفحة باللغة الإنجليزية
# When the chosen language could not be downloaded; the page is shown in English.
language-load-failed = عذرًا، تعذّر تحميل هذه اللغة، لذلك تُعرض الصفحة باللغة الإنجليزية.
words-loading = جارٍ التحميل…
words-load-failed-heading = عذرًا، تعذّر تحميل هذه الصفحة
words-load-failed-body = تأكد من أنك متصل بالإنترنت، ثم حاول مرة أخرى.
words-load-retry = حاول مرة أخرى
# When a link asks for a language this service does not have.
language-not-available = هذه الصفحة غير متوفرة باللغة التي طلبها الرابط، لذلك تُعرض بلغة أخرى.

## On every page: clearing the answers, and the link for staff

clear-answers = مسح إجاباتي
# Asked before the answers are cleared, with two buttons.
clear-confirm = هل تريد مسح كل إجاباتك؟ ستبدأ من جديد من السؤال الأول.
clear-confirm-yes = نعم، امسح إجاباتي
clear-confirm-no = لا، احتفظ بها
staff-link = لطاقم الجناح: إخبار المرضى عن مناصري IMHA

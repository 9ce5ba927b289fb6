# SPDX-License-Identifier: MIT OR Apache-2.0

## The review page (#/review?lang=<tag>): for qualified translators checking a
## translation. The words approved, status and comment stay in English: they
## are what the review sheet's columns and tools/review-import read.

review-link = مراجعة ترجمة (للمترجمين)
review-choose-heading = مراجعة ترجمة
review-heading = مراجعة الترجمة: { $language }
review-intro = للمترجمين المؤهلين: كل رسالة في الترجمة بجانب نصها الأصلي باللغة الإنجليزية، مجمّعة حسب الشاشة التي تظهر فيها. لكل صيغة من الرسالة (للشخص نفسه أو لمقدّم الرعاية أو للموظفين) سطر خاص بها.
review-how = نزّل ورقة المراجعة وافتحها في برنامج جداول بيانات. في كل سطر، اكتب approved في عمود status، أو صحّح الترجمة واشرح السبب في عمود comment. ثم أرسل الورقة إلى القائمين على هذه الخدمة.
review-termbase = الكلمات الواردة في قائمة المصطلحات القانونية المتفق عليها لهذه اللغة مظلّلة.
review-no-termbase = لا توجد بعد لهذه اللغة قائمة متفق عليها بالمصطلحات القانونية، لذلك لا توجد كلمات مظلّلة.
review-download = تنزيل ورقة المراجعة (CSV)
review-print = اطبع هذه الصفحة
review-column-message = الرسالة
review-missing = غير مترجمة

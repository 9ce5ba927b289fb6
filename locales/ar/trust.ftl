# SPDX-License-Identifier: MIT OR Apache-2.0

### What NHS trusts add: their local IMHA provider's contact details,
### ward posters with a QR code, and a page for staff.

## The local IMHA provider, as the trust configured it

# Before the provider's name.
provider-intro = خدمة IMHA في منطقتك هي:
provider-phone = الهاتف
provider-text = رسالة نصية
provider-email = البريد الإلكتروني
provider-hours = ساعات العمل
provider-referral = طلب مناصر عبر الإنترنت
provider-bsl = لغة الإشارة البريطانية (British Sign Language أو BSL)
# When the trust's settings could not be used; the page then shows contact-default.
provider-unavailable = تعذّر علينا عرض بيانات خدمة IMHA في منطقتك.

## Page for staff

staff-heading = إخبار المرضى عن المناصرين المستقلين للصحة النفسية
staff-intro = ينص القانون على وجوب مساعدة المرضى الذين يمكنهم الحصول على مناصر IMHA على فهم ما يمكن لمناصر IMHA فعله، وكيفية الحصول عليه. ويُسمّى هذا واجب الإبلاغ (duty to inform).
staff-who-heading = من يجب إخباره
staff-who = كل مريض يمكنه الحصول على مناصر IMHA. في إنجلترا: المرضى العرضة للاحتجاز قانونًا (liable to be detained) بموجب أي مادة باستثناء صلاحيات الإبقاء (holding powers، أي المواد 4 و5(2) و5(4)) والأماكن الآمنة (places of safety، أي المادتان 135 و136)، مثل المواد 2 و3 و35 إلى 38 و45A و47 و48، بما في ذلك أثناء الإجازة؛ والمرضى المشمولون بأمر العلاج المجتمعي (CTO)، أو الخاضعون للوصاية (guardianship)، أو الحاصلون على خروج مشروط (conditional discharge)؛ وأي شخص يناقش جراحة الدماغ لعلاج اضطراب نفسي، أو زرعة هرمونية لتقليل الرغبة الجنسية، أو (إذا كان عمره أقل من 18 عامًا) العلاج بالصدمات الكهربائية (ECT). في ويلز: الفئات نفسها، وأيضًا المرضى بموجب المواد 4 و5(2) و5(4)، وكل مريض مقيم غير رسمي يخضع للتقييم أو العلاج بسبب اضطراب نفسي. ولا تمنح الأماكن الآمنة هذا الحق في أيٍّ من البلدين.
staff-when-heading = متى يجب إخبارهم
staff-when-detention = في أقرب وقت ممكن عمليًا بعد أن يصبح بإمكانهم الحصول على مناصر IMHA: عند احتجازهم، أو إخضاعهم لأمر CTO، أو وضعهم تحت الوصاية، أو حصولهم على خروج مشروط (conditional discharge)، أو أثناء مناقشة علاج يمنح هذا الحق.
staff-when-change = عندما تتغير المادة المطبَّقة عليهم، مثلًا من المادة 2 إلى المادة 3.
staff-when-ward-rounds = قبل جولات الأطباء في الجناح (ward rounds) ومراجعات الرعاية (care reviews).
staff-when-tribunal = قبل جلسات محكمة الصحة النفسية (Tribunal) وجلسات مديري المستشفى (hospital managers)، وعند تجديد المادة.
staff-when-medication = قبل مراجعات الأدوية، وعندما يكون طبيب الرأي الثاني (SOAD) على وشك الزيارة.
staff-how-heading = كيف يتم إخبارهم
staff-how = يجب إخبارهم شفهيًا وإعطاؤهم المعلومات مكتوبة. ويجب التأكد من أنهم فهموا. وإذا كانت حالتهم الصحية لا تسمح بذلك، يجب المحاولة مرة أخرى لاحقًا. ويمكن الاستعانة بمترجم فوري (interpreter)، أو بمعلومات سهلة القراءة (Easy Read)، أو بلغة الإشارة البريطانية (British Sign Language) عند الحاجة.
staff-nearest-relative = ما لم يعترض المريض، يجب إرسال نسخة من المعلومات المكتوبة إلى أقرب أقاربه (nearest relative). وهذا ينطبق على المرضى المحتجزين والمرضى المجتمعيين والمرضى الخاضعين للوصاية، لكنه لا ينطبق على المرضى الخاضعين لمواد المحاكم أو السجون، ولا على المرضى المؤهلين فقط بسبب مناقشة علاج. وفي ويلز، تُرسل نسخة المريض غير الرسمي إلى الأشخاص الذين تذكرهم المادة 130L(6).
# "nominated person": rendered "الشخص المُسمّى (nominated person)". Draft term for review:
# a new legal term of the Mental Health Act 2025 for the person the patient
# chooses to replace the nearest relative.
staff-nominated-person = ما لم يعترض المريض، يجب إرسال نسخة من المعلومات المكتوبة إلى الشخص المُسمّى الخاص به (nominated person). ولا ينطبق هذا على المرضى المؤهلين فقط بسبب مناقشة علاج. وفي ويلز، تُرسل نسخة المريض غير الرسمي إلى الأشخاص الذين تذكرهم المادة 130L(6).
staff-referral-heading = كيفية الإحالة (referral)
staff-referral = يمكن للمرضى التواصل مع خدمة IMHA بأنفسهم. ويمكن للطاقم أيضًا إحالتهم، بموافقة المريض، أو عندما لا يكون المريض قادرًا على اتخاذ القرار وكان مناصر IMHA سيساعده. يجب إعطاء خدمة IMHA اسم المريض، والجناح، والمادة، وتاريخ أي جلسة استماع (hearing).
staff-cqc-heading = ما الذي تبحث عنه Care Quality Commission (هيئة جودة الرعاية)
staff-cqc = يتحقق المفتشون (inspectors) من أن المرضى أُخبروا عن مناصري IMHA عندما أصبحوا مؤهلين، ثم مرة أخرى لاحقًا، وأن ذلك تم تسجيله، وأن المرضى تمكنوا من الوصول إلى مناصر IMHA بسهولة، بما في ذلك عبر هاتف يمكن استخدامه على انفراد.
staff-print = طباعة قائمة التحقق هذه
# Links to the questions, to see what one patient can have.
staff-patient-link = تحقّق مما يمكن أن يحصل عليه مريض واحد: مناصر IMHA، وحقوقه، وواجباتك

## Ward posters

poster-link = إنشاء ملصق للجناح
poster-heading = إنشاء ملصق للجناح
poster-intro = إنشاء ملصق بحجم A4 عليه رمز QR يفتح هذه الخدمة باللغة المناسبة، مع بيانات خدمة IMHA في منطقتك.
poster-language-label = لغة الملصق
poster-provider-label = خدمة IMHA
# The last choice of IMHA service, when staff want another one or the trust has set none: they then type its name and phone.
poster-provider-none = لا شيء مما سبق: اكتب تفاصيل الخدمة أدناه
poster-name-label = اسم خدمة IMHA
poster-name-hint = كما يجب أن يظهر على الملصق. يُستخدم لهذا الملصق فقط ولا يُحفظ.
poster-phone-label = رقم هاتف خدمة IMHA
# A UK phone number example; keep the digits as they are.
poster-phone-hint = رقم في المملكة المتحدة، مثل ⁦0300 123 4567⁩. يُستخدم لهذا الملصق فقط ولا يُحفظ.
poster-phone-error = يُرجى إدخال رقم هاتف في المملكة المتحدة، مثل ⁦0300 123 4567⁩ أو ⁦+44 300 123 4567⁩
poster-url-label = العنوان الإلكتروني العام لهذه الخدمة
poster-url-hint = العنوان الذي سيفتحه الناس، ويبدأ بـ https://
poster-url-error = يُرجى إدخال عنوان إلكتروني يبدأ بـ https://
poster-make = إنشاء الملصق
poster-print = طباعة الملصق
# The poster itself, in the chosen language.
poster-title = هل أنت بحاجة إلى مساعدة لفهم حقوقك؟
poster-body = يمكن لمناصر مستقل للصحة النفسية مساعدتك. المساعدة مجانية. والمناصر لا يعمل لدى المستشفى.
poster-scan = يمكنك مسح رمز QR لمعرفة إن كان بإمكانك الحصول على مناصر.
poster-or-visit = أو زيارة الموقع:
poster-call = أو الاتصال على الرقم:
# For people who cannot scan the QR code.
poster-no-smartphone = ليس لديك هاتف ذكي؟ اطلب من أحد الممرضين مساعدتك في التواصل مع مناصر.
poster-qr-label = رمز QR يفتح الخدمة

# SPDX-License-Identifier: MIT OR Apache-2.0

### What NHS trusts add: their local IMHA provider's contact details,
### ward posters with a QR code, and a page for staff.

## The local IMHA provider, as the trust configured it

# Before the provider's name.
provider-intro = ਤੁਹਾਡੀ ਸਥਾਨਕ IMHA ਸੇਵਾ ਹੈ:
provider-phone = ਫ਼ੋਨ
provider-text = ਟੈਕਸਟ ਸੁਨੇਹਾ
provider-email = ਈਮੇਲ
provider-hours = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ
provider-referral = ਔਨਲਾਈਨ ਹਿਮਾਇਤੀ ਮੰਗੋ
provider-bsl = ਬ੍ਰਿਟਿਸ਼ ਸੈਨਤ ਭਾਸ਼ਾ (British Sign Language, BSL)
# When the trust's settings could not be used; the page then shows contact-default.
provider-unavailable = ਅਸੀਂ ਤੁਹਾਡੀ ਸਥਾਨਕ IMHA ਸੇਵਾ ਦੇ ਵੇਰਵੇ ਨਹੀਂ ਦਿਖਾ ਸਕੇ।

## Page for staff

staff-heading = ਮਰੀਜ਼ਾਂ ਨੂੰ ਸੁਤੰਤਰ ਮਾਨਸਿਕ ਸਿਹਤ ਹਿਮਾਇਤੀਆਂ ਬਾਰੇ ਦੱਸਣਾ
staff-intro = ਕਾਨੂੰਨ ਕਹਿੰਦਾ ਹੈ ਕਿ ਜਿਨ੍ਹਾਂ ਮਰੀਜ਼ਾਂ ਨੂੰ IMHA ਮਿਲ ਸਕਦਾ ਹੈ, ਉਨ੍ਹਾਂ ਨੂੰ ਇਹ ਸਮਝਣ ਵਿੱਚ ਮਦਦ ਦੇਣਾ ਲਾਜ਼ਮੀ ਹੈ ਕਿ IMHA ਕੀ ਕਰ ਸਕਦੇ ਹਨ ਅਤੇ IMHA ਕਿਵੇਂ ਮਿਲ ਸਕਦਾ ਹੈ। ਇਸ ਨੂੰ ਦੱਸਣ ਦਾ ਫ਼ਰਜ਼ (duty to inform) ਕਿਹਾ ਜਾਂਦਾ ਹੈ।
staff-who-heading = ਕਿਸ ਨੂੰ ਦੱਸਣਾ ਲਾਜ਼ਮੀ ਹੈ
staff-who = ਹਰ ਉਸ ਮਰੀਜ਼ ਨੂੰ ਜਿਸ ਨੂੰ IMHA ਮਿਲ ਸਕਦਾ ਹੈ। ਇੰਗਲੈਂਡ ਵਿੱਚ: ਰੋਕ ਕੇ ਰੱਖਣ ਦੀਆਂ ਤਾਕਤਾਂ (holding powers: ਸੈਕਸ਼ਨ 4, 5(2) ਅਤੇ 5(4)) ਅਤੇ ਸੁਰੱਖਿਅਤ ਥਾਵਾਂ (places of safety: ਸੈਕਸ਼ਨ 135 ਅਤੇ 136) ਤੋਂ ਇਲਾਵਾ ਕਿਸੇ ਵੀ ਸੈਕਸ਼ਨ ਅਧੀਨ ਰੋਕ ਕੇ ਰੱਖੇ ਜਾਣ ਦੇ ਘੇਰੇ ਵਿੱਚ ਆਉਂਦੇ ਮਰੀਜ਼ (liable to be detained), ਜਿਵੇਂ ਸੈਕਸ਼ਨ 2, 3, 35 ਤੋਂ 38, 45A, 47 ਅਤੇ 48, ਛੁੱਟੀ 'ਤੇ ਗਏ ਮਰੀਜ਼ਾਂ ਸਮੇਤ; ਕਮਿਊਨਿਟੀ ਟ੍ਰੀਟਮੈਂਟ ਆਰਡਰ (CTO) 'ਤੇ, ਸਰਪ੍ਰਸਤੀ (guardianship) ਅਧੀਨ, ਜਾਂ ਸ਼ਰਤਾਂ ਵਾਲੀ ਰਿਹਾਈ (conditional discharge) 'ਤੇ ਮਰੀਜ਼; ਅਤੇ ਹਰ ਉਹ ਵਿਅਕਤੀ ਜੋ ਮਾਨਸਿਕ ਰੋਗ ਲਈ ਦਿਮਾਗ਼ ਦੇ ਅਪ੍ਰੇਸ਼ਨ, ਜਿਨਸੀ ਇੱਛਾ ਘਟਾਉਣ ਲਈ ਹਾਰਮੋਨ ਇੰਪਲਾਂਟ, ਜਾਂ (18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਹੋਣ 'ਤੇ) ECT ਬਾਰੇ ਗੱਲਬਾਤ ਕਰ ਰਿਹਾ ਹੈ। ਵੇਲਜ਼ ਵਿੱਚ: ਇਹੀ ਸਾਰੇ, ਅਤੇ ਨਾਲ ਹੀ ਸੈਕਸ਼ਨ 4, 5(2) ਅਤੇ 5(4) ਅਧੀਨ ਮਰੀਜ਼, ਅਤੇ ਹਰ ਇਨਫ਼ਾਰਮਲ (ਆਪਣੀ ਮਰਜ਼ੀ ਨਾਲ ਦਾਖ਼ਲ) ਮਰੀਜ਼ ਜਿਸ ਦੀ ਮਾਨਸਿਕ ਰੋਗ ਲਈ ਜਾਂਚ (assessment) ਜਾਂ ਇਲਾਜ ਚੱਲ ਰਿਹਾ ਹੈ। ਸੁਰੱਖਿਅਤ ਥਾਵਾਂ (places of safety) ਦੋਵਾਂ ਵਿੱਚੋਂ ਕਿਸੇ ਵੀ ਦੇਸ਼ ਵਿੱਚ ਇਹ ਹੱਕ ਨਹੀਂ ਦਿੰਦੀਆਂ।
staff-when-heading = ਉਨ੍ਹਾਂ ਨੂੰ ਕਦੋਂ ਦੱਸਣਾ ਹੈ
staff-when-detention = ਜਦੋਂ ਉਨ੍ਹਾਂ ਨੂੰ IMHA ਮਿਲ ਸਕਦਾ ਹੋਵੇ, ਉਸ ਤੋਂ ਬਾਅਦ ਅਮਲੀ ਤੌਰ 'ਤੇ ਜਿੰਨੀ ਜਲਦੀ ਹੋ ਸਕੇ: ਯਾਨੀ ਜਦੋਂ ਉਨ੍ਹਾਂ ਨੂੰ ਰੋਕ ਕੇ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ, CTO 'ਤੇ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ, ਸਰਪ੍ਰਸਤੀ (guardianship) ਵਿੱਚ ਲਿਆ ਜਾਂਦਾ ਹੈ ਜਾਂ ਸ਼ਰਤਾਂ ਵਾਲੀ ਰਿਹਾਈ (conditional discharge) ਦਿੱਤੀ ਜਾਂਦੀ ਹੈ, ਜਾਂ ਜਦੋਂ ਕਿਸੇ ਅਜਿਹੇ ਇਲਾਜ ਬਾਰੇ ਗੱਲਬਾਤ ਚੱਲ ਰਹੀ ਹੋਵੇ ਜੋ ਇਹ ਹੱਕ ਦਿੰਦਾ ਹੈ।
staff-when-change = ਜਦੋਂ ਉਨ੍ਹਾਂ ਦਾ ਸੈਕਸ਼ਨ ਬਦਲਦਾ ਹੈ, ਜਿਵੇਂ ਸੈਕਸ਼ਨ 2 ਤੋਂ ਸੈਕਸ਼ਨ 3।
staff-when-ward-rounds = ਵਾਰਡ ਰਾਊਂਡਾਂ ਅਤੇ ਦੇਖਭਾਲ ਸਮੀਖਿਆਵਾਂ (care reviews) ਤੋਂ ਪਹਿਲਾਂ।
staff-when-tribunal = ਟ੍ਰਿਬਿਊਨਲ ਅਤੇ ਹਸਪਤਾਲ ਦੇ ਮੈਨੇਜਰਾਂ ਦੀਆਂ ਸੁਣਵਾਈਆਂ (hearings) ਤੋਂ ਪਹਿਲਾਂ, ਅਤੇ ਜਦੋਂ ਕੋਈ ਸੈਕਸ਼ਨ ਨਵਿਆਇਆ (renew) ਜਾਂਦਾ ਹੈ।
staff-when-medication = ਦਵਾਈ ਦੀ ਸਮੀਖਿਆ ਤੋਂ ਪਹਿਲਾਂ, ਅਤੇ ਜਦੋਂ ਦੂਜੀ ਰਾਏ ਦੇਣ ਵਾਲਾ ਡਾਕਟਰ (SOAD) ਮਿਲਣ ਆਉਣ ਵਾਲਾ ਹੋਵੇ।
staff-how-heading = ਉਨ੍ਹਾਂ ਨੂੰ ਕਿਵੇਂ ਦੱਸਣਾ ਹੈ
staff-how = ਉਨ੍ਹਾਂ ਨੂੰ ਮੂੰਹ-ਜ਼ਬਾਨੀ ਦੱਸੋ ਅਤੇ ਲਿਖਤੀ ਰੂਪ ਵਿੱਚ ਵੀ ਦਿਓ। ਜਾਂਚੋ ਕਿ ਉਨ੍ਹਾਂ ਨੇ ਸਮਝ ਲਿਆ ਹੈ। ਜੇ ਉਹ ਬਹੁਤ ਬਿਮਾਰ ਹਨ, ਤਾਂ ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਲੋੜ ਹੋਵੇ ਤਾਂ ਦੁਭਾਸ਼ੀਏ, ਆਸਾਨ ਪੜ੍ਹਨ ਵਾਲੀ (Easy Read) ਜਾਣਕਾਰੀ ਜਾਂ ਬ੍ਰਿਟਿਸ਼ ਸੈਨਤ ਭਾਸ਼ਾ (British Sign Language) ਦੀ ਵਰਤੋਂ ਕਰੋ।
staff-nearest-relative = ਜਦੋਂ ਤੱਕ ਮਰੀਜ਼ ਇਤਰਾਜ਼ ਨਾ ਕਰਨ, ਲਿਖਤੀ ਜਾਣਕਾਰੀ ਦੀ ਇੱਕ ਕਾਪੀ ਉਨ੍ਹਾਂ ਦੇ ਸਭ ਤੋਂ ਨੇੜਲੇ ਰਿਸ਼ਤੇਦਾਰ (nearest relative) ਨੂੰ ਭੇਜੋ। ਇਹ ਰੋਕ ਕੇ ਰੱਖੇ ਗਏ, ਕਮਿਊਨਿਟੀ ਅਤੇ ਸਰਪ੍ਰਸਤੀ ਵਾਲੇ ਮਰੀਜ਼ਾਂ ਲਈ ਹੈ, ਪਰ ਅਦਾਲਤ ਜਾਂ ਜੇਲ੍ਹ ਵਾਲੇ ਸੈਕਸ਼ਨਾਂ ਅਧੀਨ ਮਰੀਜ਼ਾਂ ਲਈ ਨਹੀਂ, ਅਤੇ ਨਾ ਹੀ ਉਨ੍ਹਾਂ ਮਰੀਜ਼ਾਂ ਲਈ ਜੋ ਸਿਰਫ਼ ਇਲਾਜ ਬਾਰੇ ਗੱਲਬਾਤ ਕਾਰਨ ਯੋਗ ਹਨ। ਵੇਲਜ਼ ਵਿੱਚ, ਇਨਫ਼ਾਰਮਲ ਮਰੀਜ਼ ਦੀ ਕਾਪੀ ਉਨ੍ਹਾਂ ਲੋਕਾਂ ਨੂੰ ਜਾਂਦੀ ਹੈ ਜਿਨ੍ਹਾਂ ਦਾ ਜ਼ਿਕਰ ਸੈਕਸ਼ਨ 130L(6) ਵਿੱਚ ਹੈ।
# "nominated person": draft term for review. Rendered as "ਨਾਮਜ਼ਦ ਵਿਅਕਤੀ"
# (literally "nominated person"), with the English term in brackets. It is the
# new legal term of the Mental Health Act 2025: a person the patient chooses to
# replace the nearest relative.
staff-nominated-person = ਜਦੋਂ ਤੱਕ ਮਰੀਜ਼ ਇਤਰਾਜ਼ ਨਾ ਕਰਨ, ਲਿਖਤੀ ਜਾਣਕਾਰੀ ਦੀ ਇੱਕ ਕਾਪੀ ਉਨ੍ਹਾਂ ਦੇ ਨਾਮਜ਼ਦ ਵਿਅਕਤੀ (nominated person) ਨੂੰ ਭੇਜੋ। ਇਹ ਉਨ੍ਹਾਂ ਮਰੀਜ਼ਾਂ ਲਈ ਨਹੀਂ ਹੈ ਜੋ ਸਿਰਫ਼ ਇਲਾਜ ਬਾਰੇ ਗੱਲਬਾਤ ਕਾਰਨ ਯੋਗ ਹਨ। ਵੇਲਜ਼ ਵਿੱਚ, ਇਨਫ਼ਾਰਮਲ ਮਰੀਜ਼ ਦੀ ਕਾਪੀ ਉਨ੍ਹਾਂ ਲੋਕਾਂ ਨੂੰ ਜਾਂਦੀ ਹੈ ਜਿਨ੍ਹਾਂ ਦਾ ਜ਼ਿਕਰ ਸੈਕਸ਼ਨ 130L(6) ਵਿੱਚ ਹੈ।
staff-referral-heading = ਰੈਫ਼ਰ (refer) ਕਿਵੇਂ ਕਰਨਾ ਹੈ
staff-referral = ਮਰੀਜ਼ ਖ਼ੁਦ IMHA ਸੇਵਾ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹਨ। ਸਟਾਫ਼ ਵੀ ਰੈਫ਼ਰ ਕਰ ਸਕਦਾ ਹੈ: ਮਰੀਜ਼ ਦੀ ਸਹਿਮਤੀ ਨਾਲ, ਜਾਂ ਜਦੋਂ ਮਰੀਜ਼ ਫ਼ੈਸਲਾ ਨਹੀਂ ਲੈ ਸਕਦੇ ਅਤੇ IMHA ਉਨ੍ਹਾਂ ਦੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ। IMHA ਸੇਵਾ ਨੂੰ ਮਰੀਜ਼ ਦਾ ਨਾਂ, ਵਾਰਡ, ਸੈਕਸ਼ਨ, ਅਤੇ ਜੇ ਕੋਈ ਸੁਣਵਾਈ ਹੈ ਤਾਂ ਉਸ ਦੀ ਤਰੀਕ ਦੱਸੋ।
staff-cqc-heading = Care Quality Commission (ਨਿਰੀਖਣ ਸੰਸਥਾ) ਕੀ ਦੇਖਦੀ ਹੈ
staff-cqc = ਨਿਰੀਖਕ ਜਾਂਚਦੇ ਹਨ ਕਿ ਕੀ ਮਰੀਜ਼ਾਂ ਨੂੰ ਯੋਗ ਹੋਣ ਵੇਲੇ ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ IMHA ਬਾਰੇ ਦੱਸਿਆ ਗਿਆ, ਕੀ ਇਸ ਦਾ ਰਿਕਾਰਡ ਰੱਖਿਆ ਗਿਆ, ਅਤੇ ਕੀ ਮਰੀਜ਼ ਆਸਾਨੀ ਨਾਲ IMHA ਤੱਕ ਪਹੁੰਚ ਸਕੇ, ਇਕੱਲਿਆਂ ਵਰਤਣ ਵਾਲੇ ਫ਼ੋਨ ਰਾਹੀਂ ਵੀ।
staff-print = ਇਹ ਚੈੱਕਲਿਸਟ ਪ੍ਰਿੰਟ ਕਰੋ
# Links to the questions, to see what one patient can have.
staff-patient-link = ਦੇਖੋ ਕਿ ਇੱਕ ਮਰੀਜ਼ ਨੂੰ ਕੀ ਮਿਲ ਸਕਦਾ ਹੈ: ਉਨ੍ਹਾਂ ਦਾ IMHA, ਉਨ੍ਹਾਂ ਦੇ ਹੱਕ ਅਤੇ ਤੁਹਾਡੇ ਫ਼ਰਜ਼

## Ward posters

poster-link = ਵਾਰਡ ਲਈ ਪੋਸਟਰ ਬਣਾਓ
poster-heading = ਵਾਰਡ ਲਈ ਪੋਸਟਰ ਬਣਾਓ
poster-intro = QR ਕੋਡ ਵਾਲਾ A4 ਪੋਸਟਰ ਬਣਾਓ। QR ਕੋਡ ਇਸ ਸੇਵਾ ਨੂੰ ਸਹੀ ਭਾਸ਼ਾ ਵਿੱਚ ਅਤੇ ਤੁਹਾਡੀ ਸਥਾਨਕ IMHA ਸੇਵਾ ਦੇ ਵੇਰਵਿਆਂ ਨਾਲ ਖੋਲ੍ਹੇਗਾ।
poster-language-label = ਪੋਸਟਰ ਦੀ ਭਾਸ਼ਾ
poster-provider-label = IMHA ਸੇਵਾ
# The last choice of IMHA service, when staff want another one or the trust has set none: they then type its name and phone.
poster-provider-none = ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਨਹੀਂ: ਹੇਠਾਂ ਸੇਵਾ ਦੇ ਵੇਰਵੇ ਲਿਖੋ
poster-name-label = IMHA ਸੇਵਾ ਦਾ ਨਾਮ
poster-name-hint = ਜਿਵੇਂ ਇਹ ਪੋਸਟਰ ਉੱਤੇ ਦਿਸਣਾ ਚਾਹੀਦਾ ਹੈ। ਇਹ ਸਿਰਫ਼ ਇਸ ਪੋਸਟਰ ਲਈ ਵਰਤਿਆ ਜਾਂਦਾ ਹੈ ਅਤੇ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾਂਦਾ।
poster-phone-label = IMHA ਸੇਵਾ ਦਾ ਫ਼ੋਨ ਨੰਬਰ
# A UK phone number example; keep the digits as they are.
poster-phone-hint = ਯੂਕੇ ਦਾ ਕੋਈ ਨੰਬਰ, ਜਿਵੇਂ 0300 123 4567। ਇਹ ਸਿਰਫ਼ ਇਸ ਪੋਸਟਰ ਲਈ ਵਰਤਿਆ ਜਾਂਦਾ ਹੈ ਅਤੇ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾਂਦਾ।
poster-phone-error = ਯੂਕੇ ਦਾ ਫ਼ੋਨ ਨੰਬਰ ਭਰੋ, ਜਿਵੇਂ 0300 123 4567 ਜਾਂ +44 300 123 4567
poster-url-label = ਇਸ ਸੇਵਾ ਦਾ ਜਨਤਕ ਵੈੱਬ ਪਤਾ
poster-url-hint = ਉਹ ਪਤਾ ਜੋ ਲੋਕ ਖੋਲ੍ਹਣਗੇ, ਜੋ https:// ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ
poster-url-error = ਅਜਿਹਾ ਵੈੱਬ ਪਤਾ ਭਰੋ ਜੋ https:// ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੋਵੇ
poster-make = ਪੋਸਟਰ ਬਣਾਓ
poster-print = ਪੋਸਟਰ ਪ੍ਰਿੰਟ ਕਰੋ
# The poster itself, in the chosen language.
poster-title = ਕੀ ਤੁਸੀਂ ਆਪਣੇ ਹੱਕ ਸਮਝਣ ਲਈ ਮਦਦ ਚਾਹੁੰਦੇ ਹੋ?
poster-body = ਸੁਤੰਤਰ ਮਾਨਸਿਕ ਸਿਹਤ ਹਿਮਾਇਤੀ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ। ਇਹ ਮੁਫ਼ਤ ਹੈ। ਉਹ ਹਸਪਤਾਲ ਲਈ ਕੰਮ ਨਹੀਂ ਕਰਦੇ।
poster-scan = ਇਹ ਪਤਾ ਕਰਨ ਲਈ QR ਕੋਡ ਸਕੈਨ ਕਰੋ ਕਿ ਕੀ ਤੁਹਾਨੂੰ ਹਿਮਾਇਤੀ ਮਿਲ ਸਕਦਾ ਹੈ।
poster-or-visit = ਜਾਂ ਇੱਥੇ ਜਾਓ:
poster-call = ਜਾਂ ਫ਼ੋਨ ਕਰੋ:
# For people who cannot scan the QR code.
poster-no-smartphone = ਸਮਾਰਟਫ਼ੋਨ ਨਹੀਂ ਹੈ? ਹਿਮਾਇਤੀ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਲਈ ਕਿਸੇ ਨਰਸ ਨੂੰ ਮਦਦ ਲਈ ਕਹੋ।
poster-qr-label = ਸੇਵਾ ਖੋਲ੍ਹਣ ਵਾਲਾ QR ਕੋਡ

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
provider-referral = ਔਨਲਾਈਨ ਐਡਵੋਕੇਟ ਮੰਗੋ
provider-bsl = ਬ੍ਰਿਟਿਸ਼ ਸੈਨਤ ਭਾਸ਼ਾ (British Sign Language, BSL)
# When the trust's settings could not be used; the page then shows contact-default.
provider-unavailable = ਅਸੀਂ ਤੁਹਾਡੀ ਸਥਾਨਕ IMHA ਸੇਵਾ ਦੇ ਵੇਰਵੇ ਨਹੀਂ ਦਿਖਾ ਸਕੇ।

## Page for staff

staff-link = ਵਾਰਡ ਦੇ ਸਟਾਫ਼ ਲਈ: ਮਰੀਜ਼ਾਂ ਨੂੰ IMHA ਬਾਰੇ ਦੱਸਣਾ
staff-heading = ਮਰੀਜ਼ਾਂ ਨੂੰ ਸੁਤੰਤਰ ਮਾਨਸਿਕ ਸਿਹਤ ਐਡਵੋਕੇਟਾਂ ਬਾਰੇ ਦੱਸਣਾ
staff-intro = ਕਾਨੂੰਨ ਕਹਿੰਦਾ ਹੈ ਕਿ ਜਿਨ੍ਹਾਂ ਮਰੀਜ਼ਾਂ ਨੂੰ IMHA ਮਿਲ ਸਕਦਾ ਹੈ, ਉਨ੍ਹਾਂ ਨੂੰ ਇਹ ਸਮਝਣ ਵਿੱਚ ਮਦਦ ਦੇਣਾ ਲਾਜ਼ਮੀ ਹੈ ਕਿ IMHA ਕੀ ਕਰ ਸਕਦੇ ਹਨ ਅਤੇ IMHA ਕਿਵੇਂ ਮਿਲ ਸਕਦਾ ਹੈ। ਇਸ ਨੂੰ ਦੱਸਣ ਦਾ ਫ਼ਰਜ਼ (duty to inform) ਕਿਹਾ ਜਾਂਦਾ ਹੈ।
staff-who-heading = ਕਿਸ ਨੂੰ ਦੱਸਣਾ ਲਾਜ਼ਮੀ ਹੈ
staff-who = ਹਰ ਉਸ ਮਰੀਜ਼ ਨੂੰ ਜਿਸ ਨੂੰ IMHA ਮਿਲ ਸਕਦਾ ਹੈ: ਜੋ ਲੰਮੇ ਸਮੇਂ ਵਾਲੇ ਸੈਕਸ਼ਨਾਂ ਅਧੀਨ ਰੋਕ ਕੇ ਰੱਖੇ ਗਏ ਹਨ, ਕਮਿਊਨਿਟੀ ਟ੍ਰੀਟਮੈਂਟ ਆਰਡਰ (CTO) 'ਤੇ ਹਨ, ਸਰਪ੍ਰਸਤੀ (guardianship) ਅਧੀਨ ਹਨ, ਜਾਂ ਸ਼ਰਤਾਂ ਵਾਲੀ ਰਿਹਾਈ (conditional discharge) 'ਤੇ ਹਨ, ਅਤੇ ਹਰ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਜੋ ਅਜਿਹੇ ਇਲਾਜਾਂ ਬਾਰੇ ਗੱਲਬਾਤ ਕਰ ਰਿਹਾ ਹੈ ਜੋ ਇਹ ਹੱਕ ਦਿੰਦੇ ਹਨ। ਵੇਲਜ਼ ਵਿੱਚ, ਹਰ ਇਨਫ਼ਾਰਮਲ (ਆਪਣੀ ਮਰਜ਼ੀ ਨਾਲ ਦਾਖ਼ਲ) ਮਰੀਜ਼ ਨੂੰ ਵੀ।
staff-when-heading = ਉਨ੍ਹਾਂ ਨੂੰ ਕਦੋਂ ਦੱਸਣਾ ਹੈ
staff-when-detention = ਉਨ੍ਹਾਂ ਨੂੰ ਰੋਕ ਕੇ ਰੱਖੇ ਜਾਣ, CTO 'ਤੇ ਰੱਖੇ ਜਾਣ, ਜਾਂ ਸਰਪ੍ਰਸਤੀ (guardianship) ਵਿੱਚ ਲਏ ਜਾਣ ਤੋਂ ਬਾਅਦ ਜਿੰਨੀ ਜਲਦੀ ਹੋ ਸਕੇ।
staff-when-change = ਜਦੋਂ ਉਨ੍ਹਾਂ ਦਾ ਸੈਕਸ਼ਨ ਬਦਲਦਾ ਹੈ, ਜਿਵੇਂ ਸੈਕਸ਼ਨ 2 ਤੋਂ ਸੈਕਸ਼ਨ 3।
staff-when-ward-rounds = ਵਾਰਡ ਰਾਊਂਡਾਂ ਅਤੇ ਦੇਖਭਾਲ ਸਮੀਖਿਆਵਾਂ (care reviews) ਤੋਂ ਪਹਿਲਾਂ।
staff-when-tribunal = Tribunal ਅਤੇ ਹਸਪਤਾਲ ਦੇ ਮੈਨੇਜਰਾਂ ਦੀਆਂ ਸੁਣਵਾਈਆਂ (hearings) ਤੋਂ ਪਹਿਲਾਂ, ਅਤੇ ਜਦੋਂ ਕੋਈ ਸੈਕਸ਼ਨ ਨਵਿਆਇਆ (renew) ਜਾਂਦਾ ਹੈ।
staff-when-medication = ਦਵਾਈ ਦੀ ਸਮੀਖਿਆ ਤੋਂ ਪਹਿਲਾਂ, ਅਤੇ ਜਦੋਂ ਦੂਜੀ ਰਾਏ ਦੇਣ ਵਾਲਾ ਡਾਕਟਰ (SOAD) ਮਿਲਣ ਆਉਣ ਵਾਲਾ ਹੋਵੇ।
staff-how-heading = ਉਨ੍ਹਾਂ ਨੂੰ ਕਿਵੇਂ ਦੱਸਣਾ ਹੈ
staff-how = ਉਨ੍ਹਾਂ ਨੂੰ ਮੂੰਹ-ਜ਼ਬਾਨੀ ਦੱਸੋ ਅਤੇ ਲਿਖਤੀ ਰੂਪ ਵਿੱਚ ਵੀ ਦਿਓ। ਜਾਂਚੋ ਕਿ ਉਨ੍ਹਾਂ ਨੇ ਸਮਝ ਲਿਆ ਹੈ। ਜੇ ਉਹ ਬਹੁਤ ਬਿਮਾਰ ਹਨ, ਤਾਂ ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਲੋੜ ਹੋਵੇ ਤਾਂ ਦੁਭਾਸ਼ੀਏ, ਆਸਾਨ ਪੜ੍ਹਨ ਵਾਲੀ (Easy Read) ਜਾਣਕਾਰੀ ਜਾਂ ਬ੍ਰਿਟਿਸ਼ ਸੈਨਤ ਭਾਸ਼ਾ (British Sign Language) ਦੀ ਵਰਤੋਂ ਕਰੋ।
staff-nearest-relative = ਜਦੋਂ ਤੱਕ ਮਰੀਜ਼ ਇਤਰਾਜ਼ ਨਾ ਕਰਨ, ਲਿਖਤੀ ਜਾਣਕਾਰੀ ਦੀ ਇੱਕ ਕਾਪੀ ਉਨ੍ਹਾਂ ਦੇ ਸਭ ਤੋਂ ਨੇੜਲੇ ਰਿਸ਼ਤੇਦਾਰ (nearest relative) ਨੂੰ ਭੇਜੋ। ਇਹ ਅਦਾਲਤ ਜਾਂ ਜੇਲ੍ਹ ਵਾਲੇ ਸੈਕਸ਼ਨਾਂ ਅਧੀਨ ਮਰੀਜ਼ਾਂ 'ਤੇ ਲਾਗੂ ਨਹੀਂ ਹੁੰਦਾ।
staff-referral-heading = ਰੈਫ਼ਰ (refer) ਕਿਵੇਂ ਕਰਨਾ ਹੈ
staff-referral = ਮਰੀਜ਼ ਖ਼ੁਦ IMHA ਸੇਵਾ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹਨ। ਸਟਾਫ਼ ਵੀ ਰੈਫ਼ਰ ਕਰ ਸਕਦਾ ਹੈ: ਮਰੀਜ਼ ਦੀ ਸਹਿਮਤੀ ਨਾਲ, ਜਾਂ ਜਦੋਂ ਮਰੀਜ਼ ਫ਼ੈਸਲਾ ਨਹੀਂ ਲੈ ਸਕਦੇ ਅਤੇ IMHA ਉਨ੍ਹਾਂ ਦੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ। IMHA ਸੇਵਾ ਨੂੰ ਮਰੀਜ਼ ਦਾ ਨਾਂ, ਵਾਰਡ, ਸੈਕਸ਼ਨ, ਅਤੇ ਜੇ ਕੋਈ ਸੁਣਵਾਈ ਹੈ ਤਾਂ ਉਸ ਦੀ ਤਰੀਕ ਦੱਸੋ।
staff-cqc-heading = Care Quality Commission (ਨਿਰੀਖਣ ਸੰਸਥਾ) ਕੀ ਦੇਖਦੀ ਹੈ
staff-cqc = ਨਿਰੀਖਕ ਜਾਂਚਦੇ ਹਨ ਕਿ ਕੀ ਮਰੀਜ਼ਾਂ ਨੂੰ ਯੋਗ ਹੋਣ ਵੇਲੇ ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ IMHA ਬਾਰੇ ਦੱਸਿਆ ਗਿਆ, ਕੀ ਇਸ ਦਾ ਰਿਕਾਰਡ ਰੱਖਿਆ ਗਿਆ, ਅਤੇ ਕੀ ਮਰੀਜ਼ ਆਸਾਨੀ ਨਾਲ IMHA ਤੱਕ ਪਹੁੰਚ ਸਕੇ, ਇਕੱਲਿਆਂ ਵਰਤਣ ਵਾਲੇ ਫ਼ੋਨ ਰਾਹੀਂ ਵੀ।
staff-print = ਇਹ ਚੈੱਕਲਿਸਟ ਪ੍ਰਿੰਟ ਕਰੋ

## Ward posters

poster-link = ਵਾਰਡ ਲਈ ਪੋਸਟਰ ਬਣਾਓ
poster-heading = ਵਾਰਡ ਲਈ ਪੋਸਟਰ ਬਣਾਓ
poster-intro = QR ਕੋਡ ਵਾਲਾ A4 ਪੋਸਟਰ ਬਣਾਓ। QR ਕੋਡ ਇਸ ਸੇਵਾ ਨੂੰ ਸਹੀ ਭਾਸ਼ਾ ਵਿੱਚ ਅਤੇ ਤੁਹਾਡੀ ਸਥਾਨਕ IMHA ਸੇਵਾ ਦੇ ਵੇਰਵਿਆਂ ਨਾਲ ਖੋਲ੍ਹੇਗਾ।
poster-language-label = ਪੋਸਟਰ ਦੀ ਭਾਸ਼ਾ
poster-provider-label = IMHA ਸੇਵਾ
poster-url-label = ਇਸ ਸੇਵਾ ਦਾ ਜਨਤਕ ਵੈੱਬ ਪਤਾ
poster-url-hint = ਉਹ ਪਤਾ ਜੋ ਲੋਕ ਖੋਲ੍ਹਣਗੇ, ਜੋ https:// ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ
poster-url-error = ਅਜਿਹਾ ਵੈੱਬ ਪਤਾ ਭਰੋ ਜੋ https:// ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੋਵੇ
poster-make = ਪੋਸਟਰ ਬਣਾਓ
poster-print = ਪੋਸਟਰ ਪ੍ਰਿੰਟ ਕਰੋ
# The poster itself, in the chosen language.
poster-title = ਕੀ ਤੁਸੀਂ ਆਪਣੇ ਹੱਕ ਸਮਝਣ ਲਈ ਮਦਦ ਚਾਹੁੰਦੇ ਹੋ?
poster-body = ਸੁਤੰਤਰ ਮਾਨਸਿਕ ਸਿਹਤ ਐਡਵੋਕੇਟ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ। ਇਹ ਮੁਫ਼ਤ ਹੈ। ਉਹ ਹਸਪਤਾਲ ਲਈ ਕੰਮ ਨਹੀਂ ਕਰਦੇ।
poster-scan = ਇਹ ਪਤਾ ਕਰਨ ਲਈ QR ਕੋਡ ਸਕੈਨ ਕਰੋ ਕਿ ਕੀ ਤੁਹਾਨੂੰ ਐਡਵੋਕੇਟ ਮਿਲ ਸਕਦਾ ਹੈ।
poster-or-visit = ਜਾਂ ਇੱਥੇ ਜਾਓ:
poster-call = ਜਾਂ ਫ਼ੋਨ ਕਰੋ:
poster-qr-label = ਸੇਵਾ ਖੋਲ੍ਹਣ ਵਾਲਾ QR ਕੋਡ

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

statement-run-by = ਇਹ ਸੇਵਾ { $trust } ਚਲਾਉਂਦਾ ਹੈ।
statement-run-by-no-trust = ਇਹ ਸੇਵਾ ਉਹ NHS ਟਰੱਸਟ ਜਾਂ ਹੋਰ ਸੰਸਥਾ ਚਲਾਉਂਦੀ ਹੈ ਜਿਸ ਨੇ ਤੁਹਾਨੂੰ ਇਸ ਦਾ ਲਿੰਕ ਦਿੱਤਾ।
# With no organisation configured, in place of its contact details.
statement-contact-ask = ਵਾਰਡ ਦੇ ਸਟਾਫ਼ ਤੋਂ, ਜਾਂ ਉਸ ਸੰਸਥਾ ਤੋਂ ਜਿਸ ਨੇ ਤੁਹਾਨੂੰ ਇਸ ਸੇਵਾ ਦਾ ਲਿੰਕ ਦਿੱਤਾ, ਪੁੱਛੋ ਕਿ ਉਨ੍ਹਾਂ ਨਾਲ ਸੰਪਰਕ ਕਿਵੇਂ ਕਰਨਾ ਹੈ।
# Label before the address of a contact form or web page.
statement-contact-online = ਔਨਲਾਈਨ

## The accessibility statement

# "service-name" is the service's name, as in the page header.
accessibility-heading = “{ service-name }” ਲਈ ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ
accessibility-scope = ਇਹ ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ ਇਸ ਸੇਵਾ ’ਤੇ ਲਾਗੂ ਹੁੰਦਾ ਹੈ, ਜੋ ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ 1983 (Mental Health Act 1983) ਅਧੀਨ ਆਉਂਦੇ ਲੋਕਾਂ, ਉਨ੍ਹਾਂ ਦੀ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਿਆਂ ਅਤੇ ਵਾਰਡ ਦੇ ਸਟਾਫ਼ ਨੂੰ ਦੱਸਦੀ ਹੈ ਕਿ ਕੀ ਉਹ ਸੁਤੰਤਰ ਮਾਨਸਿਕ ਸਿਹਤ ਹਿਮਾਇਤੀ (IMHA) ਲੈ ਸਕਦੇ ਹਨ, ਅਤੇ ਉਨ੍ਹਾਂ ਦੇ ਹੱਕ ਕੀ ਹਨ, ਉਨ੍ਹਾਂ ਸਾਰੀਆਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਜਿਨ੍ਹਾਂ ਵਿੱਚ ਇਹ ਉਪਲਬਧ ਹੈ।
accessibility-able-intro = ਅਸੀਂ ਚਾਹੁੰਦੇ ਹਾਂ ਕਿ ਵੱਧ ਤੋਂ ਵੱਧ ਲੋਕ ਇਹ ਸੇਵਾ ਵਰਤ ਸਕਣ। ਉਦਾਹਰਨ ਲਈ, ਇਸ ਦਾ ਮਤਲਬ ਹੈ ਕਿ ਤੁਸੀਂ ਇਹ ਕਰ ਸਕੋ:
accessibility-able-keyboard = ਸਿਰਫ਼ ਕੀਬੋਰਡ ਵਰਤ ਕੇ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦੇਣਾ ਅਤੇ ਆਪਣਾ ਨਤੀਜਾ ਪੜ੍ਹਨਾ
# $count is how many languages the service offers besides English (Easy
# Read English counts as one).
accessibility-able-languages = ਇਸ ਨੂੰ ਅੰਗਰੇਜ਼ੀ ਤੋਂ ਇਲਾਵਾ { $count } ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਪੜ੍ਹਨਾ, ਜਿਨ੍ਹਾਂ ਵਿੱਚ ਵੈਲਸ਼ ਅਤੇ ਸੌਖੀ ਅੰਗਰੇਜ਼ੀ (Easy Read) ਸ਼ਾਮਲ ਹਨ, ਅਤੇ ਅਰਬੀ ਤੇ ਉਰਦੂ ਦੇ ਪੰਨੇ ਸੱਜੇ ਤੋਂ ਖੱਬੇ
accessibility-able-read-aloud = ਸਵਾਲ ਅਤੇ ਨਤੀਜੇ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਸੁਣਨਾ, ਜੇ ਤੁਹਾਡੇ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਵਿੱਚ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਦੀ ਆਵਾਜ਼ ਹੋਵੇ
accessibility-able-print = ਆਪਣਾ ਨਤੀਜਾ ਪ੍ਰਿੰਟ ਕਰਨਾ
accessibility-abilitynet = ਜੇ ਤੁਹਾਨੂੰ ਕੋਈ ਅਪੰਗਤਾ ਹੈ, ਤਾਂ AbilityNet ਕੋਲ ਤੁਹਾਡੇ ਡਿਵਾਈਸ ਨੂੰ ਵਰਤਣ ਵਿੱਚ ਸੌਖਾ ਬਣਾਉਣ ਬਾਰੇ ਸਲਾਹ ਹੈ।
accessibility-abilitynet-link = AbilityNet: My Computer My Way (ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ)

accessibility-how-heading = ਇਹ ਸੇਵਾ ਕਿੰਨੀ ਪਹੁੰਚਯੋਗ ਹੈ
accessibility-how-intro = ਸਾਨੂੰ ਪਤਾ ਹੈ ਕਿ ਇਸ ਸੇਵਾ ਦੇ ਕੁਝ ਹਿੱਸੇ ਪੂਰੀ ਤਰ੍ਹਾਂ ਪਹੁੰਚਯੋਗ ਨਹੀਂ ਹਨ:
accessibility-issue-draft-translations = ਅਨੁਵਾਦਾਂ ਅਤੇ ਸੌਖੀ ਅੰਗਰੇਜ਼ੀ (Easy Read) ਵਾਲੇ ਹਿੱਸੇ ਦੀ ਅਜੇ ਕਿਸੇ ਯੋਗ ਅਨੁਵਾਦਕ ਨੇ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ, ਇਸ ਲਈ ਕੁਝ ਵਾਕ ਅਸਪਸ਼ਟ ਜਾਂ ਗ਼ਲਤ ਹੋ ਸਕਦੇ ਹਨ (ਹਰ ਅਨੁਵਾਦ ਇਹ ਦੱਸਦਾ ਹੈ, ਅਤੇ ਅੰਗਰੇਜ਼ੀ ਦਾ ਲਿੰਕ ਦਿੰਦਾ ਹੈ)
accessibility-issue-one-language = ਜੋ ਵੇਰਵੇ ਅਸੀਂ ਸਿਰਫ਼ ਇੱਕ ਭਾਸ਼ਾ ਵਿੱਚ ਦਿੰਦੇ ਹਾਂ, ਜਿਵੇਂ ਕਿਸੇ ਹਿਮਾਇਤ ਸੇਵਾ ਦੇ ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ, ਉਹ ਹੋਰ ਭਾਸ਼ਾਵਾਂ ਦੇ ਪੰਨਿਆਂ ’ਤੇ ਵੀ ਉਸੇ ਭਾਸ਼ਾ ਵਿੱਚ ਦਿਖਦੇ ਹਨ, ਅਤੇ ਸਕ੍ਰੀਨ ਰੀਡਰ ਉਨ੍ਹਾਂ ਨੂੰ ਗ਼ਲਤ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹ ਸਕਦਾ ਹੈ
accessibility-issue-easy-read-pictures = ਸੌਖੀ ਅੰਗਰੇਜ਼ੀ ਦੀਆਂ ਤਸਵੀਰਾਂ ਚਿੰਨ੍ਹਾਂ ਦੇ ਇੱਕ ਆਮ ਸੈੱਟ (OpenMoji) ਤੋਂ ਲਈਆਂ ਗਈਆਂ ਹਨ, ਜੋ ਸੌਖੀ ਪੜ੍ਹਾਈ ਲਈ ਨਹੀਂ ਬਣਿਆ, ਅਤੇ ਇਨ੍ਹਾਂ ਨੂੰ ਸਿੱਖਣ ਵਿੱਚ ਅਪੰਗਤਾ ਵਾਲੇ ਲੋਕਾਂ ਨਾਲ ਪਰਖਿਆ ਨਹੀਂ ਗਿਆ
accessibility-issue-read-aloud = ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹਨਾ ਸਿਰਫ਼ ਤਾਂ ਹੀ ਕੰਮ ਕਰਦਾ ਹੈ ਜੇ ਤੁਹਾਡੇ ਡਿਵਾਈਸ ਵਿੱਚ ਪੰਨੇ ਦੀ ਭਾਸ਼ਾ ਦੀ ਆਵਾਜ਼ ਹੋਵੇ, ਅਤੇ ਕੁਝ ਡਿਵਾਈਸਾਂ ਵਿੱਚ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕੁਝ ਭਾਸ਼ਾਵਾਂ ਦੀ ਆਵਾਜ਼ ਨਹੀਂ ਹੁੰਦੀ
accessibility-issue-bsl = ਬ੍ਰਿਟਿਸ਼ ਸੈਨਤ ਭਾਸ਼ਾ (BSL) ਵਿੱਚ ਕੋਈ ਰੂਪ ਨਹੀਂ ਹੈ
accessibility-issue-no-manual-checks = ਸੇਵਾ ਦੀ ਅਜੇ ਹੱਥੀਂ ਜਾਂਚ ਨਹੀਂ ਹੋਈ, ਜਿਵੇਂ ਸਕ੍ਰੀਨ ਰੀਡਰ ਨਾਲ ਜਾਂ ਅਪੰਗ ਲੋਕਾਂ ਵੱਲੋਂ, ਇਸ ਲਈ ਇਸ ਵਿੱਚ ਅਜਿਹੀਆਂ ਸਮੱਸਿਆਵਾਂ ਹੋ ਸਕਦੀਆਂ ਹਨ ਜਿਨ੍ਹਾਂ ਬਾਰੇ ਸਾਨੂੰ ਪਤਾ ਨਹੀਂ

accessibility-feedback-heading = ਸੁਝਾਅ ਅਤੇ ਸੰਪਰਕ ਜਾਣਕਾਰੀ
accessibility-feedback = ਜੇ ਤੁਹਾਨੂੰ ਇਸ ਸੇਵਾ ਦੀ ਜਾਣਕਾਰੀ ਕਿਸੇ ਹੋਰ ਰੂਪ ਵਿੱਚ ਚਾਹੀਦੀ ਹੈ, ਜਿਵੇਂ ਵੱਡੇ ਅੱਖਰ, ਆਡੀਓ ਰਿਕਾਰਡਿੰਗ ਜਾਂ ਬ੍ਰੇਲ, ਤਾਂ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।

accessibility-reporting-heading = ਇਸ ਸੇਵਾ ਵਿੱਚ ਪਹੁੰਚਯੋਗਤਾ ਦੀਆਂ ਸਮੱਸਿਆਵਾਂ ਦੀ ਰਿਪੋਰਟ ਕਰਨਾ
accessibility-reporting = ਅਸੀਂ ਹਮੇਸ਼ਾ ਇਸ ਸੇਵਾ ਦੀ ਪਹੁੰਚਯੋਗਤਾ ਬਿਹਤਰ ਬਣਾਉਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਦੇ ਹਾਂ। ਜੇ ਤੁਹਾਨੂੰ ਕੋਈ ਅਜਿਹੀ ਸਮੱਸਿਆ ਮਿਲੇ ਜੋ ਇਸ ਪੰਨੇ ’ਤੇ ਦਰਜ ਨਹੀਂ, ਜਾਂ ਤੁਹਾਨੂੰ ਲੱਗੇ ਕਿ ਅਸੀਂ ਪਹੁੰਚਯੋਗਤਾ ਦੀਆਂ ਲੋੜਾਂ ਪੂਰੀਆਂ ਨਹੀਂ ਕਰ ਰਹੇ, ਤਾਂ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।

accessibility-enforcement-heading = ਲਾਗੂ ਕਰਨ ਦੀ ਪ੍ਰਕਿਰਿਆ
accessibility-enforcement = ਬਰਾਬਰੀ ਅਤੇ ਮਨੁੱਖੀ ਅਧਿਕਾਰ ਕਮਿਸ਼ਨ (Equality and Human Rights Commission, EHRC) ਸਰਕਾਰੀ ਸੰਸਥਾਵਾਂ ਦੀਆਂ ਵੈੱਬਸਾਈਟਾਂ ਅਤੇ ਐਪਾਂ ਦੀ ਪਹੁੰਚਯੋਗਤਾ ਦੇ ਨਿਯਮ (the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, ‘ਪਹੁੰਚਯੋਗਤਾ ਨਿਯਮ’) ਲਾਗੂ ਕਰਨ ਲਈ ਜ਼ਿੰਮੇਵਾਰ ਹੈ। ਜੇ ਤੁਸੀਂ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ’ਤੇ ਸਾਡੇ ਜਵਾਬ ਤੋਂ ਸੰਤੁਸ਼ਟ ਨਹੀਂ ਹੋ, ਤਾਂ ਬਰਾਬਰੀ ਸਲਾਹ ਅਤੇ ਸਹਾਇਤਾ ਸੇਵਾ (Equality Advisory and Support Service, EASS) ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
accessibility-enforcement-eass-link = ਬਰਾਬਰੀ ਸਲਾਹ ਅਤੇ ਸਹਾਇਤਾ ਸੇਵਾ (EASS)
accessibility-enforcement-northern-ireland = ਜੇ ਤੁਸੀਂ ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਵਿੱਚ ਹੋ ਅਤੇ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ’ਤੇ ਸਾਡੇ ਜਵਾਬ ਤੋਂ ਸੰਤੁਸ਼ਟ ਨਹੀਂ ਹੋ, ਤਾਂ ਤੁਸੀਂ ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਦੇ ਬਰਾਬਰੀ ਕਮਿਸ਼ਨ (Equality Commission for Northern Ireland, ECNI) ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹੋ, ਜੋ ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਵਿੱਚ ਪਹੁੰਚਯੋਗਤਾ ਨਿਯਮ ਲਾਗੂ ਕਰਨ ਲਈ ਜ਼ਿੰਮੇਵਾਰ ਹੈ।
accessibility-enforcement-ecni-link = ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਦਾ ਬਰਾਬਰੀ ਕਮਿਸ਼ਨ (ECNI)

accessibility-technical-heading = ਇਸ ਸੇਵਾ ਦੀ ਪਹੁੰਚਯੋਗਤਾ ਬਾਰੇ ਤਕਨੀਕੀ ਜਾਣਕਾਰੀ
accessibility-technical = ਅਸੀਂ ਪਹੁੰਚਯੋਗਤਾ ਨਿਯਮਾਂ (the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018) ਦੇ ਅਨੁਸਾਰ ਇਸ ਸੇਵਾ ਨੂੰ ਪਹੁੰਚਯੋਗ ਬਣਾਉਣ ਲਈ ਵਚਨਬੱਧ ਹਾਂ।
accessibility-regulations-link = legislation.gov.uk ’ਤੇ ਪਹੁੰਚਯੋਗਤਾ ਨਿਯਮ (ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ)
accessibility-compliance-heading = ਪਾਲਣਾ ਦੀ ਸਥਿਤੀ
accessibility-compliance = ਇਹ ਸੇਵਾ ਵੈੱਬ ਸਮੱਗਰੀ ਪਹੁੰਚਯੋਗਤਾ ਦਿਸ਼ਾ-ਨਿਰਦੇਸ਼ (WCAG) ਵਰਜਨ 2.2 ਦੇ AA ਮਿਆਰ ਦੀ ਅੰਸ਼ਕ ਤੌਰ ’ਤੇ ਪਾਲਣਾ ਕਰਦੀ ਹੈ, ਹੇਠਾਂ ਦਰਜ ਗ਼ੈਰ-ਪਾਲਣਾ ਕਾਰਨ।
accessibility-wcag-link = ਵੈੱਬ ਸਮੱਗਰੀ ਪਹੁੰਚਯੋਗਤਾ ਦਿਸ਼ਾ-ਨਿਰਦੇਸ਼ (WCAG) 2.2
accessibility-non-accessible-heading = ਪਹੁੰਚ ਤੋਂ ਬਾਹਰ ਸਮੱਗਰੀ
accessibility-non-accessible = ਹੇਠਾਂ ਦਰਜ ਸਮੱਗਰੀ ਹੇਠ ਲਿਖੇ ਕਾਰਨ ਕਰਕੇ ਪਹੁੰਚਯੋਗ ਨਹੀਂ ਹੈ।
accessibility-non-compliance-heading = ਪਹੁੰਚਯੋਗਤਾ ਨਿਯਮਾਂ ਦੀ ਗ਼ੈਰ-ਪਾਲਣਾ
accessibility-non-compliance-language-of-parts = ਸੰਸਥਾ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਦਾ ਜੋ ਲਿਖਤ ਸਿਰਫ਼ ਇੱਕ ਭਾਸ਼ਾ ਵਿੱਚ ਦਿੱਤਾ ਗਿਆ ਹੋਵੇ, ਜਿਵੇਂ ਕਿਸੇ ਹਿਮਾਇਤ ਸੇਵਾ ਦੇ ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ, ਉਹ ਹੋਰ ਭਾਸ਼ਾਵਾਂ ਦੇ ਪੰਨਿਆਂ ’ਤੇ ਉਸੇ ਭਾਸ਼ਾ ਵਿੱਚ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ, ਅਤੇ ਇਹ ਨਿਸ਼ਾਨ ਨਹੀਂ ਹੁੰਦਾ ਕਿ ਉਹ ਕਿਸ ਭਾਸ਼ਾ ਵਿੱਚ ਹੈ। ਇਹ WCAG 2.2 ਦੇ ਸਫਲਤਾ ਮਾਪਦੰਡ 3.1.2 (ਹਿੱਸਿਆਂ ਦੀ ਭਾਸ਼ਾ) ’ਤੇ ਪੂਰਾ ਨਹੀਂ ਉਤਰਦਾ। ਅਜਿਹਾ ਲਿਖਤ ਸੇਵਾ ਦੀ ਹਰ ਭਾਸ਼ਾ ਵਿੱਚ ਦੇਣ ਨਾਲ ਇਹ ਸਮੱਸਿਆ ਨਹੀਂ ਹੁੰਦੀ।

accessibility-improving-heading = ਪਹੁੰਚਯੋਗਤਾ ਸੁਧਾਰਨ ਲਈ ਅਸੀਂ ਕੀ ਕਰ ਰਹੇ ਹਾਂ
accessibility-improving-intro = ਇਹ ਸੇਵਾ ਓਪਨ-ਸੋਰਸ ਸਾਫ਼ਟਵੇਅਰ ਹੈ। ਇਸ ਨੂੰ ਬਣਾਉਣ ਵਾਲਿਆਂ ਦੀ ਯੋਜਨਾ ਹੈ:
accessibility-improving-translations = ਹਰ ਅਨੁਵਾਦ ਦੀ ਜਾਂਚ ਕਿਸੇ ਯੋਗ ਅਨੁਵਾਦਕ ਤੋਂ, ਅਤੇ ਸੌਖੀ ਅੰਗਰੇਜ਼ੀ ਵਾਲੇ ਹਿੱਸੇ ਦੀ ਜਾਂਚ ਸੌਖੀ ਪੜ੍ਹਾਈ ਦੇ ਕਿਸੇ ਲੇਖਕ ਤੋਂ ਕਰਵਾਉਣਾ
accessibility-improving-manual-checks = ਸੇਵਾ ਨੂੰ ਸਕ੍ਰੀਨ ਰੀਡਰਾਂ ਨਾਲ, ਅਤੇ ਅਪੰਗ ਲੋਕਾਂ ਨਾਲ ਪਰਖਣਾ
accessibility-improving-language-of-parts = ਸਿਰਫ਼ ਇੱਕ ਭਾਸ਼ਾ ਵਿੱਚ ਦਿੱਤੇ ਲਿਖਤ ’ਤੇ ਉਸ ਦੀ ਭਾਸ਼ਾ ਦਾ ਨਿਸ਼ਾਨ ਲਾਉਣਾ
accessibility-improving-bsl = ਬ੍ਰਿਟਿਸ਼ ਸੈਨਤ ਭਾਸ਼ਾ ਵਿੱਚ ਵੀਡੀਓ ਸ਼ਾਮਲ ਕਰਨਾ

accessibility-preparation-heading = ਇਸ ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ ਦੀ ਤਿਆਰੀ
accessibility-prepared = ਇਹ ਬਿਆਨ { $prepared } ਨੂੰ ਤਿਆਰ ਕੀਤਾ ਗਿਆ। ਇਸ ਦੀ ਆਖ਼ਰੀ ਸਮੀਖਿਆ { $reviewed } ਨੂੰ ਹੋਈ।
# $axe is the version of the axe-core checker, e.g. 4.14.1.
accessibility-tested = ਇਸ ਸੇਵਾ ਦੀ ਆਖ਼ਰੀ ਜਾਂਚ { $date } ਨੂੰ ਹੋਈ। ਇਹ ਜਾਂਚ ਇਸ ਨੂੰ ਬਣਾਉਣ ਵਾਲਿਆਂ ਨੇ ਆਪਣੇ-ਆਪ ਹੋਣ ਵਾਲੀਆਂ ਜਾਂਚਾਂ ਨਾਲ ਕੀਤੀ: axe-core { $axe } ਨੇ Chromium ਵੈੱਬ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਪੰਨਿਆਂ ਨੂੰ WCAG 2.2 ਦੇ A ਅਤੇ AA ਸਫਲਤਾ ਮਾਪਦੰਡਾਂ ’ਤੇ ਜਾਂਚਿਆ ਜਿਨ੍ਹਾਂ ਦੀ ਉਹ ਜਾਂਚ ਕਰ ਸਕਦਾ ਹੈ (ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਸਾਰੇ ਪੰਨੇ; ਅਤੇ ਹਰ ਭਾਸ਼ਾ ਵਿੱਚ ਨਤੀਜੇ, ਹਿਮਾਇਤੀ ਲਈ ਬੇਨਤੀ, ਅਨੁਵਾਦਕਾਂ ਦਾ ਸਮੀਖਿਆ ਪੰਨਾ, ਇਹ ਬਿਆਨ ਅਤੇ ਨਿੱਜਤਾ ਪੰਨਾ), ਅਤੇ ਹੋਰ ਟੈਸਟਾਂ ਨੇ ਜਾਂਚਿਆ ਕਿ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਸਿਰਫ਼ ਕੀਬੋਰਡ ਨਾਲ ਦਿੱਤੇ ਜਾ ਸਕਦੇ ਹਨ ਅਤੇ ਅਰਬੀ ਤੇ ਉਰਦੂ ਦੇ ਪੰਨੇ ਸੱਜੇ ਤੋਂ ਖੱਬੇ ਹਨ।
accessibility-manual-none = ਅਜੇ ਤੱਕ ਕੋਈ ਹੱਥੀਂ ਜਾਂਚ, ਜਿਵੇਂ ਸਕ੍ਰੀਨ ਰੀਡਰ ਨਾਲ ਪਰਖ, ਨਹੀਂ ਕੀਤੀ ਗਈ।
accessibility-manual-intro = ਹੱਥੀਂ ਕੀਤੀਆਂ ਜਾਂਚਾਂ:
# One manual check: $date is its day, $check what was checked (one of
# the accessibility-manual-kind messages).
accessibility-manual-check = { $date }: { $check }
accessibility-manual-kind-keyboard = ਹਰ ਪੰਨਾ ਸਿਰਫ਼ ਕੀਬੋਰਡ ਨਾਲ ਵਰਤਿਆ ਗਿਆ
accessibility-manual-kind-screen-reader = ਹਰ ਪੰਨਾ ਸਕ੍ਰੀਨ ਰੀਡਰ ਨਾਲ ਵਰਤਿਆ ਗਿਆ
accessibility-manual-kind-zoom = ਹਰ ਪੰਨਾ 400% ਤੱਕ ਵੱਡਾ ਕਰਕੇ, ਅਤੇ 320 ਪਿਕਸਲ ਚੌੜੀ ਸਕ੍ਰੀਨ ’ਤੇ ਵਰਤਿਆ ਗਿਆ
accessibility-manual-kind-disabled-users = ਸੇਵਾ ਵਰਤ ਸਕਣ ਵਾਲੇ ਅਪੰਗ ਲੋਕਾਂ ਨੇ ਇਸ ਨੂੰ ਅਜ਼ਮਾਇਆ

## The privacy page

privacy-heading = ਨਿੱਜਤਾ: ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਦਾ ਕੀ ਹੁੰਦਾ ਹੈ
privacy-intro = ਇਹ ਸੇਵਾ ਤੁਹਾਡੇ ਜਵਾਬ ਕਿਤੇ ਨਹੀਂ ਭੇਜਦੀ। ਉਹ ਇਸ ਫ਼ੋਨ, ਟੈਬਲੇਟ ਜਾਂ ਕੰਪਿਊਟਰ ਦੇ ਵੈੱਬ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਹੀ ਰਹਿੰਦੇ ਹਨ, ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਆਪ ਉਨ੍ਹਾਂ ਨੂੰ ਨਾ ਭੇਜੋ।

privacy-stored-heading = ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਕੀ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ
privacy-stored-intro = ਜਦੋਂ ਤੁਸੀਂ ਸੇਵਾ ਵਰਤਦੇ ਹੋ, ਤੁਹਾਡਾ ਵੈੱਬ ਬ੍ਰਾਊਜ਼ਰ ਇਹ ਚੀਜ਼ਾਂ ਆਪਣੀ ਸੈਸ਼ਨ ਸਟੋਰੇਜ (session storage) ਵਿੱਚ ਰੱਖਦਾ ਹੈ, ਜੋ ਬ੍ਰਾਊਜ਼ਰ ਦੀ ਇਸੇ ਟੈਬ ਦੀ ਹੈ। ਹਰ ਇੱਕ ਦਾ ਇੱਕ ਨਾਂ ਹੈ, ਜੋ ਪਹਿਲਾਂ ਦਿਖਾਇਆ ਗਿਆ ਹੈ:
# After the name of an item in session storage.
privacy-stored-answers = ਸਵਾਲਾਂ ਦੇ ਤੁਹਾਡੇ ਜਵਾਬ, ਤਾਂ ਜੋ ਪਿੱਛੇ, ਅੱਗੇ ਜਾਣ ਅਤੇ ਪੰਨਾ ਮੁੜ ਲੋਡ ਕਰਨ ’ਤੇ ਉਹ ਬਣੇ ਰਹਿਣ
privacy-stored-language = ਤੁਹਾਡੀ ਚੁਣੀ ਹੋਈ ਭਾਸ਼ਾ, ਤਾਂ ਜੋ ਅਗਲਾ ਪੰਨਾ ਉਸੇ ਭਾਸ਼ਾ ਵਿੱਚ ਹੋਵੇ
privacy-stored-nothing-else = ਇਸ ਤੋਂ ਇਲਾਵਾ ਕੁਝ ਨਹੀਂ ਰੱਖਿਆ ਜਾਂਦਾ: ਨਾ ਕੁਕੀਜ਼ (cookies), ਨਾ ਬ੍ਰਾਊਜ਼ਰ ਦੀ ਲੰਮੇ ਸਮੇਂ ਦੀ ਸਟੋਰੇਜ ਵਿੱਚ ਕੁਝ।

privacy-how-long-heading = ਇਹ ਕਿੰਨੀ ਦੇਰ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ
privacy-how-long = ਜਦੋਂ ਤੁਸੀਂ ਟੈਬ ਜਾਂ ਬ੍ਰਾਊਜ਼ਰ ਬੰਦ ਕਰਦੇ ਹੋ, ਤੁਹਾਡਾ ਬ੍ਰਾਊਜ਼ਰ ਸੈਸ਼ਨ ਸਟੋਰੇਜ ਮਿਟਾ ਦਿੰਦਾ ਹੈ। “{ clear-answers }”, ਜੋ ਕਿਸੇ ਸਵਾਲ ਦਾ ਜਵਾਬ ਦੇਣ ਤੋਂ ਬਾਅਦ ਹਰ ਪੰਨੇ ਦੇ ਹੇਠਾਂ ਹੁੰਦਾ ਹੈ, ਤੁਹਾਡੇ ਜਵਾਬ ਤੁਰੰਤ ਮਿਟਾ ਦਿੰਦਾ ਹੈ।
privacy-history = ਨਤੀਜੇ ਵਾਲੇ ਪੰਨੇ ਦੇ ਪਤੇ ਵਿੱਚ # ਨਿਸ਼ਾਨ ਤੋਂ ਬਾਅਦ ਤੁਹਾਡੇ ਜਵਾਬ ਹੁੰਦੇ ਹਨ, ਇਸ ਲਈ ਤੁਹਾਡੇ ਬ੍ਰਾਊਜ਼ਰ ਦੀ ਹਿਸਟਰੀ ਉਨ੍ਹਾਂ ਨੂੰ ਉਦੋਂ ਤੱਕ ਰੱਖਦੀ ਹੈ ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਇਸ ਨੂੰ ਨਾ ਮਿਟਾਓ। ਸਾਂਝੇ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ’ਤੇ ਪ੍ਰਾਈਵੇਟ ਵਿੰਡੋ ਵਰਤੋ, ਜਾਂ ਕੰਮ ਖ਼ਤਮ ਹੋਣ ’ਤੇ ਹਿਸਟਰੀ ਮਿਟਾ ਦਿਓ।

privacy-sent-heading = ਕੀ ਭੇਜਿਆ ਜਾਂਦਾ ਹੈ, ਅਤੇ ਕਿਸ ਨੂੰ
privacy-sent = ਇਹ ਸੇਵਾ ਤੁਹਾਡੀ ਚੁਣੀ ਜਾਂ ਲਿਖੀ ਕੋਈ ਵੀ ਚੀਜ਼ ਕਿਸੇ ਨੂੰ ਨਹੀਂ ਭੇਜਦੀ। ਨਾ ਕੁਕੀਜ਼ ਹਨ, ਨਾ ਵਰਤੋਂ ਦਾ ਵਿਸ਼ਲੇਸ਼ਣ, ਨਾ ਇਸ਼ਤਿਹਾਰ, ਅਤੇ ਕਿਸੇ ਹੋਰ ਵੈੱਬਸਾਈਟ ਤੋਂ ਕੁਝ ਵੀ ਲੋਡ ਨਹੀਂ ਹੁੰਦਾ।
privacy-files = ਤੁਹਾਡਾ ਬ੍ਰਾਊਜ਼ਰ ਸੇਵਾ ਦੀਆਂ ਆਪਣੀਆਂ ਫ਼ਾਈਲਾਂ ਉਸੇ ਵੈੱਬਸਾਈਟ ਤੋਂ ਡਾਊਨਲੋਡ ਕਰਦਾ ਹੈ ਜਿੱਥੋਂ ਇਹ ਆਈ ਹੈ: ਪੰਨਿਆਂ ਦਾ ਕੋਡ ਅਤੇ ਡਿਜ਼ਾਈਨ, ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਦੇ ਸ਼ਬਦ, ਸਥਾਨਕ ਹਿਮਾਇਤ ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ, ਅਤੇ ਸੌਖੀ ਅੰਗਰੇਜ਼ੀ ਦੀਆਂ ਤਸਵੀਰਾਂ। ਤੁਹਾਡੇ ਜਵਾਬ ਇਨ੍ਹਾਂ ਬੇਨਤੀਆਂ ਦਾ ਹਿੱਸਾ ਨਹੀਂ ਹੁੰਦੇ: ਵੈੱਬ ਬ੍ਰਾਊਜ਼ਰ ਪਤੇ ਦਾ # ਤੋਂ ਬਾਅਦ ਵਾਲਾ ਹਿੱਸਾ ਕਦੇ ਨਹੀਂ ਭੇਜਦਾ। ਹਰ ਵੈੱਬਸਾਈਟ ਵਾਂਗ, ਉਸ ਵੈੱਬਸਾਈਟ ਦਾ ਸਰਵਰ ਬੇਨਤੀਆਂ ਦਾ ਰਿਕਾਰਡ ਰੱਖ ਸਕਦਾ ਹੈ, ਜਿਵੇਂ ਤੁਹਾਡੇ ਡਿਵਾਈਸ ਦਾ ਇੰਟਰਨੈੱਟ ਪਤਾ ਅਤੇ ਸਮਾਂ।
privacy-request = ਜੇ ਤੁਸੀਂ ਹਿਮਾਇਤੀ ਦੀ ਬੇਨਤੀ ਕਰਦੇ ਹੋ, ਤਾਂ ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਤੁਹਾਡੇ ਆਪਣੇ ਫ਼ੋਨ ਦੀ ਟੈਕਸਟ ਸੁਨੇਹੇ ਜਾਂ ਈਮੇਲ ਐਪ ਭੇਜਦੀ ਹੈ, ਅਤੇ ਸਿਰਫ਼ ਉਦੋਂ ਜਦੋਂ ਤੁਸੀਂ ਉੱਥੋਂ ਭੇਜੋ। ਇਹ ਹਿਮਾਇਤ ਸੇਵਾ ਤੱਕ ਤੁਹਾਡੀ ਫ਼ੋਨ ਕੰਪਨੀ ਜਾਂ ਈਮੇਲ ਪ੍ਰਦਾਤਾ ਰਾਹੀਂ ਪਹੁੰਚਦਾ ਹੈ, ਇਸ ਸੇਵਾ ਰਾਹੀਂ ਨਹੀਂ।
privacy-read-aloud = ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹਨਾ ਸਿਰਫ਼ ਉਹ ਆਵਾਜ਼ਾਂ ਵਰਤਦਾ ਹੈ ਜੋ ਤੁਹਾਡੇ ਡਿਵਾਈਸ ’ਤੇ ਹੀ ਕੰਮ ਕਰਦੀਆਂ ਹਨ, ਇਸ ਲਈ ਪੰਨੇ ਦੇ ਸ਼ਬਦ ਕਿਤੇ ਵੀ ਨਹੀਂ ਭੇਜੇ ਜਾਂਦੇ। ਕੁਝ ਬ੍ਰਾਊਜ਼ਰ ਇੰਟਰਨੈੱਟ ਰਾਹੀਂ ਕੰਮ ਕਰਨ ਵਾਲੀਆਂ ਆਵਾਜ਼ਾਂ ਵੀ ਦਿੰਦੇ ਹਨ (ਜਿਵੇਂ ਕੰਪਿਊਟਰ ’ਤੇ Google Chrome ਦੀਆਂ ਕੁਝ ਆਵਾਜ਼ਾਂ): ਇਹ ਸੇਵਾ ਇਨ੍ਹਾਂ ਨੂੰ ਕਦੇ ਨਹੀਂ ਵਰਤਦੀ, ਅਤੇ ਜੇ ਤੁਹਾਡੇ ਡਿਵਾਈਸ ਵਿੱਚ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਲਈ ਸਿਰਫ਼ ਅਜਿਹੀਆਂ ਆਵਾਜ਼ਾਂ ਹੋਣ, ਤਾਂ “ਇਹ ਪੰਨਾ ਸੁਣੋ” ਵਾਲਾ ਬਟਨ ਨਹੀਂ ਹੁੰਦਾ।
privacy-embedded = ਜੇ ਇਹ ਸੇਵਾ ਕਿਸੇ ਹੋਰ ਸੰਸਥਾ ਦੇ ਵੈੱਬ ਪੰਨੇ ਦਾ ਹਿੱਸਾ ਹੈ, ਤਾਂ ਉਸ ਪੰਨੇ ਦਾ ਬਾਕੀ ਹਿੱਸਾ ਉਸ ਸੰਸਥਾ ਦੇ ਆਪਣੇ ਨਿੱਜਤਾ ਨੋਟਿਸ ਅਧੀਨ ਆਉਂਦਾ ਹੈ।

privacy-contact-heading = ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਬਾਰੇ ਸਵਾਲ
privacy-contact = ਆਪਣੀ ਜਾਣਕਾਰੀ ਬਾਰੇ, ਜਾਂ ਅਸੀਂ ਇਸ ਨੂੰ ਕਿਵੇਂ ਵਰਤਦੇ ਹਾਂ ਇਸ ਬਾਰੇ ਪੁੱਛਣ ਲਈ, ਸਾਡੇ ਡਾਟਾ ਸੁਰੱਖਿਆ ਅਫ਼ਸਰ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
privacy-ico = ਜੇ ਤੁਸੀਂ ਇਸ ਤੋਂ ਸੰਤੁਸ਼ਟ ਨਹੀਂ ਕਿ ਕੋਈ ਸੰਸਥਾ ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਕਿਵੇਂ ਵਰਤਦੀ ਹੈ, ਤਾਂ ਤੁਸੀਂ ਸੂਚਨਾ ਕਮਿਸ਼ਨਰ ਦੇ ਦਫ਼ਤਰ (Information Commissioner’s Office, ICO) ਕੋਲ ਸ਼ਿਕਾਇਤ ਕਰ ਸਕਦੇ ਹੋ।
privacy-ico-link = ਸੂਚਨਾ ਕਮਿਸ਼ਨਰ ਦੇ ਦਫ਼ਤਰ (ICO) ਕੋਲ ਸ਼ਿਕਾਇਤ ਕਰੋ

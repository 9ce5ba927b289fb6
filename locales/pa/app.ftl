# SPDX-License-Identifier: MIT OR Apache-2.0

### The frame around every screen: title, header, footer and fallbacks.

# The name of the service, as in the page title and the header.
service-name = ਹਿਮਾਇਤੀ ਲੈਣ ਦਾ ਤੁਹਾਡਾ ਹੱਕ
# The page title. $page is the heading of the screen.
page-title = { $page } – { service-name }
skip-link = ਮੁੱਖ ਹਿੱਸੇ 'ਤੇ ਜਾਓ
footer-privacy = ਇੱਥੇ ਭਰੀ ਗਈ ਕੋਈ ਵੀ ਜਾਣਕਾਰੀ ਇਸ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਤੋਂ ਬਾਹਰ ਨਹੀਂ ਜਾਂਦੀ। ਇੱਥੇ ਕੋਈ ਕੁਕੀਜ਼ (cookies) ਨਹੀਂ ਹਨ।
# $date is the month the legal facts were last checked, e.g. 2026-11.
footer-law-as-at = { $date } ਅਨੁਸਾਰ ਕਾਨੂੰਨ।
# Footer links to the accessibility statement and the privacy page
# (their words are in statements.ftl).
accessibility-link = ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ
privacy-link = ਨਿੱਜਤਾ

## Start page

start-heading = ਪਤਾ ਕਰੋ ਕਿ ਕੀ ਤੁਹਾਨੂੰ ਸੁਤੰਤਰ ਮਾਨਸਿਕ ਸਿਹਤ ਹਿਮਾਇਤੀ ਮਿਲ ਸਕਦਾ ਹੈ
start-intro =
    { $audience ->
        [carer] ਜਿਨ੍ਹਾਂ ਲੋਕਾਂ ਨੂੰ ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ (Mental Health Act) ਅਧੀਨ ਹਸਪਤਾਲ ਵਿੱਚ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ ਜਾਂ ਇਲਾਜ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ, ਸੁਤੰਤਰ ਮਾਨਸਿਕ ਸਿਹਤ ਹਿਮਾਇਤੀ (IMHA) ਉਨ੍ਹਾਂ ਨੂੰ ਆਪਣੇ ਹੱਕ ਸਮਝਣ ਅਤੇ ਵਰਤਣ ਵਿੱਚ ਮਦਦ ਕਰਦੇ ਹਨ। ਕੁਝ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿਓ ਅਤੇ ਪਤਾ ਕਰੋ ਕਿ ਜਿਸ ਵਿਅਕਤੀ ਬਾਰੇ ਤੁਸੀਂ ਪੁੱਛ ਰਹੇ ਹੋ, ਕੀ ਉਨ੍ਹਾਂ ਨੂੰ IMHA ਮਿਲ ਸਕਦਾ ਹੈ।
        [staff] ਸੁਤੰਤਰ ਮਾਨਸਿਕ ਸਿਹਤ ਹਿਮਾਇਤੀ (IMHA) ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ (Mental Health Act) ਅਧੀਨ ਮਰੀਜ਼ਾਂ ਨੂੰ ਆਪਣੇ ਹੱਕ ਸਮਝਣ ਅਤੇ ਵਰਤਣ ਵਿੱਚ ਮਦਦ ਕਰਦੇ ਹਨ। ਕੁਝ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿਓ ਅਤੇ ਜਾਂਚੋ ਕਿ ਕੀ ਕਿਸੇ ਮਰੀਜ਼ ਨੂੰ IMHA ਮਿਲ ਸਕਦਾ ਹੈ, ਅਤੇ ਤੁਹਾਡੇ ਲਈ ਉਨ੍ਹਾਂ ਨੂੰ ਕੀ ਦੱਸਣਾ ਲਾਜ਼ਮੀ ਹੈ।
       *[patient] ਜੇ ਤੁਹਾਨੂੰ ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ (Mental Health Act) ਅਧੀਨ ਹਸਪਤਾਲ ਵਿੱਚ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ ਜਾਂ ਇਲਾਜ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ, ਤਾਂ ਸੁਤੰਤਰ ਮਾਨਸਿਕ ਸਿਹਤ ਹਿਮਾਇਤੀ (IMHA) ਤੁਹਾਨੂੰ ਆਪਣੇ ਹੱਕ ਸਮਝਣ ਅਤੇ ਵਰਤਣ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ। ਕੁਝ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿਓ ਅਤੇ ਪਤਾ ਕਰੋ ਕਿ ਕੀ ਤੁਹਾਨੂੰ IMHA ਮਿਲ ਸਕਦਾ ਹੈ।
    }
start-free = ਹਿਮਾਇਤੀ ਮੁਫ਼ਤ ਹੁੰਦੇ ਹਨ, ਅਤੇ ਉਹ ਹਸਪਤਾਲ ਲਈ ਕੰਮ ਨਹੀਂ ਕਰਦੇ।
start-time = ਇਸ ਵਿੱਚ ਲਗਭਗ 2 ਮਿੰਟ ਲੱਗਦੇ ਹਨ।
start-button = ਹੁਣੇ ਸ਼ੁਰੂ ਕਰੋ

## When something goes wrong

fallback-heading = ਮਾਫ਼ ਕਰਨਾ, ਇਹ ਪੰਨਾ ਦਿਖਾਇਆ ਨਹੀਂ ਜਾ ਸਕਿਆ
fallback-advice = ਤੁਸੀਂ ਫਿਰ ਵੀ ਮਦਦ ਲੈ ਸਕਦੇ ਹੋ। ਵਾਰਡ ਦੇ ਸਟਾਫ਼ ਤੋਂ ਆਪਣੀ ਸਥਾਨਕ ਸੁਤੰਤਰ ਮਾਨਸਿਕ ਸਿਹਤ ਹਿਮਾਇਤ (IMHA) ਸੇਵਾ ਦੇ ਵੇਰਵੇ ਮੰਗੋ। ਇਸ ਸੇਵਾ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰਨਾ ਉਨ੍ਹਾਂ ਲਈ ਲਾਜ਼ਮੀ ਹੈ।

## Citations of several sections at once

# $sections is a list of section numbers, such as "23, 25, 66(1)(g)";
# $count is how many.
citation-sections = ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ 1983 (Mental Health Act 1983), { $count ->
        [one] ਸੈਕਸ਼ਨ
       *[other] ਸੈਕਸ਼ਨ
    } { $sections }
citation-sections-wales = ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ 1983 (Mental Health Act 1983, Mental Health (Wales) Measure 2010 ਰਾਹੀਂ ਸੋਧਿਆ ਹੋਇਆ), { $count ->
        [one] ਸੈਕਸ਼ਨ
       *[other] ਸੈਕਸ਼ਨ
    } { $sections }

citation-sections-2025 = ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ 1983 (Mental Health Act 1983, ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ 2025 ਰਾਹੀਂ ਸੋਧਿਆ ਹੋਇਆ), { $count ->
        [one] ਸੈਕਸ਼ਨ
       *[other] ਸੈਕਸ਼ਨ
    } { $sections }

## Where this information comes from: a page for reviewers

sources-link = ਇਹ ਜਾਣਕਾਰੀ ਕਿੱਥੋਂ ਆਉਂਦੀ ਹੈ
sources-heading = ਇਹ ਜਾਣਕਾਰੀ ਕਿੱਥੋਂ ਆਉਂਦੀ ਹੈ
sources-intro = ਇਸ ਸੇਵਾ ਵਿੱਚ ਕਾਨੂੰਨ ਬਾਰੇ ਹਰ ਗੱਲ ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ 1983 (Mental Health Act 1983) ਦੇ ਕਿਸੇ ਸੈਕਸ਼ਨ ਜਾਂ ਕਿਸੇ ਹੋਰ ਸਰਕਾਰੀ ਸਰੋਤ 'ਤੇ ਆਧਾਰਿਤ ਹੈ। ਇਹ ਸੂਚੀ ਹਰ ਸਰੋਤ ਦਿਖਾਉਂਦੀ ਹੈ, ਅਤੇ ਇਹ ਵੀ ਕਿ ਉਸ ਦੀ ਜਾਂਚ ਕਿਵੇਂ ਅਤੇ ਕਦੋਂ ਕੀਤੀ ਗਈ।
sources-unchecked = ਜਿੱਥੇ ਕਿਸੇ ਸਰੋਤ ਦੀ ਜਾਂਚ ਸਿਰਫ਼ ਵਿਆਖਿਆਤਮਕ ਨੋਟਾਂ (explanatory notes) ਜਾਂ ਕਿਸੇ ਹੋਰ ਦੀ ਕਾਪੀ ਨਾਲ ਮਿਲਾ ਕੇ ਕੀਤੀ ਗਈ ਹੈ, ਉੱਥੇ ਉਸ 'ਤੇ ਭਰੋਸਾ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਕਿਸੇ ਵਕੀਲ ਨੂੰ ਉਸ ਨੂੰ ਕਾਨੂੰਨ ਦੇ ਪਾਠ ਨਾਲ ਮਿਲਾ ਕੇ ਜਾਂਚਣਾ ਚਾਹੀਦਾ ਹੈ।
sources-column-source = ਸਰੋਤ
sources-column-how = ਜਾਂਚ ਕਿਵੇਂ ਕੀਤੀ ਗਈ
sources-column-checked = ਜਾਂਚ ਦੀ ਤਰੀਕ
source-how-primary-text = ਕਾਨੂੰਨ ਦੇ ਪਾਠ ਨਾਲ ਮਿਲਾ ਕੇ
source-how-official-explanatory = ਸਰਕਾਰੀ ਵਿਆਖਿਆਤਮਕ ਨੋਟਾਂ (explanatory notes) ਨਾਲ ਮਿਲਾ ਕੇ
source-how-secondary = ਕਿਸੇ ਸੈਕੰਡਰੀ ਸਰੋਤ (secondary source) ਨਾਲ ਮਿਲਾ ਕੇ
source-document-code-of-practice = ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ 1983 ਦਾ ਅਭਿਆਸ ਕੋਡ (Mental Health Act 1983 Code of Practice), ਅਧਿਆਇ 6
source-document-commencement-2025 = ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ 2025 (Mental Health Act 2025), ਸੈਕਸ਼ਨ 56 (ਇਹ ਕਦੋਂ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ)

## Languages

# Label for the list of languages, read by screen readers.
language-switcher-label = ਭਾਸ਼ਾ ਚੁਣੋ
# Shown at the top of every page when this translation has not yet been
# checked by a qualified translator. It is shown in this language and in
# English.
# One line, opening the full draft notice below it.
draft-notice-short = ਖਰੜਾ ਅਨੁਵਾਦ: ਅਜੇ ਜਾਂਚ ਨਹੀਂ ਹੋਈ
draft-notice = ਇਸ ਅਨੁਵਾਦ ਦੀ ਅਜੇ ਕਿਸੇ ਯੋਗ ਅਨੁਵਾਦਕ ਵੱਲੋਂ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ ਗਈ। ਇਸ ਵਿੱਚ ਗ਼ਲਤੀਆਂ ਹੋ ਸਕਦੀਆਂ ਹਨ।
draft-notice-english-link = ਇਹ ਪੰਨਾ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਪੜ੍ਹੋ
# When the chosen language could not be downloaded; the page is shown in English.
language-load-failed = ਮਾਫ਼ ਕਰਨਾ, ਇਹ ਭਾਸ਼ਾ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੀ, ਇਸ ਲਈ ਪੰਨਾ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿਖਾਇਆ ਜਾ ਰਿਹਾ ਹੈ।
words-loading = ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…
words-load-failed-heading = ਮਾਫ਼ ਕਰਨਾ, ਇਹ ਪੰਨਾ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕਿਆ
words-load-failed-body = ਜਾਂਚ ਕਰੋ ਕਿ ਤੁਸੀਂ ਇੰਟਰਨੈੱਟ ਨਾਲ ਜੁੜੇ ਹੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
words-load-retry = ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ
# When a link asks for a language this service does not have.
language-not-available = ਲਿੰਕ ਵਿੱਚ ਜਿਹੜੀ ਭਾਸ਼ਾ ਮੰਗੀ ਗਈ ਸੀ, ਇਹ ਪੰਨਾ ਉਸ ਭਾਸ਼ਾ ਵਿੱਚ ਉਪਲਬਧ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਇਹ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਦਿਖਾਇਆ ਜਾ ਰਿਹਾ ਹੈ।

## On every page: clearing the answers, and the link for staff

clear-answers = ਮੇਰੇ ਜਵਾਬ ਮਿਟਾਓ
# Asked before the answers are cleared, with two buttons.
clear-confirm = ਕੀ ਤੁਸੀਂ ਆਪਣੇ ਸਾਰੇ ਜਵਾਬ ਮਿਟਾਉਣਾ ਚਾਹੁੰਦੇ ਹੋ? ਤੁਸੀਂ ਪਹਿਲੇ ਸਵਾਲ ਤੋਂ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋਗੇ।
clear-confirm-yes = ਹਾਂ, ਮੇਰੇ ਜਵਾਬ ਮਿਟਾਓ
clear-confirm-no = ਨਹੀਂ, ਇਨ੍ਹਾਂ ਨੂੰ ਰੱਖੋ
staff-link = ਵਾਰਡ ਦੇ ਸਟਾਫ਼ ਲਈ: ਮਰੀਜ਼ਾਂ ਨੂੰ IMHA ਬਾਰੇ ਦੱਸਣਾ

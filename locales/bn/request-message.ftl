# SPDX-License-Identifier: MIT OR Apache-2.0

### The message asking for an advocate: compiled into the app in English,
### because it is always sent in English, whatever language the page is in.

## The message itself. $value is what the person typed or chose.

request-email-subject = স্বাধীন মানসিক স্বাস্থ্য পক্ষসমর্থনকারীর (IMHA) জন্য অনুরোধ
request-line-hello =
    { $audience ->
        [carer] হ্যালো। আমার একজন প্রিয়জনের জন্য আমি একজন স্বাধীন মানসিক স্বাস্থ্য পক্ষসমর্থনকারী (IMHA) চাইছি।
        [staff] হ্যালো। আমি একজন কর্মী, এবং একজন রোগীর জন্য একজন স্বাধীন মানসিক স্বাস্থ্য পক্ষসমর্থনকারী (IMHA) চাইছি।
       *[patient] হ্যালো। আমি একজন স্বাধীন মানসিক স্বাস্থ্য পক্ষসমর্থনকারী (IMHA) চাই।
    }
request-line-name = নাম: { $value }
request-line-place = কোথায়: { $value }
request-line-status = সেকশন বা অবস্থা: { $value }
request-line-language = ভাষা: { $value }
request-line-contact = যোগাযোগ: { $value }
# $needed is "yes" or "no".
request-line-interpreter =
    { $needed ->
        [yes] একজন দোভাষী দরকার।
       *[no] কোনো দোভাষী দরকার নেই।
    }
request-line-thanks = ধন্যবাদ।
# The statuses that are not a section, as the service would name them.
request-status =
    { $status ->
        [detained-longer-term] একটি সেকশনের অধীনে আটক (কোন সেকশন, তা জানা নেই)
        [detained-section-not-known] একটি সেকশনের অধীনে আটক (কোন সেকশন, তা জানা নেই)
        [cto] কমিউনিটি ট্রিটমেন্ট অর্ডার (CTO)
        [cto-recalled] কমিউনিটি ট্রিটমেন্ট অর্ডার (CTO), হাসপাতালে ফেরত ডাকা হয়েছে
        [guardianship] অভিভাবকত্ব
        [conditional-discharge] শর্তসাপেক্ষে মুক্তিপ্রাপ্ত
        [informal-inpatient] স্বেচ্ছায় ভর্তি (ইনফর্মাল) রোগী
        [none] আটক নন
       *[unknown] জানা নেই
    }

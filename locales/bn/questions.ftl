# SPDX-License-Identifier: MIT OR Apache-2.0

### The questions, one per page. For each question:
### question-<slug>-heading (the question), -hint (under it), -error (when
### nothing is chosen), -summary (short label on the check-answers page);
### and option-<slug>-<value> for each answer, with an optional .hint.

## Shared by every question page

continue-button = চালিয়ে যান
back-link = ফিরে যান
# Between the answers and "I don't know", as in GOV.UK forms.
or-divider = অথবা
error-summary-title = একটি সমস্যা আছে
# The page title when the page shows an error.
page-title-error = ত্রুটি: { page-title }

## Who is asking

question-audience-heading = আপনি কে?
question-audience-hint = আপনাকে সঠিকভাবে বিষয়গুলো বোঝাতে আমরা এটি ব্যবহার করব।
question-audience-error = আপনি কে, তা বেছে নিন
question-audience-summary = কে জানতে চাইছেন
option-audience-patient = আমি রোগী
    .hint = আপনি হাসপাতালে আছেন, অথবা আপনাকে বলা হয়েছে যে আপনি মানসিক স্বাস্থ্য আইনের (Mental Health Act) অধীনে আছেন।
option-audience-carer = আমি একজন কেয়ারার (দেখাশোনাকারী), আত্মীয় বা বন্ধু
    .hint = নিকটতম আত্মীয়ও (nearest relative) এর মধ্যে পড়েন। আপনি অন্য কারও বিষয়ে জানতে চাইছেন।
option-audience-staff = আমি ওয়ার্ডে বা মানসিক স্বাস্থ্য সেবায় কাজ করি
    .hint = পক্ষসমর্থনকারী সম্পর্কে কাকে জানাতেই হবে, আপনি তা দেখতে চান।

## Where the hospital is

question-jurisdiction-heading =
    { $audience ->
        [carer] ওই ব্যক্তির হাসপাতাল কি ইংল্যান্ডে, নাকি ওয়েলসে?
        [staff] রোগীর হাসপাতাল কি ইংল্যান্ডে, নাকি ওয়েলসে?
       *[patient] আপনার হাসপাতাল কি ইংল্যান্ডে, নাকি ওয়েলসে?
    }
question-jurisdiction-hint = ওয়েলসে আইন আলাদা। এখানে প্রশ্ন হলো হাসপাতাল কোথায়, কেউ কোথায় থাকেন তা নয়। কমিউনিটি ট্রিটমেন্ট অর্ডারের (community treatment order) ক্ষেত্রে, এর দায়িত্বে থাকা হাসপাতালটি দেখুন। অভিভাবকত্বের (guardianship) ক্ষেত্রে, কাউন্সিলটি দেখুন।
question-jurisdiction-error = ইংল্যান্ড, ওয়েলস অথবা "আমি জানি না" বেছে নিন
question-jurisdiction-summary = হাসপাতাল কোথায়
option-jurisdiction-england = ইংল্যান্ড
option-jurisdiction-wales = ওয়েলস
option-jurisdiction-unknown = আমি জানি না

## The broad situation

question-setting-heading =
    { $audience ->
        [carer] ওই ব্যক্তির ক্ষেত্রে এর মধ্যে কোনটি সত্যি?
        [staff] রোগীর ক্ষেত্রে এর মধ্যে কোনটি সত্যি?
       *[patient] আপনার ক্ষেত্রে এর মধ্যে কোনটি সত্যি?
    }
question-setting-hint = যেটি সবচেয়ে ভালো মেলে, সেটি বেছে নিন। নিশ্চিত না হলে "আমি জানি না" বেছে নিন, আমরা সাহায্য করব।
question-setting-error = যে অবস্থাটি সবচেয়ে ভালো মেলে সেটি, অথবা "আমি জানি না" বেছে নিন
question-setting-summary = অবস্থা
option-setting-detained =
    { $audience ->
        [carer] তাঁকে মানসিক স্বাস্থ্য আইনের (Mental Health Act) একটি সেকশনের অধীনে হাসপাতালে রাখা হয়েছে
        [staff] মানসিক স্বাস্থ্য আইনের (Mental Health Act) একটি সেকশনের অধীনে আটক
       *[patient] আমাকে মানসিক স্বাস্থ্য আইনের (Mental Health Act) একটি সেকশনের অধীনে হাসপাতালে রাখা হয়েছে
    }
    .hint = একে অনেক সময় "সেকশনে রাখা" (ইংরেজিতে "sectioned") বলা হয়।
option-setting-detained-on-leave =
    { $audience ->
        [carer] তিনি একটি সেকশনের অধীনে আছেন, কিন্তু হাসপাতাল থেকে সাময়িক ছুটিতে (সেকশন 17 ছুটি, section 17 leave)
        [staff] আটক, সেকশন 17 ছুটিতে (section 17 leave)
       *[patient] আমি একটি সেকশনের অধীনে আছি, কিন্তু হাসপাতাল থেকে সাময়িক ছুটিতে (সেকশন 17 ছুটি, section 17 leave)
    }
    .hint = কিছু সময়ের জন্য হাসপাতালের বাইরে থাকার অনুমতি, যেমন বাড়িতে। সেকশন শেষ হয়নি।
option-setting-cto =
    { $audience ->
        [carer] তিনি কমিউনিটি ট্রিটমেন্ট অর্ডারে (CTO) আছেন
        [staff] কমিউনিটি ট্রিটমেন্ট অর্ডারে (CTO) আছেন
       *[patient] আমি কমিউনিটি ট্রিটমেন্ট অর্ডারে (CTO) আছি
    }
    .hint = হাসপাতালের বাইরে থাকা, তবে কিছু শর্ত মেনে চলতে হয়।
option-setting-cto-recalled =
    { $audience ->
        [carer] তিনি CTO-তে আছেন এবং তাঁকে হাসপাতালে ফেরত ডাকা হয়েছে
        [staff] CTO-তে আছেন এবং হাসপাতালে ফেরত ডাকা (recall) হয়েছে
       *[patient] আমি CTO-তে আছি এবং আমাকে হাসপাতালে ফেরত ডাকা হয়েছে
    }
    .hint = একে ফেরত ডাকা (recall) বলে। এটি সর্বোচ্চ 72 ঘণ্টা থাকে।
option-setting-guardianship =
    { $audience ->
        [carer] মানসিক স্বাস্থ্য আইনের (Mental Health Act) অধীনে তাঁর একজন অভিভাবক (guardian) আছেন
        [staff] অভিভাবকত্বের (guardianship) অধীনে আছেন
       *[patient] মানসিক স্বাস্থ্য আইনের (Mental Health Act) অধীনে আমার একজন অভিভাবক (guardian) আছেন
    }
    .hint = অভিভাবক, প্রায়ই কাউন্সিল, কিছু বিষয়ে সিদ্ধান্ত নিতে পারেন, যেমন কোথায় থাকতে হবে।
option-setting-conditional-discharge =
    { $audience ->
        [carer] ট্রাইব্যুনাল বা সরকারের ঠিক করা শর্ত মেনে তিনি হাসপাতাল থেকে চলে এসেছেন
        [staff] শর্তসাপেক্ষে মুক্তি (conditional discharge) পাওয়া একজন বিধিনিষেধযুক্ত রোগী (restricted patient)
       *[patient] ট্রাইব্যুনাল বা সরকারের ঠিক করা শর্ত মেনে আমি হাসপাতাল থেকে চলে এসেছি
    }
    .hint = একে শর্তসাপেক্ষে মুক্তি (conditional discharge) বলে। এটি বিধিনিষেধসহ আদালতের একটি আদেশের পরে হয়।
option-setting-informal-inpatient =
    { $audience ->
        [carer] তিনি মানসিক স্বাস্থ্যের জন্য হাসপাতালে আছেন, কিন্তু কোনো সেকশনের অধীনে নন
        [staff] ইনফর্মাল (স্বেচ্ছায় ভর্তি) রোগী, যাঁর মানসিক রোগের জন্য অ্যাসেসমেন্ট বা চিকিৎসা চলছে
       *[patient] আমি মানসিক স্বাস্থ্যের জন্য হাসপাতালে আছি, কিন্তু কোনো সেকশনের অধীনে নই
    }
    .hint = একে অনেক সময় স্বেচ্ছায় ভর্তি (voluntary) বা ইনফর্মাল (informal) রোগী বলা হয়। শুধু কোনো শারীরিক অসুস্থতার জন্য সাধারণ হাসপাতালে (general hospital) থাকা এর মধ্যে পড়ে না।
option-setting-none =
    { $audience ->
        [carer] তিনি হাসপাতালে নেই এবং মানসিক স্বাস্থ্য আইনের (Mental Health Act) অধীনেও নন
        [staff] হাসপাতালে নেই এবং মানসিক স্বাস্থ্য আইনের (Mental Health Act) অধীনেও নন
       *[patient] আমি হাসপাতালে নেই এবং মানসিক স্বাস্থ্য আইনের (Mental Health Act) অধীনেও নই
    }
option-setting-unknown = আমি জানি না

## Which section

question-section-heading =
    { $audience ->
        [carer] ওই ব্যক্তি কোন সেকশনের অধীনে আছেন?
        [staff] রোগী কোন সেকশনের অধীনে আছেন?
       *[patient] আপনি কোন সেকশনের অধীনে আছেন?
    }
question-section-hint = এটি সেকশনের কাগজপত্রে (section papers) এবং হাসপাতালের দেওয়া অধিকার-বিষয়ক লিফলেটে লেখা থাকে। খুঁজে না পেলে "আমি জানি না" বেছে নিন।
question-section-error = সেকশনটি, অথবা "আমি জানি না" বেছে নিন
question-section-summary = সেকশন
option-section-section-2 = সেকশন 2
    .hint = কারও অবস্থা যাচাই (অ্যাসেসমেন্ট) করার জন্য, সর্বোচ্চ 28 দিন।
option-section-section-3 = সেকশন 3
    .hint = চিকিৎসার জন্য, প্রথমে সর্বোচ্চ 6 মাস।
option-section-section-4 = সেকশন 4
    .hint = জরুরি অবস্থা, একজন ডাক্তারের সুপারিশে, সর্বোচ্চ 72 ঘণ্টা।
option-section-section-5-2 = সেকশন 5(2)
    .hint = একজন ডাক্তার কাউকে ওয়ার্ড ছেড়ে যেতে বাধা দিয়েছেন, সর্বোচ্চ 72 ঘণ্টার জন্য।
option-section-section-5-4 = সেকশন 5(4)
    .hint = একজন নার্স কাউকে ওয়ার্ড ছেড়ে যেতে বাধা দিয়েছেন, সর্বোচ্চ 6 ঘণ্টার জন্য।
option-section-section-135 = সেকশন 135
    .hint = পুলিশ ওয়ারেন্ট নিয়ে এসে কাউকে একটি নিরাপদ স্থানে (place of safety) নিয়ে গেছে।
option-section-section-136 = সেকশন 136
    .hint = পুলিশ কাউকে একটি প্রকাশ্য জায়গা থেকে নিরাপদ স্থানে (place of safety) নিয়ে গেছে।
option-section-section-35 = সেকশন 35
    .hint = আদালত একটি রিপোর্টের জন্য কাউকে হাসপাতালে পাঠিয়েছে।
option-section-section-36 = সেকশন 36
    .hint = বিচার শেষ হওয়ার আগে আদালত কাউকে চিকিৎসার জন্য হাসপাতালে পাঠিয়েছে।
option-section-section-37 = সেকশন 37
    .hint = আদালত একটি হাসপাতাল অর্ডার (hospital order) দিয়েছে।
option-section-section-37-41 = সেকশন 41 সহ সেকশন 37
    .hint = আদালত বিধিনিষেধসহ একটি হাসপাতাল অর্ডার (hospital order) দিয়েছে।
option-section-section-38 = সেকশন 38
    .hint = আদালত একটি অন্তর্বর্তী হাসপাতাল অর্ডার (interim hospital order) দিয়েছে।
option-section-section-45a = সেকশন 45A
    .hint = আদালত জেলের সাজা দিয়েছে, সাথে একটি হাসপাতাল ডিরেকশন (hospital direction)।
option-section-section-47 = সেকশন 47
    .hint = সাজা হওয়ার পরে জেল থেকে হাসপাতালে সরানো হয়েছে।
option-section-section-47-49 = সেকশন 49 সহ সেকশন 47
    .hint = সাজা হওয়ার পরে জেল থেকে হাসপাতালে সরানো হয়েছে, বিধিনিষেধসহ।
option-section-section-48 = সেকশন 48
    .hint = সাজা হওয়ার আগে জেল বা ইমিগ্রেশন আটক কেন্দ্র থেকে হাসপাতালে সরানো হয়েছে।
option-section-section-48-49 = সেকশন 49 সহ সেকশন 48
    .hint = সাজা হওয়ার আগে হাসপাতালে সরানো হয়েছে, বিধিনিষেধসহ।
option-section-unknown = আমি জানি না কোন সেকশন

## Help to find the section

question-what-happened-heading =
    { $audience ->
        [carer] ওই ব্যক্তির সাথে যা হয়েছে, তার সবচেয়ে কাছাকাছি কোনটি?
        [staff] রোগীর সাথে যা হয়েছে, তার সবচেয়ে কাছাকাছি কোনটি?
       *[patient] আপনার সাথে যা হয়েছে, তার সবচেয়ে কাছাকাছি কোনটি?
    }
question-what-happened-hint = মানসিক স্বাস্থ্য আইনের (Mental Health Act) প্রতিটি সেকশন আলাদা আলাদা অবস্থায় ব্যবহার করা হয়। এটি কোন সেকশন হতে পারে, তা বুঝতে এটি আমাদের সাহায্য করে।
question-what-happened-error = সবচেয়ে কাছাকাছি যেটি, সেটি বেছে নিন, অথবা "আমি এখনও নিশ্চিত নই"
question-what-happened-summary = কী হয়েছিল
question-what-happened-papers-heading = সেকশনের কাগজপত্র দেখতে কেমন
question-what-happened-papers =
    { $audience ->
        [carer] হাসপাতালকে অবশ্যই ওই ব্যক্তিকে কিছু ফর্ম দিতে হবে, যাকে সেকশনের কাগজপত্র (section papers) বলে, এবং তাঁর অধিকার নিয়ে একটি লিফলেট দিতে হবে। লিফলেটের শিরোনামে সেকশনটি লেখা থাকে, যেমন "মানসিক স্বাস্থ্য আইন 1983-এর সেকশন 2" (ইংরেজিতে "Section 2 of the Mental Health Act 1983")। ওই ব্যক্তি, অথবা ওয়ার্ডের কর্মীরা, আপনাকে তা দেখাতে পারেন।
        [staff] রোগীকে দেওয়া সেকশনের কাগজপত্রে (section papers) এবং অধিকার-বিষয়ক লিফলেটে সেকশনের নাম লেখা থাকে। রোগীর কাগজপত্র দেখুন, অথবা ওয়ার্ডের মানসিক স্বাস্থ্য আইন (Mental Health Act) অফিসে খোঁজ নিন।
       *[patient] হাসপাতালকে অবশ্যই আপনাকে কিছু ফর্ম দিতে হবে, যাকে সেকশনের কাগজপত্র (section papers) বলে, এবং আপনার অধিকার নিয়ে একটি লিফলেট দিতে হবে। লিফলেটের শিরোনামে আপনার সেকশন লেখা থাকে, যেমন "মানসিক স্বাস্থ্য আইন 1983-এর সেকশন 2" (ইংরেজিতে "Section 2 of the Mental Health Act 1983")। আপনি ওয়ার্ডের কর্মীদের তা দেখাতে বলতে পারেন।
    }
option-what-happened-police-public-place =
    { $audience ->
        [carer] পুলিশ তাঁকে একটি প্রকাশ্য জায়গা থেকে নিরাপদ স্থানে (place of safety) নিয়ে গেছে
        [staff] পুলিশ তাঁকে একটি প্রকাশ্য জায়গা থেকে নিরাপদ স্থানে (place of safety) নিয়ে গেছে
       *[patient] পুলিশ আপনাকে একটি প্রকাশ্য জায়গা থেকে নিরাপদ স্থানে (place of safety) নিয়ে গেছে
    }
    .hint = যেমন হাসপাতাল বা থানা। এটি সাধারণত সেকশন 136।
option-what-happened-police-warrant-home =
    { $audience ->
        [carer] পুলিশ ওয়ারেন্ট নিয়ে তাঁর বাড়িতে এসে তাঁকে নিরাপদ স্থানে (place of safety) নিয়ে গেছে
        [staff] পুলিশ ওয়ারেন্ট নিয়ে তাঁর বাড়িতে এসে তাঁকে নিরাপদ স্থানে (place of safety) নিয়ে গেছে
       *[patient] পুলিশ ওয়ারেন্ট নিয়ে আপনার বাড়িতে এসে আপনাকে নিরাপদ স্থানে (place of safety) নিয়ে গেছে
    }
    .hint = এটি সাধারণত সেকশন 135।
option-what-happened-nurse-stopped-leaving =
    { $audience ->
        [carer] একজন নার্স কয়েক ঘণ্টার জন্য তাঁকে ওয়ার্ড ছেড়ে যেতে বাধা দিয়েছেন
        [staff] একজন নার্স কয়েক ঘণ্টার জন্য তাঁকে ওয়ার্ড ছেড়ে যেতে বাধা দিয়েছেন
       *[patient] একজন নার্স কয়েক ঘণ্টার জন্য আপনাকে ওয়ার্ড ছেড়ে যেতে বাধা দিয়েছেন
    }
    .hint = এটি সাধারণত সেকশন 5(4)। এটি সর্বোচ্চ 6 ঘণ্টা থাকে।
option-what-happened-doctor-stopped-leaving =
    { $audience ->
        [carer] একজন ডাক্তার সর্বোচ্চ 3 দিনের জন্য তাঁকে ওয়ার্ড ছেড়ে যেতে বাধা দিয়েছেন
        [staff] একজন ডাক্তার সর্বোচ্চ 3 দিনের জন্য তাঁকে ওয়ার্ড ছেড়ে যেতে বাধা দিয়েছেন
       *[patient] একজন ডাক্তার সর্বোচ্চ 3 দিনের জন্য আপনাকে ওয়ার্ড ছেড়ে যেতে বাধা দিয়েছেন
    }
    .hint = এটি সাধারণত সেকশন 5(2)। এটি সর্বোচ্চ 72 ঘণ্টা থাকে।
option-what-happened-kept-more-than-3-days =
    { $audience ->
        [carer] তাঁকে একটি সেকশনের অধীনে 3 দিনের বেশি সময় ধরে হাসপাতালে রাখা হয়েছে
        [staff] তাঁকে একটি সেকশনের অধীনে 3 দিনের বেশি সময় ধরে হাসপাতালে রাখা হয়েছে
       *[patient] আপনাকে একটি সেকশনের অধীনে 3 দিনের বেশি সময় ধরে হাসপাতালে রাখা হয়েছে
    }
    .hint = অল্প সময়ের জরুরি সেকশনগুলো সবই 3 দিনের মধ্যে শেষ হয়ে যায়।
option-what-happened-court-sent =
    { $audience ->
        [carer] আদালত তাঁকে হাসপাতালে পাঠিয়েছে
        [staff] আদালত তাঁকে হাসপাতালে পাঠিয়েছে
       *[patient] আদালত আপনাকে হাসপাতালে পাঠিয়েছে
    }
option-what-happened-moved-from-prison =
    { $audience ->
        [carer] তাঁকে জেল থেকে হাসপাতালে সরানো হয়েছে
        [staff] তাঁকে জেল থেকে হাসপাতালে সরানো হয়েছে
       *[patient] আপনাকে জেল থেকে হাসপাতালে সরানো হয়েছে
    }
option-what-happened-rules-outside-hospital =
    { $audience ->
        [carer] তিনি হাসপাতালের বাইরে থাকেন, কিন্তু তাঁকে কিছু নিয়ম মানতে হয় এবং তাঁকে হাসপাতালে ফেরত ডাকা যায়
        [staff] তিনি হাসপাতালের বাইরে থাকেন, কিন্তু তাঁকে কিছু নিয়ম মানতে হয় এবং তাঁকে হাসপাতালে ফেরত ডাকা যায়
       *[patient] আপনি হাসপাতালের বাইরে থাকেন, কিন্তু আপনাকে কিছু নিয়ম মানতে হয় এবং আপনাকে হাসপাতালে ফেরত ডাকা যায়
    }
    .hint = এটি সাধারণত একটি কমিউনিটি ট্রিটমেন্ট অর্ডার (CTO)।
option-what-happened-guardian =
    { $audience ->
        [carer] একজন অভিভাবক (guardian), প্রায়ই কাউন্সিল, ঠিক করেন তিনি কোথায় থাকবেন
        [staff] একজন অভিভাবক (guardian), প্রায়ই কাউন্সিল, ঠিক করেন তিনি কোথায় থাকবেন
       *[patient] একজন অভিভাবক (guardian), প্রায়ই কাউন্সিল, ঠিক করেন আপনি কোথায় থাকবেন
    }
    .hint = একে অভিভাবকত্ব (guardianship) বলে।
option-what-happened-free-to-leave =
    { $audience ->
        [carer] তিনি হাসপাতালে আছেন এবং চাইলে চলে যেতে পারেন
        [staff] তিনি হাসপাতালে আছেন এবং চাইলে চলে যেতে পারেন
       *[patient] আপনি হাসপাতালে আছেন এবং চাইলে চলে যেতে পারেন
    }
    .hint = একে স্বেচ্ছায় ভর্তি (voluntary) বা ইনফর্মাল (informal) রোগী হওয়া বলে।
option-what-happened-not-in-hospital =
    { $audience ->
        [carer] তিনি হাসপাতালে নেই এবং এর কোনোটিই মেলে না
        [staff] তিনি হাসপাতালে নেই এবং এর কোনোটিই মেলে না
       *[patient] আপনি হাসপাতালে নেই এবং এর কোনোটিই মেলে না
    }
option-what-happened-still-not-sure = আমি এখনও নিশ্চিত নই

## Leave

question-on-leave-heading =
    { $audience ->
        [carer] ওই ব্যক্তি কি এখন হাসপাতাল থেকে সাময়িক ছুটিতে (leave) আছেন?
        [staff] রোগী কি সেকশন 17 ছুটিতে (section 17 leave) আছেন?
       *[patient] আপনি কি এখন হাসপাতাল থেকে সাময়িক ছুটিতে (leave) আছেন?
    }
question-on-leave-hint = একে সেকশন 17 ছুটি (section 17 leave) বলে: ডাক্তারের অনুমতি নিয়ে কিছু সময় ওয়ার্ডের বাইরে থাকা। ছুটিতে থাকলেও পক্ষসমর্থনকারী পাওয়ার অধিকার বদলায় না।
question-on-leave-error = হ্যাঁ, না অথবা "আমি জানি না" বেছে নিন
question-on-leave-summary = সাময়িক ছুটিতে আছেন
option-on-leave-true = হ্যাঁ
option-on-leave-false = না
option-on-leave-unknown = আমি জানি না

## Treatment being discussed

question-treatment-discussed-heading =
    { $audience ->
        [carer] একজন ডাক্তার কি ওই ব্যক্তির সাথে এর মধ্যে কোনো চিকিৎসা নিয়ে কথা বলেছেন?
        [staff] রোগী কি কোনো ডাক্তার বা অনুমোদিত ক্লিনিশিয়ানের (approved clinician) সাথে এর মধ্যে কোনো চিকিৎসা নিয়ে আলোচনা করছেন?
       *[patient] একজন ডাক্তার কি আপনার সাথে এর মধ্যে কোনো চিকিৎসা নিয়ে কথা বলেছেন?
    }
question-treatment-discussed-hint = কিছু চিকিৎসার ক্ষেত্রে পক্ষসমর্থনকারী পাওয়ার অধিকার থাকে, এমনকি যাঁরা কোনো সেকশনের অধীনে নেই তাঁদেরও।
question-treatment-discussed-error = একটি চিকিৎসা, "এর কোনোটিই নয়", অথবা "আমি জানি না" বেছে নিন
question-treatment-discussed-summary = যে চিকিৎসা নিয়ে কথা হয়েছে
option-treatment-discussed-section-57 = মানসিক স্বাস্থ্য সমস্যার জন্য মস্তিষ্কে অস্ত্রোপচার, অথবা যৌন ইচ্ছা কমানোর জন্য হরমোন ইমপ্লান্ট
    .hint = এগুলো খুবই বিরল।
option-treatment-discussed-section-58a = ইলেক্ট্রোকনভালসিভ থেরাপি (ECT)
    .hint = এমন একটি চিকিৎসা, যাতে অ্যানেসথেসিয়া (অজ্ঞান করার ওষুধ) দিয়ে মস্তিষ্কের মধ্য দিয়ে অল্প বিদ্যুৎ প্রবাহ পাঠানো হয়।
option-treatment-discussed-none = এর কোনোটিই নয়
option-treatment-discussed-unknown = আমি জানি না

## Age

question-under-18-heading =
    { $audience ->
        [carer] ওই ব্যক্তির বয়স কি 18-এর কম?
        [staff] রোগীর বয়স কি 18-এর কম?
       *[patient] আপনার বয়স কি 18-এর কম?
    }
question-under-18-hint = ECT-এর ক্ষেত্রে 18 বছরের কম বয়সীদের জন্য নিয়ম আলাদা।
question-under-18-error = হ্যাঁ, না অথবা "আমি জানি না" বেছে নিন
question-under-18-summary = বয়স 18-এর কম
option-under-18-true = হ্যাঁ
option-under-18-false = না
option-under-18-unknown = আমি জানি না

## Check your answers

check-heading = আপনার উত্তরগুলো যাচাই করুন
check-intro = ফলাফল দেখার আগে আপনি যেকোনো উত্তর বদলাতে পারেন।
check-change = বদলান
# After "Change", read by screen readers only, e.g. "Change Section".
check-change-context = { $question }
check-continue = ফলাফল দেখুন
# Under an answer to "what happened": the section that answer stands for,
# e.g. "That means: Section 136".
check-inferred-section = এর মানে: { $section }

## Notices

notice-saved-answers-unreadable = আপনার সংরক্ষিত উত্তরগুলো আমরা পড়তে পারিনি, তাই আমরা আবার শুরু থেকে শুরু করেছি।
notice-link-unreadable = লিংকের কিছু উত্তর পড়া যায়নি। অনুগ্রহ করে এই প্রশ্নের উত্তর দিন।

## A page that does not exist

not-found-heading = পাতাটি পাওয়া যায়নি
not-found-body = লিংকটি ভুল বা পুরোনো হতে পারে।
not-found-start = শুরুতে যান

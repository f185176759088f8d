# Machine-assisted draft: not yet reviewed by a native speaker.

### `salama l10n`-এর বার্তা: অনুবাদকেরা নিজেদের কাজ যাচাই করতে যে টুল ব্যবহার করেন।
### বার্তার id, ফাইলের নাম, $variables আর U+200F-এর মতো কোড যেমন আছে তেমন রাখুন।

l10n-severity-error = ত্রুটি
l10n-severity-warning = সতর্কতা

## `salama l10n check` যা খুঁজে পায়। প্রতিটি লাইন শুরু হয় ফাইল, লাইন আর কলাম দিয়ে।

# $detail হলো পার্সারের ব্যাখ্যা, ইংরেজিতে।
l10n-problem-syntax-error = এটি Fluent-এর নিয়ম মেনে লেখা নয়, তাই বার্তাটি হারিয়ে যায়: { $detail }
l10n-problem-duplicate-id = এই id দ্বিতীয়বার লেখা হয়েছে। শুধু একটি রাখুন।
# $attribute হলো একটি অ্যাট্রিবিউটের নাম, যেমন "title"।
l10n-problem-duplicate-attribute = .{ $attribute } অ্যাট্রিবিউটটি দুবার লেখা হয়েছে।
l10n-problem-missing-message = এখনো অনুবাদ হয়নি। পাঠকেরা ইংরেজি লেখাটি দেখেন।
l10n-problem-obsolete-message = ইংরেজিতে এই বার্তাটি আর নেই। আপনি এটি মুছে ফেলতে পারেন।
l10n-problem-missing-value = ইংরেজিতে এখানে একটি মূল লেখা (value) আছে, অনুবাদে শুধু অ্যাট্রিবিউট আছে।
l10n-problem-obsolete-value = ইংরেজিতে এখানে কোনো মূল লেখা (value) নেই, শুধু অ্যাট্রিবিউট আছে।
l10n-problem-missing-attribute = .{ $attribute } অ্যাট্রিবিউটটির এখনো অনুবাদ হয়নি।
l10n-problem-obsolete-attribute = ইংরেজিতে .{ $attribute } অ্যাট্রিবিউট নেই। আপনি এটি মুছে ফেলতে পারেন।
# $variable হলো একটি ভেরিয়েবলের নাম, যেমন "count"; এটি $ চিহ্নসহ দেখানো হয়।
l10n-problem-missing-variable = ইংরেজি লেখায় এখানে ${ $variable } ব্যবহার করা হয়েছে; অনুবাদেও এটি থাকতে হবে।
l10n-problem-unknown-variable = ${ $variable } এই বার্তাকে দেওয়া হয় না। শুধু ইংরেজি লেখার ভেরিয়েবলগুলোই ব্যবহার করুন।
# $categories হলো CLDR বহুবচন শ্রেণির একটি তালিকা, যেমন "zero, two, few"।
l10n-problem-missing-plural-categories = এই বহুবচনের (plural) জন্য এগুলোর প্রতিটির আলাদা রূপ দরকার: { $categories }।
# $reference হলো একটি বার্তার id, অথবা "-" দিয়ে শুরু হওয়া একটি term-এর id।
l10n-problem-unknown-reference = { $reference } এই ভাষায় নেই।
# $function হলো একটি ফাংশনের নাম, যেমন DATETIME।
l10n-problem-unknown-function = সালামায় { $function } নামে কোনো ফাংশন নেই। NUMBER বা PHONE ব্যবহার করুন।
l10n-problem-empty-value = এই লেখাটি খালি।
# $codepoint হলো একটি অক্ষরের কোড, যেমন U+202E।
l10n-problem-bidi-control = একটি অদৃশ্য দিক-নিয়ন্ত্রক চিহ্ন ({ $codepoint }) আশপাশের লেখা এলোমেলো করে দিতে পারে। এটি মুছে ফেলুন: সালামা নিজেই নাম আর নম্বর ঠিক ক্রমে রাখে।
l10n-problem-bidi-mark = একটি অদৃশ্য দিক-চিহ্ন ({ $codepoint }) পাওয়া গেছে। আপনি ইচ্ছা করে না বসিয়ে থাকলে এটি মুছে ফেলুন।
l10n-problem-identical-to-source = এটি হুবহু ইংরেজি লেখার মতো। এটি কি অনুবাদ করা হয়েছে?
l10n-problem-bare-phone-number = ফোন নম্বর { $number } সাধারণ লেখা হিসেবে আছে, তাই ডান থেকে বাঁয়ে লেখা ভাষায় এর অংশগুলো ভুল ক্রমে দেখা যায়। এভাবে লিখুন: { "{" } PHONE("{ $number }") { "}" }।

# $locales হলো কতগুলো ভাষা যাচাই করা হয়েছে। বাংলায় "one" শ্রেণিতে 0 ও 1 দুটোই পড়ে, তাই সেখানেও সংখ্যাটি দেখানো হয়।
l10n-check-summary =
    { $errors ->
        [0] { $locales ->
                [one] { $locales }টি ভাষা যাচাই করা হয়েছে: কোনো ত্রুটি নেই
               *[other] { $locales }টি ভাষা যাচাই করা হয়েছে: কোনো ত্রুটি নেই
            }
        [one] { $locales ->
                [one] { $locales }টি ভাষা যাচাই করা হয়েছে: একটি ত্রুটি
               *[other] { $locales }টি ভাষা যাচাই করা হয়েছে: একটি ত্রুটি
            }
       *[other] { $locales ->
                [one] { $locales }টি ভাষা যাচাই করা হয়েছে: { $errors }টি ত্রুটি
               *[other] { $locales }টি ভাষা যাচাই করা হয়েছে: { $errors }টি ত্রুটি
            }
    }, { $warnings ->
        [0] কোনো সতর্কতা নেই।
        [one] একটি সতর্কতা।
       *[other] { $warnings }টি সতর্কতা।
    }

## `salama l10n status`: একটি সারণি, প্রতি সারিতে একটি ভাষা, আর একটি চার্ট।

l10n-status-locale = ভাষা
l10n-status-messages = বার্তা
l10n-status-translated = অনূদিত
l10n-status-words = শব্দ
l10n-status-review = যাচাই
l10n-status-review-source = মূল ভাষা
l10n-status-review-machine-draft = যন্ত্রের খসড়া
l10n-status-review-native-reviewed = মাতৃভাষী যাচাই করেছেন
l10n-status-review-legally-reviewed = আইনি যাচাই হয়েছে
l10n-status-review-unknown = locales.json-এ নেই
l10n-status-chart-title = সালামা: অনুবাদ কতটা হয়েছে
l10n-status-chart-note = প্রতিটি দণ্ড দেখায় ইংরেজি বার্তাগুলোর কত অংশ অনুবাদ হয়েছে; এর রং যাচাইয়ের অবস্থা দেখায়।
# $path হলো যে ফাইলে চার্টটি লেখা হয়েছে।
l10n-status-chart-written = চার্টটি { $path }-এ লেখা হয়েছে।

## ফোল্ডার নিয়েই সমস্যা।

l10n-error-no-folder = এখানে বা এর ওপরের কোনো ফোল্ডারে অনুবাদের ফোল্ডার পাওয়া যায়নি। একটি ফোল্ডার দিন: salama l10n check <FOLDER>।
# $path হলো যে ফোল্ডারটি দেওয়া হয়েছে।
l10n-error-no-source = { $path }-এ কোনো en ফোল্ডার নেই। এটি কি অনুবাদের ফোল্ডার?
# $path হলো একটি ফাইল বা ফোল্ডার।
l10n-error-unreadable = { $path } পড়া যাচ্ছে না।
l10n-error-not-utf8 = ফাইলটি UTF-8 লেখা নয়।

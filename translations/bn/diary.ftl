# Machine-assisted draft: not yet reviewed by a native speaker.

### তালাবন্ধ (এনক্রিপ্ট করা) ডায়েরি: প্রশ্ন, সতর্কবার্তা, আর এক্সপোর্ট করা রিপোর্ট।

diary-title = ডায়েরি
diary-prompt-passphrase = ডায়েরির পাসওয়ার্ড:
diary-prompt-new-passphrase = ডায়েরির নতুন পাসওয়ার্ড:
diary-prompt-repeat-passphrase = একই পাসওয়ার্ড আবার লিখুন:
diary-prompt-duress-passphrase = চাপের মুখে দেওয়ার পাসওয়ার্ড (এটি দিয়ে খুললে ডায়েরি পুরোপুরি মুছে যায় এবং একটি খালি ডায়েরি খোলে):
diary-prompt-export-passphrase = এক্সপোর্টের পাসওয়ার্ড (যিনি পড়বেন, তাঁকে এটি অন্য কোনো উপায়ে জানান):
diary-passphrases-differ = দুটি পাসওয়ার্ড এক নয়। কিছুই বদলানো হয়নি।
diary-warning-pin = কেউ আপনার ফোনের কপি করে নিলে, তার পক্ষে পিন (শুধু সংখ্যা) আন্দাজ করা সহজ। কয়েকটি শব্দের একটি বাক্য অনেক বেশি নিরাপদ।
diary-warning-short = এই পাসওয়ার্ডটি ছোট। কয়েকটি শব্দের একটি বাক্য অনেক বেশি নিরাপদ।
diary-created = আপনার ডায়েরি তৈরি হয়ে গেছে। আপনার পাসওয়ার্ড ছাড়া কেউ এটি পড়তে পারবে না। পাসওয়ার্ড ভুলে গেলে ডায়েরি আর ফিরিয়ে আনা যাবে না।
diary-passphrase-changed = পাসওয়ার্ড বদলানো হয়েছে। পুরোনো পাসওয়ার্ড দিয়ে আর ডায়েরি খোলে না।
diary-duress-set = চাপের মুখে দেওয়ার পাসওয়ার্ড ঠিক করা হয়েছে। এটি দিয়ে খুললে আপনার ডায়েরি পুরোপুরি মুছে যায় এবং একটি খালি ডায়েরি খোলে।
diary-wipe-after-set = পরপর এতবার ভুল পাসওয়ার্ড দিলে ডায়েরি পুরোপুরি মুছে ফেলা হবে।
diary-added = লেখাটি সংরক্ষণ করা হয়েছে।
diary-edited = লেখাটি বদলানো হয়েছে। আগের সংস্করণটি রেখে দেওয়া হয়েছে।
diary-deleted = লেখাটি মুছে ফেলা হয়েছে।
diary-wiped = ডায়েরি পুরোপুরি মুছে ফেলা হয়েছে। এটি আর ফিরিয়ে আনা যাবে না।
diary-confirm-delete = এই লেখাটি তার সব সংস্করণ আর সংযুক্ত ফাইলসহ মুছে ফেলবেন? নিশ্চিত করতে ইংরেজিতে yes লিখুন।
diary-confirm-wipe = পুরো ডায়েরি এখনই পুরোপুরি মুছে ফেলবেন? এটি আর ফিরিয়ে আনা যাবে না। নিশ্চিত করতে ইংরেজিতে yes লিখুন।
diary-confirm-needed = কিছুই করা হয়নি। প্রশ্ন ছাড়াই এটি করতে কমান্ডের সঙ্গে --yes যোগ করুন।
diary-not-confirmed = কিছুই করা হয়নি।
diary-exported = এক্সপোর্ট ফাইলটি লেখা হয়েছে। শুধু যাঁর কাছে চাবি (key) বা পাসওয়ার্ড আছে, তিনিই age নামের প্রোগ্রাম দিয়ে এটি খুলতে পারবেন।
diary-backed-up = ব্যাকআপ লেখা হয়েছে। যেকোনো ফোনে পাসওয়ার্ড দিয়ে এটি খোলা যায়।
# $added, $merged, $unchanged, $replaced আর $attachments হলো সংখ্যা।
diary-restored = ফিরিয়ে আনা হয়েছে: { $added }টি নতুন লেখা, { $merged }টি মেলানো হয়েছে, { $unchanged }টি আগে থেকেই ছিল, { $replaced }টি বদলে দেওয়া হয়েছে, { $attachments }টি সংযুক্ত ফাইল।
diary-restore-choose = আপনার ডায়েরিতে আগে থেকেই লেখা আছে। সেগুলো রেখে ব্যাকআপের লেখাগুলোও যোগ করতে --merge যোগ করুন, অথবা আগে সেগুলো মুছে ফেলতে --replace যোগ করুন।
diary-restore-ask = আপনার ডায়েরিতে আগে থেকেই লেখা আছে। সেগুলো রেখে ব্যাকআপের লেখাগুলোও যোগ করতে মেলান লিখুন, অথবা আগে সেগুলো মুছে ফেলতে বদলান লিখুন:
diary-answer-merge = মেলান
diary-answer-replace = বদলান
diary-prompt-backup-passphrase = ব্যাকআপের পাসওয়ার্ড:
diary-prompt-backup-passphrase-or-same = ব্যাকআপের পাসওয়ার্ড (এটি ডায়েরির পাসওয়ার্ডই হলে Enter চাপুন):
diary-none-here = এখানে এখনো কোনো ডায়েরি নেই। এই কমান্ড দিয়ে একটি তৈরি করুন: salama diary init
diary-kdf-memory-range = পাসওয়ার্ড সুরক্ষার জন্য মেমোরি { $min } থেকে { $max } MiB-এর মধ্যে হতে হবে। কিছুই তৈরি করা হয়নি।
diary-kdf-passes-range = ধাপের সংখ্যা { $min } থেকে { $max }-এর মধ্যে হতে হবে। কিছুই তৈরি করা হয়নি।
diary-wipe-after-range = ডায়েরি মুছে ফেলার আগে ভুল পাসওয়ার্ডের সংখ্যা 1 থেকে 100-এর মধ্যে হতে হবে, অথবা কখনো না মুছতে 0। কিছুই বদলানো হয়নি।
diary-clear-and-set = একই সময়ে একটি ঘর খালি করা আর তাতে নতুন মান দেওয়া যায় না। কিছুই বদলানো হয়নি।
diary-no-entries = কোনো লেখা নেই।
diary-damaged-entries = কিছু লেখা নষ্ট হয়ে গেছে, তাই পড়া যাচ্ছে না। আপনার অন্য লেখাগুলো নিরাপদ আছে।
diary-damaged-not-included = এই লেখাগুলো নষ্ট হয়ে গেছে, পড়া যায়নি, তাই বাদ রাখা হয়েছে (বাকি সব রাখা হয়েছে):
diary-damaged-attachments-not-included = এই সংযুক্ত ফাইলগুলো নষ্ট হয়ে গেছে, পড়া যায়নি, তাই বাদ রাখা হয়েছে:
# $shown আর $total হলো সংখ্যা।
diary-list-count = { $total }টি লেখার মধ্যে { $shown }টি।
diary-ledger-empty = দেনা বা টাকা দেওয়ার কোনো হিসাব লেখা নেই।
diary-history = আগের সংস্করণ

diary-kind-event = ঘটনা
diary-kind-payment = টাকা দেওয়া
diary-kind-debt = দেনা
diary-kind-document-taken = কাগজপত্র নিয়ে নেওয়া
diary-kind-person = ব্যক্তি
diary-kind-place = জায়গা
diary-kind-note = নোট

diary-field-date = তারিখ
diary-field-text = বিবরণ
diary-field-place = জায়গা
diary-field-people = লোকজন
diary-field-amount = পরিমাণ
diary-field-creditor = কার কাছে দেনা
diary-field-tags = ট্যাগ
diary-field-written = লেখার সময়
diary-field-edited = বদলানো হয়েছে
diary-field-attachment = সংযুক্ত ফাইল
diary-field-version = সংস্করণ

diary-report-title = ডায়েরির রেকর্ড
# $date হলো এক্সপোর্টের তারিখ, $count হলো লেখার সংখ্যা। বাংলায় "one" শ্রেণিতে 0 ও 1 দুটোই পড়ে, তাই সেখানেও সংখ্যাটি দেখানো হয়।
diary-report-generated =
    { $count ->
        [one] { $date } তারিখে এক্সপোর্ট করা হয়েছে। { $count }টি লেখা।
       *[other] { $date } তারিখে এক্সপোর্ট করা হয়েছে। { $count }টি লেখা।
    }
diary-report-notice = এই রেকর্ডটি এর মালিক নিজের ফোনে সালামা অ্যাপে লিখেছেন। ঘটনার তারিখগুলো মালিক যেমন লিখেছেন, তেমনই আছে; "লেখার সময়" ফোনের ঘড়ি থেকে নেওয়া। যে লেখাগুলো বদলানো হয়েছে, সেগুলোর আগের সংস্করণ diary.json ফাইলে আছে।
diary-report-ledger = দেনা ও টাকা দেওয়ার হিসাব
diary-report-ledger-empty = দেনা বা টাকা দেওয়ার কোনো হিসাব লেখা নেই।
diary-report-creditor = কার কাছে দেনা
diary-report-currency = মুদ্রা
diary-report-owed = দেনার পরিমাণ
diary-report-paid = শোধ করা হয়েছে
diary-report-remaining = বাকি
diary-report-entries = তারিখ অনুযায়ী লেখা
diary-report-damaged = নষ্ট রেকর্ড
diary-report-damaged-notice = এই রেকর্ডগুলো সঠিকতা যাচাইয়ে উতরায়নি: হয় এগুলো নষ্ট হয়ে গেছে, নয়তো ফাইলটি হাতে পাওয়া কেউ এগুলো বদলে দিয়েছে। যা যাচাই করা যায়নি তা বাদ রাখা হয়েছে। বাকি সব এই এক্সপোর্টে আছে।
diary-report-damaged-entry = লেখা { $id }
diary-report-damaged-attachment = সংযুক্ত ফাইল { $id }
# $count হলো লেখাটি কতবার বদলানো হয়েছে, $date হলো শেষবার কখন বদলানো হয়েছে।
diary-report-edited =
    { $count ->
        [one] একবার, শেষবার { $date }
       *[other] { $count } বার, শেষবার { $date }
    }

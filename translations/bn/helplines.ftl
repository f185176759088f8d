# Machine-assisted draft: not yet reviewed by a native speaker.

### হেল্পলাইনের তালিকা: কোন হেল্পলাইন কীসের জন্য, কীভাবে যোগাযোগ করবেন, কখন খোলা থাকে,
### আর তালিকাটি হালনাগাদ করা।
### নম্বর আর সংস্থার নাম যেমন আছে তেমন রাখুন। এমন কারও জন্য লিখুন, যাঁর এখনই সাহায্য
### দরকার: ছোট, সহজ বাক্য।

## হেল্পলাইন কী বিষয়ে সাহায্য করে

helplines-need-emergency = জরুরি অবস্থা (পুলিশ, অ্যাম্বুলেন্স, ফায়ার সার্ভিস)
helplines-need-trafficking = মানব পাচার ও শোষণ
helplines-need-asylum-legal-aid = আশ্রয় ও আইনি সাহায্য
helplines-need-child-protection = শিশু
helplines-need-gender-based-violence = নারীর প্রতি সহিংসতা ও যৌন সহিংসতা
helplines-need-medical = চিকিৎসা সহায়তা
helplines-need-shelter = থাকার জন্য একটি নিরাপদ জায়গা
helplines-need-labour-rights = কাজের জায়গায় অধিকার
helplines-need-missing-persons = নিখোঁজ মানুষ

## কীভাবে হেল্পলাইনে যোগাযোগ করবেন

helplines-channel-phone = ফোন
helplines-channel-short-code = ফোন (ছোট নম্বর, শুধু দেশের ভেতরে)
helplines-channel-sms = এসএমএস
helplines-channel-whatsapp = হোয়াটসঅ্যাপ
helplines-channel-signal = সিগন্যাল অ্যাপ
helplines-channel-email = ইমেইল
helplines-channel-web = ওয়েবসাইট

## খোলার সময়

helplines-open-always = দিনরাত খোলা
helplines-open-now = এখন খোলা
helplines-open-unknown = খোলার সময় জানা নেই
# $day হলো সপ্তাহের একটি দিন (helplines-day- বার্তাগুলো দেখুন), $time একটি সময়, যেমন 17:30, $zone একটি টাইম জোন, যেমন Europe/Rome।
helplines-open-closes = এখন খোলা। { $day } { $time }-এ বন্ধ হবে ({ $zone })।
helplines-closed-opens = এখন বন্ধ। { $day } { $time }-এ খুলবে ({ $zone })।
helplines-closed = এখন বন্ধ
helplines-day-mon = সোমবার
helplines-day-tue = মঙ্গলবার
helplines-day-wed = বুধবার
helplines-day-thu = বৃহস্পতিবার
helplines-day-fri = শুক্রবার
helplines-day-sat = শনিবার
helplines-day-sun = রবিবার

## প্রতিটি হেল্পলাইনের সঙ্গে দেখানো তথ্য

helplines-emergency-label = জরুরি
helplines-free = বিনামূল্যে
helplines-not-free = কলের জন্য আপনাকে টাকা দিতে হতে পারে
helplines-free-unknown = খরচ জানা নেই
helplines-languages = ভাষা
helplines-languages-more = এবং আরও অনেক ভাষা
helplines-languages-unknown = ভাষা জানা নেই
helplines-languages-unlisted = কয়েকটি ভাষা, তালিকা দেওয়া নেই
helplines-operator = পরিচালনা করে
helplines-sources = সূত্র
helplines-source-dated = সূত্রের তারিখ: { $date }
helplines-source-undated = সূত্রে কোনো তারিখ নেই
helplines-checked-by = { $by } { $date } তারিখে যাচাই করেছেন
helplines-checked-by-undated = { $by } যাচাই করেছেন
helplines-status-partly-verified = পুরোপুরি নিশ্চিত নয়: নম্বরটি এখনো কাজ করে কি না, দেখে নিন।
helplines-none-found = এই খোঁজে কোনো হেল্পলাইন পাওয়া যায়নি। এখনই বিপদে থাকলে 112 (ইউরোপে) বা স্থানীয় জরুরি নম্বরে ফোন করুন।

## মূল তালিকা: প্রকাশ্য সূত্র থেকে নেওয়া নম্বর, যা অ্যাপের ভেতরেই আছে

helplines-eu-112-name = জরুরি নম্বর 112
helplines-eu-112-description = তাৎক্ষণিক বিপদে: পুলিশ, অ্যাম্বুলেন্স, ফায়ার সার্ভিস। ল্যান্ডফোন ও মোবাইল ফোন থেকে বিনামূল্যে।
helplines-eu-112-note = ইউরোপীয় ইউনিয়নের প্রতিটি দেশে কাজ করে।
helplines-ch-112-name = জরুরি নম্বর 112
helplines-ch-112-description = তাৎক্ষণিক বিপদে: পুলিশ, অ্যাম্বুলেন্স, ফায়ার সার্ভিস। ল্যান্ডফোন ও মোবাইল ফোন থেকে বিনামূল্যে।
helplines-rs-112-name = জরুরি নম্বর 112
helplines-rs-112-description = তাৎক্ষণিক বিপদে: পুলিশ, অ্যাম্বুলেন্স, ফায়ার সার্ভিস। ল্যান্ডফোন ও মোবাইল ফোন থেকে বিনামূল্যে।

helplines-eu-116000-name = নিখোঁজ শিশুদের হটলাইন 116 000
helplines-eu-116000-description = কোনো শিশু নিখোঁজ হলে: শিশুটি, তার পরিবার আর যাঁরা কিছু দেখেছেন, তাঁদের জন্য সহায়তা। বিনামূল্যে, দিনরাত।
helplines-eu-116000-note = প্রতিটি দেশে এই নম্বরের পেছনে সেই দেশের নিজস্ব সংস্থা আছে, যেমন গ্রিসে The Smile of the Child আর ইতালিতে Telefono Azzurro। বেশির ভাগ দেশে চ্যাটের সুবিধাও আছে।
helplines-ch-116000-name = নিখোঁজ শিশুদের হটলাইন 116 000
helplines-ch-116000-description = কোনো শিশু নিখোঁজ হলে: শিশুটি, তার পরিবার আর যাঁরা কিছু দেখেছেন, তাঁদের জন্য সহায়তা। বিনামূল্যে, দিনরাত।
helplines-ch-116000-note = নম্বরটি স্থানীয়ভাবে যাচাই করে নিন: এর পেছনের সংস্থা দেশভেদে আলাদা।
helplines-al-116000-name = নিখোঁজ শিশুদের হটলাইন 116 000
helplines-al-116000-description = কোনো শিশু নিখোঁজ হলে: শিশুটি, তার পরিবার আর যাঁরা কিছু দেখেছেন, তাঁদের জন্য সহায়তা। বিনামূল্যে, দিনরাত।
helplines-al-116000-note = নম্বরটি স্থানীয়ভাবে যাচাই করে নিন: এর পেছনের সংস্থা দেশভেদে আলাদা।
helplines-rs-116000-name = নিখোঁজ শিশুদের হটলাইন 116 000
helplines-rs-116000-description = কোনো শিশু নিখোঁজ হলে: শিশুটি, তার পরিবার আর যাঁরা কিছু দেখেছেন, তাঁদের জন্য সহায়তা। বিনামূল্যে, দিনরাত।

helplines-eu-116111-name = শিশুদের হেল্পলাইন 116 111
helplines-eu-116111-description = যে শিশুদের কারও সঙ্গে কথা বলা দরকার, তাদের জন্য কাউন্সেলিং। বিনামূল্যে।
helplines-eu-116111-note = এখনো ইউরোপীয় ইউনিয়নের সব দেশে নেই। কিছু লাইন দিনরাত খোলা, অন্যগুলো নির্দিষ্ট সময়ে।

helplines-de-hilfetelefon-116016-name = নারীর প্রতি সহিংসতা বিষয়ক সহায়তা হটলাইন (Hilfetelefon 116 016)
helplines-de-hilfetelefon-116016-description = যে নারীরা সহিংসতার মুখে পড়েছেন, তাঁদের জন্য। মানব পাচার, জোর করে যৌনকর্ম করানো আর কাজের জায়গায় শোষণও এর মধ্যে পড়ে। বিনামূল্যে, নাম না জানিয়ে, দিনরাত, বছরের প্রতিটি দিন।
helplines-de-hilfetelefon-116016-note = নারীদের জন্য। জার্মান ও আরও ১৮টি ভাষায় উত্তর দেয়। এর ওয়েবসাইটে চ্যাট ও ইমেইলের সুবিধা আছে।

helplines-gb-modern-slavery-helpline-name = আধুনিক দাসত্ব ও শোষণ বিষয়ক হেল্পলাইন (Modern Slavery and Exploitation Helpline)
helplines-gb-modern-slavery-helpline-description = যাঁরা শোষণের শিকার বা যাঁদের জোর করে কাজ করানো হচ্ছে, অথবা যাঁরা এমন কাউকে চেনেন, তাঁদের সবার জন্য। বিনামূল্যে, গোপনীয়, দিনরাত।
helplines-gb-modern-slavery-helpline-note = ২০০টিরও বেশি ভাষায় সাহায্য।

helplines-us-human-trafficking-hotline-name = জাতীয় মানব পাচার হটলাইন (National Human Trafficking Hotline)
helplines-us-human-trafficking-hotline-description = মানব পাচারের শিকার ও সেখান থেকে বেঁচে ফেরা মানুষদের জন্য, আর যাঁরা তাঁদের সাহায্য করতে চান তাঁদের জন্য। বিনামূল্যে, দিনরাত। এটি পুলিশ নয়, অভিবাসন দপ্তরও নয়।
helplines-us-human-trafficking-hotline-note = ফোনে ইংরেজি ও স্প্যানিশে, আর দোভাষীর মাধ্যমে ২০০টিরও বেশি ভাষায়। এসএমএস ও চ্যাট শুধু ইংরেজি ও স্প্যানিশে।

helplines-it-numero-verde-antitratta-name = মানব পাচারবিরোধী বিনামূল্যের ফোন লাইন (Numero Verde Anti-tratta)
helplines-it-numero-verde-antitratta-description = মানব পাচারের শিকার ও প্রত্যক্ষদর্শীদের জন্য। বিনামূল্যে, নাম না জানিয়ে, দিনরাত।
helplines-it-numero-verde-antitratta-note = সাংস্কৃতিক মধ্যস্থতাকারীরা নাইজেরিয়ার ভাষা ও অন্যান্য ভাষাও বলেন।

helplines-it-arci-asylum-name = আশ্রয়প্রার্থী ও শরণার্থীদের জন্য ARCI-এর বিনামূল্যের ফোন লাইন
helplines-it-arci-asylum-description = যাঁরা আশ্রয় চান বা আন্তর্জাতিক সুরক্ষা পেয়েছেন, তাঁদের জন্য আইনি সাহায্য ও দোভাষী।
helplines-it-arci-asylum-note = ৩৬টি ভাষা ও উপভাষায় সাহায্য করে। খোলার সময়ের বাইরে যেকোনো সময় ভয়েস মেসেজ রেখে যান। এই তথ্য ২০২১ সালের: লাইনটি এখনো কাজ করে কি না, দেখে নিন।

helplines-gr-a21-1109-name = মানব পাচার বিষয়ক তথ্য ও সহায়তা লাইন 1109
helplines-gr-a21-1109-description = মানব পাচারের শিকারদের জন্য, আর যাঁরা মানব পাচারের খবর জানাতে চান তাঁদের জন্য।
helplines-gr-a21-1109-note = সূত্রগুলো মোটামুটি ২০১২ সালের, আর এর খোলার সময় নিশ্চিত করা যায়নি।

helplines-rs-astra-sos-name = ASTRA SOS হটলাইন
helplines-rs-astra-sos-description = মানব পাচার থেকে বেঁচে ফেরা মানুষদের জন্য সহায়তা। আপনি নাম না জানিয়ে মানব পাচারের খবরও জানাতে পারেন।
helplines-rs-astra-sos-note = সার্বিয়ায় নিখোঁজ শিশুদের নম্বর 116 000-ও ASTRA চালায়।

helplines-tr-yimer-157-name = বিদেশিদের যোগাযোগ কেন্দ্র (YİMER 157)
helplines-tr-yimer-157-description = ভিসা, বসবাস ও আন্তর্জাতিক সুরক্ষা বিষয়ে তথ্য, আর মানব পাচারের শিকারদের জন্য একটি হেল্পলাইন। যেকোনো সময় খোলা।
helplines-tr-yimer-157-note = এই লাইনটি চালায় সরকারি অভিবাসন কর্তৃপক্ষ।

helplines-ly-unhcr-protection-name = UNHCR-এর সুরক্ষা হটলাইন
helplines-ly-unhcr-protection-description = লিবিয়ায় যে শরণার্থী ও আশ্রয়প্রার্থীদের সুরক্ষা দরকার, তাঁদের জন্য।
helplines-ly-unhcr-protection-note = ২০২০ সালের মার্চে এটি রবিবার থেকে বৃহস্পতিবার, ০৯:০০ থেকে ১৭:০০ পর্যন্ত উত্তর দিত। এখনকার সময়সূচি জানা নেই।

helplines-ly-cesvi-protection-name = CESVI-এর সুরক্ষা হটলাইন
helplines-ly-cesvi-protection-description = শরণার্থী ও আশ্রয়প্রার্থীদের জন্য সুরক্ষা বিষয়ক সাহায্য, UNHCR-এর একটি সহযোগী সংস্থার কাছ থেকে।

helplines-ly-sexual-violence-line-name = যৌন সহিংসতা থেকে বেঁচে ফেরা মানুষদের হেল্পলাইন
helplines-ly-sexual-violence-line-description = যাঁরা যৌন সহিংসতার শিকার হয়েছেন, তাঁদের জন্য। দিনরাত।
helplines-ly-sexual-violence-line-note = International Rescue Committee (IRC)-এর সঙ্গে যুক্ত। সূত্রের লেখাটি অসম্পূর্ণ ছিল: এই নম্বরের ওপর ভরসা করার আগে যাচাই করে নিন।

helplines-mx-linea-contra-la-trata-name = মানব পাচারবিরোধী জাতীয় ফোন লাইন ও চ্যাট
helplines-mx-linea-contra-la-trata-description = মনোবিজ্ঞানী ও আইনজীবীরা মানব পাচারের শিকারদের সাহায্য করেন। বিনামূল্যে, নাম না জানিয়ে, দিনরাত, ফোনে বা হোয়াটসঅ্যাপে।
helplines-mx-linea-contra-la-trata-note = মেক্সিকোর বাইরে থেকেও খবর নেয়।

## ডেস্কটপ অ্যাপের helplines কমান্ড

# $list হলো সঠিক শব্দগুলোর তালিকা, যেমন "emergency, trafficking, …"।
helplines-cli-unknown-need = অজানা প্রয়োজন। এগুলোর একটি ব্যবহার করুন: { $list }
helplines-cli-unknown-channel = হেল্পলাইনে যোগাযোগের অজানা উপায়। এগুলোর একটি ব্যবহার করুন: { $list }

## হেল্পলাইন হালনাগাদ করা

helplines-sync-usage = একটি রিলিজের ঠিকানা দিন (salama sync <URL>), অথবা salama sync status ব্যবহার করুন।
helplines-sync-checking = আপডেট আছে কি না দেখা হচ্ছে…
# $collections হলো কতগুলো ফাইল ডাউনলোড হবে, $size কতটা ডেটা, যেমন 12.3 KiB। বাংলায় "one" শ্রেণিতে 0 ও 1 দুটোই পড়ে, তবে 0-এর জন্য আলাদা [0] আছে।
helplines-sync-download =
    { $collections ->
        [0] ডাউনলোড করার মতো কিছু নেই।
        [one] { $collections }টি ফাইল ডাউনলোড করতে হবে ({ $size })।
       *[other] { $collections }টি ফাইল ডাউনলোড করতে হবে ({ $size })।
    }
helplines-sync-applying = ইনস্টল হচ্ছে…
# $serial হলো রিলিজের নম্বর।
helplines-sync-updated = রিলিজ { $serial }-এ আপডেট করা হয়েছে।
helplines-sync-up-to-date = আগে থেকেই হালনাগাদ আছে (রিলিজ { $serial })।
# $requests হলো কতগুলো অনুরোধ পাঠানো হয়েছে, $size কতটা ডেটা ডাউনলোড হয়েছে। বাংলায় "one" শ্রেণিতে 0 ও 1 দুটোই পড়ে, তাই সেখানেও সংখ্যাটি দেখানো হয়।
helplines-sync-cost =
    { $requests ->
        [one] { $requests }টি অনুরোধ, { $size } ডাউনলোড হয়েছে।
       *[other] { $requests }টি অনুরোধ, { $size } ডাউনলোড হয়েছে।
    }
helplines-sync-stale = এই তথ্যের মেয়াদ শেষ হয়ে গেছে। এটি এখনো দেখানো হচ্ছে, কিন্তু পুরোনো হয়ে থাকতে পারে।

## আপডেটের অবস্থা

helplines-status-none = এখনো কোনো আপডেট ইনস্টল করা হয়নি: সালামা সেই হেল্পলাইনগুলো ব্যবহার করছে, যেগুলো অ্যাপের ভেতরেই দেওয়া আছে।
helplines-status-release = ইনস্টল করা রিলিজ { $serial }
helplines-status-publisher = প্রকাশক
helplines-status-key = স্বাক্ষরের চাবি
helplines-status-source = কোথা থেকে
helplines-status-issued = প্রকাশের সময়
# $days হলো রিলিজটি কত দিন আগে প্রকাশিত হয়েছে।
helplines-status-age =
    { $days ->
        [0] এই তথ্য এক দিনেরও কম পুরোনো।
        [one] এই তথ্য { $days } দিন পুরোনো।
       *[other] এই তথ্য { $days } দিন পুরোনো।
    }
helplines-status-expires = মেয়াদ শেষ হবে
helplines-status-expired = মেয়াদ শেষ: এই তথ্য পুরোনো হয়ে থাকতে পারে।
helplines-expires-in =
    { $days ->
        [0] এক দিনেরও কম বাকি
        [one] { $days } দিন বাকি
       *[other] { $days } দিন বাকি
    }
helplines-expired-ago =
    { $days ->
        [0] এক দিনেরও কম আগে মেয়াদ শেষ হয়েছে
        [one] { $days } দিন আগে মেয়াদ শেষ হয়েছে
       *[other] { $days } দিন আগে মেয়াদ শেষ হয়েছে
    }
helplines-status-outdated = (রিলিজের চেয়ে পুরোনো: সম্পূর্ণ করতে আপডেট করুন)
helplines-status-last-success = শেষ সফল আপডেট
helplines-status-last-attempt = শেষ চেষ্টা
helplines-status-last-error = শেষ ত্রুটি
helplines-status-never = কখনো নয়

## অফলাইন প্যাক

# $file একটি ফাইলের নাম, $serial রিলিজের নম্বর, $collections একটি তালিকা, যেমন helplines/GR, $size ফাইলের আকার।
helplines-pack-exported = { $file } লেখা হয়েছে: রিলিজ { $serial }, { $collections } ({ $size })।

## প্রকাশকের টুল

# $file ও $public হলো ফাইলের নাম, $id একটি চাবির id।
helplines-publish-key-written = নতুন স্বাক্ষরের চাবি { $file } ফাইলে লেখা হয়েছে। এটি গোপন রাখুন এবং এর একটি ব্যাকআপ রাখুন: এটি কখনো ওভাররাইট করা হয় না। এর পাবলিক চাবি (id { $id }) আছে { $public } ফাইলে।
# $serial হলো রিলিজের নম্বর, $dir একটি ফোল্ডার, $keys চাবিগুলোর id।
helplines-publish-released = রিলিজ { $serial } লেখা হয়েছে { $dir } ফোল্ডারে, { $keys } দিয়ে স্বাক্ষর করা।
# $name একটি সংগ্রহ, যেমন helplines/GR, $version তার সংস্করণ, $entries তাতে কতগুলো হেল্পলাইন আছে, $size তার আকার।
helplines-publish-collection-changed = { $name }: সংস্করণ { $version }, { $entries }টি হেল্পলাইন, { $size } (বদলেছে)
helplines-publish-collection-same = { $name }: সংস্করণ { $version }, { $entries }টি হেল্পলাইন, { $size } (বদলায়নি)
helplines-publish-translations-changed = { $name }: সংস্করণ { $version }, { $files }টি অনুবাদ ফাইল, { $size } (বদলেছে)
helplines-publish-translations-same = { $name }: সংস্করণ { $version }, { $files }টি অনুবাদ ফাইল, { $size } (বদলায়নি)
helplines-publish-empty = { $names }-এ কোনো হেল্পলাইন নেই। তাহলে ফোনগুলো ওই দেশের জন্য অ্যাপে থাকা হেল্পলাইনগুলো লুকিয়ে ফেলবে। এর হেল্পলাইনগুলো যোগ করুন, অথবা ইচ্ছা করে সরাতে চাইলে --allow-empty দিয়ে আবার প্রকাশ করুন।
# $expires একটি তারিখ ও সময়।
helplines-release-verified = রিলিজ { $serial } বৈধ: বিশ্বস্ত চাবি { $key } দিয়ে স্বাক্ষর করা, মেয়াদ শেষ হবে { $expires }।
helplines-release-collection = { $name }: সংস্করণ { $version }, { $entries }টি হেল্পলাইন, { $size }, যাচাই করা হয়েছে
helplines-release-translations = { $name }: সংস্করণ { $version }, { $files }টি অনুবাদ ফাইল, { $size }, যাচাই করা হয়েছে
helplines-release-collection-absent = { $name }: সংস্করণ { $version }, { $size }, এই প্যাকে নেই
helplines-release-no-such-path = { $path } নেই। একটি রিলিজের ফোল্ডার (যেটিতে index.json আছে) বা একটি অফলাইন প্যাক ফাইল দিন।
helplines-release-not-a-release = { $path } রিলিজও নয়, অফলাইন প্যাকও নয়। রিলিজ হলো এমন ফোল্ডার যাতে index.json আছে; প্যাক হলো salama pack export দিয়ে তৈরি ফাইল।

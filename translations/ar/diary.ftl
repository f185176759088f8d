# Machine-assisted draft: not yet reviewed by a native speaker.

### دفتر المذكرات المشفّر: الأسئلة والتحذيرات والتقرير المُصدَّر.

diary-title = دفتر المذكرات
diary-prompt-passphrase = كلمة السر لدفتر المذكرات:
diary-prompt-new-passphrase = كلمة سر جديدة لدفتر المذكرات:
diary-prompt-repeat-passphrase = اكتب كلمة السر نفسها مرة أخرى:
diary-prompt-duress-passphrase = كلمة سر الإكراه (إذا فتحت القفل بها، يُمحى دفتر المذكرات ويُفتح دفتر فارغ):
diary-prompt-export-passphrase = كلمة سر للملف المُصدَّر (أخبِر بها قارئ الملف بطريقة أخرى غير الملف نفسه):
diary-passphrases-differ = كلمتا السر ليستا متطابقتين. لم يتغير أي شيء.
diary-warning-pin = الرقم السري (PIN) سهل التخمين لمن ينسخ محتوى هاتفك. جملة من عدة كلمات أكثر أمانًا بكثير.
diary-warning-short = كلمة السر هذه قصيرة. جملة من عدة كلمات أكثر أمانًا بكثير.
diary-created = دفتر مذكراتك جاهز. لا يستطيع أحد أن يقرأه بدون كلمة السر الخاصة بك. إذا نسيت كلمة السر، فلا يمكن استرجاع دفتر المذكرات.
diary-passphrase-changed = تم تغيير كلمة السر. كلمة السر القديمة لم تعد تفتح دفتر المذكرات.
diary-duress-set = تم ضبط كلمة سر الإكراه. إذا فتحت القفل بها، يُمحى دفتر مذكراتك ويُفتح دفتر فارغ.
diary-wipe-after-set = سيُمحى دفتر المذكرات بعد هذا العدد من كلمات السر الخاطئة المتتالية.
diary-added = تم حفظ السجل.
diary-edited = تم تغيير السجل. النسخة السابقة محفوظة.
diary-deleted = تم حذف السجل.
diary-wiped = تم محو دفتر المذكرات. لا يمكن استرجاعه.
diary-confirm-delete = هل تريد حذف هذا السجل مع كل نسخه ومرفقاته؟ للتأكيد اكتب الكلمة الإنجليزية yes.
diary-confirm-wipe = هل تريد محو دفتر المذكرات كله الآن؟ لا يمكن استرجاعه. للتأكيد اكتب الكلمة الإنجليزية yes.
diary-confirm-needed = لم يتم فعل أي شيء. لتنفيذ ذلك بدون سؤال، أضف --yes.
diary-not-confirmed = لم يتم فعل أي شيء.
diary-exported = تمت كتابة الملف المُصدَّر. لا يستطيع فتحه إلا الشخص الذي لديه المفتاح أو كلمة السر، باستخدام أداة age.
diary-backed-up = تمت كتابة النسخة الاحتياطية. يمكن فتحها بكلمة السر على أي هاتف.
# المتغيرات $added و$merged و$unchanged و$replaced و$attachments أعداد.
diary-restored = تمت الاستعادة. سجلات جديدة: { $added }، سجلات مدموجة: { $merged }، سجلات كانت موجودة من قبل: { $unchanged }، سجلات مستبدَلة: { $replaced }، مرفقات: { $attachments }.
diary-restore-choose = دفتر مذكراتك فيه سجلات بالفعل. أضف --merge للاحتفاظ بها وإضافة سجلات النسخة الاحتياطية إليها، أو --replace لحذفها أولًا.
diary-restore-ask = دفتر مذكراتك فيه سجلات بالفعل. اكتب دمج للاحتفاظ بها وإضافة سجلات النسخة الاحتياطية إليها، أو استبدال لحذفها أولًا:
diary-answer-merge = دمج
diary-answer-replace = استبدال
diary-prompt-backup-passphrase = كلمة السر للنسخة الاحتياطية:
diary-prompt-backup-passphrase-or-same = كلمة السر للنسخة الاحتياطية (اضغط Enter إذا كانت هي نفسها كلمة السر لدفتر المذكرات):
diary-none-here = لا يوجد دفتر مذكرات هنا بعد. أنشئ واحدًا بهذا الأمر: salama diary init
diary-kdf-memory-range = يجب أن تكون الذاكرة المستخدمة لحماية كلمة السر من { $min } إلى { $max } ميغابايت (MiB). لم يُنشأ أي شيء.
diary-kdf-passes-range = يجب أن يكون عدد الجولات من { $min } إلى { $max }. لم يُنشأ أي شيء.
diary-wipe-after-range = يجب أن يكون عدد كلمات السر الخاطئة قبل محو دفتر المذكرات من 1 إلى 100، أو 0 كي لا يُمحى أبدًا. لم يتغير أي شيء.
diary-clear-and-set = لا يمكن إفراغ خانة وإعطاؤها قيمة جديدة في الوقت نفسه. لم يتغير أي شيء.
diary-no-entries = لا توجد سجلات.
diary-damaged-entries = بعض السجلات تالفة ولا يمكن قراءتها. سجلاتك الأخرى سليمة.
diary-damaged-not-included = هذه السجلات تالفة ولم يمكن قراءتها، لذلك تُركت خارجًا (وكل ما عداها مشمول):
diary-damaged-attachments-not-included = هذه المرفقات تالفة ولم يمكن قراءتها، لذلك تُركت خارجًا:
# المتغيران $shown و$total عددان.
diary-list-count = السجلات المعروضة: { $shown } من { $total }.
diary-ledger-empty = لم تُسجَّل أي ديون أو دفعات.
diary-history = النسخ السابقة

diary-kind-event = حدث
diary-kind-payment = دفعة
diary-kind-debt = دَين
diary-kind-document-taken = وثيقة أُخذت
diary-kind-person = شخص
diary-kind-place = مكان
diary-kind-note = ملاحظة

diary-field-date = التاريخ
diary-field-text = النص
diary-field-place = المكان
diary-field-people = الأشخاص
diary-field-amount = المبلغ
diary-field-creditor = صاحب الدَّين
diary-field-tags = الوسوم
diary-field-written = وقت الكتابة
diary-field-edited = التعديلات
diary-field-attachment = مرفق
diary-field-version = النسخة

diary-report-title = تقرير دفتر المذكرات
# المتغير $date هو تاريخ التصدير، و$count عدد السجلات.
diary-report-generated =
    { $count ->
        [zero] تم التصدير في { $date }. لا توجد سجلات.
        [one] تم التصدير في { $date }. سجل واحد.
        [two] تم التصدير في { $date }. سجلان.
        [few] تم التصدير في { $date }. { $count } سجلات.
        [many] تم التصدير في { $date }. { $count } سجلًا.
       *[other] تم التصدير في { $date }. { $count } سجل.
    }
diary-report-notice = كتب صاحبُ دفتر المذكرات هذا المحتوى في تطبيق سلامة، على هاتفه. تواريخ الأحداث هي كما أدخلها صاحب الدفتر؛ أما الأوقات في خانة «وقت الكتابة» فمصدرها ساعة الهاتف. النسخ السابقة من السجلات التي عُدّلت موجودة في الملف diary.json.
diary-report-ledger = الديون والدفعات
diary-report-ledger-empty = لم تُسجَّل أي ديون أو دفعات.
diary-report-creditor = صاحب الدَّين
diary-report-currency = العملة
diary-report-owed = المبلغ المستحق
diary-report-paid = المدفوع
diary-report-remaining = المتبقي
diary-report-entries = السجلات حسب التاريخ
diary-report-damaged = سجلات تالفة
diary-report-damaged-notice = لم تجتز هذه السجلات فحص السلامة: إما أنها تلفت، وإما أن شخصًا وصل إلى الملف غيّرها. ما لم يمكن التحقق منه تُرك خارجًا. وكل ما عداه موجود في هذا الملف المُصدَّر.
diary-report-damaged-entry = سجل { $id }
diary-report-damaged-attachment = مرفق { $id }
# المتغير $count هو عدد مرات تعديل السجل، و$date تاريخ آخر تعديل.
diary-report-edited =
    { $count ->
        [zero] لم يُعدَّل، آخر كتابة في { $date }
        [one] مرة واحدة، آخرها في { $date }
        [two] مرتين، آخرها في { $date }
        [few] { $count } مرات، آخرها في { $date }
        [many] { $count } مرة، آخرها في { $date }
       *[other] { $count } مرة، آخرها في { $date }
    }

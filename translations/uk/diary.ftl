# Machine-assisted draft: not yet reviewed by a native speaker.

### Зашифрований щоденник: підказки, попередження, експортований звіт.

diary-title = Щоденник
diary-prompt-passphrase = Парольна фраза щоденника:
diary-prompt-new-passphrase = Нова парольна фраза щоденника:
diary-prompt-repeat-passphrase = Введіть ту саму парольну фразу ще раз:
diary-prompt-duress-passphrase = Парольна фраза на випадок примусу (якщо розблокувати нею, щоденник буде стерто й відкриється порожній):
diary-prompt-export-passphrase = Парольна фраза для експорту (повідомте її тому, хто читатиме експорт, іншим способом):
diary-passphrases-differ = Дві парольні фрази не збігаються. Нічого не змінено.
diary-warning-pin = PIN-код легко вгадати тому, хто скопіює ваш телефон. Речення з кількох слів набагато безпечніше.
diary-warning-short = Ця парольна фраза коротка. Речення з кількох слів набагато безпечніше.
diary-created = Ваш щоденник готовий. Ніхто не зможе прочитати його без вашої парольної фрази. Якщо ви забудете парольну фразу, щоденник неможливо буде відновити.
diary-passphrase-changed = Парольну фразу змінено. Стара більше не відкриває щоденник.
diary-duress-set = Парольну фразу на випадок примусу встановлено. Якщо розблокувати нею, ваш щоденник буде стерто й відкриється порожній.
diary-wipe-after-set = Щоденник буде стерто після такої кількості неправильних парольних фраз поспіль.
diary-added = Запис збережено.
diary-edited = Запис змінено. Попередню версію збережено.
diary-deleted = Запис видалено.
diary-wiped = Щоденник стерто. Його неможливо відновити.
diary-confirm-delete = Видалити цей запис разом з усіма його версіями та вкладеннями? Щоб підтвердити, введіть yes.
diary-confirm-wipe = Стерти весь щоденник зараз? Його неможливо буде відновити. Щоб підтвердити, введіть yes.
diary-confirm-needed = Нічого не зроблено. Щоб зробити це без запитання, додайте --yes.
diary-not-confirmed = Нічого не зроблено.
diary-exported = Експорт записано. Відкрити його може лише людина, яка має ключ або парольну фразу, за допомогою програми age.
diary-backed-up = Резервну копію записано. Її можна відкрити парольною фразою на будь-якому телефоні.
# $added, $merged, $unchanged, $replaced і $attachments — кількості.
diary-restored = Відновлено. Нових записів: { $added }, об’єднано: { $merged }, уже були: { $unchanged }, замінено: { $replaced }, вкладень: { $attachments }.
diary-restore-choose = У вашому щоденнику вже є записи. Додайте --merge, щоб зберегти їх і додати записи з резервної копії, або --replace, щоб спершу їх видалити.
diary-restore-ask = У вашому щоденнику вже є записи. Введіть поєднати, щоб зберегти їх і додати записи з резервної копії, або замінити, щоб спершу їх видалити:
diary-answer-merge = поєднати
diary-answer-replace = замінити
diary-prompt-backup-passphrase = Парольна фраза резервної копії:
diary-prompt-backup-passphrase-or-same = Парольна фраза резервної копії (натисніть Enter, якщо це парольна фраза щоденника):
diary-none-here = Тут ще немає щоденника. Створіть його командою: salama diary init
diary-kdf-memory-range = Пам’ять для захисту парольної фрази має бути від { $min } до { $max } МіБ. Нічого не створено.
diary-kdf-passes-range = Кількість проходів має бути від { $min } до { $max }. Нічого не створено.
diary-wipe-after-range = Кількість неправильних парольних фраз до стирання щоденника має бути від 1 до 100, або 0, щоб ніколи не стирати. Нічого не змінено.
diary-clear-and-set = Поле не можна одночасно очистити і задати йому нове значення. Нічого не змінено.
diary-no-entries = Записів немає.
diary-damaged-entries = Деякі записи пошкоджено, і їх неможливо прочитати. Ваші інші записи в безпеці.
diary-damaged-not-included = Ці записи пошкоджено, їх не вдалося прочитати, тому їх не включено (усе інше включено):
diary-damaged-attachments-not-included = Ці вкладення пошкоджено, їх не вдалося прочитати, тому їх не включено:
# $shown і $total — кількості.
diary-list-count = Записів: { $shown } з { $total }.
diary-ledger-empty = Боргів чи платежів не записано.
diary-history = Попередні версії

diary-kind-event = Подія
diary-kind-payment = Платіж
diary-kind-debt = Борг
diary-kind-document-taken = Документ забрали
diary-kind-person = Людина
diary-kind-place = Місце
diary-kind-note = Нотатка

diary-field-date = Дата
diary-field-text = Текст
diary-field-place = Місце
diary-field-people = Люди
diary-field-amount = Сума
diary-field-creditor = Кому винні
diary-field-tags = Мітки
diary-field-written = Написано
diary-field-edited = Змінено
diary-field-attachment = Вкладення
diary-field-version = Версія

diary-report-title = Звіт зі щоденника
# $date — дата експорту, $count — кількість записів.
diary-report-generated =
    { $count ->
        [one] Експортовано { $date }. { $count } запис.
        [few] Експортовано { $date }. { $count } записи.
        [many] Експортовано { $date }. { $count } записів.
       *[other] Експортовано { $date }. { $count } запису.
    }
diary-report-notice = Ці записи зробив власник щоденника в застосунку Salama на своєму телефоні. Дати подій указано так, як їх увів власник; час у полі «Написано» береться з годинника телефону. Попередні версії змінених записів — у файлі diary.json.
diary-report-ledger = Борги та платежі
diary-report-ledger-empty = Боргів чи платежів не записано.
diary-report-creditor = Кому винні
diary-report-currency = Валюта
diary-report-owed = Борг
diary-report-paid = Сплачено
diary-report-remaining = Залишок
diary-report-entries = Записи за датами
diary-report-damaged = Пошкоджені записи
diary-report-damaged-notice = Ці записи не пройшли перевірку цілісності: їх пошкоджено або змінено кимось, хто мав доступ до файлу. Те, що не вдалося перевірити, не включено. Усе інше є в цьому експорті.
diary-report-damaged-entry = Запис { $id }
diary-report-damaged-attachment = Вкладення { $id }
# $count — скільки разів запис змінювали, $date — коли його змінили востаннє.
diary-report-edited =
    { $count ->
        [one] { $count } раз, востаннє { $date }
        [few] { $count } рази, востаннє { $date }
        [many] { $count } разів, востаннє { $date }
       *[other] { $count } рази, востаннє { $date }
    }

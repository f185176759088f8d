# Machine-assisted draft: not yet reviewed by a native speaker.

### Повідомлення `salama l10n` — інструментів, якими перекладачі перевіряють свою роботу.
### Залишайте без змін ідентифікатори повідомлень, назви файлів, $змінні та коди на зразок U+200F.

l10n-severity-error = помилка
l10n-severity-warning = попередження

## Що знаходить `salama l10n check`. Кожен рядок починається з файлу, рядка й стовпця.

# $detail — пояснення синтаксичного аналізатора англійською.
l10n-problem-syntax-error = Це не відповідає синтаксису Fluent, тому повідомлення втрачено: { $detail }
l10n-problem-duplicate-id = Цей ідентифікатор визначено вдруге. Залиште лише один.
# $attribute — назва атрибута, наприклад "title".
l10n-problem-duplicate-attribute = Атрибут .{ $attribute } визначено двічі.
l10n-problem-missing-message = Ще не перекладено. Читачі бачать англійський текст.
l10n-problem-obsolete-message = В англійському тексті цього повідомлення вже немає. Його можна видалити.
l10n-problem-missing-value = В англійському тексті тут є значення, а в перекладі — лише атрибути.
l10n-problem-obsolete-value = В англійському тексті тут немає значення, лише атрибути.
l10n-problem-missing-attribute = Атрибут .{ $attribute } ще не перекладено.
l10n-problem-obsolete-attribute = В англійському тексті немає атрибута .{ $attribute }. Його можна видалити.
# $variable — назва змінної, наприклад "count"; її показано зі знаком $.
l10n-problem-missing-variable = Англійський текст тут використовує ${ $variable }; переклад теж має її використовувати.
l10n-problem-unknown-variable = Змінна ${ $variable } не передається цьому повідомленню. Використовуйте лише змінні англійського тексту.
# $categories — список категорій множини CLDR, наприклад "zero, two, few".
l10n-problem-missing-plural-categories = Тут потрібна окрема форма для кожної з категорій множини: { $categories }.
# $reference — ідентифікатор повідомлення або терміна (починається з "-").
l10n-problem-unknown-reference = { $reference } не існує в цій мові.
# $function — назва функції, наприклад DATETIME.
l10n-problem-unknown-function = У Salama немає функції { $function }. Використовуйте NUMBER або PHONE.
l10n-problem-empty-value = Цей текст порожній.
# $codepoint — код символу, наприклад U+202E.
l10n-problem-bidi-control = Невидимий символ керування напрямком ({ $codepoint }) може переплутати текст навколо себе. Видаліть його: застосунок Salama сам тримає імена й числа в правильному порядку.
l10n-problem-bidi-mark = Знайдено невидиму позначку напрямку ({ $codepoint }). Видаліть її, якщо ви не додали її навмисно.
l10n-problem-identical-to-source = Це те саме, що й англійський текст. Чи це перекладено?
l10n-problem-bare-phone-number = Номер телефону { $number } написано звичайним текстом, тому в тексті справа наліво його частини показано в неправильному порядку. Напишіть його так: { "{" } PHONE("{ $number }") { "}" }.

# $locales — скільки мов перевірено, $errors — скільки знайдено помилок, $warnings — скільки попереджень.
l10n-check-summary =
    { $locales ->
        [one] Перевірено { $locales } мову
        [few] Перевірено { $locales } мови
        [many] Перевірено { $locales } мов
       *[other] Перевірено { $locales } мови
    }: { $errors ->
        [0] помилок немає
        [one] { $errors } помилка
        [few] { $errors } помилки
        [many] { $errors } помилок
       *[other] { $errors } помилки
    }, { $warnings ->
        [0] попереджень немає.
        [one] { $warnings } попередження.
        [few] { $warnings } попередження.
        [many] { $warnings } попереджень.
       *[other] { $warnings } попередження.
    }

## `salama l10n status`: таблиця, одна мова в кожному рядку, і діаграма.

l10n-status-locale = Мова
l10n-status-messages = Повідомлення
l10n-status-translated = Перекладено
l10n-status-words = Слова
l10n-status-review = Перевірка
l10n-status-review-source = оригінал
l10n-status-review-machine-draft = машинна чернетка
l10n-status-review-native-reviewed = перевірено носієм мови
l10n-status-review-legally-reviewed = перевірено юридично
l10n-status-review-unknown = немає в locales.json
l10n-status-chart-title = Salama: охоплення перекладу
l10n-status-chart-note = Кожен стовпчик показує частку перекладених англійських повідомлень; його колір — стан перевірки.
# $path — файл, у який записано діаграму.
l10n-status-chart-written = Діаграму записано у файл { $path }.

## Проблеми із самою текою.

l10n-error-no-folder = Ні тут, ні вище не знайдено теки з перекладами. Вкажіть її: salama l10n check <FOLDER>.
# $path — указана тека.
l10n-error-no-source = У { $path } немає теки en. Це точно тека з перекладами?
# $path — файл або тека.
l10n-error-unreadable = Не вдається прочитати { $path }.
l10n-error-not-utf8 = Цей файл не є текстом у кодуванні UTF-8.

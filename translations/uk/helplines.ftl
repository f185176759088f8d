# Machine-assisted draft: not yet reviewed by a native speaker.

### Довідник гарячих ліній: з чим допомагає кожна гаряча лінія, як з нею зв’язатися, коли вона
### працює, і оновлення довідника.
### Залишайте номери й назви організацій без змін. Пишіть для людини, якій потрібна
### допомога зараз: короткі, прості речення.

## З чим допомагає гаряча лінія

helplines-need-emergency = Екстрена допомога (поліція, швидка допомога, пожежна служба)
helplines-need-trafficking = Торгівля людьми та експлуатація
helplines-need-asylum-legal-aid = Притулок і правова допомога
helplines-need-child-protection = Діти
helplines-need-gender-based-violence = Насильство щодо жінок і сексуальне насильство
helplines-need-medical = Медична допомога
helplines-need-shelter = Безпечне місце для проживання
helplines-need-labour-rights = Права на роботі
helplines-need-missing-persons = Зниклі люди

## Як зв’язатися з гарячою лінією

helplines-channel-phone = Телефон
helplines-channel-short-code = Телефон (короткий номер, лише всередині країни)
helplines-channel-sms = SMS-повідомлення
helplines-channel-whatsapp = WhatsApp
helplines-channel-signal = Signal
helplines-channel-email = Електронна пошта
helplines-channel-web = Вебсайт

## Години роботи

helplines-open-always = Працює цілодобово
helplines-open-now = Зараз працює
helplines-open-unknown = Години роботи невідомі
# $day — день тижня (див. повідомлення helplines-day-), $time — час, наприклад 17:30, $zone — часовий пояс, наприклад Europe/Rome.
helplines-open-closes = Зараз працює. Завершує роботу: { $day }, { $time } ({ $zone }).
helplines-closed-opens = Зараз не працює. Почне роботу: { $day }, { $time } ({ $zone }).
helplines-closed = Зараз не працює
helplines-day-mon = понеділок
helplines-day-tue = вівторок
helplines-day-wed = середа
helplines-day-thu = четвер
helplines-day-fri = п’ятниця
helplines-day-sat = субота
helplines-day-sun = неділя

## Відомості, які показуються для кожної гарячої лінії

helplines-emergency-label = ЕКСТРЕНА ДОПОМОГА
helplines-free = Безкоштовно
helplines-not-free = Дзвінок може бути платним
helplines-free-unknown = Вартість невідома
helplines-languages = Мови
helplines-languages-more = та інші мови
helplines-languages-unknown = Мови невідомі
helplines-languages-unlisted = кілька, не вказано які
helplines-operator = Обслуговує
helplines-sources = Джерело
helplines-source-dated = Дата джерела: { $date }
helplines-source-undated = У джерелі немає дати
helplines-checked-by = Перевірено: { $by }, { $date }
helplines-checked-by-undated = Перевірено: { $by }
helplines-status-partly-verified = Не повністю підтверджено: перевірте, чи цей номер ще працює.
helplines-none-found = За цим пошуком гарячих ліній не знайдено. Якщо ви в безпосередній небезпеці, телефонуйте на 112 (у Європі) або на місцевий номер екстреної допомоги.

## Початковий довідник: номери з відкритих джерел, вбудовані в застосунок

helplines-eu-112-name = Номер екстреної допомоги 112
helplines-eu-112-description = Якщо ви в безпосередній небезпеці: поліція, швидка допомога, пожежна служба. Безкоштовно зі стаціонарних і мобільних телефонів.
helplines-eu-112-note = Працює в кожній країні ЄС.
helplines-ch-112-name = Номер екстреної допомоги 112
helplines-ch-112-description = Якщо ви в безпосередній небезпеці: поліція, швидка допомога, пожежна служба. Безкоштовно зі стаціонарних і мобільних телефонів.
helplines-rs-112-name = Номер екстреної допомоги 112
helplines-rs-112-description = Якщо ви в безпосередній небезпеці: поліція, швидка допомога, пожежна служба. Безкоштовно зі стаціонарних і мобільних телефонів.

helplines-eu-116000-name = Гаряча лінія щодо зниклих дітей 116 000
helplines-eu-116000-description = Якщо зникла дитина: підтримка для дитини, родини та людей, які щось бачили. Безкоштовно, цілодобово.
helplines-eu-116000-note = У кожній країні за цим номером стоїть своя організація, наприклад The Smile of the Child у Греції та Telefono Azzurro в Італії. У більшості країн є також чат.
helplines-ch-116000-name = Гаряча лінія щодо зниклих дітей 116 000
helplines-ch-116000-description = Якщо зникла дитина: підтримка для дитини, родини та людей, які щось бачили. Безкоштовно, цілодобово.
helplines-ch-116000-note = Перевірте номер на місці: організація, яка за ним стоїть, у кожній країні інша.
helplines-al-116000-name = Гаряча лінія щодо зниклих дітей 116 000
helplines-al-116000-description = Якщо зникла дитина: підтримка для дитини, родини та людей, які щось бачили. Безкоштовно, цілодобово.
helplines-al-116000-note = Перевірте номер на місці: організація, яка за ним стоїть, у кожній країні інша.
helplines-rs-116000-name = Гаряча лінія щодо зниклих дітей 116 000
helplines-rs-116000-description = Якщо зникла дитина: підтримка для дитини, родини та людей, які щось бачили. Безкоштовно, цілодобово.

helplines-eu-116111-name = Дитяча гаряча лінія 116 111
helplines-eu-116111-description = Консультації для дітей, яким потрібно з кимось поговорити. Безкоштовно.
helplines-eu-116111-note = Поки що є не в кожній країні ЄС. Деякі лінії працюють цілодобово, інші — у визначені години.

helplines-de-hilfetelefon-116016-name = Гаряча лінія допомоги жінкам, які зазнають насильства (Hilfetelefon 116 016)
helplines-de-hilfetelefon-116016-description = Для жінок, які зазнають насильства, зокрема торгівлі людьми, примусової проституції та експлуатації на роботі. Безкоштовно, анонімно, цілодобово, щодня протягом усього року.
helplines-de-hilfetelefon-116016-note = Для жінок. Відповідає німецькою та ще 18 іншими мовами. Чат і електронна пошта — на вебсайті.

helplines-gb-modern-slavery-helpline-name = Гаряча лінія щодо сучасного рабства та експлуатації (Modern Slavery and Exploitation Helpline)
helplines-gb-modern-slavery-helpline-description = Для всіх, кого експлуатують або змушують працювати, або хто знає таку людину. Безкоштовно, конфіденційно, цілодобово.
helplines-gb-modern-slavery-helpline-note = Допомога більш ніж 200 мовами.

helplines-us-human-trafficking-hotline-name = Національна гаряча лінія щодо торгівлі людьми (National Human Trafficking Hotline)
helplines-us-human-trafficking-hotline-description = Для жертв торгівлі людьми, для тих, хто її пережив, і для людей, які хочуть їм допомогти. Безкоштовно, цілодобово. Це не поліція і не міграційна служба.
helplines-us-human-trafficking-hotline-note = Телефоном — англійською та іспанською, а через перекладачів — більш ніж 200 мовами. SMS і чат — лише англійською та іспанською.

helplines-it-numero-verde-antitratta-name = Безкоштовна лінія проти торгівлі людьми (Numero Verde Anti-tratta)
helplines-it-numero-verde-antitratta-description = Для жертв і свідків торгівлі людьми. Безкоштовно, анонімно, цілодобово.
helplines-it-numero-verde-antitratta-note = Культурні медіатори розмовляють також нігерійськими та іншими мовами.

helplines-it-arci-asylum-name = Безкоштовна лінія ARCI для людей, які просять притулку, і для біженців
helplines-it-arci-asylum-description = Правова допомога й перекладачі для людей, які просять притулку або мають міжнародний захист.
helplines-it-arci-asylum-note = Допомагає 36 мовами та діалектами. Поза годинами роботи можна будь-коли залишити голосове повідомлення. Ця інформація — з 2021 року: перевірте, чи лінія ще працює.

helplines-gr-a21-1109-name = Лінія допомоги щодо торгівлі людьми 1109
helplines-gr-a21-1109-description = Для жертв торгівлі людьми та людей, які хочуть про неї повідомити.
helplines-gr-a21-1109-note = Джерела приблизно 2012 року, а години роботи підтвердити не вдалося.

helplines-rs-astra-sos-name = Гаряча лінія ASTRA SOS
helplines-rs-astra-sos-description = Підтримка для людей, які пережили торгівлю людьми. Також можна анонімно повідомити про торгівлю людьми.
helplines-rs-astra-sos-note = ASTRA також обслуговує номер 116 000 щодо зниклих дітей у Сербії.

helplines-tr-yimer-157-name = Центр зв’язку для іноземців (YİMER 157)
helplines-tr-yimer-157-description = Інформація про візи, проживання та міжнародний захист, а також гаряча лінія для жертв торгівлі людьми. Працює в будь-який час.
helplines-tr-yimer-157-note = Цю лінію обслуговує державна міграційна служба.

helplines-ly-unhcr-protection-name = Гаряча лінія захисту UNHCR
helplines-ly-unhcr-protection-description = Для біженців і людей, які просять притулку в Лівії та потребують захисту.
helplines-ly-unhcr-protection-note = У березні 2020 року вона відповідала з неділі по четвер, з 09:00 до 17:00. Теперішні години роботи невідомі.

helplines-ly-cesvi-protection-name = Гарячі лінії захисту CESVI
helplines-ly-cesvi-protection-description = Допомога щодо захисту для біженців і людей, які просять притулку, від партнера UNHCR.

helplines-ly-sexual-violence-line-name = Гаряча лінія для людей, які пережили сексуальне насильство
helplines-ly-sexual-violence-line-description = Для людей, які пережили сексуальне насильство. Цілодобово.
helplines-ly-sexual-violence-line-note = Пов’язана з International Rescue Committee (IRC). Текст джерела обірваний: перевірте цей номер, перш ніж на нього покладатися.

helplines-mx-linea-contra-la-trata-name = Національна лінія та чат проти торгівлі людьми
helplines-mx-linea-contra-la-trata-description = Психологи та юристи допомагають жертвам торгівлі людьми. Безкоштовно, анонімно, цілодобово, телефоном або через WhatsApp.
helplines-mx-linea-contra-la-trata-note = Також приймає повідомлення з-за меж Мексики.

## Команда helplines у застосунку для комп’ютера

# $list — список допустимих слів, наприклад "emergency, trafficking, …".
helplines-cli-unknown-need = Невідомий вид допомоги. Використайте одне з: { $list }
helplines-cli-unknown-channel = Невідомий спосіб зв’язку з гарячою лінією. Використайте одне з: { $list }

## Оновлення гарячих ліній

helplines-sync-usage = Вкажіть адресу випуску (salama sync <URL>) або використайте salama sync status.
helplines-sync-checking = Перевірка оновлень…
# $collections — скільки файлів буде завантажено, $size — скільки даних, наприклад 12.3 KiB.
helplines-sync-download =
    { $collections ->
        [0] Нічого завантажувати.
        [one] Потрібно завантажити { $collections } файл ({ $size }).
        [few] Потрібно завантажити { $collections } файли ({ $size }).
        [many] Потрібно завантажити { $collections } файлів ({ $size }).
       *[other] Потрібно завантажити { $collections } файлу ({ $size }).
    }
helplines-sync-applying = Встановлення…
# $serial — номер випуску.
helplines-sync-updated = Оновлено до випуску { $serial }.
helplines-sync-up-to-date = Усе вже оновлено (випуск { $serial }).
# $requests — скільки було запитів, $size — скільки даних завантажено.
helplines-sync-cost =
    { $requests ->
        [one] { $requests } запит, завантажено { $size }.
        [few] { $requests } запити, завантажено { $size }.
        [many] { $requests } запитів, завантажено { $size }.
       *[other] { $requests } запиту, завантажено { $size }.
    }
helplines-sync-stale = Строк дії цієї інформації минув. Її все одно показано, але вона може бути застарілою.

## Стан оновлень

helplines-status-none = Оновлень ще не встановлено: Salama використовує гарячі лінії, вбудовані в застосунок.
helplines-status-release = Встановлено випуск { $serial }
helplines-status-publisher = Видавець
helplines-status-key = Підписано ключем
helplines-status-source = Звідки
helplines-status-issued = Видано
# $days — скільки днів тому видано випуск.
helplines-status-age =
    { $days ->
        [0] Цій інформації менше доби.
        [one] Цій інформації { $days } день.
        [few] Цій інформації { $days } дні.
        [many] Цій інформації { $days } днів.
       *[other] Цій інформації { $days } дня.
    }
helplines-status-expires = Строк дії до
helplines-status-expired = Строк дії минув: інформація може бути застарілою.
helplines-expires-in =
    { $days ->
        [0] залишилося менше доби
        [one] залишився { $days } день
        [few] залишилося { $days } дні
        [many] залишилося { $days } днів
       *[other] залишилося { $days } дня
    }
helplines-expired-ago =
    { $days ->
        [0] строк дії минув менше доби тому
        [one] строк дії минув { $days } день тому
        [few] строк дії минув { $days } дні тому
        [many] строк дії минув { $days } днів тому
       *[other] строк дії минув { $days } дня тому
    }
helplines-status-outdated = (старіше за випуск: оновіть, щоб доповнити)
helplines-status-last-success = Останнє успішне оновлення
helplines-status-last-attempt = Остання спроба
helplines-status-last-error = Остання помилка
helplines-status-never = ніколи

## Офлайн-пакети

# $file — назва файлу, $serial — номер випуску, $collections — список, наприклад helplines/GR, $size — розмір файлу.
helplines-pack-exported = Записано { $file }: випуск { $serial }, { $collections } ({ $size }).

## Інструменти видавця

# $file і $public — назви файлів, $id — ідентифікатор ключа.
helplines-publish-key-written = Новий ключ підпису записано у файл { $file }. Тримайте його в таємниці й зробіть резервну копію: його ніколи не буде перезаписано. Його відкритий ключ (ідентифікатор { $id }) — у файлі { $public }.
# $serial — номер випуску, $dir — тека, $keys — ідентифікатори ключів.
helplines-publish-released = Випуск { $serial } записано в { $dir }, підписано ключами: { $keys }.
# $name — збірка, наприклад helplines/GR, $version — її версія, $entries — скільки в ній гарячих ліній, $size — її розмір.
helplines-publish-collection-changed = { $name }: версія { $version }, гарячих ліній: { $entries }, { $size } (змінено)
helplines-publish-collection-same = { $name }: версія { $version }, гарячих ліній: { $entries }, { $size } (без змін)
helplines-publish-translations-changed = { $name }: версія { $version }, файлів перекладу: { $files }, { $size } (змінено)
helplines-publish-translations-same = { $name }: версія { $version }, файлів перекладу: { $files }, { $size } (без змін)
helplines-publish-empty = У { $names } немає жодної гарячої лінії. Тоді телефони сховають гарячі лінії цієї країни, вбудовані в застосунок. Додайте її гарячі лінії або, якщо прибираєте їх навмисно, опублікуйте ще раз із --allow-empty.
# $expires — дата й час.
helplines-release-verified = Випуск { $serial } дійсний: підписано довіреним ключем { $key }, дійсний до { $expires }.
helplines-release-collection = { $name }: версія { $version }, гарячих ліній: { $entries }, { $size }, перевірено
helplines-release-translations = { $name }: версія { $version }, файлів перекладу: { $files }, { $size }, перевірено
helplines-release-collection-absent = { $name }: версія { $version }, { $size }, немає в цьому пакеті
helplines-release-no-such-path = { $path } не існує. Вкажіть теку випуску (ту, де лежить index.json) або файл офлайн-пакета.
helplines-release-not-a-release = { $path } — це ні випуск, ні офлайн-пакет. Випуск — це тека з index.json; пакет — це файл, створений командою salama pack export.

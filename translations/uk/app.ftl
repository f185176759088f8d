# Machine-assisted draft: not yet reviewed by a native speaker.

### Інтерфейс застосунків Salama: меню, підказки та повідомлення.

app-name = Salama
app-tagline = Ваші права — без інтернету, вашою мовою.
app-choose-language = Оберіть мову
app-menu-rights = Читати про свої права
app-menu-search = Пошук
app-menu-language = Змінити мову
app-menu-quit = Вийти
app-prompt-choice = Введіть номер і натисніть Enter.
app-prompt-search = Введіть слова для пошуку й натисніть Enter.
app-prompt-continue = Натисніть Enter, щоб повернутися.
app-search-no-results = Нічого не знайдено. Спробуйте інше слово.
# $count — кількість знайдених статей.
app-search-results =
    { $count ->
        [one] Знайдено { $count } статтю.
        [few] Знайдено { $count } статті.
        [many] Знайдено { $count } статей.
       *[other] Знайдено { $count } статті.
    }
app-back = Назад
app-invalid-choice = Будь ласка, введіть один із показаних номерів.
app-review-machine-draft = Цей переклад зроблено за допомогою машини. Носій мови його ще не перевірив.
app-review-native-reviewed = Цей переклад перевірив носій мови.
app-review-legally-reviewed = Цей переклад перевірив носій мови, який має юридичні знання.
notice-content-rebuilt = Збережений вміст Salama був пошкоджений, тому його відновлено. Вашого щоденника це не торкнулося. Оновлення знову завантажаться під час наступної синхронізації.

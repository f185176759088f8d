### Interface of the Salama apps: menus, prompts and notices.

# Do not translate: Salama is the app's name in every language.
app-name = Salama
app-tagline = Your rights, offline, in your language.
app-choose-language = Choose your language
app-menu-rights = Read your rights
app-menu-search = Search
app-menu-language = Change language
app-menu-quit = Quit
app-prompt-choice = Type a number and press Enter.
app-prompt-search = Type words to search for, then press Enter.
app-prompt-continue = Press Enter to go back.
app-search-no-results = Nothing was found. Try another word.
# $count is the number of articles found.
app-search-results =
    { $count ->
        [one] One article found.
       *[other] { $count } articles found.
    }
app-back = Back
app-invalid-choice = Please type one of the numbers shown.
app-review-machine-draft = This translation was made with machine help and has not yet been checked by a native speaker.
app-review-native-reviewed = This translation was checked by a native speaker.
app-review-legally-reviewed = This translation was checked by a native speaker with legal knowledge.
notice-content-rebuilt = Salama's stored content was damaged and has been rebuilt. Your diary was not touched. Updates will download again at the next sync.

### Messages of `salama l10n`, the tools translators use to check their work.
### Keep message ids, file names, $variables and codes such as U+200F as they are.

l10n-severity-error = error
l10n-severity-warning = warning

## What `salama l10n check` finds. Each line starts with the file, line and column.

# $detail is the parser's explanation, in English.
l10n-problem-syntax-error = This does not follow Fluent syntax, so the message is lost: { $detail }
l10n-problem-duplicate-id = This id is defined a second time. Keep only one.
# $attribute is an attribute name such as "title".
l10n-problem-duplicate-attribute = The attribute .{ $attribute } is defined twice.
l10n-problem-missing-message = Not translated yet. Readers see the English text.
l10n-problem-obsolete-message = English no longer has this message. You can delete it.
l10n-problem-missing-value = English has a value here, the translation only has attributes.
l10n-problem-obsolete-value = English has no value here, only attributes.
l10n-problem-missing-attribute = The attribute .{ $attribute } is not translated yet.
l10n-problem-obsolete-attribute = English has no attribute .{ $attribute }. You can delete it.
# $variable is a variable name such as "count"; it is shown with its $ sign.
l10n-problem-missing-variable = The English text uses ${ $variable } here; the translation must use it too.
l10n-problem-unknown-variable = ${ $variable } is not given to this message. Use only the variables of the English text.
# $categories is a list of CLDR plural categories such as "zero, two, few".
l10n-problem-missing-plural-categories = This plural needs a form for each of: { $categories }.
# $reference is a message id, or a term id starting with "-".
l10n-problem-unknown-reference = { $reference } does not exist in this language.
# $function is a function name such as DATETIME.
l10n-problem-unknown-function = Salama has no function { $function }. Use NUMBER or PHONE.
l10n-problem-empty-value = This text is empty.
# $codepoint is a character code such as U+202E.
l10n-problem-bidi-control = An invisible direction control ({ $codepoint }) can scramble the text around it. Delete it: Salama keeps names and numbers in the right order by itself.
l10n-problem-bidi-mark = An invisible direction mark ({ $codepoint }) was found. Delete it unless you added it on purpose.
l10n-problem-identical-to-source = This is the same as the English text. Is it translated?
# $number is a phone number as written, e.g. 116 000. Keep PHONE("…") exactly as it is.
l10n-problem-bare-phone-number = The phone number { $number } is plain text, so right-to-left text shows its parts in the wrong order. Write it as { "{" } PHONE("{ $number }") { "}" }.

# $locales is how many languages were checked.
l10n-check-summary =
    { $errors ->
        [0] { $locales ->
                [one] One language checked: no errors
               *[other] { $locales } languages checked: no errors
            }
        [one] { $locales ->
                [one] One language checked: one error
               *[other] { $locales } languages checked: one error
            }
       *[other] { $locales ->
                [one] One language checked: { $errors } errors
               *[other] { $locales } languages checked: { $errors } errors
            }
    }, { $warnings ->
        [0] no warnings.
        [one] one warning.
       *[other] { $warnings } warnings.
    }

## `salama l10n status`: a table, one language per row, and a chart.

l10n-status-locale = Language
l10n-status-messages = Messages
l10n-status-translated = Translated
l10n-status-words = Words
l10n-status-review = Review
l10n-status-review-source = source
l10n-status-review-machine-draft = machine draft
l10n-status-review-native-reviewed = reviewed by a native speaker
l10n-status-review-legally-reviewed = legally reviewed
l10n-status-review-unknown = not in locales.json
l10n-status-chart-title = Salama: translation coverage
l10n-status-chart-note = Each bar is the share of the English messages translated; its colour is the review status.
# $path is the file the chart was written to.
l10n-status-chart-written = Chart written to { $path }.

## Problems with the folder itself.

l10n-error-no-folder = No translations folder was found here or above. Give one: salama l10n check <FOLDER>.
# $path is the folder given.
l10n-error-no-source = { $path } has no en folder. Is it a translations folder?
# $path is a file or folder.
l10n-error-unreadable = { $path } cannot be read.
l10n-error-not-utf8 = The file is not UTF-8 text.

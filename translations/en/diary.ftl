### The encrypted diary: prompts, warnings, the exported report.

diary-title = Diary
diary-prompt-passphrase = Diary passphrase:
diary-prompt-new-passphrase = New diary passphrase:
diary-prompt-repeat-passphrase = Type the same passphrase again:
diary-prompt-duress-passphrase = Duress passphrase (unlocking with it wipes the diary and opens an empty one):
diary-prompt-export-passphrase = Passphrase for the export (tell it to the reader another way):
diary-passphrases-differ = The two passphrases are not the same. Nothing was changed.
diary-warning-pin = A PIN is easy to guess for someone who copies your phone. A sentence of several words is much safer.
diary-warning-short = This passphrase is short. A sentence of several words is much safer.
diary-created = Your diary is ready. Nobody can read it without your passphrase. If you forget the passphrase, the diary cannot be recovered.
diary-passphrase-changed = The passphrase was changed. The old one no longer opens the diary.
diary-duress-set = The duress passphrase is set. Unlocking with it wipes your diary and opens an empty one.
diary-wipe-after-set = The diary will be wiped after this many wrong passphrases in a row.
diary-added = Entry saved.
diary-edited = Entry changed. The previous version is kept.
diary-deleted = Entry deleted.
diary-wiped = The diary was wiped. It cannot be recovered.
diary-confirm-delete = Delete this entry with all its versions and attachments? Type yes to confirm.
diary-confirm-wipe = Wipe the whole diary now? It cannot be recovered. Type yes to confirm.
diary-confirm-needed = Nothing was done. To do this without a question, add --yes.
diary-not-confirmed = Nothing was done.
diary-exported = The export was written. Only the person with the key or the passphrase can open it, with the age tool.
diary-backed-up = The backup was written. It opens with the passphrase on any phone.
# $added, $merged, $unchanged, $replaced and $attachments are counts.
diary-restored = Restored: { $added } new entries, { $merged } merged, { $unchanged } already there, { $replaced } replaced, { $attachments } attachments.
diary-restore-choose = Your diary already has entries. Add --merge to keep them and add the backup's, or --replace to delete them first.
# The words merge and replace are also accepted in English, as shown.
diary-restore-ask = Your diary already has entries. Type merge to keep them and add the backup's, or replace to delete them first:
# What the reader types to choose merge or replace (one word, as in diary-restore-ask).
diary-answer-merge = merge
diary-answer-replace = replace
diary-prompt-backup-passphrase = Passphrase of the backup:
diary-prompt-backup-passphrase-or-same = Passphrase of the backup (press Enter if it is the diary passphrase):
diary-none-here = There is no diary here yet. Create one with: salama diary init
# $min and $max are sizes in MiB.
diary-kdf-memory-range = The memory for protecting the passphrase must be from { $min } to { $max } MiB. Nothing was created.
# $min and $max are counts.
diary-kdf-passes-range = The number of passes must be from { $min } to { $max }. Nothing was created.
diary-wipe-after-range = The number of wrong passphrases before the diary is wiped must be from 1 to 100, or 0 for never. Nothing was changed.
diary-clear-and-set = A field cannot be cleared and given a new value at the same time. Nothing was changed.
diary-no-entries = No entries.
diary-damaged-entries = Some entries are damaged and cannot be read. Your other entries are safe.
diary-damaged-not-included = These entries are damaged and could not be read, so they are left out (everything else is included):
diary-damaged-attachments-not-included = These attachments are damaged and could not be read, so they are left out:
# $shown and $total are counts.
diary-list-count = { $shown } of { $total } entries.
diary-ledger-empty = No debts or payments recorded.
diary-history = Earlier versions

diary-kind-event = Event
diary-kind-payment = Payment
diary-kind-debt = Debt
diary-kind-document-taken = Document taken
diary-kind-person = Person
diary-kind-place = Place
diary-kind-note = Note

diary-field-date = Date
diary-field-text = Text
diary-field-place = Place
diary-field-people = People
diary-field-amount = Amount
diary-field-creditor = Owed to
diary-field-tags = Tags
diary-field-written = Written
diary-field-edited = Edited
diary-field-attachment = Attachment
diary-field-version = Version

diary-report-title = Diary record
# $date is the export date, $count the number of entries.
diary-report-generated =
    { $count ->
        [one] Exported on { $date }. One entry.
       *[other] Exported on { $date }. { $count } entries.
    }
diary-report-notice = This record was written by its owner in the Salama app, on their phone. Dates of events are as the owner entered them; "written" times come from the phone's clock. Earlier versions of edited entries are in diary.json.
diary-report-ledger = Debts and payments
diary-report-ledger-empty = No debts or payments recorded.
diary-report-creditor = Owed to
diary-report-currency = Currency
diary-report-owed = Owed
diary-report-paid = Paid
diary-report-remaining = Remaining
diary-report-entries = Entries by date
diary-report-damaged = Damaged records
diary-report-damaged-notice = These records failed their integrity check: they were damaged, or changed by someone who had the file. What could not be checked is left out. Everything else is in this export.
# $id is the random id of the entry or attachment.
diary-report-damaged-entry = Entry { $id }
diary-report-damaged-attachment = Attachment { $id }
# $count is how many times the entry was edited, $date when it was last edited.
diary-report-edited =
    { $count ->
        [one] once, last on { $date }
       *[other] { $count } times, last on { $date }
    }

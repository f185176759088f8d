### Error messages. They never show what the user wrote.

error-not-found = This could not be found.
error-invalid-input = This cannot be used. Please check it and try again.
# $attempts is how many tries are left before Salama makes you wait. At 0 the wait has
# already started: the next try is only accepted after it.
error-wrong-passphrase =
    { $attempts ->
        [0] Wrong passphrase. You have to wait before you try again.
        [one] Wrong passphrase. One try left before you have to wait.
       *[other] Wrong passphrase. { $attempts } tries left before you have to wait.
    }
# $seconds is how long to wait.
error-locked-out =
    { $seconds ->
        [one] Too many wrong tries. Try again in one second.
       *[other] Too many wrong tries. Try again in { $seconds } seconds.
    }
error-locked = The diary is locked. Unlock it first.
# $entries is how many entries the diary already has.
error-diary-not-empty =
    { $entries ->
        [one] Your diary already has one entry. Choose whether to merge the backup with it or replace it.
       *[other] Your diary already has { $entries } entries. Choose whether to merge the backup with them or replace them.
    }
error-corrupted = This record is damaged and cannot be read. Your other records are safe.
error-bad-signature = This update is not from a trusted publisher, or it was changed on the way. It was not installed.
error-rollback = This update is older than the one you already have. It was not installed.
error-expired = This information has not been updated for a long time. It may be out of date.
error-network = The connection failed. Nothing was changed. Try again later.
error-storage = Salama could not read or write its files. Nothing was lost. Check that your phone has free space.
error-internal = Something went wrong inside Salama. Nothing was changed.
# $path is the folder the person gave with --data-dir or SALAMA_DATA_DIR. Keep --data-dir as it is.
error-data-dir = Salama cannot keep its data in { $path }. Check that it is a folder you can write to, or give another folder with --data-dir.

## Publisher tools: translation collections in a release (`salama publish release`,
## `salama release verify`).

# $name is a collection such as translations/ar, $version its version, $files how many Fluent files it holds, $size its size.
publish-translation-changed = { $name }: version { $version }, { $files } translation files, { $size } (changed)
publish-translation-same = { $name }: version { $version }, { $files } translation files, { $size } (unchanged)
publish-translation-checked = { $name }: version { $version }, { $files } translation files, { $size }, checked

//! The translation checker: what `salama l10n check` reports to translators, and what
//! decides whether an over-the-air translation update may be applied.
//!
//! It is pure (sources in, problems out) and compares each locale with the source locale
//! the way the runtime uses them: all of a locale's files form one bundle, a message
//! missing from it falls back to English, and references resolve inside the locale.
//!
//! Errors are what shows the reader broken or wrong text (syntax errors, unknown
//! variables or references, missing plural forms, empty values, duplicate ids, bidi
//! controls that reorder text, phone numbers that right-to-left text would reorder);
//! warnings are what falls back or may be intended (missing
//! and obsolete messages, text identical to English, bidi marks).

use std::collections::{BTreeSet, HashMap, HashSet};

use fluent_syntax::ast;
use fluent_syntax::parser;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde::Serialize;

use super::functions::{FUNCTIONS, is_bidi_control};
use super::intl_langid;

/// One Fluent file of a locale, e.g. `("app.ftl", "app-name = Salama\n…")`.
#[derive(Debug, Clone, Copy)]
pub struct FtlFile<'s> {
    pub name: &'s str,
    pub source: &'s str,
}

/// How bad a problem is. Only errors make `salama l10n check` fail and reject updates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// What is wrong. Serialized with a kebab-case `kind` tag, the stable names scripts use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ProblemKind {
    /// The file does not parse here; the runtime drops the broken entry.
    SyntaxError {
        detail: String,
    },
    /// The id is defined more than once in the locale; only one definition can win.
    DuplicateId,
    /// A message or term has the same attribute twice.
    DuplicateAttribute {
        attribute: String,
    },
    /// The source has this message or term; the locale does not (it falls back).
    MissingMessage,
    /// The locale has a message or term the source no longer has.
    ObsoleteMessage,
    /// The source message has a value; the translation only has attributes.
    MissingValue,
    /// The translation has a value; the source message does not.
    ObsoleteValue,
    MissingAttribute {
        attribute: String,
    },
    ObsoleteAttribute {
        attribute: String,
    },
    /// The source uses `$variable` in this value (or attribute); the translation drops it.
    MissingVariable {
        attribute: Option<String>,
        variable: String,
    },
    /// The translation uses a `$variable` the source never passes.
    UnknownVariable {
        attribute: Option<String>,
        variable: String,
    },
    /// A plural selector lacks categories the locale's CLDR plural rules need.
    MissingPluralCategories {
        attribute: Option<String>,
        categories: Vec<String>,
    },
    /// A reference to a message (`other-id`, `other-id.attr`) or term (`-term`) that does
    /// not exist in the locale.
    UnknownReference {
        reference: String,
    },
    /// A call to a function Salama does not provide.
    UnknownFunction {
        function: String,
    },
    /// A value, attribute or variant that shows nothing.
    EmptyValue {
        attribute: Option<String>,
    },
    /// An embedding, override or isolate control (U+202A–E, U+2066–9): it reorders or
    /// unbalances the text around it. Placeables are isolated already.
    BidiControl {
        codepoint: String,
    },
    /// A bidi mark (U+200E, U+200F, U+061C): invisible, usually pasted by accident.
    BidiMark {
        codepoint: String,
    },
    /// The translation is the English text, unchanged.
    IdenticalToSource,
    /// A phone-like number (`116 000`, `+218 91 035 4839`) written as plain text in a
    /// right-to-left locale: the bidi algorithm shows its groups in the wrong order
    /// (`000 116`), so the reader would dial a wrong number. Write `{ PHONE("116 000") }`.
    BarePhoneNumber {
        number: String,
    },
}

impl ProblemKind {
    /// Whether the problem is an error or a warning (see the module documentation).
    pub fn severity(&self) -> Severity {
        use ProblemKind::*;
        match self {
            MissingMessage
            | ObsoleteMessage
            | MissingValue
            | ObsoleteValue
            | MissingAttribute { .. }
            | ObsoleteAttribute { .. }
            | BidiMark { .. }
            | IdenticalToSource => Severity::Warning,
            SyntaxError { .. }
            | DuplicateId
            | DuplicateAttribute { .. }
            | MissingVariable { .. }
            | UnknownVariable { .. }
            | MissingPluralCategories { .. }
            | UnknownReference { .. }
            | UnknownFunction { .. }
            | EmptyValue { .. }
            | BidiControl { .. }
            | BarePhoneNumber { .. } => Severity::Error,
        }
    }

    /// The kebab-case name of the kind, as in the JSON output (`missing-message`).
    pub fn name(&self) -> &'static str {
        use ProblemKind::*;
        match self {
            SyntaxError { .. } => "syntax-error",
            DuplicateId => "duplicate-id",
            DuplicateAttribute { .. } => "duplicate-attribute",
            MissingMessage => "missing-message",
            ObsoleteMessage => "obsolete-message",
            MissingValue => "missing-value",
            ObsoleteValue => "obsolete-value",
            MissingAttribute { .. } => "missing-attribute",
            ObsoleteAttribute { .. } => "obsolete-attribute",
            MissingVariable { .. } => "missing-variable",
            UnknownVariable { .. } => "unknown-variable",
            MissingPluralCategories { .. } => "missing-plural-categories",
            UnknownReference { .. } => "unknown-reference",
            UnknownFunction { .. } => "unknown-function",
            EmptyValue { .. } => "empty-value",
            BidiControl { .. } => "bidi-control",
            BidiMark { .. } => "bidi-mark",
            IdenticalToSource => "identical-to-source",
            BarePhoneNumber { .. } => "bare-phone-number",
        }
    }

    /// The details as (name, value) pairs, for wording the problem in a Fluent message.
    pub fn details(&self) -> Vec<(&'static str, String)> {
        use ProblemKind::*;
        let mut out = vec![];
        match self {
            SyntaxError { detail } => out.push(("detail", detail.clone())),
            DuplicateAttribute { attribute }
            | MissingAttribute { attribute }
            | ObsoleteAttribute { attribute } => out.push(("attribute", attribute.clone())),
            MissingVariable {
                attribute,
                variable,
            }
            | UnknownVariable {
                attribute,
                variable,
            } => {
                out.push(("variable", variable.clone()));
                out.extend(attribute.clone().map(|a| ("attribute", a)));
            }
            MissingPluralCategories {
                attribute,
                categories,
            } => {
                out.push(("categories", categories.join(", ")));
                out.extend(attribute.clone().map(|a| ("attribute", a)));
            }
            UnknownReference { reference } => out.push(("reference", reference.clone())),
            UnknownFunction { function } => out.push(("function", function.clone())),
            EmptyValue { attribute } => out.extend(attribute.clone().map(|a| ("attribute", a))),
            BidiControl { codepoint } | BidiMark { codepoint } => {
                out.push(("codepoint", codepoint.clone()))
            }
            BarePhoneNumber { number } => out.push(("number", number.clone())),
            DuplicateId | MissingMessage | ObsoleteMessage | MissingValue | ObsoleteValue
            | IdenticalToSource => {}
        }
        out
    }
}

/// One problem found in a locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub locale: String,
    /// The file, relative to the locale folder (`app.ftl`). For a missing message, the
    /// file the source keeps it in.
    pub file: String,
    /// 1-based line and column (in characters); absent for what is missing.
    pub line: Option<u32>,
    pub column: Option<u32>,
    /// The message (`app-name`) or term (`-brand`) concerned, if any.
    pub id: Option<String>,
    pub severity: Severity,
    #[serde(flatten)]
    pub kind: ProblemKind,
}

/// A locale's files, parsed, with every message and term indexed.
pub struct ParsedLocale<'s> {
    pub code: &'s str,
    files: Vec<ParsedFile<'s>>,
    /// Every definition, in file order.
    defs: Vec<Def<'s>>,
    /// Indices into `defs` by key: the id for a message, `-id` for a term.
    by_key: HashMap<String, Vec<usize>>,
}

struct ParsedFile<'s> {
    name: &'s str,
    source: &'s str,
    resource: ast::Resource<&'s str>,
    /// Syntax errors: byte offset and the parser's explanation.
    errors: Vec<(usize, String)>,
    line_starts: Vec<usize>,
}

/// A message or a term: where it is and what it holds.
struct Def<'s> {
    file: usize,
    key: String,
    id: &'s str,
    term: bool,
    entry: usize,
    /// Whether this is the first definition of its key (the others are duplicates).
    first: bool,
}

type Pattern<'s> = ast::Pattern<&'s str>;

/// A definition's parts, borrowed from the file's syntax tree.
pub(crate) struct Parts<'a, 's> {
    pub value: Option<&'a Pattern<'s>>,
    pub attributes: &'a [ast::Attribute<&'s str>],
    pub comment: Option<&'a ast::Comment<&'s str>>,
}

impl<'s> ParsedLocale<'s> {
    /// Parses every file of a locale; syntax errors are kept to be reported.
    pub fn parse(code: &'s str, files: &[FtlFile<'s>]) -> Self {
        let mut parsed = ParsedLocale {
            code,
            files: Vec::with_capacity(files.len()),
            defs: vec![],
            by_key: HashMap::new(),
        };
        for (index, file) in files.iter().enumerate() {
            let (resource, errors) = parse_file(file.source);
            for (entry, item) in resource.body.iter().enumerate() {
                let (id, term) = match item {
                    ast::Entry::Message(m) => (m.id.name, false),
                    ast::Entry::Term(t) => (t.id.name, true),
                    _ => continue,
                };
                let key = if term {
                    format!("-{id}")
                } else {
                    id.to_owned()
                };
                let indices = parsed.by_key.entry(key.clone()).or_default();
                let first = indices.is_empty();
                indices.push(parsed.defs.len());
                parsed.defs.push(Def {
                    file: index,
                    key,
                    id,
                    term,
                    entry,
                    first,
                });
            }
            let line_starts = std::iter::once(0)
                .chain(file.source.match_indices('\n').map(|(i, _)| i + 1))
                .collect();
            parsed.files.push(ParsedFile {
                name: file.name,
                source: file.source,
                resource,
                errors,
                line_starts,
            });
        }
        parsed
    }

    /// Whether the locale defines `key` (a message id, or `-id` for a term).
    pub fn has(&self, key: &str) -> bool {
        self.by_key.contains_key(key)
    }

    /// The message ids (not terms) the locale defines, in file order, each once.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.defs
            .iter()
            .filter(|d| !d.term && d.first)
            .map(|d| d.id)
    }

    /// The parts of the first definition of a message id.
    pub(crate) fn message(&self, id: &str) -> Option<Parts<'_, 's>> {
        let def = &self.defs[*self.by_key.get(id)?.first()?];
        (!def.term).then(|| self.parts(def))
    }

    fn first(&self, key: &str) -> Option<&Def<'s>> {
        Some(&self.defs[*self.by_key.get(key)?.first()?])
    }

    fn parts(&self, def: &Def<'s>) -> Parts<'_, 's> {
        match &self.files[def.file].resource.body[def.entry] {
            ast::Entry::Message(m) => Parts {
                value: m.value.as_ref(),
                attributes: &m.attributes,
                comment: m.comment.as_ref(),
            },
            ast::Entry::Term(t) => Parts {
                value: Some(&t.value),
                attributes: &t.attributes,
                comment: t.comment.as_ref(),
            },
            _ => unreachable!("defs only index messages and terms"),
        }
    }

    fn has_attribute(&self, key: &str, attribute: &str) -> bool {
        self.first(key).is_some_and(|def| {
            self.parts(def)
                .attributes
                .iter()
                .any(|a| a.id.name == attribute)
        })
    }
}

/// How deep placeables may nest (`{ { … } }`). Real messages nest three or four deep;
/// the parser recurses once per level, so a hostile file of nested braces would overflow
/// the stack of a phone's worker thread and abort the app. Such a file is not parsed.
pub const MAX_NESTING: usize = 16;

/// Parses one file, unless its placeables nest too deep to parse safely.
fn parse_file(source: &str) -> (ast::Resource<&str>, Vec<(usize, String)>) {
    if let Some(at) = too_deep(source) {
        let detail = format!("placeables are nested more than {MAX_NESTING} deep");
        return (ast::Resource { body: vec![] }, vec![(at, detail)]);
    }
    match parser::parse(source) {
        Ok(resource) => (resource, vec![]),
        Err((resource, errors)) => {
            let errors = errors
                .iter()
                .map(|e| (e.pos.start, e.kind.to_string()))
                .collect();
            (resource, errors)
        }
    }
}

/// Where a brace first opens a placeable deeper than [`MAX_NESTING`], if one does. Reads
/// the source as the parser would: comments and string literals hold no placeables, and
/// a string literal ends with its line.
fn too_deep(source: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if depth == 0 && line.starts_with('#') {
            continue;
        }
        let mut in_string = false;
        let mut escaped = false;
        for (index, c) in line.char_indices() {
            if in_string {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => in_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '{' => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        return Some(start + index);
                    }
                }
                '}' => depth = depth.saturating_sub(1),
                '"' if depth > 0 => in_string = true,
                _ => {}
            }
        }
    }
    None
}

impl ParsedFile<'_> {
    /// 1-based line and character column of a byte offset.
    fn position(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.source.len());
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line - 1];
        let column = self
            .source
            .get(start..offset)
            .map_or(0, |s| s.chars().count());
        (line as u32, column as u32 + 1)
    }

    /// Where `part`, a slice of this file's source, starts in it. The syntax tree borrows
    /// every name and text from the source, so their addresses give their positions (the
    /// tree has no spans); anything else is placed at the start of the file.
    fn offset_of(&self, part: &str) -> usize {
        let start = (part.as_ptr() as usize).wrapping_sub(self.source.as_ptr() as usize);
        if start <= self.source.len() { start } else { 0 }
    }
}

/// Checks the source locale on its own: everything but the comparisons with itself.
pub fn check_source(source: &ParsedLocale) -> Vec<Problem> {
    let mut out = Report::default();
    structure(&mut out, source, None);
    out.finish()
}

/// Checks a translation against the source locale.
pub fn check_translation(source: &ParsedLocale, locale: &ParsedLocale) -> Vec<Problem> {
    let mut out = Report::default();
    structure(&mut out, locale, None);
    completeness(&mut out, source, locale);
    for def in &locale.defs {
        if def.term || !def.first {
            continue;
        }
        let Some(reference) = source.first(&def.key) else {
            continue;
        };
        compare_message(&mut out, source, reference, locale, def, true);
    }
    out.finish()
}

/// Checks an over-the-air update of a locale, which is applied on top of the locale's
/// compiled-in files: it must parse, keep every message's variables, and stand on its own
/// with those files (its references must resolve in the update or the compiled locale).
/// Missing messages are not reported: an update may fix only a few strings.
pub fn check_update(
    source: &ParsedLocale,
    compiled: &ParsedLocale,
    update: &ParsedLocale,
) -> Vec<Problem> {
    let mut out = Report::default();
    structure(&mut out, update, Some(compiled));
    for def in &update.defs {
        if def.term || !def.first {
            continue;
        }
        if let Some(reference) = source.first(&def.key) {
            compare_message(&mut out, source, reference, update, def, false);
        }
    }
    out.finish()
}

#[derive(Default)]
struct Report {
    problems: Vec<Problem>,
    /// Plural categories per (CLDR locale, ordinal), computed once per run.
    plurals: HashMap<(String, bool), Option<Vec<Category>>>,
}

impl Report {
    fn push(
        &mut self,
        locale: &ParsedLocale,
        file: usize,
        at: Option<usize>,
        id: Option<&str>,
        kind: ProblemKind,
    ) {
        let parsed = &locale.files[file];
        let (line, column) = at.map(|o| parsed.position(o)).unzip();
        self.problems.push(Problem {
            locale: locale.code.to_owned(),
            file: parsed.name.to_owned(),
            line,
            column,
            id: id.map(str::to_owned),
            severity: kind.severity(),
            kind,
        });
    }

    fn finish(mut self) -> Vec<Problem> {
        self.problems.sort_by(|a, b| {
            (&a.locale, &a.file, a.line, a.column).cmp(&(&b.locale, &b.file, b.line, b.column))
        });
        self.problems
    }
}

/// What can be wrong with a locale on its own: syntax, duplicates, references, functions,
/// empty values, bidi controls and plural forms. References also resolve in `also`.
fn structure(out: &mut Report, locale: &ParsedLocale, also: Option<&ParsedLocale>) {
    let rtl = is_rtl(locale.code);
    for (index, file) in locale.files.iter().enumerate() {
        for (at, detail) in &file.errors {
            let detail = detail.clone();
            out.push(
                locale,
                index,
                Some(*at),
                None,
                ProblemKind::SyntaxError { detail },
            );
        }
    }
    for def in &locale.defs {
        let file = &locale.files[def.file];
        let key = Some(def.key.as_str());
        if !def.first {
            out.push(
                locale,
                def.file,
                Some(file.offset_of(def.id)),
                key,
                ProblemKind::DuplicateId,
            );
        }
        let parts = locale.parts(def);
        let mut seen = HashSet::new();
        for attribute in parts.attributes {
            if !seen.insert(attribute.id.name) {
                out.push(
                    locale,
                    def.file,
                    Some(file.offset_of(attribute.id.name)),
                    key,
                    ProblemKind::DuplicateAttribute {
                        attribute: attribute.id.name.to_owned(),
                    },
                );
            }
        }
        for (attribute, pattern) in patterns(&parts) {
            let mut walk = Walk {
                out,
                locale,
                also,
                def,
                attribute,
                rtl,
                in_phone: false,
            };
            if is_blank(pattern) {
                walk.empty(Some(file.offset_of(attribute.unwrap_or(def.id))));
            }
            walk.pattern(pattern);
        }
    }
}

/// The value (attribute `None`) and each attribute of a definition.
fn patterns<'a, 's>(
    parts: &Parts<'a, 's>,
) -> impl Iterator<Item = (Option<&'s str>, &'a Pattern<'s>)> {
    parts
        .value
        .map(|v| (None, v))
        .into_iter()
        .chain(parts.attributes.iter().map(|a| (Some(a.id.name), &a.value)))
}

/// A walk through one pattern of a definition, reporting what is wrong inside it.
struct Walk<'r, 'a, 's> {
    out: &'r mut Report,
    locale: &'a ParsedLocale<'s>,
    also: Option<&'a ParsedLocale<'s>>,
    def: &'a Def<'s>,
    attribute: Option<&'s str>,
    /// The locale is written right to left, where bare phone numbers get reordered.
    rtl: bool,
    /// Inside the arguments of `PHONE()`, which isolates them.
    in_phone: bool,
}

impl<'s> Walk<'_, '_, 's> {
    fn file(&self) -> &ParsedFile<'s> {
        &self.locale.files[self.def.file]
    }

    fn report(&mut self, at: usize, kind: ProblemKind) {
        self.out.push(
            self.locale,
            self.def.file,
            Some(at),
            Some(&self.def.key),
            kind,
        );
    }

    fn empty(&mut self, at: Option<usize>) {
        let kind = ProblemKind::EmptyValue {
            attribute: self.attribute.map(str::to_owned),
        };
        self.out
            .push(self.locale, self.def.file, at, Some(&self.def.key), kind);
    }

    fn pattern(&mut self, pattern: &Pattern<'s>) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => {
                    let at = self.file().offset_of(value);
                    self.text(value, at);
                }
                ast::PatternElement::Placeable { expression } => self.expression(expression),
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&'s str>) {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline),
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                self.plurals(selector, variants);
                for variant in variants {
                    if is_blank(&variant.value) {
                        let key = match &variant.key {
                            ast::VariantKey::Identifier { name } => name,
                            ast::VariantKey::NumberLiteral { value } => value,
                        };
                        let at = self.file().offset_of(key);
                        self.empty(Some(at));
                    }
                    self.pattern(&variant.value);
                }
            }
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&'s str>) {
        use ast::InlineExpression::*;
        match inline {
            StringLiteral { value } => {
                let at = self.file().offset_of(value);
                let unescaped = fluent_syntax::unicode::unescape_unicode_to_string(value);
                self.text(&unescaped, at);
            }
            NumberLiteral { .. } | VariableReference { .. } => {}
            FunctionReference { id, arguments } => {
                if !FUNCTIONS.contains(&id.name) {
                    let at = self.file().offset_of(id.name);
                    let function = id.name.to_owned();
                    self.report(at, ProblemKind::UnknownFunction { function });
                }
                let outer = self.in_phone;
                self.in_phone |= id.name == "PHONE";
                self.arguments(arguments);
                self.in_phone = outer;
            }
            MessageReference { id, attribute } => {
                let found = match attribute {
                    None => self.resolves(id.name, None),
                    Some(a) => self.resolves(id.name, Some(a.name)),
                };
                if !found {
                    let reference = match attribute {
                        None => id.name.to_owned(),
                        Some(a) => format!("{}.{}", id.name, a.name),
                    };
                    let at = self.file().offset_of(id.name);
                    self.report(at, ProblemKind::UnknownReference { reference });
                }
            }
            TermReference {
                id,
                attribute,
                arguments,
            } => {
                let key = format!("-{}", id.name);
                if !self.resolves(&key, attribute.as_ref().map(|a| a.name)) {
                    let reference = match attribute {
                        None => key,
                        Some(a) => format!("{key}.{}", a.name),
                    };
                    let at = self.file().offset_of(id.name);
                    self.report(at, ProblemKind::UnknownReference { reference });
                }
                if let Some(arguments) = arguments {
                    self.arguments(arguments);
                }
            }
            Placeable { expression } => self.expression(expression),
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&'s str>) {
        for argument in &arguments.positional {
            self.inline(argument);
        }
        for argument in &arguments.named {
            self.inline(&argument.value);
        }
    }

    fn resolves(&self, key: &str, attribute: Option<&str>) -> bool {
        let in_locale = |locale: &ParsedLocale| match attribute {
            None => locale.has(key),
            Some(attribute) => locale.has_attribute(key, attribute),
        };
        in_locale(self.locale) || self.also.is_some_and(in_locale)
    }

    /// Reports bidi controls in `text`, which starts at byte `at` of the file (string
    /// literals are unescaped first, and reported at the literal).
    fn text(&mut self, text: &str, at: usize) {
        let raw = self.file().source.get(at..at + text.len()) == Some(text);
        for (index, c) in text.char_indices().filter(|(_, c)| is_bidi_control(*c)) {
            let codepoint = format!("U+{:04X}", u32::from(c));
            let kind = match c {
                '\u{200E}' | '\u{200F}' | '\u{061C}' => ProblemKind::BidiMark { codepoint },
                _ => ProblemKind::BidiControl { codepoint },
            };
            self.report(if raw { at + index } else { at }, kind);
        }
        if self.rtl && !self.in_phone {
            for (index, number) in phone_like_numbers(text) {
                self.report(
                    if raw { at + index } else { at },
                    ProblemKind::BarePhoneNumber { number },
                );
            }
        }
    }

    fn plurals(
        &mut self,
        selector: &ast::InlineExpression<&'s str>,
        variants: &[ast::Variant<&'s str>],
    ) {
        let mut names = HashSet::new();
        let mut numbers = vec![];
        for variant in variants {
            match &variant.key {
                ast::VariantKey::Identifier { name } => {
                    names.insert(*name);
                }
                ast::VariantKey::NumberLiteral { value } => {
                    numbers.extend(value.parse::<f64>().ok());
                }
            }
        }
        // Like compare-locales: a selector is a plural one when a variant names a plural
        // category; `other` alone proves nothing, it is every selector's usual default.
        let plural = names
            .iter()
            .any(|n| matches!(*n, "zero" | "one" | "two" | "few" | "many"));
        if !plural {
            return;
        }
        let ordinal = is_ordinal(selector);
        let key = (intl_langid(self.locale.code).to_string(), ordinal);
        let categories = self
            .out
            .plurals
            .entry(key)
            .or_insert_with_key(|(langid, ordinal)| plural_categories(langid, *ordinal));
        let Some(categories) = categories else {
            return;
        };
        let missing: Vec<String> = categories
            .iter()
            .filter(|c| c.name != "other" && !names.contains(c.name))
            .filter(|c| !c.samples.iter().all(|s| numbers.contains(s)))
            .map(|c| c.name.to_owned())
            .collect();
        if !missing.is_empty() {
            let first_key = match &variants[0].key {
                ast::VariantKey::Identifier { name } => name,
                ast::VariantKey::NumberLiteral { value } => value,
            };
            let at = self.file().offset_of(first_key);
            self.report(
                at,
                ProblemKind::MissingPluralCategories {
                    attribute: self.attribute.map(str::to_owned),
                    categories: missing,
                },
            );
        }
    }
}

/// Whether a locale is written right to left (CLDR's character order for its language
/// or script: `ar`, `fa`, `ps`, `ur`, `ckb`, `he`…).
fn is_rtl(code: &str) -> bool {
    intl_langid(code).character_direction() == unic_langid::CharacterDirection::RTL
}

/// A decimal digit in the scripts Salama's right-to-left locales write numbers in: Latin,
/// Arabic-Indic and Extended Arabic-Indic.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || ('\u{0660}'..='\u{0669}').contains(&c)
        || ('\u{06F0}'..='\u{06F9}').contains(&c)
}

/// Phone-like numbers in right-to-left text, as (byte offset, number): a `+` followed by
/// digits (`+218910354839`, shown as `218910354839+`), or groups of digits separated by
/// single spaces (`116 000`, shown as `000 116`), with at least three digits. A single
/// group (`112`, `2021`) or groups joined by `-`, `.`, `:` or `/` (dates, times) keep
/// their order, so they are not reported.
fn phone_like_numbers(text: &str) -> Vec<(usize, String)> {
    let mut found = vec![];
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let plus = c == '+' && chars.get(i + 1).is_some_and(|(_, d)| is_digit(*d));
        if !plus && !(is_digit(c) && (i == 0 || !is_digit(chars[i - 1].1))) {
            i += 1;
            continue;
        }
        let mut j = if plus { i + 1 } else { i };
        let (mut digits, mut groups) = (0, 1);
        loop {
            while j < chars.len() && is_digit(chars[j].1) {
                digits += 1;
                j += 1;
            }
            let spaced = j + 1 < chars.len()
                && matches!(chars[j].1, ' ' | '\u{A0}' | '\u{202F}')
                && is_digit(chars[j + 1].1);
            if !spaced {
                break;
            }
            groups += 1;
            j += 1;
        }
        if digits >= 3 && (plus || groups > 1) {
            let end = chars.get(j).map_or(text.len(), |(at, _)| *at);
            found.push((start, text[start..end].to_owned()));
        }
        i = j.max(i + 1);
    }
    found
}

/// `NUMBER($n, type: "ordinal")` selects ordinal categories; anything else cardinal ones.
fn is_ordinal(selector: &ast::InlineExpression<&str>) -> bool {
    let ast::InlineExpression::FunctionReference { id, arguments } = selector else {
        return false;
    };
    id.name == "NUMBER"
        && arguments.named.iter().any(|arg| {
            arg.name.name == "type"
                && matches!(
                    arg.value,
                    ast::InlineExpression::StringLiteral { value: "ordinal" }
                )
        })
}

/// A CLDR plural category of a locale and the sample numbers that fall in it.
struct Category {
    name: &'static str,
    samples: Vec<f64>,
}

/// The plural categories a locale's CLDR rules use, found by selecting over integers up
/// to 1000, powers of ten and decimals with one and two fraction digits (as CLDR's own
/// samples do), in CLDR order. `None` if CLDR has no rules for the locale.
fn plural_categories(langid: &str, ordinal: bool) -> Option<Vec<Category>> {
    let kind = if ordinal {
        PluralRuleType::ORDINAL
    } else {
        PluralRuleType::CARDINAL
    };
    let rules = PluralRules::create(intl_langid(langid), kind).ok()?;
    let mut samples: Vec<String> = (0..=1000).map(|n| n.to_string()).collect();
    samples.extend((4..=7).map(|e| 10u64.pow(e).to_string()));
    if !ordinal {
        for whole in 0..=21 {
            for fraction in ["0", "1", "5", "25"] {
                samples.push(format!("{whole}.{fraction}"));
            }
        }
    }
    let order = ["zero", "one", "two", "few", "many", "other"];
    let mut categories: Vec<Category> = order
        .iter()
        .map(|name| Category {
            name,
            samples: vec![],
        })
        .collect();
    for sample in &samples {
        let Ok(category) = rules.select(sample.as_str()) else {
            continue;
        };
        let index = match category {
            PluralCategory::ZERO => 0,
            PluralCategory::ONE => 1,
            PluralCategory::TWO => 2,
            PluralCategory::FEW => 3,
            PluralCategory::MANY => 4,
            PluralCategory::OTHER => 5,
        };
        categories[index]
            .samples
            .push(sample.parse().unwrap_or(f64::NAN));
    }
    categories.retain(|c| !c.samples.is_empty());
    Some(categories)
}

/// The CLDR plural categories of a locale, e.g. `["zero", "one", "two", "few", "many",
/// "other"]` for `ar` (cardinal numbers). Empty if CLDR has no rules for it.
pub fn plural_category_names(locale: &str) -> Vec<&'static str> {
    plural_categories(locale, false)
        .unwrap_or_default()
        .iter()
        .map(|c| c.name)
        .collect()
}

/// Messages and terms of the source missing from the locale, and the reverse.
fn completeness(out: &mut Report, source: &ParsedLocale, locale: &ParsedLocale) {
    for def in &source.defs {
        if !def.first || locale.has(&def.key) {
            continue;
        }
        // Reported in the file of the same name, as translation tools expect.
        let file = source.files[def.file].name;
        out.problems.push(Problem {
            locale: locale.code.to_owned(),
            file: file.to_owned(),
            line: None,
            column: None,
            id: Some(def.key.clone()),
            severity: Severity::Warning,
            kind: ProblemKind::MissingMessage,
        });
    }
    for def in &locale.defs {
        if def.first && !source.has(&def.key) {
            let at = locale.files[def.file].offset_of(def.id);
            out.push(
                locale,
                def.file,
                Some(at),
                Some(&def.key),
                ProblemKind::ObsoleteMessage,
            );
        }
    }
}

/// Compares one translated message with its source: value and attributes present,
/// variables the same, and (for full checks) not just the English text.
fn compare_message(
    out: &mut Report,
    source: &ParsedLocale,
    reference: &Def,
    locale: &ParsedLocale,
    def: &Def,
    full: bool,
) {
    let file = &locale.files[def.file];
    let at = Some(file.offset_of(def.id));
    let id = Some(def.key.as_str());
    let theirs = source.parts(reference);
    let ours = locale.parts(def);
    if full {
        match (theirs.value.is_some(), ours.value.is_some()) {
            (true, false) => out.push(locale, def.file, at, id, ProblemKind::MissingValue),
            (false, true) => out.push(locale, def.file, at, id, ProblemKind::ObsoleteValue),
            _ => {}
        }
        for attribute in theirs.attributes {
            if !ours
                .attributes
                .iter()
                .any(|a| a.id.name == attribute.id.name)
            {
                let attribute = attribute.id.name.to_owned();
                out.push(
                    locale,
                    def.file,
                    at,
                    id,
                    ProblemKind::MissingAttribute { attribute },
                );
            }
        }
        for attribute in ours.attributes {
            if !theirs
                .attributes
                .iter()
                .any(|a| a.id.name == attribute.id.name)
            {
                let at = Some(file.offset_of(attribute.id.name));
                let attribute = attribute.id.name.to_owned();
                out.push(
                    locale,
                    def.file,
                    at,
                    id,
                    ProblemKind::ObsoleteAttribute { attribute },
                );
            }
        }
        if is_identical(&theirs, &ours) {
            out.push(locale, def.file, at, id, ProblemKind::IdenticalToSource);
        }
    }
    for (attribute, pattern) in patterns(&ours) {
        let Some((_, reference_pattern)) = patterns(&theirs).find(|(a, _)| *a == attribute) else {
            continue;
        };
        let expected = variables(reference_pattern);
        let found = variables(pattern);
        let attribute = attribute.map(str::to_owned);
        for variable in expected.difference(&found) {
            let kind = ProblemKind::MissingVariable {
                attribute: attribute.clone(),
                variable: variable.to_string(),
            };
            out.push(locale, def.file, at, id, kind);
        }
        for variable in found.difference(&expected) {
            let kind = ProblemKind::UnknownVariable {
                attribute: attribute.clone(),
                variable: variable.to_string(),
            };
            let at = Some(file.offset_of(variable));
            out.push(locale, def.file, at, id, kind);
        }
    }
}

/// Whether a translation is the source text unchanged, where that is a mistake: not when
/// the source says "do not translate" in its comment, nor when it has no words.
pub(crate) fn is_identical(source: &Parts, translation: &Parts) -> bool {
    let keep = source.comment.is_some_and(|c| {
        c.content
            .iter()
            .any(|line| line.to_lowercase().contains("do not translate"))
    });
    let has_words = patterns(source).any(|(_, p)| word_count(p) > 0);
    !keep
        && has_words
        && source.value == translation.value
        && source.attributes == translation.attributes
}

/// The variables a pattern uses, anywhere (selectors, function arguments, variants).
fn variables<'s>(pattern: &Pattern<'s>) -> BTreeSet<&'s str> {
    fn inline<'s>(e: &ast::InlineExpression<&'s str>, out: &mut BTreeSet<&'s str>) {
        use ast::InlineExpression::*;
        match e {
            VariableReference { id } => {
                out.insert(id.name);
            }
            FunctionReference { arguments, .. }
            | TermReference {
                arguments: Some(arguments),
                ..
            } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
                for a in &arguments.named {
                    inline(&a.value, out);
                }
            }
            Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr<'s>(e: &ast::Expression<&'s str>, out: &mut BTreeSet<&'s str>) {
        match e {
            ast::Expression::Inline(i) => inline(i, out),
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    walk(&v.value, out);
                }
            }
        }
    }
    fn walk<'s>(p: &Pattern<'s>, out: &mut BTreeSet<&'s str>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expr(expression, out);
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(pattern, &mut out);
    out
}

/// Whether a pattern shows nothing: only blank text and blank string literals.
fn is_blank(pattern: &Pattern) -> bool {
    pattern.elements.iter().all(|element| match element {
        ast::PatternElement::TextElement { value } => value.trim().is_empty(),
        ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
        } => fluent_syntax::unicode::unescape_unicode_to_string(value)
            .trim()
            .is_empty(),
        _ => false,
    })
}

/// Words in a pattern's text (every variant counted), for coverage figures.
pub(crate) fn word_count(pattern: &Pattern) -> usize {
    fn count(p: &Pattern) -> usize {
        p.elements
            .iter()
            .map(|element| match element {
                ast::PatternElement::TextElement { value } => value
                    .split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphanumeric))
                    .count(),
                ast::PatternElement::Placeable {
                    expression: ast::Expression::Select { variants, .. },
                } => variants.iter().map(|v| count(&v.value)).sum(),
                ast::PatternElement::Placeable { .. } => 0,
            })
            .sum()
    }
    count(pattern)
}

/// All words of a definition: value and attributes.
pub(crate) fn words(parts: &Parts) -> usize {
    patterns(parts).map(|(_, p)| word_count(p)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "\
hello = Hello, { $name }!
items =
    { $count ->
        [one] One item
       *[other] { $count } items
    }
link = See { hello }
    .title = Help
-brand = Salama
about = About { -brand }
# Do not translate: the app's name.
app-name = Salama
";

    fn problems(locale: &str, source: &str) -> Vec<Problem> {
        let en = ParsedLocale::parse(
            "en",
            &[FtlFile {
                name: "a.ftl",
                source: EN,
            }],
        );
        let l10n = ParsedLocale::parse(
            locale,
            &[FtlFile {
                name: "a.ftl",
                source,
            }],
        );
        check_translation(&en, &l10n)
    }

    fn kinds(problems: &[Problem]) -> Vec<(&str, Option<&str>)> {
        problems
            .iter()
            .map(|p| (p.kind.name(), p.id.as_deref()))
            .collect()
    }

    const FR_OK: &str = "\
hello = Bonjour, { $name } !
items =
    { $count ->
        [one] Un élément
       *[other] { $count } éléments
    }
link = Voir { hello }
    .title = Aide
-brand = Salama
about = À propos de { -brand }
app-name = Salama
";

    #[test]
    fn the_source_and_a_good_translation_are_clean() {
        let en = ParsedLocale::parse(
            "en",
            &[FtlFile {
                name: "a.ftl",
                source: EN,
            }],
        );
        assert_eq!(check_source(&en), vec![]);
        assert_eq!(problems("fr", FR_OK), vec![]);
    }

    #[test]
    fn syntax_errors_have_file_line_and_column() {
        let found = problems("fr", &FR_OK.replace("{ $name } !", "{ $name !"));
        let error = found
            .iter()
            .find(|p| p.kind.name() == "syntax-error")
            .unwrap();
        assert_eq!(
            (error.file.as_str(), error.line, error.column),
            ("a.ftl", Some(1), Some(26))
        );
        assert_eq!(error.severity, Severity::Error);
    }

    #[test]
    fn arabic_needs_six_plural_forms_but_exact_numbers_count() {
        assert_eq!(
            plural_category_names("ar"),
            ["zero", "one", "two", "few", "many", "other"]
        );
        assert_eq!(plural_category_names("uk"), ["one", "few", "many", "other"]);
        assert_eq!(plural_category_names("kmr"), ["one", "other"]);
        let ar = FR_OK.replace("[one] Un élément", "[one] عنصر واحد\n        [0] لا شيء\n        [2] عنصران\n        [few] { $count } عناصر");
        let found = problems("ar", &ar);
        let plural = found
            .iter()
            .find(|p| p.kind.name() == "missing-plural-categories")
            .unwrap();
        assert_eq!(
            plural.kind,
            ProblemKind::MissingPluralCategories {
                attribute: None,
                categories: vec!["many".into()]
            }
        );
        // Where compare-locales puts it too: at the first variant.
        assert_eq!((plural.line, plural.column), (Some(4), Some(10)));
    }

    #[test]
    fn ordinal_selectors_use_ordinal_rules() {
        let en = "nth = { NUMBER($n, type: \"ordinal\") ->\n [one] {$n}st\n [two] {$n}nd\n *[other] {$n}th\n}\n";
        let parsed = ParsedLocale::parse(
            "en",
            &[FtlFile {
                name: "a.ftl",
                source: en,
            }],
        );
        let found = check_source(&parsed);
        assert_eq!(kinds(&found), [("missing-plural-categories", Some("nth"))]);
        assert_eq!(
            found[0].kind,
            ProblemKind::MissingPluralCategories {
                attribute: None,
                categories: vec!["few".into()]
            }
        );
    }

    #[test]
    fn variables_must_match_the_source() {
        let found = problems("fr", &FR_OK.replace("{ $name }", "{ $nom }"));
        assert_eq!(
            found.iter().map(|p| &p.kind).collect::<Vec<_>>(),
            [
                &ProblemKind::MissingVariable {
                    attribute: None,
                    variable: "name".into()
                },
                &ProblemKind::UnknownVariable {
                    attribute: None,
                    variable: "nom".into()
                }
            ]
        );
    }

    #[test]
    fn references_must_exist_in_the_locale() {
        let fr = FR_OK
            .replace("{ hello }", "{ hallo.title }")
            .replace("{ -brand }", "{ -marque }");
        let found = problems("fr", &fr);
        let refs: Vec<_> = found
            .iter()
            .filter_map(|p| match &p.kind {
                ProblemKind::UnknownReference { reference } => Some(reference.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(refs, ["hallo.title", "-marque"]);
    }

    #[test]
    fn missing_obsolete_and_identical_are_warnings() {
        let fr = FR_OK
            .replace("about = À propos de { -brand }\n", "extra = En trop\n")
            .replace("    .title = Aide\n", "    .tooltip = Aide\n")
            .replace("Bonjour, { $name } !", "Hello, { $name }!");
        let found = problems("fr", &fr);
        assert_eq!(
            kinds(&found),
            [
                ("missing-message", Some("about")),
                ("identical-to-source", Some("hello")),
                ("missing-attribute", Some("link")),
                ("obsolete-attribute", Some("link")),
                ("obsolete-message", Some("extra")),
            ]
        );
        assert!(found.iter().all(|p| p.severity == Severity::Warning));
    }

    #[test]
    fn empty_values_duplicates_functions_and_bidi_controls_are_errors() {
        let fr = FR_OK
            .replace("Aide", "{ \"\" }")
            .replace("[one] Un élément", "[one] {\"\"}")
            .replace("Voir {", "Voir \u{202E}{ DATETIME($d) } {")
            .replace(
                "app-name = Salama",
                "app-name = Salama\napp-name = Salama\u{200F}",
            );
        let found = problems("fr", &fr);
        assert_eq!(
            kinds(&found),
            [
                ("empty-value", Some("items")),
                ("bidi-control", Some("link")),
                ("unknown-function", Some("link")),
                ("unknown-variable", Some("link")),
                ("empty-value", Some("link")),
                ("duplicate-id", Some("app-name")),
                ("bidi-mark", Some("app-name")),
            ]
        );
        assert_eq!(found[1].column, Some(13));
        assert_eq!(found[6].severity, Severity::Warning);
        let zwnj = problems("fr", &FR_OK.replace("Aide", "Ai\u{200C}de"));
        assert_eq!(zwnj, vec![]);
    }

    #[test]
    fn bare_phone_numbers_are_errors_in_right_to_left_locales_only() {
        let numbers = |text: &str| -> Vec<String> {
            phone_like_numbers(text)
                .into_iter()
                .map(|(_, n)| n)
                .collect()
        };
        assert_eq!(numbers("الخط 116 000 مجاني"), ["116 000"]);
        assert_eq!(numbers("اتصل على +218910354839"), ["+218910354839"]);
        assert_eq!(
            numbers("رقم ۱۱۶ ۱۱۱ و ٠٨٠٠ ٢٩٠ ٢٩٠"),
            ["۱۱۶ ۱۱۱", "٠٨٠٠ ٢٩٠ ٢٩٠"]
        );
        // One group, dates, times, counts and small figures keep their order.
        for safe in [
            "اتصل بـ 112",
            "2009-02-12",
            "09:00 إلى 17:00",
            "200 لغة",
            "+1",
            "1 2",
            "x+ 12",
        ] {
            assert_eq!(numbers(safe), Vec::<String>::new(), "{safe}");
        }
        let fr = FR_OK.replace("Aide", "Aide 116 000");
        assert_eq!(problems("fr", &fr), vec![]);
        let ar = FR_OK.replace("Aide", "مساعدة 116 000").replace(
            "Voir {",
            "Voir { PHONE(\"116 111\") } { \"+49 30 1234\" } {",
        );
        let found = problems("ar", &ar);
        let bare: Vec<_> = found
            .iter()
            .filter(|p| p.kind.name() == "bare-phone-number")
            .collect();
        assert_eq!(bare.len(), 2, "{found:#?}");
        assert_eq!(
            bare[0].kind,
            ProblemKind::BarePhoneNumber {
                number: "+49 30 1234".into()
            }
        );
        assert_eq!(bare[1].severity, Severity::Error);
        assert_eq!((bare[1].line, bare[1].column), (Some(8), Some(21)));
        assert!(is_rtl("ckb") && is_rtl("ur") && is_rtl("fa") && !is_rtl("kmr") && !is_rtl("bn"));
    }

    #[test]
    fn escaped_bidi_controls_are_found_too() {
        let found = problems("fr", &FR_OK.replace("Aide", "{ \"\\u202E\" }Aide"));
        assert_eq!(
            found[0].kind,
            ProblemKind::BidiControl {
                codepoint: "U+202E".into()
            }
        );
    }

    #[test]
    fn deeply_nested_placeables_are_refused_before_the_parser_sees_them() {
        let nested = |n: usize| format!("a = {}x{}\n", "{ ".repeat(n), " }".repeat(n));
        // The deepest allowed parses on a stack far smaller than a phone thread's.
        let allowed = nested(MAX_NESTING);
        let found = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || problems("fr", &format!("{FR_OK}{allowed}")))
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(
            kinds(&found),
            [
                ("obsolete-message", Some("a")),
                ("unknown-reference", Some("a"))
            ]
        );
        // Deeper, or 100,000 deep, is a syntax error and nothing of the file is parsed.
        for n in [MAX_NESTING + 1, 100_000] {
            let found = problems("fr", &nested(n));
            let (syntax, rest): (Vec<_>, Vec<_>) =
                found.iter().partition(|p| p.kind.name() == "syntax-error");
            assert_eq!(syntax.len(), 1);
            assert_eq!(
                (syntax[0].line, syntax[0].column),
                (Some(1), Some(2 * MAX_NESTING as u32 + 5))
            );
            assert!(rest.iter().all(|p| p.kind == ProblemKind::MissingMessage));
        }
        // Braces in comments and string literals do not count.
        let quoted = format!(
            "# {}\nb = {{ \"{}\\\" {}\" }}\n",
            "{".repeat(40),
            "{".repeat(40),
            "{".repeat(40)
        );
        assert_eq!(too_deep(&quoted), None);
        assert!(
            problems("fr", &format!("{FR_OK}{quoted}"))
                .iter()
                .all(|p| p.kind.name() != "syntax-error")
        );
    }

    #[test]
    fn hostile_and_odd_input_does_not_panic() {
        let inputs = [
            String::new(),
            "\u{FEFF}".to_owned(),
            "=".repeat(10_000),
            "a = {".repeat(2_000),
            "a = { $x -> }".to_owned(),
            "a = { { { { { { { { { { { x } } } } } } } } } } }".to_owned(),
            "-t = { -t }\na = { -t.x }".to_owned(),
            String::from_utf8_lossy(&[0xff, 0xfe, b'a', b' ', b'=', 0xc3]).into_owned(),
            "a = b\n\r\n\tc = d\0".to_owned(),
        ];
        for input in &inputs {
            let found = problems("ar", input);
            for problem in &found {
                assert!(problem.line.is_none_or(|l| l >= 1));
            }
        }
    }
}

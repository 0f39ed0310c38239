//! The one error type of the data layer: a [`Problem`] found in a data file, and the
//! [`Report`] of loading one.

use std::fmt;

use crate::model::Dataset;

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The file cannot be used as it is.
    Error,
    /// The file can be used, but something is probably not what the maintainer meant.
    Warning,
}

impl Severity {
    /// "error" or "warning".
    pub fn code(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One thing wrong with a data file, located by JSON path, line and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// JSON path of the offending value, like `chair_terms[2].to`, or `$` for the whole file.
    pub path: String,
    /// 1-based line of the offending value (0 when unknown).
    pub line: u32,
    /// 1-based column, counted in characters (0 when unknown).
    pub column: u32,
    /// What is wrong, in plain words.
    pub message: String,
    /// How to fix it ("" when there is nothing useful to add).
    pub hint: String,
}

impl Problem {
    /// An error.
    pub fn error(
        path: impl Into<String>,
        line: u32,
        column: u32,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Problem {
            severity: Severity::Error,
            path: path.into(),
            line,
            column,
            message: message.into(),
            hint: hint.into(),
        }
    }

    /// A warning.
    pub fn warning(
        path: impl Into<String>,
        line: u32,
        column: u32,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Problem {
            severity: Severity::Warning,
            ..Problem::error(path, line, column, message, hint)
        }
    }

    /// Whether this is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// `error: chair_terms[2].to (line 14, column 13): '2025-13-01' is not a valid date: ...`
/// followed, when there is a hint, by a second line `  hint: ...`.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} (line {}, column {}): {}",
            self.severity.code(),
            self.path,
            self.line,
            self.column,
            self.message
        )?;
        if !self.hint.is_empty() {
            write!(f, "\n  hint: {}", self.hint)?;
        }
        Ok(())
    }
}

/// The most problems a report lists. A file with thousands of broken items must not make
/// thousands of messages (megabytes, and a widget drawing them for minutes): the first ones
/// are listed, the rest counted in one last problem, "… and N more".
pub const MAX_PROBLEMS: usize = 100;

/// Problems found but not listed (beyond [`MAX_PROBLEMS`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Omitted {
    /// Errors not listed.
    pub errors: usize,
    /// Warnings not listed.
    pub warnings: usize,
}

impl Omitted {
    /// Counts one problem left out.
    pub fn count(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
        }
    }

    /// Adds another count.
    pub fn add(&mut self, other: Omitted) {
        self.errors += other.errors;
        self.warnings += other.warnings;
    }

    /// How many problems were left out.
    pub fn total(&self) -> usize {
        self.errors + self.warnings
    }
}

/// A list of problems that keeps the first [`MAX_PROBLEMS`] in file order (by line and
/// column, whatever order they are found in) and counts the rest, so that memory stays bounded
/// however broken the file.
#[derive(Clone, Debug, Default)]
pub struct Problems {
    /// The problems kept (at most twice [`MAX_PROBLEMS`] until [`finish`]).
    pub list: Vec<Problem>,
    /// Those counted but not kept.
    pub omitted: Omitted,
}

impl Problems {
    /// Keeps `p`, or counts it when [`MAX_PROBLEMS`] problems earlier in the file are kept.
    pub fn push(&mut self, p: Problem) {
        self.list.push(p);
        if self.list.len() >= 2 * MAX_PROBLEMS {
            // Amortised: one sort of 2 × MAX_PROBLEMS per MAX_PROBLEMS problems pushed.
            in_file_order(&mut self.list);
            for p in self.list.drain(MAX_PROBLEMS..) {
                self.omitted.count(p.severity);
            }
        }
    }

    /// Whether many problems were found already: callers may then skip costly hints.
    pub fn is_full(&self) -> bool {
        self.list.len() >= MAX_PROBLEMS || self.omitted.total() > 0
    }
}

/// Sorts problems by line and column, stably, through the crate's one sort (each standard
/// `sort_by_key` is a new copy of several kilobytes of wasm).
#[inline(never)]
pub fn in_file_order(problems: &mut [Problem]) {
    crate::model::sort_by(problems, |a, b| (a.line, a.column) < (b.line, b.column));
}

/// Sorts `problems` into file order, keeps the first [`MAX_PROBLEMS`] and, when some were left
/// out (here or in `omitted` already), ends the list with one problem that counts them.
pub fn finish(mut problems: Vec<Problem>, mut omitted: Omitted) -> (Vec<Problem>, Omitted) {
    in_file_order(&mut problems);
    if problems.len() > MAX_PROBLEMS {
        for p in problems.drain(MAX_PROBLEMS..) {
            omitted.count(p.severity);
        }
    }
    if omitted.total() > 0 {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let severity = if omitted.errors > 0 {
            Severity::Error
        } else {
            Severity::Warning
        };
        let line = problems.last().map_or(1, |p| p.line.max(1));
        let total = omitted.total().to_string();
        problems.push(Problem {
            severity,
            path: "$".into(),
            line,
            column: 1,
            message: say!("more" [total]
                "{} more not listed ({}, {})",
                plural(omitted.total(), "problem"),
                plural(omitted.errors, "error"),
                plural(omitted.warnings, "warning")
            ),
            hint: en!(
                "fix the problems listed and check the file again: the first ones often \
                 cause many of the others"
            ),
        });
    }
    (problems, omitted)
}

/// The result of loading a data file: the dataset when usable, and the problems found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// The dataset; `Some` when there is no error (warnings allowed), `None` otherwise.
    pub dataset: Option<Dataset>,
    /// The problems found, in file order: at most [`MAX_PROBLEMS`], then, when there were
    /// more, one that counts the rest.
    pub problems: Vec<Problem>,
    /// The problems counted but not listed.
    pub omitted: Omitted,
}

impl Report {
    /// The errors, in file order.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> + '_ {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
    }

    /// The warnings, in file order.
    pub fn warnings(&self) -> impl Iterator<Item = &Problem> + '_ {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Warning)
    }

    /// Whether the file can be used: no errors (warnings are allowed).
    pub fn is_valid(&self) -> bool {
        self.errors().next().is_none()
    }

    /// How many errors were found, listed or not.
    pub fn error_count(&self) -> usize {
        // The last problem counting those not listed is not an error of its own.
        let note = usize::from(self.omitted.errors > 0);
        self.errors().count() - note + self.omitted.errors
    }

    /// How many warnings were found, listed or not.
    pub fn warning_count(&self) -> usize {
        let note = usize::from(self.omitted.errors == 0 && self.omitted.warnings > 0);
        self.warnings().count() - note + self.omitted.warnings
    }

    /// "2 errors, 1 warning" (counting those not listed).
    pub fn summary(&self) -> String {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        format!(
            "{}, {}",
            plural(self.error_count(), "error"),
            plural(self.warning_count(), "warning")
        )
    }
}

/// Whether `c` is a character that changes the direction or joining of the text around it
/// (bidi embeddings, overrides, isolates and marks): echoed into a message, it could reverse
/// the rest of the message.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A problem's message in the visitor's wasm (see `say!`): its code, then the values from the
/// file it names, each after a space: `date '2025-13-01'`.
#[cfg(not(any(feature = "tools", not(target_arch = "wasm32"))))]
#[inline(never)]
pub(crate) fn compact(code: &str, values: &[&str]) -> String {
    let mut out = String::from(code);
    for v in values {
        out.push(' ');
        out.push_str(v);
    }
    out
}

/// `'value'` for messages: at most 40 characters, control characters and bidi controls
/// escaped (they would otherwise act on the terminal or reverse the rest of the message).
pub(crate) fn shown(s: &str) -> String {
    let mut out = String::from("'");
    for (i, c) in s.chars().enumerate() {
        if i == 40 {
            out.push('…');
            break;
        }
        if c.is_control() || is_bidi_control(c) || c == '\u{feff}' {
            escape(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out.push('\'');
    out
}

/// `c` written as Rust's `escape_debug` writes a control character, a bidi control or U+FEFF
/// (`\n`, `\u{202e}`): by hand, since `escape_debug` carries Unicode's tables of printable
/// and combining characters (about 1 KB brotli of the visitor's wasm) for characters that are
/// never passed here.
fn escape(c: char, out: &mut String) {
    match c {
        '\0' => out.push_str("\\0"),
        '\t' => out.push_str("\\t"),
        '\r' => out.push_str("\\r"),
        '\n' => out.push_str("\\n"),
        _ => {
            out.push_str("\\u{");
            let code = c as u32;
            // The hex digits without leading zeros, as `escape_debug` writes them.
            let digits = (32 - (code | 1).leading_zeros()).div_ceil(4);
            for at in (0..digits).rev() {
                let digit = (code >> (at * 4)) & 0xf;
                out.push(char::from_digit(digit, 16).unwrap_or('0'));
            }
            out.push('}');
        }
    }
}

/// Edit distance in characters (insertions, deletions, substitutions and swaps of two
/// neighbours), giving up (returning `limit + 1`) beyond `limit`. Only the first 64 characters
/// of each word count.
pub(crate) fn edit_distance(a: &str, b: &str, limit: usize) -> usize {
    let a: Vec<char> = a.chars().take(64).collect();
    let b: Vec<char> = b.chars().take(64).collect();
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let width = b.len() + 1;
    // d[i * width + j]: distance between a[..i] and b[..j].
    let mut d: Vec<usize> = vec![0; (a.len() + 1) * width];
    let at = |i: usize, j: usize| i * width + j;
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            let value = if i == 0 || j == 0 {
                i + j
            } else {
                let cost = usize::from(a.get(i - 1) != b.get(j - 1));
                let get = |d: &[usize], k: usize| d.get(k).copied().unwrap_or(usize::MAX - 1);
                let mut best = (get(&d, at(i - 1, j - 1)) + cost)
                    .min(get(&d, at(i - 1, j)) + 1)
                    .min(get(&d, at(i, j - 1)) + 1);
                if i > 1 && j > 1 && a.get(i - 1) == b.get(j - 2) && a.get(i - 2) == b.get(j - 1) {
                    best = best.min(get(&d, at(i - 2, j - 2)) + 1);
                }
                best
            };
            let k = at(i, j);
            if let Some(cell) = d.get_mut(k) {
                *cell = value;
            }
        }
    }
    d.last().copied().unwrap_or(0).min(limit + 1)
}

/// Up to three candidates close to `word` (closest first), ignoring ASCII case differences (Unicode case tables would cost the wasm kilobytes).
pub(crate) fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let lower = word.to_ascii_lowercase();
    let limit = (word.chars().count() / 3).clamp(1, 3);
    let mut found: Vec<(usize, &str)> = candidates
        .map(|c| (edit_distance(&lower, &c.to_ascii_lowercase(), limit), c))
        .filter(|(d, _)| *d <= limit)
        .collect();
    found.sort_by_key(|(d, _)| *d);
    found.dedup_by_key(|(_, c)| *c);
    found.into_iter().take(3).map(|(_, c)| c).collect()
}

/// "'a', 'b' or 'c'".
pub(crate) fn one_of(words: &[&str]) -> String {
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == words.len() { " or " } else { ", " });
        }
        out.push_str(&shown(w));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_it_is_given_as_escape_debug_does() {
        // Every character `shown` escapes: the controls (C0, DEL, C1), the bidi controls and
        // U+FEFF, in a value and on its own.
        let escaped = (0..=0x10ffff_u32)
            .filter_map(char::from_u32)
            .filter(|&c| c.is_control() || is_bidi_control(c) || c == '\u{feff}');
        let mut count = 0;
        for c in escaped {
            let mut ours = String::new();
            escape(c, &mut ours);
            assert_eq!(ours, c.escape_debug().to_string(), "U+{:04X}", c as u32);
            count += 1;
        }
        assert_eq!(count, 65 + 12 + 1);
        assert_eq!(shown("a\u{202e}b\n"), "'a\\u{202e}b\\n'");
    }

    #[test]
    fn displays_with_and_without_hint() {
        let p = Problem::error(
            "chair_terms[2].to",
            14,
            13,
            "'2025-13-01' is not a valid date: month 13 does not exist (1 to 12)",
            "write YYYY, YYYY-MM or YYYY-MM-DD",
        );
        assert_eq!(
            p.to_string(),
            "error: chair_terms[2].to (line 14, column 13): '2025-13-01' is not a valid date: \
             month 13 does not exist (1 to 12)\n  hint: write YYYY, YYYY-MM or YYYY-MM-DD"
        );
        let w = Problem::warning("$", 1, 1, "m", "");
        assert_eq!(w.to_string(), "warning: $ (line 1, column 1): m");
    }

    #[test]
    fn report_counts() {
        let r = Report {
            dataset: None,
            omitted: Omitted::default(),
            problems: vec![
                Problem::warning("$", 1, 1, "w", ""),
                Problem::error("$", 1, 1, "e", ""),
            ],
        };
        assert!(!r.is_valid());
        assert_eq!(r.summary(), "1 error, 1 warning");
        assert!(Report::default().is_valid());
    }

    #[test]
    fn suggestions() {
        assert_eq!(edit_distance("colour", "color", 3), 1);
        assert_eq!(edit_distance("", "abc", 3), 3);
        assert_eq!(edit_distance("abcdefgh", "x", 2), 3);
        assert_eq!(edit_distance("imo", "iom", 3), 1);
        assert_eq!(edit_distance("kitten", "sitting", 5), 3);
        let fields = ["short_name", "name", "part_of"];
        assert_eq!(closest("shortname", fields.into_iter()), vec!["short_name"]);
        assert!(closest("colour", fields.into_iter()).is_empty());
        assert_eq!(one_of(&["a", "b", "c"]), "'a', 'b' or 'c'");
        assert_eq!(shown("a\nb"), "'a\\nb'");
        assert_eq!(shown("a\u{202e}b\u{1b}"), "'a\\u{202e}b\\u{1b}'");
    }
}

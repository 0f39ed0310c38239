//! Reading a dataset: JSON text with positions ([`json`]), decoding with paths ([`decode`]),
//! checks of meaning ([`validate`]), all reporting [`Problem`]s; and the chair rotation
//! ([`rotation`]).
//!
//! [`load`] runs the whole chain on a text; [`default_dataset`] is the data compiled into the
//! crate (`data/gmg.json`).

// The maintainer's English texts of problems: natively (CLI, SSR, tests) and in the tools wasm
// the sentences; in the visitor's wasm a code and the values from the file only (the sentences
// and hints, with the code that writes them, are several kilobytes every visitor would pay for
// a text only the page's maintainer reads, in the CLI, the editor or the workbench).

/// A problem's message: `say!("code" [values] "English {}", args)`. Natively and in the tools
/// wasm the English sentence (`format!` of the tokens after the brackets); in the visitor's
/// wasm the code and the values in brackets ([`problem::compact`]): the sentence is
/// type-checked but neither written nor compiled in.
#[cfg(any(feature = "tools", not(target_arch = "wasm32")))]
macro_rules! say {
    ($code:literal [$($value:expr),*] $($en:tt)+) => {{
        // The values are the visitor's wasm's message; here they may go unused.
        $(let _ = &$value;)*
        ::std::fmt::format(format_args!($($en)+))
    }};
}
#[cfg(not(any(feature = "tools", not(target_arch = "wasm32"))))]
macro_rules! say {
    ($code:literal [$($value:expr),*] $($en:tt)+) => {{
        // Type-checked, so that what the sentence names counts as used, but never run: the
        // optimiser drops the branch with its text.
        if false {
            let _ = format_args!($($en)+);
        }
        $crate::data::problem::compact($code, &[$(::core::convert::AsRef::<str>::as_ref(&$value)),*])
    }};
}

/// An English text only the maintainer reads, such as a problem's hint: `en!("text {}", args)`,
/// a `String`. Natively and in the tools wasm the text; in the visitor's wasm "" (the text and
/// its arguments are type-checked, never evaluated, and left out by the optimiser).
#[cfg(any(feature = "tools", not(target_arch = "wasm32")))]
macro_rules! en {
    ($($en:tt)+) => {
        ::std::fmt::format(format_args!($($en)+))
    };
}
#[cfg(not(any(feature = "tools", not(target_arch = "wasm32"))))]
macro_rules! en {
    ($($en:tt)+) => {{
        if false {
            let _ = format_args!($($en)+);
        }
        ::std::string::String::new()
    }};
}

pub mod decode;
pub mod json;
mod loaded;
pub mod problem;
pub mod rotation;
pub mod validate;

#[cfg(any(feature = "embedded-data", not(target_arch = "wasm32"), test))]
use std::rc::Rc;

pub use loaded::{LoadError, Loaded, ReadTexts};
pub use problem::{Omitted, Problem, Report, Severity, MAX_PROBLEMS};

#[cfg(any(feature = "embedded-data", not(target_arch = "wasm32"), test))]
use crate::model::{Dataset, SCHEMA_VERSION};

/// The largest data text read, in bytes (UTF-8). The GMG file is under 100 KB; a text
/// above this is a mistake (or an attack), and reading it would cost the visitor's memory.
pub const MAX_TEXT_BYTES: usize = 4 * 1024 * 1024;

/// Whether [`load`] runs every check of meaning: natively (CLI, SSR, tests) and in the tools
/// wasm (feature `tools`: the editor, the generator). The visitor's wasm (`csr` alone) decodes
/// as strictly (types, required fields, dates, ids) but of the checks of meaning keeps only
/// those that keep a page safe ([`validate::safety`]: links, loops of parents): the others
/// (overlaps, references, rotation, provenance, missing languages) are for the maintainer and
/// cost every visitor ~7 KB of wasm.
pub const FULL_CHECKS: bool = cfg!(any(feature = "tools", not(target_arch = "wasm32")));

/// Whether problems carry the maintainer's English sentences and hints (as [`FULL_CHECKS`]):
/// in the visitor's wasm a problem's message is a code and the values from the file it names
/// (`date '2025-13-01'`), its hint empty; its path, line and column are the same.
pub const TEXTS: bool = FULL_CHECKS;

/// Parses, decodes and validates a data file (format version 1, `docs/data-format.md`).
///
/// The problems found are in the report, sorted by line and column: the first
/// [`MAX_PROBLEMS`], then one counting the rest. The dataset is `Some` when there is no error
/// (warnings allowed) and `None` otherwise. Never panics; time and memory grow linearly (or
/// as n log n) with the text, which may be at most [`MAX_TEXT_BYTES`] long.
pub fn load(text: &str) -> Report {
    if text.len() > MAX_TEXT_BYTES {
        let bytes = text.len().to_string();
        let problem = Problem::error(
            "$",
            1,
            1,
            say!("too-large" [bytes] "the file is too large: {bytes} bytes, where at most {MAX_TEXT_BYTES} are read"),
            en!("a data file of the group is well under 1 MB: check that this is the right file"),
        );
        return Report {
            problems: vec![problem],
            ..Report::default()
        };
    }
    let root = match json::parse(text) {
        Ok(root) => root,
        Err(e) => {
            let problem = Problem::error("$", e.pos.line, e.pos.column, e.message, e.hint);
            return Report {
                problems: vec![problem],
                ..Report::default()
            };
        }
    };
    let decoded = decode::decode(&root);
    let mut problems = decoded.problems;
    let (checked, mut omitted) = if FULL_CHECKS {
        validate::check_counted(&decoded.dataset, &decoded.positions)
    } else {
        validate::safety_counted(&decoded.dataset, &decoded.positions)
    };
    problems.extend(checked);
    omitted.add(decoded.omitted);
    let valid = omitted.errors == 0 && !problems.iter().any(Problem::is_error);
    if valid && FULL_CHECKS {
        let (warnings, more) = validate::languages_counted(&decoded.positions);
        problems.extend(warnings);
        omitted.add(more);
    }
    let (problems, omitted) = problem::finish(problems, omitted);
    Report {
        dataset: valid.then_some(decoded.dataset),
        problems,
        omitted,
    }
}

/// The JSON text of the default dataset, `data/gmg.json`, as compiled in: always natively (the
/// CLI, SSR and the tests), on wasm only with the feature `embedded-data`. The visitor's wasm
/// goes without it (13 KB brotli): the element module fetches `gmg-data.json`, the same file,
/// next to itself when a widget needs it.
#[cfg(any(feature = "embedded-data", not(target_arch = "wasm32"), test))]
pub const DEFAULT_JSON: &str = include_str!("../data/gmg.json");

#[cfg(any(feature = "embedded-data", not(target_arch = "wasm32"), test))]
thread_local! {
    static DEFAULT: Rc<Dataset> = Rc::new(load(DEFAULT_JSON).dataset.unwrap_or(Dataset {
        version: SCHEMA_VERSION,
        ..Dataset::default()
    }));
}

/// The dataset compiled into the crate (`data/gmg.json`), parsed once per thread. An empty
/// dataset if that file were ever broken (the tests make sure it is not).
#[cfg(any(feature = "embedded-data", not(target_arch = "wasm32"), test))]
pub fn default_dataset() -> Rc<Dataset> {
    DEFAULT.with(Rc::clone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_is_valid() {
        let report = load(DEFAULT_JSON);
        let errors: Vec<String> = report.errors().map(ToString::to_string).collect();
        assert!(errors.is_empty(), "{}", errors.join("\n"));
        assert!(!default_dataset().members.is_empty());
        assert!(Rc::ptr_eq(&default_dataset(), &default_dataset()));
    }

    #[test]
    fn syntax_errors_become_problems() {
        let r = load("{\"version\": 1,}");
        assert_eq!(r.problems.len(), 1);
        assert_eq!(
            (
                r.problems[0].path.as_str(),
                r.problems[0].line,
                r.problems[0].column
            ),
            ("$", 1, 14)
        );
        assert!(r.dataset.is_none());
    }
}

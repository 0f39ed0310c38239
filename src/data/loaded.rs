//! A dataset as a widget holds it (with every problem found on the way), and why a data
//! source could not be had: what the loader hands the widget.

use std::rc::Rc;

#[cfg(any(feature = "embedded-data", not(target_arch = "wasm32"), test))]
use crate::data;
use crate::data::{Problem, Severity};
use crate::model::Dataset;

/// A dataset as loaded, with every problem found on the way.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// What could be read (empty when the data had errors).
    pub dataset: Rc<Dataset>,
    /// Errors and warnings, in file order: the first ones, then one that counts the rest.
    pub problems: Rc<[Problem]>,
    /// How many errors were found, listed or not (the heading says this many).
    pub error_count: usize,
    /// Whether this is the built-in data (`data/gmg.json`, compiled in or fetched by the
    /// element module as `gmg-data.json`): a failed source then says so, with its date.
    pub built_in: bool,
}

impl PartialEq for Loaded {
    // Pointer identity: a dataset is never mutated after loading, so this is exact and cheap.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && Rc::ptr_eq(&self.problems, &other.problems)
            && self.built_in == other.built_in
    }
}

impl Loaded {
    /// The data compiled into the crate (`data/gmg.json`; on wasm with `embedded-data`).
    #[cfg(any(feature = "embedded-data", not(target_arch = "wasm32"), test))]
    pub fn default_data() -> Self {
        Loaded {
            dataset: data::default_dataset(),
            problems: Rc::from(Vec::new()),
            error_count: 0,
            built_in: true,
        }
    }

    /// No data yet: an empty dataset, no problems.
    pub fn empty() -> Self {
        Loaded {
            dataset: Rc::default(),
            problems: Rc::from(Vec::new()),
            error_count: 0,
            built_in: false,
        }
    }

    /// Reads and validates JSON text.
    pub fn from_text(text: &str) -> Self {
        let report = crate::data::load(text);
        Loaded {
            error_count: report.error_count(),
            dataset: Rc::new(report.dataset.unwrap_or_default()),
            problems: report.problems.into(),
            built_in: false,
        }
    }

    /// Whether this is the built-in data (compiled in, or fetched as `gmg-data.json`).
    pub fn is_default(&self) -> bool {
        self.built_in
    }

    /// Whether any problem is an error (the dataset is then empty).
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
}

/// Why the data could not be fetched (the JS loader finds out; the widget says it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The server answered 404 or another error status.
    NotFound,
    /// The request failed (offline, DNS, CORS, ...).
    Network,
    /// No answer within the timeout.
    Timeout,
    /// The server answered with an error status (5xx, 403, ...): the text is the status.
    Server,
    /// An answer arrived but is not usable data (an HTML page, empty, invalid, another
    /// format version); a saved copy is shown instead.
    Unusable,
    /// The page embeds the widget wrongly (an address that is not one, ...).
    Setup,
    /// An answer that is not JSON, or not valid data: the last good copy (or the built-in
    /// data) stays on screen, and the details go to the page's maintainer (console,
    /// `gmg-error`, and the widget itself only where the page asks with `debug`).
    Invalid,
}

impl LoadError {
    /// Reads the codes the JS loader passes: "not-found", "network", "timeout", "invalid".
    pub fn from_code(code: &str) -> Option<Self> {
        Some(match code {
            "not-found" => LoadError::NotFound,
            "network" => LoadError::Network,
            "timeout" => LoadError::Timeout,
            "server" => LoadError::Server,
            "unusable" => LoadError::Unusable,
            "setup" => LoadError::Setup,
            "invalid" => LoadError::Invalid,
            _ => return None,
        })
    }
}

/// A text read, whether as the built-in data, and what it holds.
type ReadText = (Rc<str>, bool, Rc<Loaded>);

/// The data texts read last, each with what was read from it: a text handed over again (the
/// element module validates a source's answer, then mounts it; widgets on one page share one
/// source; every widget showing the built-in data) is read once, and they share one dataset.
#[derive(Default)]
pub struct ReadTexts {
    /// The texts with what they hold, and whether each is the built-in data.
    entries: [Option<ReadText>; ReadTexts::KEPT],
    /// The entry the next new text replaces (the one read first of those kept).
    next: usize,
}

impl ReadTexts {
    /// None read yet.
    pub const fn new() -> Self {
        ReadTexts {
            entries: [None, None, None, None],
            next: 0,
        }
    }

    /// How many texts are kept: a page rarely shows more sources than this at once.
    pub const KEPT: usize = 4;

    /// What `text` holds (as the built-in data when `built_in`), read now or shared with the
    /// last time it was read; and the text, shared likewise.
    pub fn read(&mut self, text: &str, built_in: bool) -> (Rc<str>, Rc<Loaded>) {
        let known = self
            .entries
            .iter()
            .flatten()
            .find(|(t, b, _)| *b == built_in && **t == *text);
        if let Some((t, _, loaded)) = known {
            return (t.clone(), loaded.clone());
        }
        let mut loaded = Loaded::from_text(text);
        loaded.built_in = built_in;
        let (text, loaded) = (Rc::<str>::from(text), Rc::new(loaded));
        self.entries[self.next] = Some((text.clone(), built_in, loaded.clone()));
        self.next = (self.next + 1) % Self::KEPT;
        (text, loaded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_read_again_is_not_parsed_again_and_shares_its_dataset() {
        let mut texts = ReadTexts::default();
        let data = crate::data::DEFAULT_JSON;
        crate::work::take();
        let (_, first) = texts.read(data, false);
        let parsing = crate::work::take();
        assert!(
            parsing > 1_000,
            "reading the data counts its work: {parsing}"
        );
        let (_, again) = texts.read(data, false);
        assert_eq!(crate::work::take(), 0, "the second read does no work");
        assert!(Rc::ptr_eq(&first.dataset, &again.dataset));
        // The same text as the built-in data is another entry (a failed source says so).
        let (_, built_in) = texts.read(data, true);
        assert!(built_in.built_in && !first.built_in);
    }

    #[test]
    fn only_the_last_texts_are_kept() {
        let mut texts = ReadTexts::default();
        let text = |i: usize| {
            format!(r#"{{"version": 1, "group": {{"name": "G{i}", "short_name": "G"}}}}"#)
        };
        let (_, first) = texts.read(&text(0), false);
        for i in 1..=ReadTexts::KEPT {
            texts.read(&text(i), false);
        }
        let (_, again) = texts.read(&text(0), false);
        assert!(
            !Rc::ptr_eq(&first.dataset, &again.dataset),
            "the oldest was let go"
        );
        assert!(texts.entries.iter().all(Option::is_some));
    }
}

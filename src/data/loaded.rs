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

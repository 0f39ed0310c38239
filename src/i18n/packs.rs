//! The interface text of one language as a file of its own (a "pack", `strings/LANG.json`
//! next to the module): a JSON array of the strings of [`Msg::ALL`], in that order.
//!
//! Why: every visitor reads one language, but a wasm with the six compiled in makes each pay
//! for all six (6.3 KB brotli of the visitor's wasm). The visitor's wasm (feature
//! `fetched-langs`) keeps English only; the element module fetches the visitor's pack in
//! parallel with the wasm and installs it before the widget draws. Until a pack is installed,
//! or when it cannot be had, a widget's interface is English (the data's texts keep their
//! language). Natively (the renderer, the CLI, the tests) and in the tools wasm all six stay
//! compiled in: the renderer writes the packs from them.

use super::Msg;
use crate::data::json;
#[cfg(not(feature = "fetched-langs"))]
use crate::text::Lang;

/// What to do about any pack that cannot be used.
pub const PACK_HINT: &str =
    "rebuild the packs with `gmg-widgets prerender DIR` from the same version as the wasm";

/// What is wrong with a pack: where (a JSON path such as `$[12]`) and what; the remedy is
/// always [`PACK_HINT`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    /// Where in the pack: `$` for the whole, `$[N]` for one string, `$ (line L, column C)`
    /// where it is not JSON.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} ({PACK_HINT})", self.path, self.message)
    }
}

/// The placeholders a template may hold, as `fill` reads them (a test checks that no text of
/// the catalogue has another): a translation must keep exactly its English text's.
const PLACEHOLDERS: [&str; 3] = ["{0}", "{1}", "{2}"];

/// Whether `s` has the placeholders of `english`, no more, no fewer.
fn same_placeholders(s: &str, english: &str) -> bool {
    PLACEHOLDERS
        .iter()
        .all(|p| super::position_of(s, p).is_some() == super::position_of(english, p).is_some())
}

/// The pack of `lang`, written from the compiled-in text: a JSON array, one string a line.
#[cfg(not(feature = "fetched-langs"))]
pub fn write_pack(lang: Lang) -> String {
    let mut out = String::from("[\n");
    for (i, msg) in Msg::ALL.iter().enumerate() {
        if i > 0 {
            out.push_str(",\n");
        }
        json::write_string(&mut out, super::t(lang, *msg));
    }
    out.push_str("\n]\n");
    out
}

/// The strings of a pack's text, checked: an array of exactly as many strings as there are
/// messages, none empty, each with the placeholders of its English text.
pub fn parse_pack(text: &str) -> Result<Vec<String>, PackError> {
    let whole = |message: String| PackError {
        path: "$".into(),
        message,
    };
    let value = json::parse(text).map_err(|e| PackError {
        path: format!("$ (line {}, column {})", e.pos.line, e.pos.column),
        message: e.message,
    })?;
    let items = value.as_array().ok_or_else(|| {
        whole(format!(
            "expected an array of strings, found {}",
            value.type_name()
        ))
    })?;
    if items.len() != Msg::ALL.len() {
        return Err(whole(format!(
            "expected {} strings, found {}: a pack of another version",
            Msg::ALL.len(),
            items.len()
        )));
    }
    let mut strings = Vec::with_capacity(items.len());
    for (i, (item, msg)) in items.iter().zip(Msg::ALL).enumerate() {
        let english = super::en::text(msg);
        let problem = match item.as_str() {
            None => "expected a string",
            Some(s) if s.trim().is_empty() => "the string is empty",
            Some(s) if !same_placeholders(s, english) => {
                "its placeholders ({0}, {1}, ...) differ from the English text's"
            }
            Some(s) => {
                strings.push(s.to_owned());
                continue;
            }
        };
        return Err(PackError {
            path: format!("$[{i}]"),
            message: format!("{problem} (English: \"{english}\")"),
        });
    }
    Ok(strings)
}

#[cfg(feature = "fetched-langs")]
mod installed {
    use super::super::Msg;
    use crate::text::Lang;
    use std::cell::RefCell;

    thread_local! {
        /// The installed packs, by `Lang::ALL` index. Each is installed once per page and
        /// kept for its life (leaked: at most five, a few KB each), so that `t` can hand out
        /// `&'static str` as the compiled-in text does.
        static PACKS: RefCell<[Option<&'static [&'static str]>; 6]> = const { RefCell::new([None; 6]) };
    }

    fn index(lang: Lang) -> usize {
        Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
    }

    /// Whether `lang`'s pack is installed (English always is: it is compiled in).
    fn has(lang: Lang) -> bool {
        lang == Lang::En || PACKS.with(|p| p.borrow()[index(lang)].is_some())
    }

    /// Installs `strings` (checked by `parse_pack`) as `lang`'s pack, unless one already is.
    pub fn install(lang: Lang, strings: Vec<String>) {
        if has(lang) {
            return;
        }
        let leaked: Vec<&'static str> = strings
            .into_iter()
            .map(|s| &*Box::leak(s.into_boxed_str()))
            .collect();
        let leaked: &'static [&'static str] = Box::leak(leaked.into_boxed_slice());
        PACKS.with(|p| p.borrow_mut()[index(lang)] = Some(leaked));
    }

    /// `msg` in `lang` from its installed pack, if it is installed.
    pub fn get(lang: Lang, msg: Msg) -> Option<&'static str> {
        // `Msg::ALL` lists the messages in declaration order (a test in `i18n` checks it), so a
        // message's discriminant is its place in the pack.
        PACKS.with(|p| p.borrow()[index(lang)].and_then(|pack| pack.get(msg as usize).copied()))
    }
}

#[cfg(feature = "fetched-langs")]
pub use installed::{get, install};

#[cfg(all(test, not(feature = "fetched-langs")))]
mod tests {
    use super::*;

    #[test]
    fn every_pack_reads_back_as_the_compiled_in_text() {
        for lang in Lang::ALL {
            let strings = parse_pack(&write_pack(lang)).expect("a written pack is valid");
            let compiled: Vec<&str> = Msg::ALL.iter().map(|m| super::super::t(lang, *m)).collect();
            assert_eq!(strings, compiled, "{lang:?}");
        }
    }

    #[test]
    fn a_wrong_pack_is_refused_with_where_and_why() {
        let err = parse_pack("{}").unwrap_err();
        assert_eq!(err.path, "$");
        assert!(err.message.contains("array of strings"), "{err}");
        assert!(err.to_string().contains("prerender"), "{err}");

        let err = parse_pack("[\"a\"]").unwrap_err();
        assert!(
            err.message
                .contains(&format!("expected {} strings, found 1", Msg::ALL.len())),
            "{err}"
        );

        let err = parse_pack("[1,").unwrap_err();
        assert!(err.path.starts_with("$ (line 1"), "{err}");

        // One string made a number, one made empty, one that lost its placeholder.
        let good: Vec<String> = Msg::ALL
            .iter()
            .map(|m| super::super::t(Lang::Fr, *m).to_owned())
            .collect();
        let with = |i: usize, v: &str| {
            let mut items: Vec<String> = good
                .iter()
                .map(|s| {
                    let mut o = String::new();
                    json::write_string(&mut o, s);
                    o
                })
                .collect();
            items[i] = v.to_owned();
            format!("[{}]", items.join(","))
        };
        let err = parse_pack(&with(3, "7")).unwrap_err();
        assert_eq!(err.path, "$[3]");
        assert!(err.message.starts_with("expected a string"), "{err}");
        let err = parse_pack(&with(4, "\" \"")).unwrap_err();
        assert!(err.message.starts_with("the string is empty"), "{err}");
        let on_behalf = Msg::ALL
            .iter()
            .position(|m| *m == Msg::OnBehalfOf)
            .expect("listed");
        let err = parse_pack(&with(on_behalf, "\"au nom de\"")).unwrap_err();
        assert_eq!(err.path, format!("$[{on_behalf}]"));
        assert!(err.message.contains("placeholders"), "{err}");
        assert!(parse_pack(&with(on_behalf, "\"{0} : au nom\"")).is_ok());
    }

    #[test]
    fn placeholders_compared_are_all_the_catalogue_has() {
        assert!(same_placeholders("{1} à {0}", "Showing {0} to {1}"));
        assert!(!same_placeholders("{0}", "Showing {0} to {1}"));
        assert!(!same_placeholders("{0} {2}", "{0}"));
        // Every placeholder of the English texts is one of PLACEHOLDERS (and every language
        // has its English text's, `i18n`'s tests check), so comparing those is comparing all.
        for msg in Msg::ALL {
            for p in super::super::tests::placeholders(super::super::en::text(msg)) {
                assert!(PLACEHOLDERS.contains(&p.as_str()), "{msg:?}: {p}");
            }
        }
    }
}

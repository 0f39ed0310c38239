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

/// What is wrong with a pack: where (a JSON path such as `$[12]`), what, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    /// Where in the pack: `$` for the whole, `$[N]` for one string.
    pub path: String,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub hint: String,
}

impl PackError {
    fn new(path: String, message: String) -> PackError {
        PackError {
            path,
            message,
            hint: "rebuild the packs with `gmg-widgets prerender DIR` from the same version as the wasm"
                .into(),
        }
    }
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} ({})", self.path, self.message, self.hint)
    }
}

/// The placeholders (`{0}`, `{1}`, ...) of a template, sorted: what a translation must keep.
fn placeholders(s: &str) -> Vec<&str> {
    let mut found: Vec<&str> = s
        .match_indices('{')
        .filter_map(|(i, _)| {
            let rest = &s[i + 1..];
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            (digits > 0 && rest[digits..].starts_with('}')).then(|| &s[i..i + digits + 2])
        })
        .collect();
    found.sort_unstable();
    found
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
    let value = json::parse(text).map_err(|e| {
        PackError::new(
            format!("$ (line {}, column {})", e.pos.line, e.pos.column),
            e.message,
        )
    })?;
    let items = value.as_array().ok_or_else(|| {
        PackError::new(
            "$".into(),
            format!("expected an array of strings, found {}", value.type_name()),
        )
    })?;
    if items.len() != Msg::ALL.len() {
        return Err(PackError::new(
            "$".into(),
            format!(
                "expected {} strings, found {}: a pack of another version",
                Msg::ALL.len(),
                items.len()
            ),
        ));
    }
    let mut strings = Vec::with_capacity(items.len());
    for (i, (item, msg)) in items.iter().zip(Msg::ALL).enumerate() {
        let path = || format!("$[{i}]");
        let s = item.as_str().ok_or_else(|| {
            PackError::new(
                path(),
                format!("expected a string, found {}", item.type_name()),
            )
        })?;
        if s.trim().is_empty() {
            return Err(PackError::new(path(), "the string is empty".into()));
        }
        let english = super::en::text(msg);
        if placeholders(s) != placeholders(english) {
            return Err(PackError::new(
                path(),
                format!("the placeholders differ from the English text's (\"{english}\")"),
            ));
        }
        strings.push(s.to_owned());
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
    pub fn has(lang: Lang) -> bool {
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
        let at = Msg::ALL.iter().position(|m| *m == msg)?;
        PACKS.with(|p| p.borrow()[index(lang)].and_then(|pack| pack.get(at).copied()))
    }
}

#[cfg(feature = "fetched-langs")]
pub use installed::{get, has, install};

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
        assert!(err.hint.contains("prerender"), "{err}");

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
        assert_eq!(
            (err.path.as_str(), err.message.as_str()),
            ("$[3]", "expected a string, found a number")
        );
        assert_eq!(
            parse_pack(&with(4, "\" \"")).unwrap_err().message,
            "the string is empty"
        );
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
    fn placeholders_are_what_fill_replaces() {
        assert_eq!(placeholders("Showing {1} to {0}"), ["{0}", "{1}"]);
        assert_eq!(placeholders("{x} {} {12}"), ["{12}"]);
        assert!(placeholders("no braces").is_empty());
    }
}

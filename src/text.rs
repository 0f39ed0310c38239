//! The six UN official languages and localizable text with a fallback chain.

use std::rc::Rc;

/// A UN official language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Arabic (right-to-left).
    Ar,
    /// Chinese.
    Zh,
    /// English, the required language of every text in the data.
    En,
    /// French.
    Fr,
    /// Russian.
    Ru,
    /// Spanish.
    Es,
}

impl Lang {
    /// All six, in the UN's order (alphabetical in English: Arabic, Chinese, English, ...).
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// The BCP 47 tag.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    /// Reads a language tag such as "fr", "fr-CA", "zh-Hans" or "AR"; `None` for the others.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").trim();
        Lang::ALL
            .into_iter()
            .find(|l| primary.eq_ignore_ascii_case(l.code()))
    }

    /// "rtl" for Arabic, "ltr" otherwise.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Whether the script runs right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// Where to look when a text lacks this language: itself, then English, then the rest of
    /// the UN order. English is mandatory in valid data, so the chain always ends in a text.
    pub fn fallback_chain(self) -> impl Iterator<Item = Lang> {
        std::iter::once(self)
            .chain(std::iter::once(Lang::En))
            .chain(Lang::ALL)
    }
}

/// One language's version of a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Translation {
    /// Its language.
    pub lang: Lang,
    /// The text itself, plain (never HTML).
    pub text: Rc<str>,
    /// Set when the data marks it as awaiting a language unit's review.
    pub needs_review: bool,
}

/// A human-readable text in up to six languages.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text {
    /// The versions present, at most one per language.
    pub translations: Vec<Translation>,
}

/// A text chosen for a language, with what the renderer needs to mark it.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    /// The text.
    pub text: Rc<str>,
    /// The language the text is really in.
    pub lang: Lang,
    /// True when `lang` differs from the one asked for: the renderer then sets `lang` and `dir`.
    pub fell_back: bool,
}

impl Text {
    /// A text in English only (for tests and built-in strings).
    pub fn en(text: &str) -> Self {
        Text {
            translations: vec![Translation {
                lang: Lang::En,
                text: text.into(),
                needs_review: false,
            }],
        }
    }

    /// The version in exactly `lang`, if present.
    pub fn exact(&self, lang: Lang) -> Option<&Translation> {
        self.translations.iter().find(|t| t.lang == lang)
    }

    /// The best version for `lang` along its fallback chain; `None` only for an empty text.
    pub fn resolve(&self, lang: Lang) -> Option<Resolved> {
        lang.fallback_chain()
            .find_map(|l| self.exact(l))
            .map(|t| Resolved {
                text: t.text.clone(),
                lang: t.lang,
                fell_back: t.lang != lang,
            })
    }

    /// The best version as a plain string ("" for an empty text).
    pub fn get(&self, lang: Lang) -> Rc<str> {
        self.resolve(lang)
            .map(|r| r.text)
            .unwrap_or_else(|| "".into())
    }

    /// Whether nothing is present.
    pub fn is_empty(&self) -> bool {
        self.translations.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(pairs: &[(Lang, &str)]) -> Text {
        Text {
            translations: pairs
                .iter()
                .map(|(l, s)| Translation {
                    lang: *l,
                    text: (*s).into(),
                    needs_review: false,
                })
                .collect(),
        }
    }

    #[test]
    fn tags_are_read_loosely() {
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("zh_Hans"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("AR"), Some(Lang::Ar));
        assert_eq!(Lang::from_tag("de"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn falls_back_to_english_and_says_so() {
        let t = text(&[(Lang::En, "World Bank"), (Lang::Fr, "Banque mondiale")]);
        let fr = t.resolve(Lang::Fr).unwrap();
        assert_eq!((&*fr.text, fr.fell_back), ("Banque mondiale", false));
        let ar = t.resolve(Lang::Ar).unwrap();
        assert_eq!(
            (&*ar.text, ar.lang, ar.fell_back),
            ("World Bank", Lang::En, true)
        );
    }

    #[test]
    fn without_english_takes_the_first_in_un_order() {
        let t = text(&[(Lang::Es, "Banco Mundial"), (Lang::Ru, "Всемирный банк")]);
        assert_eq!(t.resolve(Lang::Zh).unwrap().lang, Lang::Ru);
        assert!(Text::default().resolve(Lang::En).is_none());
    }
}

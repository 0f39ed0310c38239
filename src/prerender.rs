//! Pre-rendered widgets: the very markup the live widget draws, as HTML that shows, prints
//! and is indexed with no script at all (`gmg-widgets render`, and the fragments the build
//! writes for the built-in data).
//!
//! Positions: the live widget turns its `data-*` position attributes ([`POSITION_ATTRS`])
//! into CSS custom properties through the CSSOM after each render (a strict
//! Content-Security-Policy forbids style attributes). Markup shown without script gets them
//! from the shipped stylesheet instead ([`shipped_css`] = [`crate::STYLES`] +
//! [`position_css`]): [`crate::layout::scale::percent`] writes at most two decimals, so an
//! attribute's integer part is matched by a prefix selector (`[data-s^="12."]`, 101 rules)
//! and its decimals by a suffix selector (`[data-s$=".34"]`, 99 rules), and the property is
//! their sum. Works in every browser, under `style-src 'self'`, for any data; no per-render
//! stylesheet to host.

/// The file name of the shipped stylesheet (in `pkg/`, next to the element module).
pub const CSS_FILE: &str = "gmg-widgets.css";

/// The largest row number (`data-r`) and row count (`data-rows`) the stylesheet positions;
/// beyond it only the live widget's CSSOM pass does (lanes that deep are clustered).
pub const MAX_ROWS: u32 = 40;

/// The positioning attributes: attribute, custom property, and whether it has decimals
/// (a number from 0 to 100: a percentage of the lane or of an item's box, or a length in
/// rem) or is a row number from 0 to [`MAX_ROWS`].
pub const POSITION_ATTRS: [(&str, &str, bool); 11] = [
    ("data-s", "--s", true),
    ("data-w", "--w", true),
    ("data-y", "--y", true),
    ("data-h", "--h", true),
    ("data-lh", "--lh", true),
    ("data-bs", "--bs", true),
    ("data-bw", "--bw", true),
    ("data-ts", "--ts", true),
    ("data-tw", "--tw", true),
    ("data-bm", "--bm", true),
    ("data-bl", "--bl", false),
];

/// The rules that position pre-rendered markup by its attributes alone (see the module docs).
/// The element module adopts the shipped file only up to this part's opening comment (the live
/// widget sets the same values itself), so that comment's first words stay as they are.
pub fn position_css() -> String {
    let mut css = String::from(
        "/* Positions of markup shown without script (gmg-widgets render, the built fragments):\n   \
         integer part by prefix, decimals by suffix; the live widget sets the same values. */\n",
    );
    for (attr, prop, decimals) in POSITION_ATTRS {
        if !decimals {
            for n in 0..=MAX_ROWS {
                css += &format!("[{attr}=\"{n}\"]{{{prop}:{n}}}");
            }
            css.push('\n');
            continue;
        }
        // Defaults first: the rules below have the same specificity and come later.
        css += &format!(
            "[{attr}]{{{prop}-i:0;{prop}-d:0;{prop}:calc(var({prop}-i) + var({prop}-d))}}\n"
        );
        for n in 0..=100 {
            css += &format!("[{attr}=\"{n}\"],[{attr}^=\"{n}.\"]{{{prop}-i:{n}}}");
        }
        css.push('\n');
        for d in 1..100 {
            let digits = if d % 10 == 0 {
                format!("{}", d / 10)
            } else {
                format!("{d:02}")
            };
            css += &format!("[{attr}$=\".{digits}\"]{{{prop}-d:.{digits}}}");
        }
        css.push('\n');
    }
    css
}

/// The stylesheet shipped as a file ([`CSS_FILE`]): the widgets' styles and the positions.
pub fn shipped_css() -> String {
    format!("{}\n{}", crate::STYLES, position_css())
}

/// The name of the built fragment of a widget in a language laid out for a width (one of
/// [`crate::view::WIDTHS`]), e.g. `chairs.fr.64.html`.
pub fn fragment_name(kind: crate::view::WidgetKind, lang: crate::text::Lang, width: u32) -> String {
    format!("{}.{}.{width}.html", kind.code(), lang.code())
}

/// `text` escaped for a double-quoted HTML attribute value.
pub fn escape_attr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON text made safe inside `<script type="application/json">`: every `<` (which JSON
/// only has inside strings) becomes `\u003c`, so no `</script>` or `<!--` can end or
/// change the element.
pub fn escape_script_json(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// A custom element with a declarative shadow root holding `root` (the widget's markup) and
/// a `<link>` to the stylesheet at `css_href`; `attrs` are the element's own attributes and
/// `light` its light-DOM children (e.g. the inline data).
pub fn element(
    tag: &str,
    attrs: &[(&str, &str)],
    css_href: &str,
    root: &str,
    light: &str,
) -> String {
    let mut out = format!("<{tag}");
    for (name, value) in attrs {
        out += &format!(" {name}=\"{}\"", escape_attr(value));
    }
    out += &format!(
        "><template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{}\">{root}</template>{light}</{tag}>",
        escape_attr(css_href)
    );
    out
}

#[cfg(feature = "ssr")]
mod server {
    use std::future::Future;
    use std::pin::pin;
    use std::sync::Arc;
    use std::task::{Context, Poll, Wake, Waker};
    use std::thread::{self, Thread};

    use yew::LocalServerRenderer;

    use crate::components::{Widget, WidgetProps};

    /// Runs a future to completion on this thread (the server renderer needs no runtime).
    pub fn block_on<F: Future>(future: F) -> F::Output {
        struct Unpark(Thread);
        impl Wake for Unpark {
            fn wake(self: Arc<Self>) {
                self.0.unpark();
            }
        }
        let waker = Waker::from(Arc::new(Unpark(thread::current())));
        let mut cx = Context::from_waker(&waker);
        let mut future = pin!(future);
        loop {
            match future.as_mut().poll(&mut cx) {
                Poll::Ready(out) => return out,
                Poll::Pending => thread::park(),
            }
        }
    }

    /// The markup the live widget draws in its shadow root for `props`: the plain
    /// `<div part="root">` it mounts on, around Yew's server rendering of [`Widget`].
    pub async fn render_root(props: WidgetProps) -> String {
        let inner = LocalServerRenderer::<Widget>::with_props(props)
            .hydratable(false)
            .render()
            .await;
        format!("<div part=\"root\">{inner}</div>")
    }

    /// [`render_root`], blocking.
    pub fn render_root_now(props: WidgetProps) -> String {
        block_on(render_root(props))
    }
}

#[cfg(feature = "ssr")]
pub use server::{block_on, render_root, render_root_now};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::scale::percent;

    /// What the stylesheet gives an attribute value, by matching its selectors as a browser
    /// would (`=`, `^=`, `$=`), in order, the last match winning.
    fn css_value(css: &str, attr: &str, value: &str) -> Option<f64> {
        let mut int = None;
        let mut dec = 0.0;
        let mut whole = None;
        for rule in css.split('}') {
            let Some((selectors, body)) = rule.split_once('{') else {
                continue;
            };
            let matches = selectors.split(',').any(|s| {
                let s = s.trim().trim_start_matches(|c| c != '[');
                if let Some(v) = s.strip_prefix(&format!("[{attr}=\"")) {
                    v.strip_suffix("\"]") == Some(value)
                } else if let Some(v) = s.strip_prefix(&format!("[{attr}^=\"")) {
                    v.strip_suffix("\"]").is_some_and(|p| value.starts_with(p))
                } else if let Some(v) = s.strip_prefix(&format!("[{attr}$=\"")) {
                    v.strip_suffix("\"]").is_some_and(|p| value.ends_with(p))
                } else {
                    false
                }
            });
            if !matches {
                continue;
            }
            for decl in body.split(';') {
                if let Some((name, v)) = decl.split_once(':') {
                    let v: f64 = v.parse().ok()?;
                    if name.ends_with("-i") {
                        int = Some(v);
                    } else if name.ends_with("-d") {
                        dec = v;
                    } else {
                        whole = Some(v);
                    }
                }
            }
        }
        whole.or(int.map(|i| i + dec))
    }

    #[test]
    fn the_stylesheet_gives_every_percentage_its_exact_value() {
        let css = position_css();
        for n in 0..=10_000 {
            let text = percent(f64::from(n) / 10_000.0);
            let want: f64 = text.parse().unwrap();
            for attr in ["data-s", "data-w", "data-y", "data-tw"] {
                let got = css_value(&css, attr, &text);
                assert!(
                    got.is_some_and(|g| (g - want).abs() < 1e-9),
                    "{attr}=\"{text}\" gives {got:?}"
                );
            }
        }
    }

    #[test]
    fn the_shipped_stylesheet_is_the_styles_and_the_positions() {
        let css = shipped_css();
        assert!(css.starts_with(crate::STYLES));
        assert!(css.ends_with(&position_css()));
    }

    #[test]
    fn attributes_and_inline_json_cannot_become_markup() {
        assert_eq!(escape_attr(r#"a"<b>&"#), "a&quot;&lt;b&gt;&amp;");
        let json = r#"{"name": "</script><!--x"}"#;
        let safe = escape_script_json(json);
        assert!(!safe.contains('<'));
        assert_eq!(safe, r#"{"name": "\u003c/script>\u003c!--x"}"#);
    }
}

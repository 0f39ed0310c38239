//! The details region of the selected item.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{self, Msg};
use crate::text::Lang;
use crate::view::{Board, Detail, Item, Label};

/// What [`details_panel`] draws. A function, not a component: it was one, redrawn on every
/// render of the timeline all the same (its callbacks are new each time), and each component
/// costs the visitor's wasm its own lifecycle code and type ids.
pub struct DetailsPanelProps<'a> {
    /// The selected item.
    pub item: &'a Item,
    /// Interface language.
    pub lang: Lang,
    /// The region's element id (the items' `aria-controls`).
    pub dom_id: &'a AttrValue,
    /// The widget's title: part of the region's name, so that two widgets showing one item
    /// still have distinct landmarks ("ESCAP, Chairs" and "ESCAP, Overview").
    pub title_id: &'a str,
    /// Closes the region.
    pub on_close: Callback<MouseEvent>,
    /// Selects a linked item.
    pub on_link: &'a Callback<AttrValue>,
    /// What the timeline shows: links to items not on it are shown as plain names.
    pub board: &'a Board,
    /// The level of the panel's heading: one under the widget's.
    pub level: u8,
}

fn text(label: &Label) -> Html {
    super::item::name(label, None)
}

/// One term and its description, kept together in a `div` (so that a field of several
/// lines, or a missing one, never shifts the others into the wrong column).
fn field(name: &str, value: Html) -> Html {
    html! { <div class="gmg-field"><dt>{ name.to_owned() }</dt><dd>{ value }</dd></div> }
}

fn sentence(lang: Lang, msg: Msg, v: &Label) -> Html {
    let (before, after) = i18n::around_placeholder(i18n::t(lang, msg));
    html! { <>{ before }{ text(v) }{ after }</> }
}

/// Everything known about one item, with its source.
pub fn details_panel(props: &DetailsPanelProps) -> Html {
    let lang = props.lang;
    let item = props.item;
    let heading_id = format!("{}-h", props.dom_id);
    let link = |href: &Rc<str>, body: Html| {
        html! { <a href={href.to_string()} rel="noopener noreferrer" target="_blank">{ body }</a> }
    };
    let value = |d: &Detail| -> Option<(Msg, Html)> {
        Some(match d {
            Detail::Field(m, v) => (*m, text(v)),
            Detail::Sentence(..) | Detail::Remark(..) => return None,
            Detail::Status(s, note) => (
                Msg::Status,
                html! { <>{ i18n::t(lang, Msg::status(*s)) }
                if let Some(n) = note { { " — " }{ text(n) } }</> },
            ),
            Detail::Quote(q) => (Msg::Quote, {
                let (lang, dir) = super::item::lang_dir(q.lang);
                html! { <blockquote {lang} {dir}>{ q.text.clone() }</blockquote> }
            }),
            Detail::Source(title, href) => (
                Msg::Source,
                match href {
                    Some(href) => link(href, text(title)),
                    None => text(title),
                },
            ),
            Detail::Document {
                reference,
                title,
                link: href,
            } => (
                Msg::Document,
                html! { <>
                    <cite>{ text(title) }</cite>
                    if !reference.text.is_empty() { { " (" }{ text(reference) }{ ")" } }
                    if let Some(href) = href { <br />{ link(href, html! { href.to_string() }) } }
                </> },
            ),
            Detail::Links(m, links) => (
                *m,
                html! { <ul class="gmg-links">{ for links.iter().map(|(id, name)| {
                    // `Board::item`'s look-up, written here: through `Board::item` the
                    // visitor's wasm is 71 bytes larger (brotli, measured).
                    if props.board.items().any(|i| i.id == *id) {
                        let id = AttrValue::from(id.clone());
                        let cb = props.on_link.reform(move |_: MouseEvent| id.clone());
                        html! { <li><button type="button" class="gmg-link" onclick={cb}>{ text(name) }</button></li> }
                    } else {
                        html! { <li>{ text(name) }</li> }
                    }
                }) }</ul> },
            ),
        })
    };
    // A sentence belongs to the field before it (the chair, on behalf of whom); remarks
    // are lines of their own under the fields.
    let mut fields: Vec<Html> = Vec::new();
    let mut remarks: Vec<Html> = Vec::new();
    let mut i = 0;
    while i < item.details.len() {
        let d = &item.details[i];
        i += 1;
        match d {
            Detail::Remark(m, v) => remarks.push(match v {
                Some(v) => html! { <p class="gmg-remark">{ sentence(lang, *m, v) }</p> },
                None => html! { <p class="gmg-remark">{ i18n::t(lang, *m) }</p> },
            }),
            Detail::Sentence(m, v) => {
                // No field before it: a sentence on its own line.
                remarks.push(html! { <p class="gmg-remark">{ sentence(lang, *m, v) }</p> })
            }
            _ => {
                let Some((name, body)) = value(d) else {
                    continue;
                };
                let mut more: Vec<Html> = Vec::new();
                while let Some(Detail::Sentence(m, v)) = item.details.get(i) {
                    more.push(
                        html! { <span class="gmg-sentence">{ sentence(lang, *m, v) }</span> },
                    );
                    i += 1;
                }
                fields.push(field(
                    i18n::t(lang, name),
                    html! { <>{ body }{ for more }</> },
                ));
            }
        }
    }
    html! {
        <section id={props.dom_id.clone()} class="gmg-details" role="region" aria-labelledby={format!("{heading_id} {}", props.title_id)}>
            <@{super::heading_tag(props.level)} id={heading_id}>{ text(&item.label) }</@>
            <p><time datetime={item.range.start.iso()}>{ item.when.clone() }</time></p>
            { for remarks }
            <dl>{ for fields }</dl>
            <button type="button" class="gmg-close" onclick={props.on_close.clone()}>
                { i18n::t(lang, Msg::CloseDetails) }
            </button>
        </section>
    }
}

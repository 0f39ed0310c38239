//! The details region of the selected item.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{self, Msg};
use crate::text::Lang;
use crate::view::{Detail, Item, Label};

/// Properties of [`DetailsPanel`].
#[derive(Properties, PartialEq)]
pub struct DetailsPanelProps {
    /// The selected item.
    pub item: Item,
    /// Interface language.
    pub lang: Lang,
    /// The region's element id (the items' `aria-controls`).
    pub dom_id: AttrValue,
    /// The widget's title: part of the region's name, so that two widgets showing one item
    /// still have distinct landmarks ("ESCAP, Chairs" and "ESCAP, Overview").
    pub title_id: AttrValue,
    /// Closes the region.
    pub on_close: Callback<()>,
    /// Selects a linked item.
    pub on_link: Callback<AttrValue>,
    /// Ids present on this timeline: links to others are shown as plain names.
    pub known: Rc<[AttrValue]>,
}

fn text(label: &Label) -> Html {
    super::item::name(label, None)
}

fn row(name: &str, value: Html) -> Html {
    html! { <><dt>{ name.to_owned() }</dt><dd>{ value }</dd></> }
}

/// Everything known about one item, with its source.
#[component]
pub fn DetailsPanel(props: &DetailsPanelProps) -> Html {
    let lang = props.lang;
    let item = &props.item;
    let heading_id = format!("{}-h", props.dom_id);
    let detail = |d: &Detail| -> Html {
        match d {
            Detail::Field(m, v) => row(i18n::t(lang, *m), text(v)),
            // A sentence about the term above it (its dt): a further dd, in the widget's
            // language around a name that may have fallen back.
            Detail::Sentence(m, v) => {
                let (before, after) = i18n::t(lang, *m).split_once("{0}").unwrap_or(("", ""));
                html! { <dd>{ before }{ text(v) }{ after }</dd> }
            }
            Detail::Status(s, note) => row(
                i18n::t(lang, Msg::Status),
                html! { <>{ i18n::t(lang, Msg::status(*s)) }
                if let Some(n) = note { { " — " }{ text(n) } }</> },
            ),
            Detail::Quote(q) => row(i18n::t(lang, Msg::Quote), {
                let (lang, dir) = super::item::lang_dir(q.lang);
                html! { <blockquote {lang} {dir}>{ q.text.clone() }</blockquote> }
            }),
            Detail::Source(title, link) => row(
                i18n::t(lang, Msg::Source),
                match link {
                    Some(href) => {
                        html! { <a href={href.to_string()} rel="noopener noreferrer" target="_blank">{ text(title) }</a> }
                    }
                    None => text(title),
                },
            ),
            Detail::Document {
                reference,
                title,
                link,
            } => row(
                i18n::t(lang, Msg::Document),
                html! { <>
                    <cite>{ text(title) }</cite>
                    if !reference.text.is_empty() { { " (" }{ text(reference) }{ ")" } }
                    if let Some(href) = link { { " " }<a href={href.to_string()} rel="noopener noreferrer" target="_blank">{ href.to_string() }</a> }
                </> },
            ),
            Detail::Links(m, links) => row(
                i18n::t(lang, *m),
                html! { <ul class="gmg-links">{ for links.iter().map(|(id, name)| {
                    let id = AttrValue::from(id.clone());
                    if props.known.contains(&id) {
                        let cb = props.on_link.reform(move |_: MouseEvent| id.clone());
                        html! { <li><button type="button" class="gmg-link" onclick={cb}>{ text(name) }</button></li> }
                    } else {
                        html! { <li>{ text(name) }</li> }
                    }
                }) }</ul> },
            ),
        }
    };
    html! {
        <section id={props.dom_id.clone()} class="gmg-details" role="region" aria-labelledby={format!("{heading_id} {}", props.title_id)}>
            <h3 id={heading_id}>{ text(&item.label) }</h3>
            <p><time datetime={item.range.start.iso()}>{ item.when.clone() }</time></p>
            <dl>{ for item.details.iter().map(detail) }</dl>
            <button type="button" class="gmg-close" onclick={props.on_close.reform(|_: MouseEvent| ())}>
                { i18n::t(lang, Msg::CloseDetails) }
            </button>
        </section>
    }
}

//! The legend (what solid, dashed and dotted bars and the badges mean, in words) and the
//! print-only list of every item.

use yew::prelude::*;

use super::item::name;
use crate::i18n::{self, Msg};
use crate::model::Status;
use crate::text::Lang;
use crate::view::Board;

/// The legend for what `board` shows: one key per status present, the current chair and the
/// today mark when shown. Each key is a swatch drawn like the items (border style, not only
/// colour) next to its name.
pub fn legend(board: &Board, lang: Lang, id: String, today: bool) -> Html {
    let has = |s: Status| board.items().any(|i| i.status == s && !i.point);
    let any = |f: fn(&crate::view::Item) -> bool| board.items().any(f);
    // Every mark the timeline draws: bar styles by status, markers, the ends it cannot
    // vouch for, the current chair, plan periods and today (the last two only where the
    // axis is drawn: the stylesheet hides them in the narrow list).
    let keys = [
        (has(Status::Confirmed), "gmg-key-confirmed", Msg::Confirmed),
        (has(Status::Projected), "gmg-key-projected", Msg::Projected),
        (has(Status::Inferred), "gmg-key-inferred", Msg::Inferred),
        (has(Status::Announced), "gmg-key-announced", Msg::Announced),
        (any(|i| i.point), "gmg-key-point", Msg::KeyPoint),
        (
            any(|i| i.end_unknown()),
            "gmg-key-end-unknown",
            Msg::KeyEndNotRecorded,
        ),
        (
            any(|i| i.open_start),
            "gmg-key-open-start",
            Msg::KeyExistedBefore,
        ),
        (any(|i| i.current), "gmg-key-current", Msg::CurrentChair),
        (!board.bands.is_empty(), "gmg-key-band", Msg::PlanPeriod),
        (today, "gmg-key-today", Msg::Today),
    ];
    html! {
        <div class="gmg-legend" role="group" aria-labelledby={id.clone()}>
            <span id={id} class="gmg-legend-title">{ i18n::t(lang, Msg::Legend) }</span>
            <ul>
                { for keys.into_iter().filter(|k| k.0).map(|(_, class, msg)| super::classed!(
                    super::class_list!("gmg-key", class),
                    <li><span class="gmg-swatch" aria-hidden="true"></span>{ i18n::t(lang, msg) }</li>
                )) }
            </ul>
        </div>
    }
}

/// Every item of `board`, group by group and lane by lane in time order, whatever the window
/// or filter on screen: shown only in print, where it replaces the axis.
pub fn print_list(board: &Board, lang: Lang) -> Html {
    html! {
        <div class="gmg-print">
            { for board.bands.iter().map(|b| html! {
                <p>{ i18n::t(lang, Msg::PlanPeriod) }{ ": " }{ name(&b.label, None) }{ " — " }
                    { i18n::format_range(lang, &b.range.start, b.range.end.as_ref()) }</p>
            }) }
            { for board.groups.iter().map(|g| html! { <>
                <p class="gmg-print-group">{ i18n::t(lang, g.heading) }</p>
                { for g.lanes.iter().map(|l| html! { <>
                    if *l.label.text != *i18n::t(lang, g.heading) { <p>{ name(&l.label, None) }</p> }
                    <ul>{ for l.items.iter().map(|i| super::classed!(format!("gmg-{}", i.status.code()),
                        <li>{ name(&i.label, None) }{ " — " }{ i.when.clone() }
                            if let Some(m) = match i.status {
                                Status::Confirmed => None,
                                Status::Projected => Some(Msg::ProjectedMark),
                                Status::Inferred => Some(Msg::InferredMark),
                                Status::Announced => Some(Msg::AnnouncedMark),
                            } { { " " }{ i18n::t(lang, m) } }
                            if i.current { { " · " }{ i18n::t(lang, Msg::CurrentChair) } }
                        </li>
                    )) }</ul>
                </> }) }
            </> }) }
        </div>
    }
}

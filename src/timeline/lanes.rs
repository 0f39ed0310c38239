//! Lane placement and clustering: which entries of a lane show in a window, each with its box
//! (an item, or a cluster that stands for many and zooms in on them).

use crate::date::DayNumber;
use crate::i18n::{self, Msg};
use crate::layout::labels::{self, Slot};
use crate::layout::scale::{Placement, Viewport};
use crate::model::Status;
use crate::text::Lang;
use crate::view::Item;

/// An entry of a lane as drawn in one window.
#[derive(Clone, Debug, PartialEq)]
pub enum Placed<'a> {
    /// An item with its bar and its box on the lane.
    Item {
        /// The item.
        item: &'a Item,
        /// Where its bar goes.
        placement: Placement,
        /// Its box: bar or marker and label, and its place in height.
        slot: Slot,
    },
    /// Too many items to draw one by one, or too dense for their labels at this zoom: how
    /// many there are, and the window that shows them (activating the cluster zooms there).
    Cluster {
        /// Unique within the lane.
        slice: u32,
        /// How many items it stands for.
        count: usize,
        /// The span of those items in the window.
        placement: Placement,
        /// The window fitting those items.
        zoom_to: Viewport,
        /// Its box.
        slot: Slot,
    },
}

impl Placed<'_> {
    /// The day keyboard movement orders this entry by.
    pub fn first_day(&self, window: &Viewport) -> DayNumber {
        match self {
            Placed::Item { item, .. } => item.first(),
            Placed::Cluster { placement, .. } => {
                window.start + (placement.start * f64::from(window.span_days())) as DayNumber
            }
        }
    }

    /// The entry's box.
    pub fn slot(&self) -> &Slot {
        match self {
            Placed::Item { slot, .. } | Placed::Cluster { slot, .. } => slot,
        }
    }
}

/// The most items a lane draws one by one; past it the window is cut into [`SLICES`] slices
/// and each slice shows a cluster, so the DOM stays small whatever the data (10,000 items in
/// one lane draw 20 clusters, not 10,000 buttons; `npm run bench` measures it).
pub const MAX_ITEMS_PER_LANE: usize = 120;
/// Slices of the window when a lane clusters.
pub const SLICES: u32 = 20;
/// The tallest a lane grows (rem) before its densest items are drawn as clusters that zoom in
/// on them: about ten two-line items, or sixteen names on one line each.
pub const MAX_LANE_HEIGHT: f64 = 24.0;
/// A lane width (rem) for when the real one is not known (server rendering without a width,
/// the Rust components): the lanes of a widget [`crate::view::DEFAULT_WIDTH`] wide.
pub const DEFAULT_LANE_WIDTH: f64 = 45.0;

/// The text of a cluster's box.
pub fn cluster_text(lang: Lang, count: usize) -> String {
    i18n::fill(
        i18n::t(lang, Msg::Cluster),
        &[&i18n::format_number(lang, &count.to_string())],
    )
}

/// The parts of an item's dates line, in order, as the item's box shows them: its dates, its
/// status mark, "end not recorded", the current-chair badge.
pub fn when_line(item: &Item, lang: Lang) -> (Option<&'static str>, bool, bool) {
    let mark = match item.status {
        Status::Confirmed => None,
        Status::Projected => Some(i18n::t(lang, Msg::ProjectedMark)),
        Status::Inferred => Some(i18n::t(lang, Msg::InferredMark)),
        Status::Announced => Some(i18n::t(lang, Msg::AnnouncedMark)),
    };
    (mark, item.end_unknown(), item.current)
}

/// Estimated width (rem) of an item's dates line.
fn when_width(item: &Item, lang: Lang) -> f64 {
    let (mark, end_unknown, current) = when_line(item, lang);
    let mut text = item.when.to_string();
    let mut extra = 0.0;
    if let Some(m) = mark {
        text.push(' ');
        text.push_str(m);
    }
    if end_unknown {
        text.push_str(" · ");
        text.push_str(i18n::t(lang, Msg::EndNotRecorded));
    }
    if current {
        text.push(' ');
        text.push_str(i18n::t(lang, Msg::CurrentChair));
        // The badge's own padding.
        extra += 0.5;
    }
    labels::text_width(&text, labels::WHEN_SIZE) + extra
}

/// Whether an item in `slot` shows its name: every item but one named as its lane that sits
/// on the lane's first row, beside the lane's name.
pub fn shows_name(item: &Item, slot: &labels::Slot) -> bool {
    !item.named_by_lane || slot.top > 0.0
}

/// The entries of a lane that show in `window` on a lane `lane_width` rem wide (0: the
/// widget shows the narrow list, where every item is listed and none clusters): its items,
/// each with a box that holds its whole label (inside its bar, beside it or beside its
/// marker, wrapped where long) placed where it overlaps no other; or clusters, when there are
/// more than [`MAX_ITEMS_PER_LANE`] items, or where items are too dense for their labels
/// (the lane would grow past [`MAX_LANE_HEIGHT`]) and zooming in would spread them.
pub fn place_lane<'a>(
    items: &'a [Item],
    window: &Viewport,
    lane_width: f64,
    lang: Lang,
) -> Vec<Placed<'a>> {
    let placed: Vec<_> = items
        .iter()
        .filter_map(|i| {
            window
                .place(i.first(), Some(i.drawn_last()))
                .map(|p| (i, p))
        })
        .map(|(i, mut p)| {
            p.open_end = i.end_unknown();
            (i, p)
        })
        .collect();
    if placed.len() > MAX_ITEMS_PER_LANE {
        return slice_clusters(&placed, window, lane_width, lang);
    }
    // An item named as its lane shows no name of its own while it sits on the lane's first
    // row, beside the lane's name; placed lower, its dates alone would read as the item above's,
    // so it is laid out again with its name (see `shows_name`).
    let mut names: Vec<&str> = placed
        .iter()
        .map(|(i, _)| if i.named_by_lane { "" } else { &*i.label.text })
        .collect();
    let whens: Vec<f64> = placed.iter().map(|(i, _)| when_width(i, lang)).collect();
    // Compact: boxes without their dates lines (the dates stay in each item's accessible
    // name and details; the axis gives the years), tried before any item is clustered.
    let mut compact = false;
    let entry = |k: usize, compact: bool, names: &[&'a str]| labels::Entry {
        start: placed[k].1.start,
        end: placed[k].1.start + placed[k].1.width,
        point: placed[k].0.point,
        name: names[k],
        when: if compact { 0.0 } else { whens[k] },
    };
    // Groups of items starting close together, the candidates for clusters, densest first.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for k in 0..placed.len() {
        match groups.last_mut() {
            Some(g) if placed[k].1.start - placed[g[0]].1.start < 0.1 => g.push(k),
            _ => groups.push(vec![k]),
        }
    }
    let zoomable = |g: &[usize]| -> Option<Viewport> {
        let first = g.iter().map(|&k| placed[k].0.first()).min()?;
        let last = g.iter().map(|&k| placed[k].0.drawn_last()).max()?;
        let to = Viewport::fit(first.max(window.start), last.min(window.end));
        (g.len() > 1 && f64::from(to.span_days()) < 0.6 * f64::from(window.span_days()))
            .then_some(to)
    };
    let mut clustered: Vec<(usize, Viewport)> = Vec::new();
    let mut tried = vec![false; groups.len()];
    loop {
        let texts: Vec<String> = clustered
            .iter()
            .map(|&(g, _)| cluster_text(lang, groups[g].len()))
            .collect();
        let mut entries: Vec<labels::Entry> = Vec::new();
        let mut what: Vec<Result<usize, usize>> = Vec::new();
        for (g, members) in groups.iter().enumerate() {
            if let Some(c) = clustered.iter().position(|&(cg, _)| cg == g) {
                let to = clustered[c].1;
                let p = window.place(to.start, Some(to.end - 1));
                let (s, e) = p.map_or((0.0, 0.0), |p| (p.start, p.start + p.width));
                entries.push(labels::Entry {
                    start: s,
                    end: e,
                    point: false,
                    name: &texts[c],
                    when: 0.0,
                });
                what.push(Err(c));
            } else {
                for &k in members {
                    entries.push(entry(k, compact, &names));
                    what.push(Ok(k));
                }
            }
        }
        let slots = labels::arrange(&entries, lane_width);
        let mut renamed = false;
        for (w, slot) in what.iter().zip(&slots) {
            if let Ok(k) = *w {
                if names[k].is_empty() && shows_name(placed[k].0, slot) {
                    names[k] = &placed[k].0.label.text;
                    renamed = true;
                }
            }
        }
        if renamed {
            continue;
        }
        if lane_width > 0.0 && labels::lane_height(&slots) > MAX_LANE_HEIGHT {
            if !compact {
                compact = true;
                continue;
            }
            // The largest group not tried yet that zooming would spread out.
            let mut next = None;
            for (g, members) in groups.iter().enumerate() {
                if !tried[g] && next.is_none_or(|n: usize| members.len() > groups[n].len()) {
                    next = Some(g);
                }
            }
            if let Some(g) = next {
                tried[g] = true;
                if let Some(to) = zoomable(&groups[g]) {
                    clustered.push((g, to));
                }
                continue;
            }
        }
        return what
            .into_iter()
            .zip(slots)
            .map(|(w, slot)| match w {
                Ok(k) => Placed::Item {
                    item: placed[k].0,
                    placement: placed[k].1,
                    slot,
                },
                Err(c) => {
                    let (g, zoom_to) = clustered[c];
                    let p = window.place(zoom_to.start, Some(zoom_to.end - 1));
                    Placed::Cluster {
                        slice: g as u32,
                        count: groups[g].len(),
                        placement: p.unwrap_or(Placement {
                            start: 0.0,
                            width: 0.0,
                            clipped_start: false,
                            clipped_end: false,
                            open_end: false,
                        }),
                        zoom_to,
                        slot,
                    }
                }
            })
            .collect();
    }
}

fn slice_clusters<'a>(
    placed: &[(&'a Item, Placement)],
    window: &Viewport,
    lane_width: f64,
    lang: Lang,
) -> Vec<Placed<'a>> {
    // (count, first day, last day) per slice, by where the visible part of each item starts.
    let mut slices = vec![(0usize, DayNumber::MAX, DayNumber::MIN); SLICES as usize];
    for (item, p) in placed {
        let k = ((p.start * f64::from(SLICES)) as usize).min(SLICES as usize - 1);
        let s = &mut slices[k];
        s.0 += 1;
        s.1 = s.1.min(item.first());
        s.2 = s.2.max(item.drawn_last());
    }
    let width = 1.0 / f64::from(SLICES);
    let shown: Vec<_> = slices
        .into_iter()
        .enumerate()
        .filter(|(_, s)| s.0 > 0)
        .collect();
    let texts: Vec<String> = shown.iter().map(|(_, s)| cluster_text(lang, s.0)).collect();
    let entries: Vec<labels::Entry> = shown
        .iter()
        .zip(&texts)
        .map(|((k, _), text)| labels::Entry {
            start: *k as f64 * width,
            end: (*k + 1) as f64 * width,
            point: false,
            name: text,
            when: 0.0,
        })
        .collect();
    let slots = labels::arrange(&entries, lane_width);
    shown
        .into_iter()
        .zip(slots)
        .map(|((k, (count, first, last)), slot)| Placed::Cluster {
            slice: k as u32,
            count,
            placement: Placement {
                start: k as f64 * width,
                width,
                clipped_start: false,
                clipped_end: false,
                open_end: false,
            },
            zoom_to: Viewport::fit(first.max(window.start), last.min(window.end)),
            slot,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data;
    use crate::date::{DateRange, PartialDate};
    use crate::view::{Label, WidgetKind};

    fn point(n: usize, first: PartialDate) -> Item {
        Item {
            id: format!("e{n}").into(),
            label: Label {
                text: format!("Event {n}").into(),
                lang: None,
            },
            range: DateRange {
                start: first,
                end: Some(first),
            },
            when: "".into(),
            point: true,
            status: Status::Confirmed,
            current: false,
            open_start: false,
            known_until: None,
            named_by_lane: false,
            details: std::rc::Rc::from([]),
        }
    }

    fn many(n: usize) -> Vec<Item> {
        (0..n)
            .map(|i| {
                point(
                    i,
                    PartialDate::from_day_number(10_957 + (i as i32 * 11_000) / n as i32),
                )
            })
            .collect()
    }

    #[test]
    fn ten_thousand_items_draw_as_at_most_twenty_clusters_and_lose_none() {
        let items = many(10_000);
        let window = Viewport::fit(items[0].first(), items[9_999].first());
        let placed = place_lane(&items, &window, DEFAULT_LANE_WIDTH, Lang::En);
        assert!(placed.len() <= SLICES as usize, "{} entries", placed.len());
        let total: usize = placed
            .iter()
            .map(|p| match p {
                Placed::Cluster { count, .. } => *count,
                Placed::Item { .. } => 1,
            })
            .sum();
        assert_eq!(total, 10_000, "every item is counted in some cluster");
        // Zooming into a cluster narrows the window onto its items.
        let Placed::Cluster { zoom_to, count, .. } = &placed[3] else {
            panic!("cluster expected")
        };
        assert!(zoom_to.span_days() < window.span_days() / 10);
        let inside = items
            .iter()
            .filter(|i| zoom_to.place(i.first(), i.last()).is_some())
            .count();
        assert!(
            inside >= *count,
            "the cluster's window shows its {count} items ({inside})"
        );
    }

    #[test]
    fn few_items_are_drawn_one_by_one_with_markers_packed_apart() {
        let items: Vec<_> = (0..3)
            .map(|i| point(i, PartialDate::day(2013, 10, 3 + i as u8)))
            .collect();
        let window = Viewport::fit(items[0].first() - 700, items[2].first() + 700);
        let placed = place_lane(&items, &window, DEFAULT_LANE_WIDTH, Lang::En);
        let tops: Vec<f64> = placed.iter().map(|p| p.slot().top).collect();
        assert!(
            tops[0] < tops[1] && tops[1] < tops[2],
            "markers a day apart do not overprint their labels: {tops:?}"
        );
    }

    #[test]
    fn an_item_named_as_its_lane_shows_its_name_unless_beside_the_lanes_name() {
        let window = Viewport::fit(
            PartialDate::day(2011, 1, 1).first_day(),
            PartialDate::day(2016, 1, 1).first_day(),
        );
        let slots = |items: &[Item]| -> Vec<Slot> {
            place_lane(items, &window, DEFAULT_LANE_WIDTH, Lang::En)
                .iter()
                .map(|p| *p.slot())
                .collect()
        };
        // Named item second: a row below the first item, it is laid out with its name, exactly
        // as an item of its own name would be.
        let mut items = vec![
            point(0, PartialDate::day(2013, 10, 1)),
            point(1, PartialDate::day(2013, 10, 3)),
        ];
        let unnamed = slots(&items);
        items[1].named_by_lane = true;
        let named = slots(&items);
        assert!(named[1].top > 0.0);
        assert!(shows_name(&items[1], &named[1]));
        assert_eq!(named, unnamed);
        // Named item first: on the first row, beside the lane's name, its box holds its dates.
        let mut items = vec![
            point(0, PartialDate::day(2013, 10, 1)),
            point(1, PartialDate::day(2013, 10, 3)),
        ];
        items[0].named_by_lane = true;
        let named = slots(&items);
        assert_eq!(named[0].top, 0.0);
        assert!(!shows_name(&items[0], &named[0]));
        assert!(named[0].height < unnamed[0].height || named[0].width < unnamed[0].width);
    }

    #[test]
    fn default_boards_place_every_label_apart_in_every_language_and_width() {
        let ds = data::default_dataset();
        let today = Some(PartialDate::day(2014, 6, 1));
        for kind in [
            WidgetKind::Chairs,
            WidgetKind::WorkStreams,
            WidgetKind::Outcomes,
            WidgetKind::Timeline,
        ] {
            for lang in Lang::ALL {
                let board = kind.board(&ds, lang, today);
                let (a, b) = board.extent().expect("items");
                let window = Viewport::fit(a, b);
                for width in [30.0, 36.0, 45.0, 70.0] {
                    for lane in board.groups.iter().flat_map(|g| &g.lanes) {
                        let placed = place_lane(&lane.items, &window, width, lang);
                        let slots: Vec<&Slot> = placed.iter().map(Placed::slot).collect();
                        for (i, p) in slots.iter().enumerate() {
                            assert!(p.start >= -1e-9 && p.start + p.width <= 1.0 + 1e-9);
                            for q in &slots[i + 1..] {
                                let apart_x = p.start + p.width <= q.start + 1e-9
                                    || q.start + q.width <= p.start + 1e-9;
                                let apart_y =
                                    p.bottom() <= q.top + 1e-9 || q.bottom() <= p.top + 1e-9;
                                assert!(
                                    apart_x || apart_y,
                                    "{kind:?} {lang:?} {width}: {p:?} {q:?}"
                                );
                            }
                        }
                        assert!(
                            labels::lane_height(
                                &placed.iter().map(|p| *p.slot()).collect::<Vec<_>>()
                            ) <= MAX_LANE_HEIGHT + 8.0
                        );
                    }
                }
            }
        }
    }
}

//! Label layout: how much room each item's label needs, where the label goes (inside its bar,
//! beside it, beside a point's marker, wrapped onto further lines), and where each item sits on
//! its lane so that every label is read in full and no two items' boxes overlap.
//!
//! Horizontal positions come in and go out as fractions of the lane (0..1, inline direction,
//! so right-to-left mirrors for free); sizes are reasoned about in rem, given the lane's
//! width in rem. Text widths are estimated per character class, calibrated against DejaVu
//! Sans, WenQuanYi Zen Hei and the Arabic of DejaVu (the widest fallbacks of the widgets' font
//! stack) on every string of the default data and interface, and rounded up: an estimate may
//! waste a little room, it must never cut a label.

/// Font size of an item's name (rem); the stylesheet's `.gmg-label`.
pub const NAME_SIZE: f64 = 0.875;
/// Font size of an item's dates line (rem); the stylesheet's `.gmg-when-line`.
pub const WHEN_SIZE: f64 = 0.8125;
/// Height of one label line (rem): the stylesheet's `--_line`.
pub const LINE: f64 = 1.125;
/// Padding inside a box, inline (rem).
pub const PAD_INLINE: f64 = 0.375;
/// Padding inside a box, block (rem).
pub const PAD_BLOCK: f64 = 0.125;
/// Space kept between two boxes side by side (rem): room for a focus outline.
pub const GAP_INLINE: f64 = 0.5;
/// Space kept between two boxes one above the other (rem): room for a focus outline.
pub const GAP_BLOCK: f64 = 0.375;
/// A point event's marker (rem).
pub const MARKER: f64 = 0.875;
/// Space between a bar or marker and a label beside it (rem).
pub const BESIDE: f64 = 0.25;
/// The widest a label runs before its name wraps onto a further line (rem).
pub const MAX_TEXT: f64 = 18.0;
/// The thinnest bar drawn (rem).
pub const MIN_BAR: f64 = 0.5;
/// The row a bar or marker keeps above a label drawn under it (rem): the stylesheet's
/// `.gmg-below` bar height and the space after it.
pub const BAR_ROW: f64 = 0.875;

/// Width of one character in em of its font size (before the safety margin).
fn char_em(c: char) -> f64 {
    let o = u32::from(c);
    match o {
        0x20 => 0.32,
        // CJK punctuation, kana, ideographs and full-width forms: one em each.
        0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF => 1.0,
        // Arabic (isolated forms of short words are the widest).
        0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFEFF => 0.56,
        // Cyrillic (no Unicode tables: every byte of wasm counts).
        0x0416 | 0x0428 | 0x0429 | 0x042B | 0x042E | 0x041C | 0x0436 | 0x0448 | 0x0449 | 0x044B
        | 0x044E | 0x043C => 0.9,
        0x0400..=0x042F => 0.74,
        0x0430..=0x04FF => 0.62,
        // `chars().any`, not `contains(c)`: for a character outside ASCII that searches for
        // its UTF-8 bytes with the standard library's two-way substring search, whose code the
        // visitor's wasm need not carry.
        _ if "ijlI.,:;'|!()[]f-/t·«»\"’".chars().any(|n| n == c) => 0.34,
        _ if "mwMW@%—".chars().any(|w| w == c) => 0.95,
        _ if c.is_ascii_digit() => 0.64,
        _ if c.is_ascii_uppercase() => 0.74,
        _ if c.is_ascii_lowercase() => 0.6,
        // Latin-1 and Latin Extended letters: capitals, then small letters.
        0xC0..=0xDE => 0.74,
        0xDF..=0x24F => 0.6,
        _ => 0.65,
    }
}

/// Characters after which a line may break without a space (CJK ideographs and punctuation).
fn breaks_after(c: char) -> bool {
    matches!(u32::from(c), 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// Estimated width in rem of `text` on one line at `size` rem (0 for an empty text).
pub fn text_width(text: &str, size: f64) -> f64 {
    if text.is_empty() {
        return 0.0;
    }
    (text.chars().map(char_em).sum::<f64>() * 1.08 + 0.5) * size
}

/// A text broken into lines no wider than a measure (as far as its words allow).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Wrapped {
    /// Lines used (0 for an empty text).
    pub lines: u32,
    /// The widest line, rem.
    pub width: f64,
}

/// Breaks `text` at `size` rem into lines of at most `measure` rem, greedily at spaces and
/// after CJK characters (as browsers do); a word longer than the measure keeps a line of its
/// own, as wide as it is.
pub fn wrap(text: &str, size: f64, measure: f64) -> Wrapped {
    let text = text.trim();
    if text.is_empty() {
        return Wrapped {
            lines: 0,
            width: 0.0,
        };
    }
    // Tokens: a word with the space after it, or one CJK character.
    let mut tokens: Vec<&str> = Vec::new();
    let mut from = 0;
    for (i, c) in text.char_indices() {
        let next = i + c.len_utf8();
        if c == ' ' || breaks_after(c) {
            tokens.push(&text[from..next]);
            from = next;
        }
    }
    if from < text.len() {
        tokens.push(&text[from..]);
    }
    let slack = 0.5 * size;
    let width_of = |s: &str| s.chars().map(char_em).sum::<f64>() * 1.08 * size;
    // `line`: the current line up to and with its last space; `seen`: without that space.
    let (mut lines, mut widest, mut line, mut seen) = (1u32, 0.0f64, 0.0f64, 0.0f64);
    for t in tokens {
        let word = width_of(t.trim_end());
        if line > 0.0 && line + word + slack > measure {
            widest = widest.max(seen);
            lines += 1;
            line = 0.0;
        }
        seen = line + word;
        line += width_of(t);
    }
    widest = widest.max(seen);
    Wrapped {
        lines,
        width: widest + slack,
    }
}

/// Where an item's label sits relative to its bar or marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// Inside the bar.
    Inside,
    /// After the bar or marker (inline-end: later in time).
    After,
    /// Before the bar or marker (inline-start), where there is no room after it.
    Before,
    /// Under the bar or marker, which keeps a thin row of its own at the box's top: no room
    /// on either side (a long dates line, a narrow lane).
    Below,
}

/// What one entry of a lane needs: its span on the lane and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry<'a> {
    /// Start, fraction of the lane (0..1).
    pub start: f64,
    /// End, fraction of the lane (equal to `start` for a point).
    pub end: f64,
    /// Drawn as a marker at `start`, not as a bar.
    pub point: bool,
    /// The name line (may be empty: the lane's label names the item).
    pub name: &'a str,
    /// Width of the dates line in rem (dates, marks, badges: never broken).
    pub when: f64,
}

/// Where one entry is drawn: its box on the lane (bar or marker and label together).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Slot {
    /// The box's start, fraction of the lane.
    pub start: f64,
    /// The box's width, fraction of the lane.
    pub width: f64,
    /// The bar or marker, as fractions of the box.
    pub bar_start: f64,
    /// The bar's width, fraction of the box.
    pub bar_width: f64,
    /// The label's text, as fractions of the box.
    pub text_start: f64,
    /// The label's width, fraction of the box.
    pub text_width: f64,
    /// Where the label sits.
    pub side: Side,
    /// Top of the box in rem from the top of the lane.
    pub top: f64,
    /// Height of the box in rem.
    pub height: f64,
    /// The box shows the dates line (else only the name: a dense lane, compacted).
    pub dated: bool,
}

impl Slot {
    /// Bottom of the box in rem.
    pub fn bottom(&self) -> f64 {
        self.top + self.height
    }
}

/// The box of one entry before it is given a place in height, in rem along the lane.
struct Shape {
    x0: f64,
    x1: f64,
    bar: (f64, f64),
    text: (f64, f64),
    side: Side,
    height: f64,
}

fn shape(e: &Entry, lane: f64) -> Shape {
    let lane = lane.max(1.0);
    let x = e.start.clamp(0.0, 1.0) * lane;
    let (b0, b1) = if e.point {
        (x - MARKER / 2.0, x + MARKER / 2.0)
    } else {
        let end = (e.end.clamp(0.0, 1.0) * lane).max(x);
        (x, end.max(x + MIN_BAR))
    };
    let bar = b1 - b0;
    let measure = MAX_TEXT.min(lane - 2.0 * PAD_INLINE).max(4.0);
    let height = |name_lines: u32| {
        let lines = name_lines + u32::from(e.when > 0.0);
        f64::from(lines.max(1)) * LINE + 2.0 * PAD_BLOCK
    };
    // Inside the bar, on one line, or wrapped once when the bar is wide enough for that.
    if !e.point {
        let inner = bar - 2.0 * PAD_INLINE;
        let one = wrap(e.name, NAME_SIZE, f64::INFINITY);
        if one.width.max(e.when) <= inner {
            return Shape {
                x0: b0,
                x1: b1,
                bar: (b0, b1),
                text: (b0 + PAD_INLINE, b1 - PAD_INLINE),
                side: Side::Inside,
                height: height(one.lines),
            };
        }
        if inner >= 6.0 && e.when <= inner {
            let two = wrap(e.name, NAME_SIZE, inner);
            if two.lines <= 2 && two.width <= inner {
                return Shape {
                    x0: b0,
                    x1: b1,
                    bar: (b0, b1),
                    text: (b0 + PAD_INLINE, b1 - PAD_INLINE),
                    side: Side::Inside,
                    height: height(two.lines),
                };
            }
        }
    }
    let name = wrap(e.name, NAME_SIZE, measure);
    let text = name.width.max(e.when);
    let h = height(name.lines);
    // Beside: after the bar if it fits in the lane, else before it.
    if b1 + BESIDE + text + PAD_INLINE <= lane {
        let t0 = b1 + BESIDE;
        return Shape {
            x0: b0.max(0.0),
            x1: t0 + text + PAD_INLINE,
            bar: (b0, b1),
            text: (t0, t0 + text),
            side: Side::After,
            height: h,
        };
    }
    if b0 - BESIDE - text - PAD_INLINE >= 0.0 {
        let t1 = b0 - BESIDE;
        return Shape {
            x0: t1 - text - PAD_INLINE,
            x1: b1.min(lane),
            bar: (b0, b1),
            text: (t1 - text, t1),
            side: Side::Before,
            height: h,
        };
    }
    // Neither side has room: the label goes under the bar, kept inside the lane, so that the
    // bar stays in sight.
    let w = text + 2.0 * PAD_INLINE;
    let t0 = b0.max(0.0).min((lane - w).max(0.0));
    Shape {
        x0: t0.min(b0.max(0.0)),
        x1: (t0 + w).max(b1.min(lane)),
        bar: (b0, b1),
        text: (t0 + PAD_INLINE, t0 + w - PAD_INLINE),
        side: Side::Below,
        height: h + BAR_ROW,
    }
}

/// Gives every entry its box and a place in height: in order of their boxes' starts, each
/// takes the lowest place where it is at least [`GAP_INLINE`] and [`GAP_BLOCK`] clear of
/// every box placed before it. `lane` is the lane's width in rem. O(n³) in the worst case,
/// for the at most [`crate::timeline::lanes::MAX_ITEMS_PER_LANE`] entries a lane draws one by one.
pub fn arrange(entries: &[Entry], lane: f64) -> Vec<Slot> {
    let lane = if lane.is_finite() { lane.max(1.0) } else { 1.0 };
    let shapes: Vec<Shape> = entries.iter().map(|e| shape(e, lane)).collect();
    // By the boxes' starts, ties in input order: an insertion sort, since lanes hold at most
    // 120 entries and a library sort costs kilobytes of wasm per use.
    let mut order: Vec<usize> = Vec::with_capacity(shapes.len());
    for i in 0..shapes.len() {
        let at = order.partition_point(|&j| shapes[j].x0 <= shapes[i].x0);
        order.insert(at, i);
    }
    let mut tops = vec![0.0f64; shapes.len()];
    let mut placed: Vec<usize> = Vec::with_capacity(shapes.len());
    for i in order {
        let s = &shapes[i];
        let near: Vec<usize> = placed
            .iter()
            .copied()
            .filter(|&j| shapes[j].x0 < s.x1 + GAP_INLINE && s.x0 < shapes[j].x1 + GAP_INLINE)
            .collect();
        let fits = |y: f64| {
            near.iter().all(|&j| {
                y >= tops[j] + shapes[j].height + GAP_BLOCK - 1e-9
                    || tops[j] >= y + s.height + GAP_BLOCK - 1e-9
            })
        };
        // The lowest of the candidate places (the top, or just under a box nearby) that fits.
        let top = std::iter::once(0.0)
            .chain(near.iter().map(|&j| tops[j] + shapes[j].height + GAP_BLOCK))
            .filter(|&y| fits(y))
            .fold(f64::INFINITY, f64::min);
        let top = if top.is_finite() { top } else { 0.0 };
        tops[i] = top;
        placed.push(i);
    }
    shapes
        .iter()
        .zip(tops)
        .zip(entries)
        .map(|((s, top), e)| {
            let w = (s.x1 - s.x0).max(1e-6);
            Slot {
                start: s.x0 / lane,
                width: w / lane,
                bar_start: (s.bar.0 - s.x0) / w,
                bar_width: (s.bar.1 - s.bar.0) / w,
                text_start: (s.text.0 - s.x0) / w,
                text_width: (s.text.1 - s.text.0) / w,
                side: s.side,
                top,
                height: s.height,
                dated: e.when > 0.0,
            }
        })
        .collect()
}

/// The height in rem a lane needs for its slots (one empty line's height when there are none).
pub fn lane_height(slots: &[Slot]) -> f64 {
    slots
        .iter()
        .map(Slot::bottom)
        .fold(LINE + 2.0 * PAD_BLOCK, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(start: f64, end: f64, name: &str) -> Entry<'_> {
        Entry {
            start,
            end,
            point: start == end,
            name,
            when: text_width("3 October 2013", WHEN_SIZE),
        }
    }

    fn intersects(a: &Slot, b: &Slot, lane: f64) -> bool {
        let (a0, a1) = (a.start * lane, (a.start + a.width) * lane);
        let (b0, b1) = (b.start * lane, (b.start + b.width) * lane);
        a0 < b1 + GAP_INLINE - 1e-6
            && b0 < a1 + GAP_INLINE - 1e-6
            && a.top < b.bottom() + GAP_BLOCK - 1e-6
            && b.top < a.bottom() + GAP_BLOCK - 1e-6
    }

    fn assert_apart(slots: &[Slot], lane: f64) {
        for (i, a) in slots.iter().enumerate() {
            for b in &slots[i + 1..] {
                assert!(!intersects(a, b, lane), "{a:?}\n{b:?}");
            }
        }
    }

    #[test]
    fn widths_grow_with_script_and_size() {
        assert_eq!(text_width("", 1.0), 0.0);
        let latin = text_width("ILO", 1.0);
        let cjk = text_width("国际劳工组织", 1.0);
        assert!(latin > 2.0 && latin < 3.0, "{latin}");
        assert!(cjk > 6.0, "six ideographs are six em and more: {cjk}");
        assert!(text_width("ILO", 2.0) > 2.0 * latin - 1e-9);
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_after_ideographs() {
        let one = wrap("Working Group on Data and Research", 1.0, f64::INFINITY);
        assert_eq!(one.lines, 1);
        let narrow = wrap("Working Group on Data and Research", 1.0, 9.0);
        assert!(narrow.lines >= 2, "{narrow:?}");
        assert!(narrow.width <= 9.0 + 1e-9, "{narrow:?}");
        let zh = wrap("移民与体面工作问题工作队", 1.0, 5.0);
        assert!(zh.lines >= 3 && zh.width <= 5.0 + 1e-9, "{zh:?}");
        let long_word = wrap("Supercalifragilistic", 1.0, 3.0);
        assert_eq!(long_word.lines, 1, "a word is never split");
        assert!(long_word.width > 3.0);
        assert_eq!(wrap("  ", 1.0, 3.0).lines, 0);
    }

    #[test]
    fn a_label_fits_in_its_bar_or_sits_beside_it() {
        let lane = 50.0;
        let slots = arrange(
            &[entry(0.0, 0.5, "ILO"), entry(0.6, 0.61, "UN Women")],
            lane,
        );
        assert_eq!(slots[0].side, Side::Inside);
        assert!((slots[0].width - 0.5).abs() < 1e-9, "the box is the bar");
        assert_eq!(slots[1].side, Side::After, "a thin bar's label follows it");
        assert!(slots[1].width * lane > 6.0);
        assert!(slots[1].text_start > slots[1].bar_start + slots[1].bar_width - 1e-9);
        // At the lane's end, the label goes before the bar.
        let end = arrange(&[entry(0.99, 1.0, "World Bank")], lane);
        assert_eq!(end[0].side, Side::Before);
        assert!(end[0].start + end[0].width <= 1.0 + 1e-9);
        assert!(end[0].start >= 0.0);
    }

    #[test]
    fn points_are_labelled_beside_their_markers_and_never_overlap() {
        let lane = 40.0;
        let names = [
            "High-level Dialogue",
            "Declaration adopted",
            "IOM Council panel",
            "Review",
        ];
        let entries: Vec<_> = names
            .iter()
            .enumerate()
            .map(|(i, n)| entry(0.2 + i as f64 * 0.01, 0.2 + i as f64 * 0.01, n))
            .collect();
        let slots = arrange(&entries, lane);
        assert!(slots.iter().all(|s| s.side == Side::After));
        assert_apart(&slots, lane);
        let rows: std::collections::BTreeSet<u64> =
            slots.iter().map(|s| (s.top * 1000.0) as u64).collect();
        assert_eq!(rows.len(), 4, "four markers a day apart take four rows");
    }

    #[test]
    fn long_names_wrap_and_boxes_stay_in_the_lane() {
        let lane = 30.0;
        let long = "Adoption of the Declaration of the High-level Dialogue on International \
                    Migration and Development";
        let slots = arrange(&[entry(0.1, 0.1, long), entry(0.9, 0.9, long)], lane);
        for s in &slots {
            assert!(s.start >= -1e-9 && s.start + s.width <= 1.0 + 1e-9, "{s:?}");
            assert!(s.height > 3.0 * LINE, "wrapped onto lines: {s:?}");
            assert!(s.text_width * s.width * lane <= MAX_TEXT + 1e-9);
        }
        assert_apart(&slots, lane);
    }

    #[test]
    fn random_lanes_never_overlap() {
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % 10_000) as f64 / 10_000.0
        };
        let names = [
            "ILO",
            "UN Women",
            "Всемирный банк",
            "国际移民组织",
            "منظمة العمل الدولية",
        ];
        for round in 0..30 {
            let lane = 20.0 + 60.0 * next();
            let entries: Vec<Entry> = (0..(5 + round))
                .map(|k| {
                    let a = next();
                    let b = if k % 3 == 0 {
                        a
                    } else {
                        (a + next() * 0.3).min(1.0)
                    };
                    entry(a, b, names[k % names.len()])
                })
                .collect();
            let slots = arrange(&entries, lane);
            assert_apart(&slots, lane);
            assert!(lane_height(&slots) >= slots.iter().map(Slot::bottom).fold(0.0, f64::max));
        }
    }
}

//! Time and memory budgets by input size, counted, never clocked: generated and mutated files
//! go through the whole chain (parse, decode, validate, rotation, every widget's board and its
//! server-rendered markup), and the steps counted (`gmg_widgets::work`), the bytes allocated at
//! the peak and the problems and DOM nodes made must stay within a constant times the size of
//! the input. A quadratic step (every pair of 3,000 overlapping terms, a scan of every member
//! for every term) blows the budget by orders of magnitude on the larger sizes.
#![cfg(feature = "ssr")]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::rc::Rc;

use gmg_widgets::components::{Loaded, Widget, WidgetKind, WidgetProps};
use gmg_widgets::data::{self, rotation, MAX_PROBLEMS};
use gmg_widgets::date::PartialDate;
use gmg_widgets::text::Lang;
use gmg_widgets::work;
use yew::LocalServerRenderer;

mod common;
use common::Rng;

/// The system allocator, counting the bytes live on this thread and their peak.
struct Counting;

thread_local! {
    static LIVE: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is passed to the system allocator unchanged; the counters are
// thread-local cells (const-initialised, so touching them never allocates).
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = LIVE.try_with(|l| {
            l.set(l.get() + layout.size());
            let _ = PEAK.try_with(|p| p.set(p.get().max(l.get())));
        });
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let _ = LIVE.try_with(|l| l.set(l.get().saturating_sub(layout.size())));
        System.dealloc(ptr, layout)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Starts measuring the peak from the bytes live now; returns them.
fn reset_peak() -> usize {
    let live = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(live));
    live
}

fn peak_since(base: usize) -> usize {
    PEAK.with(Cell::get).saturating_sub(base)
}

/// Steps allowed per byte of input, for the whole chain.
const STEPS_PER_BYTE: u64 = 8;
/// Steps allowed whatever the size (the fixed costs: default strings, 12 projected terms).
const STEPS_FIXED: u64 = 200_000;
/// Peak heap allowed per byte of input (the JSON tree, positions, the dataset, the board).
const BYTES_PER_BYTE: usize = 120;
/// Peak heap allowed whatever the size.
const BYTES_FIXED: usize = 4 << 20;
/// The most elements a widget's markup may hold, however many items the data has.
const MAX_NODES: usize = 60_000;

struct Measured {
    steps: u64,
    peak: usize,
    problems: usize,
    nodes: usize,
}

fn render(kind: WidgetKind, data: Rc<Loaded>) -> String {
    let props = WidgetProps {
        today: PartialDate::parse("2014-06-01").ok(),
        ..WidgetProps::new(kind, Lang::En, data)
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    rt.block_on(
        LocalServerRenderer::<Widget>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// Runs the whole chain on `text` and checks it against the budgets.
fn measure(name: &str, text: &str) -> Measured {
    let base = reset_peak();
    work::take();
    let report = data::load(text);
    let mut steps = work::take();
    let problems = report.problems.len();
    assert!(
        problems <= MAX_PROBLEMS + 1,
        "{name}: {problems} problems listed"
    );
    let mut nodes = 0;
    if let Some(ds) = &report.dataset {
        let projection = rotation::project(ds, 200);
        let _ = rotation::describe(ds, &projection);
        steps += work::take();
        let loaded = Rc::new(Loaded::from_text(text));
        work::take();
        for kind in [
            WidgetKind::Chairs,
            WidgetKind::WorkStreams,
            WidgetKind::Outcomes,
            WidgetKind::Timeline,
        ] {
            let html = render(kind, loaded.clone());
            let n = html.matches('<').count() - html.matches("</").count();
            assert!(n <= MAX_NODES, "{name}: {kind:?} renders {n} elements");
            nodes = nodes.max(n);
        }
        steps += work::take();
    } else {
        // Invalid data: the widget shows the problem list; render that too.
        let html = render(WidgetKind::Chairs, Rc::new(Loaded::from_text(text)));
        nodes = html.matches('<').count() - html.matches("</").count();
        steps += work::take();
        assert!(nodes <= MAX_NODES, "{name}: {nodes} elements");
    }
    let peak = peak_since(base);
    let bytes = text.len() as u64;
    assert!(
        steps <= STEPS_FIXED + STEPS_PER_BYTE * bytes,
        "{name}: {steps} steps for {bytes} bytes ({:.1} per byte)",
        steps as f64 / bytes as f64
    );
    assert!(
        peak <= BYTES_FIXED + BYTES_PER_BYTE * text.len(),
        "{name}: {peak} bytes at the peak for {bytes} bytes of input"
    );
    Measured {
        steps,
        peak,
        problems,
        nodes,
    }
}

const HEAD: &str =
    r#""version": 1, "group": {"name": "G", "short_name": "G"}, "membership_complete": true"#;

fn members(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                r#"{{"id": "m{i}", "short_name": "M{i:05}", "name": "Member {i}", "rotates": true}}"#
            )
        })
        .collect::<Vec<_>>()
        .join(",\n")
}

fn file(parts: &[(&str, String)]) -> String {
    let mut out = format!("{{{HEAD}");
    for (key, items) in parts {
        out.push_str(&format!(",\n\"{key}\": [\n{items}\n]"));
    }
    out.push('}');
    out
}

/// Generated files of `n` items, by kind of trouble.
fn generated(n: usize) -> Vec<(String, String)> {
    let month = |k: usize| format!("{:04}-{:02}", 1000 + k / 12, k % 12 + 1);
    let seq_terms = (0..n)
        .map(|i| {
            format!(
                r#"{{"id": "t{i}", "member": "m{}", "from": "{}", "to": "{}"}}"#,
                i % 50,
                month(i),
                month(i)
            )
        })
        .collect::<Vec<_>>()
        .join(",\n");
    let overlapping = (0..n)
        .map(|i| {
            format!(
                r#"{{"id": "t{i}", "member": "m{}", "from": "2000", "to": "2020"}}"#,
                i % 50
            )
        })
        .collect::<Vec<_>>()
        .join(",\n");
    let bad_refs = (0..n)
        .map(|i| format!(r#"{{"id": "t{i}", "member": "nobody{i}", "from": "{}", "to": "{}", "source": "nowhere{i}"}}"#, month(i), month(i)))
        .collect::<Vec<_>>()
        .join(",\n");
    let chain = (0..n)
        .map(|i| {
            format!(
                r#"{{"id": "m{i}", "short_name": "M", "name": "M", "part_of": "m{}"}}"#,
                (i + 1) % n
            )
        })
        .collect::<Vec<_>>()
        .join(",\n");
    let streams = (0..n)
        .map(|i| {
            let parent = if i == 0 { String::new() } else { format!(r#", "parent": "s{}""#, i / 2) };
            format!(r#"{{"id": "s{i}", "kind": "thematic", "name": "Stream {i}", "start": "2010", "end": "2016"{parent}}}"#)
        })
        .collect::<Vec<_>>()
        .join(",\n");
    let events = (0..n)
        .map(|i| {
            format!(
                r#"{{"id": "e{i}", "name": "Event {i}", "date": "{}"}}"#,
                month(i % 9000)
            )
        })
        .collect::<Vec<_>>()
        .join(",\n");
    let outcomes = (0..n)
        .map(|i| format!(r#"{{"id": "o{i}", "date": "2013-10-03", "title": "Outcome {i}", "document": {{"title": "D{i}"}}, "concerns": ["m{}", "o{}"]}}"#, i % 50, (i + 1) % n))
        .collect::<Vec<_>>()
        .join(",\n");
    // Every term named by an outcome, and each member by many terms: found by look-up, not
    // by a scan of every outcome for every term (n × n).
    let referred = (0..n)
        .map(|i| format!(r#"{{"id": "r{i}", "date": "2013-10-03", "title": "Outcome {i}", "document": {{"title": "D{i}"}}, "concerns": ["t{i}", "t{}"]}}"#, (i * 7) % n))
        .collect::<Vec<_>>()
        .join(",\n");
    let many_members_terms = (0..n)
        .map(|i| {
            format!(
                r#"{{"id": "t{i}", "member": "m{i}", "from": "{}", "to": "{}"}}"#,
                month(i),
                month(i)
            )
        })
        .collect::<Vec<_>>()
        .join(",\n");
    // Co-chairs: in pairs (each pair shares its dates), and all at once over the same dates.
    let co_chairs = |pairs: bool| {
        (0..n)
            .map(|i| {
                let when = if pairs { month(i / 2) } else { month(0) };
                format!(r#"{{"id": "t{i}", "member": "m{}", "from": "{when}", "to": "{when}", "co_chair": true}}"#, i % 50)
            })
            .collect::<Vec<_>>()
            .join(",\n")
    };
    let unknown = (0..n)
        .map(|i| format!(r#""field{i}": {i}"#))
        .collect::<Vec<_>>()
        .join(", ");
    let rotation = r#", "rotation": {"start": "1000-01", "term_months": 1, "order": "alphabetical", "first": "m0"}"#;
    let with_rule = |f: String| {
        let mut f = f;
        f.pop();
        f.push_str(rotation);
        f.push('}');
        f
    };
    vec![
        (
            "sequential chair terms".into(),
            with_rule(file(&[
                ("members", members(50)),
                ("chair_terms", seq_terms),
            ])),
        ),
        (
            "overlapping chair terms".into(),
            file(&[("members", members(50)), ("chair_terms", overlapping)]),
        ),
        (
            "bad references".into(),
            file(&[("members", members(50)), ("chair_terms", bad_refs)]),
        ),
        ("part_of in a ring".into(), file(&[("members", chain)])),
        (
            "many members".into(),
            with_rule(file(&[("members", members(n))])),
        ),
        ("many streams".into(), file(&[("streams", streams)])),
        ("many events".into(), file(&[("events", events)])),
        (
            "many outcomes".into(),
            file(&[("members", members(50)), ("outcomes", outcomes)]),
        ),
        (
            "terms named by outcomes".into(),
            file(&[
                ("members", members(n)),
                ("chair_terms", many_members_terms),
                ("outcomes", referred),
            ]),
        ),
        (
            "co-chairs in pairs".into(),
            file(&[("members", members(50)), ("chair_terms", co_chairs(true))]),
        ),
        (
            "co-chairs all at once".into(),
            file(&[("members", members(50)), ("chair_terms", co_chairs(false))]),
        ),
        ("unknown fields".into(), format!("{{{HEAD}, {unknown}}}")),
    ]
}

#[test]
fn generated_files_stay_within_budget() {
    for n in [10, 300, 3_000] {
        for (name, text) in generated(n) {
            let m = measure(&format!("{name} ×{n}"), &text);
            println!(
                "{name:>24} ×{n:<6} {:>9} bytes {:>10} steps ({:>5.2}/byte) peak {:>10} bytes ({:>5.1}/byte) {:>4} problems {:>6} elements",
                text.len(),
                m.steps,
                m.steps as f64 / text.len() as f64,
                m.peak,
                m.peak as f64 / text.len() as f64,
                m.problems,
                m.nodes
            );
        }
    }
}

/// Mutations that keep a file parseable more often than not: duplicate an item, swap digits,
/// drop a field, point a reference elsewhere.
fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut s = text.to_string();
    for _ in 0..1 + rng.below(6) {
        let at = rng.below(s.len());
        if !s.is_char_boundary(at) {
            continue;
        }
        match rng.below(5) {
            0 => {
                // Repeat a slice (duplicates items, ids, keys).
                let end = (at + rng.below(400)).min(s.len());
                if let Some(slice) = s.get(at..end).map(str::to_string) {
                    let to = rng.below(s.len());
                    if s.is_char_boundary(to) {
                        s.insert_str(to, &slice);
                    }
                }
            }
            1 => {
                if let Some(c) = s
                    .get(at..at + 1)
                    .filter(|c| c.bytes().all(|b| b.is_ascii_digit()))
                {
                    let d = char::from(b'0' + rng.below(10) as u8).to_string();
                    let _ = c;
                    s.replace_range(at..at + 1, &d);
                }
            }
            2 => {
                let end = (at + rng.below(30)).min(s.len());
                if s.is_char_boundary(end) {
                    s.replace_range(at..end, "");
                }
            }
            3 => s.insert_str(at, "\"m1\""),
            _ => s.insert_str(at, ", \"part_of\": \"m0\""),
        }
    }
    s
}

#[test]
fn mutated_files_stay_within_budget() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid/");
    let mut seeds: Vec<String> = std::fs::read_dir(dir)
        .expect("fixtures")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    seeds.push(data::DEFAULT_JSON.to_string());
    seeds.extend(generated(300).into_iter().map(|(_, t)| t));
    let mut rng = Rng(0x5eed);
    let mut worst = 0.0f64;
    let mut valid = 0;
    for i in 0..240 {
        let seed = &seeds[i % seeds.len()];
        let text = mutate(&mut rng, seed);
        let m = measure(&format!("mutation {i}"), &text);
        valid += usize::from(data::load(&text).is_valid());
        worst = worst.max(m.steps as f64 / text.len().max(1) as f64);
    }
    println!("240 mutated files, {valid} still valid, worst {worst:.2} steps per byte");
    assert!(
        valid >= 5,
        "the mutations must reach past the validator: {valid} valid"
    );
}

#[test]
fn oversized_text_is_refused_at_once() {
    let text = format!(
        "{{{HEAD}, \"note\": \"{}\"}}",
        "x".repeat(data::MAX_TEXT_BYTES)
    );
    work::take();
    let report = data::load(&text);
    assert!(work::take() < 10, "nothing is parsed");
    assert_eq!(report.problems.len(), 1);
    assert!(
        report.problems[0].message.contains("too large"),
        "{}",
        report.problems[0]
    );
}

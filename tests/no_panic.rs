//! Whatever the input, `load` returns a report and never panics: thousands of deterministic
//! random mutations of valid files, and random bytes.

use gmg_widgets::data::{load, Report};

mod common;
use common::Rng;

const PIECES: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    "\\",
    ",",
    ":",
    " ",
    "\n",
    "\t",
    "\r",
    "\\u0000",
    "\\ud800",
    "\\udc00",
    "\\ud83d\\ude00",
    "\\u12",
    "\\x",
    "\u{0}",
    "\u{1}",
    "\u{feff}",
    "\u{2028}",
    "é",
    "😀",
    "الفريق",
    "0",
    "-",
    "-0",
    "01",
    "1e999999999",
    "123456789012345678901234567890",
    "1.",
    ".5",
    "+1",
    "true",
    "false",
    "null",
    "nul",
    "True",
    "NaN",
    "//",
    "/*",
    "'",
    "\"\"",
    "\"version\"",
    "2",
    "\"2013-13\"",
    "\"2014-02-29\"",
    "\"2014\"",
    "\"id\"",
    "\"ilo\"",
    "\"en\"",
    "\"needs_review\"",
    "[\"fr\"]",
    "{\"en\": \"x\"}",
    "\"javascript:x\"",
    "\"https://a.b\"",
    "\"inferred\"",
    "\"plan\"",
    "\"parent\"",
    "\"chair-2014\"",
    "{}",
    "[]",
    "[[[[[[[[[[[[[[[[",
    "}}}}}}}}",
    "<script>",
    "Ω≈ç√∫",
];

fn check(text: &str, report: &Report) {
    assert_eq!(report.dataset.is_some(), report.is_valid(), "{text:?}");
    let lines = u32::try_from(text.split('\n').count()).unwrap_or(u32::MAX);
    for p in &report.problems {
        assert!(!p.path.is_empty(), "{text:?}: {p}");
        assert!(!p.message.is_empty(), "{text:?}: {p}");
        assert!(
            p.line >= 1 && p.line <= lines && p.column >= 1,
            "{text:?}: {p}"
        );
        let _ = p.to_string();
    }
    let _ = report.summary();
}

fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(chars.len() + 1);
        match rng.below(8) {
            0 | 1 => {
                // Replace one character with a piece.
                let piece: Vec<char> = rng.pick(PIECES).chars().collect();
                if at < chars.len() {
                    chars.splice(at..at + 1, piece);
                }
            }
            2 | 3 => {
                let piece: Vec<char> = rng.pick(PIECES).chars().collect();
                chars.splice(at..at, piece);
            }
            4 => {
                let end = (at + 1 + rng.below(40)).min(chars.len());
                if at < end {
                    chars.drain(at..end);
                }
            }
            5 => chars.truncate(at),
            6 => {
                // Copy a slice elsewhere (duplicates keys, items, ids).
                let end = (at + rng.below(200)).min(chars.len());
                let copy: Vec<char> = chars.get(at..end).unwrap_or(&[]).to_vec();
                let to = rng.below(chars.len() + 1);
                chars.splice(to..to, copy);
            }
            _ => {
                // Change a digit: impossible dates, versions, term lengths.
                if let Some(c) = chars.get_mut(at) {
                    if c.is_ascii_digit() {
                        *c = char::from(b'0' + rng.below(10) as u8);
                    }
                }
            }
        }
    }
    chars.into_iter().collect()
}

#[test]
fn mutated_files_never_panic() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");
    let seeds: Vec<String> = [
        "valid/full.json",
        "valid/script-in-name.json",
        "invalid/wrong-parent-kind.json",
        "invalid/bad-language.json",
    ]
    .iter()
    .map(|f| std::fs::read_to_string(format!("{dir}{f}")).unwrap())
    .collect();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut invalid = 0;
    for i in 0..6000 {
        let seed = &seeds[i % seeds.len()];
        let text = mutate(&mut rng, seed);
        let report = load(&text);
        check(&text, &report);
        invalid += usize::from(!report.is_valid());
    }
    // The mutations must reach past the parser: a good share of them still parse.
    assert!(invalid > 1500 && invalid < 6000, "{invalid} invalid");
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(42);
    for _ in 0..3000 {
        let len = rng.below(300);
        let bytes: Vec<u8> = (0..len)
            .map(|_| match rng.below(4) {
                0 => {
                    let alphabet = b"{}[]\",:\\ \n0123456789-eEtrufalsn";
                    alphabet[rng.below(alphabet.len())]
                }
                _ => (rng.next() & 0xff) as u8,
            })
            .collect();
        let text = String::from_utf8_lossy(&bytes);
        check(&text, &load(&text));
    }
}

#[test]
fn pathological_inputs() {
    let inputs = [
        "[".repeat(1_000_000),
        "{\"a\":".repeat(100_000),
        format!(
            "{{\"version\": 1, \"group\": {{\"name\": \"{}\", \"short_name\": \"G\"}}}}",
            "x".repeat(1_000_000)
        ),
        format!("{{\"version\": {}}}", "9".repeat(100_000)),
        format!(
            "{{\"version\": 1, \"members\": [{}]}}",
            vec!["{\"id\": \"a\", \"part_of\": \"a\"}"; 500].join(",")
        ),
        format!("{{\"{}\": 1}}", "k".repeat(100_000)),
        "\"\\ud800\\u0041\"".into(),
        "\u{feff}".into(),
        "\u{feff}\u{feff}{}".into(),
        "{\"version\": 1e400}".into(),
        "{\"version\": -0.0}".into(),
    ];
    for text in &inputs {
        check(text, &load(text));
    }
}

#[test]
fn large_broken_files_stay_fast() {
    let head = "\"version\": 1, \"group\": {\"name\": \"G\", \"short_name\": \"G\"}";
    // A 3000-stream parent chain closed into a loop, each also citing an unknown source.
    let streams: Vec<String> = (0..3000)
        .map(|i| format!("{{\"id\": \"s{i}\", \"kind\": \"thematic\", \"name\": \"S\", \"start\": \"2014\", \"parent\": \"s{}\", \"source\": \"x{i}\"}}", (i + 1) % 3000))
        .collect();
    let text = format!("{{{head}, \"streams\": [{}]}}", streams.join(","));
    let report = load(&text);
    check(&text, &report);
    assert_eq!(
        report
            .problems
            .iter()
            .filter(|p| p.message.contains("circle"))
            .count(),
        1
    );
    // 20000 duplicate keys in one object.
    let text = format!("{{{head}, {}}}", vec!["\"members\": []"; 20_000].join(","));
    check(&text, &load(&text));
}

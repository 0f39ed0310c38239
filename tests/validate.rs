//! The fixtures under `tests/fixtures`.
//!
//! - `invalid/NAME.json` comes with `invalid/NAME.expected`: its first line is exactly the first
//!   line of the first error (or, for a file expected to load with warnings only, of the first
//!   warning); every further line must appear somewhere in the report as the command line
//!   prints it.
//! - `valid/NAME.json` must load without errors, and without warnings unless a
//!   `valid/NAME.expected` says which (same rules).
// Native (or with the data compiled in): the built-in data is compared with the fixtures.
#![cfg(any(feature = "embedded-data", not(target_arch = "wasm32")))]

use std::path::{Path, PathBuf};

use gmg_widgets::data::{default_dataset, load, Report};
use gmg_widgets::model::{EventKind, Status};
use gmg_widgets::text::Lang;

fn fixtures(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The report as `gmg-widgets validate` prints it.
fn render(report: &Report) -> String {
    let mut out = String::new();
    for p in &report.problems {
        out.push_str(&format!("{p}\n"));
    }
    out.push_str(&report.summary());
    out
}

/// Checks `report` against the `.expected` text; returns a description of each mismatch.
fn check_expected(report: &Report, expected: &str) -> Vec<String> {
    let mut failures = Vec::new();
    let mut lines = expected.lines().filter(|l| !l.trim().is_empty());
    let first = lines.next().unwrap_or_default();
    let rendered = render(report);
    let expect_error = first.starts_with("error:");
    if report.is_valid() == expect_error {
        failures.push(format!(
            "expected the file to be {}",
            if expect_error { "invalid" } else { "valid" }
        ));
    }
    if report.dataset.is_some() != report.is_valid() {
        failures.push("the dataset must be present exactly when there is no error".into());
    }
    let actual = if expect_error {
        report.errors().next()
    } else {
        report.warnings().next()
    };
    let actual_first = actual
        .map(|p| p.to_string().lines().next().unwrap_or_default().to_string())
        .unwrap_or_default();
    if actual_first != first {
        failures.push(format!(
            "first line\n    expected: {first}\n    actual:   {actual_first}"
        ));
    }
    for line in lines {
        if !rendered.contains(line.trim()) {
            failures.push(format!("missing {:?}", line.trim()));
        }
    }
    if !failures.is_empty() {
        failures.push(format!("report:\n{rendered}"));
    }
    failures
}

#[test]
fn invalid_fixtures_report_the_expected_problems() {
    let files = fixtures("invalid");
    assert!(files.len() >= 18, "only {} invalid fixtures", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let expected = read(&path.with_extension("expected"));
        let report = load(&read(path));
        for f in check_expected(&report, &expected) {
            failures.push(format!("{}: {f}", path.display()));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn valid_fixtures_load() {
    let files = fixtures("valid");
    assert!(files.len() >= 3);
    for path in &files {
        let report = load(&read(path));
        let expected = path.with_extension("expected");
        if expected.exists() {
            let failures = check_expected(&report, &read(&expected));
            assert!(
                failures.is_empty(),
                "{}: {}",
                path.display(),
                failures.join("\n")
            );
        } else {
            assert!(
                report.problems.is_empty(),
                "{}:\n{}",
                path.display(),
                render(&report)
            );
        }
        assert!(report.dataset.is_some());
    }
}

#[test]
fn the_embedded_data_loads_without_errors() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/gmg.json");
    let report = load(&read(&path));
    assert!(report.is_valid(), "{}", render(&report));
    assert_eq!(*default_dataset(), report.dataset.unwrap());
}

#[test]
fn markup_in_texts_is_kept_as_plain_text() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/script-in-name.json");
    let dataset = load(&read(&path)).dataset.unwrap();
    let ilo = dataset.member("ilo").unwrap();
    assert_eq!(
        &*ilo.short_name.get(Lang::En),
        "<script>alert('x')</script>"
    );
    assert_eq!(&*ilo.name.get(Lang::En), "<b>ILO</b> & \"friends\"");
    assert_eq!(&*ilo.name.get(Lang::Ar), "منظمة العمل الدولية");
}

#[test]
fn the_full_fixture_decodes_every_field() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/full.json");
    let d = load(&read(&path)).dataset.unwrap();
    assert_eq!(
        d.updated.map(|u| u.to_string()).as_deref(),
        Some("2025-06-30")
    );
    assert!(d.membership_complete);
    assert!(d.group.name.exact(Lang::Fr).unwrap().needs_review);
    assert_eq!(d.members.len(), 5);
    let escap = d.member("escap").unwrap();
    assert_eq!(
        (escap.part_of.as_deref(), escap.rotates),
        (Some("regional-commissions"), false)
    );
    let t = &d.chair_terms[2];
    assert_eq!(t.on_behalf_of.as_deref(), Some("regional-commissions"));
    assert_eq!(
        t.term.end.map(|e| e.to_string()).as_deref(),
        Some("2015-12-31")
    );
    assert_eq!(t.provenance.status, Status::Inferred);
    assert!(t.provenance.note.is_some() && t.provenance.quote.is_some());
    let r = d.rotation.as_ref().unwrap();
    assert_eq!((r.term_months, &*r.first, r.skip.len()), (12, "ilo", 2));
    assert_eq!(r.provenance.source.as_deref(), Some("gmg-tor"));
    assert_eq!(d.events[0].kind, EventKind::Plan);
    assert_eq!(d.events[2].kind, EventKind::Milestone);
    assert!(d.events[1].description.is_some());
    assert!(d.streams[0].existed_before && d.streams[1].time_bound);
    assert_eq!(d.streams[1].parent.as_deref(), Some("workplan-2013"));
    assert_eq!(d.streams[2].provenance.status, Status::Projected);
    let o = &d.outcomes[0];
    assert_eq!(o.concerns.len(), 3);
    assert_eq!(o.document.symbol.as_deref(), Some("A/RES/68/4"));
    assert_eq!(o.document.paragraph.as_deref(), Some("32"));
    assert!(o.provenance.quote.is_some());
    assert_eq!(
        d.sources[0].link.as_deref(),
        Some("mailto:secretariat@example.org")
    );
}

#[test]
fn every_problem_is_found_in_one_pass_and_sorted() {
    let text = r#"{
  "version": 1,
  "group": {"name": {"fr": "Groupe"}, "short_name": ""},
  "members": [{"id": "A", "short_name": 1, "name": "x", "nmae": "y"}],
  "chair_terms": [{"id": "t", "member": "nobody", "from": "2014-02-30", "to": "2013"}],
  "streams": [{"id": "s", "kind": "other", "name": "S", "start": "2014", "parent": "p"}],
  "sources": [{"id": "src", "title": "T", "link": "ftp://example.org"}]
}"#;
    let report = load(text);
    let lines: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    let all = lines.join("\n");
    for want in [
        "group.name (line 3, column 21): there is no English text",
        "group.short_name (line 3, column 53): the text is empty",
        "members[0].id (line 4, column 22): 'A' is not a valid id",
        "members[0].short_name (line 4, column 41): expected a text",
        "warning: members[0].nmae (line 4, column 57): unknown field 'nmae' is ignored\n  hint: did you mean 'name'?",
        "chair_terms[0].member (line 5, column 41): there is no member with the id 'nobody'",
        "chair_terms[0].from (line 5, column 59): '2014-02-30' is not a valid date: day 30 does not exist in that month",
        "streams[0].kind (line 6, column 35): 'other' is not a stream kind",
        "streams[0].parent (line 6, column 84): there is no stream or plan with the id 'p'",
        "sources[0].link (line 7, column 51): links may only use https:, http: or mailto:, not 'ftp:'",
    ] {
        assert!(all.contains(want), "missing {want:?} in\n{all}");
    }
    let positions: Vec<(u32, u32)> = report.problems.iter().map(|p| (p.line, p.column)).collect();
    let mut sorted = positions.clone();
    sorted.sort();
    assert_eq!(positions, sorted);
    assert!(report.dataset.is_none());
}

//! The command line: exit codes and output formats (`required-features = ["cli"]`).

use std::path::PathBuf;
use std::process::{Command, Output};

use gmg_widgets::data::json::{self, Kind};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn run(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(env!("CARGO_BIN_EXE_gmg-widgets"))
        .args(args)
        .output()
        .unwrap();
    (
        status.code().unwrap_or(-1),
        String::from_utf8(stdout).unwrap(),
        String::from_utf8(stderr).unwrap(),
    )
}

fn run_str(args: &[&str]) -> (i32, String, String) {
    let args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
    run(&args)
}

fn validate(file: &str, extra: &[&str]) -> (i32, String, String) {
    let path = fixture(file);
    let mut args = vec![std::ffi::OsStr::new("validate"), path.as_os_str()];
    args.extend(extra.iter().map(std::ffi::OsStr::new));
    run(&args)
}

#[test]
fn help_and_usage_errors() {
    let (code, out, _) = run_str(&["--help"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("gmg-widgets validate FILE") && out.contains("Exit codes"),
        "{out}"
    );
    assert_eq!(run_str(&["validate", "--help"]).0, 0);
    for args in [
        &[][..],
        &["frobnicate"],
        &["validate"],
        &["validate", "a.json", "b.json"],
        &["validate", "x.json", "--colour", "red"],
    ] {
        let (code, _, err) = run_str(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains("gmg-widgets --help"), "{args:?}: {err}");
    }
    let (code, _, err) = validate("valid/full.json", &["--format", "xml"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown format 'xml'"), "{err}");
}

#[test]
fn validate_exit_codes() {
    let (code, out, _) = validate("valid/translated.json", &[]);
    assert_eq!((code, out.as_str()), (0, "0 errors, 0 warnings\n"));
    let (code, out, _) = validate("invalid/unknown-field.json", &[]);
    assert_eq!(code, 0, "warnings only: {out}");
    assert!(out.ends_with("0 errors, 6 warnings\n"), "{out}");
    let (code, out, _) = validate("invalid/bad-date.json", &[]);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "error: chair_terms[2].to (line 9, column 12): '2025-13-01' is not a valid date: month 13 does not exist (1 to 12)\n  \
         hint: write YYYY, YYYY-MM or YYYY-MM-DD\n1 error, 0 warnings\n"
    );
    let (code, _, err) = validate("does-not-exist.json", &[]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read"), "{err}");
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let (code, _, _) = run(&[std::ffi::OsStr::new("validate"), dir.as_os_str()]);
    assert_eq!(code, 2, "a directory is not readable as a file");
}

#[test]
fn validate_reports_invalid_utf8_with_its_position() {
    let path = std::env::temp_dir().join(format!("gmg-widgets-cli-{}.json", std::process::id()));
    std::fs::write(&path, b"{\n  \"version\": 1, \"x\": \"caf\xe9\"\n}").unwrap();
    let (code, out, _) = run(&[std::ffi::OsStr::new("validate"), path.as_os_str()]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(code, 1);
    assert!(
        out.starts_with("error: $ (line 2, column 26): the file is not valid UTF-8 text"),
        "{out}"
    );
}

#[test]
fn validate_json_output_is_parseable() {
    let (code, out, _) = validate("invalid/wrong-parent-kind.json", &["--format", "json"]);
    assert_eq!(code, 1);
    let value = json::parse(&out).unwrap_or_else(|e| panic!("{e}\n{out}"));
    let items: Vec<_> = value.as_array().unwrap().iter().collect();
    // Only errors: missing languages are reported once a file has none.
    assert_eq!(items.len(), 3);
    for item in &items {
        let keys: Vec<&str> = item.as_object().unwrap().iter().map(|m| &*m.key).collect();
        assert_eq!(
            keys,
            ["severity", "path", "line", "column", "message", "hint"]
        );
    }
    let first = items[0];
    assert_eq!(
        first.get("severity").and_then(|v| v.as_str()),
        Some("error")
    );
    assert_eq!(
        first.get("path").and_then(|v| v.as_str()),
        Some("outcomes[0].document.link")
    );
    assert_eq!(
        first.get("line").map(|v| &v.kind),
        Some(&Kind::Number("5".into()))
    );
    assert!(first
        .get("hint")
        .and_then(|v| v.as_str())
        .unwrap()
        .contains("\"https://"));
    let (code, out, _) = validate("valid/translated.json", &["--format=json"]);
    assert_eq!((code, out.as_str()), (0, "[]\n"));
}

#[test]
fn rotation_command() {
    let full = fixture("valid/full.json");
    let full = full.to_str().unwrap();
    let (code, out, _) = run_str(&["rotation", full, "--terms", "3"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("2014  ILO"), "{out}");
    let (code, out, _) = run_str(&["rotation", full, "--terms", "2", "--from", "2017"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("2017 ") && out.contains("\n2018 ") && !out.contains("2019 "),
        "{out}"
    );
    assert_eq!(run_str(&["rotation", full]).0, 2, "--terms is required");
    assert_eq!(run_str(&["rotation", full, "--terms", "many"]).0, 2);
    assert_eq!(
        run_str(&["rotation", full, "--terms", "2", "--from", "soon"]).0,
        2
    );
    let bad = fixture("invalid/bad-date.json");
    let (code, _, err) = run_str(&["rotation", bad.to_str().unwrap(), "--terms", "2"]);
    assert_eq!(code, 1);
    assert!(err.contains("1 error"), "{err}");
}

#[test]
fn review_lists_translations_awaiting_review_with_their_place() {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data/gmg.json");
    let (code, out, _) = run_str(&["review", data, "--lang", "fr"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    let summary = lines.last().expect("a summary line");
    let count: usize = summary.split(' ').next().unwrap().parse().unwrap();
    let entries: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| !l.starts_with("  en: "))
        .collect();
    assert_eq!(count, entries.len() - 1, "one line per translation");
    assert!(count > 0);
    assert!(
        entries.iter().take(count).all(|l| l.contains(".fr (line ")),
        "{out}"
    );
    // Each translation is followed by the English it translates.
    assert_eq!(lines.len() - 1, 2 * count, "{out}");
    assert!(
        out.contains("members[") && out.contains("  en: United Nations Population Fund"),
        "agency names can await review too: {out}"
    );
    let (_, ru, _) = run_str(&["review", data, "--lang", "ru"]);
    assert!(
        ru.contains("group.short_name.ru (line ") && ru.contains(": ГГМ\n  en: GMG"),
        "the group's name too: {ru}"
    );
    // An unknown language is refused.
    let (code, _, err) = run_str(&["review", data, "--lang", "de"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown language 'de'"), "{err}");
    // Official agency names are not marked: ILO's French name is not listed.
    assert!(
        !out.contains("Organisation internationale du Travail"),
        "{out}"
    );
}

#[test]
fn data_text_cannot_drive_the_terminal() {
    // Escape sequences (retitle, clear screen, a fake line), a C1 CSI and bidi controls, in
    // the names, in a translation awaiting review and in an unknown field's name.
    let text = r#"{"version": 1, "group": {"name": {"en": "G\u001b]0;owned\u0007", "fr": "G\u001b[2J\u001b[Hall checks passed\u009b31m", "needs_review": ["fr"]}, "short_name": "G"},
      "\u001b[2Kfield\u202e": 1,
      "members": [{"id": "m", "short_name": "M\u001b[31m", "name": "M"}],
      "chair_terms": [{"id": "t", "member": "m\u001b[1m", "from": "2014", "to": "2014"}]}"#;
    let dir = std::env::temp_dir().join(format!("gmg-cli-escapes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("escapes.json");
    std::fs::write(&file, text).unwrap();
    let f = file.to_str().unwrap();
    for args in [
        vec!["validate", f],
        vec!["validate", f, "--format", "json"],
        vec!["review", f],
        vec!["review", f, "--lang", "fr"],
    ] {
        let (code, out, err) = run_str(&args);
        assert!(code == 0 || code == 1, "{args:?}: {code} {err}");
        for (name, stream) in [("stdout", &out), ("stderr", &err)] {
            let bad: Vec<char> = stream
                .chars()
                .filter(|&c| {
                    (c.is_control() && c != '\n') || gmg_widgets::data::problem::is_bidi_control(c)
                })
                .collect();
            assert!(bad.is_empty(), "{args:?} {name} holds {bad:?}:\n{stream}");
        }
        if args[0] == "review" {
            assert!(out.contains("\\u{1b}[2J"), "{out}");
        }
    }
    let (code, _, err) = run_str(&["review", f, "--lang", "xx"]);
    assert_eq!(code, 2, "an unknown language is a usage error: {err}");
    assert!(err.contains("unknown language 'xx'"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn render_prints_the_widget_in_a_declarative_shadow_root() {
    let (code, out, err) = run_str(&["render", "--widget", "chairs", "--lang", "fr"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with(
            "<gmg-chairs lang=\"fr\"><template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"gmg-widgets.css\"><div part=\"root\"><div lang=\"fr\""
        ),
        "{out}"
    );
    assert!(
        out.trim_end().ends_with("</template></gmg-chairs>"),
        "{out}"
    );
    // Positions are in the markup, as the live widget writes them.
    assert!(
        out.contains("class=\"gmg-item") && out.contains(" data-s=\""),
        "{out}"
    );
    let (code, fragment, _) = run_str(&[
        "render", "--widget", "chairs", "--lang", "fr", "--format", "fragment",
    ]);
    assert_eq!(code, 0);
    assert!(
        out.contains(fragment.trim_end()),
        "the element holds the fragment"
    );
    let (_, page, _) = run_str(&[
        "render",
        "--widget",
        "outcomes",
        "--lang",
        "ar",
        "--today",
        "2014-06-01",
        "--css",
        "https://cdn.example/g.css?a=1&b=2",
        "--format",
        "page",
    ]);
    assert!(
        page.starts_with("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">"),
        "{page}"
    );
    assert!(
        page.contains("<gmg-outcomes lang=\"ar\" today=\"2014-06-01\">"),
        "{page}"
    );
    assert!(
        page.contains("href=\"https://cdn.example/g.css?a=1&amp;b=2\""),
        "{page}"
    );
}

#[test]
fn render_with_data_carries_it_inline_and_escapes_it() {
    let dir = std::env::temp_dir().join(format!("gmg-render-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("hostile.json");
    std::fs::write(
        &file,
        r#"{"version": 1, "group": {"name": "G</script><script>alert(1)</script>", "short_name": "G"},
  "members": [{"id": "x", "short_name": "<img src=x onerror=alert(1)>", "name": "X"}],
  "chair_terms": [{"id": "t1", "member": "x", "from": "2014", "to": "2014"}]}"#,
    )
    .unwrap();
    let path = file.to_string_lossy().into_owned();
    let (code, out, err) = run_str(&[
        "render", "--widget", "chairs", "--lang", "en", "--data", &path,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        !out.contains("<img") && !out.contains("<script>alert"),
        "{out}"
    );
    assert_eq!(
        out.matches("<script").count(),
        1,
        "only the data element: {out}"
    );
    assert!(
        out.contains("<script type=\"application/json\">{\"version\": 1,"),
        "{out}"
    );
    let (_, with_src, _) = run_str(&[
        "render", "--widget", "chairs", "--lang", "en", "--data", &path, "--src", "gmg.json",
    ]);
    assert!(
        with_src.starts_with("<gmg-chairs lang=\"en\" src=\"gmg.json\">")
            && !with_src.contains("<script")
    );
    // Broken data: the widget shows the errors, stderr lists them, the exit code is 1.
    std::fs::write(&file, "{\"version\": 1,").unwrap();
    let (code, out, err) = run_str(&[
        "render", "--widget", "chairs", "--lang", "en", "--data", &path,
    ]);
    assert_eq!(code, 1);
    assert!(
        out.contains("role=\"alert\"") && err.contains("line 1"),
        "{out}\n{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn render_usage_errors() {
    for args in [
        &["render", "--lang", "fr"][..],
        &["render", "--widget", "chair", "--lang", "fr"],
        &["render", "--widget", "chairs", "--lang", "de"],
        &[
            "render", "--widget", "chairs", "--lang", "fr", "--today", "June",
        ],
        &[
            "render", "--widget", "chairs", "--lang", "fr", "--format", "pdf",
        ],
        &["render", "--widget", "chairs", "--lang", "fr", "data.json"],
        &[
            "render",
            "--widget",
            "chairs",
            "--lang",
            "fr",
            "--data",
            "/nonexistent/x.json",
        ],
    ] {
        let (code, out, err) = run_str(args);
        assert_eq!(code, 2, "{args:?}: {out}");
        assert!(err.starts_with("gmg-widgets: "), "{args:?}: {err}");
    }
}

#[test]
fn prerender_writes_the_stylesheet_and_every_fragment() {
    let dir = std::env::temp_dir().join(format!("gmg-prerender-{}", std::process::id()));
    let (code, out, err) = run_str(&["prerender", &dir.to_string_lossy()]);
    assert_eq!(code, 0, "{err}");
    // 4 widgets, 6 languages, 9 widths.
    assert!(out.starts_with("216 fragments"), "{out}");
    let css = std::fs::read_to_string(dir.join("gmg-widgets.css")).unwrap();
    assert_eq!(css, gmg_widgets::prerender::shipped_css());
    let read = |w: u32| {
        std::fs::read_to_string(dir.join(format!("fragments/work-streams.zh.{w}.html"))).unwrap()
    };
    let fragment = read(64);
    assert!(
        fragment.starts_with("<div part=\"root\"><div lang=\"zh\""),
        "{fragment}"
    );
    // Each width is its own layout: the list names no year on its (hidden) axis, and the
    // 40 rem lanes cluster what the 80 rem ones show one by one.
    let (list, narrow, wide) = (read(0), read(40), read(80));
    let years = |f: &str| f.matches("class=\"gmg-tick gmg-major\"").count();
    assert!(
        years(&list) <= 1 && years(&wide) > years(&narrow),
        "axis ticks"
    );
    let clusters = |f: &str| f.matches("gmg-cluster").count();
    assert!(
        clusters(&narrow) > clusters(&wide),
        "{} {}",
        clusters(&narrow),
        clusters(&wide)
    );
    // `render --width` writes the same markup; a width the live widget never uses is refused.
    let (code, rendered, _) = run_str(&[
        "render",
        "--widget",
        "work-streams",
        "--lang",
        "zh",
        "--format",
        "fragment",
        "--width",
        "40",
    ]);
    assert_eq!((code, rendered.trim_end()), (0, narrow.as_str()));
    let (code, _, err) = run_str(&[
        "render", "--widget", "chairs", "--lang", "en", "--width", "50",
    ]);
    assert_eq!(code, 2, "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn review_without_a_file_lists_the_interface_strings_awaiting_review() {
    let (code, out, _) = run_str(&["review", "--lang", "ar"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    let summary = lines.last().expect("a summary line");
    let count: usize = summary.split(' ').next().unwrap().parse().unwrap();
    assert!(
        summary.ends_with("interface strings awaiting review"),
        "{summary}"
    );
    assert!(count > 50, "{out}");
    // Each string, with its key and language, is followed by the English it translates.
    assert_eq!(lines.len() - 1, 2 * count, "{out}");
    assert!(
        out.contains("interface.CurrentChair.ar: ") && out.contains("\n  en: Current chair\n"),
        "{out}"
    );
    assert!(lines
        .iter()
        .step_by(2)
        .take(count)
        .all(|l| l.starts_with("interface.") && l.contains(".ar: ")));
    // English is the source text: it never awaits review.
    let (_, en, _) = run_str(&["review", "--lang", "en"]);
    assert_eq!(en.trim(), "0 interface strings awaiting review");
    let (code, _, err) = run_str(&["review", "--lang", "xx"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown language 'xx'"), "{err}");
}

#[test]
fn a_reader_that_goes_away_does_not_make_the_program_panic() {
    // As in `gmg-widgets review --lang ar | head -1`: the pipe is closed before the output is
    // written. The output is dropped; the exit code is still the command's own.
    for args in [
        vec!["review", "--lang", "ar"],
        vec![
            "validate",
            concat!(env!("CARGO_MANIFEST_DIR"), "/data/gmg.json"),
        ],
    ] {
        // The reading end is closed before the program starts, so every write fails.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = Command::new(env!("CARGO_BIN_EXE_gmg-widgets"))
            .args(&args)
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    }
}

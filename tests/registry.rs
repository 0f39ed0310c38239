//! Every list of widgets outside the registry (`src/widgets.rs`) says what the registry says:
//! adding a widget kind there makes this test name each file that still has to follow.

use std::fs;
use std::path::Path;

use gmg_widgets::widgets::{DOCUMENTED, WIDGETS};

fn read(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

fn codes() -> Vec<&'static str> {
    WIDGETS.iter().map(|w| w.code).collect()
}

/// The quoted strings of the first `[...]` after `marker` in `text`.
fn quoted_list(text: &str, marker: &str, path: &str) -> Vec<String> {
    let at = text
        .find(marker)
        .unwrap_or_else(|| panic!("{path}: no {marker:?}"));
    let rest = &text[at + marker.len()..];
    let list = &rest[..rest.find(']').unwrap_or(rest.len())];
    list.split(['\'', '"'])
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_element_module_lists_the_registry() {
    let js = read("js/widgets.js");
    assert_eq!(
        quoted_list(&js, "export const WIDGETS = [", "js/widgets.js"),
        codes(),
        "js/widgets.js WIDGETS"
    );
}

#[test]
fn the_manifest_and_the_declarations_name_every_element_and_class() {
    let manifest = read("custom-elements.json");
    let dts = read("npm/index.d.ts");
    let union: Vec<String> = codes().iter().map(|c| format!("'{c}'")).collect();
    assert!(
        dts.contains(&format!("export type WidgetName = {};", union.join(" | "))),
        "npm/index.d.ts: WidgetName is {}",
        union.join(" | ")
    );
    for (w, (class, shows)) in WIDGETS.iter().zip(DOCUMENTED) {
        let tag = format!("gmg-{}", w.code);
        for needle in [
            format!("\"tagName\": \"{tag}\""),
            format!("\"name\": \"{class}\""),
            format!("\"name\": \"{tag}\""),
        ] {
            assert!(manifest.contains(&needle), "custom-elements.json: {needle}");
        }
        for needle in [
            format!("/** <{tag}>: {shows}. */"),
            format!("export declare class {class} extends GmgWidget {{}}"),
            format!("'{tag}': {class};"),
        ] {
            assert!(dts.contains(&needle), "npm/index.d.ts: {needle}");
        }
    }
    let tags = manifest.matches("\"tagName\": \"gmg-").count();
    assert_eq!(
        tags,
        WIDGETS.len(),
        "custom-elements.json: one tagName per widget"
    );
}

#[test]
fn the_documentation_and_the_demo_list_every_widget() {
    let readme = read("README.md");
    let generator_html = read("www/generator.html");
    let generator = read("www/generator.js");
    let gallery = read("www/index.html");
    let editor = read("www/editor.html");
    let workbench = read("js/workbench.js");
    let cli = read("src/main.rs");
    let usage = format!("--widget {} --lang", codes().join("|"));
    assert!(cli.contains(&usage), "src/main.rs, the help: {usage}");
    for (w, (_, shows)) in WIDGETS.iter().zip(DOCUMENTED) {
        let tag = format!("gmg-{}", w.code);
        let row = format!("| `<{tag}>` | {shows} |");
        assert!(readme.contains(&row), "README.md, Elements: {row}");
        let option = format!("<option value=\"{}\"", w.code);
        assert!(
            generator_html.contains(&option),
            "www/generator.html: {option}"
        );
        assert!(
            generator.contains(&format!("'{}':", w.code))
                || generator.contains(&format!(" {}:", w.code)),
            "www/generator.js NAMES: {}",
            w.code
        );
        assert!(
            gallery.contains(&format!("<{tag} ")),
            "www/index.html shows <{tag}>"
        );
        assert!(editor.contains(&option), "www/editor.html: {option}");
        assert!(
            workbench.contains(&format!("'{}':", w.code))
                || workbench.contains(&format!(" {}:", w.code)),
            "js/workbench.js WIDGET_NAMES: {}",
            w.code
        );
    }
    let rows = readme.matches("| `<gmg-").count();
    assert_eq!(
        rows,
        WIDGETS.len(),
        "README.md: one Elements row per widget"
    );
}

#[test]
fn every_list_of_languages_is_the_six_of_the_interface() {
    let langs: Vec<&str> = gmg_widgets::text::Lang::ALL
        .iter()
        .map(|l| l.code())
        .collect();
    for path in ["js/assets.js", "js/workbench-json.js", "www/fallback.js"] {
        assert_eq!(
            quoted_list(&read(path), "export const LANGS = [", path),
            langs,
            "{path}: LANGS"
        );
    }
    for path in ["www/index.html", "www/editor.html", "www/generator.html"] {
        let html = read(path);
        for lang in &langs {
            let option = format!("<option value=\"{lang}\"");
            assert!(html.contains(&option), "{path}: {option}");
        }
    }
}

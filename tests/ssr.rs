//! Server-side rendering snapshots: the markup, ARIA and escaping of each widget, natively.
//! `UPDATE_SNAPSHOTS=1 cargo test --features ssr --test ssr` rewrites the files in
//! tests/snapshots/ after an intended change; review the diff before committing.

use std::rc::Rc;

use gmg_widgets::components::{Loaded, Widget, WidgetKind, WidgetProps};
use gmg_widgets::date::PartialDate;
use gmg_widgets::text::Lang;
use yew::LocalServerRenderer;

async fn render(kind: WidgetKind, lang: Lang, data: Loaded, today: &str) -> String {
    let props = WidgetProps {
        kind,
        lang,
        today: PartialDate::parse(today).ok(),
        data: Rc::new(data),
        on_select: Default::default(),
        selected: None,
        id_prefix: "gmg".into(),
        load_error: None,
        saved_on: None,
    };
    LocalServerRenderer::<Widget>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// Compares with tests/snapshots/NAME.html, one element per line so that diffs read well.
fn snapshot(name: &str, html: &str) {
    let pretty = html.replace("><", ">\n<") + "\n";
    let path = format!("{}/tests/snapshots/{name}.html", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &pretty).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no snapshot {path}; run with UPDATE_SNAPSHOTS=1"));
    assert!(
        expected == pretty,
        "snapshot {name} differs; run with UPDATE_SNAPSHOTS=1 and review:\n{pretty}"
    );
}

const HOSTILE: &str = r#"{
  "version": 1,
  "group": {"name": "Group <script>alert(1)</script>", "short_name": "G"},
  "members": [{"id": "x", "short_name": "<img src=x onerror=alert(1)>", "name": "X & \"Y\""}],
  "chair_terms": [{"id": "t1", "member": "x", "from": "2014", "to": "2014"}]
}"#;

#[tokio::test]
async fn chairs_on_default_data() {
    let html = render(
        WidgetKind::Chairs,
        Lang::En,
        Loaded::default_data(),
        "2014-06-01",
    )
    .await;
    for name in ["ESCAP", "IOM", "ILO", "UN Women", "World Bank"] {
        assert!(html.contains(name), "{name} missing");
    }
    snapshot("chairs-default-en", &html);
}

#[tokio::test]
async fn hostile_labels_come_out_escaped() {
    let html = render(
        WidgetKind::Chairs,
        Lang::En,
        Loaded::from_text(HOSTILE),
        "2014-06-01",
    )
    .await;
    assert!(
        !html.contains("<img"),
        "markup in data must not become markup: {html}"
    );
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{html}"
    );
}

#[tokio::test]
async fn broken_data_renders_the_errors_with_their_place() {
    let html = render(
        WidgetKind::Chairs,
        Lang::En,
        Loaded::from_text("{\"version\": 1,"),
        "2014",
    )
    .await;
    assert!(html.contains("role=\"alert\""), "{html}");
    assert!(html.contains("line 1"), "{html}");
}

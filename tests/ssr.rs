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
        today: PartialDate::parse(today).ok(),
        ..WidgetProps::new(kind, lang, Rc::new(data))
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

#[tokio::test]
async fn the_error_heading_counts_every_error_not_only_those_listed() {
    // 150 chair terms naming members that do not exist, one a year: 150 errors, of which the
    // first ones are listed and the rest counted in one last line.
    let terms: Vec<String> = (0..150)
        .map(|i| {
            let year = 1800 + i;
            format!(r#"{{"id": "t{i}", "member": "nobody-{i}", "from": "{year}", "to": "{year}"}}"#)
        })
        .collect();
    let text = format!(
        r#"{{"version": 1, "group": {{"name": "G", "short_name": "G"}}, "members": [], "chair_terms": [{}]}}"#,
        terms.join(",")
    );
    let loaded = Loaded::from_text(&text);
    assert_eq!(loaded.error_count, 150);
    let listed = loaded.problems.iter().filter(|p| p.is_error()).count();
    assert!(listed <= 101, "{listed} listed");
    let html = render(WidgetKind::Chairs, Lang::En, loaded, "2015").await;
    assert!(
        html.contains("Errors in the timeline data (150):"),
        "{html}"
    );
    assert!(html.contains("more not listed"), "{html}");
}

const ENGLISH_ONLY: &str = r#"{
  "version": 1,
  "group": {"name": "Global Migration Group", "short_name": "GMG"},
  "members": [{"id": "unw", "short_name": "UN Women", "name": "UN Women"}],
  "chair_terms": [{"id": "t1", "member": "unw", "from": "2015", "to": "2015"}]
}"#;

const KINDS: [WidgetKind; 4] = [
    WidgetKind::Chairs,
    WidgetKind::WorkStreams,
    WidgetKind::Outcomes,
    WidgetKind::Timeline,
];

/// The opening tags of `html` that carry a `lang` attribute, the root's excepted.
fn tags_with_lang(html: &str) -> Vec<&str> {
    html.split('<')
        .skip(2)
        .filter_map(|t| t.split('>').next())
        .filter(|t| t.contains(" lang=\""))
        .collect()
}

#[tokio::test]
async fn arabic_is_rtl_and_text_that_fell_back_carries_its_lang_and_dir() {
    let html = render(
        WidgetKind::Timeline,
        Lang::Ar,
        Loaded::default_data(),
        "2014-06-01",
    )
    .await;
    assert!(
        html.starts_with("<div lang=\"ar\" dir=\"rtl\""),
        "{}",
        &html[..80]
    );
    for tag in tags_with_lang(&html) {
        assert!(tag.contains(" dir=\""), "fallback without dir: <{tag}>");
    }
    // Names given in English only are shown in Arabic marked lang="en" dir="ltr".
    let english_only = Loaded::from_text(ENGLISH_ONLY);
    let html = render(WidgetKind::Chairs, Lang::Ar, english_only, "2015-06-01").await;
    let marked = tags_with_lang(&html);
    assert!(marked.len() >= 2, "{html}");
    for tag in &marked {
        assert!(
            tag.contains(" dir=\"ltr\"") || tag.contains(" dir=\"rtl\""),
            "fallback without dir: <{tag}>"
        );
    }
    // Names are isolated from the Arabic around them.
    assert!(
        html.contains("<bdi lang=\"en\" dir=\"ltr\" class=\"gmg-label\">UN Women</bdi>"),
        "{html}"
    );
    snapshot(
        "chairs-default-ar",
        &render(
            WidgetKind::Chairs,
            Lang::Ar,
            Loaded::default_data(),
            "2014-06-01",
        )
        .await,
    );
}

#[tokio::test]
async fn every_widget_in_every_language_shows_interface_text_from_i18n_only() {
    use gmg_widgets::i18n::{t, Msg};
    for kind in KINDS {
        for lang in Lang::ALL {
            let html = render(kind, lang, Loaded::default_data(), "2014-06-01").await;
            assert!(html.contains(&format!("lang=\"{}\"", lang.code())));
            assert!(
                html.contains("class=\"gmg-legend\""),
                "{kind:?} {lang:?}: a legend"
            );
            if lang == Lang::En {
                continue;
            }
            // No English interface string is left in another language's widget.
            for msg in Msg::ALL {
                let en = t(Lang::En, msg);
                if en == t(lang, msg) || en.contains('{') {
                    continue;
                }
                assert!(
                    !html.contains(&format!(">{en}<")),
                    "{kind:?} {lang:?}: English {en:?} ({msg:?}) shown"
                );
            }
            // Every fallback is marked with both lang and dir.
            for tag in tags_with_lang(&html) {
                assert!(tag.contains(" dir=\""), "{kind:?} {lang:?}: <{tag}>");
            }
        }
    }
}

#[tokio::test]
async fn a_failed_source_says_why_and_what_is_shown_instead() {
    use gmg_widgets::components::LoadError;
    let props = |saved_on: Option<PartialDate>| WidgetProps {
        load_error: Some((
            LoadError::NotFound,
            "https://partner.example/gmg.json".into(),
        )),
        saved_on,
        ..WidgetProps::new(
            WidgetKind::Chairs,
            Lang::Fr,
            Rc::new(Loaded::default_data()),
        )
    };
    let html = LocalServerRenderer::<Widget>::with_props(props(None))
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains("https://partner.example/gmg.json"), "{html}");
    assert!(
        html.contains("données intégrées au widget (mises à jour le 2 décembre 2026)"),
        "{html}"
    );
    assert!(
        html.contains("OIT"),
        "the data stays visible under the message: {html}"
    );

    let html =
        LocalServerRenderer::<Widget>::with_props(props(PartialDate::parse("2026-11-02").ok()))
            .hydratable(false)
            .render()
            .await;
    assert!(html.contains("2 novembre 2026"), "{html}");
    assert!(!html.contains("intégrées"), "{html}");
}

/// A small dataset whose every visible text tries to become markup.
const SMALL_HOSTILE: &str = r#"{
  "version": 1,
  "group": {"name": "G", "short_name": "G"},
  "members": [{"id": "m", "short_name": "M<script>alert(1)</script>", "name": "M"}],
  "chair_terms": [{"id": "t1", "member": "m", "from": "2014", "to": "2014"}],
  "events": [
    {"id": "plan", "kind": "plan", "name": "Plan <b>bold</b>", "date": "2013", "end": "2015"},
    {"id": "e1", "kind": "meeting", "name": "Meeting <script>alert(2)</script>", "date": "2013-10-03"}
  ],
  "streams": [{"id": "s1", "kind": "task_force", "name": "Stream <script>alert(3)</script>", "start": "2013", "parent": "plan"}],
  "outcomes": [{"id": "o1", "date": "2013-10-03", "title": "Outcome <script>alert(4)</script>",
    "document": {"symbol": "A/RES/<i>", "paragraph": "32", "title": "Doc <script>"}, "concerns": ["s1", "t1"],
    "quote": "\"</blockquote><script>alert(5)</script>\""}]
}"#;

const NAMED_KINDS: [(WidgetKind, &str); 4] = [
    (WidgetKind::Chairs, "chairs"),
    (WidgetKind::WorkStreams, "work-streams"),
    (WidgetKind::Outcomes, "outcomes"),
    (WidgetKind::Timeline, "timeline"),
];

#[tokio::test]
async fn every_widget_on_default_data_and_on_a_small_fixture() {
    let small = Loaded::from_text(SMALL_HOSTILE);
    assert!(!small.has_errors(), "{:?}", small.problems);
    for (kind, name) in NAMED_KINDS {
        let html = render(kind, Lang::En, Loaded::default_data(), "2014-06-01").await;
        snapshot(&format!("{name}-default-en"), &html);
        let html = render(kind, Lang::En, small.clone(), "2014-06-01").await;
        assert!(
            !html.contains("<script"),
            "{name}: markup in data became markup:\n{html}"
        );
        assert!(
            !html.contains("<b>") && !html.contains("<i>"),
            "{name}: {html}"
        );
        assert!(
            html.contains("&lt;script&gt;alert("),
            "{name}: the text is kept, escaped"
        );
        snapshot(&format!("{name}-small-en"), &html);
    }
}

#[tokio::test]
async fn an_invalid_source_keeps_the_built_in_data_with_one_sentence_in_each_language() {
    use gmg_widgets::components::LoadError;
    let props = |lang: Lang, details: Vec<&str>| WidgetProps {
        load_error: Some((
            LoadError::Invalid,
            "https://partner.example/gmg.json".into(),
        )),
        details: details.into_iter().map(|d| d.to_owned().into()).collect(),
        ..WidgetProps::new(WidgetKind::Chairs, lang, Rc::new(Loaded::default_data()))
    };
    let sentences = [
        (Lang::En, "This site’s timeline data could not be used."),
        (Lang::Fr, "n’ont pas pu être utilisées"),
        (Lang::Es, "No se pudieron usar los datos"),
        (Lang::Ru, "Не удалось использовать данные"),
        (Lang::Zh, "无法使用本网站提供的时间轴数据"),
        (Lang::Ar, "تعذر استخدام بيانات المخطط الزمني"),
    ];
    for (lang, sentence) in sentences {
        let html = LocalServerRenderer::<Widget>::with_props(props(lang, vec![]))
            .hydratable(false)
            .render()
            .await;
        assert!(html.contains(sentence), "{lang:?}: {html}");
        // The visitor is not shown the maintainer's details nor the URL.
        assert!(!html.contains("partner.example"), "{lang:?}: {html}");
        assert!(!html.contains("gmg-maintainer"), "{lang:?}: {html}");
        assert!(
            html.matches("class=\"gmg-item").count() > 3,
            "the built-in chairs stay: {html}"
        );
    }
    let html = LocalServerRenderer::<Widget>::with_props(props(
        Lang::Fr,
        vec!["line 3, column 12: chair_terms[0].from: not a date"],
    ))
    .hydratable(false)
    .render()
    .await;
    assert!(
        html.contains("line 3, column 12: chair_terms[0].from: not a date"),
        "with debug the details are shown: {html}"
    );
}

#[tokio::test]
async fn a_fixed_today_is_said_in_the_widget() {
    let data = || Loaded::default_data();
    let html = render(WidgetKind::Chairs, Lang::En, data(), "2014-06-01").await;
    assert!(html.contains("As of 1 June 2014"), "{html}");
    let html = render(WidgetKind::Outcomes, Lang::Fr, data(), "2014-06-01").await;
    assert!(html.contains("Situation au 1er juin 2014"), "{html}");
    let html = render(WidgetKind::Chairs, Lang::En, data(), "").await;
    assert!(
        !html.contains("gmg-as-of"),
        "no line when today is the visitor's: {html}"
    );
}

#[tokio::test]
async fn each_widget_names_itself_and_says_how_current_its_data_is() {
    let props = |lang: Lang, today: &str, heading: Option<&str>, level: u8, src: Option<&str>| {
        WidgetProps {
            today: PartialDate::parse(today).ok(),
            heading: heading.map(Into::into),
            heading_level: level,
            src: src.map(Into::into),
            // Data from `src` when there is one (here the same text as the built-in data).
            ..WidgetProps::new(
                WidgetKind::Chairs,
                lang,
                Rc::new(match src {
                    Some(_) => Loaded::from_text(gmg_widgets::data::DEFAULT_JSON),
                    None => Loaded::default_data(),
                }),
            )
        }
    };
    let render = |p: WidgetProps| async {
        LocalServerRenderer::<Widget>::with_props(p)
            .hydratable(false)
            .render()
            .await
    };
    // The default heading names the group, in each language.
    let en = render(props(Lang::En, "2014-06-01", None, 2, None)).await;
    assert!(en.contains(r#"class="gmg-title">GMG chairs</h2>"#), "{en}");
    assert!(
        en.contains("Source: data built into gmg-widgets · data updated"),
        "{en}"
    );
    assert!(!en.contains("gmg-stale"), "2014 is inside the data");
    let ru = render(props(Lang::Ru, "2014-06-01", None, 2, None)).await;
    assert!(ru.contains("ГГМ: председатели</h2>"), "{ru}");
    // The page's heading and level; the group headings and details one level under.
    let own = render(props(Lang::En, "2014-06-01", Some("Who chaired"), 3, None)).await;
    assert!(
        own.contains(r#"<h3 id="gmg-title" class="gmg-title">Who chaired</h3>"#),
        "{own}"
    );
    // Today after the data's last date is said; a web address is the linked source.
    let late = render(props(
        Lang::En,
        "2026-01-01",
        None,
        2,
        Some("https://partner.example/gmg.json"),
    ))
    .await;
    assert!(
        late.contains("The data records nothing after 31 December 2018."),
        "{late}"
    );
    assert!(
        late.contains(r#"href="https://partner.example/gmg.json""#),
        "{late}"
    );
}

//! The JSON Schema (`schema/gmg.schema.json`) and the decoder must describe the same format:
//! same objects, same fields (in the same order), same required fields, same enumerations.

use gmg_widgets::data::decode::{known_fields, required_fields};
use gmg_widgets::data::json::{self, Value};
use gmg_widgets::model::{EventKind, Status, StreamKind};
use gmg_widgets::text::Lang;

fn schema() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/schema/gmg.schema.json"
    ))
    .unwrap();
    json::parse(&text).unwrap_or_else(|e| panic!("schema/gmg.schema.json: {e}"))
}

/// The schema of kind `kind`: the root for the top level, `$defs/<kind>` otherwise.
fn object_schema<'a>(schema: &'a Value, kind: &str) -> &'a Value {
    if kind == "dataset" {
        return schema;
    }
    schema
        .get("$defs")
        .and_then(|d| d.get(kind))
        .unwrap_or_else(|| panic!("no $defs/{kind} in the schema"))
}

fn keys(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_object)
        .map(|m| m.iter().map(|m| m.key.to_string()).collect())
        .unwrap_or_default()
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn fields_match_the_decoder() {
    let schema = schema();
    let defs = keys(schema.get("$defs"));
    for (kind, fields) in known_fields() {
        let object = object_schema(&schema, kind);
        let props = keys(object.get("properties"));
        assert_eq!(
            props,
            fields.to_vec(),
            "properties of {kind}: schema vs decode::known_fields()"
        );
        let mut required = strings(object.get("required"));
        required.sort();
        let (_, want) = required_fields().iter().find(|(k, _)| k == kind).unwrap();
        let mut want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        want.sort();
        assert_eq!(
            required, want,
            "required fields of {kind}: schema vs decode::required_fields()"
        );
        assert!(kind == &"dataset" || defs.contains(&kind.to_string()));
    }
    // Every object with properties in $defs is a kind the decoder knows.
    for def in &defs {
        let has_props = object_schema(&schema, def).get("properties").is_some();
        assert!(
            !has_props || known_fields().iter().any(|(k, _)| k == def),
            "$defs/{def} is unknown to the decoder"
        );
    }
}

#[test]
fn every_ref_resolves() {
    fn walk(v: &Value, defs: &[String], path: &str) {
        if let Some(r) = v.get("$ref").and_then(Value::as_str) {
            let name = r
                .strip_prefix("#/$defs/")
                .unwrap_or_else(|| panic!("{path}: odd $ref {r}"));
            assert!(
                defs.iter().any(|d| d == name),
                "{path}: $ref {r} does not resolve"
            );
        }
        if let Some(members) = v.as_object() {
            for m in members {
                walk(&m.value, defs, &format!("{path}/{}", m.key));
            }
        }
        if let Some(items) = v.as_array() {
            for (i, item) in items.iter().enumerate() {
                walk(item, defs, &format!("{path}/{i}"));
            }
        }
    }
    let schema = schema();
    walk(&schema, &keys(schema.get("$defs")), "#");
    assert_eq!(
        schema.get("$schema").and_then(Value::as_str),
        Some("https://json-schema.org/draft/2020-12/schema")
    );
}

#[test]
fn enumerations_match_the_model() {
    let schema = schema();
    let enum_of = |kind: &str, field: &str| {
        let prop = object_schema(&schema, kind)
            .get("properties")
            .and_then(|p| p.get(field))
            .unwrap();
        let prop = match prop.get("$ref").and_then(Value::as_str) {
            Some(r) => object_schema(&schema, r.trim_start_matches("#/$defs/")),
            None => prop,
        };
        strings(prop.get("enum"))
    };
    let codes = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        enum_of("stream", "kind"),
        codes(&StreamKind::ALL.map(StreamKind::code))
    );
    let events = [
        EventKind::Meeting,
        EventKind::Decision,
        EventKind::Milestone,
        EventKind::Plan,
    ];
    assert_eq!(
        enum_of("event", "kind"),
        codes(&events.map(EventKind::code))
    );
    let statuses = Status::ALL;
    for kind in [
        "chair_term",
        "rotation",
        "earlier_rule",
        "successor",
        "stream",
        "event",
        "outcome",
    ] {
        assert_eq!(
            enum_of(kind, "status"),
            codes(&statuses.map(Status::code)),
            "{kind}.status"
        );
    }
    assert_eq!(enum_of("rotation", "order"), codes(&["alphabetical"]));
    let langs = codes(&Lang::ALL.map(Lang::code));
    assert_eq!(strings(object_schema(&schema, "lang").get("enum")), langs);
    let text_langs: Vec<String> = keys(object_schema(&schema, "text").get("properties"))
        .into_iter()
        .filter(|k| k != "needs_review")
        .collect();
    assert_eq!(text_langs, langs);
}

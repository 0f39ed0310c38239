//! `gmg-widgets`: the command line of the GMG widgets (feature `cli`).
//!
//! - `gmg-widgets validate FILE [--format json]` checks a data file; exit code 0 when it is
//!   valid (warnings allowed), 1 when it has errors, 2 when it cannot be read or the command
//!   is wrong.
//! - `gmg-widgets rotation FILE --terms N [--from YYYY]` prints the chair rotation.
//! - `gmg-widgets review FILE [--lang LL]` lists the translations awaiting review.
//! - `gmg-widgets render --widget W --lang LL [--data FILE] [--today D]` prints a widget
//!   pre-rendered: an element with a declarative shadow root that shows with no script.
//! - `gmg-widgets prerender DIR` writes the shipped stylesheet and the fragment of every
//!   widget in every language and width step for the built-in data (the build's step).

use std::ffi::OsString;
use std::process::ExitCode;

use std::rc::Rc;

use gmg_widgets::components::{Loaded, WidgetKind, WidgetProps};
use gmg_widgets::data::{self, json, rotation, Problem, Report};
use gmg_widgets::date::PartialDate;
use gmg_widgets::i18n::{self, Msg};
use gmg_widgets::prerender;
use gmg_widgets::text::Lang;
use gmg_widgets::view;

const HELP: &str = "\
gmg-widgets: check and explore a Global Migration Group data file (format version 1)

Usage:
  gmg-widgets validate FILE [--format text|json]
      Check FILE and list every problem with its JSON path, line, column and a hint.
      --format json prints the problems as a JSON array of objects with the fields
      severity, path, line, column, message and hint.
  gmg-widgets rotation FILE --terms N [--from YYYY]
      Print N terms of the chair rotation projected from FILE's rotation rule, starting
      with the term that includes the year YYYY when --from is given.
  gmg-widgets review [FILE] [--lang ar|zh|en|fr|ru|es]
      List the translations that the file marks as awaiting a language unit's review
      (\"needs_review\"), with their JSON path, line and text, each followed by the
      English it translates; --lang keeps one language (an unknown one is an error).
      Without FILE, list the widgets' own interface strings awaiting review, the same way.
  gmg-widgets render --widget chairs|work-streams|outcomes|timeline --lang ar|zh|en|fr|ru|es
                     [--data FILE] [--src URL] [--today YYYY[-MM[-DD]]] [--css URL]
                     [--format element|fragment|page] [--width REM]
      Print the widget as the live one draws it, positions included, for pages that must
      show it with no script (readable, printable, indexable): an element whose declarative
      shadow root links the stylesheet CSS (default gmg-widgets.css: host pkg/gmg-widgets.css
      and give its URL). With the element module on the page, the WebAssembly takes it over.
      --data renders FILE (else the built-in data); the element then carries the data
      inline, or --src URL as its src. --format fragment prints the shadow root's content
      only; page a whole HTML document around the element. --width lays it out for an
      element REM wide (0: the narrow list; 0, 40, 44, 48, 52, 56, 64, 72 or 80, the widths
      the live widget lays out for, default 57): the WebAssembly takes it over unchanged
      where the element's width rounds down to that one.
  gmg-widgets prerender DIR
      Write DIR/gmg-widgets.css and DIR/fragments/WIDGET.LANG.WIDTH.html, the built-in
      data's fragments of every widget in every language (without a fixed today) for each
      width the live widget lays out for (0, 40, 44, 48, 52, 56, 64, 72, 80 rem).
  gmg-widgets --help | --version

Exit codes:
  0  the file is valid (warnings are allowed)
  1  the file has errors
  2  the file cannot be read, or the command is wrong
";

/// `print!` that never panics: when the reader has gone (`gmg-widgets validate F | head`) the
/// rest of the output is dropped and the program still ends with its own exit code.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// `println!` that never panics (see [`out!`]).
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// `eprintln!` that never panics (see [`out!`]).
macro_rules! errln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

/// A failure that ends the program with exit code 2.
struct Usage(String);

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    match run(&args) {
        Ok(code) => ExitCode::from(code),
        Err(Usage(message)) => {
            errln!("gmg-widgets: {message}");
            errln!("Try 'gmg-widgets --help'.");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[OsString]) -> Result<u8, Usage> {
    let first = args
        .first()
        .map(|a| a.to_string_lossy().into_owned())
        .unwrap_or_default();
    let rest = args.get(1..).unwrap_or(&[]);
    match first.as_str() {
        "" => Err(Usage(
            "missing command: validate, rotation, review, render or prerender".into(),
        )),
        "-h" | "--help" | "help" => {
            out!("{HELP}");
            Ok(0)
        }
        "-V" | "--version" => {
            outln!(
                "gmg-widgets {} (data format version {})",
                env!("CARGO_PKG_VERSION"),
                gmg_widgets::model::SCHEMA_VERSION
            );
            Ok(0)
        }
        "validate" => validate(rest),
        "rotation" => rotation(rest),
        "review" => review(rest),
        "render" => render(rest),
        "prerender" => prerender_all(rest),
        other => Err(Usage(format!("unknown command '{other}'"))),
    }
}

/// The file argument and the `--name value` options of a subcommand.
struct Parsed {
    file: Option<OsString>,
    options: Vec<(String, String)>,
    help: bool,
}

fn parse_args(args: &[OsString], known: &[&str]) -> Result<Parsed, Usage> {
    let mut parsed = Parsed {
        file: None,
        options: Vec::new(),
        help: false,
    };
    let mut i = 0;
    while let Some(arg) = args.get(i) {
        i += 1;
        let text = arg.to_string_lossy();
        if text == "-h" || text == "--help" {
            parsed.help = true;
        } else if let Some(name) = text.strip_prefix("--") {
            let (name, value) = match name.split_once('=') {
                Some((n, v)) => (n.to_string(), v.to_string()),
                None => {
                    let value = args
                        .get(i)
                        .ok_or_else(|| Usage(format!("--{name} needs a value")))?;
                    i += 1;
                    (name.to_string(), value.to_string_lossy().into_owned())
                }
            };
            if !known.contains(&name.as_str()) {
                return Err(Usage(format!("unknown option '--{name}'")));
            }
            parsed.options.push((name, value));
        } else if parsed.file.is_none() {
            parsed.file = Some(arg.clone());
        } else {
            return Err(Usage(format!("unexpected argument '{text}'")));
        }
    }
    Ok(parsed)
}

impl Parsed {
    fn option(&self, name: &str) -> Option<&str> {
        self.options
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Reads and loads the file; a file that is not UTF-8 is an error located in the file.
    fn load(&self) -> Result<Report, Usage> {
        let file = self
            .file
            .as_ref()
            .ok_or_else(|| Usage("missing FILE".into()))?;
        let bytes = std::fs::read(file)
            .map_err(|e| Usage(format!("cannot read {}: {e}", file.to_string_lossy())))?;
        Ok(match String::from_utf8(bytes) {
            Ok(text) => data::load(&text),
            Err(e) => {
                let valid = e
                    .as_bytes()
                    .get(..e.utf8_error().valid_up_to())
                    .unwrap_or(&[]);
                let valid = String::from_utf8_lossy(valid);
                let line = valid.matches('\n').count() + 1;
                let column = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                let problem = Problem::error(
                    "$",
                    u32::try_from(line).unwrap_or(u32::MAX),
                    u32::try_from(column).unwrap_or(u32::MAX),
                    "the file is not valid UTF-8 text",
                    "save the file with the UTF-8 encoding",
                );
                Report {
                    problems: vec![problem],
                    ..Report::default()
                }
            }
        })
    }
}

fn validate(args: &[OsString]) -> Result<u8, Usage> {
    let parsed = parse_args(args, &["format"])?;
    if parsed.help {
        out!("{HELP}");
        return Ok(0);
    }
    let json_format = match parsed.option("format") {
        None | Some("text") => false,
        Some("json") => true,
        Some(other) => return Err(Usage(format!("unknown format '{other}': use text or json"))),
    };
    let report = parsed.load()?;
    if json_format {
        out!("{}", problems_json(&report.problems));
    } else {
        for p in &report.problems {
            outln!("{}", terminal_safe(&p.to_string()));
        }
        outln!("{}", report.summary());
    }
    Ok(if report.is_valid() { 0 } else { 1 })
}

/// The problems as a JSON array, one object per line.
fn problems_json(problems: &[Problem]) -> String {
    let mut out = String::from("[");
    for (i, p) in problems.iter().enumerate() {
        out.push_str(if i == 0 { "\n  " } else { ",\n  " });
        out.push_str("{\"severity\": ");
        json::write_string(&mut out, p.severity.code());
        out.push_str(", \"path\": ");
        json::write_string(&mut out, &p.path);
        out.push_str(&format!(
            ", \"line\": {}, \"column\": {}, \"message\": ",
            p.line, p.column
        ));
        json::write_string(&mut out, &p.message);
        out.push_str(", \"hint\": ");
        json::write_string(&mut out, &p.hint);
        out.push('}');
    }
    out.push_str(if problems.is_empty() { "]\n" } else { "\n]\n" });
    out
}

/// The most terms projected while looking for those after `--from`.
const MAX_TERMS: usize = 10_000;

fn rotation(args: &[OsString]) -> Result<u8, Usage> {
    let parsed = parse_args(args, &["terms", "from"])?;
    if parsed.help {
        out!("{HELP}");
        return Ok(0);
    }
    let terms = parsed
        .option("terms")
        .ok_or_else(|| Usage("missing --terms N".into()))?;
    let count = terms
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=MAX_TERMS).contains(n))
        .ok_or_else(|| {
            Usage(format!(
                "--terms needs a number from 1 to {MAX_TERMS}, not '{terms}'"
            ))
        })?;
    let from = match parsed.option("from") {
        None => None,
        Some(y) => Some(
            PartialDate::parse(y).map_err(|e| Usage(format!("--from '{y}' is not a date: {e}")))?,
        ),
    };
    let report = parsed.load()?;
    let Some(dataset) = report.dataset.as_ref().filter(|_| report.is_valid()) else {
        for p in &report.problems {
            errln!("{}", terminal_safe(&p.to_string()));
        }
        errln!("{}", report.summary());
        return Ok(1);
    };
    let projection = match from {
        None => rotation::project(dataset, count),
        Some(from) => {
            // Project more and more terms until `count` of them reach `from` (or it stops).
            let after = from.first_day();
            let mut asked = count;
            loop {
                let mut p = rotation::project(dataset, asked);
                let complete = p.terms.len() == asked;
                let kept: Vec<_> = p
                    .terms
                    .iter()
                    .filter(|t| t.term.last_day().is_none_or(|d| d >= after))
                    .take(count)
                    .cloned()
                    .collect();
                if kept.len() == count || !complete || asked >= MAX_TERMS {
                    if kept.len() == count {
                        p.stopped = None;
                    }
                    p.terms = kept;
                    break p;
                }
                asked = (asked * 2).min(MAX_TERMS);
            }
        }
    };
    out!(
        "{}",
        terminal_safe(&rotation::describe(dataset, &projection))
    );
    Ok(0)
}

/// Lists every translation marked `needs_review`, walking the JSON itself so that each one
/// comes with its path and line, as the maintainers will look for it in the file.
fn review(args: &[OsString]) -> Result<u8, Usage> {
    let parsed = parse_args(args, &["lang"])?;
    if parsed.help {
        out!("{HELP}");
        return Ok(0);
    }
    let only = parsed.option("lang");
    if let Some(code) = only.filter(|c| !Lang::ALL.iter().any(|l| l.code() == *c)) {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        return Err(Usage(format!(
            "unknown language '{}': use one of {}",
            terminal_safe(code),
            codes.join(", ")
        )));
    }
    let Some(file) = parsed.file.as_ref() else {
        review_interface(only);
        return Ok(0);
    };
    let text = std::fs::read_to_string(file)
        .map_err(|e| Usage(format!("cannot read {}: {e}", file.to_string_lossy())))?;
    let root = json::parse(&text).map_err(|e| {
        Usage(format!(
            "{} is not valid JSON (line {}): {}",
            file.to_string_lossy(),
            e.pos.line,
            e.message
        ))
    })?;
    let mut found = 0;
    walk_review(&root, "$", only, &mut found);
    outln!("{found} translations awaiting review");
    Ok(0)
}

/// Lists the interface strings awaiting review (see `i18n::awaiting_review`), each with the
/// English it translates, in the form `review FILE` uses for the data's own texts.
fn review_interface(only: Option<&str>) {
    let mut found = 0;
    for lang in Lang::ALL
        .into_iter()
        .filter(|l| only.is_none_or(|o| o == l.code()))
    {
        for msg in Msg::ALL
            .into_iter()
            .filter(|m| i18n::awaiting_review(lang, *m))
        {
            found += 1;
            outln!("interface.{msg:?}.{}: {}", lang.code(), i18n::t(lang, msg));
            outln!("  en: {}", i18n::t(Lang::En, msg));
        }
    }
    outln!("{found} interface strings awaiting review");
}

fn walk_review(v: &json::Value, path: &str, only: Option<&str>, found: &mut usize) {
    if let Some(members) = v.as_object() {
        let langs: Vec<&str> = v
            .get("needs_review")
            .and_then(json::Value::as_array)
            .map(|a| a.iter().filter_map(json::Value::as_str).collect())
            .unwrap_or_default();
        for lang in langs.into_iter().filter(|l| only.is_none_or(|o| o == *l)) {
            if let Some(t) = v.get(lang) {
                *found += 1;
                outln!(
                    "{} (line {}): {}",
                    terminal_safe(&format!("{path}.{lang}")),
                    t.pos.line,
                    terminal_safe(t.as_str().unwrap_or(""))
                );
                // The English beside it, so that the reviewer can compare.
                if let Some(en) = v.get("en").and_then(json::Value::as_str) {
                    outln!("  en: {}", terminal_safe(en));
                }
            }
        }
        for m in members {
            let child = if path == "$" {
                m.key.to_string()
            } else {
                format!("{path}.{}", m.key)
            };
            walk_review(&m.value, &child, only, found);
        }
    } else if let Some(items) = v.as_array() {
        for (i, item) in items.iter().enumerate() {
            walk_review(item, &format!("{path}[{i}]"), only, found);
        }
    }
}

/// `text` as it may go to a terminal: control characters other than line breaks (escape
/// sequences could retitle or clear the terminal, or print a fake "all checks passed") and
/// bidi controls (which reorder what follows) are written as `\u{1b}`.
fn terminal_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if (c.is_control() && c != '\n') || gmg_widgets::data::problem::is_bidi_control(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// The properties the live widget gets from the element module for these options.
fn widget_props(
    kind: WidgetKind,
    lang: Lang,
    today: Option<PartialDate>,
    data: Loaded,
    width: u32,
) -> WidgetProps {
    WidgetProps {
        today,
        width,
        ..WidgetProps::new(kind, lang, Rc::new(data))
    }
}

fn render(args: &[OsString]) -> Result<u8, Usage> {
    let parsed = parse_args(
        args,
        &[
            "widget", "lang", "data", "src", "today", "css", "format", "width",
        ],
    )?;
    if parsed.help {
        out!("{HELP}");
        return Ok(0);
    }
    if let Some(file) = &parsed.file {
        return Err(Usage(format!(
            "unexpected argument '{}': give the data file with --data FILE",
            file.to_string_lossy()
        )));
    }
    let codes: Vec<&str> = WidgetKind::ALL.iter().map(|k| k.code()).collect();
    let widget = parsed
        .option("widget")
        .ok_or_else(|| Usage(format!("missing --widget {}", codes.join("|"))))?;
    let kind = WidgetKind::from_code(widget).ok_or_else(|| {
        Usage(format!(
            "unknown widget '{widget}': use {}",
            codes.join(", ")
        ))
    })?;
    let lang_tag = parsed
        .option("lang")
        .ok_or_else(|| Usage("missing --lang ar|zh|en|fr|ru|es".into()))?;
    let lang = Lang::from_tag(lang_tag).ok_or_else(|| {
        Usage(format!(
            "unknown language '{lang_tag}': use ar, zh, en, fr, ru or es"
        ))
    })?;
    let today = match parsed.option("today") {
        None => None,
        Some(d) => Some(
            PartialDate::parse(d)
                .map_err(|e| Usage(format!("--today '{d}' is not a date: {e}")))?,
        ),
    };
    let format = parsed.option("format").unwrap_or("element");
    if !["element", "fragment", "page"].contains(&format) {
        return Err(Usage(format!(
            "unknown format '{format}': use element, fragment or page"
        )));
    }
    let width = match parsed.option("width") {
        None => view::DEFAULT_WIDTH,
        Some(w) => w
            .parse()
            .ok()
            .filter(|w| *w == view::DEFAULT_WIDTH || view::WIDTHS.contains(w))
            .ok_or_else(|| {
                Usage(format!(
                    "--width '{w}': use 0, 40, 44, 48, 52, 56, 64, 72 or 80 (rem)"
                ))
            })?,
    };
    let (loaded, text, code) = match parsed.option("data") {
        None => (Loaded::default_data(), None, 0),
        Some(file) => {
            let text = std::fs::read_to_string(file)
                .map_err(|e| Usage(format!("cannot read {file}: {e}")))?;
            let loaded = Loaded::from_text(&text);
            // The widget shows the errors, as the live one would; the exit code says so too.
            for p in loaded.problems.iter() {
                errln!("{}", terminal_safe(&p.to_string()));
            }
            let code = if loaded.has_errors() { 1 } else { 0 };
            (loaded, Some(text), code)
        }
    };
    let root = prerender::render_root_now(widget_props(kind, lang, today, loaded, width));
    if format == "fragment" {
        return emit(&root).map(|()| code);
    }
    let today_text = parsed.option("today").unwrap_or_default();
    let mut attrs = vec![("lang", lang.code())];
    if !today_text.is_empty() {
        attrs.push(("today", today_text));
    }
    let src = parsed.option("src");
    if let Some(src) = src {
        attrs.push(("src", src));
    }
    // Without a src, the data the markup shows goes inline, so that the WebAssembly taking
    // the element over draws the same.
    let light = match (&text, src) {
        (Some(text), None) => format!(
            "<script type=\"application/json\">{}</script>",
            prerender::escape_script_json(text)
        ),
        _ => String::new(),
    };
    let css = parsed.option("css").unwrap_or(prerender::CSS_FILE);
    let element = prerender::element(&format!("gmg-{}", kind.code()), &attrs, css, &root, &light);
    if format == "page" {
        emit(&format!(
            "<!doctype html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>GMG {}</title>\n</head>\n<body>\n{element}\n</body>\n</html>",
            lang.code(),
            lang.dir(),
            kind.code()
        ))?;
    } else {
        emit(&element)?;
    }
    Ok(code)
}

/// Prints `text` and a newline; a closed pipe (`| head`) is an error, not a panic.
fn emit(text: &str) -> Result<(), Usage> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}")
        .and_then(|()| out.flush())
        .map_err(|e| Usage(format!("cannot write the output: {e}")))
}

fn prerender_all(args: &[OsString]) -> Result<u8, Usage> {
    let parsed = parse_args(args, &[])?;
    if parsed.help {
        out!("{HELP}");
        return Ok(0);
    }
    let dir = std::path::PathBuf::from(
        parsed
            .file
            .as_ref()
            .ok_or_else(|| Usage("missing DIR".into()))?,
    );
    let write = |path: std::path::PathBuf, text: &str| {
        std::fs::write(&path, text)
            .map_err(|e| Usage(format!("cannot write {}: {e}", path.display())))
    };
    let fragments = dir.join("fragments");
    std::fs::create_dir_all(&fragments)
        .map_err(|e| Usage(format!("cannot create {}: {e}", fragments.display())))?;
    write(dir.join(prerender::CSS_FILE), &prerender::shipped_css())?;
    let mut count = 0;
    for kind in WidgetKind::ALL {
        for lang in Lang::ALL {
            for width in view::WIDTHS {
                let props = widget_props(kind, lang, None, Loaded::default_data(), width);
                let root = prerender::render_root_now(props);
                write(
                    fragments.join(prerender::fragment_name(kind, lang, width)),
                    &root,
                )?;
                count += 1;
            }
        }
    }
    // The interface text of each language but English (compiled into the visitor's wasm), as
    // the packs the element module fetches for a widget in that language.
    let strings = dir.join("strings");
    std::fs::create_dir_all(&strings)
        .map_err(|e| Usage(format!("cannot create {}: {e}", strings.display())))?;
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        write(
            strings.join(format!("{}.json", lang.code())),
            &gmg_widgets::i18n::packs::write_pack(lang),
        )?;
    }
    outln!(
        "{count} fragments in {}, stylesheet {}, interface packs in {}",
        fragments.display(),
        dir.join(prerender::CSS_FILE).display(),
        strings.display()
    );
    Ok(0)
}

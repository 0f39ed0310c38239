//! Browser glue (feature `csr`): the handle that JavaScript uses to mount, update and destroy
//! a widget. The custom elements themselves are a small JS module (`js/gmg-widgets.js`),
//! because wasm-bindgen cannot subclass `HTMLElement`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::{AppHandle, AttrValue, Callback, Renderer};

use crate::components::{LoadError, Loaded, Widget, WidgetKind, WidgetProps};
use crate::data::ReadTexts;
use crate::date::PartialDate;
use crate::text::Lang;

/// An app whose widget was destroyed, kept for the next mount with the element it renders in.
struct IdleApp {
    root: Element,
    app: AppHandle<Widget>,
}

thread_local! {
    /// Apps waiting to be used again. Yew 0.23 never frees the event listeners it puts on an
    /// app's root element, nor the root they hold: a new app per mount would leave one
    /// detached element and its listeners behind for every mount, for the life of the page.
    /// Reusing apps bounds that by the most widgets mounted at once (an idle app renders
    /// nothing, so the pool at rest costs less than the page at its peak).
    static IDLE: RefCell<Vec<IdleApp>> = const { RefCell::new(Vec::new()) };
    /// The number of the last mount (see [`WidgetProps::mount`]).
    static MOUNTS: Cell<u64> = const { Cell::new(0) };
    /// The data texts read last and what they hold: every widget showing one text (the
    /// built-in data file, or one source shared by several widgets, or a source the element
    /// module has just validated) shares one dataset, read once.
    static READ: RefCell<ReadTexts> = const { RefCell::new(ReadTexts::new()) };
}

/// What `text` holds (as the built-in data when `built_in`), read once for every widget and
/// for `validate`.
pub(crate) fn read_text(text: &str, built_in: bool) -> (Rc<str>, Rc<Loaded>) {
    READ.with(|read| read.borrow_mut().read(text, built_in))
}

/// A mounted widget. Dropping it (or calling `destroy`, or `free` from JS) tears the app down.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<AppHandle<Widget>>,
    /// The element the app renders in, a child of the mount point.
    root: Element,
    mount_point: Element,
    props: WidgetProps,
    /// The text `props.data` was read from (shared with [`BUILT_IN`] for the built-in data).
    data_text: Option<Rc<str>>,
    /// The kind shown, shared with the selection callback for `detail.widget`.
    kind: Rc<Cell<WidgetKind>>,
}

/// The options object JavaScript passes, read leniently: unknown keys are ignored and a
/// missing key keeps its default, so that old embeds keep working as options are added.
struct Options(JsValue);

impl Options {
    fn string(&self, key: &str) -> Option<String> {
        Reflect::get(&self.0, &JsValue::from_str(key))
            .ok()?
            .as_string()
    }

    fn number(&self, key: &str) -> Option<f64> {
        Reflect::get(&self.0, &JsValue::from_str(key))
            .ok()?
            .as_f64()
    }

    fn flag(&self, key: &str) -> bool {
        Reflect::get(&self.0, &JsValue::from_str(key))
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
    }
}

fn emit(target: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        // A listener that throws must not take the widget down with it.
        let _ = target.dispatch_event(&event);
    }
}

impl WidgetHandle {
    fn apply(&mut self, options: &JsValue) -> Result<(), JsError> {
        if !options.is_object() {
            return Err(JsError::new("gmg-widgets: options must be an object"));
        }
        let options = Options(options.clone());
        if let Some(kind) = options.string("widget") {
            self.props.kind = WidgetKind::from_code(&kind).ok_or_else(|| {
                JsError::new(&format!(
                    "gmg-widgets: unknown widget '{kind}'; expected chairs, work-streams, outcomes or timeline"
                ))
            })?;
            self.kind.set(self.props.kind);
        }
        if let Some(lang) = options.string("lang") {
            self.props.lang = Lang::from_tag(&lang).unwrap_or(Lang::En);
        }
        if let Some(today) = options.string("today") {
            self.props.today = PartialDate::parse(&today).ok();
        }
        // `heading` and `headingLevel` are sent on every update: empty means the default.
        if let Some(heading) = options.string("heading") {
            self.props.heading = (!heading.trim().is_empty()).then(|| heading.into());
        }
        if let Some(level) = options.string("headingLevel") {
            self.props.heading_level = match level.trim() {
                "1" => 1,
                "3" => 3,
                "4" => 4,
                "5" => 5,
                "6" => 6,
                _ => 2,
            };
        }
        // The data's address (absolute), for the footer; absent: built-in or inline data.
        self.props.src = options
            .string("src")
            .filter(|s| !s.is_empty())
            .map(AttrValue::from);
        // The element's width in rem as the element module measured and quantised it.
        if let Some(width) = options.number("width") {
            self.props.width = width as u32;
        }
        if let Some(id) = options.string("selected") {
            self.props.selected = Some(id.into());
        }
        if let Some(prefix) = options.string("idPrefix") {
            self.props.id_prefix = prefix.into();
        }
        // `error` and `savedOn` are replaced as a pair on every update: absent means none.
        self.props.load_error = options
            .string("error")
            .and_then(|code| LoadError::from_code(&code))
            .map(|e| {
                // The message's {0}: the status for a server error, else the address.
                let key = if e == LoadError::Server {
                    "status"
                } else {
                    "src"
                };
                (e, options.string(key).unwrap_or_default().into())
            });
        self.props.saved_on = options
            .string("savedOn")
            .and_then(|d| PartialDate::parse(&d).ok());
        // The maintainer's details, one per line; the loader sends them only under `debug`.
        self.props.details = options
            .string("details")
            .map(|d| d.lines().map(|l| AttrValue::from(l.to_owned())).collect())
            .unwrap_or_default();
        if let Some(text) = options.string("data") {
            // `builtIn`: the text is the built-in data file (`gmg-data.json`) the element
            // module fetched: read once for all widgets, and a failed source says it shows it.
            let built_in_now = options.flag("builtIn");
            if self.data_text.as_deref() != Some(text.as_str())
                || self.props.data.built_in != built_in_now
            {
                let (text, loaded) = read_text(&text, built_in_now);
                self.props.data = loaded;
                self.data_text = Some(text);
            }
        }
        Ok(())
    }
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Mounts a widget on `mount_point` (an empty element: mounting clears it). `options`:
    /// `{widget, lang, today, data, builtIn, selected, idPrefix, error, src, savedOn, details, width}` where
    /// `data` is the JSON text of a dataset (`builtIn: true` when it is the built-in data file;
    /// absent: the data compiled in with the feature `embedded-data`, else none). Selecting an item
    /// dispatches a bubbling, composed `gmg-select` event with `detail: {id, widget}`.
    pub fn mount(mount_point: Element, options: &JsValue) -> Result<WidgetHandle, JsError> {
        let target = mount_point.clone();
        let kind = Rc::new(Cell::new(WidgetKind::Chairs));
        let shown = kind.clone();
        let on_select = Callback::from(move |id: AttrValue| {
            let detail = Object::new();
            let _ = Reflect::set(&detail, &"id".into(), &JsValue::from_str(&id));
            let _ = Reflect::set(
                &detail,
                &"widget".into(),
                &JsValue::from_str(shown.get().code()),
            );
            emit(&target, "gmg-select", &detail);
        });
        let idle = IDLE.with(|idle| idle.borrow_mut().pop());
        let root = match &idle {
            Some(idle) => idle.root.clone(),
            None => mount_point
                .owner_document()
                .and_then(|d| d.create_element("div").ok())
                .ok_or_else(|| JsError::new("gmg-widgets: the mount point is in no document"))?,
        };
        let mount = MOUNTS.with(|m| {
            m.set(m.get() + 1);
            m.get()
        });
        let mut handle = WidgetHandle {
            app: None,
            root,
            mount_point,
            props: WidgetProps {
                kind: WidgetKind::Chairs,
                lang: Lang::En,
                today: None,
                #[cfg(feature = "embedded-data")]
                data: Rc::new(Loaded::default_data()),
                #[cfg(not(feature = "embedded-data"))]
                data: Rc::new(Loaded::empty()),
                on_select,
                selected: None,
                id_prefix: AttrValue::Static("gmg"),
                load_error: None,
                saved_on: None,
                details: Rc::from(Vec::new()),
                mount,
                idle: false,
                heading: None,
                heading_level: 2,
                src: None,
                width: crate::view::DEFAULT_WIDTH,
            },
            data_text: None,
            kind,
        };
        if let Err(e) = handle.apply(options) {
            // Bad options: the idle app goes back to the pool, unused.
            if let Some(idle) = idle {
                IDLE.with(|pool| pool.borrow_mut().push(idle));
            }
            return Err(e);
        }
        // Mounting clears the mount point (as Yew's own mount does).
        handle
            .mount_point
            .replace_children_with_node_1(&handle.root);
        let props = handle.props.clone();
        handle.app = Some(match idle {
            Some(mut idle) => {
                idle.app.update(props);
                idle.app
            }
            None => Renderer::<Widget>::with_root_and_props(handle.root.clone(), props).render(),
        });
        Ok(handle)
    }

    /// Applies new options in place (only the keys given change).
    pub fn update(&mut self, options: &JsValue) -> Result<(), JsError> {
        self.apply(options)?;
        let props = self.props.clone();
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
        Ok(())
    }

    /// Forgets the app without touching the DOM, for a mount point another script has
    /// altered: Yew's own teardown would insert and remove nodes that are no longer where it
    /// left them (and panic). The element module then mounts a fresh widget beside it. Leaks
    /// the app's few kilobytes, once per such event.
    pub fn abandon(&mut self) {
        if let Some(app) = self.app.take() {
            std::mem::forget(app);
        }
    }

    /// Tears the widget down and empties its mount point. Calling it twice is harmless.
    pub fn destroy(&mut self) {
        if let Some(mut app) = self.app.take() {
            // The app renders nothing and waits, detached, for the next mount.
            app.update(WidgetProps {
                idle: true,
                ..self.props.clone()
            });
            self.root.remove();
            IDLE.with(|idle| {
                idle.borrow_mut().push(IdleApp {
                    root: self.root.clone(),
                    app,
                })
            });
        }
    }
}

impl Drop for WidgetHandle {
    fn drop(&mut self) {
        self.destroy();
    }
}

/// The sentence a widget shows, in `lang`, when the page embeds it wrongly (an unknown kind):
/// the element module writes it where no widget can be mounted.
#[wasm_bindgen(js_name = setupMessage)]
pub fn setup_message(lang: &str) -> String {
    let lang = Lang::from_tag(lang).unwrap_or(Lang::En);
    crate::i18n::t(lang, crate::i18n::Msg::ErrSetup).to_owned()
}

/// Installs the interface text of the language `tag` names from its pack's `text` (the file
/// `strings/LANG.json` the element module fetched). Widgets drawn afterwards in that language
/// use it; before, or when this fails, their interface is English. Throws (nothing installed)
/// for a pack that is not this version's. Where all six languages are compiled in (a wasm
/// built without `fetched-langs`), it checks the pack and installs nothing.
#[wasm_bindgen(js_name = installStrings)]
pub fn install_strings(tag: &str, text: &str) -> Result<(), JsError> {
    let lang = Lang::from_tag(tag)
        .filter(|l| *l != Lang::En)
        .ok_or_else(|| JsError::new("gmg-widgets: no interface pack for this language"))?;
    let strings = crate::i18n::packs::parse_pack(text)
        .map_err(|e| JsError::new(&format!("gmg-widgets: interface pack {e}")))?;
    #[cfg(feature = "fetched-langs")]
    crate::i18n::packs::install(lang, strings);
    #[cfg(not(feature = "fetched-langs"))]
    let _ = (lang, strings);
    Ok(())
}

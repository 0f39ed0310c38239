// TypeScript declarations for gmg-widgets: the JS API (mount, define, load), its options, the
// custom elements and their events.

/** The four widgets: <gmg-chairs>, <gmg-work-streams>, <gmg-outcomes>, <gmg-timeline>. */
export type WidgetName = 'chairs' | 'work-streams' | 'outcomes' | 'timeline';

/** The six UN languages; any other tag falls back to English. */
export type Lang = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';

/** The widget names, in the order of the elements. */
export declare const WIDGETS: readonly WidgetName[];

/** Options for `mount()` and `update()`; every key is optional. */
export interface MountOptions {
  /** Which widget (default 'chairs'). */
  widget?: WidgetName;
  /** URL of a data file (JSON, data format v1), fetched once per page; relative to the page. */
  src?: string;
  /** The JSON text of a dataset (used when `src` is absent; default: the data compiled in). */
  data?: string;
  /** Language (default: the element's nearest `lang`, else the page's, else 'en'). */
  lang?: Lang | (string & {});
  /** 'YYYY-MM-DD': fixes "today" (the current chair) for archived pages. */
  today?: string;
  /** Id of the item to select initially. */
  selected?: string;
  /** Milliseconds to wait for `src` before showing the saved copy or an error (default 10000). */
  timeout?: number | string;
  /** Reflect the selected item in the page's URL fragment (#gmg-<id>=<item>) and restore it. */
  deepLink?: boolean;
  /** Show the maintainer's details (file, line, path, message) of unusable data in the widget. */
  debug?: boolean;
  /** The widget's heading, in place of the one naming the group ("GMG chairs", ...). */
  heading?: string;
  /** 1 to 6: the level of the widget's heading (default 2). */
  headingLevel?: number | string;
}

/** What `mount()` returns. */
export interface WidgetController {
  /** Applies new options (merged into the current ones). */
  update(options: MountOptions): void;
  /** Tears the widget down and empties its shadow root. */
  destroy(): void;
}

/** Mounts a widget on `element` (it gets an open shadow root with `<div part="root">`). */
export declare function mount(element: Element, options?: MountOptions): WidgetController;

/** Registers the four elements in `registry` (default: the page's); idempotent. */
export declare function define(registry?: CustomElementRegistry): void;

/** What the script tag (and `gmg-widgets/define`) does: define() and mount every
 * `<div data-gmg-widget>`, also those added later; once per page. */
export declare function start(): void;

/** Instantiates the wasm (once per page); resolves to the widgets' shared stylesheet. */
export declare function load(): Promise<CSSStyleSheet>;

/** The maintainer's tools, a second wasm loaded on demand: the full validator and the built-in data text. */
export declare function tools(): Promise<typeof import('./gmg_tools.js')>;

/** `detail` of the bubbling, composed `gmg-select` event: the selected item and the widget. */
export interface GmgSelectDetail { id: string; widget: WidgetName }

/** `detail` of the bubbling, composed `gmg-error` event. */
export interface GmgErrorDetail {
  /** 'wasm' (WebAssembly did not start), 'not-found', 'timeout', 'network', 'invalid' (data). */
  kind: 'wasm' | 'not-found' | 'timeout' | 'network' | 'invalid' | (string & {});
  /** The data URL concerned ('' when none). */
  src: string;
  /** The first problem, in English; for 'invalid', also `path`, `line`, `column` and `problems`. */
  message: string;
  /** For 'invalid': the JSON path of the first error. */
  path?: string;
  /** For 'invalid': its line and column (1-based). */
  line?: number;
  column?: number;
  /** For 'invalid': every error (at most 50), each with its path, line, column, message and hint. */
  problems?: { path: string; line: number; column: number; message: string; hint: string }[];
}

export interface GmgWidgetEventMap extends HTMLElementEventMap {
  'gmg-select': CustomEvent<GmgSelectDetail>;
  'gmg-error': CustomEvent<GmgErrorDetail>;
}

/**
 * The base class of the four elements. Attributes: src, lang, today, timeout, deep-link, debug, heading, heading-level.
 * CSS custom properties: --gmg-font, --gmg-text, --gmg-muted, --gmg-bg, --gmg-surface,
 * --gmg-accent, --gmg-confirmed, --gmg-projected, --gmg-inferred, --gmg-current, --gmg-focus,
 * --gmg-row. Part: root.
 */
export declare class GmgWidget extends HTMLElement {
  static readonly observedAttributes: string[];
  addEventListener<K extends keyof GmgWidgetEventMap>(type: K, listener: (this: GmgWidget, ev: GmgWidgetEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof GmgWidgetEventMap>(type: K, listener: (this: GmgWidget, ev: GmgWidgetEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** <gmg-chairs>: who chaired the GMG when, with the chairs the rotation rule projects. */
export declare class GmgChairsElement extends GmgWidget {}
/** <gmg-work-streams>: working groups, task forces and work-plan streams as lanes over time. */
export declare class GmgWorkStreamsElement extends GmgWidget {}
/** <gmg-outcomes>: the outcomes of the 2013 High-level Dialogue. */
export declare class GmgOutcomesElement extends GmgWidget {}
/** <gmg-timeline>: chairs, work streams and outcomes on one axis. */
export declare class GmgTimelineElement extends GmgWidget {}

declare global {
  interface HTMLElementTagNameMap {
    'gmg-chairs': GmgChairsElement;
    'gmg-work-streams': GmgWorkStreamsElement;
    'gmg-outcomes': GmgOutcomesElement;
    'gmg-timeline': GmgTimelineElement;
  }
  interface HTMLElementEventMap {
    'gmg-select': CustomEvent<GmgSelectDetail>;
    'gmg-error': CustomEvent<GmgErrorDetail>;
  }
}

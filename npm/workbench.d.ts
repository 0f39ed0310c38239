/** The GMG support team's data workbench (open, edit by form or as text, check, translate, diff, save). */
export interface WorkbenchOptions {
  /** URL of the published data file to compare with; default: the data built into the widgets. */
  published?: string;
  /** The localStorage key under which the draft is kept (default "gmg-workbench:draft"). */
  storageKey?: string;
  /** The preview's date, YYYY-MM-DD (default "2014-06-01", like the demo's gallery). */
  today?: string;
}

export interface Workbench {
  /** The data file's text as it stands in the workbench. */
  readonly text: string;
  /** Replaces the text (checked, previewed and kept as the draft). */
  setText(text: string): Promise<void>;
}

/** Builds the workbench inside `root`; resolves when it is ready. */
export function workbench(root: HTMLElement, options?: WorkbenchOptions): Promise<Workbench>;

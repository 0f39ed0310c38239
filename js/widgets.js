// The widget kinds, as the Rust registry (src/widgets.rs `WIDGETS`) lists them; a native
// test (tests/registry.rs) checks this list and every other copy against it.
export const WIDGETS = ['chairs', 'work-streams', 'outcomes', 'timeline'];
/** The elements and divs that hold widgets, for counting them in page order. */
export const SELECTOR = WIDGETS.map((w) => `gmg-${w}`).join() + ',[data-gmg-widget]';

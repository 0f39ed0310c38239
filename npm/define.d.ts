// Importing 'gmg-widgets/define' registers the custom elements; it exports nothing.
// The element types (HTMLElementTagNameMap) come with the main entry's declarations.
import './index.js';
export {};

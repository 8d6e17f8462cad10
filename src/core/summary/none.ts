/** The row, column or bar of reports without a valid value. Its own module, so the webview can import it without the engine. */
export const NONE = '(none)';

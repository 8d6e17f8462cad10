// Reading frontmatter data defensively: a value of the wrong type is the schema's to report, so
// every check reads it through these.

export type Obj = Record<string, unknown>;

/** A mapping (not a list, not null). */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value if it is text, else null. */
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

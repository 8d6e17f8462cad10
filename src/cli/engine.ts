// The engine — Ajv and the compiled schema, yaml, micromark: four fifths of the bundle — is loaded
// on first use, as its own chunk. A re-check that the cache answers, `--help` and a usage error
// never load it, and start in half the time.
type Engine = typeof import('./engineApi');

let loading: Promise<Engine> | undefined;

export const engine = (): Promise<Engine> => (loading ??= import('./engineApi'));

import type { Lang, Severity } from '../core/index';

/** The CLI's own words, in both languages (the engine's messages come localised already). */
export const WORDS = {
  en: {
    severity: { error: 'error', warning: 'warning', information: 'info', hint: 'hint' } as Record<Severity, string>,
    attention: 'attention',
    problems: (n: number) => `${n} ${n === 1 ? 'problem' : 'problems'}`,
    counts: (e: number, w: number, i: number) => `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${i} info`,
    checked: (files: number, reports: number) => `Checked ${files} ${files === 1 ? 'file' : 'files'}, ${reports} ${reports === 1 ? 'case report' : 'case reports'}`,
    skipped: (n: number) => `${n} skipped`,
    points: (n: number) => `${n} ${n === 1 ? 'attention point' : 'attention points'}`,
    clean: 'no problems',
    tooManyWarnings: (n: number, max: number) => `Too many warnings (${n}, at most ${max} allowed).`,
  },
  da: {
    severity: { error: 'fejl', warning: 'advarsel', information: 'info', hint: 'tip' } as Record<Severity, string>,
    attention: 'opmærksomhed',
    problems: (n: number) => `${n} ${n === 1 ? 'problem' : 'problemer'}`,
    counts: (e: number, w: number, i: number) => `${e} fejl, ${w} ${w === 1 ? 'advarsel' : 'advarsler'}, ${i} info`,
    checked: (files: number, reports: number) => `Kontrollerede ${files} ${files === 1 ? 'fil' : 'filer'}, ${reports} ${reports === 1 ? 'caserapport' : 'caserapporter'}`,
    skipped: (n: number) => `${n} sprunget over`,
    points: (n: number) => `${n} ${n === 1 ? 'opmærksomhedspunkt' : 'opmærksomhedspunkter'}`,
    clean: 'ingen problemer',
    tooManyWarnings: (n: number, max: number) => `For mange advarsler (${n}, højst ${max} tilladt).`,
  },
} satisfies Record<Lang, unknown>;

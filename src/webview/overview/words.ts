import type { Lang } from '../../core/types';

/** The overview's own words; headings and columns come from the summary's words, as in an export. */
export const OVERVIEW_WORDS = {
  en: {
    title: 'Anthology overview',
    reports: (n: number) => (n === 1 ? '1 case report' : `${n} case reports`),
    problems: (e: number, w: number) => `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}`,
    exportCsv: 'Export CSV',
    exportMarkdown: 'Export Markdown',
    checkWorkspace: 'Check workspace',
    checking: 'Checking the workspace…',
    empty: 'No case reports in this workspace yet. A case report is a Markdown file whose frontmatter has `type: case-report`.',
    heatHint: 'Choose a cell to list its cases.',
    barHint: 'Choose a bar to list its cases.',
    showing: (shown: number, all: number) => `Showing ${shown} of ${all}`,
    clearFilter: 'Show all cases',
    open: (title: string) => `Open ${title}`,
    cellLabel: (row: string, col: string, n: number) => `${row} × ${col}: ${n === 1 ? '1 case' : `${n} cases`}`,
    barLabel: (label: string, n: number) => `${label}: ${n === 1 ? '1 case' : `${n} cases`}`,
    sortBy: (column: string) => `Sort by ${column}`,
    untitled: '(untitled)',
    severities: { error: 'serious', warning: 'warning', information: 'to consider', hint: 'hint' },
  },
  da: {
    title: 'Antologioversigt',
    reports: (n: number) => (n === 1 ? '1 caserapport' : `${n} caserapporter`),
    problems: (e: number, w: number) => `${e} fejl, ${w} ${w === 1 ? 'advarsel' : 'advarsler'}`,
    exportCsv: 'Eksportér CSV',
    exportMarkdown: 'Eksportér Markdown',
    checkWorkspace: 'Kontrollér arbejdsområdet',
    checking: 'Kontrollerer arbejdsområdet…',
    empty: 'Der er endnu ingen caserapporter i arbejdsområdet. En caserapport er en Markdown-fil, hvis frontmatter har `type: case-report`.',
    heatHint: 'Vælg en celle for at se dens cases.',
    barHint: 'Vælg en søjle for at se dens cases.',
    showing: (shown: number, all: number) => `Viser ${shown} af ${all}`,
    clearFilter: 'Vis alle cases',
    open: (title: string) => `Åbn ${title}`,
    cellLabel: (row: string, col: string, n: number) => `${row} × ${col}: ${n === 1 ? '1 case' : `${n} cases`}`,
    barLabel: (label: string, n: number) => `${label}: ${n === 1 ? '1 case' : `${n} cases`}`,
    sortBy: (column: string) => `Sortér efter ${column}`,
    untitled: '(uden titel)',
    severities: { error: 'alvorlig', warning: 'advarsel', information: 'til overvejelse', hint: 'tip' },
  },
} satisfies Record<Lang, unknown>;

export type OverviewWords = (typeof OVERVIEW_WORDS)['en'];

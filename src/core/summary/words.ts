import type { Lang } from '../types';

/** The words of a summary's headings and columns, in both languages. */
export const SUMMARY_WORDS = {
  en: {
    columns: { file: 'File', title: 'Title', authors: 'Authors', type: 'Collaboration type', paradigm: 'Governance paradigm', power: 'Power balance', errors: 'Errors', warnings: 'Warnings', attention: 'Attention points' },
    summaryTitle: 'Anthology summary',
    casesTitle: 'Cases',
    crossTitle: 'Collaboration type × governance paradigm',
    powerTitle: 'Power balance',
    attentionTitle: 'Attention points across the anthology',
    point: 'Point',
    reports: 'Reports',
    text: 'Text',
    source: 'Source',
    total: 'Total',
    none: '(missing or invalid)',
    noReports: 'No case reports found.',
    noPoints: 'No attention points raised.',
  },
  da: {
    columns: { file: 'Fil', title: 'Titel', authors: 'Forfattere', type: 'Samarbejdsform', paradigm: 'Styringsparadigme', power: 'Magtbalance', errors: 'Fejl', warnings: 'Advarsler', attention: 'Opmærksomhedspunkter' },
    summaryTitle: 'Antologioversigt',
    casesTitle: 'Cases',
    crossTitle: 'Samarbejdsform × styringsparadigme',
    powerTitle: 'Magtbalance',
    attentionTitle: 'Opmærksomhedspunkter på tværs af antologien',
    point: 'Punkt',
    reports: 'Rapporter',
    text: 'Tekst',
    source: 'Kilde',
    total: 'I alt',
    none: '(mangler eller ugyldig)',
    noReports: 'Ingen caserapporter fundet.',
    noPoints: 'Ingen opmærksomhedspunkter rejst.',
  },
} satisfies Record<Lang, unknown>;

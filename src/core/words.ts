import type { Lang } from './types';

// The engine's words besides its diagnostics (those live with their checks): quick-fix titles,
// hover headings, the placeholders of new reports and the snippets' descriptions. One table, so a
// Danish word is never missing: `da` has the type of `en`, and test/unit/words.test.ts holds every
// table's two languages to the same keys.

const en = {
  fix: {
    replace: (v: string) => `Replace with \`${v}\``,
    rename: (k: string) => `Rename to \`${k}\``,
    add: (k: string) => `Add \`${k}\``,
    insert: (h: string) => `Insert the section "${h}"`,
    removeThis: (k: string, n: number) => `Remove this \`${k}\` (keep the one on line ${n})`,
    removeFirst: (k: string, n: number) => `Remove the \`${k}\` on line ${n} (keep this one)`,
    list: (k: string) => `Make \`${k}\` a list`,
    fixAll: 'Fix all unambiguous problems in this file',
  },
  hover: { source: 'Source', sources: 'Sources', danish: 'Danish', english: 'English', proposal: "Casedoc's proposal, not a finding of the literature" },
  template: {
    title: 'Title of the case', author: 'First Last', municipality: 'Municipality name', target: 'Target group',
    selfLabel: "the actors' own word", platform: 'Joint steering group', municipalityActor: 'Municipal administration',
    civilActor: 'Name of the association', point: 'An attention point the case raises', guide: 'Write here.',
    pointTitle: 'Short heading', pointText: 'What should the reader notice, and why?', pointSource: 'source',
  },
  snippet: {
    report: (label: string) => `New case report: ${label} (English)`,
    actor: 'Case report: an actor entry',
    attention: 'Case report: an attention-point paragraph',
  },
};

const da: typeof en = {
  fix: {
    replace: (v: string) => `Erstat med \`${v}\``,
    rename: (k: string) => `Omdøb til \`${k}\``,
    add: (k: string) => `Tilføj \`${k}\``,
    insert: (h: string) => `Indsæt afsnittet "${h}"`,
    removeThis: (k: string, n: number) => `Fjern denne \`${k}\` (behold den på linje ${n})`,
    removeFirst: (k: string, n: number) => `Fjern \`${k}\` på linje ${n} (behold denne)`,
    list: (k: string) => `Gør \`${k}\` til en liste`,
    fixAll: 'Ret alle entydige problemer i filen',
  },
  hover: { source: 'Kilde', sources: 'Kilder', danish: 'Dansk', english: 'Engelsk', proposal: 'Casedocs eget forslag, ikke et resultat fra litteraturen' },
  template: {
    title: 'Casens titel', author: 'Fornavn Efternavn', municipality: 'Kommunenavn', target: 'Målgruppe',
    selfLabel: 'aktørernes egen betegnelse', platform: 'Fælles styregruppe', municipalityActor: 'Kommunens forvaltning',
    civilActor: 'Foreningens navn', point: 'Et opmærksomhedspunkt, casen rejser', guide: 'Skriv her.',
    pointTitle: 'Kort overskrift', pointText: 'Hvad bør læseren være opmærksom på, og hvorfor?', pointSource: 'kilde',
  },
  snippet: {
    report: (label: string) => `Ny caserapport: ${label} (dansk)`,
    actor: 'Caserapport: en aktør',
    attention: 'Caserapport: et opmærksomhedspunkt',
  },
};

export const ENGINE_WORDS: Record<Lang, typeof en> = { en, da };

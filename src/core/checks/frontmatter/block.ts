import { defineCheck, defineCode } from '../define';
import { frontmatterState } from './read';

export const missingFrontmatter = defineCode('missing-frontmatter', 'error', {
  en: () => 'This case report has no frontmatter: start the file with a `---` line, the fields, and another `---` line.',
  da: () => 'Caserapporten har ingen frontmatter: begynd filen med en linje med `---`, felterne og endnu en linje med `---`.',
});
export const frontmatterUnclosed = defineCode('frontmatter-unclosed', 'error', {
  en: () => 'The frontmatter is never closed: add a line with `---` after its last field.',
  da: () => 'Frontmatter afsluttes ikke: tilføj en linje med `---` efter det sidste felt.',
});
export const frontmatterToml = defineCode('frontmatter-toml', 'error', {
  en: () => 'TOML frontmatter (`+++`) is not read: write the fields in YAML between two `---` lines.',
  da: () => 'TOML-frontmatter (`+++`) læses ikke: skriv felterne i YAML mellem to linjer med `---`.',
});
export const frontmatterNotMapping = defineCode('frontmatter-not-mapping', 'error', {
  en: () => 'The frontmatter must consist of `key: value` lines.',
  da: () => 'Frontmatter skal bestå af linjer på formen `nøgle: værdi`.',
});

/** The frontmatter block itself: there, closed, YAML, and a mapping. */
export default defineCheck({
  id: 'frontmatter-block',
  codes: [missingFrontmatter, frontmatterUnclosed, frontmatterToml, frontmatterNotMapping],
  check({ report, place, emit }) {
    const { lines } = report;
    switch (frontmatterState(report)) {
      case 'missing':
        return emit({ code: missingFrontmatter, range: lines.rangeAt(0, lines.lineContentEnd(0)), path: null });
      case 'toml':
        return emit({ code: frontmatterToml, range: place.fence(), path: null });
      case 'unclosed':
        return emit({ code: frontmatterUnclosed, range: place.fence(), path: null });
      case 'not-mapping': {
        const fm = report.frontmatter!;
        return emit({ code: frontmatterNotMapping, range: lines.rangeAt(fm.contentStart, fm.contentEnd), path: null });
      }
    }
  },
});

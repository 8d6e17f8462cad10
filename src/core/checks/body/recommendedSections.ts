import { outlineOf, recommendedFor } from '../../body/outline';
import { frontmatterData } from '../../classify';
import { str } from '../../values';
import { defineCheck, defineCode, type Diagnosed } from '../define';
import { when } from '../text';
import { bodyFound, insertSection, outlinePlaces, type SectionData } from './place';

export const missingSection = defineCode('missing-section', 'information', {
  en: (a: { heading: string; forType?: string }) => `Recommended section${when(a.forType, ` for ${a.forType}`)} missing: "${a.heading}".`,
  da: (a) => `Anbefalet afsnit${when(a.forType, ` for ${a.forType}`)} mangler: "${a.heading}".`,
}, (report, d: Diagnosed<SectionData>, context) => insertSection(report, d, context, false));

/** The other recommended sections of the outline, for the report's collaboration type: noted, not warned. */
export default defineCheck({
  id: 'recommended-sections',
  codes: [missingSection],
  check({ report, lang, emit }) {
    if (!bodyFound(report)) return;
    const { found } = outlineOf(report);
    const type = str(frontmatterData(report)?.collaboration_type);
    let places: ReturnType<typeof outlinePlaces> | null = null;
    for (const section of recommendedFor(type)) {
      if (section.id === 'attention' || found.has(section.id)) continue;
      places ??= outlinePlaces(report, lang);
      emit({ code: missingSection, range: places.anchor, path: null, args: { heading: section[places.lang][0], forType: section.forType },
        data: { section: section.id, insert: places.insertionFor(section) } });
    }
  },
});

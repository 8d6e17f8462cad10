import { OUTLINE, outlineOf } from '../../body/outline';
import { defineCheck, defineCode, type Diagnosed } from '../define';
import { bodyFound, insertSection, outlinePlaces, type SectionData } from './place';

export const missingAttentionSection = defineCode('missing-attention-section', 'warning', {
  en: (a: { heading: string }) => `The report has no section "${a.heading}": write down the attention points the case raises.`,
  da: (a) => `Rapporten har intet afsnit "${a.heading}": skriv de opmærksomhedspunkter, casen rejser.`,
}, (report, d: Diagnosed<SectionData>, context) => insertSection(report, d, context, true));
export const emptyAttentionSection = defineCode('empty-attention-section', 'warning', {
  en: (a: { heading: string }) => `The section "${a.heading}" is empty: write down the attention points the case raises.`,
  da: (a) => `Afsnittet "${a.heading}" er tomt: skriv de opmærksomhedspunkter, casen rejser.`,
});

const ATTENTION = OUTLINE.find((s) => s.id === 'attention')!;

/** The attention-points section must be there and hold something. */
export default defineCheck({
  id: 'attention-section',
  codes: [missingAttentionSection, emptyAttentionSection],
  check({ report, lang, emit }) {
    if (!bodyFound(report)) return;
    const present = outlineOf(report).found.get('attention');
    if (!present) {
      const places = outlinePlaces(report, lang);
      emit({ code: missingAttentionSection, range: places.anchor, path: null, args: { heading: ATTENTION[places.lang][0] },
        data: { section: 'attention', insert: places.insertionFor(ATTENTION) } });
      return;
    }
    const s = report.body().analysis.sections[present.index];
    if (!s.isEmpty) return;
    const start = report.bodyStart;
    emit({ code: emptyAttentionSection, range: report.lines.rangeAt(start + s.start, start + s.end), path: null, args: { heading: s.text }, data: { section: 'attention' } });
  },
});

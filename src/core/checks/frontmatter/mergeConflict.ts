import { defineCheck, defineCode } from '../define';
import { conflictMarkers } from './read';

export const mergeConflict = defineCode('merge-conflict', 'error', {
  en: () => 'A Git merge-conflict marker is left in the frontmatter: keep the lines you want and delete the markers (`<<<<<<<`, `=======`, `>>>>>>>`).',
  da: () => 'Der står en Git-konfliktmarkør i frontmatter: behold de linjer, du vil have, og slet markørerne (`<<<<<<<`, `=======`, `>>>>>>>`).',
});

/** Git's conflict markers make the YAML unreadable: said for what they are, instead of as syntax errors. */
export default defineCheck({
  id: 'merge-conflict',
  codes: [mergeConflict],
  check({ report, emit }) {
    for (const m of conflictMarkers(report)) {
      emit({ code: mergeConflict, range: report.lines.rangeAt(m.start, m.start + m.text.length), path: null, data: { marker: m.marker } });
    }
  },
});

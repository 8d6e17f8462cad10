import { isObj } from '../../values';
import { defineCheck, defineCode } from '../define';

export const periodEndBeforeStart = defineCode('period-end-before-start', 'warning', {
  en: (a: { start: string; end: string }) => `The period ends (${a.end}) before it starts (${a.start}).`,
  da: (a) => `Perioden slutter (${a.end}), før den begynder (${a.start}).`,
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A period that ends before it starts, said on its end. */
export default defineCheck({
  id: 'period',
  codes: [periodEndBeforeStart],
  check({ data, place, emit }) {
    const period = data?.period;
    if (!isObj(period) || typeof period.start !== 'string' || typeof period.end !== 'string') return;
    const { start, end } = period;
    if (ISO_DATE.test(start) && ISO_DATE.test(end) && end < start) {
      emit({ code: periodEndBeforeStart, range: place.value(['period', 'end']), path: ['period', 'end'], args: { start, end }, data: { start, end } });
    }
  },
});

import { isObj } from '../../values';
import { defineCheck, defineCode } from '../define';
import { q } from '../text';

export const endedWithoutEnd = defineCode('ended-without-end', 'information', {
  en: () => 'The collaboration has ended (`status: ended`), but `period` has no `end`: add the date it ended.',
  da: () => 'Samarbejdet er afsluttet (`status: ended`), men `period` har ingen `end`: tilføj datoen for afslutningen.',
});
export const endedInFuture = defineCode('ended-in-future', 'warning', {
  en: (a: { end: string }) => `\`status\` is \`ended\`, but the period ends in the future (${q(a.end)}): correct the date, or set \`status: ongoing\`.`,
  da: (a) => `\`status\` er \`ended\`, men perioden slutter ude i fremtiden (${q(a.end)}): ret datoen, eller sæt \`status: ongoing\`.`,
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `status: ended` against `period.end`: there, and not in the future. */
export default defineCheck({
  id: 'status',
  codes: [endedWithoutEnd, endedInFuture],
  check({ data, options, place, emit, rejected }) {
    if (data?.status !== 'ended' || rejected('/status') || rejected('/period')) return;
    const period = isObj(data.period) ? data.period : null;
    if (!period || period.end === undefined || period.end === null) {
      emit({ code: endedWithoutEnd, range: place.value(['status']), path: ['status'] });
      return;
    }
    // Today's date from the host (the engine reads no clock of its own unless it is not given).
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    if (typeof period.end === 'string' && ISO_DATE.test(period.end) && period.end > today) {
      emit({ code: endedInFuture, range: place.value(['period', 'end']), path: ['period', 'end'], args: { end: period.end }, data: { today } });
    }
  },
});

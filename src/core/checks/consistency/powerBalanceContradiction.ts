import { isObj } from '../../values';
import { defineCheck, defineCode } from '../define';
import { q } from '../text';

export const powerBalanceContradiction = defineCode('power-balance-contradiction', 'warning', {
  en: (a: { overall: string; phase: string; inPhase: string }) =>
    `The overall power balance ${q(a.overall)} contradicts ${q(a.inPhase)} in the phase ${q(a.phase)}: correct one of them. A balance that differs between phases is partial or temporary municipal dominance overall.`,
  da: (a) =>
    `Den samlede magtbalance ${q(a.overall)} strider mod ${q(a.inPhase)} i fasen ${q(a.phase)}: ret den ene af dem. En magtbalance, der skifter mellem faserne, er samlet set delvis eller midlertidig kommunal dominans.`,
});

const LED_BY_EQUALS = ['equal', 'civil-society-led'];
const FULL = 'full-municipal-dominance';

/**
 * The overall power balance against the balance by phase (vocabulary v2): equal or civil-society-led
 * overall while a phase is under full municipal dominance, or full dominance overall (which holds
 * "throughout") while a phase is equal or civil-society-led. Said once, on the overall balance.
 */
export default defineCheck({
  id: 'power-balance-contradiction',
  codes: [powerBalanceContradiction],
  check({ data, place, emit, rejected }) {
    const overall = data?.power_balance;
    const byPhase = data?.power_balance_by_phase;
    if (typeof overall !== 'string' || !isObj(byPhase) || rejected('/power_balance') || rejected('/power_balance_by_phase')) return;
    const clashes = (b: unknown) => typeof b === 'string' && (LED_BY_EQUALS.includes(overall) ? b === FULL : overall === FULL && LED_BY_EQUALS.includes(b));
    const found = Object.entries(byPhase).find(([phase, b]) => !phase.startsWith('x-') && clashes(b));
    if (!found) return;
    const [phase, inPhase] = found as [string, string];
    emit({ code: powerBalanceContradiction, range: place.value(['power_balance']), path: ['power_balance'], args: { overall, phase, inPhase }, data: { phase, inPhase } });
  },
});

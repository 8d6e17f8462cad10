import { builtinSchema } from '../builtin';
import { fieldAt, label } from '../schema/vocabulary';
import type { Lang } from '../types';
import { joinList } from '../text/list';
import type { Facts } from './facts';

// What a rule's message may name of the case: `{name}` in a message is replaced by these, in the
// message's language (docs/attention-rules.md lists them). A rule that names what it found says
// exactly what fired it.

const TASKS: Record<Lang, Record<string, string>> = {
  en: { initiated_by: 'initiates', funded_by: 'funds', evaluated_by: 'evaluates' },
  da: { initiated_by: 'igangsætter', funded_by: 'finansierer', evaluated_by: 'evaluerer' },
};

const LEVELS: Record<Lang, Record<string, string>> = {
  en: { 'non-participation': 'non-participation (manipulation or therapy)', tokenism: 'tokenism (informing, consultation or placation)' },
  da: { 'non-participation': 'ikke-deltagelse (manipulation eller terapi)', tokenism: 'symbolsk deltagelse (information, høring eller formildelse)' },
};

const phaseName = (id: string, lang: Lang) => {
  const v = fieldAt(builtinSchema().json, ['phases', '0', 'phase']).values.find((x) => x.id === id);
  const name = (v && label(v, lang)) ?? id;
  return name.charAt(0).toLowerCase() + name.slice(1);
};

export const PLACEHOLDERS: Record<string, (facts: Facts, report: Record<string, unknown>, lang: Lang) => string> = {
  missingCivilPhases: (f, _, lang) => joinList(f.missingCivilPhases.map((p) => phaseName(p, lang)), lang, 'and'),
  municipalAlone: (f, _, lang) => joinList(f.municipalAlone.map((t) => TASKS[lang][t]), lang, 'and'),
  participationLevel: (_, r, lang) => LEVELS[lang][String(r.participation_level)] ?? String(r.participation_level),
};

/** What a placeholder says when no one case is meant: the summary's row for a rule across reports. */
const GENERAL: Record<Lang, Record<string, string>> = {
  en: { missingCivilPhases: 'one or more of these phases', municipalAlone: 'initiates, funds or evaluates', participationLevel: 'non-participation or tokenism' },
  da: { missingCivilPhases: 'en eller flere af disse faser', municipalAlone: 'igangsætter, finansierer eller evaluerer', participationLevel: 'ikke-deltagelse eller symbolsk deltagelse' },
};

/** A rule's message with what it names filled in; an unknown `{name}` is left as written. */
export function fill(message: string, facts: Facts, report: Record<string, unknown>, lang: Lang): string {
  return message.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => (PLACEHOLDERS[name] ? PLACEHOLDERS[name](facts, report, lang) : whole));
}

/** A rule's message as it reads of any case that raises it. */
export function general(message: string, lang: Lang): string {
  return message.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => GENERAL[lang][name] ?? whole);
}

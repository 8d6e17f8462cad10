// A case's attributes as a QDA program's classification holds them: the cases table's columns (the
// summary's), labelled in the chosen language, the period's start and end as dates. The REFI-QDA
// export makes them its variables; the NVivo classification sheet its columns.
import { summaryLabel } from '../summary/labels';
import type { Summary, SummaryCase } from '../summary/summarise';
import { SUMMARY_WORDS } from '../summary/words';
import type { Lang } from '../types';

export interface Attribute {
  /** A stable key (the GUID's name) and the heading a reader sees. */
  id: string;
  name: string;
  type: 'Text' | 'Date';
  value(c: SummaryCase): string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function attributes(s: Summary, lang: Lang): Attribute[] {
  const h = SUMMARY_WORDS[lang].columns;
  const text = (v: string | null | undefined) => (v ? v : null);
  const labelled = (field: 'collaboration_type' | 'governance_paradigm' | 'power_balance' | 'format' | 'status') => (c: SummaryCase) => (c[field] ? summaryLabel(s, field, c[field], lang) : null);
  return [
    { id: 'authors', name: h.authors, type: 'Text', value: (c) => text(c.authors.join('; ')) },
    { id: 'municipality', name: h.municipality, type: 'Text', value: (c) => text(c.municipality) },
    { id: 'policy_area', name: h.policyArea, type: 'Text', value: (c) => text(c.policy_area.map((p) => summaryLabel(s, 'policy_area', p, lang)).join('; ')) },
    { id: 'collaboration_type', name: h.type, type: 'Text', value: labelled('collaboration_type') },
    { id: 'self_label', name: h.selfLabel, type: 'Text', value: (c) => text(c.self_label) },
    { id: 'governance_paradigm', name: h.paradigm, type: 'Text', value: labelled('governance_paradigm') },
    { id: 'power_balance', name: h.power, type: 'Text', value: labelled('power_balance') },
    { id: 'format', name: h.format, type: 'Text', value: labelled('format') },
    { id: 'status', name: h.status, type: 'Text', value: labelled('status') },
    // A date the report gives in another form stays out: a Date variable holds dates only.
    { id: 'period_start', name: lang === 'da' ? 'Periodens start' : 'Period start', type: 'Date', value: (c) => (c.period.start && DATE.test(c.period.start) ? c.period.start : null) },
    { id: 'period_end', name: lang === 'da' ? 'Periodens slutning' : 'Period end', type: 'Date', value: (c) => (c.period.end && DATE.test(c.period.end) ? c.period.end : null) },
    { id: 'chapter', name: h.chapter, type: 'Text', value: (c) => text(c.chapter) },
    { id: 'attention_points', name: h.attention, type: 'Text', value: (c) => text(c.attentionPoints.join(' ')) },
  ];
}

/** The name a case goes by: its title, else its file. */
export const caseName = (c: SummaryCase) => c.title ?? c.file;

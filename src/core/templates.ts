import { builtinSchema } from './builtin';
import { recommendedFor } from './body/outline';
import { fieldAt } from './schema/vocabulary';
import type { Lang } from './types';
import { CIVIL_SECTORS, CIVIL_VALUES } from './attention/facts';
import { ENGINE_WORDS } from './words';

/**
 * VS Code snippet bodies for a new case report and its parts, built from the schema's vocabulary and
 * the body outline so they can never drift from what the checker accepts. Filled with their default
 * placeholders they validate clean; the placeholders say what the writer must replace.
 */

const choice = (n: number, values: readonly string[]) => `\${${n}|${values.join(',')}|}`;
// What a new report may use today: never a deprecated value.
const ids = (path: string[]) => fieldAt(builtinSchema().json, path).values.filter((v) => !v.deprecated).map((v) => v.id);
const current = new Set(ids(['actors', '0', 'sector']));
const civilSectors = CIVIL_SECTORS.filter((s) => current.has(s));
const esc = (s: string) => s.replace(/[\\$}]/g, (c) => `\\${c}`);



export interface SnippetDef {
  prefix: string;
  description: string;
  body: string[];
}

/** A complete new case report of one collaboration type, in Danish or English. */
export function reportSnippet(type: string, lang: Lang): string[] {
  const t = ENGINE_WORDS[lang].template;
  let n = 1;
  const next = () => n++;
  const title = next();
  const fm = [
    '---',
    'type: case-report',
    `title: "\${${title}:${esc(t.title)}}"`,
    `authors: ["\${${next()}:${esc(t.author)}}"]`,
    `municipality: \${${next()}:${esc(t.municipality)}}`,
    `policy_area: [${choice(next(), ids(['policy_area', '0']))}]`,
    `target_group: "\${${next()}:${esc(t.target)}}"`,
    `self_label: \${${next()}:${esc(t.selfLabel)}}`,
    `collaboration_type: ${type}`,
  ];
  if (type === 'co-production') fm.push(`coproduction_mode: ${choice(next(), ids(['coproduction_mode']))}`);
  fm.push(`governance_paradigm: ${choice(next(), ids(['governance_paradigm']))}`);
  fm.push(`power_balance: ${choice(next(), ids(['power_balance']))}`);
  fm.push(`format: ${choice(next(), type === 'co-production' ? ['continuous', 'time-limited-project', 'short-format'] : ids(['format']))}`);
  fm.push(`period: {start: \${${next()}:2024-01-01}}`);
  fm.push(`level: ${choice(next(), ids(['level']))}`);
  fm.push(`formal_agreement: ${choice(next(), ids(['formal_agreement']))}`);
  const exists = next();
  fm.push(`joint_platform: {exists: ${choice(exists, ['true', 'false'])}, description: "\${${next()}:${esc(t.platform)}}"}`);
  fm.push('actors:');
  const municipalName = next();
  fm.push(`  - {name: "\${${municipalName}:${esc(t.municipalityActor)}}", sector: municipality, roles: [${choice(next(), ['initiator', 'funder', 'facilitator-broker', 'accountable-owner'])}]}`);
  const civilName = next();
  // The civil actor's sector is chosen once and mirrored into the phases and purpose.
  const civil = next();
  fm.push(`  - {name: "\${${civilName}:${esc(t.civilActor)}}", sector: ${choice(civil, civilSectors)}, roles: [${choice(next(), ['co-designer', 'co-implementer', 'initiator', 'evaluator'])}]}`);
  fm.push(`municipal_staff_roles: [${choice(next(), ids(['municipal_staff_roles', '0']))}]`);
  fm.push('phases:');
  fm.push(`  - {phase: co-design, actors: [municipality, \${${civil}}]}`);
  fm.push(`  - {phase: co-delivery, actors: [municipality, \${${civil}}]}`);
  if (type === 'co-production') fm.push(`  - {phase: co-assessment, actors: [municipality, \${${civil}}]}`);
  fm.push(`initiated_by: [${choice(next(), ['municipality', ...civilSectors])}]`);
  fm.push(`funded_by: [${choice(next(), ['municipality', 'foundation', 'state', 'region', ...civilSectors])}]`);
  fm.push(`purpose_defined_by: [municipality, \${${civil}}]`);
  fm.push('value_creation:');
  // Civil-society values first: a report listing only public value raises AP08.
  const values = ids(['value_creation', 'intended', '0']);
  fm.push(`  intended: [${choice(next(), [...values.filter((v) => CIVIL_VALUES.includes(v)), ...values.filter((v) => !CIVIL_VALUES.includes(v))])}]`);
  fm.push(`participation_level: ${choice(next(), ['citizen-power', 'tokenism', 'non-participation'])}`);
  fm.push(`sources: [${choice(next(), ['interviews', 'observation', 'documents', 'focus-groups', 'survey', 'register-data'])}]`);
  fm.push('---');
  const body = ['', `# \${${title}}`, ''];
  for (const section of recommendedFor(type)) {
    body.push(`## ${section[lang][0]}`, '');
    if (section.id === 'attention') body.push(`- \${${next()}:${esc(t.point)}}`, '');
    else if (section.id === 'summary') body.push('$0', '');
    else body.push(`<!-- ${t.guide} -->`, '');
  }
  return [...fm, ...body.slice(0, -1)];
}

export function actorSnippet(lang: Lang): string[] {
  return [`- {name: "\${1:${esc(ENGINE_WORDS[lang].template.civilActor)}}", sector: ${choice(2, ids(['actors', '0', 'sector']))}, roles: [${choice(3, ids(['actors', '0', 'roles', '0']))}]}`];
}

export function phaseSnippet(): string[] {
  return [`- {phase: ${choice(1, ids(['phases', '0', 'phase']))}, actors: [${choice(2, ids(['phases', '0', 'actors', '0']))}]}`];
}

export function attentionSnippet(lang: Lang): string[] {
  const t = ENGINE_WORDS[lang].template;
  return [`- **\${1:${esc(t.pointTitle)}}**: \${2:${esc(t.pointText)}} (\${3:${esc(t.pointSource)}})`];
}


/** Every snippet Casedoc contributes, keyed by name, as in a `.code-snippets` file. */
export function allSnippets(): Record<string, SnippetDef> {
  const out: Record<string, SnippetDef> = {};
  for (const v of fieldAt(builtinSchema().json, ['collaboration_type']).values) {
    out[`Case report: ${v.title} (English)`] = { prefix: `casereport-${v.id}-en`, description: ENGINE_WORDS.en.snippet.report(v.title), body: reportSnippet(v.id, 'en') };
    out[`Caserapport: ${v.titleDa} (dansk)`] = { prefix: `caserapport-${v.id}-da`, description: ENGINE_WORDS.da.snippet.report(v.titleDa ?? v.title), body: reportSnippet(v.id, 'da') };
  }
  out['Case report: actor'] = { prefix: 'caseactor', description: ENGINE_WORDS.en.snippet.actor, body: actorSnippet('en') };
  out['Caserapport: aktør'] = { prefix: 'caseaktoer', description: ENGINE_WORDS.da.snippet.actor, body: actorSnippet('da') };
  out['Case report: phase'] = { prefix: 'casephase', description: 'Case report: a phase entry / en fase', body: phaseSnippet() };
  out['Case report: attention point'] = { prefix: 'caseattention', description: ENGINE_WORDS.en.snippet.attention, body: attentionSnippet('en') };
  out['Caserapport: opmærksomhedspunkt'] = { prefix: 'caseopmaerksomhed', description: ENGINE_WORDS.da.snippet.attention, body: attentionSnippet('da') };
  return out;
}

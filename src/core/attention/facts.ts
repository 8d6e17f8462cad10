import { isObj, type Obj } from '../values';

/**
 * Facts derived from the frontmatter that rule conditions read as `facts.*`: counts and distinct
 * values a JSON Schema cannot compute. Documented in docs/attention-rules.md; renaming one breaks
 * anthologies' own rules.
 */
export interface Facts {
  /** Distinct sectors among the actors. */
  actorSectors: string[];
  /** Actors in the civil sector group: civil-society organisation, volunteer, citizen, service user, relative (and v1's citizen-user). */
  civilActors: number;
  /** Distinct roles the civil actors hold. */
  civilRoles: string[];
  /** Distinct phases in which a civil sector takes part. */
  civilPhases: string[];
  /** Distinct phases listed. */
  phases: string[];
  /** Civil-society values among value_creation.intended / documented. */
  intendedCivilValues: string[];
  documentedCivilValues: string[];
  /** Public values among value_creation.intended. */
  intendedPublicValues: string[];
  /** Distinct power balances in power_balance_by_phase. */
  phasePowerBalances: string[];
}

/** The civil sector group (docs/vocabulary.md); v1's deprecated citizen-user still counts. */
export const CIVIL_SECTORS: readonly string[] = ['civil-society-organisation', 'volunteer', 'citizen', 'service-user', 'relative', 'citizen-user'];
export const CIVIL_VALUES: readonly string[] = ['participation', 'citizen-influence', 'interest-representation', 'normative-value-generation', 'democratic-formation'];
export const PUBLIC_VALUES: readonly string[] = ['service-quality', 'efficiency', 'effect', 'innovation'];

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const distinct = (xs: Iterable<string>) => [...new Set(xs)];

export function deriveFacts(report: Obj): Facts {
  const actors = Array.isArray(report.actors) ? report.actors.filter(isObj) : [];
  const civil = actors.filter((a) => typeof a.sector === 'string' && CIVIL_SECTORS.includes(a.sector));
  const phases = Array.isArray(report.phases) ? report.phases.filter(isObj) : [];
  const value = isObj(report.value_creation) ? report.value_creation : {};
  const intended = strings(value.intended);
  const documented = strings(value.documented);
  const byPhase = isObj(report.power_balance_by_phase) ? report.power_balance_by_phase : {};
  return {
    actorSectors: distinct(actors.map((a) => a.sector).filter((s): s is string => typeof s === 'string')),
    civilActors: civil.length,
    civilRoles: distinct(civil.flatMap((a) => strings(a.roles))),
    civilPhases: distinct(
      phases
        .filter((p) => typeof p.phase === 'string' && strings(p.actors).some((s) => CIVIL_SECTORS.includes(s)))
        .map((p) => p.phase as string),
    ),
    phases: distinct(phases.map((p) => p.phase).filter((s): s is string => typeof s === 'string')),
    intendedCivilValues: intended.filter((v) => CIVIL_VALUES.includes(v)),
    documentedCivilValues: documented.filter((v) => CIVIL_VALUES.includes(v)),
    intendedPublicValues: intended.filter((v) => PUBLIC_VALUES.includes(v)),
    phasePowerBalances: distinct(Object.values(byPhase).filter((s): s is string => typeof s === 'string')),
  };
}

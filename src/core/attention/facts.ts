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
  /** Distinct sector groups among the actors: public, civil, market, foundation, social-economy, knowledge. */
  sectorGroups: string[];
  /** Actors who are volunteers, citizens, service users or relatives (and v1's citizen-user). */
  layActors: number;
  /** Actors of the public sector group (municipality, region, state). */
  publicActors: number;
  /** Which of initiated_by, funded_by and evaluated_by name the municipality and no one else. */
  municipalAlone: string[];
  /** purpose_defined_by names only public sectors. */
  purposeOnlyPublic: boolean;
  /** Of the three phases A&E17 names (co-design, co-delivery, co-assessment), those with no civil actor or not listed. */
  missingCivilPhases: string[];
  /** A civil actor has the role co-implementer. */
  civilCoImplement: boolean;
  /** A public actor co-implements, or municipal staff act as service provider. */
  publicDelivery: boolean;
  /** An actor has the role accountable-owner. */
  accountableOwner: boolean;
}

/** Sector groups (docs/vocabulary.md, Casedoc's proposal); v1's deprecated citizen-user is civil. */
export const SECTOR_GROUPS: Readonly<Record<string, string>> = {
  municipality: 'public', region: 'public', state: 'public',
  'civil-society-organisation': 'civil', volunteer: 'civil', citizen: 'civil', 'service-user': 'civil', relative: 'civil', 'citizen-user': 'civil',
  'private-firm': 'market', foundation: 'foundation', 'social-enterprise': 'social-economy', 'knowledge-institution': 'knowledge',
};
const inGroup = (group: string) => Object.keys(SECTOR_GROUPS).filter((s) => SECTOR_GROUPS[s] === group);
export const CIVIL_SECTORS: readonly string[] = inGroup('civil');
const PUBLIC_SECTORS: readonly string[] = inGroup('public');
/** Civil actors who take part as persons, not as an organisation. */
const LAY_SECTORS: readonly string[] = CIVIL_SECTORS.filter((s) => s !== 'civil-society-organisation');
/** The chain A&E17 names for co-production: develop, carry out, evaluate. */
export const COPRODUCTION_CHAIN: readonly string[] = ['co-design', 'co-delivery', 'co-assessment'];
const MUNICIPAL_TASKS = ['initiated_by', 'funded_by', 'evaluated_by'] as const;

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
  const sectors = actors.map((a) => a.sector).filter((s): s is string => typeof s === 'string');
  const purpose = strings(report.purpose_defined_by);
  const civilPhases = distinct(
    phases
      .filter((p) => typeof p.phase === 'string' && strings(p.actors).some((s) => CIVIL_SECTORS.includes(s)))
      .map((p) => p.phase as string),
  );
  return {
    actorSectors: distinct(sectors),
    civilActors: civil.length,
    civilRoles: distinct(civil.flatMap((a) => strings(a.roles))),
    civilPhases,
    phases: distinct(phases.map((p) => p.phase).filter((s): s is string => typeof s === 'string')),
    intendedCivilValues: intended.filter((v) => CIVIL_VALUES.includes(v)),
    documentedCivilValues: documented.filter((v) => CIVIL_VALUES.includes(v)),
    intendedPublicValues: intended.filter((v) => PUBLIC_VALUES.includes(v)),
    phasePowerBalances: distinct(Object.values(byPhase).filter((s): s is string => typeof s === 'string')),
    sectorGroups: distinct(sectors.map((s) => SECTOR_GROUPS[s]).filter((g): g is string => g !== undefined)),
    layActors: sectors.filter((s) => LAY_SECTORS.includes(s)).length,
    publicActors: sectors.filter((s) => PUBLIC_SECTORS.includes(s)).length,
    municipalAlone: MUNICIPAL_TASKS.filter((k) => {
      const list = strings(report[k]);
      return list.length > 0 && list.every((s) => s === 'municipality');
    }),
    purposeOnlyPublic: purpose.length > 0 && purpose.every((s) => PUBLIC_SECTORS.includes(s)),
    missingCivilPhases: COPRODUCTION_CHAIN.filter((p) => !civilPhases.includes(p)),
    civilCoImplement: civil.some((a) => strings(a.roles).includes('co-implementer')),
    publicDelivery: actors.some((a) => typeof a.sector === 'string' && PUBLIC_SECTORS.includes(a.sector) && strings(a.roles).includes('co-implementer'))
      || strings(report.municipal_staff_roles).includes('service-provider'),
    accountableOwner: actors.some((a) => strings(a.roles).includes('accountable-owner')),
  };
}

import type { Severity } from '../types';
import type { CodeDef } from './define';
import frontmatterBlock from './frontmatter/block';
import mergeConflict from './frontmatter/mergeConflict';
import yamlSyntax from './frontmatter/yamlSyntax';
import duplicateKey from './frontmatter/duplicateKey';
import schema from './schema/index';
import deprecatedValue from './schema/deprecatedValue';
import period from './consistency/period';
import sectorWithoutActor from './consistency/sectorWithoutActor';
import duplicatePhase from './consistency/duplicatePhase';
import singlePhaseCoproduction from './consistency/singlePhaseCoproduction';
import coproductionModeMismatch from './consistency/coproductionModeMismatch';
import powerBalanceByPhase from './consistency/phaseNotListed';
import powerBalanceContradiction from './consistency/powerBalanceContradiction';
import dominantParadigm from './consistency/dominantParadigm';
import status from './consistency/status';
import attentionSection from './body/attentionSection';
import recommendedSections from './body/recommendedSections';
import { FILE_CODES } from './host/files';
import { tooManyProblems } from './host/tooManyProblems';

/**
 * Every check, in the order `checkReport` runs them: a later check may ask what an earlier one
 * reported (the consistency checks say nothing on a value the schema rejected). Adding a check is
 * one file, one line here, and its codes' sections in docs/diagnostics.md.
 */
export const CHECKS = [
  frontmatterBlock,
  mergeConflict,
  yamlSyntax,
  duplicateKey,
  schema,
  deprecatedValue,
  period,
  sectorWithoutActor,
  duplicatePhase,
  singlePhaseCoproduction,
  coproductionModeMismatch,
  powerBalanceByPhase,
  powerBalanceContradiction,
  dominantParadigm,
  status,
  attentionSection,
  recommendedSections,
] as const;

/** Codes the hosts report (files they could not read) and the cap on a file's problems. */
const HOST_CODES = [...FILE_CODES, tooManyProblems] as const;

type AnyCode = (typeof CHECKS)[number]['codes'][number] | (typeof HOST_CODES)[number];

/** Every diagnostic code. Codes are stable: users override severities by code, and docs/diagnostics.md has a section for each. */
export type Code = AnyCode['code'];

/** What each code's message is given. */
export type MessageArgs = { [D in AnyCode as D['code']]: D extends CodeDef<string, infer A, never> ? A : never };

export const CODE_DEFS: readonly AnyCode[] = [...CHECKS.flatMap((c): readonly AnyCode[] => c.codes), ...HOST_CODES];

const BY_CODE = new Map<string, AnyCode>(CODE_DEFS.map((d) => [d.code, d]));

/** A code's definition by its name (its severity, messages and fix); undefined for a name no check defines. */
export function codeDef(code: string): AnyCode | undefined {
  return BY_CODE.get(code);
}

/** Each code's default severity. */
export const CODES = Object.fromEntries(CODE_DEFS.map((d) => [d.code, d.severity])) as Record<Code, Severity>;

export { DOCS_BASE, docsUrl } from './docs';

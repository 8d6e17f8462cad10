import type { ValidateFunction } from 'ajv';

/** The built-in rules' conditions by rule id, compiled ahead of time (scripts/gen-validator.ts). */
declare const conditions: Record<string, ValidateFunction>;
export = conditions;

import type { ValidateFunction } from 'ajv';

/** The built-in schema's validator, compiled ahead of time (scripts/gen-validator.ts). */
declare const validate: ValidateFunction;
export = validate;

import type { ValidateFunction } from 'ajv/dist/2020.js';
import { compileValidators, SCHEMAS, type SchemaName } from './compiler';

export type { SchemaName };

let compiled: Record<SchemaName, ValidateFunction> | undefined;

/** Compiled once per process (or at build time, in the bundle). */
export function schemaValidator(name: SchemaName): ValidateFunction {
  compiled ??= compileValidators();
  return compiled[name];
}

export function schemaObject(name: SchemaName): object {
  return SCHEMAS[name];
}

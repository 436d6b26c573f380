import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import configSchema from '../../schemas/config.schema.json';
import incidentSchema from '../../schemas/incident.schema.json';
import reviewSchema from '../../schemas/review.schema.json';

// ajv-formats is CommonJS; under ESM its function sits on .default.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

export type SchemaName = 'incident' | 'config' | 'review';

const SCHEMAS = { incident: incidentSchema, config: configSchema, review: reviewSchema } as const;

let compiled: Record<SchemaName, ValidateFunction> | undefined;

/** Compiled once per process; compiling costs far more than validating. */
export function schemaValidator(name: SchemaName): ValidateFunction {
  if (!compiled) {
    // verbose: errors carry the schema they failed against (for descriptions and did-you-mean).
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false });
    addFormats(ajv);
    compiled = {
      incident: ajv.compile(SCHEMAS.incident),
      config: ajv.compile(SCHEMAS.config),
      review: ajv.compile(SCHEMAS.review),
    };
  }
  return compiled[name];
}

export function schemaObject(name: SchemaName): object {
  return SCHEMAS[name];
}

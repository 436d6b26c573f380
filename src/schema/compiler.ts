import { Ajv2020, type Options, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import configSchema from '../../schemas/config.schema.json';
import incidentSchema from '../../schemas/incident.schema.json';
import reviewSchema from '../../schemas/review.schema.json';

// ajv-formats is CommonJS; under ESM its function sits on .default.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

export type SchemaName = 'incident' | 'config' | 'review';

export const SCHEMAS = { incident: incidentSchema, config: configSchema, review: reviewSchema } as const;

function newAjv(extra: Options = {}): Ajv2020 {
  // verbose: errors carry the schema they failed against (for descriptions and did-you-mean).
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, ...extra });
  addFormats(ajv);
  return ajv;
}

/**
 * The validators, compiled now. The bundle (scripts/build.mjs) replaces
 * this module with the same validators compiled at build time by
 * standaloneValidators below: compiling costs more at start-up than
 * checking a file.
 */
export function compileValidators(): Record<SchemaName, ValidateFunction> {
  const ajv = newAjv();
  return {
    incident: ajv.compile(SCHEMAS.incident),
    config: ajv.compile(SCHEMAS.config),
    review: ajv.compile(SCHEMAS.review),
  };
}

/** ES module source exporting the validators as `incident`, `config` and `review` (Ajv's standalone code). */
export async function standaloneValidators(): Promise<string> {
  const { default: standaloneCode } = await import('ajv/dist/standalone/index.js');
  const ajv = newAjv({ code: { source: true, esm: true } });
  for (const name of Object.keys(SCHEMAS) as SchemaName[]) ajv.addSchema(SCHEMAS[name], name);
  return standaloneCode(ajv, { incident: 'incident', config: 'config', review: 'review' });
}

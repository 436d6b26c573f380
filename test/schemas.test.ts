import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ROOT } from './helpers';

type Json = { [key: string]: Json } | Json[] | string | number | boolean | null;

/** Every property of every object, with the path to it. */
function properties(node: Json, at: string, out: { at: string; schema: Json }[] = []): { at: string; schema: Json }[] {
  if (Array.isArray(node)) node.forEach((child, i) => properties(child, `${at}/${i}`, out));
  else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      if (key === 'properties' && child && typeof child === 'object' && !Array.isArray(child)) {
        for (const [name, schema] of Object.entries(child)) out.push({ at: `${at}/properties/${name}`, schema });
      }
      properties(child, `${at}/${key}`, out);
    }
  }
  return out;
}

function resolve(root: Json, schema: Json): Json {
  const ref = (schema as { $ref?: string }).$ref;
  if (!ref) return schema;
  return ref
    .slice(2)
    .split('/')
    .reduce((node, key) => (node as Record<string, Json>)[key]!, root);
}

describe.each(['incident', 'config', 'review', 'review-report', 'validate-report', 'sync-report', 'status-report'])(
  'schemas/%s.schema.json',
  (name) => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')) as Json;

    it('is JSON Schema 2020-12 that compiles in strict mode', () => {
      expect((schema as { $schema: string }).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      const ajv = new Ajv2020({ strict: true, strictRequired: false });
      (addFormats as unknown as (a: Ajv2020) => void)(ajv);
      expect(() => ajv.compile(schema as object)).not.toThrow();
    });

    it('documents every property', () => {
      const undocumented = properties(schema, '#')
        .filter(({ at }) => !at.includes('/allOf/'))
        .filter(({ schema: s }) => {
          const own = s as { description?: string };
          return !own.description && !(resolve(schema, s) as { description?: string }).description;
        })
        .map(({ at }) => at);
      expect(undocumented).toEqual([]);
    });
  },
);

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under ESM its function sits on .default.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

/**
 * Response schemas from GitHub's own OpenAPI description (@octokit/openapi,
 * dereferenced api.github.com), for the contract test: if GitHub changes a
 * shape and the package is updated, the fake server fails here first.
 */

export type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
/** operationId -> [method, path template], exactly as in the description. */
export type OperationList = Record<string, readonly [Method, string]>;

type Json = Record<string, unknown>;

/**
 * OpenAPI 3.0 is not JSON Schema: `nullable: true` becomes a type union (or
 * anyOf with null when there is no type), and annotations (example, x-*) are
 * dropped. Property maps are walked by value so a property *named* "example"
 * or "nullable" survives.
 */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const schema = node as Json;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (
      key === 'nullable' ||
      key === 'example' ||
      key === 'examples' ||
      key === 'discriminator' ||
      key.startsWith('x-')
    )
      continue;
    out[key] =
      key === 'properties' || key === 'patternProperties'
        ? Object.fromEntries(Object.entries(value as Json).map(([name, sub]) => [name, toJsonSchema(sub)]))
        : toJsonSchema(value);
  }
  if (schema.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

export class OpenApiContract {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  private readonly schemas = new Map<string, unknown>();
  private readonly compiled = new Map<string, ValidateFunction>();

  /** Reads the description once and keeps only the listed operations' JSON response schemas. */
  constructor(operations: OperationList) {
    addFormats(this.ajv);
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
    const spec = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, Json>> };
    for (const [id, [method, path]] of Object.entries(operations)) {
      const op = spec.paths[path]?.[method];
      if (!op) throw new Error(`GitHub's description has no ${method.toUpperCase()} ${path}`);
      if (op.operationId !== id)
        throw new Error(`${method.toUpperCase()} ${path} is ${String(op.operationId)}, not ${id}`);
      for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
        const schema = (response.content as Record<string, Json> | undefined)?.['application/json']?.schema;
        if (schema) this.schemas.set(`${id} ${status}`, toJsonSchema(schema));
      }
    }
  }

  statuses(operationId: string): string[] {
    return [...this.schemas.keys()].filter((k) => k.startsWith(`${operationId} `)).map((k) => k.split(' ')[1] ?? '');
  }

  /** Throws with ajv's messages when `body` does not fit the documented response for that status. */
  check(operationId: string, status: number, body: unknown): void {
    const key = `${operationId} ${status}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      const schema = this.schemas.get(key);
      if (schema === undefined) throw new Error(`GitHub documents no JSON response ${status} for ${operationId}`);
      validate = this.ajv.compile(schema as Json);
      this.compiled.set(key, validate);
    }
    if (!validate(body)) {
      const errors = (validate.errors ?? [])
        .slice(0, 10)
        .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
      throw new Error(`${key} does not match GitHub's schema:\n  ${errors.join('\n  ')}`);
    }
  }
}

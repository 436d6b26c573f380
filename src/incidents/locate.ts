import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { PathSegment } from '../core/describe';
import type { Position } from '../core/finding';
import { scanPath, YamlLines } from './locate-scan';

export type { PathSegment };

/**
 * Finds where a path (['follow_ups', 0, 'owner']) sits in YAML source.
 * Only files with findings need positions, so they are found on demand:
 * clean files never pay for them. A line scanner (locate-scan.ts) answers
 * for the YAML people write; for anything else the source is parsed a
 * second time, with positions.
 */
export interface Locator {
  /** Position of the key of the deepest existing part of `path`. */
  key(path: readonly PathSegment[]): Position;
  /** Position of the value at `path`, or of the deepest existing part. */
  value(path: readonly PathSegment[]): Position;
}

interface Found {
  readonly keyNode: Node | undefined;
  readonly valueNode: Node | undefined;
}

function scalarKey(node: unknown): string | undefined {
  return isScalar(node) ? String(node.value) : undefined;
}

export function createLocator(yamlText: string, firstLine: number): Locator {
  let lines: YamlLines | undefined;
  const scanned = (path: readonly PathSegment[]) => scanPath((lines ??= new YamlLines(yamlText)), path);
  const shift = ({ line, column }: Position): Position => ({ line: line + firstLine - 1, column });
  const parsedLocator = createParsedLocator(yamlText, firstLine);
  return {
    key: (path) => {
      const found = scanned(path);
      return found ? shift(found.key) : parsedLocator.key(path);
    },
    value: (path) => {
      const found = scanned(path);
      return found ? shift(found.value) : parsedLocator.value(path);
    },
  };
}

/** The locator that parses: for the test that holds the scanner to it, and for what the scanner does not read. */
export function createParsedLocator(yamlText: string, firstLine: number): Locator {
  let cached: { counter: LineCounter; root: Node | null } | undefined;
  const parsed = () => {
    if (!cached) {
      const counter = new LineCounter();
      const doc = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: false, schema: 'core', strict: false });
      cached = { counter, root: (doc.contents as Node | null) ?? null };
    }
    return cached;
  };

  const walk = (path: readonly PathSegment[]): Found => {
    let found: Found = { keyNode: undefined, valueNode: parsed().root ?? undefined };
    for (const segment of path) {
      const node = found.valueNode;
      if (isMap(node)) {
        const pair = node.items.find((item) => scalarKey(item.key) === String(segment));
        if (!pair) return found;
        found = { keyNode: pair.key as Node, valueNode: (pair.value as Node | null) ?? (pair.key as Node) };
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) return found;
        found = { keyNode: item, valueNode: item };
      } else {
        return found;
      }
    }
    return found;
  };

  const at = (node: Node | undefined): Position => {
    const { counter } = parsed();
    const offset = node?.range?.[0];
    if (offset === undefined) return { line: firstLine, column: 1 };
    const { line, col } = counter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };

  return {
    key: (path) => {
      const found = walk(path);
      return at(found.keyNode ?? found.valueNode);
    },
    value: (path) => {
      const found = walk(path);
      return at(found.valueNode ?? found.keyNode);
    },
  };
}

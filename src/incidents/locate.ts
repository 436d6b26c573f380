import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { PathSegment } from '../core/describe';
import type { Position } from '../core/finding';

export type { PathSegment };

/**
 * Finds where a path (['follow_ups', 0, 'owner']) sits in YAML source.
 * Only files with findings need positions, so the source is parsed a second
 * time, with positions, on demand; clean files never pay for it.
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

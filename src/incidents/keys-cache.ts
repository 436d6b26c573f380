import { readFileSync } from 'node:fs';
import packageJson from '../../package.json';
import { writeFileAtomic } from './write-file';

/**
 * The ids and references of incident files by git blob id, kept between
 * runs under .git (in CI, in actions/cache). A file's blob id names its
 * content, so a cached answer is right for as long as the id is the same:
 * checking one file of a large repository then reads that file, not the
 * ids of every other one.
 */
export interface KeysCache {
  /** The keys of the content with this blob id: undefined when not known, null when it has none to read. */
  keysOf(blob: string): Record<string, unknown> | null | undefined;
  remember(blob: string, keys: Record<string, unknown> | null): void;
  /** Writes what this run used back, when anything changed: the cache holds the repository as it is now, no more. */
  save(): void;
}

/** The cache's format and the version that wrote it: a cache of another format, or written by other code, is not used. */
const FORMAT = `incidents-as-code keys by blob 1, ${packageJson.version}`;

/** A cache past this is not read: it belongs to no repository this tool checks in one run. */
const MAX_CACHE_BYTES = 512 * 1024 * 1024;

interface CacheFile {
  readonly format: string;
  readonly entries: Record<string, Record<string, unknown> | null>;
}

function readCache(file: string): Map<string, Record<string, unknown> | null> {
  try {
    const text = readFileSync(file, 'utf8');
    if (text.length > MAX_CACHE_BYTES) return new Map();
    const parsed = JSON.parse(text) as Partial<CacheFile>;
    if (parsed.format !== FORMAT || typeof parsed.entries !== 'object' || parsed.entries === null) return new Map();
    return new Map(Object.entries(parsed.entries));
  } catch {
    return new Map(); // none yet, or unreadable: every file is read
  }
}

export function openKeysCache(file: string): KeysCache {
  const known = readCache(file);
  const used = new Map<string, Record<string, unknown> | null>();
  let added = 0;
  return {
    keysOf(blob) {
      const keys = known.get(blob);
      if (keys === undefined || (keys !== null && typeof keys !== 'object')) return undefined;
      used.set(blob, keys);
      return keys;
    },
    remember(blob, keys) {
      used.set(blob, keys);
      added++;
    },
    save() {
      if (added === 0 && used.size === known.size) return;
      try {
        const entries = Object.fromEntries(used);
        writeFileAtomic(file, JSON.stringify({ format: FORMAT, entries } satisfies CacheFile), { createFolders: true });
      } catch {
        // A cache that cannot be written costs the next run time, never a finding.
      }
    },
  };
}

import type { Config } from '../core/config';
import { sectionKey } from '../incidents/markdown/headings';

/** A heading's key, and the key without a trailing '(...)': "Contributing Factors (findings)" counts as "Contributing factors". */
function keysOf(heading: string): string[] {
  const bare = heading.replace(/\s*\([^)]*\)\s*:?\s*$/, '');
  return bare === heading ? [sectionKey(heading)] : [sectionKey(heading), sectionKey(bare)];
}

/**
 * Which review section a heading (or a bold lead-in) stands for: the
 * section's own name, or one of its aliases (section_aliases in the config,
 * and the built-in ones), whatever the case, level and punctuation.
 */
export function sectionMatcher(config: Pick<Config, 'sectionAliases'>): (section: string, heading: string) => boolean {
  const aliases = new Map<string, Set<string>>();
  for (const [section, names] of Object.entries(config.sectionAliases)) {
    const key = sectionKey(section);
    const set = aliases.get(key) ?? new Set([key]);
    for (const name of names) set.add(sectionKey(name));
    aliases.set(key, set);
  }
  return (section, heading) => {
    const key = sectionKey(section);
    const accepted = aliases.get(key) ?? new Set([key]);
    return keysOf(heading).some((k) => accepted.has(k));
  };
}

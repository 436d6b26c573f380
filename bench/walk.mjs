// Every *.md file below a folder: the floors' own walk, kept minimal so they measure reading and parsing.
import { readdirSync } from 'node:fs';
import path from 'node:path';

export function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.name.endsWith('.md')) out.push(full);
  }
  return out;
}

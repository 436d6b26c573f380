// The floor for the batch review: read every incident file and parse its
// frontmatter with js-yaml, doing nothing else. Prints the file count.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.name.endsWith('.md')) out.push(full);
  }
  return out;
}

let parsed = 0;
for (const file of walk(process.argv[2])) {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---', 4);
  if (yaml.load(text.slice(4, end), { schema: yaml.CORE_SCHEMA })) parsed++;
}
process.stdout.write(`${parsed}\n`);

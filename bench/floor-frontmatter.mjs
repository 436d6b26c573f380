// The floor for the batch review: read every incident file and parse its
// frontmatter with js-yaml, doing nothing else. Prints the file count.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { walk } from './walk.mjs';

let parsed = 0;
for (const file of walk(process.argv[2])) {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---', 4);
  if (yaml.load(text.slice(4, end), { schema: yaml.CORE_SCHEMA })) parsed++;
}
process.stdout.write(`${parsed}\n`);

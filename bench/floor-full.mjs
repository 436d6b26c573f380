// The floor for a full validate: read every incident file, parse its
// frontmatter with js-yaml (CORE_SCHEMA) and its body with remark (unified +
// remark-parse), doing nothing else. Prints the file count.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { walk } from './walk.mjs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const markdown = unified().use(remarkParse);
let parsed = 0;
for (const file of walk(process.argv[2])) {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---', 4);
  const data = yaml.load(text.slice(4, end), { schema: yaml.CORE_SCHEMA });
  const tree = markdown.parse(text.slice(text.indexOf('\n', end + 1) + 1));
  if (data && tree.children.length > 0) parsed++;
}
process.stdout.write(`${parsed}\n`);

// Writes docs/rules.md from the rule catalog (src/validate/catalog/).
// Run after changing the catalog: npx tsx scripts/rules-doc.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES_DOC_FILE, renderRulesDoc } from '../src/report/rules-doc';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, RULES_DOC_FILE);
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, renderRulesDoc());
console.log(`wrote ${RULES_DOC_FILE}`);

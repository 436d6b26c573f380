// Writes docs/rules.md from the rule definitions (listed in src/validate/registry.ts).
// Run after changing a rule: npx tsx scripts/rules-doc.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES_DOC_FILE, renderRulesDoc } from '../src/report/rules-doc';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, RULES_DOC_FILE);
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, renderRulesDoc());
console.log(`wrote ${RULES_DOC_FILE}`);

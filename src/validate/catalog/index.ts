import { CONFIG } from './config';
import { FILES } from './files';
import { FOLLOW_UPS } from './follow-ups';
import { REFERENCES } from './references';
import { SCHEMA } from './schema';
import { SECTIONS } from './sections';
import { TIMESTAMPS } from './timestamps';
import type { RuleArea } from './types';
import { VALUES } from './values';
import { YAML } from './yaml';

export type { ExampleLanguage, RuleArea, RuleDoc } from './types';

/** Every rule, by area, in the order a file is checked. */
export const RULE_AREAS: readonly RuleArea[] = [FILES, YAML, SCHEMA, TIMESTAMPS, VALUES, REFERENCES, FOLLOW_UPS, SECTIONS, CONFIG];

import type { SourceDocument } from '../../incidents/document';
import { quote } from '../../core/describe';
import type { Finding } from '../../core/finding';
import { defineRule, lines } from '../../core/rule';
import { inConfig } from '../../core/rule-examples';

type ConfigDocument = Pick<SourceDocument, 'file' | 'data' | 'locate'>;

export const CONFIG_LABEL_COMMA = defineRule({
  id: 'config-label-comma',
  severity: 'error',
  summary: 'follow_ups.label is one label, without a comma',
  why: "Sync finds its issues by this label, and GitHub's issue filter reads `labels=team, follow-up` as two labels that must both be on an issue: none has them, so every run would file each follow-up again.",
  wrong: lines('follow_ups:', '  label: team, follow-up'),
  right: lines('follow_ups:', '  label: team-follow-up'),
  repository: inConfig,
});

/** The follow-up label as GitHub's issue filter can express it. */
export function followUpLabelFindings(document: ConfigDocument): Finding[] {
  const followUps = document.data.follow_ups as { label?: unknown } | undefined;
  const label = followUps?.label;
  if (typeof label !== 'string' || !label.includes(',')) return [];
  return [
    {
      file: document.file,
      ...document.locate.value(['follow_ups', 'label']),
      rule: CONFIG_LABEL_COMMA.id,
      severity: CONFIG_LABEL_COMMA.severity,
      message: `follow_ups.label ${quote(label)} contains a comma, which GitHub's issue filter reads as two labels that must both be present`,
      hint: `name one label without a comma, like ${quote(
        label
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
          .join('-'),
      )}`,
    },
  ];
}

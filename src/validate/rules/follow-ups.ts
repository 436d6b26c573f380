import { quote } from '../../core/describe';
import type { Finding } from '../../core/finding';
import { atKey, atValue, type IncidentRule } from './context';
import { records, text } from '../../incidents/fields';

/**
 * Each follow-up becomes a GitHub issue, and sync files 50 a run by default:
 * a hundred from one incident is two runs of nothing else. More than that is
 * a backlog or a generated list pasted in, not the remediation of one
 * incident; refusing it also keeps the checks below, and the issue
 * tracker, from doing thousands of things for one file.
 */
export const MAX_FOLLOW_UPS = 100;

/** Follow-up ids unique, reviewed incidents have follow-ups or say why not, closed ones say when. */
export const followUpsRule: IncidentRule = (document) => {
  const findings: Finding[] = [];
  const data = document.data;
  if (Array.isArray(data.follow_ups) && data.follow_ups.length > MAX_FOLLOW_UPS) {
    return [atKey(document, ['follow_ups'], {
      rule: 'follow-ups-too-many',
      message: `follow_ups lists ${data.follow_ups.length.toLocaleString('en-US')} items; one incident may have at most ${MAX_FOLLOW_UPS}`,
      hint: 'keep the follow-ups this incident\'s review decided on, and track a larger backlog in the issue tracker or a project board',
    })];
  }
  const followUps = records(data.follow_ups);

  const firstIndex = new Map<string, number>();
  for (const { value: followUp, index } of followUps) {
    const id = followUp.id;
    if (typeof id !== 'string') continue;
    const earlier = firstIndex.get(id);
    if (earlier === undefined) firstIndex.set(id, index);
    else {
      findings.push(atValue(document, ['follow_ups', index, 'id'], {
        rule: 'follow-up-id-duplicate',
        message: `follow-up id ${quote(id)} is used twice in this incident (also follow_ups[${earlier}])`,
        hint: 'give each follow-up its own id; the id links the follow-up to its GitHub issue',
      }));
    }
    const status = followUp.status;
    if ((status === 'done' || status === 'not-planned') && followUp.closed_at === undefined && followUp.issue === undefined) {
      findings.push(atValue(document, ['follow_ups', index, 'status'], {
        rule: 'follow-up-closed-at',
        severity: 'warning',
        message: `follow-up ${quote(String(id ?? index))} is ${status} but has no closed_at`,
        hint: 'add closed_at: YYYY-MM-DD so the batch review can measure how fast follow-ups get done',
      }));
    }
    if (followUp.owner === undefined && status !== 'done' && status !== 'not-planned') {
      findings.push(atKey(document, ['follow_ups', index], {
        rule: 'follow-up-owner',
        severity: 'warning',
        message: `follow-up ${quote(String(id ?? index))} has no owner`,
        hint: 'add owner: "@someone"; follow-ups without an owner rarely get done',
      }));
    }
  }

  const hasList = Array.isArray(data.follow_ups) && data.follow_ups.length > 0;
  if (text(data, 'status') === 'reviewed' && !hasList && data.no_follow_ups_reason === undefined) {
    findings.push(atValue(document, [Array.isArray(data.follow_ups) ? 'follow_ups' : 'status'], {
      rule: 'follow-ups-required',
      message: 'a reviewed incident needs follow-ups, or a reason why there are none',
      hint: 'list what will be done under follow_ups (id, title, owner), or add no_follow_ups_reason: "..." explaining why nothing needs doing',
    }));
  }
  return findings;
};

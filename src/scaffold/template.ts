import yaml from 'js-yaml';
import { sectionKey } from '../incidents/markdown/headings';
import type { NewIncident } from './answers';
import { formatZoned, type ZonedTime } from './parse-time';

/** What belongs in each usual review section, in one line the writer sees while filling it in. */
const SECTION_PROMPTS: Readonly<Record<string, string>> = {
  summary: 'What is happening, in two or three sentences someone joining now would understand. Keep it current.',
  impact: 'Who cannot do what, since when; numbers where you have them (orders failed, customers affected).',
  timeline: 'Key moments as they happen: what was seen, decided and done, with times. Add lines as you go.',
  contributingfactors: 'What made this possible or worse. There is rarely one root cause: list each factor.',
  whatwentwell: 'What helped: alerts that fired, runbooks that worked, people who stepped in.',
  whatwentwrong: 'What slowed the response or made the impact worse.',
  wherewegotlucky: 'What kept this from being worse that we cannot count on next time.',
  followups:
    'Work that makes a repeat less likely or less bad; add each one under follow_ups: in the frontmatter so it is filed as an issue.',
};

function sectionPrompt(section: string, severity: string): string {
  return (
    SECTION_PROMPTS[sectionKey(section)] ?? `What your team expects under '${section}' (${severity} reviews need it).`
  );
}

/** A YAML scalar or flow list, quoted only when it has to be (core schema, as the loader reads it). */
function yamlValue(value: string | readonly string[]): string {
  return yaml.dump(value, { schema: yaml.CORE_SCHEMA, flowLevel: 0, lineWidth: -1, quotingType: '"' }).trimEnd();
}

/**
 * What the Action's issue form records for detection: the moment the
 * record is opened (the issue), or the start when that is later (a clock a
 * minute off). `incidents new` asks instead.
 */
export function detectedAt(started: ZonedTime, now: Date): ZonedTime {
  const nowMinute = Math.floor(now.getTime() / 60_000) * 60_000;
  return formatZoned(Math.max(started.ms, nowMinute), started.offsetMinutes);
}

function zoneName(time: ZonedTime): string {
  return time.text.endsWith('Z') ? 'UTC' : `UTC${time.text.slice(19)}`;
}

function timelineTime(time: ZonedTime, reference: ZonedTime): string {
  const sameDay = time.text.slice(0, 10) === reference.text.slice(0, 10);
  return sameDay ? time.text.slice(11, 16) : `${time.text.slice(0, 10)} ${time.text.slice(11, 16)}`;
}

function frontmatter(id: string, incident: NewIncident): string[] {
  const lines = [
    `id: ${yamlValue(id)}`,
    `title: ${yamlValue(incident.title)}`,
    'status: investigating',
    `severity: ${yamlValue(incident.severity.id)}`,
    `started_at: ${incident.started.text}`,
    ...(incident.detected
      ? [`detected_at: ${incident.detected.text}`]
      : [
          '# When was it detected (the first alert fired, or someone noticed)? Time to detect cannot be measured without it:',
          '# detected_at: YYYY-MM-DDTHH:MM:SSZ',
        ]),
    '# How was it noticed? method: alert | customer | employee | automated-test | other',
    '# detection:',
    '#   method: alert',
    '#   alert: name-of-the-alert',
    incident.services.length ? `services: ${yamlValue(incident.services)}` : '# services: [name-of-the-service]',
  ];
  const otherRoles = ['communications: "@who-keeps-people-informed"', 'responders: ["@someone", "@someone-else"]'];
  if (incident.commander)
    lines.push(
      'roles:',
      `  incident_commander: ${JSON.stringify(incident.commander)}`,
      ...otherRoles.map((l) => `  # ${l}`),
    );
  else lines.push('# roles:', '#   incident_commander: "@who-coordinates"', ...otherRoles.map((l) => `#   ${l}`));
  lines.push(
    '# impact:',
    '#   summary: Who cannot do what, since when, with numbers where known.',
    '# When user impact stops: add mitigated_at (with a time zone) and set status: mitigated.',
    '# When the cause is fixed: add resolved_at and set status: resolved.',
  );
  return lines;
}

/** A line that would start a heading (ATX, or a setext underline), a code fence or an HTML block (an unclosed one swallows what follows). */
const BLOCK_START = /^( {0,3})(#{1,6}(?=[ \t]|$)|=+[ \t]*$|-+[ \t]*$|`{3,}|~{3,}|<)/;

/**
 * The summary people gave (a declared incident's form), as Markdown text
 * inside the Summary section: a backslash keeps each line's text but stops
 * it from starting a section, a fence or an HTML block of its own, so the
 * file keeps exactly the sections its severity needs.
 */
function summaryText(summary: string): string {
  return summary
    .trim()
    .split(/\r\n?|\n/)
    .map((line) => line.replace(BLOCK_START, '$1\\$2'))
    .join('\n');
}

function section(name: string, index: number, incident: NewIncident, now: Date): string[] {
  const lines = [`${index === 0 ? '#' : '##'} ${name}`, '', `<!-- ${sectionPrompt(name, incident.severity.id)} -->`];
  if (sectionKey(name) === 'summary' && incident.summary?.trim()) lines.push('', summaryText(incident.summary));
  if (sectionKey(name) === 'timeline') {
    lines.push(
      '',
      `All times ${zoneName(incident.started)}.`,
      '',
      `- ${timelineTime(incident.started, incident.started)} Impact starts.`,
    );
    const detected = incident.detected;
    if (detected && detected.ms > incident.started.ms) {
      const opened = detected.ms === Math.floor(now.getTime() / 60_000) * 60_000;
      lines.push(`- ${timelineTime(detected, incident.started)} Noticed${opened ? '; incident record opened' : ''}.`);
    }
  }
  return [...lines, ''];
}

/** The new incident file: frontmatter filled in, and the review sections its severity needs, each with a prompt. */
export function renderIncident(id: string, incident: NewIncident, now: Date): string {
  const body = incident.severity.reviewSections.flatMap((name, index) => section(name, index, incident, now));
  return `${['---', ...frontmatter(id, incident), '---', ...body].join('\n').trimEnd()}\n`;
}

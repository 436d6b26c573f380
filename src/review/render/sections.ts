import { PHASES, type Phase } from '../metrics/durations';
import { formatMinutes, formatMinutesExact, formatNumber, formatShare } from '../format';
import type { MissingField, ReviewReport } from '../report';
import { escapeMarkdown as esc, inlineCode } from '../../core/markdown-escape';
import { barChart, pieChart } from './mermaid';

const PHASE_NAMES: Record<Phase, string> = {
  time_to_detect: 'Detect',
  time_to_mitigate: 'Mitigate',
  time_to_resolve: 'Resolve',
};

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** What the themes section says when no theme was found: never an empty section. */
export function noThemesLine(r: Pick<ReviewReport, 'period'>): string {
  return r.period.baseline.length
    ? '_Nothing in this period stands out enough to raise as a theme: see the sections below._'
    : '_No themes yet: with no baseline to compare with, nothing in this period stands out enough to raise as one._';
}

export function themesSection(r: ReviewReport): string {
  const themes = r.themes.length ? r.themes.map((t, i) => `${i + 1}. ${esc(t)}`) : [noThemesLine(r)];
  return ['## Themes for discussion', '', ...themes].join('\n');
}

type Counts = NonNullable<ReviewReport['incidents']['previous']>;
const counts = (c: Counts | null, pick: (c: Counts) => number | undefined) => (c ? formatNumber(pick(c) ?? 0) : '–');

/** Which periods the baseline averages, in words. */
export function baselineWords(r: ReviewReport): string {
  const b = r.period.baseline;
  if (!b.length) return 'none';
  return b.length === 1 ? b[0]! : `average of ${b.length} periods, ${b[0]} to ${b[b.length - 1]}`;
}

/** Why there is no baseline, and the setting that would give one. */
export function noBaselineNote(r: ReviewReport): string {
  return r.period.records_from === null
    ? 'No baseline: no incidents are recorded.'
    : `No baseline: the records start on ${r.period.records_from}, so no period before this one holds any. If the program started earlier, set \`review.program_start\` in \`.incidents.yml\`.`;
}

export function overviewSection(r: ReviewReport): string {
  const sev = Object.keys(r.incidents.by_severity);
  const { previous, baseline } = r.incidents;
  const rows = [
    ['**Incidents**', `**${r.incidents.total}**`, counts(previous, (c) => c.total), counts(baseline, (c) => c.total)],
    ...sev.map((s) => [
      esc(s),
      formatNumber(r.incidents.by_severity[s] ?? 0),
      counts(previous, (c) => c.by_severity[s]),
      counts(baseline, (c) => c.by_severity[s]),
    ]),
    [
      'Near misses',
      formatNumber(r.incidents.near_misses),
      counts(previous, (c) => c.near_misses),
      counts(baseline, (c) => c.near_misses),
    ],
  ];
  return [
    '## Overview',
    '',
    table(
      [
        '',
        `This period (${esc(r.period.label)}${r.period.partial ? ', so far' : ''})`,
        `Previous (${r.period.previous === null ? 'no records' : esc(r.period.previous)})`,
        `Baseline (${esc(baselineWords(r))})`,
      ],
      rows,
    ),
    ...(baseline ? [] : ['', `_${noBaselineNote(r)}_`]),
    '',
    barChart('Incidents per period', 'Incidents', r.trends.periods, r.trends.incidents),
  ].join('\n');
}

export function durationsSection(r: ReviewReport): string {
  const d = r.durations;
  const cells = (x: ReviewReport['durations']['time_to_detect']) => [
    formatMinutes(x.p50_minutes),
    formatMinutes(x.p90_minutes),
    String(x.count),
  ];
  const rows = [
    ...Object.entries(d.by_severity).map(([s, p]) => [esc(s), ...PHASES.flatMap((phase) => cells(p[phase]))]),
    ['**All**', ...PHASES.flatMap((phase) => cells(d[phase]))],
  ];
  const header = ['Severity', ...PHASES.flatMap((p) => [`${PHASE_NAMES[p]} p50`, `${PHASE_NAMES[p]} p90`, 'n'])];
  const missing = PHASES.filter((p) => d.missing[p] > 0).map(
    (p) => `${d.missing[p]} without the end of "${PHASE_NAMES[p].toLowerCase()}"`,
  );
  return [
    '## Time to detect, mitigate and resolve',
    '',
    'From the start of impact. Medians (p50) and 90th percentiles, not means: incident durations are skewed.',
    '',
    r.incidents.total ? table(header, rows) : '_No incidents in this period._',
    ...(missing.length
      ? ['', `_Left out where the data is missing: ${missing.join(', ')} (still open, or not recorded)._`]
      : []),
    ...(d.slowest.length
      ? [
          '',
          'Slowest to mitigate:',
          '',
          ...d.slowest.map(
            (s) =>
              `- ${inlineCode(s.incident)} (${esc(s.severity)}): ${formatMinutes(s.time_to_mitigate_minutes)}, ${esc(s.title)}`,
          ),
        ]
      : []),
  ].join('\n');
}

export function detectionSection(r: ReviewReport): string {
  const d = r.detection;
  const rows = Object.entries(d.by_method)
    .filter(([, n]) => n > 0)
    .map(([m, n]) => [esc(m), String(n), formatShare(d.shares[m] ?? null)]);
  return [
    '## Detection',
    '',
    d.known
      ? table(['Noticed first by', 'Incidents', 'Share'], rows)
      : r.incidents.total
        ? '_Detection cannot be shown: no incident in this period records `detection.method`._'
        : '_No incidents in this period._',
    ...(d.unknown ? ['', `_${d.unknown} incident(s) do not record how they were detected._`] : []),
    ...(d.known ? ['', pieChart('Who noticed first', Object.entries(d.by_method))] : []),
  ].join('\n');
}

export function trendsSection(r: ReviewReport): string {
  const t = r.trends;
  const block = (title: string, list: ReviewReport['trends']['categories']) =>
    list.length
      ? [
          `### ${title}`,
          '',
          table(
            ['', ...t.periods.map(esc)],
            list.map((s) => [esc(s.name), ...s.counts.map(String)]),
          ),
          '',
        ]
      : [];
  const top = t.categories.slice(0, 6);
  const hasBaseline = r.period.baseline.length > 0;
  // One bar for the period and one for the baseline, side by side per category: bars compare like with like.
  const chart = hasBaseline
    ? barChart(
        `Categories: ${r.period.label} against the baseline (average per period)`,
        'Incidents',
        top.flatMap((s) => [`${s.name} ${r.period.label}`, `${s.name} baseline`]),
        top.flatMap((s) => [s.current, s.baseline_avg ?? 0]),
      )
    : barChart(
        `Categories: ${r.period.label}`,
        'Incidents',
        top.map((s) => s.name),
        top.map((s) => s.current),
      );
  const moved = (list: ReviewReport['trends']['grew']) =>
    list
      .map(
        (g) =>
          `${esc(g.name)} (${g.dimension.replace('_', ' ')}: ${g.current} against ${formatNumber(g.baseline_avg)})`,
      )
      .join('; ');
  return [
    '## Trends',
    '',
    ...(top.length ? [chart, ''] : []),
    ...block('Categories', t.categories),
    ...block('Services', t.services),
    ...block('Contributing factors', t.contributing_factors),
    hasBaseline
      ? t.grew.length
        ? `What grew: ${moved(t.grew)}.`
        : '_Nothing grew against its baseline._'
      : `_Nothing is compared: ${noBaselineNote(r).replace(/^No baseline: /, '')}_`,
    ...(hasBaseline && t.fell.length ? ['', `What fell: ${moved(t.fell)}.`] : []),
  ].join('\n');
}

/** The sentence for a section the data cannot answer, naming the field that would let it; undefined when it can. */
function cannotAnswer(r: ReviewReport, field: MissingField, what: string): string | undefined {
  return r.missing_fields.includes(field)
    ? `_${what}: no incident in this period records \`${field}\`. Record it and the review will show it._`
    : undefined;
}

export function repeatsSection(r: ReviewReport): string {
  const silent = cannotAnswer(r, 'contributing_factors', 'Repeats cannot be inferred');
  return [
    '## Repeats',
    '',
    ...(r.incidents.total === 0
      ? ['_No incidents in this period._']
      : [
          r.novelty_rate === null
            ? 'Novelty rate: **–** (unknown without contributing factors or `repeat_of`).'
            : `Novelty rate: **${formatShare(r.novelty_rate)}** of this period's incidents repeat no earlier one.`,
          '',
          r.repeats.length
            ? table(
                ['Incident', 'Repeats', 'Link', 'Evidence'],
                r.repeats.map((x) => [
                  inlineCode(x.incident),
                  inlineCode(x.repeat_of),
                  x.strength === 'explicit'
                    ? 'explicit (`repeat_of`)'
                    : x.strength === 'strong'
                      ? 'inferred, strong'
                      : 'inferred, weak (not counted)',
                  x.strength === 'explicit' ? '–' : esc(x.reason.replace(/^(?:strong|weak): /, '')),
                ]),
              )
            : (silent ?? '_No repeats in this period._'),
          ...(r.repeats.length && silent
            ? [
                '',
                '_Inferred from services, alerts, tags and titles only: no incident in this period records `contributing_factors`._',
              ]
            : []),
        ]),
    ...(r.repeat_chains.some((c) => c.length > 2)
      ? [
          '',
          'Chains (explicit and strong links only):',
          '',
          ...r.repeat_chains.filter((c) => c.length > 2).map((c) => `- ${c.map((id) => inlineCode(id)).join(' → ')}`),
        ]
      : []),
  ].join('\n');
}

/** Member titles shown under a theme in Markdown; the JSON lists up to 12 distinct ones. */
const MEMBERS_SHOWN = 6;

export function recurringSection(r: ReviewReport): string {
  return [
    '## Recurring remediations',
    '',
    'Follow-ups that propose the same thing in different words, across incidents up to the end of this period.',
    '',
    ...(r.recurring_follow_ups.length
      ? r.recurring_follow_ups.flatMap((t) => [
          `- **${esc(t.theme)}**${t.pinned ? ' (pinned)' : ''}: ${t.follow_ups.length} follow-ups in ${t.incidents.length} incidents, ${t.done} done. ${esc(t.question)}`,
          ...t.members
            .slice(0, MEMBERS_SHOWN)
            .map((m) => `  - ${esc(m.title)} (${inlineCode(m.follow_up.slice(0, m.follow_up.lastIndexOf('/')))})`),
          ...(t.follow_ups.length > Math.min(t.members.length, MEMBERS_SHOWN)
            ? [`  - and ${t.follow_ups.length - Math.min(t.members.length, MEMBERS_SHOWN)} more follow-up(s)`]
            : []),
        ])
      : [
          r.incidents.total === 0
            ? '_No incidents in this period._'
            : (cannotAnswer(r, 'follow_ups', 'No remediation analysis') ??
              '_No remediation was proposed in more than one incident._'),
        ]),
  ].join('\n');
}

export function followUpsSection(r: ReviewReport): string {
  const f = r.follow_ups;
  return [
    '## Follow-up health',
    '',
    f.source === 'issues'
      ? 'States read from the follow-up issues on GitHub.'
      : 'States read from the incident files (no GitHub token: issue states were not read).',
    '',
    table(
      ['Follow-ups', 'Done', 'Not planned', 'Open', 'Overdue', 'Done within 30 days'],
      [
        [
          String(f.total),
          String(f.done),
          String(f.not_planned),
          String(f.open),
          String(f.overdue),
          String(f.completed_within_30d),
        ],
      ],
    ),
    ...(f.oldest_open.length
      ? [
          '',
          'Oldest open:',
          '',
          ...f.oldest_open.map(
            (o) => `- ${inlineCode(o.key)}: ${esc(o.title)} (${o.age_days} days since the incident)`,
          ),
        ]
      : []),
  ].join('\n');
}

export function peopleSection(r: ReviewReport): string {
  const p = r.responders;
  const total = p.incident_commanders.reduce((sum, c) => sum + c.count, 0);
  if (r.incidents.total === 0) return ['## People', '', '_No incidents in this period._'].join('\n');
  return [
    '## People',
    '',
    p.incident_commanders.length
      ? table(
          ['Incident commander', 'Incidents', 'Share'],
          p.incident_commanders.map((c) => [
            esc(c.handle),
            String(c.count),
            formatShare(total ? c.count / total : null),
          ]),
        )
      : cannotAnswer(r, 'roles.incident_commander', 'No load figures')!,
    ...(p.top_two_share === null
      ? []
      : [
          '',
          `The two most frequent commanders led **${formatShare(p.top_two_share)}** of incidents.${p.concentrated.length ? ` More than a third each: ${p.concentrated.map(esc).join(', ')}.` : ''}`,
        ]),
    ...(p.without_commander && p.incident_commanders.length
      ? ['', `_${p.without_commander} incident(s) record no incident commander._`]
      : []),
    ...(p.responders.length
      ? [
          '',
          `Responders: ${p.responders
            .slice(0, 10)
            .map((x) => `${esc(x.handle)} (${x.count})`)
            .join(', ')}.`,
        ]
      : []),
  ].join('\n');
}

/** Historical records are resolved but have no review deadline: said once, so "none resolved" never misleads. */
function historicalNote(historical: number): string[] {
  return historical
    ? [
        '',
        `_${historical} historical record${historical === 1 ? '' : 's'} (recorded after the fact) ${historical === 1 ? 'has' : 'have'} no review deadline and ${historical === 1 ? 'is' : 'are'} not counted here._`,
      ]
    : [];
}

export function reviewsSection(r: ReviewReport): string {
  const v = r.reviews;
  if (v.resolved === 0 && v.historical)
    return [
      '## Review health',
      '',
      '_No incident in this period has a review deadline._',
      ...historicalNote(v.historical),
    ].join('\n');
  if (v.resolved === 0)
    return [
      '## Review health',
      '',
      r.incidents.total
        ? '_No incident in this period is resolved yet: no review is due._'
        : '_No incidents in this period._',
    ].join('\n');
  const median =
    v.median_days_to_review === null
      ? (cannotAnswer(r, 'review.date', 'Time to review cannot be measured') ?? '')
      : `Median time from resolution to review: **${formatNumber(v.median_days_to_review)} days** (${v.reviewed} of ${v.resolved} resolved incidents reviewed).`;
  return [
    '## Review health',
    '',
    median,
    '',
    v.past_deadline.length
      ? table(
          ['Incident', 'Severity', 'Deadline', 'Reviewed', 'Days late'],
          v.past_deadline.map((x) => [
            inlineCode(x.incident),
            esc(x.severity),
            x.deadline,
            x.reviewed ?? 'not yet',
            String(x.days_late),
          ]),
        )
      : `_No review is past its deadline (${v.resolved} resolved incident(s))._`,
    ...historicalNote(v.historical),
  ].join('\n');
}

const GOAL_HINT = [
  'No goals are set. Goals turn this review into a check against what the organisation wants from reliability work; add some to `.incidents.yml`:',
  '',
  '```yaml',
  'goals:',
  '  - name: Fast mitigation',
  '    metric: time_to_mitigate',
  '    stat: p50',
  '    where: { severity: [SEV1, SEV2] }',
  '    target: "<= 30m"',
  '```',
];

export function goalsSection(r: ReviewReport): string {
  const value = (unit: string, v: number | null) =>
    unit === 'minutes' ? formatMinutesExact(v) : unit === 'share' ? formatShare(v) : formatNumber(v);
  const trend = { better: '↗ better', worse: '↘ worse', same: '→ same' } as const;
  return [
    '## Goals',
    '',
    ...(r.goals.length
      ? [
          table(
            ['Goal', 'This period', 'Target', 'Baseline', 'Met', 'Trend'],
            r.goals.map((g) => [
              esc(g.name),
              value(g.unit, g.value),
              esc(g.target),
              value(g.unit, g.baseline),
              g.met === null ? 'no data' : g.met ? '✅ yes' : '❌ no',
              g.trend ? trend[g.trend] : '–',
            ]),
          ),
          ...r.goals.flatMap((g) => (g.scaling ? ['', `_${esc(g.name)} is ${esc(g.scaling)}._`] : [])),
        ]
      : GOAL_HINT),
  ].join('\n');
}

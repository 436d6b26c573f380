/** Mermaid charts GitHub draws in Markdown. Labels come from files: quotes and brackets are dropped. */
function label(text: string): string {
  return `"${text.replace(/["[\]{}<>`\n\r]/g, '').slice(0, 80)}"`;
}

export function barChart(
  title: string,
  axis: string,
  labels: readonly string[],
  bars: readonly number[],
  line?: readonly number[],
): string {
  const max = Math.max(1, ...bars, ...(line ?? []));
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${label(title)}`,
    `  x-axis [${labels.map(label).join(', ')}]`,
    `  y-axis ${label(axis)} 0 --> ${Math.ceil(max * 1.1)}`,
    `  bar [${bars.join(', ')}]`,
    ...(line ? [`  line [${line.join(', ')}]`] : []),
    '```',
  ].join('\n');
}

export function pieChart(title: string, slices: readonly [string, number][]): string {
  return [
    '```mermaid',
    `pie title ${title.replace(/[\n\r"]/g, '')}`,
    ...slices.filter(([, n]) => n > 0).map(([name, n]) => `  ${label(name)} : ${n}`),
    '```',
  ].join('\n');
}

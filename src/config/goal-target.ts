/** A goal's target, as .incidents.yml writes it: an operator, a number and a unit. */
export type Unit = 'count' | 'minutes' | 'share';

export interface Target {
  readonly op: '<=' | '>=' | '<' | '>' | '==';
  readonly value: number;
  readonly unit: Unit;
}

/** "<= 30m" -> {op: '<=', value: 30, unit: minutes}. The config schema guarantees the shape. */
export function parseTarget(text: string): Target {
  const m = /^\s*(<=|>=|<|>|==)\s*(\d+(?:\.\d+)?)\s*(%|m|h|d)?\s*$/.exec(text);
  if (!m) throw new Error(`not a goal target: '${text}'`);
  const value = Number(m[2]);
  const unit = m[3];
  if (unit === '%') return { op: m[1] as Target['op'], value: value / 100, unit: 'share' };
  if (unit === 'm' || unit === 'h' || unit === 'd')
    return { op: m[1] as Target['op'], value: value * (unit === 'm' ? 1 : unit === 'h' ? 60 : 1440), unit: 'minutes' };
  return { op: m[1] as Target['op'], value, unit: 'count' };
}

/** 95 -> "1 h 35 min"; 3000 -> "2 d 2 h". */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return '–';
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  if (m < 1440) return `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`;
  const hours = Math.round((m % 1440) / 60);
  return `${Math.floor(m / 1440)} d${hours ? ` ${hours} h` : ''}`;
}

export function formatShare(value: number | null): string {
  return value === null ? '–' : `${Math.round(value * 100)}%`;
}

export function formatNumber(value: number | null): string {
  if (value === null) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1).replace(/\.?0+$/, '');
}

/** Like formatMinutes, but exact to the minute at any length: what a goal's value is judged on. */
export function formatMinutesExact(minutes: number | null): string {
  if (minutes === null || minutes < 1440) return formatMinutes(minutes);
  const m = Math.round(minutes);
  const parts = [
    [Math.floor(m / 1440), 'd'],
    [Math.floor((m % 1440) / 60), 'h'],
    [m % 60, 'min'],
  ] as const;
  return parts
    .filter(([n], i) => i === 0 || n > 0)
    .map(([n, unit]) => `${n} ${unit}`)
    .join(' ');
}

import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);

// src/scaffold/parse-time.ts
var TIME_FORMS = "write now, 30m ago, 14:05 or 2026-03-04T09:12Z";
var MINUTE = 6e4;
var UNIT_MS = { m: MINUTE, h: 60 * MINUTE, d: 24 * 60 * MINUTE };
var RELATIVE = /^(\d{1,4})\s*(m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago$/;
var CLOCK = /^(\d{1,2}):(\d{2})$/;
var ISO = /^(\d{4})-(\d{2})-(\d{2})[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(z|[+-]\d{2}:?\d{2})?$/;
function pad(n) {
  return String(n).padStart(2, "0");
}
function zoneOffsetMinutes(ms, timeZone) {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric"
  });
  const part = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(
    part.year ?? 0,
    (part.month ?? 1) - 1,
    part.day ?? 1,
    part.hour ?? 0,
    part.minute ?? 0,
    part.second ?? 0
  );
  return Math.round((wall - Math.floor(ms / 1e3) * 1e3) / MINUTE);
}
function formatZoned(ms, offsetMinutes) {
  const wall = new Date(ms + offsetMinutes * MINUTE).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const zone = offsetMinutes === 0 ? "Z" : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return { ms, offsetMinutes, text: `${wall}${zone}` };
}
function inZone(ms, timeZone) {
  return formatZoned(ms, zoneOffsetMinutes(ms, timeZone));
}
function fromWall(wallMs, timeZone) {
  const first = zoneOffsetMinutes(wallMs, timeZone);
  const guess = wallMs - first * MINUTE;
  const second = zoneOffsetMinutes(guess, timeZone);
  return second === first ? guess : wallMs - second * MINUTE;
}
function validWall(y, mo, d, h, mi, s) {
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  const same = back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && back.getUTCHours() === h && back.getUTCMinutes() === mi;
  return same && s < 60 ? ms : void 0;
}
function zoneMinutes(zone) {
  if (zone === "z") return 0;
  const digits = zone.replace(":", "");
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return zone.startsWith("-") ? -minutes : minutes;
}
function parseIso(match, input, timeZone) {
  const [y, mo, d, h, mi, s] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const wall = validWall(y, mo, d, h, mi, s);
  if (wall === void 0) return { ok: false, reason: `there is no such date or time: '${input}' (${TIME_FORMS})` };
  const zone = match[7];
  if (zone === void 0) return { ok: true, time: inZone(fromWall(wall, timeZone), timeZone) };
  const offset = zoneMinutes(zone);
  if (Math.abs(offset) > 14 * 60)
    return {
      ok: false,
      reason: `'${zone.toUpperCase()}' is not a time zone offset: use Z or one between -12:00 and +14:00`
    };
  return { ok: true, time: formatZoned(wall - offset * MINUTE, offset) };
}
function parseStartTime(input, now, timeZone) {
  const text = input.trim().toLowerCase();
  const nowMs = Math.floor(now.getTime() / MINUTE) * MINUTE;
  let result;
  const relative = RELATIVE.exec(text);
  const clock = CLOCK.exec(text);
  const iso = ISO.exec(text);
  if (text === "now") {
    result = { ok: true, time: inZone(nowMs, timeZone) };
  } else if (relative) {
    const unit = UNIT_MS[relative[2].charAt(0)];
    result = { ok: true, time: inZone(nowMs - Number(relative[1]) * unit, timeZone) };
  } else if (clock) {
    const [h, mi] = [Number(clock[1]), Number(clock[2])];
    if (h > 23 || mi > 59) return { ok: false, reason: `there is no such time: '${input.trim()}' (${TIME_FORMS})` };
    const today = new Date(nowMs + zoneOffsetMinutes(nowMs, timeZone) * MINUTE);
    const wall = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), h, mi);
    const ms = fromWall(wall, timeZone);
    if (ms > now.getTime()) {
      const yesterday = new Date(wall - UNIT_MS.d).toISOString().slice(0, 16);
      return { ok: false, reason: `${input.trim()} today is still to come; for yesterday write ${yesterday}` };
    }
    result = { ok: true, time: inZone(ms, timeZone) };
  } else if (iso) {
    result = parseIso(iso, input.trim(), timeZone);
  }
  if (!result) return { ok: false, reason: `not a time I understand: ${TIME_FORMS}` };
  if (result.ok && result.time.ms > now.getTime()) {
    return {
      ok: false,
      reason: `${result.time.text} is in the future: impact must already have started; check the date and the time zone`
    };
  }
  return result;
}

export {
  TIME_FORMS,
  zoneOffsetMinutes,
  formatZoned,
  fromWall,
  parseStartTime
};

/**
 * Opening hours: the parser for `clinic-hours` and the lines' `hours`, and whether a line is open, all as pure
 * functions of (hours, IANA time zone, Date), so they are tested without a browser and with any clock.
 *
 * Format: rules separated by `;`, each days then times, e.g. `Mo-Fr 08:00-17:00; Sa 09:00-12:00`. Days are `Mo Tu We
 * Th Fr Sa Su`, alone, in ranges (`Mo-Fr`, `Sa-Mo`) or lists (`Mo,Tu,Th`); times are 24-hour `HH:MM-HH:MM`, one or
 * more separated by commas (`Mo-Fr 08:00-12:00,13:00-17:00`), each ending after it starts (`24:00` for midnight). The
 * times are wall-clock times in the line's zone, so daylight saving changes nothing in the data: local time in the
 * zone is read with Intl.DateTimeFormat on the patient's device, which knows each zone's rules.
 */

/** One list per day from Monday (0) to Sunday (6): open from `list[i]` to `list[i + 1]`, in minutes after midnight. */
export type Hours = number[][];

/** Open or closed, and when that next changes (the opening time when closed), or no `change` if it never does. */
export interface HoursStatus {
  open: boolean;
  change?: Date;
}

const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const WEEK = 7 * 1440;

/** The patient's clock. Tests set another with setClock; nothing else does. */
export let clock = (): Date => new Date();

/** @internal For tests: a fixed or moving clock, or the real one again without an argument. */
export function setClock(next?: () => Date): void {
  clock = next ?? (() => new Date());
}

/** At most this many opening ranges a day: enough for any clinic, and a bound on the work per render. */
export const MAX_RANGES = 6;

/**
 * The week's hours from the format above, or `undefined` when the text does not follow it. Dashes pasted from a word
 * processor or a CMS ("Mo–Fr 08:00–17:00") read as hyphens.
 */
export function parseHours(spec: string): Hours | undefined {
  const week: Hours = DAYS.map(() => []);
  let rules = 0;
  for (const rule of spec.replace(/[\u2010-\u2015\u2212]/g, '-').split(';')) {
    if (!rule.trim()) continue;
    // Days, then times from the first digit on (no backtracking, whatever the input).
    const at = rule.search(/\d/);
    const parts = ['', rule.slice(0, at).trim(), rule.slice(at).trim()];
    if (at < 0 || !/^[a-z][a-z ,-]*$/i.test(parts[1]) || !/^[\d :,-]+$/.test(parts[2])) return undefined;
    const days: number[] = [];
    for (const range of parts[1].split(',')) {
      const [first, last = first, extra] = range.trim().toLowerCase().split(/\s*-\s*/);
      let day = DAYS.indexOf(first);
      const end = DAYS.indexOf(last);
      if (day < 0 || end < 0 || extra !== undefined) return undefined;
      for (;;) {
        days.push(day);
        if (day === end) break;
        day = (day + 1) % 7;
      }
    }
    for (const range of parts[2].split(',')) {
      const time = /^\s*(\d\d?):([0-5]\d)\s*-\s*(\d\d?):([0-5]\d)\s*$/.exec(range);
      if (!time) return undefined;
      const start = +time[1] * 60 + +time[2];
      const end = +time[3] * 60 + +time[4];
      if (start >= end || end > 1440) return undefined;
      for (const day of days) {
        week[day].push(start, end);
        if (week[day].length > MAX_RANGES * 2) return undefined;
      }
    }
    rules++;
  }
  // Ranges in order, and ranges that overlap or meet joined ("Mo-Fr 09:00-13:00; Mo-Fr 12:00-17:00" is 9 to 5).
  for (const [day, list] of week.entries()) {
    const merged: number[][] = [];
    for (const pair of rangePairs(list).sort((a, b) => a[0] - b[0])) {
      const last = merged[merged.length - 1];
      if (last && pair[0] <= last[1]) last[1] = Math.max(last[1], pair[1]);
      else merged.push(pair);
    }
    week[day] = merged.flat();
  }
  return rules ? week : undefined;
}

/** A day's ranges as `[from, to]` pairs (in order once `parseHours` has read them). */
export function rangePairs(list: number[]): number[][] {
  const pairs: number[][] = [];
  for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
  return pairs;
}

/**
 * `zone` as this browser names it, when it is an IANA time zone the browser knows ("europe/london" is
 * "Europe/London"), else `undefined`.
 */
export function knownZone(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Minutes since Monday 00:00 on the wall clocks of `zone` at `date` (the device's zone without one). */
export function wallMinute(zone: string | undefined, date: Date): number {
  const key = zone ?? '';
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', weekday: 'short', hour: 'numeric', minute: 'numeric' });
    formats.set(key, format);
  }
  const parts = format.formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  // Some engines write midnight as hour 24.
  return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday')) * 1440 + (+part('hour') % 24) * 60 + +part('minute');
}

const isOpen = (week: Hours, minute: number) => {
  const list = week[Math.floor(minute / 1440) % 7];
  const time = minute % 1440;
  for (let i = 0; i < list.length; i += 2) if (list[i] <= time && time < list[i + 1]) return true;
  return false;
};

/** Whether a line with these hours is open in `zone` at `now`, and the moment that next changes. */
export function hoursStatus(week: Hours, zone: string | undefined, now: Date): HoursStatus {
  const here = wallMinute(zone, now);
  const open = isOpen(week, here);
  // The next wall-clock minute, within a week and a day, at which a range starts or ends and the status changes.
  let next = Infinity;
  week.forEach((list, day) => {
    for (const time of list) {
      const at = day * 1440 + time;
      const ahead = (at - here + WEEK) % WEEK || WEEK;
      if (ahead < next && isOpen(week, (here + ahead) % WEEK) !== open) next = ahead;
    }
  });
  if (next === Infinity) return { open };
  // Wall minutes ahead, as an instant; then corrected once by what the zone's clock reads then (a daylight saving
  // change in between moves it by the change). Seconds are counted off: the change is at the start of its minute.
  let change = now.getTime() - (now.getTime() % 60000) + next * 60000;
  const off = ((here + next - wallMinute(zone, new Date(change)) + WEEK * 1.5) % WEEK) - WEEK / 2;
  change += off * 60000;
  // A time that the clocks skip (a range opening at 1:00 on the night they go from 1:00 to 2:00) has no instant: the
  // change is the first minute after it when the status really differs, never a moment already past.
  for (let step = 0; step < 180 && (change <= now.getTime() || isOpen(week, wallMinute(zone, new Date(change))) === open); step++) {
    change += 60000;
  }
  return { open, change: new Date(change) };
}

/**
 * The week as it is written out: each set of opening ranges with the days that have it, as runs of days in a row
 * (`[[0, 4]]` for Monday to Friday; `[[5, 0]]`, ending before it starts, for Saturday to Monday), in the order of
 * their first day. Closed days are left out.
 */
export function hoursRules(week: Hours): { runs: number[][]; ranges: number[] }[] {
  const rules: { runs: number[][]; ranges: number[]; key: string }[] = [];
  week.forEach((list, day) => {
    if (!list.length) return;
    const key = String(list);
    const rule = rules.find((r) => r.key === key);
    const last = rule?.runs[rule.runs.length - 1];
    if (!rule) rules.push({ runs: [[day, day]], ranges: list, key });
    else if (last![1] === day - 1) last![1] = day;
    else rule.runs.push([day, day]);
  });
  // A run to Sunday and one from Monday are one run past the weekend ("Sa-Mo").
  for (const { runs } of rules) {
    const first = runs[0];
    const last = runs[runs.length - 1];
    if (runs.length > 1 && first[0] === 0 && last[1] === 6) {
      runs.shift();
      last[1] = first[1];
    }
  }
  return rules.map(({ runs, ranges }) => ({ runs, ranges }));
}

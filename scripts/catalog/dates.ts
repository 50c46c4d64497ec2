// Dates of the fact files: a year (1949, read as its first day) or a day ('1990-10-03'), compared
// as day numbers YYYYMMDD the way the catalog loader reads them (src/core/catalogPeriod.ts):
// `from` inclusive, `until` exclusive, a missing end open.

/** As written in a fact file: a year is a YAML number, a day a YAML string. */
export type DateValue = number | string;

export interface Period {
  from?: DateValue;
  until?: DateValue;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a year or a YYYY-MM-DD date, or undefined when it is neither. */
export function dayNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1000 && value <= 2999 ? value * 10000 + 101 : undefined;
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}$/.test(value)) return dayNumber(Number(value));
  const m = DAY.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const real = new Date(Date.UTC(year, month - 1, day));
  if (real.getUTCFullYear() !== year || real.getUTCMonth() !== month - 1 || real.getUTCDate() !== day) return undefined;
  return year * 10000 + month * 100 + day;
}

/** A year as a number and a day as a string, whichever way the fact file wrote them. */
export function normaliseDate(value: DateValue): DateValue {
  return typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value;
}

/** True when two periods share a day (an open end reaches every date). */
export function periodsOverlap(a: Period, b: Period): boolean {
  const aFrom = a.from === undefined ? -Infinity : dayNumber(a.from)!;
  const aUntil = a.until === undefined ? Infinity : dayNumber(a.until)!;
  const bFrom = b.from === undefined ? -Infinity : dayNumber(b.from)!;
  const bUntil = b.until === undefined ? Infinity : dayNumber(b.until)!;
  return aFrom < bUntil && bFrom < aUntil;
}

/** `1949–1990-10-03`, `from 1992`, `until 1991`, `always`: a period for messages. */
export function periodText(p: Period): string {
  if (p.from !== undefined && p.until !== undefined) return `${p.from}–${p.until}`;
  if (p.from !== undefined) return `from ${p.from}`;
  return p.until !== undefined ? `until ${p.until}` : 'always';
}

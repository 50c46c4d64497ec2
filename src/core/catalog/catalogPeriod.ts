/**
 * Dates in the catalog and in documents, as comparable day numbers `YYYYMMDD` (19901003): an
 * alias's period (`from` inclusive, `until` exclusive) and a document's date. A year alone means
 * its first day in a period (`until: 1992` ends before 1992) and its middle in a document's date
 * (a speech dated only "1990" is taken as 1990-07-01: the nearest day to any day of that year).
 */

export interface Period {
  /** First day (YYYYMMDD) the period includes; undefined: open. */
  from?: number;
  /** First day (YYYYMMDD) after the period; undefined: open. */
  until?: number;
}

/** A document's date as a day number, with where it came from (shown in hover cards and problems). */
export interface DocumentDate {
  day: number;
  /** As written: `1985`, `1990-10-03`. */
  text: string;
  /** `front matter`, `documents.yaml`, `file name`, `folder name`. */
  source: string;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The day number of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date, or undefined when it is not one. */
export function parseDay(text: string, yearAlone: 'start' | 'middle'): number | undefined {
  const m = DATE.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? (yearAlone === 'start' ? 1 : 7) : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return year * 10000 + month * 100 + day;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the day lies in the period. */
export function inPeriod(period: Period, day: number): boolean {
  return (period.from === undefined || day >= period.from) && (period.until === undefined || day < period.until);
}

/** True when two periods share a day (an open end reaches every date). */
export function periodsOverlap(a: Period, b: Period): boolean {
  const aFrom = a.from ?? -Infinity,
    aUntil = a.until ?? Infinity;
  const bFrom = b.from ?? -Infinity,
    bUntil = b.until ?? Infinity;
  return aFrom < bUntil && bFrom < aUntil;
}

/** `1949–1990-10-03`, `from 1992`, `until 1991`: a period for people. */
export function periodLabel(period: Period): string {
  const day = (n: number): string => {
    const y = Math.floor(n / 10000),
      m = Math.floor(n / 100) % 100,
      d = n % 100;
    return m === 1 && d === 1 ? String(y) : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  if (period.from !== undefined && period.until !== undefined) return `${day(period.from)}–${day(period.until)}`;
  if (period.from !== undefined) return `from ${day(period.from)}`;
  return period.until !== undefined ? `until ${day(period.until)}` : 'always';
}

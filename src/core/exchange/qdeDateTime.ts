/**
 * Sidecar timestamps (`created`, `modified`: an ISO 8601 date, or a date and time) as the
 * xsd:dateTime the REFI-QDA schema types them with. A time without seconds gets `:00`, a zone
 * `+hhmm` becomes `+hh:mm`; a date alone gets the time 00:00:00 without a zone (xsd:dateTime needs
 * a time; the report says so). Anything else, or a date that is not in the calendar (month 13,
 * 30 February, hour 25), is left out (reported too).
 */
import { xsdDateTime } from '../export/w3cIris';
import type { QdeLossLog } from './qdeLosses';

const PARTS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))?$/;

/** The xsd:dateTime of `timestamp`, or undefined (with the reason noted in `log` under `where`). */
export function qdeDateTime(timestamp: string | undefined, log: QdeLossLog, where: string): string | undefined {
  if (timestamp === undefined) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(timestamp);
  const value = dateOnly ? `${timestamp}T00:00:00` : xsdDateTime(timestamp);
  if (value === undefined || !inCalendar(value)) {
    log.note('bad-timestamp', `${where} (${timestamp})`);
    return undefined;
  }
  if (dateOnly) log.note('date-only', `${where} (${timestamp})`);
  return value;
}

function inCalendar(value: string): boolean {
  const m = PARTS.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const day = new Date(Date.UTC(y, mo - 1, d));
  const dateOk = y > 0 && day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
  const zoneOk = m[7] === undefined || (Number(m[8]) < 60 && Number(m[7]) * 60 + Number(m[8]) <= 14 * 60);
  return dateOk && h < 24 && mi < 60 && s < 60 && zoneOk;
}

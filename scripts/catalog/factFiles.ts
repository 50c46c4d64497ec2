// Reads the fact files (catalogs/facts/*.yaml) into typed entries, checking each entry's shape:
// known fields only, required fields present, values of the right kind. Cross-entry checks (ids,
// references, aliases claimed twice) are in checkFacts.ts.
import * as fs from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { dayNumber, normaliseDate, type DateValue } from './dates';
import type { Problems } from './problems';

export interface AliasFact {
  text: string;
  from?: DateValue;
  until?: DateValue;
}

interface EntryBase {
  id: string;
  name: string;
  aliases: AliasFact[];
  description?: string;
  from?: DateValue;
  until?: DateValue;
  memberships: string[];
  successors: string[];
  file: string;
  line: number;
}

/** A UN member or observer state (states.yaml). */
export interface StateFact extends EntryBase {
  group: 'state';
  isoName: string;
  formal: string;
  member: 'un-member' | 'un-observer';
  unSince: number;
  note?: string;
}

/** A state that is neither (other-states.yaml). */
export interface OtherStateFact extends EntryBase {
  group: 'other-state';
  isoName?: string;
  formal: string;
}

/** A former state or polity (historical.yaml). */
export interface HistoricalFact extends EntryBase {
  group: 'historical';
  type: string;
  formal: string;
}

/** An organisation, organ or grouping (organisations.yaml). */
export interface OrganisationFact extends EntryBase {
  group: 'organisation';
  type: string;
  partOf?: string;
  predecessors: string[];
}

export type EntityFact = StateFact | OtherStateFact | HistoricalFact | OrganisationFact;

export interface NotMentionFact {
  text: string;
  file: string;
  line: number;
}

export const ORGANISATION_TYPES = ['organisation', 'body', 'bloc', 'bank', 'forum', 'agreement', 'initiative', 'group'];
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Parses a fact file and returns the items of its one top-level list, each with its line. */
function readList(file: string, listKey: string, problems: Problems): Array<{ value: unknown; line: number }> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(fs.readFileSync(file, 'utf8'), { lineCounter });
  for (const e of doc.errors) problems.add(file, e.linePos?.[0].line ?? 1, listKey, `YAML: ${e.message.split('\n')[0]}`);
  if (doc.errors.length > 0) return [];
  const root = doc.contents;
  const keys = isMap(root) ? root.items.map((p) => String((p.key as { value?: unknown })?.value)) : [];
  if (!isMap(root) || keys.length !== 1 || keys[0] !== listKey) {
    problems.add(file, 1, listKey, `the file must hold one top-level list, \`${listKey}:\``);
    return [];
  }
  const list = root.get(listKey, true) as Node | undefined;
  if (!isSeq(list)) {
    problems.add(file, 1, listKey, `\`${listKey}\` must be a list`);
    return [];
  }
  return list.items.map((item) => ({
    value: (item as Node).toJSON(),
    line: lineCounter.linePos((item as Node).range?.[0] ?? 0).line,
  }));
}

/** Reads the fields of one entry, reporting each problem against the entry. */
class EntryReader {
  readonly label: string;

  constructor(
    private readonly raw: Record<string, unknown>,
    private readonly file: string,
    readonly line: number,
    private readonly problems: Problems,
    allowed: string[],
  ) {
    this.label = typeof raw.id === 'string' ? raw.id : `entry at line ${line}`;
    for (const key of Object.keys(raw)) if (!allowed.includes(key)) this.report(`unknown field \`${key}\``);
  }

  report(message: string): void {
    this.problems.add(this.file, this.line, this.label, message);
  }

  text(key: string, required: true): string;
  text(key: string, required: false): string | undefined;
  text(key: string, required: boolean): string | undefined {
    const v = this.raw[key];
    if (v === undefined || v === null) {
      if (required) this.report(`\`${key}\` is required`);
      return undefined;
    }
    if (typeof v !== 'string' || v.trim() === '') {
      this.report(`\`${key}\` must be non-empty text`);
      return undefined;
    }
    if (v !== v.trim()) this.report(`\`${key}\` has spaces at its start or end`);
    return v;
  }

  id(key: string, required: boolean): string | undefined {
    const v = required ? this.text(key, true) : this.text(key, false);
    if (v !== undefined && !ID.test(v)) this.report(`\`${key}\` '${v}' must be a lowercase slug (a-z, 0-9, -)`);
    return v;
  }

  /** A list of ids, also accepted as a single id. */
  ids(key: string): string[] {
    const v = this.raw[key];
    if (v === undefined || v === null) return [];
    const list = Array.isArray(v) ? v : [v];
    const ok = list.filter((x): x is string => typeof x === 'string' && ID.test(x));
    if (ok.length !== list.length) this.report(`\`${key}\` must be an id or a list of ids (lowercase slugs)`);
    if (new Set(ok).size !== ok.length) this.report(`\`${key}\` lists an id twice`);
    return ok;
  }

  date(key: string, required: boolean): DateValue | undefined {
    const v = this.raw[key];
    if (v === undefined || v === null) {
      if (required) this.report(`\`${key}\` is required`);
      return undefined;
    }
    if (dayNumber(v) === undefined) {
      this.report(`\`${key}\` must be a year (YYYY) or a date (YYYY-MM-DD), not '${String(v)}'`);
      return undefined;
    }
    return normaliseDate(v as DateValue);
  }

  year(key: string): number | undefined {
    const v = this.raw[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1900 || v > 2100) {
      this.report(`\`${key}\` must be a year such as 1945`);
      return undefined;
    }
    return v;
  }

  /** Aliases: plain strings, or { text, from, until } where the name is dated. */
  aliases(): AliasFact[] {
    const v = this.raw.aliases;
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      this.report('`aliases` must be a list');
      return [];
    }
    const out: AliasFact[] = [];
    v.forEach((a, i) => {
      if (typeof a === 'string') {
        if (a.trim() === '' || a !== a.trim()) this.report(`alias ${i + 1} is empty or has spaces at its start or end`);
        else out.push({ text: a });
        return;
      }
      if (a === null || typeof a !== 'object' || Array.isArray(a)) {
        this.report(`alias ${i + 1} must be text or { text, from, until }`);
        return;
      }
      const alias = new EntryReader(a as Record<string, unknown>, this.file, this.line, this.problems, ['text', 'from', 'until']);
      const text = alias.text('text', true);
      const from = alias.date('from', false);
      const until = alias.date('until', false);
      if (text === undefined) return;
      if (from === undefined && until === undefined) {
        this.report(`alias '${text}' has no period: write it as plain text`);
        out.push({ text });
        return;
      }
      out.push({ text, ...(from !== undefined ? { from } : {}), ...(until !== undefined ? { until } : {}) });
    });
    return out;
  }

  base(): EntryBase {
    return {
      id: this.id('id', true) ?? this.label,
      name: this.text('name', true) ?? this.label,
      aliases: this.aliases(),
      memberships: this.ids('memberships'),
      successors: this.ids('successor'),
      file: this.file,
      line: this.line,
    };
  }
}

function entries(file: string, listKey: string, problems: Problems, allowed: string[]): EntryReader[] {
  return readList(file, listKey, problems).flatMap(({ value, line }) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.add(file, line, `entry at line ${line}`, 'an entry must be a mapping of fields');
      return [];
    }
    return [new EntryReader(value as Record<string, unknown>, file, line, problems, allowed)];
  });
}

export function readStates(file: string, problems: Problems): StateFact[] {
  const fields = ['id', 'name', 'isoName', 'formal', 'aliases', 'member', 'unSince', 'note', 'memberships'];
  return entries(file, 'states', problems, fields).map((r) => {
    const member = r.text('member', true);
    if (member !== undefined && member !== 'un-member' && member !== 'un-observer') r.report('`member` must be un-member or un-observer');
    return {
      ...r.base(),
      group: 'state',
      isoName: r.text('isoName', true) ?? '',
      formal: r.text('formal', true) ?? '',
      member: member === 'un-observer' ? 'un-observer' : 'un-member',
      unSince: r.year('unSince') ?? 0,
      note: r.text('note', false),
    };
  });
}

export function readOtherStates(file: string, problems: Problems): OtherStateFact[] {
  const fields = ['id', 'name', 'isoName', 'formal', 'aliases', 'from', 'description', 'memberships'];
  return entries(file, 'otherStates', problems, fields).map((r) => ({
    ...r.base(),
    group: 'other-state',
    isoName: r.text('isoName', false),
    formal: r.text('formal', true) ?? '',
    from: r.date('from', false),
    description: r.text('description', true),
  }));
}

export function readHistorical(file: string, problems: Problems): HistoricalFact[] {
  const fields = ['id', 'name', 'type', 'formal', 'aliases', 'from', 'until', 'successor', 'memberships', 'description'];
  return entries(file, 'historical', problems, fields).map((r) => ({
    ...r.base(),
    group: 'historical',
    type: r.id('type', false) ?? 'state',
    formal: r.text('formal', true) ?? '',
    from: r.date('from', true),
    until: r.date('until', true),
    description: r.text('description', true),
  }));
}

export function readOrganisations(file: string, problems: Problems): OrganisationFact[] {
  const fields = ['id', 'name', 'type', 'aliases', 'from', 'until', 'partOf', 'predecessor', 'successor', 'description'];
  return entries(file, 'organisations', problems, fields).map((r) => {
    const type = r.text('type', true) ?? 'organisation';
    if (!ORGANISATION_TYPES.includes(type)) r.report(`\`type\` must be one of ${ORGANISATION_TYPES.join(', ')}`);
    return {
      ...r.base(),
      group: 'organisation',
      type,
      from: r.date('from', false),
      until: r.date('until', false),
      partOf: r.id('partOf', false),
      predecessors: r.ids('predecessor'),
      description: r.text('description', true),
    };
  });
}

export function readNotMentions(file: string, problems: Problems): NotMentionFact[] {
  return readList(file, 'notMentions', problems).flatMap(({ value, line }) => {
    if (typeof value !== 'string' || value.trim() === '' || value !== value.trim()) {
      problems.add(file, line, String(value), 'a phrase must be non-empty text without spaces at its ends');
      return [];
    }
    return [{ text: value, file, line }];
  });
}

// Checks across the fact files: unique ids, references to existing entries, periods that end
// after they start, ISO codes that resolve, spellings claimed twice at overlapping dates, and
// not-mention phrases that hide something. Every problem is reported, none stops the others.
import { dayNumber, periodsOverlap, periodText, type Period } from './dates';
import type { EntityFact, NotMentionFact } from './factFiles';
import { lookUpAlpha3 } from './isoCodes';
import type { Problems } from './problems';
import { containsAsWords, foldSpelling, isWordChar } from './spellings';

/** The UN's membership in 2025; a changed count must be a deliberate edit of this line too. */
export const EXPECTED = { unMembers: 193, unObservers: 2 };

interface Claim {
  entity: EntityFact;
  text: string;
  period: Period;
}

export function checkFacts(facts: EntityFact[], phrases: NotMentionFact[], problems: Problems): Map<string, string> {
  const report = (e: EntityFact, message: string): void => problems.add(e.file, e.line, e.id, message);
  const byId = new Map<string, EntityFact>();
  for (const e of facts) {
    const first = byId.get(e.id);
    if (first) report(e, `id already used at ${first.file}:${first.line}`);
    else byId.set(e.id, e);
  }

  checkReferences(facts, byId, report);
  checkPeriods(facts, report);
  checkSpellings(facts, phrases, problems, report);

  const members = facts.filter((e) => e.group === 'state' && e.member === 'un-member').length;
  const observers = facts.filter((e) => e.group === 'state' && e.member === 'un-observer').length;
  if (members !== EXPECTED.unMembers || observers !== EXPECTED.unObservers) {
    const file = facts.find((e) => e.group === 'state')?.file ?? 'states.yaml';
    problems.add(
      file,
      1,
      'states',
      `expected ${EXPECTED.unMembers} UN members and ${EXPECTED.unObservers} observers, found ${members} and ${observers}`,
    );
  }
  return resolveIsoCodes(facts, report);
}

function checkReferences(facts: EntityFact[], byId: Map<string, EntityFact>, report: (e: EntityFact, m: string) => void): void {
  const expect = (e: EntityFact, field: string, target: string, organisation: boolean): void => {
    const t = byId.get(target);
    if (target === e.id) report(e, `\`${field}\` names the entry itself`);
    else if (!t) report(e, `\`${field}\` names '${target}', which no fact file defines`);
    else if ((t.group === 'organisation') !== organisation)
      report(e, `\`${field}\` names '${target}', which is not ${organisation ? 'an organisation' : 'a state'}`);
    // Memberships of today's states are those of 2025: an organisation that ended cannot be one.
    else if (field === 'memberships' && e.group !== 'historical' && t.until !== undefined)
      report(e, `\`memberships\` names '${target}', which ended in ${t.until}`);
  };
  for (const e of facts) {
    const isOrganisation = e.group === 'organisation';
    for (const m of e.memberships) expect(e, 'memberships', m, true);
    for (const s of e.successors) expect(e, 'successor', s, isOrganisation);
    if (e.group === 'organisation') {
      if (e.partOf !== undefined) expect(e, 'partOf', e.partOf, true);
      for (const p of e.predecessors) expect(e, 'predecessor', p, true);
    }
  }
}

function checkPeriods(facts: EntityFact[], report: (e: EntityFact, m: string) => void): void {
  const ordered = (p: Period): boolean => p.from === undefined || p.until === undefined || dayNumber(p.from)! < dayNumber(p.until)!;
  for (const e of facts) {
    if (!ordered(e)) report(e, `\`from\` ${e.from} is not before \`until\` ${e.until}`);
    for (const a of e.aliases) if (!ordered(a)) report(e, `the period of alias '${a.text}' (${periodText(a)}) ends before it starts`);
  }
}

/** The name is claimed at every date; an alias over its period. One text may be claimed twice
 * only at dates that do not overlap, by different entities or by the same one. */
function checkSpellings(
  facts: EntityFact[],
  phrases: NotMentionFact[],
  problems: Problems,
  report: (e: EntityFact, m: string) => void,
): void {
  const claims = new Map<string, Claim[]>();
  for (const e of facts) {
    for (const c of [{ text: e.name, period: {} as Period }, ...e.aliases.map((a) => ({ text: a.text, period: a as Period }))]) {
      if (!isWordChar(c.text[0])) report(e, `'${c.text}' must start with a letter or digit to be matched`);
      const key = foldSpelling(c.text);
      const list = claims.get(key) ?? [];
      for (const other of list) {
        if (!periodsOverlap(other.period, c.period)) continue;
        if (other.entity === e) report(e, `'${c.text}' is listed twice (${periodText(other.period)} and ${periodText(c.period)})`);
        else
          report(
            e,
            `'${c.text}' (${periodText(c.period)}) is also a name or alias of '${other.entity.id}' (${other.entity.file}:${other.entity.line}, ${periodText(other.period)}); give both periods that do not overlap`,
          );
      }
      list.push({ entity: e, text: c.text, period: c.period });
      claims.set(key, list);
    }
  }

  const seen = new Set<string>();
  for (const p of phrases) {
    const key = foldSpelling(p.text);
    if (seen.has(key)) problems.add(p.file, p.line, p.text, 'the phrase is listed twice');
    seen.add(key);
    if (claims.has(key)) problems.add(p.file, p.line, p.text, `the phrase is itself a name or alias of '${claims.get(key)![0].entity.id}'`);
    else if (![...claims.keys()].some((spelling) => containsAsWords(key, spelling))) {
      problems.add(p.file, p.line, p.text, 'the phrase contains no name or alias of any entity, so it would hide nothing');
    }
  }
}

function resolveIsoCodes(facts: EntityFact[], report: (e: EntityFact, m: string) => void): Map<string, string> {
  const codes = new Map<string, string>();
  const holder = new Map<string, string>();
  for (const e of facts) {
    const isoName = e.group === 'state' || e.group === 'other-state' ? e.isoName : undefined;
    if (isoName === undefined) continue;
    const found = lookUpAlpha3(isoName);
    if ('error' in found) {
      report(e, found.error);
      continue;
    }
    const other = holder.get(found.code);
    if (other !== undefined) report(e, `isoName '${isoName}' gives ${found.code}, already the code of '${other}'`);
    holder.set(found.code, e.id);
    codes.set(e.id, found.code);
  }
  return codes;
}

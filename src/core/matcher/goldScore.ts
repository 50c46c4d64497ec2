/**
 * Accuracy against a gold set of judged mentions (issue 11): what the matcher reports in each
 * text is compared with the judged mentions, span and entity both. Recall counts the judged
 * mentions of entities the catalog has (a mention of an entity it lacks cannot be found; those
 * are counted apart); precision counts every reported mention, so one inside a judged phrase that
 * is not a mention, or one of the wrong entity, is a false positive. Per class (formal, nested,
 * historical, dated, plain; not-mention for the phrases) and overall.
 */

export interface GoldItem {
  start: number;
  end: number;
  entity?: string;
  class: string;
}

export interface GoldText {
  id: string;
  mentions: readonly GoldItem[];
  /** Judged phrases that contain a name but are no mention of it. */
  notMentions: readonly GoldItem[];
}

export interface Predicted {
  start: number;
  end: number;
  entity: string;
}

export interface ClassScore {
  /** Judged mentions of the class (of entities the catalog has). */
  gold: number;
  found: number;
  /** Reported mentions that fell on an item of this class and were wrong. */
  falsePositives: number;
  precision: number;
  recall: number;
}

export interface GoldScore {
  overall: ClassScore;
  byClass: Record<string, ClassScore>;
  /** Judged mentions of entities missing from the catalog (not in recall). */
  outsideCatalog: number;
  /** The wrong and the missed, for a reader to look at. */
  errors: Array<{
    text: string;
    kind: 'missed' | 'wrong' | 'extra';
    start: number;
    end: number;
    expected?: string;
    reported?: string;
    class: string;
  }>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

export function scoreGold(
  texts: ReadonlyArray<{ gold: GoldText; predicted: readonly Predicted[] }>,
  inCatalog: (id: string) => boolean,
): GoldScore {
  const tally = new Map<string, { gold: number; found: number; falsePositives: number; reported: number }>();
  const of = (cls: string): { gold: number; found: number; falsePositives: number; reported: number } => {
    let t = tally.get(cls);
    if (!t) {
      t = { gold: 0, found: 0, falsePositives: 0, reported: 0 };
      tally.set(cls, t);
    }
    return t;
  };
  const errors: GoldScore['errors'] = [];
  let outsideCatalog = 0;
  for (const { gold, predicted } of texts) {
    const exact = new Map(predicted.map((p) => [`${p.start}:${p.end}`, p]));
    for (const m of gold.mentions) {
      if (m.entity === undefined || !inCatalog(m.entity)) {
        outsideCatalog++;
        continue;
      }
      const t = of(m.class);
      t.gold++;
      const p = exact.get(`${m.start}:${m.end}`);
      if (p?.entity === m.entity) t.found++;
      else if (!p) errors.push({ text: gold.id, kind: 'missed', start: m.start, end: m.end, expected: m.entity, class: m.class });
    }
    for (const p of predicted) {
      const judged = gold.mentions.find((m) => m.start === p.start && m.end === p.end);
      if (judged && judged.entity === p.entity) {
        of(judged.class).reported++;
        continue;
      }
      // Wrong: the entity of a judged span, a span that runs across a judged one, or one inside a
      // judged phrase that is no mention; extra: nothing judged there at all.
      const near = judged ?? gold.mentions.find((m) => overlaps(m, p)) ?? gold.notMentions.find((n) => overlaps(n, p));
      const cls = near?.class ?? 'plain';
      const t = of(cls);
      t.reported++;
      t.falsePositives++;
      errors.push({
        text: gold.id,
        kind: near ? 'wrong' : 'extra',
        start: p.start,
        end: p.end,
        expected: near?.entity,
        reported: p.entity,
        class: cls,
      });
    }
  }
  const score = (t: { gold: number; found: number; falsePositives: number; reported: number }): ClassScore => ({
    gold: t.gold,
    found: t.found,
    falsePositives: t.falsePositives,
    precision: ratio(t.reported - t.falsePositives, t.reported),
    recall: ratio(t.found, t.gold),
  });
  const all = [...tally.values()].reduce(
    (a, t) => ({
      gold: a.gold + t.gold,
      found: a.found + t.found,
      falsePositives: a.falsePositives + t.falsePositives,
      reported: a.reported + t.reported,
    }),
    { gold: 0, found: 0, falsePositives: 0, reported: 0 },
  );
  return {
    overall: score(all),
    byClass: Object.fromEntries([...tally.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => [k, score(t)])),
    outsideCatalog,
    errors,
  };
}

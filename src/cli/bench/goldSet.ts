/**
 * The project's gold set (test/gold/: real UN General Debate statements with judged mentions, see
 * its README) scored against the world catalog: precision and recall per class, for the bench
 * and the README.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseDay } from '../../core/catalog/catalogPeriod';
import type { Catalog } from '../../core/catalog/catalogTypes';
import { scanDocument, UNDATED } from '../../core/matcher/documentScanner';
import { scoreGold, type GoldItem, type GoldScore } from '../../core/matcher/goldScore';
import { compileMatcher } from '../../core/matcher/mentionMatcher';

interface GoldFile {
  texts: Array<{ id: string; date?: string; mentions?: GoldItem[]; notMentions?: GoldItem[] }>;
}

export function scoreGoldSet(goldDir: string, catalog: Catalog): GoldScore & { texts: number } {
  const file = parse(readFileSync(join(goldDir, 'mentions.yaml'), 'utf8')) as GoldFile;
  const matcher = compileMatcher(catalog);
  const texts = file.texts.map((t) => {
    const text = readFileSync(join(goldDir, 'texts', `${t.id}.txt`), 'utf8');
    const day = t.date === undefined ? UNDATED : (parseDay(String(t.date), 'middle') ?? UNDATED);
    const predicted = [...scanDocument(matcher, text, day).mentions].map((m) => ({
      start: m.start,
      end: m.end,
      entity: matcher.entities[m.entity].id,
    }));
    return { gold: { id: t.id, mentions: t.mentions ?? [], notMentions: t.notMentions ?? [] }, predicted };
  });
  return { ...scoreGold(texts, (id) => catalog.byId.has(id)), texts: texts.length };
}

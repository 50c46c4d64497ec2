import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { loadCatalog } from '../../../../src/core/catalog/catalogLoader';
import type { EntityKind } from '../../../../src/core/catalog/catalogTypes';
import {
  MENTION_STYLES,
  mentionColorId,
  mentionStyleOf,
  normaliseType,
  styleTable,
  type MentionStyle,
} from '../../../../src/core/presentation/entityStyles';

const style = (kind: EntityKind, type: string): MentionStyle => mentionStyleOf({ kind, type });

describe('entity styles', () => {
  it('gives every type of the sample corpus its group', () => {
    const expected: Array<[EntityKind, string, MentionStyle]> = [
      ['actor', 'state', 'state'],
      ['actor', 'person', 'person'],
      ['actor', 'organisation', 'actorOrganisation'],
      ['actor', 'group', 'actorOrganisation'],
      ['institution', 'forum', 'forum'],
      ['institution', 'dialogue', 'forum'],
      ['institution', 'bloc', 'bloc'],
      ['institution', 'organisation', 'bloc'],
      ['institution', 'bank', 'finance'],
      ['institution', 'currency', 'finance'],
      ['institution', 'agreement', 'agreement'],
      ['institution', 'initiative', 'agreement'],
      ['institution', 'body', 'otherInstitution'],
    ];
    for (const [kind, type, want] of expected) assert.equal(style(kind, type), want, `${kind} ${type}`);
  });

  it('decides by kind first: an actor never gets an institution colour, nor the reverse', () => {
    assert.equal(style('actor', 'bank'), 'actorOrganisation');
    assert.equal(style('actor', 'forum'), 'actorOrganisation');
    assert.equal(style('institution', 'state'), 'otherInstitution');
    assert.equal(style('institution', 'person'), 'otherInstitution');
  });

  it('puts types it does not know in the catch-all group of their kind', () => {
    assert.equal(style('actor', 'militia'), 'actorOrganisation');
    assert.equal(style('institution', 'court'), 'otherInstitution');
    assert.equal(style('actor', ''), 'actorOrganisation');
    // Object.prototype keys are types like any other, not lookups that find a function.
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      assert.equal(style('actor', type), 'actorOrganisation', type);
      assert.equal(style('institution', type), 'otherInstitution', type);
    }
  });

  it('reads types as a person writes them: case, spaces and common spellings', () => {
    assert.equal(style('actor', ' State '), 'state');
    assert.equal(style('institution', 'BANK'), 'finance');
    assert.equal(style('institution', 'Organization'), 'bloc');
    assert.equal(style('actor', 'country'), 'state');
    assert.equal(style('institution', 'Treaty'), 'agreement');
    assert.equal(normaliseType('  Organization\t'), 'organisation');
  });

  it('builds a style table of the sample catalog that agrees entity by entity', () => {
    const catalog = loadCatalog(fs.readFileSync('corpus/entities.yaml', 'utf8'), 'entities.yaml');
    const table = styleTable(catalog.entities);
    assert.equal(table.length, catalog.entities.length);
    catalog.entities.forEach((e, i) => assert.equal(MENTION_STYLES[table[i]], mentionStyleOf(e), e.id));
    const used = new Set(table);
    assert.equal(used.size, MENTION_STYLES.length, 'the sample corpus shows every colour');
    assert.equal(MENTION_STYLES[table[catalog.entities.findIndex((e) => e.id === 'russia')]], 'state');
    assert.equal(MENTION_STYLES[table[catalog.entities.findIndex((e) => e.id === 'asean')]], 'bloc');
  });

  it('names colour ids after the style and the part', () => {
    assert.equal(mentionColorId('state', 'Background'), 'policyAnnotator.stateMentionBackground');
    assert.equal(mentionColorId('otherInstitution', 'OverviewRuler'), 'policyAnnotator.otherInstitutionMentionOverviewRuler');
  });
});

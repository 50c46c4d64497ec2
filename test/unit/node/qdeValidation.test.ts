import assert from 'node:assert/strict';
import { validateQde } from '../../../src/node/qdeValidation';

const GUID = '8a2f3c1e-1b2c-4d5e-8f90-123456789abc';
const project = (guid: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="p">\n` +
  `<Sources><TextSource guid="${guid}" name="a" plainTextPath="internal://${guid}.txt"/></Sources>\n</Project>\n`;

describe('validateQde (the REFI-QDA Project schema, through libxml2)', () => {
  it('accepts a minimal project with one text source', async () => {
    assert.deepEqual(await validateQde(project(GUID)), { valid: true, problems: [] });
  });

  it('rejects a GUID that is not 8-4-4-4-12 hex digits, naming the line and the attribute', async () => {
    const result = await validateQde(project('not-a-guid'));
    assert.equal(result.valid, false);
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0].line, 3);
    assert.match(result.problems[0].message, /TextSource', attribute 'guid'/);
  });

  it('rejects children out of the schema order (Sources before CodeBook)', async () => {
    const xml = project(GUID).replace('</Sources>', '</Sources><CodeBook><Codes/></CodeBook>');
    const result = await validateQde(xml);
    assert.equal(result.valid, false);
    assert.match(result.problems[0].message, /CodeBook/);
  });

  it('reports XML that does not parse as a problem instead of throwing', async () => {
    const result = await validateQde('<Project xmlns="urn:QDA-XML:project:1.0"><Sources>');
    assert.equal(result.valid, false);
    assert.ok(result.problems.length > 0);
  });
});

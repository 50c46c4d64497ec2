// The colour of a tagged passage (its first code's, else an ancestor's, else the theme default),
// the images drawn in it, and the theme colours package.json declares for annotations.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import {
  ANNOTATION_COLOR_IDS,
  annotationColor,
  codeColor,
  gutterSvg,
  NEUTRAL_MARK_COLOR,
  safeColor,
  svgDataUri,
  hoverSwatchSvg,
  withAlpha,
  type ColoredCode,
} from '../../../../src/core/presentation/annotationColors';
import { loadCodebook } from '../../../../src/core/codebook/codebook';

const codes = new Map<string, ColoredCode>([
  ['hedging', { color: '#3177C6' }],
  ['hedging-balancing', { parent: 'hedging', color: '#305bc0' }],
  ['hedging-plain', { parent: 'hedging' }],
  ['grandchild', { parent: 'hedging-plain' }],
  ['orphan-child', { parent: 'missing' }],
  ['bad', { color: 'red;background:url(x)' }],
  ['loop-a', { parent: 'loop-b' }],
  ['loop-b', { parent: 'loop-a' }],
]);
const codeOf = (id: string): ColoredCode | undefined => codes.get(id);
const decode = (uri: string): string => atob(uri.slice(uri.indexOf(',') + 1));

describe('annotation colours', () => {
  it("takes the first code's colour, else its nearest coloured ancestor's, else none", () => {
    assert.equal(annotationColor(['hedging-balancing', 'hedging'], codeOf), '#305bc0');
    assert.equal(annotationColor(['hedging'], codeOf), '#3177c6', 'lower case');
    assert.equal(annotationColor(['grandchild'], codeOf), '#3177c6', 'two levels up');
    assert.equal(annotationColor(['unknown', 'hedging'], codeOf), undefined, 'the first code decides');
    assert.equal(annotationColor([], codeOf), undefined);
    assert.equal(codeColor('orphan-child', codeOf), undefined);
    assert.equal(codeColor('loop-a', codeOf), undefined, 'a parent cycle ends');
  });

  it('lets only #rrggbb through', () => {
    assert.equal(codeColor('bad', codeOf), undefined);
    for (const bad of ['red', '#fff', '#12345g', '#1234567', ' #123456', '#123456"/><script>', undefined])
      assert.equal(safeColor(bad), undefined, String(bad));
    assert.equal(withAlpha('#3177C6', 0.1), '#3177c61a');
    assert.equal(withAlpha('nonsense', 1), `${NEUTRAL_MARK_COLOR}ff`);
  });

  it('draws gutter bars, proposal marks and swatches as SVG data URIs in the colour', () => {
    const bar = decode(svgDataUri(gutterSvg('#305bc0', 'bar')));
    assert.match(bar, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*preserveAspectRatio="none"/);
    assert.ok(bar.includes('fill="#305bc0"'));
    const proposal = decode(svgDataUri(gutterSvg(undefined, 'proposal')));
    assert.ok(
      proposal.includes(`stroke="${NEUTRAL_MARK_COLOR}"`) && !proposal.includes('preserveAspectRatio'),
      'neutral "?" without a colour',
    );
    assert.ok(decode(svgDataUri(hoverSwatchSvg('#AbCdEf'))).includes('fill="#abcdef"'));
    assert.match(
      svgDataUri(hoverSwatchSvg('#000000')),
      /^data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+$/,
      'nothing a URL or CSS url() must escape',
    );
  });

  it('gives every colour of the sample codebook to its codes', () => {
    const book = loadCodebook(fs.readFileSync('corpus/codebook.yaml', 'utf8'), 'codebook.yaml');
    assert.ok(book.byId.size > 10);
    for (const id of book.byId.keys())
      assert.ok(
        codeColor(id, (c) => book.byId.get(c)),
        `${id} has a colour`,
      );
  });
});

interface ColorContribution {
  id: string;
  description: string;
  defaults: Record<string, string>;
}

describe('annotation theme colours in package.json', () => {
  const declared = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { contributes: { colors: ColorContribution[] } }).contributes
    .colors;
  const byId = new Map(declared.map((c) => [c.id, c]));
  const alpha = (hex: string): number => (hex.length === 9 ? parseInt(hex.slice(7), 16) / 255 : 1);

  it('declares each colour the decorations use, for every theme kind, described', () => {
    for (const id of Object.values(ANNOTATION_COLOR_IDS)) {
      const c = byId.get(id);
      assert.ok(c, `${id} declared`);
      assert.ok(c.description.length > 40, `${id} described`);
      for (const theme of ['light', 'dark', 'highContrast', 'highContrastLight'])
        assert.match(c.defaults[theme], /^#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$/, `${id} ${theme}`);
    }
  });

  it('keeps the default tint very light (transparent in high contrast) and the lines opaque', () => {
    const tint = byId.get(ANNOTATION_COLOR_IDS.background)!.defaults;
    for (const theme of ['light', 'dark']) assert.ok(alpha(tint[theme]) > 0 && alpha(tint[theme]) <= 0.15, `${theme} tint ${tint[theme]}`);
    for (const theme of ['highContrast', 'highContrastLight']) assert.equal(alpha(tint[theme]), 0, theme);
    for (const id of [ANNOTATION_COLOR_IDS.line, ANNOTATION_COLOR_IDS.proposalHint]) {
      for (const value of Object.values(byId.get(id)!.defaults)) assert.equal(alpha(value), 1, `${id} ${value}`);
    }
  });
});

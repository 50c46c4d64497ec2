// The colour dot of a code (the Codes view and every code pick list draw the same file): one
// file per colour, named by it, and only a well-formed colour ever reaches the SVG.
import { strict as assert } from 'node:assert';
import { swatchFileName, swatchSvg } from '../../../../src/core/codebook/codeSwatch';

describe('code swatches', () => {
  it('names a swatch by its lower-case colour and refuses anything but #rrggbb', () => {
    assert.equal(swatchFileName('#3177C6'), '3177c6.svg');
    assert.equal(swatchFileName('#3177c6'), swatchFileName('#3177C6'), 'one file per colour, whatever its case');
    assert.equal(swatchFileName('red'), undefined);
    assert.equal(swatchFileName('#3177c6.svg'), undefined);
    assert.throws(() => swatchSvg('#31"/><script>'), /not #rrggbb/);
    assert.throws(() => swatchSvg('#fff" onload="alert(1)'), /not #rrggbb/);
  });

  it('draws a 16×16 disc of the colour with a thin ring, the same text for either case', () => {
    const svg = swatchSvg('#3177C6');
    assert.equal(svg, swatchSvg('#3177c6'));
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="16" height="16" viewBox="0 0 16 16">/);
    assert.match(svg, /<circle cx="8" cy="8" r="5\.5" fill="#3177c6" stroke="#000" stroke-opacity="0\.35" stroke-width="1"\/>/);
    assert.doesNotMatch(svg, /<script|on[a-z]+=/i);
  });
});

// The highlight colours package.json declares: one background, border and ruler colour per style,
// translucent in light and dark themes, a border instead of a fill in high-contrast themes, and
// editor text over each highlight still readable in the default themes.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { MENTION_COLOR_PARTS, MENTION_STYLE_LABELS, MENTION_STYLES, mentionColorId } from '../../../../src/core/presentation/entityStyles';

interface ColorContribution {
  id: string;
  description: string;
  defaults: { light: string; dark: string; highContrast: string; highContrastLight: string };
}

// Only the mention colours: other features (tagged passages) declare theirs after these.
const colors = (
  JSON.parse(fs.readFileSync('package.json', 'utf8')) as { contributes: { colors: ColorContribution[] } }
).contributes.colors.filter((c) => c.id.includes('Mention'));
const byId = new Map(colors.map((c) => [c.id, c]));

type Rgba = [number, number, number, number];
function rgba(hex: string): Rgba {
  const m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(hex);
  assert.ok(m, `${hex} is #RRGGBB or #RRGGBBAA`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, m[2] === undefined ? 1 : parseInt(m[2], 16) / 255];
}

/** A translucent colour painted over an opaque background. */
function over(top: string, under: string): Rgba {
  const [r, g, b, a] = rgba(top);
  const [R, G, B] = rgba(under);
  return [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];
}

/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(x: Rgba, y: Rgba): number {
  const lum = ([r, g, b]: Rgba): number => {
    const c = [r, g, b].map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const [hi, lo] = [lum(x), lum(y)].sort((a, b) => b - a);
  return (hi + 0.05) / (lo + 0.05);
}

// Editor background and text of VS Code's default themes (Light Modern, Dark Modern, High Contrast, High Contrast Light).
const THEMES = {
  light: { background: '#FFFFFF', text: '#3B3B3B' },
  dark: { background: '#1F1F1F', text: '#CCCCCC' },
  highContrast: { background: '#000000', text: '#FFFFFF' },
  highContrastLight: { background: '#FFFFFF', text: '#292929' },
} as const;

const color = (style: (typeof MENTION_STYLES)[number], part: (typeof MENTION_COLOR_PARTS)[number]): ColorContribution => {
  const c = byId.get(mentionColorId(style, part));
  assert.ok(c, `${mentionColorId(style, part)} is declared`);
  return c;
};

describe('mention colours in package.json', () => {
  it('declares exactly a background, a border and a ruler colour per style, each described', () => {
    const expected = MENTION_STYLES.flatMap((s) => MENTION_COLOR_PARTS.map((p) => mentionColorId(s, p)));
    assert.deepEqual(
      colors.map((c) => c.id),
      expected,
    );
    for (const c of colors) {
      assert.ok(c.description.length > 40, `${c.id} has a description`);
      for (const theme of Object.keys(THEMES)) rgba(c.defaults[theme as keyof typeof THEMES]);
    }
    for (const s of MENTION_STYLES)
      assert.ok(color(s, 'Background').description.includes(MENTION_STYLE_LABELS[s].split(' ')[0]), `${s} described in words`);
  });

  it('fills mentions with a translucent colour in light and dark themes, no border', () => {
    for (const s of MENTION_STYLES) {
      for (const theme of ['light', 'dark'] as const) {
        const alpha = rgba(color(s, 'Background').defaults[theme])[3];
        assert.ok(alpha > 0.1 && alpha < 0.4, `${s} ${theme} background alpha ${alpha.toFixed(2)}`);
        assert.equal(rgba(color(s, 'Border').defaults[theme])[3], 0, `${s} ${theme} border transparent`);
      }
    }
  });

  it('draws a border and no fill in high-contrast themes, visible against the editor', () => {
    for (const s of MENTION_STYLES) {
      for (const theme of ['highContrast', 'highContrastLight'] as const) {
        assert.equal(rgba(color(s, 'Background').defaults[theme])[3], 0, `${s} ${theme} background transparent`);
        const border = rgba(color(s, 'Border').defaults[theme]);
        assert.equal(border[3], 1, `${s} ${theme} border opaque`);
        const ratio = contrast(border, rgba(THEMES[theme].background));
        assert.ok(ratio >= 4.5, `${s} ${theme} border contrast ${ratio.toFixed(1)}`);
      }
    }
  });

  it('keeps the editor text readable over every highlight, and the highlight visible', () => {
    for (const s of MENTION_STYLES) {
      for (const theme of ['light', 'dark'] as const) {
        const { background, text } = THEMES[theme];
        const highlight = over(color(s, 'Background').defaults[theme], background);
        const ratio = contrast(rgba(text), highlight);
        // WCAG AA for body text is 4.5:1; keep a margin above it.
        assert.ok(ratio >= 6, `${s} in ${theme}: text contrast ${ratio.toFixed(1)}`);
        const shown = contrast(highlight, rgba(background));
        assert.ok(shown >= 1.2, `${s} in ${theme}: highlight against the editor ${shown.toFixed(2)}`);
      }
    }
  });

  it('tells the styles apart: no two share a background or a ruler colour in one theme', () => {
    for (const part of ['Background', 'OverviewRuler'] as const) {
      for (const theme of Object.keys(THEMES) as Array<keyof typeof THEMES>) {
        if (part === 'Background' && theme.startsWith('high')) continue; // transparent by design
        const values = MENTION_STYLES.map((s) => color(s, part).defaults[theme].toLowerCase());
        assert.equal(new Set(values).size, values.length, `${part} in ${theme}: ${values.join(' ')}`);
      }
    }
  });
});

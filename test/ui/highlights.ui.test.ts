// A user opens a corpus document and sees its mentions highlighted in the colours the extension
// contributes, in a dark, a light and a high-contrast theme (fill in the first two, border only in
// the last); screenshots of each for the README.
import * as assert from 'node:assert/strict';
import { MENTION_STYLES, mentionColorId, type MentionColorPart } from '../../src/core/presentation/entityStyles';
import type { Workbench } from './workbench';
import { useWorkbench } from './workbenchSuite';

const DOCUMENT = '2016-kausikan-fulfilling-the-potential-of-asean-russia-relations.txt';

interface Overlay {
  background: string;
  border: string;
}

// The few browser globals the page functions below use (the project compiles without the DOM lib).
interface PageElement {
  classList: { contains(c: string): boolean };
  style: { color: string };
  appendChild(e: PageElement): void;
  remove(): void;
}
declare const document: { createElement(tag: string): PageElement; querySelector(selector: string): PageElement | null };
declare function getComputedStyle(e: unknown): { color: string; backgroundColor: string; borderTopColor: string };

/** The decoration overlays drawn in the active editor (one div per highlighted range on screen). */
async function overlays(wb: Workbench): Promise<Overlay[]> {
  return wb.page.locator('.editor-group-container.active .view-overlays div[class*="ced-"]').evaluateAll((nodes) =>
    nodes.map((n) => {
      const s = getComputedStyle(n);
      return { background: s.backgroundColor, border: s.borderTopColor };
    }),
  );
}

/** A theme colour of the workbench as the computed style of an element would show it. */
async function themeColor(wb: Workbench, id: string): Promise<string> {
  return wb.page.evaluate(
    (variable) => {
      const probe = document.createElement('div');
      probe.style.color = `var(${variable})`;
      document.querySelector('.monaco-workbench')?.appendChild(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    },
    `--vscode-${id.replace('.', '-')}`,
  );
}

async function styleColors(wb: Workbench, part: MentionColorPart): Promise<string[]> {
  return Promise.all(MENTION_STYLES.map((s) => themeColor(wb, mentionColorId(s, part))));
}

const transparent = (c: string): boolean => c === 'transparent' || /rgba\(\d+, \d+, \d+, 0\)/.test(c);

/** Picks a colour theme as a user does (Preferences: Color Theme) and waits for the workbench to apply it. */
async function setTheme(wb: Workbench, theme: string, themeClass: 'vs' | 'vs-dark' | 'hc-black'): Promise<void> {
  // Ctrl+K Ctrl+T: the theme picker (the palette would also offer the marketplace's themes).
  await wb.page.keyboard.press('Control+K');
  await wb.page.keyboard.press('Control+T');
  const input = wb.page.locator('.quick-input-widget input');
  await input.fill(theme);
  await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: theme }).first().waitFor({ timeout: 30_000 });
  await input.press('Enter');
  await wb.page.waitForFunction((c) => document.querySelector('.monaco-workbench')?.classList.contains(c) === true, themeClass, {
    timeout: 30_000,
  });
}

/** Waits until the overlays on screen show at least `styles` of the style colours; returns them. */
async function waitForStyled(wb: Workbench, part: 'background' | 'border', colors: string[], styles: number): Promise<Overlay[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const drawn = await overlays(wb);
    const seen = new Set(drawn.map((o) => o[part]).filter((c) => colors.includes(c)));
    if (seen.size >= styles) return drawn;
    if (Date.now() > deadline)
      throw new Error(
        `expected ${styles} style colours among the ${part}s of ${drawn.length} overlays; saw ${[...new Set(drawn.map((o) => o[part]))].join(', ')}`,
      );
    await wb.page.waitForTimeout(250);
  }
}

describe('workbench: entity highlights', function () {
  this.timeout(180_000);
  const workbench = useWorkbench(this, { settings: { 'workbench.colorTheme': 'Default Dark Modern' } });

  before(async () => {
    await workbench().quickOpen(DOCUMENT);
  });

  const fills = [
    ['Dark Modern', 'vs-dark', 'dark'],
    ['Light Modern', 'vs', 'light'],
  ] as const;
  for (const [theme, themeClass, label] of fills) {
    it(`fills mentions with translucent style colours in ${theme}`, async () => {
      await setTheme(workbench(), theme, themeClass);
      const backgrounds = await styleColors(workbench(), 'Background');
      assert.equal(new Set(backgrounds).size, MENTION_STYLES.length, `distinct colours: ${backgrounds.join(' ')}`);
      for (const c of backgrounds) assert.match(c, /^rgba\(.+, 0\.\d+\)$/, 'translucent');
      const drawn = await waitForStyled(workbench(), 'background', backgrounds, 3);
      assert.ok(drawn.length > 20, `${drawn.length} highlights on screen`);
      await workbench().screenshot(`highlights-${label}`);
    });
  }

  it('draws borders without fill in a high-contrast theme', async () => {
    await setTheme(workbench(), 'Dark High Contrast', 'hc-black');
    const borders = await styleColors(workbench(), 'Border');
    for (const c of borders) assert.ok(!transparent(c), `border colour ${c}`);
    const drawn = await waitForStyled(workbench(), 'border', borders, 3);
    const ours = drawn.filter((o) => borders.includes(o.border));
    assert.ok(
      ours.every((o) => transparent(o.background)),
      `no fill: ${ours.map((o) => o.background).join(', ')}`,
    );
    await workbench().screenshot('highlights-high-contrast');
  });
});

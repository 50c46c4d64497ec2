/**
 * The colour a tagged passage is drawn in, and the small SVG images drawn in it (gutter marks,
 * hover swatches). A passage takes the colour of its first code, else of that code's nearest
 * ancestor with one; none: the theme's default annotation colour (undefined here). Colours come
 * from someone else's codebook: only `#rrggbb` ever reaches an image or a style.
 */

/** What the colour lookup needs of a code (the codebook's `Code` fits). */
export interface ColoredCode {
  color?: string;
  parent?: string;
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** The colour as `#rrggbb` in lower case, or undefined when it is not one. */
export function safeColor(color: string | undefined): string | undefined {
  return color !== undefined && HEX_COLOR.test(color) ? color.toLowerCase() : undefined;
}

/** The colour of a code: its own, else its nearest ancestor's (a cycle ends the walk). */
export function codeColor(id: string, codeOf: (id: string) => ColoredCode | undefined): string | undefined {
  const seen = new Set<string>();
  let current: string | undefined = id;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const code = codeOf(current);
    const color = safeColor(code?.color);
    if (color) return color;
    current = code?.parent;
  }
  return undefined;
}

/** The colour of an annotation with these codes: its first code's (see codeColor). */
export function annotationColor(codes: readonly string[], codeOf: (id: string) => ColoredCode | undefined): string | undefined {
  return codes.length === 0 ? undefined : codeColor(codes[0], codeOf);
}

/** A neutral grey for images of passages whose codes have no colour (an image cannot follow the theme). */
export const NEUTRAL_MARK_COLOR = '#8c8c8c';

export type GutterMark = 'bar' | 'proposal';

/**
 * The gutter image of a passage: a bar on every line it covers (the editor draws it per line,
 * stretched to the line's height, so the bars join); a proposal gets a "?" in a ring instead.
 */
export function gutterSvg(color: string | undefined, mark: GutterMark): string {
  const c = safeColor(color) ?? NEUTRAL_MARK_COLOR;
  const body =
    mark === 'bar'
      ? `<rect x="5" y="0" width="4" height="16" fill="${c}"/>`
      : `<circle cx="8" cy="8" r="6.25" fill="none" stroke="${c}" stroke-width="1.5"/>` +
        `<path d="M6.1 6.3a1.9 1.9 0 1 1 2.7 1.7c-.5.3-.8.6-.8 1.2v.5" fill="none" stroke="${c}" stroke-width="1.5" stroke-linecap="round"/>` +
        `<circle cx="8" cy="11.6" r=".9" fill="${c}"/>`;
  const stretch = mark === 'bar' ? ' preserveAspectRatio="none"' : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"${stretch}>${body}</svg>`;
}

/** A colour swatch for a hover: a small rounded square. */
export function hoverSwatchSvg(color: string): string {
  const c = safeColor(color) ?? NEUTRAL_MARK_COLOR;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" viewBox="0 0 12 12"><rect x="1" y="1" width="10" height="10" rx="2" fill="${c}"/></svg>`;
}

/** A `data:` URI of an SVG (base64: no character a URL or CSS `url()` would need escaped). */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${btoa(svg)}`;
}

/** `#rrggbb` with an alpha byte (`alpha` in 0..1): a translucent tint of a code's colour. */
export function withAlpha(color: string, alpha: number): string {
  const byte = Math.round(Math.max(0, Math.min(1, alpha)) * 255);
  return `${safeColor(color) ?? NEUTRAL_MARK_COLOR}${byte.toString(16).padStart(2, '0')}`;
}

/** Theme colours of annotations (package.json `contributes.colors`). */
export const ANNOTATION_COLOR_IDS = {
  /** Underline and ruler mark of passages whose codes have no colour. */
  line: 'policyAnnotator.annotationDefault',
  /** Tint of passages whose codes have no colour. */
  background: 'policyAnnotator.annotationDefaultBackground',
  /** The "?" after a proposed place (needs review, ambiguous). */
  proposalHint: 'policyAnnotator.annotationProposalHint',
} as const;

/** Opacity of the tint of a passage in its code's colour (nested passages stack theirs). */
export const TINT_ALPHA = 0.1;
/** Opacity of a passage's overview-ruler mark in its code's colour. */
export const RULER_ALPHA = 0.8;

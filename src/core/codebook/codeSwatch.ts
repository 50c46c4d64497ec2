/** The small coloured disc that shows a code's colour in trees and pick lists (an SVG file). */
import { COLOR_PATTERN } from './codebook';

/** `3177c6.svg` for `#3177C6`; undefined for anything but `#rrggbb`. */
export function swatchFileName(color: string): string | undefined {
  return COLOR_PATTERN.test(color) ? `${color.slice(1).toLowerCase()}.svg` : undefined;
}

/** A 16×16 disc of the colour with a thin darker ring, readable on light and dark themes. */
export function swatchSvg(color: string): string {
  if (!COLOR_PATTERN.test(color)) throw new TypeError(`'${color}' is not #rrggbb`);
  const fill = color.toLowerCase();
  return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="5.5" fill="${fill}" stroke="#000" stroke-opacity="0.35" stroke-width="1"/></svg>\n`;
}

/**
 * The note of an annotation in a one-line input box. A note written by hand in the sidecar may
 * span several lines, which an input box cannot show: it is shown joined, and kept exactly as it
 * was unless the analyst changes the text. Codes and note cannot both be empty.
 */

export interface ShownNote {
  /** What the input box shows. */
  value: string;
  /** Lines of the stored note (1 for a one-line note, 0 for none). */
  lines: number;
}

export function noteForInput(note: string | undefined): ShownNote {
  if (note === undefined || note === '') return { value: '', lines: 0 };
  const lines = note.split(/\r\n|\r|\n/);
  return {
    value: lines
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .join(' '),
    lines: lines.length,
  };
}

/**
 * What to write after the analyst answered the note box: undefined to leave the note as it is,
 * null to remove it, or the new text.
 */
export function notePatch(stored: string | undefined, shown: ShownNote, answer: string): string | null | undefined {
  const text = answer.trim();
  if (text === shown.value.trim()) return undefined;
  if (text === '') return stored === undefined ? undefined : null;
  return text;
}

/** The note an annotation ends with after `patch`. */
export function noteAfter(stored: string | undefined, patch: string | null | undefined): string | undefined {
  if (patch === null) return undefined;
  return patch ?? stored;
}

export const NOTHING_TO_SAVE = 'An annotation needs at least one code or a note';

/** Why an annotation with these codes and note cannot be saved, or undefined when it can. */
export function tagProblem(codes: readonly string[], note: string | undefined): string | undefined {
  return codes.length === 0 && (note === undefined || note.trim() === '') ? NOTHING_TO_SAVE : undefined;
}

// The policy text the reliability tests annotate and edit, and the passages they annotate.
export const TEXT = [
  'ASEAN and Russia: a partnership of form',
  '',
  'The Association of Southeast Asian Nations has long preferred dialogue to confrontation. Its members meet Russia every year.',
  '',
  "For ASEAN and this year's chair, Malaysia, engagement is not endorsement. Rather, it is a conscious effort to anchor Russia within a regional framework that prizes dialogue over confrontation.",
  '',
  "Trade remains modest: Russia accounts for less than one per cent of the bloc's external trade.",
  '',
  'Whether the relationship deepens will depend on what Moscow can offer in technology and energy.',
  '',
].join('\n');

/** A short passage in the middle of a paragraph. */
export const QUOTE = 'engagement is not endorsement';
/** A long passage (for a typo that leaves it recognisable). */
export const LONG = 'it is a conscious effort to anchor Russia within a regional framework that prizes dialogue';
/** A whole sentence (a paragraph of its own). */
export const SENTENCE = "Trade remains modest: Russia accounts for less than one per cent of the bloc's external trade.";
/** The last paragraph. */
export const LAST = 'what Moscow can offer in technology and energy';

export const PARAGRAPH = 'A new opening paragraph, written after the passages were tagged.\n\n';

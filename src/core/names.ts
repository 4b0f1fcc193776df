// Indicator names compared as reviewers read them: case, spacing and punctuation ignored.

export function normaliseName(text: string): string {
  // Remembered: an indicator's name is normalised for its polarity, then again on each side of every cross-table
  // comparison, and the three passes over the text each make a new string.
  let n = MEMO.get(text);
  if (n === undefined) {
    n = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
    MEMO.set(text, n);
  }
  return n;
}

const MEMO = new Map<string, string>();
/** Bounded, as a long-running host (the add-in, the preview) reads workbook after workbook. */
const MEMO_LIMIT = 50000;

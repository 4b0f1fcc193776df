// Indicator names compared as reviewers read them: case, spacing and punctuation ignored.

export function normaliseName(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

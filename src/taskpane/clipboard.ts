// Puts a summary on the clipboard as HTML and plain text (a document pastes the table, a plain editor the text);
// where the browser has no ClipboardItem (or refuses it), the plain text alone.
export interface ClipboardContent {
  html: string;
  text: string;
}

/** What was put on the clipboard: both forms, or the text only. */
export type Copied = 'html' | 'text';

export async function copyToClipboard(content: ClipboardContent, nav: Navigator = navigator): Promise<Copied> {
  const clipboard = nav.clipboard;
  if (!clipboard) throw new Error('clipboard unavailable');
  const Item = (globalThis as { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
  if (Item && typeof clipboard.write === 'function') {
    try {
      await clipboard.write([
        new Item({
          'text/html': new Blob([content.html], { type: 'text/html' }),
          'text/plain': new Blob([content.text], { type: 'text/plain' }),
        }),
      ]);
      return 'html';
    } catch {
      // Some webviews refuse rich content: the text still helps.
    }
  }
  if (typeof clipboard.writeText !== 'function') throw new Error('clipboard unavailable');
  await clipboard.writeText(content.text);
  return 'text';
}

// Ribbon commands: "Hitung Ulang" runs the pane's recalculation without opening the pane and says how it went.
import { loadSettings, runCermat } from '../excel/cermat';
import { describeError } from '../excel/errors';
import { OfficeHost, officeHost } from '../excel/host';
import { outcomeText } from './outcome';

/** The recalculation behind the ribbon button, on the pane's code path; resolves to the sentence to show. */
export async function recalculateFromRibbon(host: OfficeHost): Promise<string> {
  const settings = loadSettings(host);
  try {
    return outcomeText(await runCermat(host, 'recalculate', settings), settings.language);
  } catch (e) {
    return describeError(e, settings.language);
  }
}

function showOutcome(text: string): void {
  const url = new URL('outcome.html', window.location.href);
  url.searchParams.set('text', text);
  Office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 30, displayInIframe: true });
}

export async function recalculate(event: Office.AddinCommands.Event): Promise<void> {
  try {
    showOutcome(await recalculateFromRibbon(officeHost()));
  } finally {
    event.completed();
  }
}

if (typeof Office !== 'undefined') {
  Office.onReady(() => Office.actions.associate('recalculate', recalculate));
}

// Ribbon commands: "Hitung Ulang" runs the pane's recalculation without opening the pane and says how it went.
import { runCermat, loadSettings } from '../excel/cermat';
import { describeError } from '../excel/errors';
import { officeHost } from '../excel/host';
import { outcomeText } from './outcome';

function showOutcome(text: string): void {
  const url = new URL('outcome.html', window.location.href);
  url.searchParams.set('text', text);
  Office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 30, displayInIframe: true });
}

export async function recalculate(event: Office.AddinCommands.Event): Promise<void> {
  const host = officeHost();
  const settings = loadSettings(host);
  try {
    const run = await runCermat(host, 'recalculate', settings);
    showOutcome(outcomeText(run, settings.language));
  } catch (e) {
    showOutcome(describeError(e, settings.language));
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('recalculate', recalculate);
});

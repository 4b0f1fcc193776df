// What the workbook worker does, callable on the main thread too (where no Worker exists, e.g. in tests):
// the package read into a grid with fflate's inflate, and later patched by the same writer as `cermat --out`.
import { fflateCodec } from '../../xlsx/codec';
import { patchXlsx } from '../../xlsx/patch';
import { XlsxError, XlsxPackage, readXlsx } from '../../xlsx/read';
import { FromWorker, ToWorker } from './protocol';

export class WorkbookCore {
  private pkg: XlsxPackage | null = null;

  handle(msg: ToWorker, post: (reply: FromWorker, transfer?: Transferable[]) => void): void {
    try {
      if (msg.type === 'open') {
        const { grid, pkg } = readXlsx(new Uint8Array(msg.data), fflateCodec, {
          progress: (step, done, total) => post({ type: 'progress', step, done, total }),
          keepSheetXml: true,
        });
        this.pkg = pkg;
        post({ type: 'opened', grid, sheets: pkg.sheets });
      } else {
        if (!this.pkg) throw new Error('no workbook open');
        const bytes = patchXlsx(this.pkg, msg.edits, msg.columns);
        const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        post({ type: 'patched', data }, [data]);
      }
    } catch (e) {
      post({ type: 'failed', message: e instanceof XlsxError ? e.message : e instanceof Error ? e.message.split('\n')[0] : String(e) });
    }
  }
}

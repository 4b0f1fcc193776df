// The browser's deflate: fflate (pure JavaScript, no dependencies, runs in Node, browsers and workers alike).
// Inflating is fed in small slices so the output can be counted while it grows: a zip bomb stops at the limit.
import { Inflate, deflateSync } from 'fflate';
import { Codec, TooLargeError, crc32 } from './zip';

const SLICE = 16 * 1024;

export const fflateCodec: Codec = {
  inflateRaw(data, limit) {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > limit) throw new TooLargeError();
      chunks.push(chunk);
    });
    for (let i = 0; i < data.length; i += SLICE) inflater.push(data.subarray(i, Math.min(data.length, i + SLICE)), i + SLICE >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(total);
    let p = 0;
    for (const c of chunks) {
      out.set(c, p);
      p += c.length;
    }
    return out;
  },
  // Level 1: rewritten parts are compressed fast; a few percent larger than level 6, a fraction of the time.
  deflateRaw: (data) => deflateSync(data, { level: 1 }),
  crc32,
};

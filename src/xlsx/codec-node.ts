// Node's zlib for the CLI: native inflate with maxOutputLength, so the size bound is enforced while inflating.
import * as zlib from 'node:zlib';
import { Codec, TooLargeError, crc32 } from './zip';

const nativeCrc = (zlib as unknown as { crc32?: (d: Uint8Array) => number }).crc32;

export const nodeCodec: Codec = {
  inflateRaw(data, limit, expected) {
    try {
      // maxOutputLength must be at least 1; one byte more than allowed tells "too large" from "exactly the limit".
      // Output buffers of the declared size (1 MiB at least, 64 MiB at most): zlib joining many small chunks is slow.
      const chunkSize = Math.max(2 ** 20, Math.min(expected + 1, limit + 1, 64 * 2 ** 20));
      return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, limit + 1), chunkSize });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw new TooLargeError();
      throw e;
    }
  },
  // Level 1: rewritten parts are compressed fast; a few percent larger than level 6, a fraction of the time.
  deflateRaw: (data) => zlib.deflateRawSync(data, { level: 1 }),
  crc32: nativeCrc ? (d) => nativeCrc(d) >>> 0 : crc32,
};

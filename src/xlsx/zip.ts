// The zip container of an .xlsx package, read and patched without re-compressing what does not change.
// Entries are found through the central directory; an untouched entry is copied as its raw bytes (local header,
// compressed data, data descriptor), so every untouched part of the package leaves byte for byte as it came.
// Inflating is bounded: the total inflated size is counted while inflating and refused past the limit (SPEC §12).

/** What the zip layer needs from a deflate implementation (Node's zlib in the CLI, fflate in the browser). */
export interface Codec {
  /**
   * Inflates raw deflate data; throws TooLargeError as soon as the output would pass `limit` bytes. `expected` is
   * the size the zip directory declares (a hint for buffer sizes only: it may lie).
   */
  inflateRaw(data: Uint8Array, limit: number, expected: number): Uint8Array;
  deflateRaw(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** The total inflated size of one package (SPEC §12). */
export const MAX_INFLATED = 256 * 2 ** 20;

export class ZipError extends Error {
  constructor(readonly reason: 'not-zip' | 'too-large' | 'encrypted' | 'corrupt' | 'unsupported', message: string) {
    super(message);
  }
}

export class TooLargeError extends ZipError {
  constructor(readonly lying = false) {
    super('too-large', lying ? 'a part unpacks to more than the zip directory declares' : 'unpacks to more than 256 MiB');
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header. */
  offset: number;
  /** Where the raw entry (local header … data descriptor) ends: the next entry's start or the central directory. */
  end: number;
  /** The central directory record as it was (patched with the new offset when copied). */
  central: Uint8Array;
}

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
}

const lowerNames = new WeakMap<ZipArchive, Map<string, string>>();

/**
 * The name of the archive's entry for a part name, compared without case as OPC compares part names (ECMA-376 Part 2
 * §9.1.1.1): a relationship to `worksheets/Sheet1.xml` finds the entry `sheet1.xml`, as Excel does. Undefined when no
 * entry has that name in any case.
 */
export function entryName(zip: ZipArchive, name: string): string | undefined {
  if (zip.byName.has(name)) return name;
  let lower = lowerNames.get(zip);
  if (!lower) {
    lower = new Map();
    for (const n of zip.byName.keys()) if (!lower.has(n.toLowerCase())) lower.set(n.toLowerCase(), n);
    lowerNames.set(zip, lower);
  }
  return lower.get(name.toLowerCase());
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x100000000;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

const decoder = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

export function readZip(bytes: Uint8Array): ZipArchive {
  if (!isZip(bytes)) throw new ZipError('not-zip', 'not a zip file');
  // End of central directory: 22 bytes plus a comment of at most 65,535.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 65535; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('corrupt', 'zip directory not found (truncated file?)');
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  // Zip64: the locator sits right before the end record.
  if ((count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) && eocd >= 20 && u32(bytes, eocd - 20) === 0x07064b50) {
    const at = u64(bytes, eocd - 12);
    if (at + 56 > bytes.length || u32(bytes, at) !== 0x06064b50) throw new ZipError('corrupt', 'zip64 directory not found');
    count = u64(bytes, at + 32);
    cdSize = u64(bytes, at + 40);
    cdOffset = u64(bytes, at + 48);
  }
  if (cdOffset + cdSize > bytes.length) throw new ZipError('corrupt', 'zip directory out of bounds (truncated file?)');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new ZipError('corrupt', 'bad zip directory record');
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const crc = u32(bytes, p + 16);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let offset = u32(bytes, p + 42);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 ? decoder : latin1).decode(nameBytes);
    if (size === 0xffffffff || compressedSize === 0xffffffff || offset === 0xffffffff) {
      let e = p + 46 + nameLen;
      const eEnd = e + extraLen;
      while (e + 4 <= eEnd) {
        const id = u16(bytes, e);
        const len = u16(bytes, e + 2);
        if (id === 1) {
          let q = e + 4;
          if (size === 0xffffffff) {
            size = u64(bytes, q);
            q += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(bytes, q);
            q += 8;
          }
          if (offset === 0xffffffff) offset = u64(bytes, q);
          break;
        }
        e += 4 + len;
      }
    }
    const recordEnd = p + 46 + nameLen + extraLen + commentLen;
    entries.push({ name, method, flags, crc, compressedSize, size, offset, end: 0, central: bytes.subarray(p, recordEnd) });
    p = recordEnd;
  }
  const byOffset = entries.slice().sort((a, b) => a.offset - b.offset);
  for (let i = 0; i < byOffset.length; i++) byOffset[i].end = i + 1 < byOffset.length ? byOffset[i + 1].offset : cdOffset;
  const byName = new Map<string, ZipEntry>();
  const lower = new Map<string, string>();
  for (const e of entries) {
    if (e.offset + 30 > bytes.length || u32(bytes, e.offset) !== 0x04034b50) throw new ZipError('corrupt', `bad zip entry ${e.name}`);
    // Two entries of one part name, in any case (OPC compares part names without case): which one Excel would take
    // is not known, and a copy would carry both (found by fuzzing: the first one's bytes were lost in --out).
    const key = e.name.toLowerCase();
    if (lower.has(key)) throw new ZipError('corrupt', `two zip entries named ${e.name}`);
    lower.set(key, e.name);
    byName.set(e.name, e);
  }
  const archive = { bytes, entries, byName };
  lowerNames.set(archive, lower); // entryName's lookup without case, made here once
  return archive;
}

/** The entry's compressed bytes (past its local header). */
function dataOf(zip: ZipArchive, e: ZipEntry): Uint8Array {
  const b = zip.bytes;
  const start = e.offset + 30 + u16(b, e.offset + 26) + u16(b, e.offset + 28);
  if (start + e.compressedSize > b.length) throw new ZipError('corrupt', `zip entry ${e.name} is truncated`);
  return b.subarray(start, start + e.compressedSize);
}

/** Counts inflated bytes across one package's parts. */
export class InflateBudget {
  used = 0;
  constructor(readonly limit: number = MAX_INFLATED) {}
}

/** Sum of the sizes the directory declares: a package that admits to unpacking past the limit is refused at once. */
export function checkDeclaredSize(zip: ZipArchive, budget: InflateBudget): void {
  let total = 0;
  for (const e of zip.entries) total += e.size;
  if (total > budget.limit) throw new TooLargeError();
}

export function inflateEntry(zip: ZipArchive, e: ZipEntry, codec: Codec, budget: InflateBudget): Uint8Array {
  if (e.flags & 1) throw new ZipError('encrypted', `zip entry ${e.name} is encrypted`);
  const data = dataOf(zip, e);
  const remaining = budget.limit - budget.used;
  // A part may not unpack past what the directory declares for it (a lying header is a zip bomb's trick), nor
  // past what is left of the package's budget; both are checked while inflating.
  const lying = e.size < remaining;
  const cap = Math.min(remaining, e.size);
  let out: Uint8Array;
  if (e.method === 0) {
    if (data.length > cap) throw new TooLargeError(lying);
    out = data;
  } else if (e.method === 8) {
    try {
      out = codec.inflateRaw(data, cap, e.size);
    } catch (err) {
      if (err instanceof TooLargeError) throw new TooLargeError(lying);
      throw err;
    }
  } else {
    throw new ZipError('unsupported', `zip entry ${e.name} uses compression method ${e.method}`);
  }
  budget.used += out.length;
  if (budget.used > budget.limit) throw new TooLargeError();
  // The directory's CRC-32 of the part: a changed byte had been read (and reported) as if typed so.
  if ((codec.crc32(out) >>> 0) !== (e.crc >>> 0)) throw new ZipError('corrupt', `zip entry ${e.name} is damaged (its CRC-32 does not match)`);
  return out;
}

/** A part of the new package: raw bytes of an entry kept as it was, or new content. */
export type NewPart = { name: string; keep: ZipEntry } | { name: string; data: Uint8Array };

/**
 * Writes a package: kept entries copied raw (local header through data descriptor, byte for byte, their central
 * records too but for the offset), new content deflated. Order is the order given.
 */
export function writeZip(zip: ZipArchive, parts: NewPart[], codec: Codec): Uint8Array {
  const chunks: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  const enc = new TextEncoder();
  let offset = 0;
  for (const part of parts) {
    if ('keep' in part) {
      const e = part.keep;
      const raw = zip.bytes.subarray(e.offset, e.end);
      chunks.push(raw);
      centrals.push(withOffset(e.central, offset));
      offset += raw.length;
      continue;
    }
    const name = enc.encode(part.name);
    const crc = codec.crc32(part.data);
    const deflated = codec.deflateRaw(part.data);
    const stored = deflated.length >= part.data.length;
    const body = stored ? part.data : deflated;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x800, true);
    lv.setUint16(8, stored ? 0 : 8, true);
    lv.setUint16(10, 0, true); // time
    lv.setUint16(12, 0x21, true); // 1980-01-01
    lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, part.data.length, true);
    lv.setUint16(26, name.length, true);
    lv.setUint16(28, 0, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x800, true);
    cv.setUint16(10, stored ? 0 : 8, true);
    cv.setUint16(12, 0, true);
    cv.setUint16(14, 0x21, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, part.data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    chunks.push(local, body);
    centrals.push(central);
    offset += local.length + body.length;
  }
  if (offset > 0xfffffff0) throw new ZipError('unsupported', 'the result would need zip64');
  let cdSize = 0;
  for (const c of centrals) cdSize += c.length;
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let p = 0;
  for (const c of [...chunks, ...centrals]) {
    out.set(c, p);
    p += c.length;
  }
  out.set(end, p);
  return out;
}

/** A copy of a central record with its local-header offset set (in the zip64 extra field when it lives there). */
function withOffset(central: Uint8Array, offset: number): Uint8Array {
  // A copy: `slice` on a Node Buffer (what readFile gives) is a view, and the input's bytes must stay as they are.
  const c = new Uint8Array(central);
  const v = new DataView(c.buffer, c.byteOffset, c.byteLength);
  if (v.getUint32(42, true) !== 0xffffffff) {
    v.setUint32(42, offset, true);
    return c;
  }
  const nameLen = v.getUint16(28, true);
  const extraLen = v.getUint16(30, true);
  let e = 46 + nameLen;
  while (e + 4 <= 46 + nameLen + extraLen) {
    const id = v.getUint16(e, true);
    const len = v.getUint16(e + 2, true);
    if (id === 1) {
      let q = e + 4;
      if (v.getUint32(24, true) === 0xffffffff) q += 8;
      if (v.getUint32(20, true) === 0xffffffff) q += 8;
      v.setUint32(q, offset % 0x100000000, true);
      v.setUint32(q + 4, Math.floor(offset / 0x100000000), true);
      return c;
    }
    e += 4 + len;
  }
  throw new ZipError('corrupt', 'zip64 offset not found');
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

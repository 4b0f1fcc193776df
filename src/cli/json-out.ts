// The `--json` document as bytes, exactly what JSON.stringify(value, null, indent) writes, produced piece by piece:
// the report's long lists (10,000 indicators) are stringified one item at a time into off-heap buffers, never held as
// one JavaScript string. Measured at 10,000 indicators (README, Benchmark): whole-document JSON.stringify had kept
// every report object and every piece of the growing text alive across V8's young collections (each survivor copied
// twice), and the 4 MB string was then converted once more to write it; here each item's objects and text are
// garbage as soon as its bytes are written.

/** Pieces of the text are encoded to bytes this many characters at a time. */
const PIECES = 1 << 16;

/** Relative to where a document starts: the report's table and indicator levels are walked, anything deeper is not. */
const WALK_DEPTH = 4;

export class JsonBytes {
  private readonly chunks: Buffer[] = [];
  /** Pieces not yet encoded, joined and encoded PIECES characters at a time (one call per piece cost more). */
  private pending: string[] = [];
  private pendingLength = 0;
  private readonly gap: string;

  /** `indent`: the spaces per level JSON.stringify would be given (undefined: one compact line). */
  constructor(indent: number | undefined) {
    this.gap = indent === undefined ? '' : ' '.repeat(Math.min(10, Math.max(0, Math.floor(indent))));
  }

  /** Text written as is (JSON punctuation, a newline). */
  raw(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= PIECES) this.encode();
  }

  /**
   * A JSON document, or one nested `depth` levels deep in a document whose surrounding text the caller writes (the
   * indentation of its lines depends on it), under `key` (what a toJSON method is given: an array item's index). A
   * value JSON.stringify would leave out (undefined) is written as null, as in an array.
   */
  value(v: unknown, depth = 0, key = ''): void {
    this.write(toJson(v, key), depth, depth + WALK_DEPTH);
  }

  /** Every byte written since the last call, as UTF-8, in order: pieces of about 64 KiB (a longer text in one). */
  bytes(): Buffer[] {
    this.encode();
    return this.chunks.splice(0);
  }

  private encode(): void {
    if (this.pendingLength === 0) return;
    const text = this.pending.length === 1 ? this.pending[0] : this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    // Nothing but ASCII (all of a report in Indonesian or English, but a name with an accent): copied byte for byte.
    const size = Buffer.byteLength(text, 'utf8');
    this.chunks.push(Buffer.from(text, size === text.length ? 'latin1' : 'utf8'));
  }

  private newline(depth: number): string {
    return this.gap === '' ? '' : '\n' + this.gap.repeat(depth);
  }

  /** A value already through its toJSON (as JSON.stringify calls it: once, by the key it sits under). */
  private write(v: unknown, depth: number, walkTo: number): void {
    if (v === null || typeof v !== 'object' || depth >= walkTo || !holdsList(v)) {
      const text = this.gap === '' ? JSON.stringify(v) : JSON.stringify(v, null, this.gap);
      // Lines after the first are indented for the depth the value sits at; a JSON string never holds a raw newline.
      this.raw(text === undefined ? 'null' : depth > 0 && this.gap !== '' ? text.replace(/\n/g, this.newline(depth)) : text);
      return;
    }
    const inner = this.newline(depth + 1);
    if (Array.isArray(v)) {
      if (v.length === 0) return this.raw('[]');
      for (let i = 0; i < v.length; i++) {
        this.raw((i === 0 ? '[' : ',') + inner);
        this.write(toJson(v[i], String(i)), depth + 1, walkTo);
      }
      return this.raw(this.newline(depth) + ']');
    }
    let first = true;
    const colon = this.gap === '' ? ':' : ': ';
    for (const k of Object.keys(v)) {
      const item = toJson((v as Record<string, unknown>)[k], k);
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      this.raw((first ? '{' : ',') + inner + JSON.stringify(k) + colon);
      first = false;
      this.write(item, depth + 1, walkTo);
    }
    this.raw(first ? '{}' : this.newline(depth) + '}');
  }
}

function toJson(v: unknown, key: string): unknown {
  if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    return (v as { toJSON(key: string): unknown }).toJSON(key);
  }
  return v;
}

/** An array, or an object with an array among its values: worth walking (the rest is stringified whole). */
function holdsList(v: object): boolean {
  if (Array.isArray(v)) return true;
  for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k) && Array.isArray((v as Record<string, unknown>)[k])) return true;
  return false;
}

// A small XML scanner for the package's parts: start tags, end tags and text, with the positions a patch needs.
// It reads what OOXML producers write (namespace prefixes, either quote, CDATA, comments, processing
// instructions); a DOCTYPE is refused (OOXML has none, and entity definitions are a way to blow up memory).

export class XmlError extends Error {}

export const START = 1;
export const END = 2;
export const TEXT = 3;
export const EOF = 0;

/**
 * The namespaces of the parts Cermat writes: ECMA-376 Transitional (what Excel saves by default) or Strict (Excel's
 * "Strict Open XML Spreadsheet"); a new part takes its package's, so a Strict file does not gain Transitional parts.
 */
export interface Flavour {
  /** SpreadsheetML's main namespace. */
  main: string;
  /** The relationships namespace, and the base of every relationship type. */
  rel: string;
}
export const TRANSITIONAL: Flavour = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
export const STRICT: Flavour = { main: 'http://purl.oclc.org/ooxml/spreadsheetml/main', rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships' };

export class XmlScanner {
  pos = 0;
  /** START, END, TEXT or EOF. */
  kind = EOF;
  /** Local name (prefix removed) of the element of a START or END. */
  name = '';
  /** Where the current tag or text starts and ends (end exclusive). */
  start = 0;
  end = 0;
  /** The attribute region of a START tag: [attrStart, attrEnd). */
  attrStart = 0;
  attrEnd = 0;
  selfClosing = false;
  /** For TEXT: CDATA text is literal (no entities). */
  cdata = false;

  constructor(readonly s: string, from = 0) {
    this.pos = from;
  }

  next(): number {
    const s = this.s;
    const len = s.length;
    for (;;) {
      const p = this.pos;
      if (p >= len) return (this.kind = EOF);
      if (s.charCodeAt(p) !== 60 /* < */) {
        let q = s.indexOf('<', p);
        if (q < 0) q = len;
        this.start = p;
        this.end = q;
        this.pos = q;
        this.cdata = false;
        return (this.kind = TEXT);
      }
      const c1 = s.charCodeAt(p + 1);
      if (c1 === 47 /* / */) {
        const q = s.indexOf('>', p);
        if (q < 0) throw new XmlError('unterminated end tag');
        this.name = localName(s, p + 2, q);
        this.start = p;
        this.end = q + 1;
        this.pos = q + 1;
        return (this.kind = END);
      }
      if (c1 === 63 /* ? */) {
        const q = s.indexOf('?>', p);
        if (q < 0) throw new XmlError('unterminated processing instruction');
        this.pos = q + 2;
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (s.startsWith('<!--', p)) {
          const q = s.indexOf('-->', p + 4);
          if (q < 0) throw new XmlError('unterminated comment');
          this.pos = q + 3;
          continue;
        }
        if (s.startsWith('<![CDATA[', p)) {
          const q = s.indexOf(']]>', p + 9);
          if (q < 0) throw new XmlError('unterminated CDATA');
          this.start = p + 9;
          this.end = q;
          this.pos = q + 3;
          this.cdata = true;
          return (this.kind = TEXT);
        }
        throw new XmlError('DOCTYPE or declaration not allowed in a package part');
      }
      // Start tag: the name, then attributes; quoted values may hold '>'.
      let q = p + 1;
      while (q < len) {
        const c = s.charCodeAt(q);
        if (c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13) break;
        q++;
      }
      this.name = localName(s, p + 1, q);
      this.attrStart = q;
      for (;;) {
        if (q >= len) throw new XmlError('unterminated start tag');
        const c = s.charCodeAt(q);
        if (c === 62) break;
        if (c === 34 || c === 39) {
          const close = s.indexOf(c === 34 ? '"' : "'", q + 1);
          if (close < 0) throw new XmlError('unterminated attribute value');
          q = close + 1;
          continue;
        }
        q++;
      }
      this.selfClosing = s.charCodeAt(q - 1) === 47;
      this.attrEnd = this.selfClosing ? q - 1 : q;
      this.start = p;
      this.end = q + 1;
      this.pos = q + 1;
      return (this.kind = START);
    }
  }

  /** The value of attribute `qname` (exact qualified name) of the current START tag, decoded; undefined if absent. */
  attr(qname: string): string | undefined {
    return attrIn(this.s, this.attrStart, this.attrEnd, qname);
  }

  /** Every attribute of the current START tag (qualified names), decoded. */
  attrs(): Map<string, string> {
    return attrsIn(this.s, this.attrStart, this.attrEnd);
  }

  /** The current TEXT, line ends normalised (XML 1.0 §2.11: CR LF and CR read as LF) and entities decoded. */
  text(): string {
    let raw = this.s.slice(this.start, this.end);
    if (raw.indexOf('\r') >= 0) raw = raw.replace(/\r\n?/g, '\n');
    return this.cdata ? raw : decodeEntities(raw);
  }

  /** Skips to just past the END of the element whose START was just read (no-op for a self-closing one). */
  skipElement(): void {
    if (this.selfClosing) return;
    let depth = 1;
    while (depth > 0) {
      const k = this.next();
      if (k === EOF) throw new XmlError('unterminated element');
      if (k === START && !this.selfClosing) depth++;
      else if (k === END) depth--;
    }
  }
}

function localName(s: string, from: number, to: number): string {
  let end = to;
  while (end > from) {
    const c = s.charCodeAt(end - 1);
    if (c === 32 || c === 9 || c === 10 || c === 13) end--;
    else break;
  }
  for (let i = from; i < end; i++) if (s.charCodeAt(i) === 58 /* : */) return s.slice(i + 1, end);
  return s.slice(from, end);
}

/** The namespace prefix, with its colon, of the tag starting at `at` (`x:` for `<x:row …>`), or ''. */
export function prefixAt(s: string, at = 0): string {
  if (s.charCodeAt(at) !== 60 /* < */) return '';
  let i = at + 1;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 58 /* : */) return s.slice(at + 1, i + 1);
    // Name characters only (letters, digits, `_`, `-`, `.`): anything else ends the name without a prefix.
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46)) return '';
    i++;
  }
  return '';
}

/** The value of one attribute in an attribute region. */
export function attrIn(s: string, from: number, to: number, qname: string): string | undefined {
  let p = from;
  while (p < to) {
    const eq = s.indexOf('=', p);
    if (eq < 0 || eq >= to) return undefined;
    let nameStart = p;
    while (nameStart < eq) {
      const c = s.charCodeAt(nameStart);
      if (c === 32 || c === 9 || c === 10 || c === 13) nameStart++;
      else break;
    }
    let nameEnd = eq;
    while (nameEnd > nameStart) {
      const c = s.charCodeAt(nameEnd - 1);
      if (c === 32 || c === 9 || c === 10 || c === 13) nameEnd--;
      else break;
    }
    let v = eq + 1;
    while (v < to && s.charCodeAt(v) !== 34 && s.charCodeAt(v) !== 39) v++;
    if (v >= to) return undefined;
    const close = s.indexOf(s[v], v + 1);
    if (close < 0) return undefined;
    if (nameEnd - nameStart === qname.length && s.startsWith(qname, nameStart)) return decodeEntities(s.slice(v + 1, close));
    p = close + 1;
  }
  return undefined;
}

export function attrsIn(s: string, from: number, to: number): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  const region = s.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(region)) !== null) out.set(m[1], decodeEntities(m[3] ?? m[4]));
  return out;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML entities (`&lt;`, `&#10;`, `&#x2013;`); an unknown entity is kept as written. */
export function decodeEntities(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return NAMED[body] ?? all;
  });
}

/** OOXML's escape for characters XML cannot hold: `_x0007_` is U+0007, `_x005F_` a literal underscore. */
export function decodeXstring(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

export function escapeAttr(s: string): string {
  return s.replace(/[&<>"\n\r\t]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Text safe in an OOXML string: control characters XML 1.0 cannot hold written as `_xHHHH_`, `_` before one escaped. */
export function encodeXstring(s: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeText(s.replace(/_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) =>
    `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`));
}

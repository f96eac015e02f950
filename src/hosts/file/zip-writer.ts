/**
 * Writes the .xlsx package (a plain zip: DEFLATE, no zip64) from its parts, compressing each part
 * once with a native deflater. exceljs and JSZip compress in JavaScript (pako), three to four
 * times slower than zlib; and writing the package through JSZip meant compressing it twice (once
 * by exceljs, once after our own changes) and inflating it once in between.
 */

export interface ZipCodec {
  /** Raw DEFLATE (RFC 1951) of one part. */
  deflateRaw(data: Uint8Array): Promise<Uint8Array>;
  crc32(data: Uint8Array): number;
  /** UTF-8 of a part held as text (TextEncoder when not given). */
  encode?(text: string): Uint8Array;
}

/** A part: its path in the package and its content, taken (and then dropped) one at a time. */
export interface ZipSource {
  readonly names: readonly string[];
  take(name: string): string | Uint8Array;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface CompressionStreamLike {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<Uint8Array>;
}
type CompressionStreamCtor = new (format: "deflate-raw") => CompressionStreamLike;

/**
 * The platform's own deflater where there is one (browsers, Node 18+), through
 * CompressionStream; null where there is none (jsdom), and the caller falls back to JSZip.
 */
export function platformCodec(): ZipCodec | null {
  const Ctor = (globalThis as { CompressionStream?: CompressionStreamCtor }).CompressionStream;
  if (!Ctor) return null;
  try {
    new Ctor("deflate-raw");
  } catch {
    return null;
  }
  return {
    crc32,
    async deflateRaw(data) {
      const cs = new Ctor("deflate-raw");
      const writer = cs.writable.getWriter();
      // Not awaited: the write completes only as the readable side is drained below.
      void writer.write(data).then(() => writer.close());
      const chunks: Uint8Array[] = [];
      const reader = cs.readable.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
      }
      return concat(chunks);
    },
  };
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

interface Entry {
  name: Uint8Array;
  utf8Name: boolean;
  crc: number;
  size: number;
  data: Uint8Array;
  offset: number;
}

/** Parts compressed at once: enough to keep the deflater busy while the next part is encoded, few enough to bound memory. */
const IN_FLIGHT = 3;

/**
 * The zip of the parts, in the order given. Each part's text is encoded, checksummed and
 * compressed, then dropped, so the package is never held uncompressed as a whole.
 */
export async function writeZip(source: ZipSource, codec: ZipCodec, now: Date = new Date()): Promise<Uint8Array> {
  const enc = new TextEncoder();
  const encode = codec.encode ?? ((s: string) => enc.encode(s));
  const time = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
  const date = ((Math.max(1980, now.getFullYear()) - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();

  const entries: Entry[] = [];
  const pending: Promise<void>[] = [];
  for (const name of source.names) {
    const content = source.take(name);
    const raw = typeof content === "string" ? encode(content) : content;
    const nameBytes = enc.encode(name);
    const entry: Entry = { name: nameBytes, utf8Name: nameBytes.length !== name.length, crc: codec.crc32(raw), size: raw.length, data: raw, offset: 0 };
    entries.push(entry);
    pending.push(
      codec.deflateRaw(raw).then((d) => {
        entry.data = d;
      }),
    );
    if (pending.length >= IN_FLIGHT) await pending.shift();
  }
  await Promise.all(pending);

  let offset = 0;
  for (const e of entries) {
    e.offset = offset;
    offset += 30 + e.name.length + e.data.length;
  }
  const centralSize = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  const total = offset + centralSize + 22;
  if (offset > 0xffffffff || entries.length > 0xffff) throw new Error("the workbook is too large for a zip without zip64 (over 4 GB or 65,535 parts)");
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let at = 0;
  const u16 = (v: number) => {
    view.setUint16(at, v, true);
    at += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(at, v >>> 0, true);
    at += 4;
  };
  const common = (e: Entry) => {
    u16(20); // version needed: 2.0 (DEFLATE)
    u16(e.utf8Name ? 0x0800 : 0);
    u16(8); // DEFLATE
    u16(time);
    u16(date);
    u32(e.crc);
    u32(e.data.length);
    u32(e.size);
    u16(e.name.length);
    u16(0); // extra field
  };
  for (const e of entries) {
    u32(0x04034b50);
    common(e);
    out.set(e.name, at);
    at += e.name.length;
    out.set(e.data, at);
    at += e.data.length;
  }
  for (const e of entries) {
    u32(0x02014b50);
    u16(20); // made by: MS-DOS, 2.0
    common(e);
    u16(0); // comment
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(e.offset);
    out.set(e.name, at);
    at += e.name.length;
  }
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(entries.length);
  u16(entries.length);
  u32(centralSize);
  u32(offset);
  u16(0);
  return out;
}

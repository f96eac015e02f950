/**
 * Tells what a file really is from its first bytes, so that a legacy .xls, a password-protected
 * workbook or a text file gets a clear message instead of a zip error from deep inside exceljs.
 */
export type FileKind = "zip" | "encrypted" | "xls" | "text" | "empty" | "unknown";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function utf16(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}

function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function sniffWorkbook(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "zip";
  if (CFB_MAGIC.every((b, i) => bytes[i] === b)) {
    // An encrypted OOXML package is a compound file holding an "EncryptionInfo" stream.
    return contains(bytes.subarray(0, Math.min(bytes.length, 1 << 20)), utf16("EncryptionInfo")) ? "encrypted" : "xls";
  }
  const head = bytes.subarray(0, Math.min(bytes.length, 4096));
  let printable = 0;
  for (const b of head) if (b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127) || b >= 128) printable++;
  return printable / head.length > 0.95 ? "text" : "unknown";
}

/** One line saying what to do with a file that is not an .xlsx workbook; null when it is one. */
export function notAWorkbookMessage(kind: FileKind, name: string): string | null {
  switch (kind) {
    case "zip":
      return null;
    case "encrypted":
      return `${name} is password-protected: open it in Excel, remove the password (File > Info > Protect Workbook), save, and try again`;
    case "xls":
      return `${name} is a legacy Excel 97-2003 (.xls) workbook: open it in Excel or LibreOffice and save it as .xlsx, then try again`;
    case "text":
      return `${name} is a text file, not an Excel workbook: open it in Excel and save it as .xlsx, then try again`;
    case "empty":
      return `${name} is empty (0 bytes)`;
    default:
      return `${name} is not an Excel .xlsx workbook`;
  }
}

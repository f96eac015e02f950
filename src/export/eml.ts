/**
 * An .eml draft (RFC 5322 + MIME) built with mimetext: `X-Unsent: 1` makes Outlook open it as
 * a new message ready to send, Thunderbird opens it with "Edit as New". The structure is
 * multipart/mixed [ multipart/alternative (text/plain, text/html), the attachment ].
 *
 * mimetext's own Node entry point ends lines with the platform's EOL ("\n" on Linux, where RFC
 * 5322 wants CRLF) and its browser build does not load under Node; so the message is built
 * from its MIMEMessage class with an environment of our own that is the same everywhere:
 * CRLF, UTF-8 base64 through TextEncoder and btoa (both in Node 16+ and every browser).
 *
 * Every part is base64, wrapped at 76 characters: safe for any UTF-8 text (the em dash of the
 * subject, arrows, names), and a boundary line ("--" + letters and digits) can never occur in
 * base64 text. Addresses are checked here, since mimetext writes them as given and a line
 * break in one would let it add headers.
 */
import { MIMEMessage, type EnvironmentContext } from "mimetext";

export interface EmlAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export interface EmlDraft {
  readonly to: readonly string[];
  /** A sender; without one the draft has no From, and the mail client fills in the account that sends it. */
  readonly from?: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly EmlAttachment[];
  /** The Date header (the caller's clock). */
  readonly date: Date;
}

export class EmlError extends Error {
  override readonly name = "EmlError";
}

const CRLF = "\r\n";

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function base64(bytes: Uint8Array): string {
  let binary = "";
  // In slices: String.fromCharCode with one argument per byte overflows the stack on large files.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Base64 in lines of 76 characters (RFC 2045 §6.8). */
export function base64Lines(bytes: Uint8Array): string {
  return (base64(bytes).match(/.{1,76}/g) ?? []).join(CRLF);
}

const ENVIRONMENT: EnvironmentContext = {
  toBase64: (s) => base64(utf8(s)),
  toBase64WebSafe: (s) => base64(utf8(s)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""),
  eol: CRLF,
  validateContentType: (v) => (/^[\w.+-]+\/[\w.+-]+$/.test(v) ? v : false),
};

/**
 * A plain addr-spec: the dot-atom local part of RFC 5322 and a dotted host name (IDN domains in
 * their ASCII form). Strict on purpose: spaces, quotes, brackets and line breaks, which could
 * break a header, never pass.
 */
const ADDRESS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export function isEmailAddress(s: string): boolean {
  return ADDRESS.test(s);
}

/** Splits "a@x.org, b@y.org" into addresses; throws on any that is not one. */
export function parseAddresses(list: string): string[] {
  const out = list
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (!out.length) throw new EmlError("no email address given");
  const bad = out.find((a) => !isEmailAddress(a));
  if (bad !== undefined) throw new EmlError(`"${bad}" is not an email address`);
  return out;
}

/** A file name for the Content-Disposition header: ASCII letters, digits, dot, dash and underscore only. */
export function safeFilename(name: string): string {
  const cleaned = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^[-.]+|-+(?=\.)|-+$/g, "");
  return cleaned || "attachment";
}

/** RFC 5322 date: "Wed, 30 Sep 2026 17:00:00 +0000". */
function rfc5322Date(d: Date): string {
  return d.toUTCString().replace(/GMT$/, "+0000");
}

export function buildEml(draft: EmlDraft): string {
  const to = draft.to.map((a) => {
    if (!isEmailAddress(a)) throw new EmlError(`"${a}" is not an email address`);
    return a;
  });
  if (!to.length) throw new EmlError("a draft needs at least one To address");
  if (/[\r\n]/.test(draft.subject)) throw new EmlError("the subject must be one line");

  const msg = new MIMEMessage(ENVIRONMENT);
  const fields = msg.headers.fields;
  if (draft.from !== undefined) {
    if (!isEmailAddress(draft.from)) throw new EmlError(`"${draft.from}" is not an email address`);
    msg.setSender({ addr: draft.from });
  } else {
    // mimetext requires a From; a draft leaves it to the client (Outlook uses the sending account).
    for (const f of fields) if (f.name === "From") f.disabled = true;
  }
  // A draft gets its Message-ID when it is sent; mimetext would otherwise derive one from From.
  for (const f of fields) if (f.name === "Message-ID") f.disabled = true;
  msg.setHeader("Date", rfc5322Date(draft.date));
  msg.setTo(to.map((addr) => ({ addr })));
  msg.setSubject(draft.subject);
  msg.setHeader("X-Unsent", "1");
  msg.addMessage({ contentType: "text/plain", charset: "UTF-8", encoding: "base64", data: base64Lines(utf8(draft.text)) });
  msg.addMessage({ contentType: "text/html", charset: "UTF-8", encoding: "base64", data: base64Lines(utf8(draft.html)) });
  for (const a of draft.attachments) {
    msg.addAttachment({ filename: safeFilename(a.filename), contentType: a.contentType, encoding: "base64", data: base64Lines(a.bytes) });
  }
  return msg.asRaw() + CRLF;
}

/** Output of a command: a human summary, or exactly one JSON document with --format json. */
export type Format = "text" | "json";

export function parseFormat(v: string | undefined): Format {
  if (v === undefined || v === "text") return "text";
  if (v === "json") return "json";
  throw new Error(`--format ${v}: expected text or json`);
}

export function printJson(doc: unknown): void {
  process.stdout.write(JSON.stringify(doc, null, 2) + "\n");
}

export function printLines(lines: readonly string[]): void {
  process.stdout.write(lines.join("\n") + "\n");
}

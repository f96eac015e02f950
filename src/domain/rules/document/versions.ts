/** Document versions "N.N" or "N.N.N", read once for the document rules. */
import type { RowView } from "../../registers/records";
import type { RuleContext } from "../rule";
import { norm, rowKey } from "../rows";

const VERSION = /^\d+\.\d+(?:\.\d+)?$/;

export interface DocumentVersion {
  readonly row: RowView;
  readonly key: string;
  /** Normalised Document ID ("" when blank). */
  readonly docId: string;
  readonly version: string;
  /** The version's numbers when it is well formed, else null. */
  readonly parts: readonly number[] | null;
}

export function documentVersions(ctx: RuleContext): readonly DocumentVersion[] {
  return ctx.memo("document/versions", () =>
    ctx.rows.map((row) => {
      const version = row.textOf("version");
      return {
        row,
        key: rowKey(row, "title"),
        docId: norm(row.textOf("documentId")),
        version,
        parts: VERSION.test(version) ? version.split(".").map(Number) : null,
      };
    }),
  );
}

/** Negative when a < b; a missing part counts as 0 (1.2 = 1.2.0). */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

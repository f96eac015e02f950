import type { RegisterKey } from "./registers/types";

export type Severity = "error" | "warning" | "info";

/** A validation finding (design.md contract). `cell` is an A1 address on `sheet`. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly register: RegisterKey;
  readonly sheet: string;
  readonly cell: string;
  /** 1-based worksheet row of `cell`. */
  readonly row: number;
  /** The row's id, or the activity text, or the header for column findings. */
  readonly key: string;
  readonly message: string;
}

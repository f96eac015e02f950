/** Workbooks for task-pane tests: the bundled sample through the file host, and a host that records what the pane asks. */
import type { FileHost } from "../hosts/file/file-host";
import type { ApplyResult, HostCapabilities, Progress, WorkbookHost } from "../plan/host";
import type { WorkbookPlan } from "../plan/plan";
import type { WorkbookSnapshot } from "../plan/snapshot";
import { buildSample, type SampleKind } from "./components/FileWorkbench/sample";

const built = new Map<SampleKind, Uint8Array>();

/** A fresh file host holding the sample (built once per test file, then copied). */
export async function sampleHost(kind: SampleKind): Promise<FileHost> {
  let bytes = built.get(kind);
  if (!bytes) {
    bytes = await (await buildSample(kind)).toBuffer();
    built.set(kind, bytes);
  }
  const { FileHost } = await import("../hosts/file/file-host");
  return FileHost.fromBuffer(bytes.slice(), `sample-${kind}.xlsx`);
}

/** A host in front of another that records plans and selections, and can play the Office host. */
export class SpyHost implements WorkbookHost {
  readonly plans: WorkbookPlan[] = [];
  readonly selections: { sheet: string; cell: string }[] = [];
  constructor(
    readonly inner: WorkbookHost,
    readonly kind: "file" | "office" = inner.kind,
    private readonly missing: readonly string[] = [],
  ) {}

  read(options?: { readonly sheets?: readonly string[] }): Promise<WorkbookSnapshot> {
    return this.inner.read(options);
  }

  apply(plan: WorkbookPlan, progress?: Progress): Promise<ApplyResult> {
    this.plans.push(plan);
    return this.inner.apply(plan, progress);
  }

  capabilities(): HostCapabilities {
    const inner = this.inner.capabilities();
    return { ...inner, missing: [...inner.missing, ...this.missing] };
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.selections.push({ sheet, cell });
    await this.inner.select(sheet, cell);
  }
}

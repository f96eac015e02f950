/**
 * The proxy every fake API object extends. Like Office.js, nothing happens when a property is
 * set or a method called: an action is queued and runs at the next sync. A property can be read
 * only after `load` of that property and a sync; until then reading it throws PropertyNotLoaded.
 * A proxy made by a method call is bound to its workbook object when that call runs in the sync
 * (so `getItem` of a missing sheet fails at sync, as in Excel).
 */
import { fail } from "./errors";
import type { ActionResult, FakeContext } from "./context";

export type Readers = Readonly<Record<string, () => unknown>>;

export function parseLoad(props: string | readonly string[] | undefined): string[] {
  const list = (typeof props === "string" ? props.split(",") : [...(props ?? [])]).map((p) => p.trim()).filter(Boolean);
  // Office.js would load every scalar property; the project's rule is to name the few it needs.
  if (!list.length) fail("InvalidArgument", "load() without property names: name the properties to load");
  return list;
}

export abstract class FakeObject<T> {
  readonly objectId: number;
  private target: T | null | undefined;
  private readonly loadedValues = new Map<string, unknown>();

  constructor(
    readonly context: FakeContext,
    target?: T,
  ) {
    this.objectId = context.nextObjectId();
    this.target = target;
    if (target !== undefined) this.loadedValues.set("isNullObject", false);
  }

  /** Readers of the loadable properties, evaluated against the state when the load runs. */
  protected abstract readers(): Readers;

  /** In a request, a proxy travels as its id (and JSON.stringify must not walk the context). */
  toJSON(): { readonly ref: number } {
    return { ref: this.objectId };
  }

  bindTarget(t: T | null): void {
    this.target = t;
  }

  markNull(isNull: boolean): void {
    this.loadedValues.set("isNullObject", isNull);
  }

  /** The bound workbook object, for navigation proxies (range.format, table.rows …). */
  boundTarget(): T {
    return this.bound();
  }

  protected bound(): T {
    if (this.target === undefined) fail("InvalidObjectPath", `${this.constructor.name} used before the call that makes it ran`);
    if (this.target === null) fail("InvalidOperation", `${this.constructor.name} is a null object (check isNullObject first)`);
    return this.target;
  }

  /** True after a sync when an *OrNullObject call found nothing. */
  get isNullObject(): boolean {
    return this.loaded<boolean>("isNullObject");
  }

  /** Evaluates `props` now (inside a sync). */
  readNow(props: readonly string[]): Record<string, unknown> {
    const readers = this.readers();
    const out: Record<string, unknown> = {};
    for (const p of props) {
      const reader = readers[p];
      if (!reader) fail("InvalidArgument", `${this.constructor.name} has no loadable property "${p}" in the fake`);
      out[p] = reader();
    }
    return out;
  }

  deliver(data: Readonly<Record<string, unknown>>): void {
    for (const [k, v] of Object.entries(data)) this.loadedValues.set(k, v);
  }

  load(props?: string | readonly string[]): this {
    const names = parseLoad(props);
    this.context.enqueue({
      request: { id: this.objectId, load: names },
      run: () => {
        if (this.target === null) return { commit: () => undefined };
        const data = this.readNow(names);
        return { response: data, commit: () => this.deliver(data) };
      },
    });
    return this;
  }

  protected loaded<V>(prop: string): V {
    if (!this.loadedValues.has(prop)) fail("PropertyNotLoaded", `${this.constructor.name}.${prop} was read before load("${prop}") and context.sync()`);
    return this.loadedValues.get(prop) as V;
  }

  /** Queues a property write. The value is checked and applied when the sync runs. */
  protected setLater(prop: string, value: unknown, apply: (target: T) => void): void {
    // What was loaded before is stale once the property is written.
    this.loadedValues.delete(prop);
    this.context.enqueue({ request: { id: this.objectId, set: prop, value }, run: () => apply(this.bound()) });
  }

  protected callLater(method: string, args: readonly unknown[], run: (target: T) => ActionResult | void): void {
    this.context.enqueue({ request: { id: this.objectId, call: method, args }, run: () => run(this.bound()) });
  }

  /**
   * Queues a call that returns a new proxy; `resolve` binds it when the call runs. With
   * `orNull`, a missing object becomes a null object instead of an ItemNotFound error.
   */
  protected make<U, O extends { bindTarget(t: U | null): void; markNull(isNull: boolean): void; readonly objectId: number }>(obj: O, method: string, args: readonly unknown[], resolve: (target: T) => U | null, orNull = false): O {
    this.context.enqueue({
      request: { id: this.objectId, call: method, args, returns: obj.objectId },
      run: () => {
        const own = this.target;
        // Methods of a null object give null objects.
        const t = own === null && orNull ? null : resolve(this.bound());
        if (t === null && !orNull) fail("ItemNotFound", `${method}(${args.map((a) => JSON.stringify(a)).join(", ")}) found nothing`);
        obj.bindTarget(t);
        return { commit: () => obj.markNull(t === null) };
      },
    });
    return obj;
  }
}

/** A collection: `load("items/name,items/x")` loads those properties of every item. */
export abstract class FakeCollection<T, I extends FakeObject<unknown>> extends FakeObject<T> {
  /** Proxies for the items as they are when the load runs. */
  protected abstract enumerate(target: T): I[];

  protected readers(): Readers {
    return {};
  }

  override load(props?: string | readonly string[]): this {
    const names = parseLoad(props);
    const itemProps = names.map((n) => {
      if (n === "items") fail("InvalidArgument", `load("items") loads every property: name them ("items/name")`);
      if (!n.startsWith("items/") || n.slice(6).includes("/")) fail("InvalidArgument", `the fake loads collection items one level deep ("items/name"), not "${n}"`);
      return n.slice(6);
    });
    this.context.enqueue({
      request: { id: this.objectId, load: names },
      run: () => {
        const items = this.enumerate(this.bound());
        const data = items.map((it) => it.readNow(itemProps));
        return {
          response: data,
          commit: () => {
            items.forEach((it, i) => it.deliver(data[i]!));
            this.deliver({ items });
          },
        };
      },
    });
    return this;
  }

  get items(): I[] {
    return this.loaded<I[]>("items");
  }
}

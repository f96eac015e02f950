/** Workbook-scoped defined names. */
import { fail } from "../errors";
import { FakeCollection, FakeObject, type Readers } from "../object";
import type { FakeContext } from "../context";
import type { NameState } from "../state";
import { checkTableOrRangeName } from "./table";

export class FakeNamedItem extends FakeObject<string> {
  private item(): NameState {
    const n = this.context.state.nameByName(this.bound());
    if (!n) fail("ItemNotFound", `name ${this.bound()} was deleted`);
    return n;
  }
  protected readers(): Readers {
    return {
      name: () => this.item().name,
      // A reference to cells is a Range; anything else the fake calls a String.
      type: () => (/!\$?[A-Z]{1,3}\$?\d+/.test(this.item().formula) ? "Range" : "String"),
      value: () => this.item().formula.slice(1),
      formula: () => {
        this.context.requires("1.7", "NamedItem.formula");
        return this.item().formula;
      },
      visible: () => this.item().visible,
      comment: () => this.item().comment,
    };
  }
  get name(): string {
    return this.loaded("name");
  }
  get type(): string {
    return this.loaded("type");
  }
  get value(): string {
    return this.loaded("value");
  }
  get formula(): string {
    return this.loaded("formula");
  }
  get visible(): boolean {
    return this.loaded("visible");
  }
  delete(): void {
    this.callLater("delete", [], (name) => {
      this.context.state.names = this.context.state.names.filter((n) => n.name.toLowerCase() !== name.toLowerCase());
    });
  }
}

export class FakeNamedItemCollection extends FakeCollection<true, FakeNamedItem> {
  constructor(context: FakeContext) {
    super(context, true);
  }
  protected enumerate(): FakeNamedItem[] {
    return this.context.state.names.map((n) => new FakeNamedItem(this.context, n.name));
  }
  getItem(name: string): FakeNamedItem {
    return this.make(new FakeNamedItem(this.context), "getItem", [name], () => this.context.state.nameByName(name)?.name ?? null);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return this.make(new FakeNamedItem(this.context), "getItemOrNullObject", [name], () => this.context.state.nameByName(name)?.name ?? null, true);
  }
  /** `reference` is formula text with its "=" (ExcelApi 1.4). */
  add(name: string, reference: string, comment?: string): FakeNamedItem {
    return this.make(new FakeNamedItem(this.context), "add", [name, reference, comment ?? null], () => {
      const state = this.context.state;
      checkTableOrRangeName(state, name);
      if (typeof reference !== "string" || !reference.startsWith("=") || reference.length < 2) fail("InvalidArgument", `a name's reference is a formula starting with "=": ${JSON.stringify(reference)}`);
      if (comment !== undefined && (typeof comment !== "string" || comment.length > 255)) fail("InvalidArgument", "a name's comment is text of at most 255 characters");
      state.names.push({ name, formula: reference, comment: comment ?? "", visible: true });
      return name;
    });
  }
}

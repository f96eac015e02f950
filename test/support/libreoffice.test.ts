import { FileHost } from "../../src/hosts/file/file-host";
import { recalcWithLibreOffice } from "./libreoffice";

test("LibreOffice recalculates a formula we write without a cached value", async () => {
  const host = FileHost.create();
  await host.apply({ ops: [{ kind: "ensureSheet", sheet: "S" }, { kind: "writeRange", sheet: "S", anchor: "A1", cells: [[2, 3, { f: "=A1*B1" }]] }] });
  const recalculated = await FileHost.fromBuffer(await recalcWithLibreOffice(await host.toBuffer()));
  const snap = await recalculated.read();
  expect(snap.sheets[0]!.values[0]).toEqual([2, 3, 6]);
});

import { analyzeWorkbook } from "../../../src/job/analyzeWorkbook";
import {
  prepareGeneration,
  type GenerationRequest,
} from "../../../src/taskpane/session/prepareGeneration";
import { DOCUMENT_KINDS } from "../../../src/documents";
import { FakeHost } from "../fakeHost";
import { sampleContents } from "../workbooks";

const TODAY = { year: 2026, month: 11, day: 25 };
const REQUEST: GenerationRequest = {
  today: TODAY,
  language: "vi",
  kinds: DOCUMENT_KINDS,
  meta: { place: "Bắc Ninh" },
  remember: { place: "Bắc Ninh" },
};

async function shownSeed() {
  const contents = await sampleContents("seed-2018.xlsx");
  return { contents, analysis: analyzeWorkbook(contents, { today: TODAY }) };
}

describe("prepareGeneration", () => {
  it("prepares the five sheets and a configuration that remembers them and what the user typed", async () => {
    const shown = await shownSeed();
    const prepared = prepareGeneration(shown.contents, shown, REQUEST);
    expect(prepared.kind).toBe("ready");
    if (prepared.kind !== "ready") return;
    expect(prepared.specs).toHaveLength(5);
    const stored = JSON.parse(prepared.configurationJson);
    expect(Object.keys(stored.generated)).toHaveLength(5);
    expect(stored.document.place).toBe("Bắc Ninh");
    expect(stored.profile.id).toBe("seed-bloc-2018");
  });

  it("refuses when a source sheet changed since the analysis shown", async () => {
    const shown = await shownSeed();
    const host = new FakeHost(shown.contents);
    host.edit("Bỏ phiếu", 4, 4, 3);
    expect(prepareGeneration(host.contents, shown, REQUEST)).toEqual({ kind: "changed" });
  });

  it("does not mind changes to the add-in's own sheets or configuration", async () => {
    const shown = await shownSeed();
    const fresh = { ...shown.contents, configurationJson: null };
    expect(prepareGeneration(fresh, shown, REQUEST).kind).toBe("ready");
  });

  it("names the user's sheets that would be written over", async () => {
    const shown = await shownSeed();
    const fresh = {
      ...shown.contents,
      sheetNames: [...shown.contents.sheetNames, "tổng hợp điểm 2018"],
    };
    expect(prepareGeneration(fresh, shown, REQUEST)).toEqual({
      kind: "clashes",
      names: ["Tổng hợp điểm 2018"],
    });
  });
});

import { DeferredText } from "../../src/core/deferredText";
import type { Language } from "../../src/core/localized";

/** A text of a rank, counting the languages it is written in. */
class RankText extends DeferredText {
  readonly calls: Language[] = [];

  constructor(private readonly rank: number) {
    super();
  }

  protected override write(language: Language): string {
    this.calls.push(language);
    return language === "vi" ? `xếp hạng ${this.rank}` : `ranked ${this.rank}rd`;
  }
}

describe("DeferredText", () => {
  it("writes nothing until a language is read, then only that language, once", () => {
    const text = new RankText(3);
    expect(text.calls).toEqual([]);
    expect(text.vi).toBe("xếp hạng 3");
    expect(text.vi).toBe("xếp hạng 3");
    expect(text.calls).toEqual(["vi"]);
    expect(text.en).toBe("ranked 3rd");
    expect(text.en).toBe("ranked 3rd");
    expect(text.calls).toEqual(["vi", "en"]);
  });

  it("reads by a language variable, as the pane and the documents do", () => {
    const language: Language = "en";
    expect(new RankText(3)[language]).toBe("ranked 3rd");
  });

  it("gives the plain words to JSON", () => {
    const text = new RankText(3);
    expect(JSON.parse(JSON.stringify({ message: text }))).toStrictEqual({
      message: { vi: "xếp hạng 3", en: "ranked 3rd" },
    });
  });

  it("equals the plain text it stands for in the tests, and nothing else", () => {
    const text = new RankText(3);
    expect(text).toBeInstanceOf(DeferredText);
    expect(text).toEqual({ vi: "xếp hạng 3", en: "ranked 3rd" });
    expect({ reason: text }).toEqual({ reason: { vi: "xếp hạng 3", en: "ranked 3rd" } });
    expect(text).not.toEqual({ vi: "xếp hạng 4", en: "ranked 3rd" });
    expect(text).not.toEqual({ vi: "xếp hạng 3", en: "ranked 4th" });
  });
});

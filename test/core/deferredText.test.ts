import { DeferredText, deferredText } from "../../src/core/deferredText";
import type { Language } from "../../src/core/localized";

describe("deferredText", () => {
  function counted() {
    const calls: Language[] = [];
    const text = deferredText({ rank: 3 }, (subject, language) => {
      calls.push(language);
      return language === "vi" ? `xếp hạng ${subject.rank}` : `ranked ${subject.rank}rd`;
    });
    return { text, calls };
  }

  it("writes nothing until a language is read, then only that language, once", () => {
    const { text, calls } = counted();
    expect(calls).toEqual([]);
    expect(text.vi).toBe("xếp hạng 3");
    expect(text.vi).toBe("xếp hạng 3");
    expect(calls).toEqual(["vi"]);
    expect(text.en).toBe("ranked 3rd");
    expect(calls).toEqual(["vi", "en"]);
  });

  it("reads by a language variable, as the pane and the documents do", () => {
    const { text } = counted();
    const language: Language = "en";
    expect(text[language]).toBe("ranked 3rd");
  });

  it("gives the plain words to JSON", () => {
    const { text } = counted();
    expect(JSON.parse(JSON.stringify({ message: text }))).toStrictEqual({
      message: { vi: "xếp hạng 3", en: "ranked 3rd" },
    });
  });

  it("equals the plain text it stands for in the tests, and nothing else", () => {
    const { text } = counted();
    expect(text).toBeInstanceOf(DeferredText);
    expect(text).toEqual({ vi: "xếp hạng 3", en: "ranked 3rd" });
    expect({ reason: text }).toEqual({ reason: { vi: "xếp hạng 3", en: "ranked 3rd" } });
    expect(text).not.toEqual({ vi: "xếp hạng 4", en: "ranked 3rd" });
    expect(text).not.toEqual({ vi: "xếp hạng 3", en: "ranked 4th" });
  });
});

describe("DeferredText", () => {
  class RankText extends DeferredText {
    readonly calls: Language[] = [];

    constructor(private readonly rank: number) {
      super();
    }

    protected override write(language: Language): string {
      this.calls.push(language);
      return language === "vi" ? `xếp hạng ${this.rank}` : `ranked ${this.rank}`;
    }
  }

  it("lets a kind of text write from its own fields, each language once, when read", () => {
    const text = new RankText(7);
    expect(text.calls).toEqual([]);
    expect(text.en).toBe("ranked 7");
    expect(text.en).toBe("ranked 7");
    expect(text.vi).toBe("xếp hạng 7");
    expect(text.calls).toEqual(["en", "vi"]);
    expect(JSON.parse(JSON.stringify(text))).toStrictEqual({ vi: "xếp hạng 7", en: "ranked 7" });
    expect(text).toEqual({ vi: "xếp hạng 7", en: "ranked 7" });
  });
});

import { HostError } from "../../../src/hosts/xlsx";
import { errorMessage } from "../../../src/taskpane/session/errorMessage";

describe("errorMessage", () => {
  it("passes a host's own message on in both languages", () => {
    const text = { vi: "Không có trang “X”.", en: "No sheet “X”." };
    expect(errorMessage(new HostError(text))).toEqual(text);
  });

  it("wraps anything else with its text", () => {
    expect(errorMessage(new Error("GeneralException"))).toEqual({
      vi: "Không thực hiện được: GeneralException",
      en: "Could not be done: GeneralException",
    });
    expect(errorMessage("boom").en).toBe("Could not be done: boom");
  });
});

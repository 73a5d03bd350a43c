/**
 * `office-addin-manifest validate` needs an online service, so the manifest is checked here,
 * offline: it parses, every resid resolves, the shared runtime is consistent, and every URL
 * points at a file the production build emits.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";

const root = join(__dirname, "..");
const manifestPath = join(root, "manifest.xml");
const dist = join(root, "dist");
const BASE_URL = "https://localhost:3000/";

function elements(doc: ReturnType<DOMParser["parseFromString"]>, localName: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS("*", localName));
}

describe("manifest.xml", () => {
  const xml = readFileSync(manifestPath, "utf8");
  const parseErrors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => parseErrors.push(`${level}: ${message}`),
  }).parseFromString(xml, "text/xml");

  beforeAll(() => {
    // The URL check needs a production build; build once when the tree has none.
    if (!existsSync(join(dist, "taskpane.html"))) {
      execFileSync("npx", ["webpack", "--mode", "production"], {
        cwd: root,
        stdio: "ignore",
        timeout: 300_000,
      });
    }
  }, 320_000);

  test("is well-formed XML that the Office add-in tooling reads", () => {
    expect(parseErrors).toEqual([]);
    // office-addin-manifest loads ES modules that Jest cannot; Node itself can, in a child process.
    const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])
      .then((info) => process.stdout.write(JSON.stringify(info)))`;
    const info = JSON.parse(
      execFileSync(process.execPath, ["-e", script, manifestPath], { cwd: root, encoding: "utf8" })
    );
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.displayName).toBe("Thi Đua");
    expect(info.hosts).toEqual(["Workbook"]);
  });

  test("asks for ReadWriteDocument and the shared runtime requirement set", () => {
    expect(elements(doc, "Permissions")[0]?.textContent).toBe("ReadWriteDocument");
    const sets = elements(doc, "Set").map((set) => set.getAttribute("Name"));
    expect(sets).toContain("SharedRuntime");
  });

  test("resolves every resid to a resource of the right kind", () => {
    const resourceIds = new Set(
      ["Image", "Url", "String"]
        .flatMap((kind) => elements(doc, kind).map((e) => e.getAttribute("id")))
        .filter(Boolean)
    );
    const residUses = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("resid"))
      .filter((resid): resid is string => !!resid);
    expect(residUses.length).toBeGreaterThan(10);
    for (const resid of residUses)
      expect({ resid, defined: resourceIds.has(resid) }).toEqual({ resid, defined: true });
  });

  test("uses one page for the runtime, the custom functions page and the function file", () => {
    const runtime = elements(doc, "Runtime");
    expect(runtime).toHaveLength(1);
    expect(runtime[0]!.getAttribute("lifetime")).toBe("long");
    const runtimeId = runtime[0]!.getAttribute("resid");
    const page = elements(doc, "Page")[0]!;
    const pageSource = Array.from(page.getElementsByTagNameNS("*", "SourceLocation"))[0]!;
    expect(pageSource.getAttribute("resid")).toBe(runtimeId);
    expect(elements(doc, "FunctionFile")[0]!.getAttribute("resid")).toBe(runtimeId);
    const showPane = elements(doc, "Action").find(
      (a) => a.getAttribute("xsi:type") === "ShowTaskpane"
    )!;
    const paneSource = Array.from(showPane.getElementsByTagNameNS("*", "SourceLocation"))[0]!;
    expect(paneSource.getAttribute("resid")).toBe(runtimeId);
  });

  test("declares the THIDUA custom functions namespace", () => {
    const extension = elements(doc, "ExtensionPoint").find(
      (e) => e.getAttribute("xsi:type") === "CustomFunctions"
    );
    expect(extension).toBeDefined();
    const namespaceId = Array.from(
      extension!.getElementsByTagNameNS("*", "Namespace")
    )[0]!.getAttribute("resid");
    const namespace = elements(doc, "String").find((s) => s.getAttribute("id") === namespaceId);
    expect(namespace?.getAttribute("DefaultValue")).toBe("THIDUA");
  });

  test("points every URL at a file the production build emits", () => {
    const urls = Array.from(doc.getElementsByTagName("*")).flatMap((e) =>
      ["DefaultValue", "Value"]
        .map((attribute) => e.getAttribute(attribute) ?? "")
        .filter((value) => value.startsWith("https://"))
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(BASE_URL)).toBe(true);
      const file = url.slice(BASE_URL.length).split(/[?#]/)[0]!;
      expect({ url, emitted: existsSync(join(dist, file)) }).toEqual({ url, emitted: true });
    }
  });
});

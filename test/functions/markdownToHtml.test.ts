import { markdownToHtml, slug } from "../../scripts/functions/markdownToHtml";

function body(markdown: string): string {
  const page = markdownToHtml(markdown, "Title");
  return page.slice(page.indexOf("<body>") + 7, page.indexOf("</body>") - 1);
}

describe("markdownToHtml", () => {
  test("renders headings with an explicit id or one made from the text", () => {
    expect(body("## THIDUA.RANK {#rank}\n# Điểm thưởng")).toBe(
      '<h2 id="rank">THIDUA.RANK</h2>\n<h1 id="diem-thuong">Điểm thưởng</h1>'
    );
  });

  test("joins the lines of a paragraph and renders inline code, bold, italics and links", () => {
    expect(body("Dùng `=A1*2` và **đậm**\n*nghiêng* [RANK](#rank).")).toBe(
      '<p>Dùng <code>=A1*2</code> và <strong>đậm</strong> <em>nghiêng</em> <a href="#rank">RANK</a>.</p>'
    );
  });

  test("keeps code blocks literal and escaped", () => {
    expect(body('```\n=IF(A1<2, "x")\n**no**\n```')).toBe(
      "<pre><code>=IF(A1&lt;2, &quot;x&quot;)\n**no**</code></pre>"
    );
  });

  test("renders a table with a header row", () => {
    expect(body("| a | b |\n| --- | --- |\n| `1` | 2 |")).toBe(
      "<table>\n<thead><tr><th>a</th><th>b</th></tr></thead>\n<tbody>\n<tr><td><code>1</code></td><td>2</td></tr>\n</tbody>\n</table>"
    );
  });

  test("renders bullet lists with continuation lines", () => {
    expect(body("- one\n  more\n- two")).toBe("<ul>\n<li>one more</li>\n<li>two</li>\n</ul>");
  });

  test("escapes HTML in text and in the title", () => {
    expect(markdownToHtml("<script>", "a<b")).toContain("<title>a&lt;b</title>");
    expect(body("<script>")).toBe("<p>&lt;script&gt;</p>");
  });

  test("makes ids without diacritics or punctuation", () => {
    expect(slug("Khối trưởng, Khối phó!")).toBe("khoi-truong-khoi-pho");
  });
});

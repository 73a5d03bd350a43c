/**
 * A small Markdown-to-HTML converter for the function reference (docs/functions.md), enough
 * for what it uses: headings (with an `{#id}` suffix or an id made from the text), paragraphs,
 * fenced code blocks, tables, bullet lists, and inline `code`, **bold**, *italics* and
 * [links](url). Everything else is text, escaped. Returns a whole HTML page.
 */
export function markdownToHtml(markdown: string, title: string): string {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const body: string[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    if (line.trim() === "") {
      index++;
    } else if (line.startsWith("```")) {
      const end = findIndex(lines, index + 1, (next) => next.startsWith("```"));
      body.push(`<pre><code>${escapeHtml(lines.slice(index + 1, end).join("\n"))}</code></pre>`);
      index = end + 1;
    } else if (/^#{1,6} /.test(line)) {
      body.push(heading(line));
      index++;
    } else if (isTableRow(line) && isTableSeparator(lines[index + 1])) {
      const end = findIndex(lines, index + 2, (next) => !isTableRow(next));
      body.push(table(lines[index]!, lines.slice(index + 2, end)));
      index = end;
    } else if (/^[-*] /.test(line)) {
      const end = findIndex(lines, index, (next) => !/^([-*] |\s+\S)/.test(next));
      body.push(list(lines.slice(index, end)));
      index = end;
    } else {
      const end = findIndex(
        lines,
        index,
        (next) => next.trim() === "" || /^(#{1,6} |```|[-*] )/.test(next) || isTableRow(next)
      );
      body.push(`<p>${inline(lines.slice(index, Math.max(end, index + 1)).join(" "))}</p>`);
      index = Math.max(end, index + 1);
    }
  }
  return [
    "<!doctype html>",
    '<html lang="vi">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    ...body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

const STYLE =
  "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}" +
  "table{border-collapse:collapse}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left}" +
  "pre{background:#f4f4f4;padding:.75rem;overflow-x:auto}code{font-family:Consolas,monospace}";

/** The first index from `from` whose line matches, or the number of lines. */
function findIndex(
  lines: readonly string[],
  from: number,
  matches: (line: string) => boolean
): number {
  for (let index = from; index < lines.length; index++) if (matches(lines[index]!)) return index;
  return lines.length;
}

function heading(line: string): string {
  const level = line.indexOf(" ");
  const explicit = /\s*\{#([\w-]+)\}\s*$/.exec(line);
  const text = (explicit ? line.slice(0, explicit.index) : line).slice(level + 1).trim();
  const id = explicit ? explicit[1]! : slug(text);
  return `<h${level} id="${id}">${inline(text)}</h${level}>`;
}

/** "THIDUA.COMPLETION" → "thidua-completion"; diacritics dropped. */
export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function isTableRow(line: string | undefined): boolean {
  return line !== undefined && line.trim().startsWith("|");
}

function isTableSeparator(line: string | undefined): boolean {
  return line !== undefined && /^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/.test(line);
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((cell) => cell.trim());
}

function table(header: string, rows: readonly string[]): string {
  const head = cells(header)
    .map((cell) => `<th>${inline(cell)}</th>`)
    .join("");
  const body = rows.map(
    (row) =>
      `<tr>${cells(row)
        .map((cell) => `<td>${inline(cell)}</td>`)
        .join("")}</tr>`
  );
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body.join("\n")}\n</tbody>\n</table>`;
}

function list(lines: readonly string[]): string {
  const items: string[] = [];
  for (const line of lines) {
    if (/^[-*] /.test(line)) items.push(line.slice(2).trim());
    else items[items.length - 1] += ` ${line.trim()}`;
  }
  return `<ul>\n${items.map((item) => `<li>${inline(item)}</li>`).join("\n")}\n</ul>`;
}

/** Inline code first (its content stays literal), then bold, italics and links in the rest. */
function inline(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) =>
      part.startsWith("`") && part.endsWith("`") && part.length > 1
        ? `<code>${escapeHtml(part.slice(1, -1))}</code>`
        : escapeHtml(part)
            .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
            .replace(/(^|[^*])\*([^*\s][^*]*?)\*/g, "$1<em>$2</em>")
            .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>')
    )
    .join("");
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

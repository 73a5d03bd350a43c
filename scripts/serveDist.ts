/**
 * Serves dist/ over plain HTTP on localhost: the standalone page for a machine without Excel,
 * and the end-to-end test's server. No certificate, no network beyond this machine.
 */
import { createReadStream, existsSync, statSync } from "fs";
import { createServer, type Server } from "http";
import { extname, join, normalize, sep } from "path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

export function serveDirectory(root: string, port: number, host = "127.0.0.1"): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(root, path === "/" ? "taskpane.html" : path));
    if (!file.startsWith(normalize(root) + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

/** Serves dist/ on PORT (3000) and prints the address. */
export function serveDist(): void {
  const port = Number(process.env.PORT ?? 3000);
  serveDirectory(join(__dirname, "..", "dist"), port).then(
    () => console.log(`Thi Đua (standalone): http://localhost:${port}/taskpane.html`),
    (error: unknown) => {
      console.error(`Cannot serve on port ${port}: ${String(error)}`);
      process.exitCode = 1;
    }
  );
}

if (require.main === module) serveDist();

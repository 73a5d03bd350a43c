/**
 * The Office.js host: the only module that touches the `Office` and `Excel` globals.
 */

declare global {
  interface Window {
    /** Set by taskpane.html before any bundle runs: whether an Office host opened the page. */
    __thiduaInOffice?: boolean;
  }
}

export type HostKind = "excel" | "standalone";

/**
 * Resolves once Office is ready, with "excel" inside Excel and "standalone" in a plain browser
 * (office.js absent, not loaded because there is no host, or loaded but reporting no host).
 */
export function whenOfficeReady(): Promise<HostKind> {
  if (!window.__thiduaInOffice || typeof Office === "undefined") {
    return Promise.resolve("standalone");
  }
  return Office.onReady().then((info) =>
    info.host === Office.HostType.Excel ? "excel" : "standalone"
  );
}

import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { createExcelHost, officeThemeIsDark, whenOfficeReady } from "../hosts/excel";
import { App } from "./App";

function today() {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** The bundled seed workbook, served beside the page (no network beyond the page's own server). */
async function fetchSample(): Promise<Uint8Array> {
  const response = await fetch("samples/seed-2018.xlsx");
  if (!response.ok) throw new Error(`samples/seed-2018.xlsx: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function makeDownloadUrl(bytes: Uint8Array): string {
  const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  return URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
}

whenOfficeReady().then((hostKind) => {
  const container = document.getElementById("root");
  if (!container) return;
  const inExcel = hostKind === "excel";
  const dark = inExcel ? officeThemeIsDark() : window.matchMedia?.("(prefers-color-scheme: dark)").matches;
  createRoot(container).render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <App host={inExcel ? createExcelHost() : null} today={today} fetchSample={fetchSample} makeDownloadUrl={makeDownloadUrl} />
    </FluentProvider>
  );
});

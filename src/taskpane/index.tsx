import * as React from "react";
import { createRoot } from "react-dom/client";
import { createExcelHost, officeThemeIsDark, whenOfficeReady } from "../hosts/excel";
import { App } from "./App";

/** Mounts the pane once Office is ready: over Excel inside Excel, as a standalone page elsewhere. */
void whenOfficeReady().then((hostKind) => {
  const container = document.getElementById("root");
  if (!container) return;
  const inExcel = hostKind === "excel";
  const dark = inExcel
    ? officeThemeIsDark()
    : (window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false);
  createRoot(container).render(<App host={inExcel ? createExcelHost() : null} dark={dark} />);
});

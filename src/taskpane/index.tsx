import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { whenOfficeReady } from "../hosts/excel";
import { App } from "./App";

whenOfficeReady().then((hostKind) => {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App hostKind={hostKind} />
    </FluentProvider>,
  );
});

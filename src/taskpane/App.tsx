import {
  FluentProvider,
  makeStaticStyles,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import * as React from "react";
import type { WorkbookHost } from "../hosts/host";
import { Pane } from "./Pane";
import { browserServices } from "./session/browserServices";
import type { SessionServices } from "./session/sessionTypes";

export interface AppProps {
  /** Excel's host; null in a plain browser, where the user opens a file or the sample. */
  readonly host: WorkbookHost | null;
  /** Follow Office's dark theme. */
  readonly dark: boolean;
  /** Replaces the browser's services (clock, sample, file opening, downloads), e.g. in tests. */
  readonly services?: Partial<SessionServices>;
}

/** The pane fills the page, so the theme's background reaches every edge. */
const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

/** The task pane inside Fluent's theme: the one place the theme is chosen. */
export function App({ host, dark, services }: AppProps) {
  usePageStyles();
  const all = React.useMemo(() => ({ ...browserServices(), ...services }), [services]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <Pane host={host} services={all} />
    </FluentProvider>
  );
}

import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import type { WorkbookHost } from "../../src/hosts/host";
import { App } from "../../src/taskpane/App";
import type { SessionServices } from "../../src/taskpane/session/sessionTypes";

export const TODAY = { year: 2026, month: 11, day: 25 };

/** Renders the pane over a host (null: the standalone page) with a fixed date and no real downloads. */
export function renderPane(host: WorkbookHost | null, services: Partial<SessionServices> = {}) {
  const user = userEvent.setup();
  const all: Partial<SessionServices> = {
    today: () => TODAY,
    createDownloadUrl: () => "blob:thidua-result",
    releaseDownloadUrl: () => undefined,
    ...services,
  };
  const view = render(<App host={host} dark={false} services={all} />);
  return { user, ...view };
}

/** @jest-environment jsdom */
import "./domSetup";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { screen } from "@testing-library/react";
import { renderPane } from "./renderPane";
import { render } from "@testing-library/react";
import * as React from "react";
import { App } from "../../src/taskpane/App";

/** The CSS FluentProvider inserted for its theme (through the CSS object model). */
function themeCss(): string {
  return Array.from(document.querySelectorAll("style"))
    .flatMap((style) => Array.from(style.sheet?.cssRules ?? []).map((rule) => rule.cssText))
    .join("\n")
    .replace(/\s+/g, " ");
}

describe("the pane's theme and language", () => {
  it("follows a dark Office theme", () => {
    render(
      <App host={null} dark={true} services={{ today: () => ({ year: 2026, month: 1, day: 2 }) }} />
    );
    expect(themeCss()).toContain(
      `--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1};`
    );
    expect(themeCss()).not.toContain(
      `--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1};`
    );
  });

  it("is light otherwise", () => {
    render(
      <App
        host={null}
        dark={false}
        services={{ today: () => ({ year: 2026, month: 1, day: 2 }) }}
      />
    );
    expect(themeCss()).toContain(
      `--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1};`
    );
  });

  it("speaks Vietnamese first, marks the page's language, and switches to English", async () => {
    const { user } = renderPane(null);
    expect(screen.getByRole("main")).toHaveAttribute("lang", "vi");
    await user.click(screen.getByRole("switch", { name: "English" }));
    expect(screen.getByRole("main")).toHaveAttribute("lang", "en");
    expect(screen.getByRole("button", { name: "Open an .xlsx file" })).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "Use the sample workbook (2018 bloc)" })
    ).toBeInTheDocument();
  });
});

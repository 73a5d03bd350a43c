/**
 * What Fluent UI needs from a browser that jsdom lacks, and Testing Library's matchers. Import
 * first in every pane test.
 */
import "@testing-library/jest-dom";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined") {
  // Every browser has them; jsdom does not (the .xlsx host encodes the parts it writes).
  if (typeof globalThis.TextEncoder !== "function") {
    Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });
  }
  if (!("ResizeObserver" in window)) {
    Object.assign(window, { ResizeObserver: NoResizeObserver });
    Object.assign(globalThis, { ResizeObserver: NoResizeObserver });
  }
  if (typeof window.matchMedia !== "function") {
    Object.assign(window, {
      matchMedia: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }),
    });
  }
  if (typeof Element.prototype.scrollIntoView !== "function") {
    Element.prototype.scrollIntoView = () => undefined;
  }
}

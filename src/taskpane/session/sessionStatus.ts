import type { Localized } from "../../core/localized";
import type { Status } from "./sessionTypes";

export const IDLE: Status = { kind: "idle" };

/** Work under way, with how far it has got (0…1) and whether Cancel still stops it. */
export function working(message: Localized, progress: number, cancellable = false): Status {
  return { kind: "working", message, progress, cancellable };
}

export function failed(message: Localized, offerRefresh = false): Status {
  return offerRefresh ? { kind: "error", message, offerRefresh } : { kind: "error", message };
}

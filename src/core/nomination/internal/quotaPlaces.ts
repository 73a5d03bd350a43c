import type { Quota } from "../../profile/types";

const EPSILON = 1e-9;

/** How many units a quota admits among `unitCount` members (Infinity when unlimited). */
export function quotaPlaces(quota: Quota, unitCount: number): number {
  switch (quota.kind) {
    case "count":
      return Math.max(0, Math.floor(quota.count));
    case "unlimited":
      return Infinity;
    case "percent": {
      const exact = (quota.percent * unitCount) / 100;
      if (quota.rounding === "down") return Math.max(0, Math.floor(exact + EPSILON));
      if (quota.rounding === "up") return Math.max(0, Math.ceil(exact - EPSILON));
      return Math.max(0, Math.floor(exact + 0.5 + EPSILON));
    }
  }
}

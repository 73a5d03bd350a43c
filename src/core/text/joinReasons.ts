import { localized, type Localized } from "../localized";

/**
 * Joins reason fragments with "; " into one message, as printed in the nomination list and the
 * leader proposal. Fragments start in lower case; the Vietnamese message gets a capital letter.
 * Written as a loop: lists join one or two fragments for each of thousands of units.
 */
export function joinReasons(fragments: readonly Localized[]): Localized {
  let vi = fragments[0]?.vi ?? "";
  let en = fragments[0]?.en ?? "";
  for (let index = 1; index < fragments.length; index++) {
    vi += `; ${fragments[index]!.vi}`;
    en += `; ${fragments[index]!.en}`;
  }
  return localized(vi.charAt(0).toLocaleUpperCase("vi") + vi.slice(1), en);
}
